//! Criticism as a stance: "Chibok resident Solomon Ali is deeply critical of
//! the government's handling", "Jones, who has been highly critical of
//! Smith". The subject criticises what follows "of". Only after a form of
//! "be": "a critical look at", "critical of the plan" as a modifier, or
//! "critical to" (important) are no criticism.

use super::args::{emit, names};
use super::aux::aux_before;
use super::np::object_names_or_words;
use super::subjects::subject_phrase;
use super::{ArticleState, Sentence};
use crate::lexicon::Lexicons;
use crate::model::Claim;

/// The adjectives of criticism; the words are marked for the action scan.
pub(in crate::extract) const CRITICAL: &[&str] = &["critical"];

/// Emits the criticism of "be critical of" at `i`, if it is one; the token
/// to go on from.
pub(super) fn critical_of(
    s: &Sentence,
    i: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    out: &mut Vec<Claim>,
) -> Option<usize> {
    if !CRITICAL.contains(&s.lowered[i].as_str()) || s.lowered.get(i + 1)? != "of" {
        return None;
    }
    // "is deeply critical of": a form of "be" before, past adverbs.
    let aux = aux_before(s, i);
    // "would be critical of": a stance supposed, not taken.
    if !aux.be || aux.modal || aux.infinitive {
        return None;
    }
    let mut actors = names(s, s.subject_before(aux.start).as_slice(), state, quote_speakers);
    if actors.is_empty() {
        actors.extend(subject_phrase(s, aux.start, lex).map(Some));
    }
    let targets = object_names_or_words(s, i + 2, lex, state, quote_speakers);
    let verb = lex.action_verbs.longest(&["criticize"])?.value;
    let rule = "action_critical_of";
    emit(s, i, verb, &actors, &targets, aux.negated, false, rule, out);
    Some(i + 2)
}

#[cfg(test)]
mod tests {
    #[test]
    fn be_critical_of_is_criticism() {
        const TEXT: &str = "Chibok resident Solomon Ali is deeply critical of the Nigerian \
                            government. Amnesty International has not been critical of \
                            Exxon. John Smith would be critical of Google. The vote is critical \
                            to Shell. A critical report on Exxon came out.";
        super::super::tests::check(
            TEXT,
            &[
                ("Solomon Ali", "criticize", "Nigeria", false),
                ("Amnesty International", "criticize", "Exxon Mobil", true),
            ],
        );
    }
}
