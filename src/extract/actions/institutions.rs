//! Who acted when a name stands for an institution: a place's court ("a
//! Manila court"), a state's government or White House in its own words
//! ("the Clinton administration"), not the place or the country.

use super::super::entities::Entity;
use super::super::mentions::Mention;
use super::args::NP_STOPS;
use super::Sentence;
use crate::model::ActorKind;

/// "A Manila court", "the US bankruptcy court": a place's court, in its
/// words; the place itself did not rule.
pub(super) fn court_of(s: &Sentence, m: &Mention) -> Option<String> {
    if m.possessive {
        return None;
    }
    // "the US bankruptcy court", not "TWA asked the court".
    let modifier = |k: usize| {
        let w = s.lowered[k].as_str();
        s.toks[k].word
            && s.tok(k).starts_with(char::is_lowercase)
            && !w.ends_with("ed")
            && !NP_STOPS.contains(&w)
            && !matches!(w, "the" | "a" | "an" | "to" | "of" | "against" | "for" | "in" | "by")
    };
    let court = (m.end..(m.end + 3).min(s.toks.len()))
        .take_while(|&k| modifier(k))
        .find(|&k| s.lowered[k] == "court")?;
    let first = if s.lowered[m.first] == "the" { m.first + 1 } else { m.first };
    Some(s.slice(first, court + 1).to_string())
}

/// Descriptors for a country's rulers, which name the country's institution, not the country.
pub(super) const RULERS: &[&str] = &["government", "administration", "authorities", "regime"];

/// The words of a state's institution as written ("the White House", "the
/// Clinton administration", "the US government"): the country's name would
/// lose who acted. A one-word name ("Washington", "Kremlin") stays the country.
pub(super) fn institution(s: &Sentence, m: &Mention, e: &Entity) -> Option<String> {
    if e.kind != Some(ActorKind::State) {
        return None;
    }
    let first = if s.lowered[m.first] == "the" { m.first + 1 } else { m.first };
    let words = s.slice(first, m.end).trim_end_matches("'s").trim_end_matches("’s").trim();
    let multi = words.split_whitespace().count() >= 2;
    // "United States of America" is the country's name, not an institution.
    (multi && !words.contains(e.name.as_str()) && !e.name.contains(words))
        .then(|| words.to_string())
}
