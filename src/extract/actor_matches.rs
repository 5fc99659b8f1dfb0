//! The lexicon's actor names and descriptors found in a sentence, as the
//! mention finder asks for them: the match starting at a token.

use super::openers::{ACTOR, CAPITALISED_ACTOR};
use super::tokens::Token;
use crate::lexicon::{find_actors_in_tokens, ActorScan, KeyedWord, Lexicons};

/// Lexicon matches of a sentence, found at its word tokens; reused from
/// sentence to sentence of an article.
#[derive(Debug, Default)]
pub struct ActorMatches {
    /// (token index, start, end, actor index, descriptor?) of the longest
    /// match at each token where one starts, by token.
    list: Vec<(usize, usize, usize, usize, bool)>,
    /// A bit per token of the sentence, set where a match starts: most
    /// tokens start none, and the bit says so without a search.
    starts: Vec<u64>,
    /// A bit per token, set where a match starts at the token or the next:
    /// the mention finder asks this of most words, in one test.
    near: Vec<u64>,
    /// Where the scan of the sentences before left off: a match that ran
    /// on past its sentence still hides the matches it overlaps.
    scan: ActorScan,
}

impl ActorMatches {
    /// Finds the matches starting at the word tokens `toks` of the
    /// article's next sentence: those of the last sentence are forgotten.
    /// `lowered` are the tokens lower-cased, with their marks: a token of
    /// one ASCII word not marked [`ACTOR`] (or, capitalised,
    /// [`CAPITALISED_ACTOR`]) opens no match.
    pub fn find_in_sentence(
        &mut self,
        text: &str,
        toks: &[Token],
        lowered: &[KeyedWord],
        lex: &Lexicons,
    ) {
        self.list.clear();
        self.starts.clear();
        self.starts.resize(toks.len() / 64 + 1, 0);
        self.near.clear();
        self.near.resize(toks.len() / 64 + 1, 0);
        let words = (toks.iter().zip(lowered).filter(|(t, _)| t.word)).map(|(t, w)| {
            let marks = if t.capitalised { ACTOR | CAPITALISED_ACTOR } else { ACTOR };
            (t.start..t.end, t.ascii && !t.joined, w.marks() & marks != 0)
        });
        let (names, descriptors) = (&lex.actor_names, &lex.actor_descriptors);
        // Matches come by start: the token a match starts at is at or after the last one's.
        let mut tok = 0;
        find_actors_in_tokens(text, words, &mut self.scan, names, descriptors, |s, e, id, d| {
            while toks[tok].start < s {
                tok += 1;
            }
            match self.list.last_mut() {
                // A name and a descriptor at one token: the longer, the name if equally long.
                Some(last) if last.0 == tok => {
                    if e > last.2 {
                        *last = (tok, s, e, id, d);
                    }
                }
                _ => {
                    self.list.push((tok, s, e, id, d));
                    self.starts[tok / 64] |= 1 << (tok % 64);
                    for k in tok.saturating_sub(1)..=tok {
                        self.near[k / 64] |= 1 << (k % 64);
                    }
                }
            }
        });
    }

    /// True when a match starts at token `tok`.
    #[inline(always)]
    pub fn starts_at(&self, tok: usize) -> bool {
        self.starts.get(tok / 64).is_some_and(|bits| bits & (1 << (tok % 64)) != 0)
    }

    /// True when a match starts at token `tok` or the next.
    #[inline(always)]
    pub fn starts_at_or_after(&self, tok: usize) -> bool {
        self.near.get(tok / 64).is_some_and(|bits| bits & (1 << (tok % 64)) != 0)
    }

    /// The longest match starting at token `tok`: (start, end, actor
    /// index, descriptor?).
    pub fn at(&self, tok: usize) -> Option<(usize, usize, usize, bool)> {
        if !self.starts_at(tok) {
            return None;
        }
        let idx = self.list.partition_point(|m| m.0 < tok);
        self.list.get(idx).filter(|m| m.0 == tok).map(|&(_, s, e, id, d)| (s, e, id, d))
    }

    /// Number of tokens where a match starts.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}
