//! Whom a pronoun or descriptor in an act refers to, where the plain "latest
//! fitting subject" rule would pick someone the sentence does not name; each
//! TEXT with the (actor, action, target, negated) tuples it must give.

use super::tests::check;

#[test]
fn he_after_a_clause_opener_is_the_unknown_name_of_its_sentence() {
    // Baba Rampal Maharaj's gender and kind are unknown; Mr Chauhan's are known.
    const TEXT: &str = "Mr Hansraj Chauhan filed a complaint. In November, police arrested \
                        Baba Rampal Maharaj after a long siege at his ashram when he refused \
                        to comply with court orders. Later he refused to comment.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Hansraj Chauhan", "sue", "-", false),
        ("police", "arrest", "Baba Rampal Maharaj", false),
        ("Baba Rampal Maharaj", "refuse", "court orders", false),
        ("court", "order", "Baba Rampal Maharaj", false),
        ("Hansraj Chauhan", "refuse", "-", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn an_object_pronoun_after_and_is_not_the_shared_subject() {
    // "them" cannot be Comcast, the subject of "instructed": the customers.
    // The parenthesis between "surfaced" and "that" keeps Comcast the subject.
    const TEXT: &str = "Reports have surfaced (via Reddit) that Comcast has contacted customers \
                        and instructed them to stop using the browser.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Comcast", "order", "customers", false)];
    check(TEXT, EXPECTED);
}
