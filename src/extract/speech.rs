//! Statements: direct quotes and reported speech, each with its speaker.
//!
//! Every reporting cue of the sentence (a verb of `cue_verbs.tsv`, or a phrase
//! such as "according to") gets a speaker and a clause: the words it reports.
//! A clause quoted all through gives quote claims; otherwise (a partial
//! quote included) one indirect claim over the whole clause. Quotes left
//! without a cue continue the speaker of the sentence or paragraph before.

use super::clause::{
    clause_end, clause_start, clause_starter, quote_led_end, skip_to_content, CUE_ADVERBS,
};
use super::nesting::{cut_before_quoted_reports, nested};
use super::participle::{call_for_cue, gerund_quote_cue, participial_cue};
use super::quotes::QuoteSpan;
use super::sentence::Sentence;
use super::speaker::{
    closing_speaker_end, coordinated_subject, last_adjacent, named_through, opens_clause,
    skip_apposition, speaker_of,
};
use super::ArticleState;
use crate::lexicon::{CuePhraseKind, Lexicons, VerbSlot};
use crate::model::{Claim, ClaimKind};

/// Verbs whose object is the hearer, before the reported clause ("told reporters that").
const HEARER_VERBS: &[&str] = &[
    "tell", "inform", "assure", "remind", "warn", "advise", "brief", "promise", "reassure",
    "convince", "notify", "caution", "urge", "ask",
];

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
    statements_of(s, lex, state, out);
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
        if nested(s, &cues, ci) || s.words(a, b) == 0 {
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
        let clause_words = s.words(a, b).max(1);
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

fn find_cues(s: &Sentence, lex: &Lexicons) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        if s.toks[i].quoted || !s.toks[i].word {
            i += 1;
            continue;
        }
        if let Some(m) = lex.cue_phrases.longest(&s.lowered[i..]) {
            if *m.value == CuePhraseKind::SourceFollows {
                cues.push(source_follows(s, i, i + m.words));
                i += m.words;
                continue;
            }
        }
        let capitalised = i > 0 && s.tok(i).chars().next().is_some_and(char::is_uppercase);
        if let Some(m) = lex.cue_verbs.longest(&s.lowered[i..]).filter(|_| !capitalised) {
            let end = i + m.words;
            let noun_use = i > 0
                && matches!(
                    s.lowered[i - 1].as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "these"
                        | "those"
                        | "such"
                );
            let lemma = m.value.lemma.as_str();
            let gerund_only = m.value.slots == [VerbSlot::Gerund];
            let present =
                m.value.slots.iter().all(|v| matches!(v, VerbSlot::Base | VerbSlot::ThirdPerson));
            let noun_use = noun_use
                || (m.value.noun && present && !super::nouns::verbal_context(s, lex, i, end));
            let next = s.lowered.get(end).map_or("", String::as_str);
            let after_next = s.lowered.get(end + 1).map_or("", String::as_str);
            let not_speech = NOT_SPEECH_AFTER.contains(&next)
                || (lemma == "call" && matches!(next, "on" | "in"))
                || (next == "to"
                    && matches!(
                        after_next,
                        "be" | "have" | "do" | "make" | "take" | "go" | "get" | "help"
                    ))
                || (1..=3).any(|d| i >= d && SPECULATIVE.contains(&s.lowered[i - d].as_str()));
            // "called on X to “...”", "calling for “...”": a demand, reported when quoted.
            if lemma == "call" && matches!(next, "on" | "for") {
                cues.extend(call_for_cue(s, &cues, i, end + 1));
            }
            // "Trump is telling reporters that ...": a progressive is a finite verb.
            let progressive = gerund_only && progressive_aux(s, i);
            // ", saying ..." / ", adding ...": the main clause's subject speaks.
            if gerund_only && !progressive && !not_speech && i > 0 {
                let after_comma = m.value.bare && s.tok(i - 1) == ",";
                let cue = after_comma.then(|| participial_cue(s, &cues, i, end)).flatten();
                if let Some(cue) = cue.or_else(|| gerund_quote_cue(s, &cues, i, end)) {
                    cues.push(cue);
                }
            }
            if !noun_use && (!gerund_only || progressive) && !not_speech {
                if let Some(cue) = verb_cue(s, i, end, m.value.bare, HEARER_VERBS.contains(&lemma))
                {
                    cues.push(cue);
                }
            }
            i = end;
            continue;
        }
        i += 1;
    }
    let characterisations = super::characterize::characterisation_cues(s, lex, &cues);
    cues.extend(characterisations);
    cues
}

/// "according to X": the clause is the rest of the sentence.
fn source_follows(s: &Sentence, first: usize, end: usize) -> Cue {
    let n = s.toks.len();
    // The source's own words run to the comma (past a parenthesis or an
    // apposition: "according to Lorella Praeli, Clinton's Latino vote director,").
    let speaker = s.mentions.iter().position(|m| m.first >= end && m.first <= end + 3);
    let mut source_end =
        (end..n).find(|&k| matches!(s.tok(k), "," | "." | ";") || s.is_quote_mark(k)).unwrap_or(n);
    if let Some(m) = speaker {
        source_end = source_end.max(named_through(s, s.mentions[m].end));
    }
    let trim_end =
        |b: usize| if b > 0 && !s.toks[b - 1].word && !s.is_quote_mark(b - 1) { b - 1 } else { b };
    let clause = if first > 1 && s.tok(first - 1) == "," {
        Some((0, trim_end(first - 1)))
    } else {
        // "According to X, ...": after the comma that ends the source.
        (source_end..n).find(|&k| s.tok(k) == ",").map(|c| (c + 1, trim_end(n)))
    };
    let span = (source_end > end).then_some((end, source_end));
    Cue {
        first,
        end,
        speaker,
        clause: clause.filter(|(a, b)| b > a),
        rule: "according_to",
        role: None,
        span,
    }
}

/// A cue verb followed by one of these is not reporting speech ("called upon", "said to be").
const NOT_SPEECH_AFTER: &[&str] = &["upon", "for", "off", "up", "out", "into", "down", "away"];

/// True when a form of "be" (perhaps with an adverb) stands right before the
/// -ing form at `i`: "is telling", "was also saying", "’s claiming".
fn progressive_aux(s: &Sentence, i: usize) -> bool {
    let be =
        |k: usize| matches!(s.lowered[k].as_str(), "is" | "are" | "was" | "were" | "’s" | "'s");
    let adverb =
        |k: usize| s.lowered[k].ends_with("ly") || CUE_ADVERBS.contains(&s.lowered[k].as_str());
    (i >= 1 && be(i - 1)) || (i >= 2 && adverb(i - 1) && be(i - 2))
}

/// Modals before a cue make it speculation, not a report ("could have reasoned").
const SPECULATIVE: &[&str] = &["could", "may", "might", "would", "should", "must"];

/// A cue verb at `first..end`: its speaker and its clause.
fn verb_cue(s: &Sentence, first: usize, end: usize, bare: bool, hearer: bool) -> Option<Cue> {
    let n = s.toks.len();
    let after_quote = first > 0 && (s.is_quote_mark(first - 1) || s.tok(first - 1) == ",");
    // Inverted: "“...,” said NetBlocks Director Alp Toker" / "..., said Smith."
    // The speaker right after the verb, perhaps behind lower-case role words ("said retired neurosurgeon Ben Carson").
    let first_after = s.mentions.iter().position(|m| {
        m.first >= end
            && m.first <= end + 4
            && (end..m.first)
                .all(|k| s.toks[k].word && s.tok(k).chars().next().is_some_and(char::is_lowercase))
    });
    let inverted = first_after.filter(|_| after_quote).map(|m| (m, last_adjacent(s, m))).filter(
        |&(_, last)| {
            let after = skip_apposition(s, s.mentions[last].end);
            s.is_quote_mark(first - 1)
                || after >= n
                || matches!(s.tok(after), "." | "," | ";" | "!" | "?")
        },
    );
    let role = inverted
        .filter(|(a, b)| a != b)
        .map(|(a, b)| s.slice(s.mentions[a].first, s.mentions[b].first).to_string());
    let inverted_span = inverted.map(|(_, b)| (end, closing_speaker_end(s, s.mentions[b].end)));
    let inverted = inverted.map(|(_, last)| last);
    let (mut subject, mut subject_span) =
        if inverted.is_some() { (None, None) } else { s.subject(first) };
    if inverted.is_none() && subject.is_none() {
        if let Some(m) = coordinated_subject(s, first) {
            subject = Some(m);
            subject_span = Some((s.mentions[m].first, named_through(s, s.mentions[m].end)));
        }
    }
    let speaker = inverted.or(subject);
    let span = inverted_span.or(subject_span);
    let speaker_end = inverted.map_or(end, |m| s.mentions[m].end);
    let k = skip_to_content(s, speaker_end, hearer);
    // "On Thursday, Labott tweeted, “...”": a quote after a comma is the report
    // when no quote stands before the speaker (“Q1,” he said, “Q2” is one quote).
    let first_named = span.map_or(first, |(a, _)| a.min(first));
    let k = if k + 1 < n
        && s.tok(k) == ","
        && s.is_quote_mark(k + 1)
        && inverted.is_none()
        && !(0..first_named).any(|t| s.is_quote_mark(t))
    {
        k + 1
    } else {
        k
    };
    let starts_clause = k < n
        && (s.lowered[k] == "that" || s.tok(k) == ":" || s.is_quote_mark(k) || s.toks[k].quoted);
    // “...,” Clinton told a crowd in Seattle: the quote is the report, not what follows.
    let named_at = s.toks.get(first_named).map_or(s.range.end, |t| t.start);
    let quote_before = s.quotes.iter().any(|q| {
        q.open == s.range.start
            && q.closed
            && q.close <= named_at
            && s.text[q.close..named_at].trim_matches([' ', ',']).is_empty()
    });
    let bare_clause = bare && !quote_before && k < n && s.words(k, n) >= 3 && clause_starter(s, k);
    if starts_clause || bare_clause {
        let a = if matches!(s.lowered[k].as_str(), "that" | ":") { k + 1 } else { k };
        let b = quote_led_end(s, a).unwrap_or_else(|| clause_end(s, a));
        let rule = if inverted.is_some() {
            "cue_inverted"
        } else if s.lowered[k] == "that" {
            "cue_that"
        } else {
            "cue_before"
        };
        return (b > a && s.words(a, b) >= 1).then_some(Cue {
            first,
            end,
            speaker,
            clause: Some((a, b)),
            rule,
            role: role.clone(),
            span,
        });
    }
    // Post position: "<clause>, X said." — the clause is what came before the speaker.
    let speaker_start = match (inverted, span) {
        (None, Some((a, _))) => a.min(first),
        _ => first,
    };
    let mut b = speaker_start;
    // The reported clause ends in a comma, dash or closing quote before the speaker.
    let separated =
        b > 0 && (matches!(s.tok(b - 1), "," | "—" | "–" | ":") || s.is_quote_mark(b - 1));
    while b > 0 && !s.toks[b - 1].word && !s.is_quote_mark(b - 1) {
        b -= 1;
    }
    let after = skip_apposition(s, k);
    let closes_quote =
        b > 0 && s.is_quote_mark(b - 1) || speaker_start > 0 && s.is_quote_mark(speaker_start - 1);
    let ends_here =
        after >= n || matches!(s.tok(after), "." | "," | ";" | "!" | "?" | "—") || closes_quote;
    // "As X said, ...": the clause after the comma is the report.
    let as_clause = speaker_start > 0 && s.lowered[speaker_start - 1] == "as";
    if as_clause && after < n && s.tok(after) == "," {
        let b = clause_end(s, after + 1);
        return (s.words(after + 1, b) >= 3).then_some(Cue {
            first,
            end,
            speaker,
            clause: Some((after + 1, b)),
            rule: "cue_as",
            role: role.clone(),
            span,
        });
    }
    if separated && ends_here {
        let a = clause_start(s, b);
        // A parenthetical cue ("Over the years, she said, email has helped"):
        // the report runs on after it, so the clause is the whole sentence.
        let named_end = match (inverted, span) {
            (Some(_), Some((_, e))) => e.max(after),
            _ => k,
        };
        let goes_on = named_end + 1 < n
            && s.tok(named_end) == ","
            && s.toks[named_end + 1].word
            && !s.toks[named_end + 1].quoted
            && !opens_clause(&s.lowered[named_end + 1]);
        let b = if goes_on { clause_end(s, named_end + 1) } else { b };
        let rule = if inverted.is_some() { "cue_inverted_after" } else { "cue_after" };
        return (s.words(a, b) >= 1).then_some(Cue {
            first,
            end,
            speaker,
            clause: Some((a, b)),
            rule,
            role: role.clone(),
            span,
        });
    }
    // A quote shortly after the cue: "accused Facebook of infringing on “...”".
    let next_quote = s.quotes.iter().find(|q| q.open >= s.toks[end - 1].end)?;
    let q_tok = s.toks.iter().position(|t| t.start >= next_quote.open)?;
    let between_cue = (end..q_tok).any(|i| s.toks[i].word && s.lowered[i] == "said");
    (s.words(end, q_tok) <= 15 && !between_cue).then(|| Cue {
        first,
        end,
        speaker,
        clause: Some((end, quote_clause_end(s, next_quote.close))),
        rule: "cue_quote_follows",
        role,
        span,
    })
}

/// The token index just after the quote that closes at byte `close`.
fn quote_clause_end(s: &Sentence, close: usize) -> usize {
    s.toks.iter().position(|t| t.start >= close).unwrap_or(s.toks.len())
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
    let mut c = Claim::new("", ClaimKind::Indirect, &format!("indirect_{}", cue.rule));
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
