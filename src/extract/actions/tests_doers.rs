//! Who does an act that is not a finite verb with its subject before it: a
//! second verb after a relative clause, a descriptor of a person, a body
//! word before a noun; and the target of "is the target of an investigation";
//! forms that look like acts but are not ("has orders", "charged at"); each
//! TEXT with the (actor, action, target, negated) tuples it must give. A
//! gerund's, an infinitive's and an absolute clause's doer are tested in
//! `adjuncts.rs`, a relative clause's parties in `relatives.rs`.

use super::tests::check;

#[test]
fn a_shared_subject_reaches_past_a_relative_clause_and_a_quoted_word() {
    const TEXT: &str = "Reporters Without Borders, which tracks press freedom, described \
                        the sentence as \"harsh\" and called on Mohammed Khatami to act.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Reporters Without Borders", "request", "Mohammed Khatami", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn an_object_after_a_possessive_pronoun_is_the_thing_possessed() {
    const TEXT: &str = "Luis Aragones criticised his 3000 euros (£2,060) punishment even \
                        though it was far below the maximum.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Luis Aragones", "criticize", "3000 euros (£2,060) punishment", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn the_n_year_old_is_the_person_the_opening_names_modify() {
    const TEXT: &str = "Spain coach Luis Aragones is furious after comments about Thierry \
                        Henry.\n\nThe 66-year-old criticised the decision.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Luis Aragones", "criticize", "decision", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_public_body_word_before_an_action_noun_is_its_doer() {
    const TEXT: &str = "Supplies stopped after an administration ban on arms shipments.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("administration", "ban", "arms shipments", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn the_target_of_an_investigation_is_its_target() {
    const TEXT: &str = "Jefferies Group is not the target of a formal SEC investigation.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Securities and Exchange Commission", "investigate", "Jefferies Group", true)];
    check(TEXT, EXPECTED);
}

#[test]
fn an_apposition_can_be_the_target_of_an_action_noun() {
    // The company is known as one ("the oil firm Zorbex"): "a Twitter ban" is no act of Twitter.
    const TEXT: &str = "The oil firm Zorbex has sued Acme. \
                        Deutsche Bank - itself a target of a Zorbex lawsuit - said so.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Zorbex", "sue", "Acme", false), ("Zorbex", "sue", "Deutsche Bank", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_capitalised_adjective_before_an_action_noun_is_no_actor() {
    const TEXT: &str =
        "Keen demand for gold stocks pushed shares up. Public criticism of policy is rare.";
    check(TEXT, &[]);
}

#[test]
fn after_and_the_subject_is_shared_not_the_object_before() {
    const TEXT: &str = "Zorbex Corp contacted customers of Acme Corp and sued Bolt Inc.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Zorbex Corp", "sue", "Bolt Inc", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn the_one_under_investigation_is_its_target() {
    const TEXT: &str = "\"I am not under investigation,\" Jane Okafor said. Zorbex Corp is \
                        under investigation by the SEC.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("-", "investigate", "Jane Okafor", true),
        ("Securities and Exchange Commission", "investigate", "Zorbex Corp", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn an_agent_after_by_may_follow_its_role_words() {
    const TEXT: &str = "His sentence, criticised by human rights watchdog Reporters Without \
                        Borders, comes a day after the protest.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Reporters Without Borders", "criticize", "sentence", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn an_object_pronoun_is_the_last_fitting_name() {
    const TEXT: &str = "Syria was silent. Barack Obama spoke on Monday. The president called \
                        ISIS a cancer and accused them of killing civilians.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Barack Obama", "accuse", "Islamic State", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn he_after_a_word_that_can_be_a_preposition_is_a_subject() {
    // "after" and "before" open a clause here; "he" is never a preposition's object.
    const TEXT: &str = "Police detained Tom Jones after he refused the offer. Amy Schumer \
                        made headlines after she slammed Donald Trump. They kissed before \
                        he blacked out.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Police", "arrest", "Tom Jones", false),
        ("Tom Jones", "refuse", "offer", false),
        ("Amy Schumer", "criticize", "Donald Trump", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_participle_after_a_report_is_done_by_the_reporter() {
    const TEXT: &str = "The armed men said they were not leaving, ordering the team to open \
                        the door.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("The armed men", "order", "team", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn forms_that_look_like_acts_but_are_not() {
    const TEXT: &str = "Boeing aims at 200 commitments and has orders for 56 so far. Jane \
                        Okafor mocked the officer and charged at him. Zorbex Corp denied \
                        Acme Corp was playing down the loss.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Zorbex Corp", "deny", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn an_unnamed_subject_after_an_opening_time_adjunct() {
    const TEXT: &str = "On Monday police arrested the men. Last week, police arrested four men.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("police", "arrest", "men", false), ("police", "arrest", "four men", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_passive_after_but_shares_the_subject_of_the_first_clause() {
    const TEXT: &str = "The Spanish Football Federation at first declined to act, \
                        but was then requested to do so by the Zorbex Commission.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Spanish Football Federation", "refuse", "-", false),
        ("Zorbex Commission", "request", "Spanish Football Federation", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn something_denied_to_someone_is_refused_and_a_participle_after_of_is_an_adjective() {
    const TEXT: &str = "Acme Corp was denied the requested rate increase. \
                        Sales of banned drugs rose. The problem of piracy is not limited to China.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("-", "refuse", "Acme Corp", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_participle_between_a_determiner_and_a_noun_is_an_adjective() {
    const TEXT: &str = "Balco was the source of the banned steroid THG. Acme Corp is the \
                        limited partner. Supporters of the outlawed party met. Acme Corp \
                        banned the steroid.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Acme Corp", "ban", "steroid", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_light_verbs_noun_is_not_read_again_as_a_verb() {
    const TEXT: &str = "The group imposes fines on civilians who smoke.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("group", "fine", "civilians", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_shared_subject_may_open_the_clause_after_that() {
    const TEXT: &str = "Reports have surfaced that Zorbex Corp contacted customers using Tor \
                        and instructed Acme Corp to stop.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Zorbex Corp", "order", "Acme Corp", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn agencies_are_a_body_of_people_but_companies_are_not() {
    const TEXT: &str = "Intelligence agencies have accused Moscow. Companies charge so much.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Intelligence agencies", "accuse", "Russia", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_state_after_a_place_s_comma_is_part_of_the_place() {
    const TEXT: &str = "Tom Johnson, a spokesman for Starwood Capital in Greenwich, \
                        Connecticut, and Peter Rose, a spokesman for Blackstone, declined to \
                        comment. A federal grand jury in Norfolk, Va., is probing the matter.";
    // The grand jury probes, not "Va".
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Peter Rose", "refuse", "-", false),
        ("A federal grand jury", "investigate", "matter", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn the_government_is_no_ministry_and_a_possessive_body_keeps_its_name() {
    const TEXT: &str = "The US Justice Department said it was reviewing the ruling. But William \
                        Corr urged the government to continue pressing its case. Tobacco firms \
                        said the administration's lawsuit should be dropped.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("William Corr", "request", "government", false), ("administration", "sue", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn the_subject_of_a_reported_passive_is_not_its_speaker() {
    const TEXT: &str = "Acme Corp said Zorbex Inc has been delisted. Senator Jason Chaffetz said \
                        four known terrorists were apprehended at the border.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("-", "remove", "Zorbex Inc", false), ("-", "arrest", "four known terrorists", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_role_in_lower_case_is_the_person_who_holds_it() {
    const TEXT: &str = "A memo by Deputy Attorney General Rod Rosenstein recommends his \
                        dismissal. The deputy attorney general writes that Comey erred. He \
                        also criticized Comey.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Rod Rosenstein", "criticize", "Comey", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_body_under_a_state_s_sanctions_is_their_target() {
    const TEXT: &str = "Kushner met an executive for a Russian bank under U.S. sanctions. The \
                        bank is under EU sanctions. It was the entity under which all fine wine \
                        operations were grouped.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("United States", "sanction", "Russian bank", false),
        ("European Union", "sanction", "bank", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_hedged_count_of_people_is_a_target_and_a_stretch_of_time_none() {
    const TEXT: &str = "About 50 people have been arrested in connection with the protests. \
        Police said eight more people had been arrested. \
        The last two weeks of the six-week ban are suspended.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("-", "arrest", "50 people", false), ("-", "arrest", "eight more people", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_claim_denied_is_its_owners_and_having_been_charged_is_the_subjects() {
    const TEXT: &str = "Bellamy's claim that Souness had lied was strongly denied by Shepherd. \
        Mr Khodorkovsky is in prison, having been charged with fraud.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Shepherd", "deny", "Bellamy", false), ("-", "accuse", "Khodorkovsky", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn one_currently_under_investigation_or_remaining_under_it_is_its_target() {
    const TEXT: &str = "Drexel is currently under investigation by the SEC. Hutton remains \
        under investigation by the SEC.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Securities and Exchange Commission", "investigate", "Drexel", false),
        ("Securities and Exchange Commission", "investigate", "Hutton", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn an_order_obeyed_or_defied_binds_the_one_who_obeys() {
    const TEXT: &str = "The China Three Gorges Project Corp is refusing to obey a government \
        order to stop construction. Protesters defied the army's order to disperse.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("China Three Gorges Project Corp", "refuse", "-", false),
        ("government", "order", "China Three Gorges Project Corp", false),
        ("Protesters", "refuse", "army's order", false),
        ("army", "order", "Protesters", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_customer_or_a_shareholder_acts() {
    const TEXT: &str = "The customer refused to answer. Mellon Bank Corp said a shareholder \
        filed a class action suit against it.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("The customer", "refuse", "-", false),
        ("a shareholder", "sue", "Mellon Bank Corp", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn they_after_an_unnamed_group_subject_is_that_group() {
    const TEXT: &str = "The Lebanese security forces have cracked down on the group's \
        sympathizers. They have arrested dozens of Islamic militants.";
    let claims = crate::extract::claims_of(TEXT);
    let arrest = claims.iter().find(|c| c.action.as_deref() == Some("arrest")).unwrap();
    assert_eq!(arrest.actor.as_deref(), Some("The Lebanese security forces"));
}

#[test]
fn a_community_is_a_body_that_acts() {
    const TEXT: &str = "Outraged by the kidnappings, the international community has urged \
                        the Nigerian government to act.";
    check(TEXT, &[("the international community", "request", "Nigeria", false)]);
}

#[test]
fn a_question_asked_inside_a_quotation_is_no_request() {
    const TEXT: &str = "Derek Nash said: \"She saw me and asked if Alex was coming to the \
                        party.\" Ms Brankin said: \"The first minister has called for a review \
                        of what has happened.\"";
    check(TEXT, &[("first minister", "request", "review of what", false)]);
}

#[test]
fn a_name_after_a_relative_clause_verb_is_no_main_subject() {
    const TEXT: &str = "The man who treated Joan Rivers has denied the claims. Police who \
                        arrested John Smith have denied the claims.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("man", "deny", "claims", false),
        ("Police", "arrest", "John Smith", false),
        ("Police", "deny", "claims", false),
    ];
    check(TEXT, EXPECTED);
}
