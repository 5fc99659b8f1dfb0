//! The entity registry on small cases.

use super::*;

#[test]
fn short_forms_resolve_to_the_full_name() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let hint = NameHint { person: true, gender: Some(Gender::Male), ..Default::default() };
    let full = ents.name(&["Nick", "Clegg"], hint, 0, &lex).unwrap();
    assert_eq!(ents.name(&["Nick"], NameHint::default(), 10, &lex), Some(full));
    assert_eq!(ents.name(&["Clegg"], NameHint::default(), 20, &lex), Some(full));
    assert_eq!(ents.get(full).name, "Nick Clegg");
}

#[test]
fn pronouns_take_the_latest_fitting_entity() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let he = ents
        .name(&["Alp", "Toker"], NameHint { person: true, ..Default::default() }, 0, &lex)
        .unwrap();
    ents.touch(he, 0, true);
    let org = ents.name(&["Acme", "Analytics"], NameHint::default(), 5, &lex).unwrap();
    ents.touch(org, 5, false);
    assert_eq!(ents.pronoun(Gender::Male, false, 50, false), Some(he));
    assert_eq!(ents.pronoun(Gender::Unknown, false, 50, false), Some(org));
}

#[test]
fn inside_a_quote_he_is_the_man_named_last() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let hint = NameHint { person: true, gender: Some(Gender::Male), ..Default::default() };
    let speaker = ents.name(&["Freddy", "Shepherd"], hint.clone(), 0, &lex).unwrap();
    ents.touch(speaker, 0, true);
    let named = ents.name(&["Graeme", "Souness"], hint, 40, &lex).unwrap();
    ents.touch(named, 40, false);
    assert_eq!(ents.pronoun(Gender::Male, false, 60, false), Some(speaker));
    assert_eq!(ents.pronoun(Gender::Male, false, 60, true), Some(named));
}

#[test]
fn he_falls_back_on_a_name_of_unknown_kind() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let org = ents.name(&["Acme", "Analytics"], NameHint::default(), 0, &lex).unwrap();
    ents.touch(org, 0, true);
    // No person in sight: the name whose kind nobody knows ("Gurmeet Ram Rahim").
    assert_eq!(ents.pronoun(Gender::Male, false, 50, false), Some(org));
    // A person, once there, comes first.
    let she = ents
        .name(&["Jane", "Okafor"], NameHint { person: true, ..Default::default() }, 60, &lex)
        .unwrap();
    assert_eq!(ents.pronoun(Gender::Female, false, 70, false), Some(she));
    // "he" is not Jane: the unknown name is still the last resort.
    assert_eq!(ents.pronoun(Gender::Male, false, 70, false), Some(org));
}

#[test]
fn a_lexicon_person_has_the_gender_of_their_first_name() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let idx = lex.actors.iter().position(|a| a.name == "Donald Trump").unwrap();
    let hint = NameHint { lexicon: Some(idx), ..Default::default() };
    let trump = ents.name(&["Trump"], hint, 0, &lex).unwrap();
    ents.touch(trump, 0, true);
    // "she" is not Donald Trump.
    assert_eq!(ents.pronoun(Gender::Female, false, 50, false), None);
    assert_eq!(ents.pronoun(Gender::Male, false, 50, false), Some(trump));
}

#[test]
fn a_state_is_no_short_form_of_a_longer_name_but_of_its_government() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let firm =
        ents.name(&["China", "Three", "Gorges", "Project", "Corp"], NameHint::default(), 0, &lex);
    let idx = lex.actors.iter().position(|a| a.name == "China").unwrap();
    let china =
        ents.name(&["China"], NameHint { lexicon: Some(idx), ..Default::default() }, 50, &lex);
    // Named again after "China's ...": still the company.
    let again =
        ents.name(&["China", "Three", "Gorges", "Project", "Corp"], NameHint::default(), 90, &lex);
    assert_eq!(again, firm);
    assert_ne!(again, china);
    let government = ents.name(&["Government", "of", "China"], NameHint::default(), 120, &lex);
    assert_eq!(government, china);
}

#[test]
fn a_company_suffix_outweighs_a_first_name() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let steel = ents.name(&["Sharon", "Steel", "Corp"], NameHint::default(), 0, &lex).unwrap();
    assert_eq!(ents.get(steel).kind, Some(ActorKind::Company));
    assert_eq!(ents.get(steel).gender, Gender::Unknown);
    let person = ents.name(&["Sharon", "Stone"], NameHint::default(), 10, &lex).unwrap();
    assert_eq!(ents.get(person).kind, Some(ActorKind::Person));
}

#[test]
fn they_takes_no_group_only_named_in_passing_long_before() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let hint = NameHint {
        lexicon: lex.actors.iter().position(|a| a.name == "OPEC"),
        ..Default::default()
    };
    // "a meeting of OPEC in Vienna": a mention, no subject.
    let opec = ents.name(&[], hint, 100, &lex).unwrap();
    ents.touch(opec, 100, false);
    assert_eq!(ents.pronoun(Gender::Unknown, true, 300, false), Some(opec));
    // Paragraphs later, "Traders said ... They said": not OPEC.
    assert_eq!(ents.pronoun(Gender::Unknown, true, 2000, false), None);
    // As a subject, it is still "they" that far on.
    ents.touch(opec, 150, true);
    assert_eq!(ents.pronoun(Gender::Unknown, true, 2000, false), Some(opec));
}

#[test]
fn they_is_a_state_only_after_a_plural_named_it() {
    let lex = Lexicons::builtin();
    let mut ents = Entities::default();
    let hint = NameHint {
        lexicon: lex.actors.iter().position(|a| a.name == "Iran"),
        ..Default::default()
    };
    // "Iran signed the accord. They said ...": Iran is "it"; "they" is others.
    let iran = ents.name(&[], hint, 0, &lex).unwrap();
    ents.touch(iran, 0, true);
    assert_eq!(ents.pronoun(Gender::Unknown, true, 100, false), None);
    // "Iranian authorities arrested him. They said ...": the state.
    ents.touch_plural(iran, 200);
    assert_eq!(ents.pronoun(Gender::Unknown, true, 300, false), Some(iran));
}
