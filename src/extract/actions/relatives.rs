//! Relative clauses: the relative pronoun that opens a verb's clause, and
//! whom it stands for, as the doer ("Arsene Wenger, who refused", "Another
//! participant in the meeting, who asked"), as a subject in words ("Moscow,
//! which U.S. intelligence agencies have accused") or as the noun an object
//! relative clause hangs on ("the ship which Greece had threatened").

use super::super::mention_words::is_preposition;
use super::super::ArticleState;
use super::args::NP_STOPS;
use super::subject_words::{people_word, REPORTING};
use super::subjects::time_or_place;
use super::Sentence;
use crate::extract::sentence::SUBORDINATORS;
use crate::lexicon::Lexicons;

/// The relative pronoun that opens the clause of the verb phrase at
/// `start`: right before it, or before a time adjunct ("Allawi, who this
/// week criticised nations").
pub(super) fn relative_before(s: &Sentence, start: usize, relatives: &[&str]) -> Option<usize> {
    let relative = |k: usize| is_relative(s, k, relatives);
    let near = start.checked_sub(1).filter(|&k| relative(k));
    near.or_else(|| {
        (start.saturating_sub(5)..start.saturating_sub(2))
            .rev()
            .find(|&k| relative(k) && time_or_place(s, k + 1, start))
    })
}

/// True when token `k` is one of `relatives` as a pronoun: not the World
/// Health Organization's acronym ("the WHO was investigating").
pub(super) fn is_relative(s: &Sentence, k: usize, relatives: &[&str]) -> bool {
    relatives.contains(&s.lowered[k].as_str()) && s.tok(k) != "WHO"
}

/// Whom the relative pronoun at `rel` stands for, as the subject of the
/// verb after it: the name right before it ("Arsene Wenger, who refused"),
/// the people word before a preposition whose name is no person ("the
/// leader of the group al-Shabab, who ordered"), or for an unnamed source
/// the words before its comma ("Another participant in the meeting, who
/// asked not to be identified", `end` the verb's end).
pub(super) fn relative_doer(
    s: &Sentence,
    rel: usize,
    end: usize,
    lex: &Lexicons,
    state: &ArticleState,
) -> (Option<usize>, Option<String>) {
    if let Some(issuer) = super::addressed::letter_issuer(s, rel, lex) {
        return issuer;
    }
    let named = s.mentions.iter().rposition(|m| m.end <= rel && m.end + 2 >= rel);
    // "the leader of the group al-Shabab, who ordered", "one economist for a
    // London broker, who asked": "who" is the person before the preposition,
    // when the name after it is none ("the wife of John Smith, who").
    let person = |m: usize| s.mentions[m].entity.is_some_and(|e| state.entities.get(e).is_person());
    let in_pp = named.is_some_and(|m| s.mentions[m].in_pp && !person(m)) && s.lowered[rel] == "who";
    if let Some((a, b)) = in_pp.then(|| antecedent_span(s, rel)).flatten() {
        if people_word(&s.lowered[b - 1], lex) {
            let described = s.mentions.iter().rposition(|m| m.end == b && m.first >= a);
            return match described {
                Some(m) => (Some(m), None),
                None => (None, Some(s.slice(a, b).to_string())),
            };
        }
    }
    let anonymous = named.is_none() && super::senses::anonymity(s, end);
    (named, anonymous.then(|| antecedent_words(s, rel)).flatten())
}

/// The words before the comma of the relative pronoun at `rel`, up to a
/// preposition: "Another participant in the meeting, who" → "Another
/// participant". At most five words, opening their clause or sentence, or
/// after its reporting verb.
fn antecedent_words(s: &Sentence, rel: usize) -> Option<String> {
    antecedent_span(s, rel).map(|(a, b)| s.slice(a, b).to_string())
}

/// The token span of [`antecedent_words`].
fn antecedent_span(s: &Sentence, rel: usize) -> Option<(usize, usize)> {
    let comma = rel.checked_sub(1).filter(|&c| s.tok(c) == ",")?;
    let start = (0..comma).rev().find(|&k| !s.toks[k].word).map_or(0, |k| k + 1);
    // "..., said one person familiar with the plans, who": after the verb.
    let start =
        start + usize::from(super::subject_words::REPORTING.contains(&s.lowered[start].as_str()));
    let end = (start..comma)
        .find(|&k| super::subject_words::PREPOSITIONS.contains(&s.lowered[k].as_str()))
        .unwrap_or(comma);
    (end > start && end - start <= 5).then_some((start, end))
}

/// The relative pronoun of a restrictive relative clause in which mention
/// `m` stands after the clause's verb ("The man who treated Joan Rivers has
/// denied"): `m` is that clause's object, not the subject of a verb after it.
pub(super) fn object_in_relative(s: &Sentence, m: usize) -> Option<usize> {
    let first = s.mentions[m].first;
    // Not the agency WHO; not "at which point she demanded" nor "which would
    // imply that the Bank is demanding", where a clause of its own opens.
    let pronoun = |k: usize| matches!(s.tok(k), "who" | "which");
    let clause = |k: usize| {
        let w = s.lowered[k].as_str();
        SUBORDINATORS.contains(&w) || REPORTING.contains(&w)
    };
    (first.saturating_sub(8)..first)
        .rev()
        .take_while(|&k| s.toks[k].word && !clause(k))
        .find(|&k| pronoun(k))
        .filter(|&k| k > 0 && k + 1 < first && s.toks[k - 1].word)
        .filter(|&k| !is_preposition(&s.lowered[k - 1]))
}

/// The first word of a subject that follows "which" or "whom" before the
/// verb at `verb`, in the same stretch between commas.
pub(super) fn relative_subject(s: &Sentence, verb: usize) -> Option<usize> {
    (verb.saturating_sub(6)..verb)
        .rev()
        .take_while(|&k| s.tok(k) != ",")
        .find(|&k| matches!(s.lowered[k].as_str(), "which" | "whom"))
        .map(|k| k + 1)
}

/// The noun an object relative clause hangs on, when its subject starts at
/// `subject` ("the ship which Greece had threatened", "the sites that Russia
/// blocked"): the name before "which/that/whom" (`Ok`), or the words of a
/// noun phrase after its determiner (`Err`). Not after a reporting verb
/// ("said that Russia blocked").
pub(super) fn relative_antecedent(
    s: &Sentence,
    subject: usize,
    lex: &Lexicons,
) -> Option<Result<usize, String>> {
    let rel = subject.checked_sub(1)?;
    if !matches!(s.lowered[rel].as_str(), "which" | "that" | "whom") || rel == 0 {
        return None;
    }
    // "Twitter, which Russia blocked": past the comma of a non-restrictive clause.
    let comma = s.tok(rel - 1) == ",";
    let name_end = if comma { rel - 1 } else { rel };
    if let Some(m) = s.mentions.iter().position(|m| m.end == name_end && !m.possessive) {
        return Some(Ok(m));
    }
    if comma {
        return None;
    }
    let head = rel - 1;
    let noun = s.toks[head].word
        && s.tok(head).chars().all(char::is_lowercase)
        && !s.lowered[head].ends_with("ed")
        && !lex.is_verb_form(&s.lowered[head]);
    if !noun {
        return None;
    }
    let det = (head.saturating_sub(4)..head).rev().find(|&k| {
        matches!(s.lowered[k].as_str(), "a" | "an" | "the" | "this" | "those" | "these")
    })?;
    let words =
        (det + 1..=head).all(|k| s.toks[k].word && !NP_STOPS.contains(&s.lowered[k].as_str()));
    words.then(|| Err(s.slice(det + 1, head + 1).to_string()))
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn the_object_of_a_relative_clause_is_the_noun_it_hangs_on() {
        const TEXT: &str = "A Turkish research ship which Greece had threatened to tackle if it \
                            sailed into the Aegean Sea kept away. Twitter, which Russia blocked last \
                            week, said nothing. He said that Russia blocked.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Greece", "threaten", "Turkish research ship", false),
            ("Russia", "block", "Twitter", false),
            ("Russia", "block", "-", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_subject_in_words_after_an_objects_relative_pronoun() {
        const TEXT: &str = "Officials are cautious with Moscow, which U.S. intelligence agencies \
            have accused of waging a campaign. The U.S. intelligence agencies have accused \
            Moscow of hacking.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("U.S. intelligence agencies", "accuse", "Russia", false),
            ("The U.S. intelligence agencies", "accuse", "Russia", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn the_acronym_who_is_no_relative_pronoun() {
        const TEXT: &str = "Christy Feigh said the WHO was investigating the reports.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("World Health Organization", "investigate", "reports", false)];
        check(TEXT, EXPECTED);
    }
}
