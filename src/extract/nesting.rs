//! Cues inside the clause of another cue.
//!
//! "X stated that Y guaranteed ...": the inner cue is part of what X said.
//! But an inner cue that reports a quote of its own ("Clinton said experts
//! agreed, but O'Malley interjected: “It's just not true.”") is a new
//! statement: the quote is O'Malley's, and Clinton's clause ends before it.

use super::sentence::Sentence;
use super::speech::{words_in, Cue};

/// True when cue `ci` should give way to another cue of the sentence: a clause
/// before its cue ("..., according to Y", "..., X added") that holds another
/// attributed cue belongs to that cue; a cue inside the clause that another cue
/// reports ("X stated that Y guaranteed ...") is part of that content,
/// unless it reports a quote of its own (see [`cut_before_quoted_reports`]).
pub(super) fn nested(s: &Sentence, cues: &[Cue], ci: usize) -> bool {
    let cue = &cues[ci];
    let Some((a, b)) = cue.clause else { return false };
    let reports_before = matches!(cue.rule, "according_to" | "cue_after" | "cue_inverted_after");
    cues.iter().enumerate().any(|(oi, o)| {
        let Some((oa, ob)) = o.clause else { return false };
        let holds_other =
            reports_before && oi != ci && o.first >= a && o.first < b && o.speaker.is_some();
        let inside_other = oi != ci
            && !quoted_report(s, cue)
            && !matches!(o.rule, "according_to" | "cue_after" | "cue_inverted_after")
            && cue.first >= oa
            && cue.first < ob;
        holds_other || inside_other
    })
}

/// True when `cue` has a speaker and reports a clause quoted all through
/// (one word of slack), as speech.rs turns into quote claims.
fn quoted_report(s: &Sentence, cue: &Cue) -> bool {
    let Some((a, b)) = cue.clause.filter(|(a, b)| a < b) else { return false };
    let (from, to) = (s.toks[a].start, s.toks[b - 1].end);
    let inside = s.quotes.iter().filter(|q| q.open >= from && q.open < to);
    let quoted: usize = inside.clone().map(|q| words_in(s, q.start, q.end)).sum();
    cue.speaker.is_some() && inside.count() > 0 && quoted + 1 >= s.words(a, b).max(1)
}

/// The end of cue `ci`'s clause `a..b`, cut before another cue inside it that
/// reports a quote of its own (its speaker, cue and quote are not `ci`'s
/// words), past the punctuation and connectives that join them.
pub(super) fn cut_before_quoted_reports(
    s: &Sentence,
    cues: &[Cue],
    ci: usize,
    a: usize,
    b: usize,
) -> usize {
    let inner_start = |o: &Cue| {
        let named = o.span.map_or(o.first, |(x, _)| x);
        let clause = o.clause.map_or(o.first, |(x, _)| x);
        o.first.min(named).min(clause)
    };
    let cut = cues
        .iter()
        .enumerate()
        .filter(|&(oi, o)| oi != ci && o.first > a && o.first < b && quoted_report(s, o))
        .map(|(_, o)| inner_start(o))
        .filter(|&k| k > a)
        .min();
    let Some(mut cut) = cut else { return b };
    while cut > a && (!s.toks[cut - 1].word || JOINERS.contains(&s.lowered[cut - 1].as_str())) {
        cut -= 1;
    }
    cut
}

/// Words that join a clause to the next statement ("..., to which X said").
const JOINERS: &[&str] = &["and", "but", "to", "which", "while", "as", "when", "then"];

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    fn statements(text: &str) -> Vec<(ClaimKind, Option<String>, String)> {
        crate::extract::claims_of(text)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Action)
            .map(|c| (c.kind, c.speaker_mention, c.content))
            .collect()
    }

    const INNER_QUOTE: &str = "Clinton said experts had found her plans strong, but \
        O'Malley interjected: “It's just not true.”";
    const INNER_CLAUSE: &str = "Clinton stated that Sanders guaranteed the plan would fail.";

    #[test]
    fn an_inner_cue_with_its_own_quote_is_a_statement() {
        assert_eq!(
            statements(INNER_QUOTE),
            [
                (
                    ClaimKind::Indirect,
                    Some("Clinton".into()),
                    "experts had found her plans strong".into()
                ),
                (ClaimKind::Quote, Some("O'Malley".into()), "It's just not true.".into())
            ]
        );
        assert_eq!(statements(INNER_CLAUSE).len(), 1);
    }
}
