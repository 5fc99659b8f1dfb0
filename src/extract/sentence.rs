//! One sentence, ready for the rules: tokens, lower-cased words, mentions, quotes.

use super::mentions::{Mention, MentionKind};
use super::quotes::QuoteSpan;
use super::tokens::Token;
use std::ops::Range;

/// Words that open a subordinate clause: a subject is looked for after them.
pub const SUBORDINATORS: &[&str] = &[
    "that", "because", "although", "though", "while", "whereas", "if", "unless", "when",
    "whenever", "after", "before", "since", "until", "and", "but", "or", "so", "as", "once",
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
    pub lowered: Vec<String>,
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

    /// True when token `i` is a quotation mark.
    pub fn is_quote_mark(&self, i: usize) -> bool {
        !self.toks[i].word
            && matches!(self.tok(i), "“" | "”" | "\"" | "«" | "»" | "„" | "‘" | "’" | "'")
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
        let mut seg_end = verb;
        let mut k = verb;
        let mut parens = 0;
        loop {
            // Walk left to the start of this comma segment.
            let mut seg_start = k;
            while seg_start > 0 {
                let t = seg_start - 1;
                let s = self.tok(t);
                if self.toks[t].quoted
                    || self.is_quote_mark(t)
                    || matches!(s, ";" | ":" | "—" | "–")
                {
                    break;
                }
                if s == ")" {
                    parens += 1;
                } else if s == "(" {
                    parens -= 1;
                } else if s == "," && parens <= 0 {
                    break;
                }
                seg_start -= 1;
            }
            let clause_start = (seg_start..seg_end)
                .rev()
                .find(|&i| {
                    SUBORDINATORS.contains(&self.lowered[i].as_str())
                        && self.mention_covering(i).is_none()
                })
                .map_or(seg_start, |i| i + 1);
            let found = self
                .mentions
                .iter()
                .enumerate()
                .filter(|(_, m)| {
                    m.first >= clause_start && m.end <= seg_end && !m.in_pp && !m.in_parens
                })
                .filter(|(_, m)| {
                    !(m.possessive
                        && m.kind == MentionKind::Name
                        && m.end < seg_end
                        && self.toks[m.end].word)
                })
                .map(|(i, _)| i)
                .next_back();
            let empty = self.words(seg_start, seg_end) == 0;
            if found.is_some() {
                return found;
            }
            let appositive = !empty && self.is_apposition(seg_start);
            let boundary_here = seg_start == 0 || self.tok(seg_start - 1) != ",";
            if boundary_here || !(empty || appositive) {
                return None;
            }
            seg_end = seg_start - 1;
            k = seg_end;
        }
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
            || self.mention_at(i).is_some_and(|m| m.kind == MentionKind::Descriptor)
            || self.toks[i].word && self.tok(i).chars().all(|c| c.is_ascii_digit())
    }

    /// The mentions coordinated with mention `m` by "and" or commas ("Facebook
    /// and Instagram"), in text order, `m` included.
    pub fn coordinated(&self, m: usize) -> Vec<usize> {
        let mut group = vec![m];
        // Leftwards: "A, B and C": from C back to A.
        let mut cur = m;
        while cur > 0 {
            let prev = cur - 1;
            let (a, b) = (self.mentions[prev].end, self.mentions[cur].first);
            let between: Vec<&str> = (a..b).map(|i| self.lowered[i].as_str()).collect();
            if matches!(between.as_slice(), ["and"] | [","] | [",", "and"] | ["or"] | [",", "or"])
                && self.mentions[prev].in_pp == self.mentions[cur].in_pp
            {
                group.insert(0, prev);
                cur = prev;
            } else {
                break;
            }
        }
        cur = m;
        while cur + 1 < self.mentions.len() {
            let next = cur + 1;
            let (a, b) = (self.mentions[cur].end, self.mentions[next].first);
            let mut between: Vec<&str> = (a..b).map(|i| self.lowered[i].as_str()).collect();
            // "Russia Today (RT), and Sputnik": skip a parenthesised acronym.
            if let Some(close) = between.iter().position(|w| *w == ")") {
                if between.first() == Some(&"(") {
                    between.drain(..=close);
                }
            }
            if matches!(between.as_slice(), ["and"] | [","] | [",", "and"] | ["or"] | [",", "or"])
                && !self.mentions[next].in_parens
            {
                group.push(next);
                cur = next;
            } else {
                break;
            }
        }
        group
    }
}
