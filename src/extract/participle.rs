//! Participle cues: ", saying (that) ..." and "calling him “a total stiff”".
//!
//! A reporting verb in -ing has no subject of its own: the subject of the
//! main clause (or the speaker of the cue before it) speaks, or the name
//! standing right before it ("with Sen. John McCain calling it ...").

use super::clause::{clause_end, skip_to_content};
use super::sentence::Sentence;
use super::speaker::named_through;
use super::speech::Cue;

/// ", saying (that) ...": the subject of the sentence's main clause speaks.
pub(super) fn participial_cue(
    s: &Sentence,
    before: &[Cue],
    first: usize,
    end: usize,
) -> Option<Cue> {
    // "..., the RNC member said, adding that ...": the speaker of that cue.
    let (speaker, span) = main_speaker(s, before, first)?;
    let mut a = skip_to_content(s, end, false);
    if s.lowered.get(a).is_some_and(|w| w == "that" || w == ":") {
        a += 1;
    }
    let b = clause_end(s, a);
    (b > a && s.words(a, b) >= 2).then_some(Cue {
        first,
        end,
        speaker: Some(speaker),
        clause: Some((a, b)),
        rule: "cue_participle",
        role: None,
        span: Some(span),
    })
}

/// True when token `k` lies in a comma segment that opens with a preposition
/// ("At a rally in Portsmouth, N.H., on Tuesday, ...") or in a dateline
/// ("WASHINGTON, Dec. 8 —"): no subject there.
pub(super) fn in_adjunct(s: &Sentence, k: usize) -> bool {
    let start = (0..k).rev().find(|&j| matches!(s.tok(j), "," | "—" | "–")).map_or(0, |j| j + 1);
    let dateline = s.tok(k).len() > 1
        && s.tok(k).chars().all(|c| c.is_uppercase() || !c.is_alphabetic())
        && s.toks.get(k + 1).is_some_and(|t| !t.word);
    dateline || super::mentions::PREPOSITIONS.contains(&s.lowered[start].as_str())
}

/// The speaker of a participle at `first`: the speaker of the cue before it
/// ("..., the RNC member said, adding that"), else the main clause's subject.
fn main_speaker(s: &Sentence, before: &[Cue], first: usize) -> Option<(usize, (usize, usize))> {
    if let Some(c) = before.iter().rev().find(|c| c.speaker.is_some() && c.end <= first) {
        let m = c.speaker?;
        let named = &s.mentions[m];
        return Some((m, c.span.unwrap_or((named.first, named_through(s, named.end)))));
    }
    let m = s.mentions.iter().position(|m| {
        // A possessive before its noun ("Schilling's son") is not the subject.
        let before_noun = m.possessive && s.toks.get(m.end).is_some_and(|t| t.word);
        let excluded = m.in_pp || m.in_parens || m.quoted || before_noun;
        !excluded && m.end <= first && !in_adjunct(s, m.first)
    })?;
    let named = &s.mentions[m];
    Some((m, (named.first, named_through(s, named.end))))
}

/// "calling him “a total stiff”", "with McCain calling it a “Chinese menu”":
/// a reporting gerund (any, also one that takes no bare clause) closely
/// followed by a quote reports the words up to the quote's end.
pub(super) fn gerund_quote_cue(
    s: &Sentence,
    before: &[Cue],
    first: usize,
    end: usize,
) -> Option<Cue> {
    let quote = s.quotes.iter().find(|q| q.closed && q.open >= s.toks[end - 1].end)?;
    let at = s.toks.iter().position(|t| t.start >= quote.open)?;
    let stops = (end..at).any(|k| matches!(s.tok(k), "." | ";" | ":") || s.is_quote_mark(k));
    if stops || s.words(end, at) > GERUND_QUOTE_GAP {
        return None;
    }
    let b = s.toks.iter().position(|t| t.start >= quote.close).unwrap_or(s.toks.len());
    if !closes_clause(s, b) {
        return None;
    }
    let (speaker, span) = gerund_speaker(s, before, first)?;
    // "saying during the debate, “That makes me smart”": the quote alone.
    let introduced = at > end && matches!(s.tok(at - 1), "," | ":");
    Some(Cue {
        first,
        end,
        speaker: Some(speaker),
        clause: Some((if introduced { at } else { end }, b)),
        rule: "cue_gerund_quote",
        role: None,
        span: Some(span),
    })
}

/// True when token `b`, right after a quote, ends what is reported ("calling
/// him a “stiff.”", "“meritless” and “improper”"), unlike a quoted phrase
/// inside a longer clause ("describing the war as a “special operation”
/// forced on Moscow").
pub(super) fn closes_clause(s: &Sentence, b: usize) -> bool {
    b >= s.toks.len()
        || matches!(s.tok(b), "," | "." | ";" | ":" | "—" | "–" | "―" | "!" | "?" | ")")
        || (matches!(s.lowered[b].as_str(), "and" | "or")
            && s.toks.get(b + 1).is_some_and(|_| s.is_quote_mark(b + 1)))
}

/// The speaker of a verb at `first` that reports a quote: a finite verb's
/// subject; for a gerund the name right before it ("McCain calling"), the
/// speaker of the cue before it, or the subject of the main clause.
pub(super) fn gerund_speaker(
    s: &Sentence,
    before: &[Cue],
    first: usize,
) -> Option<(usize, (usize, usize))> {
    if !s.lowered[first].ends_with("ing") {
        if let (Some(m), Some(span)) = s.subject(first) {
            return Some((m, span));
        }
        return super::unclaimed::clause_subject(s, first);
    }
    let named = s.mentions.iter().position(|m| m.end == first && !m.possessive && !m.quoted);
    if let Some(m) = named {
        return Some((m, (s.mentions[m].first, first)));
    }
    before
        .iter()
        .rev()
        .find(|c| c.speaker.is_some() && c.end <= first)
        .and_then(|c| Some((c.speaker?, c.span?)))
        .or_else(|| super::unclaimed::clause_subject(s, first))
}

/// "called on the administration to “really call out Russia”", "calling for
/// “a total ban”": like a gerund before a quote, the verb and its particle
/// (`first..end`) report the words up to the quote's end.
pub(super) fn call_for_cue(s: &Sentence, before: &[Cue], first: usize, end: usize) -> Option<Cue> {
    let cue = gerund_quote_cue(s, before, first, end)?;
    Some(Cue { rule: "cue_call_for_quote", ..cue })
}

/// Words at most between a gerund and the quote it reports.
const GERUND_QUOTE_GAP: usize = 8;

#[cfg(test)]
mod tests {

    use crate::extract::statement_mentions as statements;

    const CALLING: &str = "Speaking at a town hall in Salem, New Hampshire, Trump went after \
        Bush, calling him “a total stiff.”";
    const NAMED_BEFORE: &str = "Critics were irritated, with Sen. John McCain calling it a \
        “Chinese menu.”";
    const QUOTED_PHRASE: &str = "Several state media outlets backed the war, describing it as a \
        “special operation” forced on Moscow.";

    #[test]
    fn a_gerund_before_a_quote_reports_it() {
        assert_eq!(statements(CALLING), [(Some("Trump".into()), "a total stiff.".into())]);
        let named = statements(NAMED_BEFORE);
        assert_eq!(named.len(), 1, "{named:?}");
        assert!(named[0].0.as_deref().is_some_and(|m| m.ends_with("John McCain")), "{named:?}");
        // A quoted phrase inside a longer clause is not what the gerund reports.
        assert!(statements(QUOTED_PHRASE).is_empty(), "{:?}", statements(QUOTED_PHRASE));
    }

    const INTRODUCED: &str =
        "The ad shows Trump saying during the debate last week, “That makes me smart.”";

    #[test]
    fn a_quote_introduced_after_a_gerund_is_reported_alone() {
        let said = statements(INTRODUCED);
        assert_eq!(said.len(), 1, "{said:?}");
        assert_eq!(said[0].1, "That makes me smart.");
    }

    const CALLED_ON: &str = "Schiff called on the administration to “really call out Russia.”";

    #[test]
    fn a_quoted_call_is_reported() {
        assert_eq!(
            statements(CALLED_ON),
            [(Some("Schiff".into()), "the administration to “really call out Russia.”".into())]
        );
    }
}
