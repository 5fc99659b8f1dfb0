//! Forms that name an act or its parties less plainly: a participle
//! between commas, "at the request of", "is believed to have ordered", a
//! text that accuses or bans, an agent after a role or a doer's plural;
//! each TEXT with the (actor, action, target, negated) tuples it must give.

use super::tests::check;

#[test]
fn a_participle_between_commas_is_a_passive_on_the_subject() {
    // Not an apposition's own comma ("HP, the printer firm, declined").
    const TEXT: &str = "The Eurocommunists kept their seats, while the Stalinists, expelled \
                        from the Communist Party in 1986, lost six. Zorbex Corp, the printer \
                        firm, declined to comment.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("-", "remove", "Stalinists", false), ("Zorbex Corp", "refuse", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn at_the_request_of_names_who_asked() {
    const TEXT: &str = "The troops went in at the request of the state-oil company Petrobras.";
    check(TEXT, &[("Petrobras", "request", "-", false)]);
}

#[test]
fn a_gerund_after_by_may_take_a_bare_plural() {
    // Not after another gerund: Japan restricts, if anyone.
    const TEXT: &str = "In 2000 the People's Fuel Lobby caused chaos by blocking roads. The \
                        United States charged Japan with violating GATT rules by restricting \
                        imports.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("People's Fuel Lobby", "block", "roads", false),
        ("United States", "accuse", "Japan", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn the_agent_is_the_person_after_a_name_and_role() {
    const TEXT: &str = "Jason Gardener was criticised at the time by former Olympic champion \
                        Michael Johnson.";
    check(TEXT, &[("Michael Johnson", "criticize", "Jason Gardener", false)]);
}

#[test]
fn a_day_after_an_action_noun_is_no_target() {
    const TEXT: &str = "The U.S. threat on Friday to impose tariffs worried Tokyo.";
    check(TEXT, &[("United States", "threaten", "-", false)]);
}

#[test]
fn a_participle_with_a_role_and_name_after_it_follows_the_head() {
    const TEXT: &str = "Reporters covering singer Michael Jackson's trial in California have \
                        asked to see questionnaires.";
    check(TEXT, &[("Reporters", "request", "-", false)]);
}

#[test]
fn a_doers_plural_after_by_is_the_agent() {
    // Not a thing's plural ("restricted by orders").
    const TEXT: &str = "The proposal was unanimously rejected by union bargainers. John Smith \
                        was restricted by orders.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("union bargainers", "reject", "The proposal", false),
        ("-", "restrict", "John Smith", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn so_far_stands_among_the_auxiliaries() {
    // Not "so far removed from": distant.
    const TEXT: &str = "Acme Corp has so far refused to comment. The battles seem so far \
                        removed from Texas.";
    check(TEXT, &[("Acme Corp", "refuse", "-", false)]);
}

#[test]
fn a_text_accuses_bans_and_limits_in_its_own_words() {
    // A text's call is no request (removed::document_subject).
    const TEXT: &str = "The report blames Libyan Dawn for the thefts. The legal action accuses \
                        Mr Spector of murder. The plan calls for new loans.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("The report", "accuse", "Libyan Dawn", false),
        ("The legal action", "accuse", "Spector", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_law_before_a_gerund_bans_by_itself() {
    // An issued ruling is the issuer's; a law's call asks no one.
    const TEXT: &str = "The law banning hunting with dogs is enforceable. A Saudi cleric issued \
                        a ruling forbidding the building of snowmen. Orthodox Jews have laws \
                        calling for the separation of men and women.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("The law", "ban", "hunting", false),
        ("A Saudi cleric", "ban", "building of snowmen", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_reported_perfect_infinitive_is_a_past_act() {
    // "to have been detained" stays passive.
    const TEXT: &str = "Ahmed Godane is believed to have ordered the Westgate Mall massacre. \
                        John Smith is thought to have been detained by the Syrian authorities.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Ahmed Godane", "order", "Westgate Mall massacre", false),
        ("Syria", "arrest", "John Smith", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn who_after_a_preposition_is_the_person_before_it() {
    const TEXT: &str = "\"The lack of coordination is bad,\" said one economist for a London \
                        broker, who asked not to be identified.";
    check(TEXT, &[("one economist", "request", "-", false)]);
}

#[test]
fn a_statement_gerund_takes_a_bare_plural_and_mps_call() {
    const TEXT: &str = "Yorkville Endoscopy issued a statement denying reports that a biopsy \
                        was done. The MPs also call for tougher sentences.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Yorkville Endoscopy", "deny", "reports", false),
        ("MPs", "request", "tougher sentences", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn party_members_juries_and_that_before_a_noun() {
    // "that idea" is no clause; a party's plural takes a base verb.
    const TEXT: &str = "Mr Clarke has rejected that idea. The Conservatives accuse the Scottish \
                        Executive of using the tax. The jury ordered Texaco to pay. Ed Smith \
                        denied that reports were true.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Clarke", "reject", "idea", false),
        ("Conservative Party", "accuse", "Scottish Government", false),
        ("The jury", "order", "Texaco", false),
        ("Ed Smith", "deny", "-", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_dateline_is_no_part_of_a_subject() {
    // Nor is a role word before a noun a person ("general election").
    const TEXT: &str = "LONDON - Senior members of the Conservative party urged Thatcher to go. \
                        CAIRO - Egypt's opposition charged that the general election was rigged.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Senior members", "request", "Thatcher", false),
        ("Egypt's opposition", "accuse", "general election", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_text_after_by_bans_in_its_own_words() {
    // Not a bare "by law": no agent named.
    const TEXT: &str = "Dr Korovin is prohibited by state and federal confidentiality laws from \
                        discussing her patients. Ed Smith is prohibited by law from trading.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("state and federal confidentiality laws", "ban", "Korovin", false),
        ("-", "ban", "Ed Smith", false),
    ];
    check(TEXT, EXPECTED);
}
