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

pub(super) fn check(text: &str, expected: &[(&str, &str, &str, bool)]) {
    let got = actions(text);
    let want: Vec<(String, String, String, bool)> = expected
        .iter()
        .map(|(a, v, t, n)| (a.to_string(), v.to_string(), t.to_string(), *n))
        .collect();
    assert_eq!(got, want, "in {text:?}");
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

#[test]
fn bracketed_names_and_tickers_are_one_list() {
    const TEXT: &str = "Units of <Baxter Lane Inc>, Corvel Inc <CRV> and <Ames, Dorn and Co> \
                        have restricted their business with Halvard.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Baxter Lane Inc", "restrict", "Halvard", false),
        ("Corvel Inc", "restrict", "Halvard", false),
        ("Ames Dorn and Co", "restrict", "Halvard", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn plural_noun_phrase_refers_to_the_list_before() {
    const TEXT: &str = "Baxter Lane Inc, Corvel Inc and Dorn Co cut their credit lines. \
                        The three firms declined to comment.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Baxter Lane Inc", "refuse", "-", false),
        ("Corvel Inc", "refuse", "-", false),
        ("Dorn Co", "refuse", "-", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn plural_noun_phrase_of_another_kind_is_not_the_list() {
    const TEXT: &str = "France and Germany met in Brussels. The two companies declined to comment.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("The two companies", "refuse", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn adjunct_passive_acts_on_the_main_subject() {
    const TEXT: &str = "Jose Mourinho is furious after being fined by Uefa.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Uefa", "fine", "Jose Mourinho", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn bare_noun_for_people_is_a_subject() {
    const TEXT: &str = "In May, police arrested Ivan Petrov.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("police", "arrest", "Ivan Petrov", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn company_name_with_and_is_one_name() {
    const TEXT: &str = "Baxter and Lane Corp has sued Corvel Inc and Dorn Co in a court in Ohio.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Baxter and Lane Corp", "sue", "Corvel Inc", false),
        ("Baxter and Lane Corp", "sue", "Dorn Co", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn surname_with_particles_is_the_known_person() {
    const TEXT: &str = "Maria de la Vega spoke to reporters. Later, de la Vega accused Corvel Inc.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Maria de la Vega", "accuse", "Corvel Inc", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn denial_of_a_clause_has_no_target() {
    // A gerund's clause too, "being" and "doing" among them.
    const TEXT: &str = "Corvel Inc denied that it had paid bribes. Lin denied taking part. \
                        Lord Goldsmith has denied being leaned on.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Corvel Inc", "deny", "-", false),
        ("Lin", "deny", "-", false),
        ("Goldsmith", "deny", "-", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn base_form_after_a_plural_subject_is_present() {
    const TEXT: &str = "Environmental groups urge Shell to stop drilling.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Environmental groups", "request", "Shell", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn generic_conditional_present_is_no_act() {
    const TEXT: &str = "When agents open an investigation, they say nothing.";
    check(TEXT, &[]);
}

#[test]
fn asking_whether_is_a_question() {
    const TEXT: &str = "Corvel Inc asked whether Dorn Co would appeal.";
    check(TEXT, &[]);
    const HEARER: &str = "Corvel Inc asked Dorn Co whether it would appeal.";
    check(HEARER, &[]);
    const REQUEST: &str = "Corvel Inc asked Dorn Co to say whether it would appeal.";
    check(REQUEST, &[("Corvel Inc", "request", "Dorn Co", false)]);
    // "who" after a noun relates: the men are asked to act.
    const RELATIVE: &str = "Corvel Inc asked the men who run Dorn Co to appeal.";
    check(RELATIVE, &[("Corvel Inc", "request", "men", false)]);
}

#[test]
fn name_in_apposition_after_a_possessive() {
    const TEXT: &str = "Corvel Inc sued its rival, Dorn Co, on Monday.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Corvel Inc", "sue", "Dorn Co", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn counted_list_after_a_dash() {
    const TEXT: &str = "Corvel Inc is suing two companies - Dorn Co and Halvard.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Corvel Inc", "sue", "Dorn Co", false), ("Corvel Inc", "sue", "Halvard", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn threat_of_an_action_keeps_its_object_words() {
    const TEXT: &str =
        "Comcast is threatening to disconnect customers. Dorn Co threatened to top 50 pct.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Comcast", "threaten", "customers", false), ("Dorn Co", "threaten", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn capitalised_verb_inside_a_name_is_no_action() {
    const TEXT: &str = "Brown Hambros Bank Limited managed the offering.";
    check(TEXT, &[]);
}

#[test]
fn name_with_its_own_prepositional_phrase_is_the_subject() {
    const TEXT: &str = "William Corr of the Campaign for Clean Air urged Shell to stop.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("William Corr", "request", "Shell", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn left_out_verbs_make_no_action() {
    const TEXT: &str = "Kurdish forces retook the dam. The rules require approval. He was jailed.";
    check(TEXT, &[]);
}

#[test]
fn verb_form_before_an_auxiliary_is_a_noun() {
    const TEXT: &str = "Boeing said its orders were up 15 pct in the quarter.";
    check(TEXT, &[]);
}

#[test]
fn relative_passive_acts_on_the_antecedent() {
    const TEXT: &str = "Jose Mourinho, who was fined by Uefa in May, praised his players.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Uefa", "fine", "Jose Mourinho", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn conditions_are_no_acts() {
    const TEXT: &str = "Dorn Co will retaliate if Washington imposes sanctions on Tokyo. \
                        Greece may ask for talks when its interests are threatened.";
    check(TEXT, &[]);
}

#[test]
fn a_day_is_no_actor() {
    const TEXT: &str = "The government withdrew Friday's request to Washington.";
    check(TEXT, &[]);
}

#[test]
fn a_state_institution_keeps_its_words() {
    const TEXT: &str = "The White House denied the report. Washington rejected the claim.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("White House", "deny", "report", false), ("United States", "reject", "claim", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_name_that_modifies_the_subject_is_not_the_target() {
    const TEXT: &str =
        "Two Reuters reporters were arrested in Yangon. Coffee quotas were suspended.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("-", "arrest", "reporters", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_hedged_count_is_the_subject() {
    const TEXT: &str = "So far more than 30 people have been detained.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("-", "arrest", "30 people", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_country_s_government_is_named_so() {
    const TEXT: &str = "Iran held talks. Campaigners urged the government to free Sigarchi.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Campaigners", "request", "Iran government", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_possessive_name_with_a_role_is_a_subject() {
    const TEXT: &str = "Britain's ambassador to the United Nations condemned the attack.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Britain's ambassador", "condemn", "attack", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_possessive_agent_names_its_body() {
    const TEXT: &str = "The federation was requested to act by Spain's anti-violence commission.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Spain's anti-violence commission", "request", "federation", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_target_phrase_keeps_its_of_phrase() {
    const TEXT: &str = "Russia banned the sale of alcohol at night.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Russia", "ban", "sale of alcohol", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_demonym_opens_a_subject_and_a_name_before_a_plural_is_its_modifier() {
    const TEXT: &str = "Lebanese security forces have arrested several Islamic militants.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Lebanese security forces", "arrest", "several Islamic militants", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn two_verbs_share_their_object() {
    const TEXT: &str = "Acme Corp condemned and prohibited the practice.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Acme Corp", "condemn", "practice", false), ("Acme Corp", "ban", "practice", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_time_adjunct_between_subject_and_verb() {
    const TEXT: &str = "The Department of Homeland Security on Wednesday denied the claim.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Department of Homeland Security", "deny", "claim", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_list_of_objects_closed_by_an_unnamed_phrase() {
    const TEXT: &str = "Yukos is suing Gazprom, Rosneft and the shell company which won.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Yukos", "sue", "Gazprom", false),
        ("Yukos", "sue", "Rosneft", false),
        ("Yukos", "sue", "shell company", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn the_object_ends_before_a_place_adjunct_and_a_new_phrase() {
    const TEXT: &str = "Iran clamped down on blogs, restricting access to major blogging \
                        sites from within Iran. The SEC had asked for information a few \
                        months ago.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Iran", "restrict", "blogs", false),
        ("Iran", "restrict", "major blogging sites", false),
        ("Securities and Exchange Commission", "request", "information", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_shared_subject_is_the_person_the_opening_names_modify() {
    const TEXT: &str = "Guerrero state Gov. Angel Aguirre has defended the response and \
                        called on Zorbex to act.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Angel Aguirre", "request", "Zorbex", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_warning_that_is_an_act_without_a_target() {
    const TEXT: &str = "Kenneth Palinkas warned that the orders would raise the threat level.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Kenneth Palinkas", "warn", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn unnamed_people_of_a_named_body_are_that_body() {
    const TEXT: &str = "The SEC charged members of the wealthy Belzberg family with fraud.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Securities and Exchange Commission", "accuse", "Belzberg", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_statement_of_condemnation_is_issued() {
    const TEXT: &str =
        "Al-Nusra, despite a feud with the group, issued a statement of condemnation.";
    check(TEXT, &[("Al-Nusra", "condemn", "-", false)]);
}

#[test]
fn a_state_before_the_adjectives_of_a_measure_imposes_it() {
    const TEXT: &str = "He said U.S. trade sanctions against Japan would take effect.";
    check(TEXT, &[("United States", "sanction", "Japan", false)]);
}
