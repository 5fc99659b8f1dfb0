//! Other senses of action words, on small texts.
use super::super::tests::check;

#[test]
fn a_fall_in_numbers_is_no_refusal() {
    const TEXT: &str = "Shell declined 5p to 1,228. Revenues at CBS and ABC declined, \
                        analysts noted. The surplus declined slightly in February. Acme \
                        Corp declined to comment. John Smith listened, but he declined. Tridevil declined, \
                        smiling. The plea was politely declined.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Acme Corp", "refuse", "-", false),
        ("John Smith", "refuse", "-", false),
        ("Tridevil", "refuse", "-", false),
        ("-", "refuse", "The plea", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_price_is_no_accusation_and_anonymity_asks_no_one() {
    const TEXT: &str = "ATT also charges 40 dlrs per hour. He was charged for boxes he \
                        never had. Revenues declined to 482.3 mln dlrs. Officials, who \
                        asked not to be identified, said so. A banker who declined to be \
                        named agreed. Police charged John Smith with fraud. Prosecutors \
                        charged four men with fraud. Acme Corp charged the 214 mln dlrs in \
                        losses to earnings. John Smith was charged VAT by the government.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Officials", "request", "-", false),
        ("A banker", "refuse", "-", false),
        ("Police", "accuse", "John Smith", false),
        ("Prosecutors", "accuse", "four men", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn what_a_price_asks_and_a_government_shutdown_act_on_no_one() {
    const TEXT: &str = "Exxon raised the price it charges contract barge customers. \
                        Bank of Montreal cut the interest rate it charges on balances. \
                        Further charges include storing images of two police officers. \
                        The last government shutdown was driven by Republicans. \
                        Prosecutors charged the banker with fraud.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Prosecutors", "accuse", "banker", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn a_thing_blamed_is_accused_of_nothing_and_the_name_blamed_is() {
    const TEXT: &str = "It has blamed the fall in 1986 profits on the weaker dollar. \
                        Tehran has blamed its Gulf War enemy Iraq. The analysts blamed \
                        the sell-off in Europe on U.S. monetary authorities. The minister \
                        blamed the unions for the strike. Standard and Poor's said it \
                        removed the chairman. Considering Apple's penchant for brands, it \
                        makes sense.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Iran", "accuse", "Iraq", false),
        ("analysts", "accuse", "United States", false),
        ("minister", "accuse", "unions", false),
        ("S&P Global", "remove", "chairman", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_purchase_is_no_order() {
    const TEXT: &str = "In 1985, Korean Airlines ordered six MD-82s. Lotus said it has \
                        received a 30 mln dlr order from Micro D Inc. Defense orders rose \
                        2.2 billion dlrs. A 1983 order by the FTC stands. Gurmeet Ram Rahim ordered 400 of his followers \
                        to undergo surgery.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Federal Trade Commission", "order", "-", false),
        ("Gurmeet Ram Rahim", "order", "400 of his followers", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn fire_dismisses_people_not_shots() {
    const TEXT: &str = "FBI Director James Comey was fired. VW fired Burkhard Junger in \
                        March. Police fired tear gas at protesters. Gunmen fired at police. \
                        Four shots were fired. Some men fired an RPG through the tail. The \
                        audio misses two shots fired inside Wilson's car. Merrill Lynch fired \
                        the head of its mergers department.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("-", "remove", "James Comey", false),
        ("Volkswagen", "remove", "Burkhard Junger", false),
        ("Merrill Lynch", "remove", "head", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_plant_shut_down_and_orders_with_sales_act_on_no_one() {
    const TEXT: &str = "U.S. producers shut down two of their largest silver properties. The \
                        smelter was shut down after the attack. Gumport said the cuts are \
                        aiding U.S. chip maker orders and sales. Russia shut down the Meduza \
                        website. The rebels cut off telephone lines.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("Russia", "block", "Meduza", false), ("rebels", "block", "telephone lines", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn trust_restored_and_an_allegation_shut_down_are_no_service() {
    const TEXT: &str = "We need leadership for the FBI that restores public trust and \
                        confidence. Comey has shut down this allegation. Iran restored \
                        access to Instagram.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[("Iran", "restore", "Instagram", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn an_activity_suspended_removes_no_one() {
    const TEXT: &str = "Brazil suspended interest payments on its debt. The Madrid stock \
                        exchange suspended trading in FECSA shares. UKIP have suspended a \
                        candidate. Twitter suspended the account.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("UK Independence Party", "remove", "a candidate", false),
        ("Twitter", "remove", "account", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn caught_is_an_arrest_only_when_someone_was_doing_something() {
    const TEXT: &str = "At least ten ISIS fighters have been caught coming across the border. \
                        A British man was caught trying to smuggle spiders. The woman was \
                        caught on tape. Farmers are caught in a subsidy war.";
    const EXPECTED: &[(&str, &str, &str, bool)] =
        &[("-", "arrest", "fighters", false), ("-", "arrest", "A British man", false)];
    check(TEXT, EXPECTED);
}

#[test]
fn examining_is_investigating_only_by_an_authority() {
    const TEXT: &str = "SEC probers also were examining whether Sugarman and Drexel had made \
                        adequate disclosures. Doctors examined him on Monday. Analysts examined \
                        the data.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("SEC probers", "investigate", "Sugarman", false),
        ("SEC probers", "investigate", "Drexel", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn asking_a_question_is_no_request() {
    const TEXT: &str = "Acme Corp never asks the question. Zorbex Inc asked tough questions \
                        about the deal. Acme Corp asked Zorbex Inc to answer the question. John Smith \
                        was asked if he would appeal.";
    check(TEXT, &[("Acme Corp", "request", "Zorbex Inc", false)]);
}

#[test]
fn a_quoted_question_after_ask_is_no_request() {
    // The contracted question word, and questions quoted after a colon or comma.
    const TEXT: &str = "\"I asked him what's going on,\" John Smith said. Mary Jones asked \
                        Zorbex Inc: \"Why did you do it?\" Acme Corp asked investors, \"Why do \
                        we need preservatives?\" Acme Corp asked that Zorbex Inc \"keep the \
                        plant open.\" Acme Corp asked Zorbex Inc: \"Please pay the bill.\"";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Acme Corp", "request", "Zorbex Inc", false),
        ("Acme Corp", "request", "Zorbex Inc", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn directing_a_film_or_anger_is_no_order() {
    const TEXT: &str = "The revival, directed by David Leveaux, opens soon. Much of the anger \
                        has been directed at the bank. The Supreme Court directed Zorbex Inc to \
                        respond by July. Officials were directed to consult Acme Corp.";
    check(
        TEXT,
        &[("US Supreme Court", "order", "Zorbex Inc", false), ("-", "order", "Officials", false)],
    );
}

#[test]
fn terminating_an_agreement_removes_no_one() {
    const TEXT: &str =
        "Acme Corp terminated the merger agreement with Zorbex on Monday. Acme Corp \
                        terminated John Smith last week. The policies were directed towards \
                        exports, but in order to grow Acme Corp needed funds.";
    check(TEXT, &[("Acme Corp", "remove", "John Smith", false)]);
}

#[test]
fn new_orders_are_purchases() {
    const TEXT: &str = "New orders for durable goods were up 0.4 pct in April. Total orders \
                        rose. The Supreme Court ordered Zorbex Inc to pay.";
    check(TEXT, &[("US Supreme Court", "order", "Zorbex Inc", false)]);
}

#[test]
fn things_removed_are_no_removal() {
    const TEXT: &str = "She then removes her sunglasses. Doctors removed a small insect from \
                        his skin. The insurgents sacked the town in July. YouTube removed the \
                        video. Acme removed three directors. The government has sacked about \
                        20,000 miners.";
    check(
        TEXT,
        &[
            ("YouTube", "remove", "video", false),
            ("Acme", "remove", "three directors", false),
            ("government", "remove", "about 20,000 miners", false),
        ],
    );
}

#[test]
fn an_activity_suspended_that_names_a_body_removes_no_one() {
    const TEXT: &str = "The New York Stock Exchange said trading in the units of BenEquity \
                        Holdings was suspended before the opening. Coffee export quotas were \
                        suspended a year ago. Jonathan Sayeed was suspended from Parliament.";
    check(TEXT, &[("-", "remove", "Jonathan Sayeed", false)]);
}

#[test]
fn an_appeal_to_a_court_is_no_request() {
    const TEXT: &str = "The case is being appealed to the U.S. Appeals Court. Stephanie Villalba \
                        has made no decision on whether to appeal. Hamidah Amira appealed to \
                        Boko Haram to release her daughter.";
    check(TEXT, &[("Hamidah Amira", "request", "Boko Haram", false)]);
}

#[test]
fn a_text_that_calls_for_something_requests_nothing() {
    const TEXT: &str = "It is the first facility under the Baker Plan, which called for new \
                        bank lending. The U.S. Plan calls for loans from multilateral banks. \
                        Amnesty International called for the release of the prisoners.";
    check(TEXT, &[("Amnesty International", "request", "release of the prisoners", false)]);
}

#[test]
fn sanctioning_an_act_approves_it() {
    const TEXT: &str = "On April 2 the board sanctioned the repurchase of the shares. The SEC \
                        sanctioned the national accounting firm.";
    check(
        TEXT,
        &[("Securities and Exchange Commission", "sanction", "national accounting firm", false)],
    );
}

#[test]
fn a_state_s_forces_capturing_people_arrest_them() {
    const TEXT: &str = "Iraqi forces captured Saja al-Dulaimi last week. Rebels captured the \
                        town of Kunduz. The firm captured 20 pct of the market. Her son was \
                        captured by IS fighters after going to Iraq. Troops captured three \
                        soldiers on Monday.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Iraqi forces", "arrest", "Saja al-Dulaimi", false),
        ("Troops", "arrest", "three soldiers", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_person_captured_by_no_one_named_is_held() {
    const TEXT: &str = "James Foley went to Syria. He was captured in Tripoli in 2011. ISIS \
                        fighters reportedly captured most of the town.";
    check(TEXT, &[("-", "arrest", "James Foley", false)]);
}

#[test]
fn wanted_people_captured_or_caught_are_arrested() {
    const TEXT: &str = "Four alleged terror suspects were captured in Texas. Hunter said 10 \
                        terror suspects had been caught. Two men were caught in the crossfire.";
    check(
        TEXT,
        &[
            ("-", "arrest", "Four alleged terror suspects", false),
            ("-", "arrest", "10 terror suspects", false),
        ],
    );
}

#[test]
fn a_duty_one_is_charged_with_is_no_accusation() {
    const TEXT: &str = "The head of a Philippine panel charged with selling the assets spoke. \
                        The division was charged with thinking up action. Kim Yo Jong is \
                        charged with handling his schedule. John Smith was charged with \
                        distributing steroids.";
    check(TEXT, &[("-", "accuse", "John Smith", false)]);
}

#[test]
fn a_body_cut_off_is_no_blockade() {
    const TEXT: &str = "A Macedonian man cut off his penis. Part of the man's ear was cut \
                        off. The swelling was cutting off the flow of oxygen to her lungs. \
                        Acme Corp cut off John Smith's credit lines.";
    check(TEXT, &[("Acme Corp", "block", "John Smith", false)]);
}

#[test]
fn limited_as_an_adjective_restricts_nothing() {
    const TEXT: &str = "Losses came from equity in limited partnerships. Iranian options were \
                        limited. Trading in Bahrain is still limited, dealers said. Zorbex Inc \
                        only has limited assets in the US. Taiwan's export growth was limited \
                        to 0.5 pct by Acme Corp on Monday. Peru has limited foreign debt repayments to 10 pct.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Acme Corp", "restrict", "Taiwan's export growth", false),
        ("Peru", "restrict", "foreign debt repayments", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn a_blow_struck_is_no_criticism() {
    const TEXT: &str = "Canisters are being blasted into towns. John Smith blasted the ball \
                        home. Mary Jones slammed her racket onto the ground. The militants \
                        blast towns and villages. Zorbex Inc blasted the report. Acme Corp \
                        slammed John Smith for lying.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("Zorbex Inc", "criticize", "report", false),
        ("Acme Corp", "criticize", "John Smith", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn demand_in_a_market_is_no_demand_put() {
    const TEXT: &str = "Strong demand from Japan pushed prices up. U.S. demand for imports \
                        is expected to fall. The measures will help Japan's domestic demand. \
                        He repeated the U.S. demand that Japan lift the quotas. Sudan rejected \
                        a demand by the International Monetary Fund for a devaluation.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("United States", "order", "-", false),
        ("Sudan", "reject", "demand", false),
        ("International Monetary Fund", "order", "devaluation", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn an_order_won_or_received_is_a_sale() {
    const TEXT: &str = "McDonnell Douglas said it received an order from Thai Airways for one \
                        DC-10. Samsung has won orders from Apple. Texaco obtained a temporary \
                        restraining order from the Texas court against Pennzoil Co.";
    check(TEXT, &[("Texas court", "order", "Pennzoil Co", false)]);
}

#[test]
fn an_aircraft_shot_down_is_no_rejection() {
    const TEXT: &str = "Iraq's army has shot down two British planes. The airliner was shot \
                        down over Ukraine. The Senate shot down the proposal.";
    check(TEXT, &[("US Senate", "reject", "proposal", false)]);
}

#[test]
fn one_pressed_or_challenged_to_act_is_asked() {
    const TEXT: &str = "The United States has pressured Japan to open its markets. Ed Smith \
                        challenged Tony Blair to deny the reports. Police pressed the button to \
                        open the door. Zorbex Corp challenged the ruling. He pressed ahead with \
                        the plan. There is a pressing need to act. Ireland continued to press \
                        and they showed their intent by opting for a line-out. Congress is \
                        pressing to hold back funds. Zorbex Corp has challenged the right of \
                        Acme Corp to claim protection. The MPs pressed Ed Smith on how to vote. \
                        The U.S. has been pressing Germany and Japan to act. Zorbex Corp was \
                        pressed by Acme Corp to sell. Chelsea still pressed and Duff had a \
                        chance to win.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("United States", "request", "Japan", false),
        ("Ed Smith", "request", "Tony Blair", false),
        ("United States", "request", "Germany", false),
        ("United States", "request", "Japan", false),
        ("Acme Corp", "request", "Zorbex Corp", false),
    ];
    check(TEXT, EXPECTED);
}

#[test]
fn one_told_to_act_is_ordered() {
    const TEXT: &str = "The U.S. told Japan to resolve the dispute. Ed Smith told reporters not \
                        to expect a deal. Police told demonstrators to leave the square. Ed Smith \
                        told Reuters he did not intend to sell. Dieter Spethmann told the annual \
                        meeting Thyssen expected to post a profit. I never told anyone and I just \
                        continued to play. Ed Smith told Reuters the company plans to sell. Jono \
                        told the boys to hold on.";
    const EXPECTED: &[(&str, &str, &str, bool)] = &[
        ("United States", "order", "Japan", false),
        ("Police", "order", "demonstrators", false),
        ("Jono", "order", "boys", false),
    ];
    check(TEXT, EXPECTED);
}
