//! The action rules on small texts: each TEXT with the (actor, action, target,
//! negated) tuples it must give.

use crate::model::ClaimKind;

fn actions(text: &str) -> Vec<(String, String, String, bool)> {
    crate::extract::claims_of(text)
        .into_iter()
        .filter(|c| c.kind == ClaimKind::Action)
        .map(|c| {
            let or = |x: Option<String>| x.unwrap_or_else(|| "-".into());
            (or(c.actor), or(c.action), or(c.target), c.negated)
        })
        .collect()
}

fn check(text: &str, expected: &[(&str, &str, &str, bool)]) {
    let got = actions(text);
    let want: Vec<(String, String, String, bool)> = expected
        .iter()
        .map(|(a, v, t, n)| (a.to_string(), v.to_string(), t.to_string(), *n))
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

#[test]
fn light_verb_with_a_gap() {
    const TEXT: &str = "Acme Corp said it filed a lawsuit in federal court against Google.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Acme Corp", "sue", "Google", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn light_verb_with_a_name_before_the_noun() {
    const TEXT: &str = "The Kremlin gave Google a final warning.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Russia", "warn", "Google", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn light_verb_passive_noun_first() {
    const TEXT: &str = "Sanctions were imposed on Iran by the European Union.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("European Union", "sanction", "Iran", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn light_verb_noun_before_its_subject() {
    const TEXT: &str = "The restrictions Russia imposed on YouTube angered users.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Russia", "restrict", "YouTube", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn charged_that_accuses_the_clause_subject() {
    const TEXT: &str = "The European Union charged that Japan is dumping steel.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("European Union", "accuse", "Japan", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn reported_clause_pronoun_is_the_speaker() {
    const TEXT: &str = "Google said it sued Microsoft.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Google", "sue", "Microsoft", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn unnamed_subjects_are_kept_as_words() {
    const TEXT: &str =
        "In Texas, four men were arrested. Some Wall Street firms have restricted Drexel.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("-", "arrest", "four men", false),
        ("Some Wall Street firms", "restrict", "Drexel", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn noun_with_a_public_body_before_it() {
    const TEXT: &str = "Analysts expect U.S. sanctions against Iran to hurt trade.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("United States", "sanction", "Iran", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn noun_possessor_that_undergoes_it_is_no_actor() {
    const TEXT: &str = "Navalny's arrest angered his supporters.";
    check(TEXT, &[]);
}

#[test]
fn agent_after_a_possessive() {
    const TEXT: &str = "Navalny was investigated by Russia's Investigative Committee.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Russian Investigative Committee", "investigate", "Navalny", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn relative_pronoun_is_the_clause_subject() {
    const TEXT: &str = "Moscow asked that Google lift the restrictions it imposed on RT.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Russia", "request", "Google", false), ("Google", "restrict", "Russia Today", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn coordinated_verb_shares_the_subject() {
    const TEXT: &str =
        "Amnesty International described the verdict as harsh and called on Iran to free him.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Amnesty International", "request", "Iran", false)];
    check(TEXT, EXPECTED);
}
