//! Quotes that no cue of their sentence reports.
//!
//! Such a quote takes the nearest cue of the sentence; failing that, a speaker
//! the layout gives: a byline after a dash (“...” ― Carla Sanchez), a lead-in
//! ending in a colon (Trump went further: “...”; He said:¶¶“...”), or the
//! speaker of the sentence or paragraph before, whose quote it goes on with.

use super::clause::{clause_end, clause_starter, skip_to_content};
use super::mentions::{Mention, MentionKind};
use super::participle::in_adjunct;
use super::quotes::QuoteSpan;
use super::sentence::Sentence;
use super::speaker::named_through;
use super::speech::{base_quote, quote_claim, words_in, Cue};
use super::ArticleState;
use crate::model::{Claim, ClaimKind};

/// Dashes that introduce a byline after a quote.
const DASHES: &[&str] = &["―", "—", "–", "-"];

/// Claims the quotes of `s` that the cues left (`used` is false).
pub(super) fn unclaimed_quotes(
    s: &Sentence,
    cues: &[Cue],
    used: &[bool],
    state: &mut ArticleState,
    out: &mut Vec<Claim>,
) {
    for (q, quote) in s.quotes.iter().copied().enumerate() {
        if used[q] {
            continue;
        }
        let near = cues.iter().filter(|c| c.speaker.is_some()).min_by_key(|c| {
            let at = s.toks[c.first].start;
            if at >= quote.close {
                at - quote.close
            } else {
                quote.open.saturating_sub(at) + 1000
            }
        });
        if let Some(cue) = near {
            match partial_quote_clause(s, &quote, cue, cues) {
                Some((a, b)) => {
                    let mut c = super::speech::indirect_claim(s, cue, a, b, state);
                    c.rule = format!("indirect_near_{}", cue.rule);
                    out.push(c);
                }
                None => out.push(quote_claim(
                    s,
                    &quote,
                    cue,
                    state,
                    &format!("quote_near_{}", cue.rule),
                )),
            }
        } else if let Some(cue) = dash_byline(s, &quote).or_else(|| colon_lead(s, &quote)) {
            out.push(quote_claim(s, &quote, &cue, state, &format!("quote_{}", cue.rule)));
        } else if let Some(cue) = cues.is_empty().then(|| predicate_quote(s, &quote)).flatten() {
            let (a, b) = cue.clause.unwrap_or((0, 0));
            out.push(super::speech::indirect_claim(s, &cue, a, b, state));
        } else if words_in(s, quote.start, quote.end) >= 4 {
            continuing_quote(s, &quote, state, out);
        }
    }
}

/// "Trump told reporters, before insisting he had a “great relationship” with
/// Latinos": a short lower-case quote after the nearest cue, outside its
/// clause, is a partial quote inside a clause of that speaker's; the clause
/// around it, from past the cue to the sentence end, is what was reported, as
/// annotators mark it. (A quote before a post-posed cue is in that cue's clause.)
fn partial_quote_clause(
    s: &Sentence,
    quote: &QuoteSpan,
    cue: &Cue,
    cues: &[Cue],
) -> Option<(usize, usize)> {
    let text = &s.text[quote.start..quote.end];
    if !text.starts_with(char::is_lowercase)
        || words_in(s, quote.start, quote.end) > 6
        || cue.rule == "according_to"
    {
        return None;
    }
    let open = s.toks.iter().position(|t| t.start >= quote.open)?;
    let close = s.toks.iter().position(|t| t.start >= quote.close).unwrap_or(s.toks.len());
    let cue_end = cue.span.map_or(cue.end, |(_, named_to)| named_to.max(cue.end));
    if cue_end > open {
        return None;
    }
    // Past the hearer and a joined -ing verb: "told reporters, before insisting ...".
    let mut a = skip_to_content(s, cue_end, true);
    while a < open
        && (matches!(s.lowered[a].as_str(), "," | "that" | "before" | "after" | "while" | "by")
            || s.lowered[a].ends_with("ing"))
    {
        a += 1;
    }
    let b = clause_end(s, close);
    let others_clause = cues.iter().filter_map(|c| c.clause).any(|(x, y)| x < b && a < y);
    let holds_quote = a <= open && close <= b;
    let more_words = s.words(a, b) >= words_in(s, quote.start, quote.end) + 3;
    (holds_quote && more_words && !others_clause && clause_starter(s, a)).then_some((a, b))
}

/// A quote without a speaker in its sentence goes on with the speaker of the
/// paragraph, or opens a paragraph after one that ended with its speaker.
fn continuing_quote(s: &Sentence, quote: &QuoteSpan, state: &ArticleState, out: &mut Vec<Claim>) {
    let opens_paragraph = s.range.start == state.para_start && quote.open == s.range.start;
    let continuing = state
        .speaker_in(s.para)
        .or_else(|| opens_paragraph.then(|| state.speaker_before()).flatten());
    let Some(speaker) = continuing else { return };
    // A quote opening the sentence right after a statement goes on with it.
    let rule = if quote.open == s.range.start
        && state.speaker_in(s.para).is_some()
        && state.follows_statement(s.text, s.range.start)
    {
        "quote_continues_quote"
    } else if opens_paragraph && state.lead_in_before(s.para) {
        "quote_after_lead_in"
    } else {
        "quote_continues_speaker"
    };
    let mut c = base_quote(s, quote, rule);
    c.speaker = speaker.name;
    c.speaker_mention = speaker.mention;
    c.speaker_role = speaker.role;
    out.push(c);
}

/// "Trump is promising lower taxes and “jobs, jobs, jobs”": in a sentence
/// with no reporting cue, a short quote in the predicate of a named subject
/// is that subject's words; the predicate after the verb up to the quote's
/// end is reported.
fn predicate_quote(s: &Sentence, quote: &QuoteSpan) -> Option<Cue> {
    // Capitalised quotes are mostly titles and names (“The X-Files”), not words said.
    let lowercase = s.text[quote.start..quote.end].starts_with(char::is_lowercase);
    if !lowercase || words_in(s, quote.start, quote.end) > 5 {
        return None;
    }
    let open = s.toks.iter().position(|t| t.start >= quote.open)?;
    let b = s.toks.iter().position(|t| t.start >= quote.close).unwrap_or(s.toks.len());
    let (m, span) = clause_subject(s, open)?;
    let thing = matches!(s.lowered[s.mentions[m].first].as_str(), "it" | "this" | "that");
    if thing || !super::participle::closes_clause(s, b) {
        return None;
    }
    let mut verb = span.1;
    while verb < open
        && (AUXILIARIES.contains(&s.lowered[verb].as_str()) || s.lowered[verb].ends_with("ly"))
    {
        verb += 1;
    }
    let a = verb + 1;
    (a < open && s.toks[verb].word)
        .then(|| Cue { clause: Some((a, b)), ..lead_cue(verb, m, span, "predicate_quote") })
}

/// Auxiliaries and negation before a predicate's verb.
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "do", "not", "also", "even", "been", "be",
];

/// “...” ― Carla Sanchez: a name right after a dash that follows the quote.
fn dash_byline(s: &Sentence, quote: &QuoteSpan) -> Option<Cue> {
    let dash = s.toks.iter().position(|t| t.start >= quote.close)?;
    if !DASHES.contains(&s.tok(dash)) {
        return None;
    }
    let m = s.mentions.iter().position(|m| m.first == dash + 1)?;
    let name = &s.mentions[m];
    let ends = name.end >= s.toks.len()
        || matches!(s.tok(name.end), "," | "." | ";")
        || s.is_quote_mark(name.end);
    let proper = name.kind == MentionKind::Name;
    (ends && proper).then(|| lead_cue(dash, m, (name.first, name.end), "dash_byline"))
}

/// Trump went even further: “...” — a quote that opens after a colon and runs
/// to the sentence end is what the lead-in's speaker said.
fn colon_lead(s: &Sentence, quote: &QuoteSpan) -> Option<Cue> {
    let open = s.toks.iter().position(|t| t.start >= quote.open)?;
    if open == 0 || s.tok(open - 1) != ":" {
        return None;
    }
    let rest = s.toks.iter().filter(|t| t.start >= quote.close);
    if rest.clone().any(|t| t.word) {
        return None;
    }
    let (m, span) = lead_speaker(s, open - 1)?;
    Some(lead_cue(open - 1, m, span, "colon_lead"))
}

/// The speaker of a lead-in ending at token `colon`: a name that is the whole
/// lead-in ("David Wasserman: “...”"), else the subject that opens the lead-in's
/// clause, past an adjunct, and is followed by its verb ("In an interview,
/// Trump went further:"). Objects and names in adjuncts do not speak.
pub(super) fn lead_speaker(s: &Sentence, colon: usize) -> Option<(usize, (usize, usize))> {
    // Alone, or after a dash that ends a heading ("TURNOUT IS UP - David Wasserman:").
    let alone = |m: &Mention| {
        m.end == colon
            && m.kind == MentionKind::Name
            && (m.first == 0 || DASHES.contains(&s.tok(m.first - 1)))
    };
    if let Some(m) = s.mentions.iter().position(alone) {
        return Some((m, (s.mentions[m].first, colon)));
    }
    clause_subject(s, colon)
}

/// The subject of a clause before token `limit`: a mention that opens its
/// clause (past an adjunct, at most three lower-case words before it) and is
/// followed by a lower-case word, its verb ("In an interview, Trump went ...").
pub(super) fn clause_subject(s: &Sentence, limit: usize) -> Option<(usize, (usize, usize))> {
    let colon = limit;
    // A sentence's first word is capitalised whatever it is ("The", "And", "One").
    let lowercase_word = |k: usize| {
        s.toks[k].word && (k == 0 || s.tok(k).chars().next().is_some_and(char::is_lowercase))
    };
    let subject = |m: &Mention| {
        let before_noun = m.possessive && s.toks.get(m.end).is_some_and(|t| t.word);
        if m.in_pp || m.in_parens || m.quoted || before_noun || m.end > colon {
            return false;
        }
        let clause = (0..m.first).rev().find(|&k| s.tok(k) == ",").map_or(0, |k| k + 1);
        let opens_clause = m.first - clause <= 3 && (clause..m.first).all(lowercase_word);
        let end = named_through(s, m.end);
        opens_clause && !in_adjunct(s, m.first) && end < colon && lowercase_word(end)
    };
    let m = s.mentions.iter().position(subject)?;
    let first = s.mentions[m].first;
    Some((m, (first, named_through(s, s.mentions[m].end))))
}

fn lead_cue(at: usize, speaker: usize, span: (usize, usize), rule: &'static str) -> Cue {
    Cue {
        first: at,
        end: at + 1,
        speaker: Some(speaker),
        clause: None,
        rule,
        role: None,
        span: Some(span),
    }
}

/// Notes a sentence that ends its paragraph with a colon after a speaker
/// ("He said:", "Trump issued the following statement:"): the quote that
/// opens the next paragraph is theirs.
pub(super) fn note_lead_in(s: &Sentence, cues: &[Cue], state: &mut ArticleState) {
    let n = s.toks.len();
    if n < 2 || s.tok(n - 1) != ":" || s.range.end < state.para_end {
        return;
    }
    let cue = cues.iter().rev().find(|c| c.speaker.is_some() && c.first < n - 1).cloned();
    let cue = cue.or_else(|| lead_speaker(s, n - 1).map(|(m, span)| lead_cue(n - 1, m, span, "")));
    if let Some(cue) = cue {
        let mut probe = Claim::new("", ClaimKind::Quote, "");
        super::speech::attribute(&mut probe, s, &cue, state);
        state.lead_in(s.para);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    /// (rule, speaker mention, content) of the quotes of `text`.
    fn quotes(text: &str) -> Vec<(String, Option<String>, String)> {
        crate::extract::claims_of(text)
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quote)
            .map(|c| (c.rule, c.speaker_mention, c.content))
            .collect()
    }

    const PARTIAL_AFTER_CUE: &str = "“There’s great danger with the illegals,” Trump told \
        reporters, before insisting he had a “great relationship” with Latinos.";

    #[test]
    fn a_partial_quote_after_a_cue_reports_its_clause() {
        let reports: Vec<(String, String)> = crate::extract::claims_of(PARTIAL_AFTER_CUE)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Action)
            .map(|c| (c.rule, c.content))
            .collect();
        assert_eq!(
            reports,
            [
                ("quote_cue_after".into(), "There’s great danger with the illegals,".into()),
                (
                    "indirect_near_cue_after".into(),
                    "he had a “great relationship” with Latinos".into()
                )
            ]
        );
    }

    const DASH_BYLINES: &str = "“He is ignorant of our culture.” ― Pamela Padilla\n“Maybe we can \
        build a wall around him.” ― Steve Quinlan.";

    #[test]
    fn a_dash_byline_names_the_speaker() {
        let q = quotes(DASH_BYLINES);
        let speakers: Vec<_> = q.iter().map(|(r, s, _)| (r.as_str(), s.as_deref())).collect();
        assert_eq!(
            speakers,
            [
                ("quote_dash_byline", Some("Pamela Padilla")),
                ("quote_dash_byline", Some("Steve Quinlan"))
            ]
        );
    }

    const COLON_LEAD: &str = "In a Fox interview later that day, Trump went even further: “If he \
        goes forward and loses, it is the end of his career.”";
    const COLON_OBJECT: &str = "The crowd gave a blunt message to the senator: “Go home now.”";

    #[test]
    fn a_colon_lead_in_gives_its_subject() {
        let q = quotes(COLON_LEAD);
        assert_eq!(q.len(), 1);
        assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("quote_colon_lead", Some("Trump")));
        // No subject that names an actor: no speaker is guessed from the object.
        assert!(quotes(COLON_OBJECT).is_empty(), "{:?}", quotes(COLON_OBJECT));
    }

    const LEAD_IN_PARAGRAPH: &str = "Cruz continued:\n\n“You look at the questions and you see \
        what they want.”";

    #[test]
    fn a_paragraph_ending_in_a_colon_leads_in_the_next_quote() {
        let q = quotes(LEAD_IN_PARAGRAPH);
        assert_eq!(q.len(), 1);
        assert_eq!((q[0].0.as_str(), q[0].1.as_deref()), ("quote_after_lead_in", Some("Cruz")));
    }

    const PREDICATE_QUOTE: &str = "Trump wants lower taxes and “jobs, jobs, jobs.”";
    const TITLE_QUOTE: &str = "They took the stage to Bruce Springsteen’s “The Rising.”";

    #[test]
    fn a_short_quote_in_a_named_subjects_predicate_is_reported() {
        let claims = crate::extract::claims_of(PREDICATE_QUOTE);
        let report: Vec<_> = claims
            .iter()
            .filter(|c| c.kind == ClaimKind::Indirect)
            .map(|c| (c.rule.as_str(), c.speaker_mention.as_deref(), c.content.as_str()))
            .collect();
        assert_eq!(
            report,
            [("indirect_predicate_quote", Some("Trump"), "lower taxes and “jobs, jobs, jobs.”")]
        );
        let titles = crate::extract::claims_of(TITLE_QUOTE);
        assert!(titles.iter().all(|c| c.kind == ClaimKind::Action), "{titles:?}");
    }
}
