//! Actor names and descriptors, found in an article's text.
//!
//! A pattern only counts from a word start to a word boundary, so where it
//! counts, its first two words are the text's first two words there (for a
//! one-word pattern: the text's word, and [`NO_WORD`]). The patterns (~6,700
//! names, ~6,400 descriptors) are therefore grouped by a hash of that pair,
//! each group longest first. At a word start, a bit filter of the patterns'
//! first words, then a 32 KB bit filter of the pairs, which stay in the
//! cache, turn most words away; otherwise the group of the
//! word and the next and the group of the word alone are compared with the
//! text byte by byte (ignoring ASCII case for descriptors), so a hash
//! collision costs a comparison, never a false match. Pairs, not first words
//! alone: many descriptors start with a common word ("US", "South", "world's").
//!
//! Why no automaton: one unanchored Aho–Corasick scan walked a multi-MB
//! automaton at every byte, missing the cache at almost every step (a fifth
//! of extraction time); the two anchored automata that replaced it, run only
//! at the words that passed the filter, cost ~300 M instructions to build, a
//! quarter of a 2,000-article run and most of a one-article run. The groups
//! are a sort and a hash map (~14 M instructions for both sets), and a search
//! in them costs less than the anchored automaton's.
//!
//! The match at a word is what that automaton (leftmost-longest) found: the
//! longest pattern the text starts with there (of equally long ones, the
//! first given), and no match if it does not end on a word boundary. So a
//! longer pattern that ends inside the next word hides a shorter one: "US"
//! is no match in "US Congressman" while "US Congress" is a pattern. Such a
//! pattern is the only one that can be longer than a bounded match yet lie
//! outside the two groups searched; [`ActorPatterns::longer_into`] looks for
//! it. (Kept so that the output did not change; without it, "US" would count
//! there.)

use super::WordFilter;
use crate::{Error, Result};
use rustc_hash::FxHashMap as HashMap;
pub use scan::{find_actors, find_actors_in_tokens, ActorScan};
use std::ops::Range;
use words::{hashes, next_word, Word};

mod scan;
mod words;

/// Bits of the word-pair filter (a power of two).
const FILTER_BITS: usize = 1 << 18;

/// One set of patterns (names, or descriptors) mapping to actor indexes.
#[derive(Debug)]
pub struct ActorPatterns {
    /// The patterns' bytes, one after another.
    bytes: Vec<u8>,
    /// The patterns, grouped by the hash of their first two words, each group
    /// longest first, then in the order given.
    candidates: Vec<Candidate>,
    /// Word-pair hash → its group in `candidates`.
    groups: HashMap<u64, Range<u32>>,
    ignore_case: bool,
    /// Hashes of the patterns' first two words (of the first word and
    /// [`NO_WORD`] for a one-word pattern), one bit each.
    word_pairs: Vec<u64>,
    /// Hashes of the patterns' first words, one bit each: most words of a
    /// text begin no pattern, and one bit says so before any pair is hashed.
    first_words: Vec<u64>,
    /// The patterns' first words, ASCII-lower-cased, in the filter the
    /// extractor marks a sentence's lower-cased words by: those a token of
    /// any case may match.
    lowered_first_words: WordFilter,
    /// The same of the first words only a capitalised token can match (a
    /// case-sensitive pattern's that starts with an ASCII capital): lower-case
    /// "the", "to" and "a" are first words of names ("The Times", "To Lam"),
    /// and marked by the filter above they were hashed at every turn.
    lowered_capitalised_first_words: WordFilter,
    /// Tests: as if every word pair's hash were the same.
    #[cfg(test)]
    all_colliding: bool,
}

/// One pattern.
#[derive(Debug, Clone, Copy)]
struct Candidate {
    /// Its bytes in [`ActorPatterns::bytes`].
    start: u32,
    len: u32,
    /// Its position in the list given: of two equally long matches, the first wins.
    index: u32,
    /// The actor it names.
    actor: u32,
}

/// A pattern found at a word start: (end, candidate).
type Found = (usize, Candidate);

impl ActorPatterns {
    /// Groups `patterns` (pattern, actor index); `ignore_case` is ASCII
    /// case-insensitivity. Fails on a pattern that does not begin with a
    /// letter or digit.
    pub fn new<S: AsRef<str>>(
        patterns: Vec<(S, usize)>,
        ignore_case: bool,
    ) -> Result<ActorPatterns> {
        let mut word_pairs = vec![0u64; FILTER_BITS / 64];
        let mut first_words = vec![0u64; FILTER_BITS / 64];
        let hash = |w: &Word| if ignore_case { w.folded } else { w.exact };
        let mut bytes = Vec::with_capacity(patterns.iter().map(|(p, _)| p.as_ref().len()).sum());
        let mut keyed = Vec::with_capacity(patterns.len());
        let too_big = || Error::Other("actor lexicon: more than 4 GB of patterns".into());
        let (mut lowered_first_words, mut lowered) = (WordFilter::default(), String::new());
        let mut lowered_capitalised_first_words = WordFilter::default();
        for (index, (p, actor)) in patterns.iter().enumerate() {
            let p = p.as_ref();
            let key = match next_word(p, 0) {
                Some(w) if w.start == 0 => {
                    set_bit(&mut first_words, hash(&w));
                    lowered.clear();
                    lowered.push_str(&p[..w.end]);
                    lowered.make_ascii_lowercase();
                    match !ignore_case && p.as_bytes()[0].is_ascii_uppercase() {
                        true => lowered_capitalised_first_words.add(&lowered),
                        false => lowered_first_words.add(&lowered),
                    }
                    let second = next_word(p, w.end).map_or(NO_WORD, |w2| hash(&w2));
                    pair(hash(&w), second)
                }
                _ => {
                    let msg = format!("actor lexicon: {p:?} does not begin with a letter or digit");
                    return Err(Error::Other(msg));
                }
            };
            set_bit(&mut word_pairs, key);
            let candidate = Candidate {
                start: u32::try_from(bytes.len()).map_err(|_| too_big())?,
                len: u32::try_from(p.len()).map_err(|_| too_big())?,
                index: u32::try_from(index).map_err(|_| too_big())?,
                actor: u32::try_from(*actor).map_err(|_| too_big())?,
            };
            bytes.extend_from_slice(p.as_bytes());
            keyed.push((key, candidate));
        }
        keyed.sort_unstable_by_key(|(key, c)| (*key, std::cmp::Reverse(c.len), c.index));
        let mut groups = HashMap::default();
        let mut from = 0;
        for (i, (key, _)) in keyed.iter().enumerate() {
            if keyed.get(i + 1).is_none_or(|(next, _)| next != key) {
                // At most one group a key: the list is sorted by key.
                groups.insert(*key, from as u32..i as u32 + 1);
                from = i + 1;
            }
        }
        let candidates = keyed.into_iter().map(|(_, c)| c).collect();
        Ok(ActorPatterns {
            bytes,
            candidates,
            groups,
            ignore_case,
            word_pairs,
            first_words,
            lowered_first_words,
            lowered_capitalised_first_words,
            #[cfg(test)]
            all_colliding: false,
        })
    }

    /// The longest pattern (of equally long ones, the first given) that the
    /// text starts with at `start`, among those of the word pair `key`.
    fn longest_in(&self, key: u64, text: &str, start: usize) -> Option<Found> {
        let rest = &text.as_bytes()[start..];
        // Longest first: the first that matches is the longest.
        self.group(key)?.iter().find_map(|c| {
            let pattern = &self.bytes[c.start as usize..(c.start + c.len) as usize];
            let here = rest.get(..pattern.len())?;
            // A group's patterns share their first two words: the last
            // byte turns most of them away before the bytes are compared.
            let (last, last_here) = (pattern.last()?, here.last()?);
            let same = if self.ignore_case {
                last.eq_ignore_ascii_case(last_here) && here.eq_ignore_ascii_case(pattern)
            } else {
                last == last_here && here == pattern
            };
            same.then_some((start + pattern.len(), *c))
        })
    }

    fn group(&self, key: u64) -> Option<&[Candidate]> {
        #[cfg(test)]
        if self.all_colliding {
            return Some(&self.candidates);
        }
        let range = self.groups.get(&key)?;
        Some(&self.candidates[range.start as usize..range.end as usize])
    }

    /// The longest match starting at the word at `start` (followed by the
    /// word `next`), if it ends on a word boundary (a possessive ’s may
    /// follow): (end, actor index). Inlined: it runs at every word, and the
    /// filter turns most words away.
    #[inline(always)]
    fn match_at(
        &self,
        text: &str,
        start: usize,
        word: &Word,
        next: Option<&Word>,
    ) -> Option<(usize, usize)> {
        if !self.may_start(word) {
            return None;
        }
        let first = self.hash(word);
        // A match holds the pattern's bytes, and ends on a boundary: its
        // first two words are the text's first two words here.
        let passes = |key: u64| has_bit(&self.word_pairs, key).then_some(key);
        let two_words = next.and_then(|n| passes(pair(first, self.hash(n))));
        let one_word = passes(pair(first, NO_WORD));
        if two_words.is_none() && one_word.is_none() {
            return None;
        }
        self.match_in_groups(text, start, first, next, [two_words, one_word])
    }

    /// [`Self::match_at`] once the filter has let the word pairs `keys` through.
    #[inline(never)]
    fn match_in_groups(
        &self,
        text: &str,
        start: usize,
        first: u64,
        next: Option<&Word>,
        keys: [Option<u64>; 2],
    ) -> Option<(usize, usize)> {
        let (end, found) = keys
            .into_iter()
            .flatten()
            .filter_map(|key| self.longest_in(key, text, start))
            .reduce(longer)?;
        if !ends_on_boundary(text, end) {
            return None;
        }
        if let Some(n) = next.filter(|n| end <= n.start) {
            if self.longer_into(text, start, first, n, end) {
                return None;
            }
        }
        Some((end, found.actor as usize))
    }

    /// True when a pattern that the text starts with at `start` (a word
    /// whose hash is `first`) ends inside the next word `next`, after `end`:
    /// that pattern is the longest, and as it ends inside a word, there is
    /// no match here. Its second word is a strict prefix of `next`, so it is
    /// in the group of the word and that prefix.
    fn longer_into(&self, text: &str, start: usize, first: u64, next: &Word, end: usize) -> bool {
        // The prefixes of `next`, but not the whole word.
        for prefix_end in next.start + 1..next.end {
            if !text.is_char_boundary(prefix_end) {
                continue;
            }
            let (exact, folded) = hashes(text.as_bytes(), next.start, prefix_end);
            let key = pair(first, if self.ignore_case { folded } else { exact });
            if has_bit(&self.word_pairs, key)
                && self.longest_in(key, text, start).is_some_and(|(e, _)| e > end)
            {
                return true;
            }
        }
        false
    }

    /// True unless the first-word filter says no pattern starts with `word`.
    #[inline(always)]
    fn may_start(&self, word: &Word) -> bool {
        has_bit(&self.first_words, self.hash(word))
    }

    /// The filter of the patterns' first words that a token of any case may
    /// match, ASCII-lower-cased (of the filter bits [`super::KeyedWord`]s carry).
    pub fn lowered_first_word_filter(&self) -> &WordFilter {
        &self.lowered_first_words
    }

    /// The filter of the first words that only a capitalised token can
    /// match, ASCII-lower-cased: those of the case-sensitive patterns that
    /// start with an ASCII capital.
    pub fn lowered_capitalised_first_word_filter(&self) -> &WordFilter {
        &self.lowered_capitalised_first_words
    }

    /// The first words of the patterns (a word once a pattern).
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.candidates.iter().filter_map(|c| {
            let pattern = &self.bytes[c.start as usize..(c.start + c.len) as usize];
            // Patterns are whole strs, and start with a word.
            let pattern = std::str::from_utf8(pattern).ok()?;
            next_word(pattern, 0).map(|w| &pattern[w.start..w.end])
        })
    }

    #[inline(always)]
    fn hash(&self, w: &Word) -> u64 {
        if self.ignore_case {
            w.folded
        } else {
            w.exact
        }
    }
}

/// The longer of two matches; of equally long ones, the pattern given first.
fn longer(a: Found, b: Found) -> Found {
    if (a.0, std::cmp::Reverse(a.1.index)) >= (b.0, std::cmp::Reverse(b.1.index)) {
        a
    } else {
        b
    }
}

/// The second "word" of a one-word pattern.
const NO_WORD: u64 = 0;

/// The filter's hash of a word and the one after it.
fn pair(first: u64, second: u64) -> u64 {
    first ^ second.rotate_left(23).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

fn set_bit(bits: &mut [u64], hash: u64) {
    let bit = (hash ^ (hash >> 29)) as usize % FILTER_BITS;
    bits[bit / 64] |= 1 << (bit % 64);
}

fn has_bit(bits: &[u64], hash: u64) -> bool {
    let bit = (hash ^ (hash >> 29)) as usize % FILTER_BITS;
    bits[bit / 64] & (1 << (bit % 64)) != 0
}

fn ends_on_boundary(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    !rest.chars().next().is_some_and(char::is_alphanumeric)
        || rest.starts_with("’s")
        || rest.starts_with("'s")
}

#[cfg(test)]
mod tests;
