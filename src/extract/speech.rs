//! Statements: direct quotes and reported speech, each with its speaker.
//!
//! Every reporting cue of the sentence (a verb of `cue_verbs.tsv`, or a phrase
//! such as "according to") gets a speaker and a clause: the words it reports.
//! A clause quoted all through gives quote claims; otherwise (a partial
//! quote included) one indirect claim over the whole clause. Quotes left
//! without a cue continue the speaker of the sentence or paragraph before.

use super::cues::find_cues;
use super::nesting::{cut_before_quoted_reports, nested};
use super::quotes::QuoteSpan;
use super::sentence::Sentence;
use super::speaker::speaker_of;
use super::ArticleState;
use crate::lexicon::Lexicons;
use crate::model::{Claim, ClaimKind};

/// A reporting cue and what it reports.
#[derive(Debug, Clone)]
pub(super) struct Cue {
    /// First token of the cue.
    pub(super) first: usize,
    /// Token after the cue.
    pub(super) end: usize,
    /// The speaker's mention index, if found.
    pub(super) speaker: Option<usize>,
    /// Token range of the reported clause.
    pub(super) clause: Option<(usize, usize)>,
    /// Rule name stem.
    pub(super) rule: &'static str,
    /// A role read off the words before the speaker's name ("NetBlocks Director").
    pub(super) role: Option<String>,
    /// Token range of the words naming the speaker, appositions included.
    pub(super) span: Option<(usize, usize)>,
}

/// Finds the statements of one sentence and appends them to `out`.
pub fn statements(s: &Sentence, lex: &Lexicons, state: &mut ArticleState, out: &mut Vec<Claim>) {
    let before = out.len();
    if state.in_transcript_turn(s) {
        return;
    }
    match super::transcript::turn(s, state) {
        Some(c) => out.push(c),
        None => statements_of(s, lex, state, out),
    }
    if out.len() > before {
        state.statement_made(s.range.end);
    }
}

fn statements_of(s: &Sentence, lex: &Lexicons, state: &mut ArticleState, out: &mut Vec<Claim>) {
    let cues = find_cues(s, lex);
    let mut used_quotes = vec![false; s.quotes.len()];
    for (ci, cue) in cues.iter().enumerate() {
        let Some((a, b)) = cue.clause else { continue };
        let b = cut_before_quoted_reports(s, &cues, ci, a, b);
        if nested(s, &cues, ci) {
            continue;
        }
        // Counted once: the clause's words are asked for again below.
        let clause_words = s.words(a, b);
        if clause_words == 0 {
            continue;
        }
        let inside: Vec<usize> = (0..s.quotes.len())
            .filter(|&q| {
                !used_quotes[q]
                    && s.quotes[q].open >= s.toks[a].start
                    && s.quotes[q].open < s.toks[b - 1].end
            })
            .collect();
        let quoted_words: usize =
            inside.iter().map(|&q| words_in(s, s.quotes[q].start, s.quotes[q].end)).sum();
        let clause_words = clause_words.max(1);
        // Only a clause quoted all through (one word of slack) is a quote; a
        // partial quote in a clause ("said his numbers “don't add up”") is
        // reported speech, and the whole clause is what was reported.
        if !inside.is_empty() && quoted_words + 1 >= clause_words {
            for q in inside {
                used_quotes[q] = true;
                out.push(quote_claim(s, &s.quotes[q], cue, state, &format!("quote_{}", cue.rule)));
            }
        } else {
            inside.iter().for_each(|&q| used_quotes[q] = true);
            out.push(indirect_claim(s, cue, a, b, state));
        }
    }
    super::unclaimed::unclaimed_quotes(s, &cues, &used_quotes, state, out);
    super::unclaimed::note_lead_in(s, &cues, state);
}

pub(super) fn words_in(s: &Sentence, start: usize, end: usize) -> usize {
    s.toks.iter().filter(|t| t.word && t.start >= start && t.end <= end).count()
}

pub(super) fn base_quote(s: &Sentence, q: &QuoteSpan, rule: &str) -> Claim {
    let mut c = Claim::new("", ClaimKind::Quote, rule);
    c.content = s.text[q.start..q.end].to_string();
    c.start = q.start;
    c.end = q.end;
    c.sentence = s.as_str().to_string();
    c
}

pub(super) fn quote_claim(
    s: &Sentence,
    q: &QuoteSpan,
    cue: &Cue,
    state: &mut ArticleState,
    rule: &str,
) -> Claim {
    let mut c = base_quote(s, q, rule);
    attribute(&mut c, s, cue, state);
    c
}

pub(super) fn indirect_claim(
    s: &Sentence,
    cue: &Cue,
    a: usize,
    b: usize,
    state: &mut ArticleState,
) -> Claim {
    let mut c = Claim::new("", ClaimKind::Indirect, "");
    // The rule's name built in place: format! and a copy of its string cost
    // more than the rest of the claim.
    c.rule.reserve("indirect_".len() + cue.rule.len());
    c.rule.push_str("indirect_");
    c.rule.push_str(cue.rule);
    c.start = s.toks[a].start;
    c.end = s.toks[b - 1].end;
    c.content = s.text[c.start..c.end].to_string();
    c.sentence = s.as_str().to_string();
    attribute(&mut c, s, cue, state);
    c
}

pub(super) fn attribute(c: &mut Claim, s: &Sentence, cue: &Cue, state: &mut ArticleState) {
    c.cue = Some(s.slice(cue.first, cue.end).to_string());
    let m = cue.speaker.map(|i| &s.mentions[i]);
    let mut speaker = speaker_of(s, m, state);
    if let Some((a, b)) = cue.span {
        let words = s.slice(a, b).trim_end_matches([',', ' ']).to_string();
        if !words.is_empty() && speaker.mention.as_deref() != Some(words.as_str()) {
            speaker.mention = Some(words);
        }
    }
    if let Some(e) = m.and_then(|m| m.entity) {
        state.entities.touch(e, s.toks[cue.first].start, true);
        // "Textron said": whoever speaks is a name, not a plain opening word.
        state.entities.confirm(e);
    }
    c.speaker = speaker.name;
    c.speaker_mention = speaker.mention;
    c.speaker_role = cue.role.clone().or(speaker.role);
    if c.speaker.is_some() || c.speaker_mention.is_some() {
        state.remember_speaker(s.para, c);
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    use crate::extract::statement_kinds as statements;

    const PARTIAL_QUOTE: &str = "Rubio said only that his numbers “don’t add up” at all.";
    const WHOLE_QUOTE: &str = "Rubio said that “the numbers don’t add up.”";

    const PARENTHETICAL_CUE: &str =
        "If the law conflicts with the orders, Rubio said, Christians must ignore the law.";

    #[test]
    fn a_parenthetical_cue_reports_the_whole_sentence() {
        assert_eq!(
            statements(PARENTHETICAL_CUE),
            [(
                ClaimKind::Indirect,
                "If the law conflicts with the orders, Rubio said, Christians must ignore the law"
                    .to_string()
            )]
        );
    }

    const UNSAID: &str = "Zimmerman declined to say when the offering might occur. Acme Corp \
                          is expected to announce a merger. Butler was unable to confirm it.";
    const SAID_ABOUT_A_PLAN: &str = "Jane Okafor said Acme Corp plans to announce a merger.";

    #[test]
    fn an_infinitive_after_a_refusal_or_a_plan_is_unsaid() {
        assert!(statements(UNSAID).is_empty());
        assert_eq!(
            statements(SAID_ABOUT_A_PLAN),
            [(ClaimKind::Indirect, "Acme Corp plans to announce a merger".to_string())]
        );
    }

    const REQUEST_THAT: &str = "The regulator had asked that Facebook remove the limits on RIA, \
                                state television station Zvezda and Lenta.Ru.";
    const QUOTED_DEMAND: &str = "The union demanded that “the plant stay open.”";

    #[test]
    fn a_request_that_is_no_statement_but_a_quoted_one_is_a_quote() {
        assert!(statements(REQUEST_THAT).is_empty());
        assert_eq!(
            statements(QUOTED_DEMAND),
            [(ClaimKind::Quote, "the plant stay open.".to_string())]
        );
    }

    const QUOTE_AFTER_COMMA: &str =
        "On November 19, Labott tweeted, “House passes bill that could limit refugees.”";

    #[test]
    fn a_quote_after_cue_and_comma_is_the_report() {
        assert_eq!(
            statements(QUOTE_AFTER_COMMA),
            [(ClaimKind::Quote, "House passes bill that could limit refugees.".to_string())]
        );
    }

    const QUOTE_THEN_HEARER: &str =
        "“We will not panic,” Clinton told a crowd in Seattle on Tuesday night.";

    #[test]
    fn a_quote_before_the_speaker_is_the_report_of_told() {
        assert_eq!(
            statements(QUOTE_THEN_HEARER),
            [(ClaimKind::Quote, "We will not panic,".to_string())]
        );
    }

    fn speakers(text: &str) -> Vec<Option<String>> {
        crate::extract::claims_of(text)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Action)
            .map(|c| c.speaker_mention)
            .collect()
    }

    const PARTICIPLE_AFTER_ADJUNCT: &str = "At a rally in Portsmouth, N.H., on Tuesday, Senator \
        Bernie Sanders endorsed Mrs. Clinton, saying that she would make an outstanding president.";

    #[test]
    fn a_participle_skips_mentions_in_an_opening_adjunct() {
        assert_eq!(speakers(PARTICIPLE_AFTER_ADJUNCT), [Some("Senator Bernie Sanders".into())]);
    }

    #[test]
    fn a_partial_quote_reports_the_whole_clause() {
        assert_eq!(
            statements(PARTIAL_QUOTE),
            [(ClaimKind::Indirect, "his numbers “don’t add up” at all".to_string())]
        );
        assert_eq!(
            statements(WHOLE_QUOTE),
            [(ClaimKind::Quote, "the numbers don’t add up.".to_string())]
        );
    }
}
