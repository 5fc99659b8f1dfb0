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
            // A text in words of its own is its own agent (tests_forms.rs).
            ("state and federal laws", "ban", "Korovin", false),
        ],
    );
}

#[test]
fn a_base_form_after_plural_people_is_their_verb() {
    const TEXT: &str = "The councillors deny any wrongdoing. The rebels block roads into the city.";
    check(
        TEXT,
        &[("councillors", "deny", "wrongdoing", false), ("rebels", "block", "roads", false)],
    );
}

#[test]
fn a_threat_of_legal_action_is_against_its_object() {
    const TEXT: &str = "Yukos has threatened legal action against any buyer.";
    check(TEXT, &[("Yukos", "threaten", "any buyer", false)]);
}

#[test]
fn the_unnamed_accused_end_before_what_they_are_accused_of() {
    const TEXT: &str = "Ravi Sukul accused the three men of being deeply involved. Mr Lee \
                        warned investors of the risks. Smith accused the owners of the \
                        mill of lying.";
    check(
        TEXT,
        &[
            ("Ravi Sukul", "accuse", "three men", false),
            ("Lee", "warn", "investors", false),
            ("Smith", "accuse", "owners", false),
        ],
    );
}

#[test]
fn removals_from_power_blockades_and_appeals() {
    const TEXT: &str = "Ms Villalba had been unfairly dismissed. Kaunda dismissed the bank's \
                        statements. The army toppled President Marcos. Farmers blockaded the \
                        border crossing. Ecuador appealed for emergency aid. He dismissed claims \
                        government plans would fail. The case against arbitrageur Ivan Boesky was dismissed \
                        by a federal court. Wintour did not dismiss employees' concerns.";
    check(
        TEXT,
        &[
            ("-", "remove", "Villalba", false),
            ("army", "remove", "Marcos", false),
            ("Farmers", "block", "border crossing", false),
            ("Ecuador", "request", "emergency aid", false),
        ],
    );
}

#[test]
fn a_subject_pronoun_after_and_opens_a_new_clause() {
    const TEXT: &str = "Police arrested two men and they were later released. Two women say \
                        police detained their sons.";
    check(TEXT, &[("Police", "arrest", "two men", false), ("police", "arrest", "sons", false)]);
}

#[test]
fn a_count_of_people_keeps_its_people() {
    const TEXT: &str = "Three of the men were arrested on Tuesday. Some of the protesters were \
                        detained by police.";
    check(
        TEXT,
        &[
            ("-", "arrest", "Three of the men", false),
            ("police", "arrest", "Some of the protesters", false),
        ],
    );
}

#[test]
fn along_with_coordinates_names() {
    const TEXT: &str = "Balco founder Victor Conte along with James Valente and trainer Greg \
                        Anderson are charged with distributing steroids.";
    check(
        TEXT,
        &[
            ("-", "accuse", "Victor Conte", false),
            ("-", "accuse", "James Valente", false),
            ("-", "accuse", "Greg Anderson", false),
        ],
    );
}

#[test]
fn neither_nor_lists_and_negates() {
    const TEXT: &str = "Neither Russia nor China blocked the resolution. Neither Cohen nor Smith \
                        has been accused by investigators.";
    check(
        TEXT,
        &[
            ("Russia", "block", "resolution", true),
            ("China", "block", "resolution", true),
            ("investigators", "accuse", "Cohen", true),
            ("investigators", "accuse", "Smith", true),
        ],
    );
}

#[test]
fn by_after_a_nouns_target_names_its_actor() {
    // Not the doer of an act inside the target's phrase ("the murder ... by").
    const TEXT: &str = "Recent criticism of the Obama administration by Republicans has grown. \
                        Criticism of the plan voiced by Acme Corp grew. There is a police \
                        investigation into the murder of hostages by ISIL.";
    check(
        TEXT,
        &[
            ("Republican Party", "criticize", "Obama administration", false),
            ("Acme Corp", "criticize", "plan", false),
            ("police", "investigate", "murder of hostages", false),
        ],
    );
}

#[test]
fn kin_are_people_who_act() {
    const TEXT: &str = "The mother has threatened Mr Nash. His widow denied the report.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("The mother", "threaten", "Nash", false), ("His widow", "deny", "report", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_counted_object_or_passive_subject_is_the_list_before() {
    const TEXT: &str = "Muhammad Afzal, Mohammed Islam and Mohammed Kazi deny fraud. Ravi Sukul \
                        accused the three men of lying. Tony Smith and Carl Jones went home. \
                        Both were fined by Chelsea.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Muhammad Afzal", "deny", "fraud", false),
        ("Mohammed Islam", "deny", "fraud", false),
        ("Mohammed Kazi", "deny", "fraud", false),
        ("Ravi Sukul", "accuse", "Muhammad Afzal", false),
        ("Ravi Sukul", "accuse", "Mohammed Islam", false),
        ("Ravi Sukul", "accuse", "Mohammed Kazi", false),
        ("Chelsea", "fine", "Tony Smith", false),
        ("Chelsea", "fine", "Carl Jones", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn an_uncounted_object_is_a_new_group() {
    const TEXT: &str = "Muhammad Afzal, Mohammed Islam and Mohammed Kazi deny fraud. \
                        Police arrested three men in Leeds.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Muhammad Afzal", "deny", "fraud", false),
        ("Mohammed Islam", "deny", "fraud", false),
        ("Mohammed Kazi", "deny", "fraud", false),
        ("Police", "arrest", "three men", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_bare_plural_head_keeps_its_participle_phrase() {
    const TEXT: &str = "Reporters covering the trial have asked to see the questionnaires. \
                        There were reports of traders placing their own orders ahead of clients.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Reporters", "request", "-", false)];
    check(TEXT, EXPECTED);
}
