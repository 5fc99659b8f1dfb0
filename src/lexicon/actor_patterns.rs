//! Actor names and descriptors, found in an article's text.
//!
//! Why not one unanchored scan: the automaton over ~11,000 names is tens of
//! MB, and a scan walks it at every byte, missing the cache at almost every
//! step (a fifth of extraction time). A name only counts at a word start, so
//! the search runs anchored there, and only when the word and the next are
//! the first two words of some pattern (or the word is a whole one-word
//! pattern): a 32 KB bit filter of word-pair hashes, which stays in the
//! cache, answers that for most words. Pairs, not first words alone: many
//! descriptors start with a common word ("US", "South", "world's").
//!
//! The automaton is compiled on first use (or by [`ActorPatterns::warm`]):
//! a re-index of unchanged articles never extracts, and skips its cost.

use crate::{Error, Result};
use aho_corasick::{
    AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input, MatchKind, StartKind,
};
use std::sync::OnceLock;

/// Bits of the word-pair filter (a power of two).
const FILTER_BITS: usize = 1 << 18;

/// One set of patterns (names, or descriptors) mapping to actor indexes.
#[derive(Debug)]
pub struct ActorPatterns {
    /// The patterns, until the automaton is built from them.
    strings: Vec<String>,
    /// Built once, on first use.
    ac: OnceLock<std::result::Result<AhoCorasick, String>>,
    /// Pattern index → actor index.
    ids: Vec<usize>,
    ignore_case: bool,
    /// Hashes of the patterns' first two words (of the first word and
    /// [`NO_WORD`] for a one-word pattern), one bit each.
    word_pairs: Vec<u64>,
}

impl ActorPatterns {
    /// Compiles `patterns` (pattern, actor index); `ignore_case` is ASCII case-insensitivity.
    pub fn new(patterns: Vec<(String, usize)>, ignore_case: bool) -> Result<ActorPatterns> {
        let mut word_pairs = vec![0u64; FILTER_BITS / 64];
        let hash = |w: &Word| if ignore_case { w.folded } else { w.exact };
        for (p, _) in &patterns {
            match next_word(p, 0) {
                Some(w) if w.start == 0 => {
                    let second = next_word(p, w.end).map_or(NO_WORD, |w2| hash(&w2));
                    set_bit(&mut word_pairs, pair(hash(&w), second))
                }
                _ => {
                    let msg = format!("actor lexicon: {p:?} does not begin with a letter or digit");
                    return Err(Error::Other(msg));
                }
            }
        }
        let (strings, ids): (Vec<String>, Vec<usize>) = patterns.into_iter().unzip();
        Ok(ActorPatterns { strings, ac: OnceLock::new(), ids, ignore_case, word_pairs })
    }

    /// Builds the automaton now, reporting a failure (only a pattern set
    /// beyond the automaton's size limits fails). Commands that extract call
    /// it before they start, so a build error is never silent.
    pub fn warm(&self) -> Result<()> {
        self.automaton().map(|_| ()).map_err(|e| Error::Other(format!("actor lexicon: {e}")))
    }

    fn automaton(&self) -> std::result::Result<&AhoCorasick, &String> {
        self.ac
            .get_or_init(|| {
                AhoCorasickBuilder::new()
                    .match_kind(MatchKind::LeftmostLongest)
                    .ascii_case_insensitive(self.ignore_case)
                    .start_kind(StartKind::Anchored)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&self.strings)
                    .map_err(|e| e.to_string())
            })
            .as_ref()
    }

    /// The longest match starting at the word at `start` (followed by the
    /// word `next`; their hashes, folded or not as this set wants, are
    /// given), if it ends on a word boundary (a possessive ’s may follow):
    /// (end, actor index).
    fn match_at(
        &self,
        text: &str,
        start: usize,
        word: &Word,
        next: Option<&Word>,
    ) -> Option<(usize, usize)> {
        let hash = |w: &Word| if self.ignore_case { w.folded } else { w.exact };
        // A match holds the pattern's bytes, and ends on a boundary: its
        // first two words are the text's first two words here.
        let first = hash(word);
        let two_words = next.is_some_and(|n| has_bit(&self.word_pairs, pair(first, hash(n))));
        if !two_words && !has_bit(&self.word_pairs, pair(first, NO_WORD)) {
            return None;
        }
        let input = Input::new(text).range(start..).anchored(Anchored::Yes);
        // A failed build was reported by `warm`; it matches nothing.
        let m = self.automaton().ok()?.find(input)?;
        ends_on_boundary(text, m.end()).then(|| (m.end(), self.ids[m.pattern().as_usize()]))
    }
}

/// Every longest match of `names` and of `descriptors` that starts at a word
/// start and ends on a word boundary, as (start, end, actor index,
/// descriptor?): left to right, matches of one set not overlapping.
pub fn find_actors(
    text: &str,
    names: &ActorPatterns,
    descriptors: &ActorPatterns,
    mut found: impl FnMut(usize, usize, usize, bool),
) {
    let (mut names_until, mut descriptors_until) = (0, 0);
    let mut next = next_word(text, 0);
    while let Some(word) = next {
        next = next_word(text, word.end);
        if word.start >= names_until {
            if let Some((end, id)) = names.match_at(text, word.start, &word, next.as_ref()) {
                found(word.start, end, id, false);
                names_until = end;
            }
        }
        if word.start >= descriptors_until {
            if let Some((end, id)) = descriptors.match_at(text, word.start, &word, next.as_ref()) {
                found(word.start, end, id, true);
                descriptors_until = end;
            }
        }
    }
}

/// A word: a run of alphanumeric characters, with hashes of its bytes as
/// they are and ASCII-lower-cased.
struct Word {
    start: usize,
    end: usize,
    exact: u64,
    folded: u64,
}

/// Byte classes for the word scan: most text is ASCII, and a table lookup
/// per byte is far cheaper than decoding a char and asking its category.
const OTHER: u8 = 0;
const ASCII_WORD: u8 = 1;
/// The first byte of a multi-byte char: decode it to classify it.
const NON_ASCII: u8 = 2;

const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let u = b as u8;
        if u.is_ascii_alphanumeric() {
            t[b] = ASCII_WORD;
        } else if u >= 0x80 {
            t[b] = NON_ASCII;
        }
        b += 1;
    }
    t
};

/// The length of the char at `i` if it is alphanumeric (a word char), and
/// the length of the char in any case. Inlined: it runs once per byte.
#[inline(always)]
fn classify(text: &str, i: usize) -> (bool, usize) {
    match CLASS[usize::from(text.as_bytes()[i])] {
        ASCII_WORD => (true, 1),
        OTHER => (false, 1),
        _ => {
            let c = text[i..].chars().next().unwrap_or(' ');
            (c.is_alphanumeric(), c.len_utf8())
        }
    }
}

/// The next word at or after byte `from`, which must not be inside a word.
fn next_word(text: &str, from: usize) -> Option<Word> {
    let bytes = text.as_bytes();
    let mut i = from;
    // Skip to a word start.
    loop {
        if i >= bytes.len() {
            return None;
        }
        let (word, len) = classify(text, i);
        if word {
            break;
        }
        i += len;
    }
    let start = i;
    const SEED: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x100_0000_01b3;
    let (mut exact, mut folded) = (SEED, SEED);
    while i < bytes.len() {
        let (word, len) = classify(text, i);
        if !word {
            break;
        }
        for &b in &bytes[i..i + len] {
            exact = (exact ^ u64::from(b)).wrapping_mul(PRIME);
            folded = (folded ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(PRIME);
        }
        i += len;
    }
    Some(Word { start, end: i, exact, folded })
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
mod tests {
    use super::*;

    fn matches(patterns: &[&str], ignore_case: bool, text: &str) -> Vec<String> {
        let set = ActorPatterns::new(
            patterns.iter().enumerate().map(|(i, p)| (p.to_string(), i)).collect(),
            ignore_case,
        )
        .unwrap();
        let none = ActorPatterns::new(vec![("Nobody".into(), 0)], false).unwrap();
        let mut out = Vec::new();
        find_actors(text, &set, &none, |s, e, id, _| {
            out.push(format!("{}={}", &text[s..e], patterns[id]))
        });
        out
    }

    #[test]
    fn whole_words_only_longest_first() {
        const TEXT: &str = "Meta and Metallica; Meta Platforms’s unit, MetaMeta, éMeta.";
        let got = matches(&["Meta", "Meta Platforms"], false, TEXT);
        assert_eq!(got, ["Meta=Meta", "Meta Platforms=Meta Platforms"]);
    }

    #[test]
    fn descriptors_ignore_ascii_case() {
        const TEXT: &str = "The Russian telecom watchdog said; the RUSSIAN TELECOM WATCHDOG";
        let got = matches(&["Russian telecom watchdog"], true, TEXT);
        assert_eq!(got.len(), 2);
    }

    #[test]
    fn a_shorter_bounded_name_inside_a_failed_longer_one_still_counts() {
        // "Sputnik" starts a word after the unbounded "RT" candidate fails.
        const TEXT: &str = "RTX, Sputnik and RT.";
        let got = matches(&["RT", "Sputnik"], false, TEXT);
        assert_eq!(got, ["Sputnik=Sputnik", "RT=RT"]);
    }

    #[test]
    fn one_and_two_word_patterns_with_the_same_first_word() {
        const TEXT: &str = "US Navy, US Army’s staff, US-Army, USA, the US.";
        let got = matches(&["US", "US Army"], false, TEXT);
        assert_eq!(got, ["US=US", "US Army=US Army", "US=US", "US=US"]);
        assert_eq!(matches(&["us army"], true, "the US ARMY and US armies").len(), 1);
    }
}
