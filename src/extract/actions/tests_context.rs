//! Who the context says acts or is acted on: "they" and "them" after a list
//! of people or an unnamed group, a board for its company, a body in a
//! title or qualified by a state, objects past a quoted modifier, and the kin
//! of a name ("the wife of al-Baghdadi"); each
//! TEXT with the (actor, action, target, negated) tuples it must give.

use super::tests::check;

#[test]
fn they_after_a_list_of_people_is_each_of_them() {
    const TEXT: &str = "Abu Talib and Muhammad Muazzam flew to Tanzania last week. MI5 agents \
                        accused them of trying to join the militants. Sam Jones and Ann Lee, both \
                        in their mid-20s, allege they were threatened by Tanzania.";
    check(
        TEXT,
        &[
            ("agents", "accuse", "Abu Talib", false),
            ("agents", "accuse", "Muhammad Muazzam", false),
            ("Tanzania", "threaten", "Sam Jones", false),
            ("Tanzania", "threaten", "Ann Lee", false),
        ],
    );
}

#[test]
fn they_after_an_unnamed_plural_subject_is_that_group() {
    const TEXT: &str = "Five Russian soldiers crossed into Georgia on Monday. They were arrested \
                        on Tuesday.";
    check(TEXT, &[("-", "arrest", "soldiers", false)]);
}

#[test]
fn earlier_before_the_verb_is_an_adverb() {
    const TEXT: &str = "Dome spokesman David Annesley earlier declined to specify the price.";
    check(TEXT, &[("David Annesley", "refuse", "-", false)]);
}

#[test]
fn a_quoted_modifier_leaves_the_object_after_it() {
    const TEXT: &str = "Labour criticised \"extravagant\" Tory promises on policing.";
    check(TEXT, &[("Labour Party", "criticize", "Tory promises", false)]);
}

#[test]
fn the_body_in_a_title_is_what_a_descriptor_after_it_refers_to() {
    const TEXT: &str = "The tests covered Lymphadenopathy Syndrome or LAS. FDA Commissioner \
                        Frank Young said that the agency was investigating test results.";
    check(TEXT, &[("Food and Drug Administration", "investigate", "test results", false)]);
}

#[test]
fn ibn_joins_a_name() {
    const TEXT: &str = "Police arrested Muhammad ibn Muazzam and Abu Talib on Monday.";
    check(
        TEXT,
        &[
            ("Police", "arrest", "Muhammad ibn Muazzam", false),
            ("Police", "arrest", "Abu Talib", false),
        ],
    );
}

#[test]
fn a_state_before_a_body_only_qualifies_it() {
    const TEXT: &str = "The US Federal Trade Commission said it was investigating Google. \
                        Balco has been accused by the US Anti-Doping Agency of doping.";
    check(
        TEXT,
        &[
            ("Federal Trade Commission", "investigate", "Google", false),
            ("Anti-Doping Agency", "accuse", "Balco", false),
        ],
    );
}

#[test]
fn a_board_acts_for_its_company() {
    const TEXT: &str = "ChemLawn Corp said its board rejected the offer. New Brunswick Power \
                        said prices rose. Hebert said the National Energy Board has ordered \
                        changes.";
    check(
        TEXT,
        &[
            ("ChemLawn Corp", "reject", "offer", false),
            ("National Energy Board", "order", "changes", false),
        ],
    );
}

#[test]
fn an_act_wished_for_is_not_done() {
    const TEXT: &str = "Texaco is seeking a court order against Pennzoil. Dr Lewis has called for \
                        an investigation by the information commissioner Richard Thomas.";
    check(TEXT, &[("Lewis", "request", "investigation", false)]);
}

#[test]
fn a_time_adjunct_may_stand_before_the_verb() {
    const TEXT: &str = "The government last summer warned stores not to carry the shoes. Mr \
                        Chirac will miss an address from Iyad Allawi, who this week criticised \
                        nations.";
    check(
        TEXT,
        &[("government", "warn", "stores", false), ("Iyad Allawi", "criticize", "nations", false)],
    );
}

#[test]
fn a_source_close_to_someone_acts() {
    const TEXT: &str = "However sources close to the ENT have accused CNN of lying. A source \
                        close to the talks denied the report.";
    check(TEXT, &[("sources", "accuse", "CNN", false), ("A source", "deny", "report", false)]);
}

#[test]
fn the_kin_of_a_name_is_the_party_not_the_name() {
    const TEXT: &str = "The army has detained the wife of Islamic State (ISIS) leader Abu Bakr \
                        al-Baghdadi. The game was blamed by the parents of 14-year-old Stefan \
                        Pakeerah. Police arrested the head of the SEC.";
    check(
        TEXT,
        &[
            ("army", "arrest", "wife of Islamic State (ISIS) leader Abu Bakr al-Baghdadi", false),
            ("parents of 14-year-old Stefan Pakeerah", "accuse", "The game", false),
            ("Police", "arrest", "Securities and Exchange Commission", false),
        ],
    );
}

#[test]
fn calls_rejected_are_the_target_not_what_they_call_for() {
    const TEXT: &str = "Tony Blair has rejected calls for the publication of advice. Party \
                        leaders rejected his calls for an early poll.";
    check(TEXT, &[("Tony Blair", "reject", "calls", false), ("leaders", "reject", "calls", false)]);
}

#[test]
fn names_included_after_a_count_are_the_targets() {
    const TEXT: &str = "Kuwait has asked at least four countries, including the United States \
                        and the Soviet Union, for use of their flags. Officials detained 30 \
                        people, including 22 police officers. Police arrested at least ten men.";
    check(
        TEXT,
        &[
            ("Kuwait", "request", "United States", false),
            ("Kuwait", "request", "Soviet Union", false),
            ("Officials", "arrest", "30 people", false),
            ("Police", "arrest", "ten men", false),
        ],
    );
}

#[test]
fn a_large_count_keeps_its_people_and_an_amount_is_no_one() {
    const TEXT: &str = "Hundreds of people are being detained in several towns. Thousands of \
                        protesters urged the government to resign. The court fined him up to \
                        5,000 pounds.";
    check(
        TEXT,
        &[
            ("-", "arrest", "Hundreds of people", false),
            ("Thousands of protesters", "request", "government", false),
            ("court", "fine", "-", false),
        ],
    );
}

#[test]
fn a_past_passive_after_when_is_an_event_not_a_condition() {
    const TEXT: &str = "He spoke when James Foley was arrested in Tripoli. When its interests \
                        are threatened, Acme Corp protests.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("-", "arrest", "James Foley", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_shared_subject_is_the_apposed_name_and_may_follow_a_dated_phrase() {
    const TEXT: &str = "Ken Livingstone spoke today. The director of the film, Vinod Pande, \
                        says the movie is not offensive and has refused to withdraw it.";
    check(TEXT, &[("Vinod Pande", "refuse", "-", false)]);
    const DATED: &str = "Ken Livingstone spoke today. At his weekly press conference on Tuesday \
                         he said his comments were not racist and refused to apologise.";
    check(DATED, &[("Ken Livingstone", "refuse", "-", false)]);
}

#[test]
fn a_state_after_be_shares_no_passive() {
    // "was dissatisfied with ... and warned": the speaker warned.
    const TEXT: &str = "Michael Howard told reporters he was dissatisfied with the response and \
                        warned of possible reprisals. Ed Smith was arrested and charged with fraud. \
                        Zorbex chief financial officer Neil Nichols said he was surprised and \
                        denied the reports.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Michael Howard", "warn", "-", false),
        ("-", "arrest", "Ed Smith", false),
        ("-", "accuse", "Ed Smith", false),
        ("Neil Nichols", "deny", "reports", false),
    ];
    check(TEXT, EXPECTED);
}
