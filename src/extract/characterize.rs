//! Characterisations: "hailed Trump as “The Comeback Kid”", "portraying
//! immigrants as “rapists”".
//!
//! A verb, its object, "as" and a quote that ends the clause put words in the
//! subject's mouth whatever the verb (praise, refer to, view, defend ...), so
//! the object and the quote are reported, as PolNeAR annotates them.

use super::participle::gerund_speaker;
use super::sentence::Sentence;
use super::speech::Cue;
use crate::lexicon::Lexicons;

/// Words at most in the object between the verb and "as".
const MAX_OBJECT_WORDS: usize = 8;

/// Cues of the characterisations of `s`; `cues` are the sentence's other cues
/// (a verb that is already a cue keeps its own reading).
pub(super) fn characterisation_cues(s: &Sentence, lex: &Lexicons, cues: &[Cue]) -> Vec<Cue> {
    let mut out = Vec::new();
    // Every characterisation ends in a quote: a sentence without one has none.
    if s.quotes.is_empty() {
        return out;
    }
    for (k, w) in s.lowered.iter().enumerate() {
        if w != "as" || s.toks[k].quoted || k == 0 {
            continue;
        }
        let Some(b) = quote_after(s, k + 1) else { continue };
        let Some(verb) = verb_before(s, lex, k) else { continue };
        if cues.iter().any(|c| c.first <= verb && verb < c.end) {
            continue;
        }
        let object =
            if s.lowered.get(verb + 1).is_some_and(|w| w == "to") { verb + 2 } else { verb + 1 };
        if object >= k {
            continue; // "known as", "served as": no object, no speaker's words.
        }
        let Some((speaker, span)) = gerund_speaker(s, cues, verb) else { continue };
        out.push(Cue {
            first: verb,
            end: verb + 1,
            speaker: Some(speaker),
            clause: Some((object, b)),
            rule: "cue_as_quote",
            role: None,
            span: Some(span),
        });
    }
    out
}

/// The token after a closed quote that starts at `k` (past "a", "an", "the")
/// and ends its clause; `None` otherwise.
fn quote_after(s: &Sentence, mut k: usize) -> Option<usize> {
    if s.lowered.get(k).is_some_and(|w| matches!(w.as_str(), "a" | "an" | "the")) {
        k += 1;
    }
    if k >= s.toks.len() || !s.is_quote_mark(k) {
        return None;
    }
    let q = s.quotes.iter().find(|q| q.open == s.toks[k].start && q.closed)?;
    let b = s.toks.iter().position(|t| t.start >= q.close).unwrap_or(s.toks.len());
    super::participle::closes_clause(s, b).then_some(b)
}

/// The verb whose object runs up to "as" at `at`: the nearest lower-case
/// word before it that reads as a verb (-ed, -ing, or a reporting verb),
/// over an object of names and noun words with no punctuation.
fn verb_before(s: &Sentence, lex: &Lexicons, at: usize) -> Option<usize> {
    let floor = at.saturating_sub(MAX_OBJECT_WORDS + 2);
    for v in (floor..at).rev() {
        let t = &s.toks[v];
        if !t.word || t.quoted {
            return None;
        }
        let w = s.lowered[v].as_str();
        let lower = s.tok(v).chars().next().is_some_and(char::is_lowercase);
        let verbal = w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"));
        if lower && (verbal || lex.cue_verbs.longest(&s.lowered[v..]).is_some()) {
            return Some(v);
        }
    }
    None
}

#[cfg(test)]
mod tests {

    use crate::extract::statement_mentions as statements;

    const HAILED: &str =
        "Twenty years ago, Senator Jane Rubino hailed Trump as “The Comeback Kid.”";
    const KNOWN_AS: &str = "The police unit known as the “Midnight Crew” was disbanded.";

    #[test]
    fn a_verb_object_as_quote_is_reported() {
        assert_eq!(
            statements(HAILED),
            [(Some("Senator Jane Rubino".into()), "Trump as “The Comeback Kid.”".into())]
        );
        assert!(statements(KNOWN_AS).is_empty(), "{:?}", statements(KNOWN_AS));
    }
}
