//! Where a person's name ends before "of": "Senator Robert Dole of Kansas",
//! "David Wyss of Data Resources Inc". The mention covers the place or firm;
//! the name the person is known by does not, so one person keeps one name
//! across an article ("Mr. Dole", "Robert Dole of Kansas", "Dole").

use super::super::mention_words::{is_capitalised_function_word, is_honorific};
use super::super::mentions::MentionFinder;
use super::super::tokens::strip_possessive;
use crate::lexicon::KeyedWord;

impl MentionFinder<'_> {
    /// The end of the name words of the run `first..end`: before "of" when a
    /// person's name stands before it ("Senator Robert Dole of Kansas", "David
    /// Wyss of Data Resources Inc"), so that the person keeps one name across
    /// the article. The mention still covers the place or firm.
    pub(super) fn person_end(&self, lowered: &[KeyedWord], first: usize, end: usize) -> usize {
        (first + 2..end)
            .find(|&k| lowered[k] == "of" && self.person_before(lowered, first, k))
            .unwrap_or(end)
    }

    /// True when the run `i..of` (two words or more) ends with a person's name: titles and roles
    /// may come first; no body or company word may stand in the name ("Morgan
    /// Guaranty Trust Co of New York").
    fn person_before(&self, lowered: &[KeyedWord], i: usize, of: usize) -> bool {
        let last = strip_possessive(&lowered[of - 1]).0;
        if self.is_company_suffix(last) || self.lex.roles.contains(last) {
            return false;
        }
        let Some(given) = (i..of - 1).find(|&k| self.lex.first_names.contains_key(&lowered[k]))
        else {
            return false;
        };
        let titled = (i..given).all(|k| {
            // "When President Nestor Kirchner of Argentina arrived": the run
            // may open the sentence with a function word.
            lowered[k] == "."
                || is_capitalised_function_word(&lowered[k])
                || self.lex.roles.contains(&lowered[k])
                || is_honorific(&lowered[k])
                || self.is_title_at(lowered, k)
        });
        titled && (given..of).all(|k| !self.body_head(&lowered[k]) && !self.is_title_at(lowered, k))
    }
}

#[cfg(test)]
mod tests {
    fn speakers(text: &str) -> Vec<Option<String>> {
        crate::extract::claims_of(text).into_iter().map(|c| c.speaker).collect()
    }

    #[test]
    fn a_person_of_a_place_or_firm_is_named_without_it() {
        const TEXT: &str = "Sen. Robert Dole of Kansas said the bill was dead. David Wyss of \
                            Data Resources Inc said rates would fall. \"It will pass,\" said \
                            Rep. Elijah Cummings of Maryland, the panel's ranking Democrat.";
        let expected = ["Robert Dole", "David Wyss", "Elijah Cummings"];
        assert_eq!(speakers(TEXT), expected.map(|s| Some(s.to_string())));
    }

    #[test]
    fn a_surname_of_a_firm_is_the_person_named_before() {
        const TEXT: &str = "David Jones of Aubrey G. Lanston and Co said rates would rise. \
                            Jones of Lanston said the Fed would act.";
        let expected = ["David Jones", "David Jones"];
        assert_eq!(speakers(TEXT), expected.map(|s| Some(s.to_string())));
    }

    #[test]
    fn bodies_and_companies_keep_their_of() {
        const TEXT: &str = "The Bank of England said rates would rise. Morgan Guaranty Trust \
                            Co of New York said it would lend. Chancellor of the Exchequer \
                            Nigel Lawson said taxes would fall.";
        let expected = ["Bank of England", "Morgan Guaranty Trust Co of New York", "Nigel Lawson"];
        assert_eq!(speakers(TEXT), expected.map(|s| Some(s.to_string())));
    }
}
