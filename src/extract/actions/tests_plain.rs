//! Parties named by plain nouns, not names: "arrested by police", "The
//! councillors deny"; each TEXT with the (actor, action, target, negated)
//! tuples it must give.

use super::tests::check;

#[test]
fn people_after_by_are_the_agent() {
    const TEXT: &str = "Two Tamil Tigers were arrested by police in Colombo. The road was \
                        blocked by angry protesters. Dr Korovin is prohibited by state and federal \
                        laws from discussing it.";
    check(
        TEXT,
        &[
            ("police", "arrest", "Tamil Tigers", false),
            ("protesters", "block", "The road", false),
            ("-", "ban", "Korovin", false),
        ],
    );
}

#[test]
fn a_base_form_after_plural_people_is_their_verb() {
    const TEXT: &str = "The councillors deny any wrongdoing. The rebels block roads into the city.";
    check(
        TEXT,
        &[("councillors", "deny", "any wrongdoing", false), ("rebels", "block", "roads", false)],
    );
}

#[test]
fn a_threat_of_legal_action_is_against_its_object() {
    const TEXT: &str = "Yukos has threatened legal action against any buyer.";
    check(TEXT, &[("Yukos", "threaten", "any buyer", false)]);
}
