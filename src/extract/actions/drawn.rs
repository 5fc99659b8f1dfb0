//! Criticism drawn from someone: "drawing criticism from environmental groups
//! and overseas human rights activists", "the plan drew fire from unions".
//! The ones after "from" criticise; what drew it is criticised.

use super::super::mentions::MentionKind;
use super::super::ArticleState;
use super::args::{emit, names, object_after};
use super::np::noun_phrases_after;
use super::subjects::subject_phrase;
use super::Sentence;
use crate::lexicon::Lexicons;
use crate::model::Claim;

/// Forms of the verbs that draw criticism.
const DRAW: &[&str] = &[
    "draw",
    "draws",
    "drew",
    "drawn",
    "drawing",
    "attract",
    "attracts",
    "attracted",
    "attracting",
];
/// Nouns of criticism drawn.
const CRITICISM: &[&str] = &["criticism", "condemnation", "rebuke", "fire", "flak", "ire"];

/// True when `w` may be a form of [`DRAW`]: its first letters. Asked of
/// most words, so inlined and cheap; the list itself is asked after.
#[inline(always)]
fn may_draw(w: &str) -> bool {
    w.len() >= 4 && (w.starts_with("dr") || w.starts_with("att"))
}

/// Emits the criticism drawn by the verb at `i`, if it is one; the token to
/// go on from.
#[inline(always)]
pub(super) fn drawn_criticism(
    s: &Sentence,
    i: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let w = s.lowered[i].as_str();
    if !may_draw(w) || !DRAW.contains(&w) {
        return None;
    }
    drawn_from(s, i, lex, state, quote_speakers, out)
}

/// [`drawn_criticism`] once the word at `i` is a form of [`DRAW`].
#[inline(never)]
fn drawn_from(
    s: &Sentence,
    i: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let n = s.toks.len();
    // "drew sharp criticism from": lower-case adjectives between.
    let noun = (i + 1..(i + 4).min(n))
        .take_while(|&k| s.toks[k].word && s.tok(k).starts_with(char::is_lowercase))
        .find(|&k| CRITICISM.contains(&s.lowered[k].as_str()))?;
    if s.lowered.get(noun + 1).is_none_or(|w| w != "from") {
        return None;
    }
    let critics = object_after(s, noun + 2);
    let mut actors = names(s, &critics, state, quote_speakers);
    if actors.is_empty() {
        actors = noun_phrases_after(s, noun + 2, lex).into_iter().map(Some).collect();
    }
    // ", drawing criticism from": the last name before the comma drew it;
    // "The plan drew fire from": the subject.
    let participle = i > 0 && s.tok(i - 1) == ",";
    let criticised = match participle {
        true => s.mentions.iter().rposition(|m| m.end < i && m.kind == MentionKind::Name),
        false => s.subject_before(i),
    };
    let mut targets = names(s, criticised.as_slice(), state, quote_speakers);
    if targets.is_empty() && !participle {
        targets.extend(subject_phrase(s, i, lex).map(Some));
    }
    let verb = lex.action_verbs.longest(&["criticize"])?.value;
    emit(s, i, verb, &actors, &targets, false, false, "action_drawn_criticism", out);
    Some(noun + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letters_let_every_form_through() {
        assert!(DRAW.iter().all(|w| may_draw(w)));
        assert!(!may_draw("dry") && !may_draw("said"));
    }
}
