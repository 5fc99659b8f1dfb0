//! The name reader on small texts.

const TEXT: &str = "Acme Corp sold new shares on Monday.\n\nProceeds will be used to repay \
                    debt, it said.\n\nThe proceeds total 5 mln dlrs.";

#[test]
fn an_opening_word_the_article_writes_in_lower_case_names_no_one() {
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, [Some("Acme Corp".to_string())]);
    assert!(super::written_in_lower_case(TEXT, 38, "proceeds"));
    assert!(!super::written_in_lower_case("Proceeds, subproceeds.", 0, "proceeds"));
}

#[test]
fn run_together_initials_belong_to_the_name() {
    const TEXT: &str = "“It is a fraud,” said Rep. G.K. Butterfield (D-N.C.).";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, [Some("G.K. Butterfield".to_string())]);
}

#[test]
fn a_count_opening_a_sentence_is_no_name() {
    const TEXT: &str = "The rally went on for hours, with the police watching.\n\nThousands \
                        of protesters said the police had lied. Dozens of officers said they \
                        were tired.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, [None, None]);
}

#[test]
fn a_company_named_after_a_lexicon_name_and_initials_keep_their_periods() {
    const TEXT: &str = "“We obey the law,” the China Three Gorges Project Corp said. “We \
                        will appeal,” said John F. Kennedy.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    let expected = ["China Three Gorges Project Corp", "John F. Kennedy"];
    assert_eq!(speakers, expected.map(|s| Some(s.to_string())));
}

#[test]
fn a_plural_role_word_opening_a_sentence_is_an_anonymous_source() {
    const TEXT: &str = "Officials said the plan was dead. Analysts said it was not. \
                        U.S. Officials said Japan had agreed.";
    let claims = crate::extract::claims_of(TEXT);
    let who: Vec<(Option<String>, Option<String>)> =
        claims.into_iter().map(|c| (c.speaker, c.speaker_role)).collect();
    let anonymous = (None, Some("anonymous source".to_string()));
    // "U.S. Officials" is no name "Officials": officials of the United States.
    let us = (Some("United States".to_string()), Some("Officials".to_string()));
    assert_eq!(who, [anonymous.clone(), anonymous, us]);
}

const KNOWN_LY_NAME: &str = "Rep. David Jolly is running.\n\nJolly said he would be \
                             cautious.\n\nFinally, Jolly said he would run again.";

#[test]
fn a_name_the_article_knows_is_no_adverb_though_it_ends_in_ly() {
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(KNOWN_LY_NAME).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, [Some("David Jolly".to_string()), Some("David Jolly".to_string())]);
}

#[test]
fn a_title_of_the_place_before_a_name_titles_that_name() {
    const TEXT: &str = "“Inflation will fall,” said British Chancellor of the Exchequer Nigel \
                        Lawson. “Rates will rise,” said President of the Bundesbank Karl Otto \
                        Poehl.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, ["Nigel Lawson", "Karl Otto Poehl"].map(|s| Some(s.to_string())));
}

#[test]
fn an_office_after_an_indefinite_article_is_some_holder_not_the_lexicon_s() {
    const TEXT: &str = "A Chinese leader said the debt was rising. The Russian president said \
                        it was not.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, [None, Some("Vladimir Putin".to_string())]);
}

#[test]
fn a_name_ending_in_a_body_s_head_is_that_body_for_descriptors() {
    const TEXT: &str = "The Mineral Resources Department released figures on Monday. The \
                        department said tin exports fell. The Flour Mills Association met. \
                        They said prices would rise.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, [Some("Mineral Resources Department".to_string()), None]);
}

#[test]
fn a_body_named_with_of_is_one_name_and_its_head_is_before_of() {
    const TEXT: &str = "Exports fell, the Central Bureau of Statistics reported on Monday. \
                        Inflation rose, the bureau said. Texaco asked the Texas Court of \
                        Appeals to act, the company said.";
    let claims = crate::extract::claims_of(TEXT);
    let speakers: Vec<Option<String>> = claims.iter().map(|c| c.speaker.clone()).collect();
    assert_eq!(speakers[1], Some("Central Bureau of Statistics".to_string()));
    let asked = claims.iter().find(|c| c.action.as_deref() == Some("request"));
    assert_eq!(asked.and_then(|c| c.target.clone()).as_deref(), Some("Texas Court of Appeals"));
}

#[test]
fn a_company_suffix_belongs_to_the_name_before_it() {
    const TEXT: &str = "Occidental Petroleum Corp said its offering has been increased to \
                        38 mln shares. Standard and Poor's Corp said it cut the rating of the \
                        debt. Data General Corp said sales rose sharply in the quarter. Heck's \
                        Inc said it filed for bankruptcy protection on Monday. S and P said the company \
                        has lost market share.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    let expected =
        ["Occidental Petroleum", "S&P Global", "Data General Corp", "Heck's Inc", "S&P Global"];
    assert_eq!(speakers, expected.map(|s| Some(s.to_string())));
}

#[test]
fn a_plain_word_opening_a_sentence_is_no_antecedent_unless_it_speaks() {
    const TEXT: &str = "Acme Corp sold new shares on Monday in New York.\n\nProceeds will be \
                        used to repay debt, it said.\n\nTextron said its sales rose in the \
                        quarter.\n\nPrices of its shares fell, it said.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    let expected = ["Acme Corp", "Textron", "Textron"];
    assert_eq!(speakers, expected.map(|s| Some(s.to_string())));
}

#[test]
fn market_dealers_are_anonymous_and_a_body_named_with_a_role_is_one_name() {
    const TEXT: &str = "Dealers said the Fed added reserves to the banking system today. The \
                        Flour Exporters Association said orders fell in May.";
    let claims = crate::extract::claims_of(TEXT);
    let speakers: Vec<Option<&str>> = claims.iter().map(|c| c.speaker.as_deref()).collect();
    assert_eq!(speakers, [None, Some("Flour Exporters Association")]);
    assert_eq!(claims[0].speaker_role.as_deref(), Some("anonymous source"));
}

#[test]
fn a_spokesman_for_the_body_of_two_things_speaks_for_the_whole_body() {
    const TEXT: &str = "A spokesman for the National Association of Broadcast Employees and \
                        Technicians said it is studying its next moves. The Department of Trade \
                        and Industry said exports rose in May.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    let expected = [
        "National Association of Broadcast Employees and Technicians",
        "Department of Trade and Industry",
    ];
    assert_eq!(speakers, expected.map(|s| Some(s.to_string())));
}

#[test]
fn an_arabic_article_joined_to_a_surname_is_part_of_the_name() {
    const TEXT: &str = "The woman was identified as Saja al-Dulaimi, an Iraqi. Hisham \
                        al-Hashimi said the gas was not toxic.";
    let speakers: Vec<Option<String>> =
        crate::extract::claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
    assert_eq!(speakers, [Some("Hisham al-Hashimi".to_string())]);
}
