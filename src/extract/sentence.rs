//! One sentence, ready for the rules: tokens, lower-cased words, mentions, quotes.

use super::mentions::{Mention, MentionKind};
use super::quotes::QuoteSpan;
use super::tokens::Token;
use super::word_list::WordList;
use crate::lexicon::KeyedWord;
use std::ops::Range;

/// Words that open a subordinate clause: a subject is looked for after them.
pub const SUBORDINATORS: &[&str] = &[
    "that", "because", "although", "though", "while", "whereas", "if", "unless", "when",
    "whenever", "after", "before", "since", "until", "and", "but", "or", "so", "as", "once",
];

/// [`SUBORDINATORS`] with its filter: asked of every word of a subject's
/// segment, where a scan of the list compared strings at each.
pub(super) const SUBORDINATOR_LIST: WordList = WordList::new(SUBORDINATORS);

/// Auxiliaries and common irregular past forms that open a predicate.
const PREDICATE_OPENERS: &[&str] = &[
    "will", "would", "can", "could", "should", "may", "might", "must", "has", "have", "had", "is",
    "was", "are", "were", "did", "does", "gave", "made", "took", "sent", "put", "set", "went",
    "came", "got", "kept", "held", "brought", "thought", "won", "lost", "told", "wrote",
];

/// A sentence with everything the rules need.
#[derive(Debug)]
pub struct Sentence<'t> {
    /// The article text.
    pub text: &'t str,
    /// Byte range of the sentence.
    pub range: Range<usize>,
    /// Index of its paragraph.
    pub para: usize,
    /// Its tokens.
    pub toks: Vec<Token>,
    /// Lower-cased token texts.
    pub lowered: Vec<KeyedWord<'t>>,
    /// In title case (a headline): its capitals say nothing of names.
    pub headline: bool,
    /// Mentions, in order.
    pub mentions: Vec<Mention>,
    /// Quotations that open inside the sentence.
    pub quotes: Vec<QuoteSpan>,
}

impl<'t> Sentence<'t> {
    /// The sentence's text.
    pub fn as_str(&self) -> &'t str {
        &self.text[self.range.clone()]
    }

    /// The token after a dateline that opens the sentence ("LONDON -",
    /// "UNITED NATIONS --"), or 0: no subject nor report starts before it.
    pub fn body_start(&self) -> usize {
        let first = self.toks.iter().position(|t| t.word).unwrap_or(0);
        super::mentions::dateline_end(&self.toks, self.text, first).unwrap_or(0)
    }

    /// Text of tokens `a..b`.
    pub fn slice(&self, a: usize, b: usize) -> &'t str {
        if a >= b || b > self.toks.len() {
            return "";
        }
        &self.text[self.toks[a].start..self.toks[b - 1].end]
    }

    /// The token text at `i`.
    pub fn tok(&self, i: usize) -> &'t str {
        self.toks[i].text(self.text)
    }

    /// The mention starting at token `i`.
    pub fn mention_at(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.first == i)
    }

    /// The mention covering token `i`.
    pub fn mention_covering(&self, i: usize) -> Option<&Mention> {
        self.mentions.iter().find(|m| m.first <= i && i < m.end)
    }

    /// Number of words in tokens `a..b`.
    pub fn words(&self, a: usize, b: usize) -> usize {
        self.toks[a.min(b)..b].iter().filter(|t| t.word).count()
    }

    /// The subject of the verb at token `verb`: the nearest mention to its left
    /// in the same clause that is not inside a prepositional phrase or
    /// parentheses, skipping appositions between commas ("NetBlocks, a company
    /// that monitors internet access, claims").
    pub fn subject_before(&self, verb: usize) -> Option<usize> {
        self.subject(verb).0
    }

    /// The subject of the verb at `verb`: its mention (if it names an actor)
    /// and the token range of the words that name it, appositions included
    /// ("Huma Abedin, vice chairwoman for Clinton’s campaign," → all of it;
    /// "a new poll" → those words, with no mention).
    pub fn subject(&self, verb: usize) -> (Option<usize>, Option<(usize, usize)>) {
        let quoted = self.toks.get(verb).is_some_and(|t| t.quoted);
        let mut seg_end = verb;
        // "who" or "which" standing for the subject: it is the words that name
        // the speaker at the verb, as "he" would be, and the name before its
        // comma is who they are.
        let mut relative_at = None;
        let mut past_predicate = false;
        loop {
            let seg_start = self.segment_start(seg_end, quoted);
            // A segment closed by a comma before the verb may be an apposition
            // ("NetBlocks, a company that monitors ..., claims"): look past it.
            let comma_closed = seg_end < verb;
            // A segment of auxiliaries and adverbs only (", also said") names no one.
            let empty = self.words(seg_start, self.trim_auxiliaries(seg_start, seg_end)) == 0;
            let opens_sentence = seg_start == 0 || self.tok(seg_start - 1) != ",";
            // "Charles Barkley, who said ...": the relative pronoun stands for
            // the name before its comma, so the subject is looked for there.
            let relative = !comma_closed
                && !opens_sentence
                && self.relative_pronoun_at(seg_start)
                && self.trim_auxiliaries(seg_start + 1, seg_end) == seg_start + 1;
            // "a spokesman for X in Greenwich, Connecticut, and ...": the
            // state after a place's comma is part of the place.
            let place =
                comma_closed && !opens_sentence && self.place_continuation(seg_start, seg_end);
            if !empty
                && !relative
                && !place
                && (!comma_closed || !self.is_apposition(seg_start) || opens_sentence)
            {
                // "since" and "once" right before the verb are adverbs ("has since said").
                let subject_after = |i: usize| {
                    !matches!(self.lowered[i].as_str(), "since" | "once")
                        || self.trim_auxiliaries(i + 1, seg_end) > i + 1
                };
                let clause_start = (seg_start..seg_end)
                    .rev()
                    .find(|&i| {
                        SUBORDINATOR_LIST.holds(&self.lowered[i])
                            && self.mention_covering(i).is_none()
                            && subject_after(i)
                    })
                    .map_or(seg_start, |i| i + 1);
                let mention = self
                    .mentions
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| {
                        m.first >= clause_start && m.end <= seg_end && !m.in_pp && !m.in_parens
                    })
                    .filter(|(_, m)| !(m.possessive && m.end < seg_end && self.toks[m.end].word))
                    .map(|(i, _)| i)
                    .next_back();
                // The subject's words: the whole clause part when short ("former officials",
                // "the Times"), else from the mention on.
                let np_start = self.skip_connectives(clause_start, seg_end);
                let short = self.words(np_start, seg_end) <= 10;
                let start = match mention {
                    Some(m) if !short || self.mentions[m].first < np_start => {
                        self.mentions[m].first
                    }
                    _ => np_start,
                };
                if let Some(r) = relative_at {
                    // Only a name right before the comma is what "who" stands
                    // for ("the BBC Radio 1 chart show, which" is no "Radio").
                    let antecedent = mention.filter(|&m| self.mentions[m].end == seg_end);
                    return (antecedent, Some((r, r + 1)));
                }
                let end = self.trim_auxiliaries(start, verb);
                // "Clinton, who praised the pact, offered her firmest promise
                // that ...": a segment that opens with a verb is the predicate;
                // its subject stands before it.
                // Past a predicate, a nameless segment is an apposition
                // ("Christy Feig, WHO's director, casted doubt").
                let predicate = mention.is_none()
                    && relative_at.is_none()
                    && !opens_sentence
                    && (past_predicate || (start < seg_end && self.opens_predicate(start)));
                past_predicate |= predicate;
                if !predicate {
                    let plausible = mention.is_some()
                        || (end > start && self.words(start, end) <= 10 && self.toks[start].word);
                    return (mention, plausible.then_some((start, end)).filter(|(a, b)| a < b));
                }
            }
            if opens_sentence {
                return (None, relative_at.map(|r| (r, r + 1)));
            }
            if relative {
                relative_at = Some(seg_start);
            }
            seg_end = seg_start - 1;
        }
    }

    /// True when token `i` reads as the verb that opens a predicate: an
    /// auxiliary or a lower-case past or -ing form ("offered", "repeating").
    pub(super) fn opens_predicate(&self, i: usize) -> bool {
        let w = self.lowered[i].as_str();
        let lower = self.tok(i).chars().next().is_some_and(char::is_lowercase);
        lower
            && self.toks[i].word
            && (PREDICATE_OPENERS.contains(&w)
                || (w.len() > 4 && (w.ends_with("ed") || w.ends_with("ing"))))
    }

    /// True when the comma segment `a..b` is one short name that goes on a
    /// place named in a prepositional phrase before its comma ("in Norfolk,
    /// Va.", "in Greenwich, Connecticut").
    pub(super) fn place_continuation(&self, a: usize, b: usize) -> bool {
        let mut b = self.trim_auxiliaries(a, b);
        while b > a && !self.toks[b - 1].word {
            b -= 1; // "Va."
        }
        let one_name =
            self.mentions.iter().any(|m| m.first == a && m.end >= b && m.end - m.first <= 2);
        let after_place = a >= 2
            && self.tok(a - 1) == ","
            && self.mention_covering(a - 2).is_some_and(|m| m.in_pp && m.kind == MentionKind::Name);
        one_name && after_place
    }

    /// True when token `i` is the relative pronoun "who" or "which".
    pub fn relative_pronoun_at(&self, i: usize) -> bool {
        matches!(self.lowered.get(i).map(KeyedWord::as_str), Some("who" | "which"))
    }

    /// Skips leading connectives and punctuation ("But", "However,").
    fn skip_connectives(&self, mut a: usize, end: usize) -> usize {
        while a < end
            && (!self.toks[a].word
                || matches!(
                    self.lowered[a].as_str(),
                    "but"
                        | "and"
                        | "however"
                        | "so"
                        | "yet"
                        | "still"
                        | "meanwhile"
                        | "also"
                        | "now"
                        | "then"
                ))
        {
            a += 1;
        }
        a
    }

    /// The end of a subject before `verb`, without auxiliaries, adverbs and commas.
    pub fn trim_auxiliaries(&self, start: usize, verb: usize) -> usize {
        let mut end = verb;
        while end > start {
            let w = self.lowered[end - 1].as_str();
            let aux = matches!(
                w,
                "has"
                    | "have"
                    | "had"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "will"
                    | "would"
                    | "did"
                    | "does"
                    | "do"
                    | "also"
                    | "later"
                    | "earlier"
                    | "again"
                    | "then"
                    | "now"
                    | "once"
                    | "already"
                    | "previously"
                    | "repeatedly"
                    | "reportedly"
                    | ","
                    | "—"
                    | "–"
                    | "never"
                    | "not"
                    | "just"
                    | "since"
            ) || (w.ends_with("ly")
                && self.toks[end - 1].word
                // "Jolly said": a name, not an adverb.
                && self.mention_covering(end - 1).is_none());
            if !aux {
                break;
            }
            end -= 1;
        }
        end
    }

    /// The start of the comma segment that ends at `end`, within the same
    /// quotation status; commas inside parentheses do not count.
    fn segment_start(&self, end: usize, quoted: bool) -> usize {
        let mut parens = 0;
        let mut start = end;
        while start > 0 {
            let t = start - 1;
            if self.toks[t].quoted != quoted {
                break;
            }
            // Only punctuation ends a segment: a word's text is not sliced.
            if !self.toks[t].word {
                let s = self.tok(t);
                if self.is_quote_mark(t) || matches!(s, ";" | ":" | "—" | "–") {
                    break;
                }
                // "He came. The customer refused": a full stop inside a quotation
                // kept whole, after a lower-case word and before a capital.
                let full_stop = s == "."
                    && t > 0
                    && self.tok(t - 1).starts_with(char::is_lowercase)
                    && self.toks.get(t + 1).is_some_and(|n| n.is_capitalised());
                if full_stop {
                    break;
                }
                // Reuters brackets names ("<Goldman, Sachs and Co>"): no list commas inside.
                match s {
                    ")" | ">" => parens += 1,
                    "(" | "<" => parens -= 1,
                    "," if parens <= 0 => break,
                    _ => {}
                }
            }
            start -= 1;
        }
        start
    }

    /// True when the segment starting at token `i` reads as an apposition or
    /// a relative clause ("a company that ...", "who ...", "Russia's regulator").
    pub fn is_apposition(&self, i: usize) -> bool {
        let w = self.lowered[i].as_str();
        matches!(
            w,
            "a" | "an"
                | "the"
                | "who"
                | "which"
                | "whose"
                | "where"
                | "himself"
                | "herself"
                | "itself"
        ) || self.toks[i].word
            && self.tok(i).chars().next().is_some_and(char::is_lowercase)
            && !SUBORDINATORS.contains(&w)
            || self.mention_at(i).is_some_and(|m| m.kind == MentionKind::Descriptor || m.possessive)
            || self.toks[i].word && self.tok(i).chars().all(|c| c.is_ascii_digit())
    }
}
