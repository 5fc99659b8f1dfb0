//! Reported clauses: where they start and end, each TEXT with the statements it gives.

use crate::model::ClaimKind;

use crate::extract::statement_kinds as statements;

const QUOTE_THEN_WHEN: &str =
    "Sanders had previously said “We’ll see,” when asked whether he would fundraise.";
const COLON_THEN_QUOTE: &str = "Murphy followed up by lamenting his tasks, especially \
    fundraising: “There’s just a ton of bull with this job,” he said.";

const MEDIUM_AFTER_CUE: &str =
    "Clinton said in a video message to the convention that women had made history.";

const RELATIVE_REPORT: &str = "Charles Barkley, who said he typically votes Democratic, \
    said one candidate he likes is John Kasich.";
const RELATIVE_REQUEST: &str = "One official, who asked to remain anonymous, told Reuters \
    a draft agreement would cut the interest.";

/// (speaker, speaker mention, content) of each statement.
fn said(text: &str) -> Vec<(Option<String>, Option<String>, String)> {
    let claims = crate::extract::claims_of(text).into_iter();
    let statements = claims.filter(|c| c.kind != ClaimKind::Action);
    statements.map(|c| (c.speaker, c.speaker_mention, c.content)).collect()
}

#[test]
fn a_report_inside_a_relative_clause_ends_with_it_and_has_its_antecedent_for_speaker() {
    let barkley = Some("Charles Barkley".to_string());
    assert_eq!(
        said(RELATIVE_REPORT),
        [
            (barkley.clone(), Some("who".into()), "he typically votes Democratic".into()),
            (
                barkley,
                Some("Charles Barkley, who said he typically votes Democratic".into()),
                "one candidate he likes is John Kasich".into()
            ),
        ]
    );
}

#[test]
fn what_stands_before_a_relative_pronoun_is_no_report() {
    let contents: Vec<String> = said(RELATIVE_REQUEST).into_iter().map(|c| c.2).collect();
    assert_eq!(contents, ["a draft agreement would cut the interest"]);
}

const WARNED_IT: &str = "Stephen Bosworth said hope had been placed on the reform, but \
    he warned it was not a complete cure.";

#[test]
fn a_subject_pronoun_after_a_hearer_verb_opens_the_clause() {
    let contents: Vec<String> = said(WARNED_IT).into_iter().map(|c| c.2).collect();
    assert_eq!(contents, ["hope had been placed on the reform", "it was not a complete cure"]);
}

#[test]
fn the_medium_after_a_cue_is_skipped_whole() {
    assert_eq!(
        statements(MEDIUM_AFTER_CUE),
        [(ClaimKind::Indirect, "women had made history".into())]
    );
}

#[test]
fn a_quote_led_clause_ends_with_its_quote() {
    // The question after it is a report of its own (questions.rs).
    assert_eq!(
        statements(QUOTE_THEN_WHEN),
        [
            (ClaimKind::Quote, "We’ll see,".into()),
            (ClaimKind::Indirect, "whether he would fundraise".into())
        ]
    );
}

#[test]
fn a_quote_after_a_colon_starts_the_clause() {
    assert_eq!(
        statements(COLON_THEN_QUOTE),
        [(ClaimKind::Quote, "There’s just a ton of bull with this job,".into())]
    );
}

#[test]
fn a_report_inside_a_relative_clause_ends_before_the_sentence_s_own_predicate() {
    // The comma before "had accused" closes the relative clause; a name with
    // no verb before its comma is the report's subject ("Omar Gonzalez, 42,").
    const TEXT: &str = "Ken Livingstone, who says he stands by his remarks, had accused a \
                        journalist of rudeness. The agency, which suggested that Omar \
                        Gonzalez, 42, of Texas, had been taken into custody, said nothing.";
    let contents: Vec<String> = said(TEXT).into_iter().map(|c| c.2).collect();
    assert_eq!(
        contents[..2],
        [
            "he stands by his remarks".to_string(),
            "Omar Gonzalez, 42, of Texas, had been taken into custody".to_string()
        ]
    );
}
