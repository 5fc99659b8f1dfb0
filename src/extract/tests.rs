//! Tests of the extractor as a whole: names, titles and roles across sentences.

use super::*;
use crate::model::ActorKind;

const TEXT: &str = "Dr. Jane Okafor said the plan failed. Zorbex sued Meta.";

#[test]
fn claims_carry_the_kinds_of_their_names() {
    let claims = claims_of(TEXT);
    let said = claims.iter().find(|c| c.speaker.as_deref() == Some("Jane Okafor")).unwrap();
    // A title tells a person; the lexicon tells a company; nothing tells Zorbex.
    assert_eq!(said.speaker_kind, Some(ActorKind::Person));
    let sued = claims.iter().find(|c| c.action.as_deref() == Some("sue")).unwrap();
    assert_eq!((sued.actor_kind, sued.target_kind), (None, Some(ActorKind::Company)));
}

const OFFICE: &str = "Zorbex called on Iranian President Mohammed Khatami to act. \
                      The Iranian president said the talks had failed.";

#[test]
fn an_office_before_a_name_is_a_title_and_later_refers_to_that_holder() {
    let claims = claims_of(OFFICE);
    let asked = claims.iter().find(|c| c.action.as_deref() == Some("request")).unwrap();
    assert_eq!(asked.target.as_deref(), Some("Mohammed Khatami"));
    let said = claims.iter().find(|c| c.cue.as_deref() == Some("said")).unwrap();
    // The lexicon's Iranian president is a later one: the article's is Khatami.
    assert_eq!(said.speaker.as_deref(), Some("Mohammed Khatami"));
}

const ROLE_IN_NAME: &str = "Reporters Without Borders said the sentence was harsh.";

#[test]
fn a_role_word_inside_a_lexicon_name_is_no_title() {
    let said = claims_of(ROLE_IN_NAME);
    assert_eq!(said[0].speaker.as_deref(), Some("Reporters Without Borders"));
}

const ROLE_HEAD: &str = "Newcastle fined their Welsh striker Craig Bellamy after his row \
                         with manager Graeme Souness. Souness accused the striker of cheating.";

#[test]
fn a_role_descriptor_refers_to_the_person_of_that_role() {
    let claims = claims_of(ROLE_HEAD);
    let accused = claims.iter().find(|c| c.action.as_deref() == Some("accuse")).unwrap();
    // Not the manager, the person last seen before "the striker".
    assert_eq!(accused.target.as_deref(), Some("Craig Bellamy"));
}

const NAMED_HEAD: &str = "India's Central Bureau of Investigation is probing Rahim. \
                          The court asked the CBI to carry out an investigation.";

#[test]
fn the_court_is_a_court_not_the_last_government_body() {
    let claims = claims_of(NAMED_HEAD);
    let asked = claims.iter().find(|c| c.action.as_deref() == Some("request")).unwrap();
    assert_eq!(asked.actor.as_deref(), Some("court"));
}

const CURLY_POSSESSIVE: &str = "Access Restricted In Russia Since Ukraine Invasion\n\n\
                                Russia imposed restrictions. Critics said the FBI’s \
                                inquiry and Russia’s restriction of Twitter would hurt.";

#[test]
fn a_curly_possessive_of_a_lexicon_name_is_the_lexicon_actor() {
    let claims = claims_of(CURLY_POSSESSIVE);
    let restricted = claims.iter().filter(|c| c.action.as_deref() == Some("restrict"));
    // Not the headline's "Russia Since Ukraine Invasion", of which "Russia" is a short form.
    let actors: Vec<_> = restricted.map(|c| c.actor.as_deref()).collect();
    assert_eq!(actors, [Some("Russia"), Some("Russia")]);
}

const BODY_ROLE_PERSON: &str = "Trump fired FBI director James Comey on Tuesday. \
                                ENI president Franco Reviglio said the plant will open. \
                                The 500,000 mt plant will be built at Jose in Venezuela. \
                                A second plant will follow, he said.";

#[test]
fn a_body_and_a_role_in_lower_case_qualify_the_person_after_them() {
    let claims = claims_of(BODY_ROLE_PERSON);
    let fired = claims.iter().find(|c| c.action.as_deref() == Some("remove")).unwrap();
    assert_eq!(fired.target.as_deref(), Some("James Comey"));
    // The role makes Reviglio a person, whom "he" prefers to a first name in passing.
    let said: Vec<_> = claims.iter().filter_map(|c| c.speaker.as_deref()).collect();
    assert_eq!(said, ["Franco Reviglio", "Franco Reviglio"]);
}
