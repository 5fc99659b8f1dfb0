//! Whom the words of an act refer to, where the plain "latest fitting
//! subject" rule would pick someone the sentence does not name; each TEXT
//! with the (actor, action, target, negated) tuples it must give.

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

#[test]
fn an_order_with_a_gerund_is_the_act_of_its_issuer() {
    // The order names no one: the ban or block it says is the claim. A place's
    // court is the court; the deal of named parties is the target.
    const TEXT: &str = "A Manila court yesterday issued an injunction barring UCPB from selling \
                        the shares. Justice Sandra Day O'Connor lifted an Appeals Court \
                        injunction blocking the planned merger of Delta Airlines and Western \
                        Airlines.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Manila court", "ban", "UCPB", false),
        ("Appeals Court", "block", "planned merger", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_deal_is_the_target_only_when_its_parties_are_named() {
    const TEXT: &str = "The court blocked the merger of Delta Airlines and Western Airlines. \
                        Ecuador banned the sale of petrol on weekends.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("court", "block", "merger", false), ("Ecuador", "ban", "sale of petrol", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn the_state_is_the_one_its_sentence_named() {
    const TEXT: &str = "Suez lost a concession in Bolivia. This forced the government to cancel \
                        the contract. During the last financial crisis in Argentina, the firm \
                        sued the state over its tariffs.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("firm", "sue", "Argentina", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn it_opening_an_adverbial_clause_is_the_nearest_subject() {
    // Not the sentence's subject: Washington threatened.
    const TEXT: &str = "The European Community said the group might impose tariffs if \
                        Washington imposes trade sanctions against Tokyo as it has threatened.";
    // What was threatened is the sanction against Tokyo.
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("United States", "threaten", "Japan", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_phrasal_verb_around_its_object_pronoun_acts() {
    // "it" is not YouTube, the subject: the video. In the next sentence it may be.
    const TEXT: &str = "The video was posted on YouTube but the website later took it down. \
                        Regulators shut it down. She threw it out the window.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("YouTube", "remove", "video", false), ("Regulators", "block", "YouTube", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn people_arrested_in_a_reduced_relative_are_its_target() {
    // Not "Three protesters arrested someone"; and an authority catches.
    const TEXT: &str = "Three protesters arrested on Monday were released. A tip from suspects \
                        detained after the shootouts led police to the graves. Police said the \
                        Border Patrol caught three men. The police caught up with the aunt.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("-", "arrest", "Three protesters", false),
        ("-", "arrest", "suspects", false),
        ("Customs and Border Protection", "arrest", "three men", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_possessive_name_issues_its_letter() {
    const TEXT: &str = "Trump's letter terminating FBI Director James Comey quickly leaked online.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Trump", "remove", "James Comey", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn fines_for_people_are_imposed_on_them() {
    const TEXT: &str = "Isis also imposes fines for civilians caught breaking rules. The city \
                        imposes fines for speeding.";
    // The city is no actor; its "fines" no verb of its own.
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Isis", "fine", "civilians caught breaking rules", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn criticism_drawn_from_someone_is_theirs() {
    const TEXT: &str = "It is a sister project to the main Xiluodu Dam, drawing criticism \
                        from environmental groups. The plan drew sharp criticism from unions.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("environmental groups", "criticize", "Xiluodu Dam", false),
        ("unions", "criticize", "The plan", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_full_stop_inside_a_quotation_ends_a_subject() {
    // The quotation is one sentence; "came." ends the words before the customer.
    const TEXT: &str = "“He came. The customer refused to answer.”";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("The customer", "refuse", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_decision_to_act_is_the_act() {
    const TEXT: &str = "Fidel Castro's decision to ban all cash transactions in US dollars \
                        turned the spotlight on Cuba.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Fidel Castro", "ban", "all cash transactions", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_subject_ends_before_a_participle_with_its_object() {
    const TEXT: &str = "A judge hearing the Bhopal case asked Acme Corp to agree. The \
                        ruling party blocked the bill.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("A judge", "request", "Acme Corp", false), ("ruling party", "block", "bill", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_government_body_before_its_noun_acts_without_a_target() {
    // A company before it acts only with a target ("a Twitter ban" is on Twitter).
    const TEXT: &str = "Marsh has said it is co-operating fully with the SEC investigation. \
                        Users protested against the Twitter ban.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Securities and Exchange Commission", "investigate", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn his_group_is_the_group_named_with_him() {
    // After an opening time and its comma, the subject is shared past "and".
    const TEXT: &str = "Islamic State leader Abu Bakr al-Baghdadi was detained. In June this \
                        year, his group named him “caliph,” and called on all Muslims to pledge \
                        allegiance.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("-", "arrest", "Abu Bakr al-Baghdadi", false),
        ("Islamic State", "request", "Muslims", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_petition_is_against_the_one_its_ruling_acts_on() {
    const TEXT: &str = "A Manila court yesterday issued an injunction barring UCPB from selling \
                        the shares until hearings on a petition filed by Eduardo Cojuangco.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Manila court", "ban", "UCPB", false), ("Eduardo Cojuangco", "sue", "UCPB", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn it_is_no_person_nor_what_is_denied() {
    // "it" is the speaker only where the speaker can be an "it"; what is
    // denied is the claim, not the company "it" might name.
    const TEXT: &str = "President Kenneth Kaunda spoke. It was suspended when the kwacha \
                        fell, he said. Acme Corp said it sued Zorbex Ltd on Monday. Zorbex \
                        Ltd denied it yesterday. The rumours reached the Home Office, which also denied them.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Acme Corp", "sue", "Zorbex Ltd", false),
        ("Zorbex Ltd", "deny", "-", false),
        ("Home Office", "deny", "-", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_known_name_that_modifies_a_noun_is_not_the_target() {
    // The lexicon's mention of VW holds its article: "the VW".
    const TEXT: &str = "Prosecutors are investigating the VW currency scandal.";
    check(TEXT, &[("Prosecutors", "investigate", "VW currency scandal", false)]);
}

#[test]
fn a_noun_s_agent_may_follow_a_time_adjunct() {
    const TEXT: &str = "The report echoed warnings last week by Governor Michael Bruno that \
                        wages rose. A major order last year from Zorbex Inc lifted sales.";
    check(TEXT, &[("Michael Bruno", "warn", "-", false)]);
}

#[test]
fn a_denial_is_of_the_claim_not_of_who_it_is_about() {
    const TEXT: &str = "Abubakar Shekau dashed hopes on Saturday, denying reports of a truce \
                        with the Nigerian government. Smith rejected the allegations against \
                        Exxon. Jones denied Exxon's claims. Iran denied any of the reports. Mr Knapman \
                        rejected the idea Mr Kilroy-Silk posed a threat to UKIP.";
    check(
        TEXT,
        &[
            ("Abubakar Shekau", "deny", "reports", false),
            ("Smith", "reject", "allegations", false),
            ("Jones", "deny", "Exxon Mobil", false),
            ("Iran", "deny", "reports", false),
            ("Knapman", "reject", "idea", false),
        ],
    );
}

#[test]
fn a_possessive_pronoun_names_who_acts_unless_it_re_mentions() {
    const TEXT: &str = "Emery Air Freight Corp said it would renew its request for a merger \
                        with Purolator. The SEC, which is aware of its own probe, said nothing. \
                        Acme Corp expanded its call centres.";
    check(TEXT, &[("Emery Air Freight Corp", "request", "Purolator", false)]);
}

#[test]
fn an_unnamed_source_asks_not_to_be_identified() {
    const TEXT: &str = "Another participant in the meeting, who asked not to be identified, \
                        said Lyng was unresponsive.";
    check(TEXT, &[("Another participant", "request", "-", false)]);
}

#[test]
fn a_suit_seeking_damages_from_someone_is_against_them() {
    const TEXT: &str = "Baker then filed a suit seeking punitive damages from Hughes for \
                        calling off the merger.";
    check(TEXT, &[("Baker", "sue", "Hughes", false)]);
}

#[test]
fn a_text_terminated_removes_no_one() {
    const TEXT: &str = "Acme Corp said its agreement with Quill Resources Ltd has been \
                        terminated. CYACQ Corp said it terminated its tender offer for Cyclops. \
                        Beta Corp terminated Raymond Montoya as an employee.";
    check(TEXT, &[("Beta Corp", "remove", "Raymond Montoya", false)]);
}

#[test]
fn a_person_named_by_a_possessive_is_the_one_acted_on() {
    const TEXT: &str = "Police arrested Smith's wife on Monday. Prosecutors have ordered the \
                        arrest of VW's former chief dealer. Russia blocked Facebook's service.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Police", "arrest", "Smith's wife", false),
        ("Prosecutors", "order", "VW's former chief dealer", false),
        ("Russia", "block", "Facebook", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn asked_after_a_quoted_question_requests_nothing() {
    const TEXT: &str = "\"How can you be expected to do more complex tasks?\" Kurak asked. \
                        \"Will you resign?\" he asked the minister.";
    check(TEXT, &[]);
}

#[test]
fn a_player_denied_is_a_save_and_a_name_before_a_verb_is_a_clause() {
    const TEXT: &str = "After a quiet opening, James denied Damien Duff, Jiri Jarosik and Mateja \
                        Kezman, while Bosvelt cleared. A club spokesperson denied Tim Phillips \
                        made the remark. Shepherd denied Bellamy's claim.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("A club spokesperson", "deny", "-", false), ("Shepherd", "deny", "Bellamy", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn it_after_an_unnamed_reporter_is_the_reporter_in_its_words() {
    // "the ministry" refers to no actor: "it" is not the man of unknown kind.
    const TEXT: &str = "Georgy Myakinkin posted the video on Monday. The ministry said it is \
                        investigating the breach.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("ministry", "investigate", "breach", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_role_word_before_a_noun_names_no_one() {
    // "An official complaint" is no official, and "a masked militant
    // beheads US reporter ..." keeps its militant (a verb in -s, its object after it).
    const TEXT: &str = "An official complaint was made by the union, demanding an investigation \
                        by the board. A masked militant beheads US reporter James Foley, \
                        warning he will meet the same fate.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("A masked militant", "warn", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn names_with_their_roles_in_a_list_and_a_count_with_an_including_are_the_acted_on() {
    const TEXT: &str = "Balco boss Victor Conte, vice-president James Valente and coach Remy \
                        Korchemny are charged with distributing steroids. Thirty people, \
                        including 22 police, have been arrested.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("-", "accuse", "Victor Conte", false),
        ("-", "accuse", "James Valente", false),
        ("-", "accuse", "Remy Korchemny", false),
        ("-", "arrest", "Thirty people", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_spokesman_acts_in_their_words_though_they_speak_for_a_body() {
    const TEXT: &str = "A Sony spokesman declined to comment. The spokesman also refused to \
                        elaborate.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("A Sony spokesman", "refuse", "-", false), ("spokesman", "refuse", "-", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn an_act_begun_continued_or_forced_is_done() {
    // "began charging before ..." is rushing, not accusing.
    const TEXT: &str = "Officials at the port had begun barring counterfeit footwear. The \
                        government continued to block Twitter. Michael Howard was forced to deny \
                        the report. The man began charging before Wilson fired.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Officials", "ban", "counterfeit footwear", false),
        ("government", "block", "Twitter", false),
        ("Michael Howard", "deny", "report", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn litigation_begun_against_a_company_sues_it() {
    const TEXT: &str = "ChemLawn began litigation against Waste Management in federal court.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("ChemLawn", "sue", "Waste Management", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_possessor_is_not_the_doer_of_a_participle() {
    // "Sotloff's mother Shirley ..., pleading": the mother pleads, not her son.
    const TEXT: &str = "Last week, John Smith's mother Mary Jones made a video plea, pleading \
                        for his release.";
    check(
        TEXT,
        &[("Mary Jones", "request", "-", false), ("Mary Jones", "request", "release", false)],
    );
}

#[test]
fn an_object_pronoun_is_not_the_subject_of_its_own_clause() {
    // "them" is not al-Qaeda itself, which the act would drop.
    const TEXT: &str = "ISIS rose to global infamy and Al Qaeda denounced them as too extreme.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("al-Qaeda", "condemn", "Islamic State", false)];
    check(TEXT, EXPECTED);
}
