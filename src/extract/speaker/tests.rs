//! The speaker's words on small texts: how far they run (appositions, a
//! body, a former role), the role they give, and the subject of a predicate
//! or of a coordinated verb.

use crate::model::ClaimKind;

fn mentions(text: &str) -> Vec<String> {
    crate::extract::claims_of(text)
        .into_iter()
        .filter(|c| c.kind != ClaimKind::Action)
        .filter_map(|c| c.speaker_mention)
        .collect()
}

const CLOSING_SPEAKER: &str = "“It is stunning,” said George Bruno, a former party chairman \
    and longtime ally of Mr. Clinton, referring to the bypass.";

#[test]
fn a_closing_speaker_keeps_its_apposition_past_abbreviations() {
    assert_eq!(
        mentions(CLOSING_SPEAKER),
        ["George Bruno, a former party chairman and longtime ally of Mr. Clinton"]
    );
}

const PREDICATE_AFTER_RELATIVE: &str = "Hillary Clinton, who once praised the pact, \
    offered her firmest promise yet that she would not allow the accord to pass. It is \
    unclear whether Bernie Sanders, who enjoys higher numbers, will ever tell those voters \
    that the fight is over.";
const POSSESSIVE_APPOSITION: &str = "Christy Feig, WHO’s director of communications, \
    casted doubt on the report, telling reporters, “We have no official notification.”";

#[test]
fn the_subject_of_a_predicate_stands_before_it_past_appositions() {
    let said = |text| -> Vec<(Option<String>, String)> {
        let claims = crate::extract::claims_of(text).into_iter();
        let statements = claims.filter(|c| c.kind != ClaimKind::Action);
        statements.map(|c| (c.speaker, c.content)).collect()
    };
    assert_eq!(
        said(PREDICATE_AFTER_RELATIVE),
        [
            (Some("Hillary Clinton".into()), "she would not allow the accord to pass".into()),
            (Some("Bernie Sanders".into()), "the fight is over".into())
        ]
    );
    assert_eq!(
        said(POSSESSIVE_APPOSITION),
        [(Some("Christy Feig".into()), "We have no official notification.".into())]
    );
}

const SAID_HE_WOULD: &str = "Sen. Chuck Grassley, facing a challenge in Iowa, a swing \
    state, said he would welcome Cruz.";

#[test]
fn a_name_after_said_he_would_is_no_inverted_speaker() {
    let claims = crate::extract::claims_of(SAID_HE_WOULD);
    let said: Vec<(Option<String>, String)> = claims
        .into_iter()
        .filter(|c| c.kind != ClaimKind::Action)
        .map(|c| (c.speaker, c.content))
        .collect();
    assert_eq!(said, [(Some("Chuck Grassley".into()), "he would welcome Cruz".into())]);
}

const BODY_AND_FORMER_ROLE: &str = "“It is extreme,” said David French of the National \
    Retail Federation. “It was wrong,” recalled James B. Cunningham, then ambassador to Israel.";

#[test]
fn a_closing_speaker_keeps_its_body_and_a_former_role() {
    assert_eq!(
        mentions(BODY_AND_FORMER_ROLE),
        [
            "David French of the National Retail Federation",
            "James B. Cunningham, then ambassador to Israel"
        ]
    );
}

const ROLE_WITH_OF: &str = "Chief of Staff Denis McDonough said the plane had left. \
    “13 Hours: The Secret Soldiers of Benghazi” opened on Friday, he said.";

#[test]
fn a_role_with_of_ends_at_the_first_name() {
    let claims = crate::extract::claims_of(ROLE_WITH_OF);
    let who: Vec<(Option<String>, Option<String>)> =
        claims.into_iter().map(|c| (c.speaker, c.speaker_role)).collect();
    let mcdonough = (Some("Denis McDonough".to_string()), Some("Chief of Staff".to_string()));
    assert_eq!(who, [mcdonough.clone(), mcdonough]);
}

const ADVERB_SINCE: &str = "Mrs. Clinton has since said she would support a wage increase.";
const RELATIVE_THEN_ALSO: &str = "Mr. Kirk, who still speaks with difficulty from a stroke \
    in 2012, also noted that Mr. Trump has mocked a disabled reporter.";

#[test]
fn an_adverb_or_a_relative_clause_before_the_verb_keeps_the_subject() {
    assert_eq!(mentions(ADVERB_SINCE), ["Mrs. Clinton"]);
    assert_eq!(
        mentions(RELATIVE_THEN_ALSO),
        ["Mr. Kirk, who still speaks with difficulty from a stroke in 2012"]
    );
}

const ROLE_DESCRIPTOR: &str =
    "Craig Bellamy scored twice on Sunday.\n\nThe striker said he was happy with the win.";

#[test]
fn a_role_descriptor_speaks_for_the_last_person() {
    let speakers: Vec<Option<String>> = crate::extract::claims_of(ROLE_DESCRIPTOR)
        .into_iter()
        .filter(|c| c.kind != ClaimKind::Action)
        .map(|c| c.speaker)
        .collect();
    assert_eq!(speakers, [Some("Craig Bellamy".to_string())]);
}

const COORDINATED: &str = "In a statement, Governor Rick Scott blasted Congress and said \
    the state had allocated more money.\n\nAfter Barack Obama spoke, Hillary Clinton took \
    the stage and then said the vote mattered.";

#[test]
fn a_coordinated_verb_takes_the_main_subject() {
    assert_eq!(mentions(COORDINATED), ["Governor Rick Scott", "Hillary Clinton"]);
}

const CAPITALISED_APPOSITION: &str =
    "“I will not vote for him,” declared Senator Jeff Flake, Republican of Arizona.";

#[test]
fn a_closing_speaker_keeps_a_capitalised_apposition() {
    assert_eq!(mentions(CAPITALISED_APPOSITION), ["Senator Jeff Flake, Republican of Arizona"]);
}
