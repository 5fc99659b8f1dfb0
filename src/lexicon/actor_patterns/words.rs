//! The words that actor patterns are grouped and looked up by: runs of
//! alphanumeric characters, each with a hash of its bytes as they are and
//! ASCII-lower-cased.
//!
//! The scan runs over every byte of every article, so it is kept cheap: a
//! table classifies ASCII bytes, and the hashes take the word eight bytes at
//! a time once its end is known (a byte-at-a-time hash cost two multiplies
//! per byte). A hash is a function of the word's bytes alone; a collision
//! only costs a comparison in the groups, never a false match.

use crate::byte_class::{ASCII_WORD, CLASS, OTHER};
use std::ops::Range;

/// A word: a run of alphanumeric characters, with hashes of its bytes as
/// they are and ASCII-lower-cased.
pub(super) struct Word {
    pub start: usize,
    pub end: usize,
    pub exact: u64,
    pub folded: u64,
}

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
/// Inlined: it runs at every word of the text, and returns a word through
/// memory otherwise.
#[inline(always)]
pub(super) fn next_word(text: &str, from: usize) -> Option<Word> {
    let bytes = text.as_bytes();
    let mut i = from;
    // Skip to a word start.
    loop {
        if i >= bytes.len() {
            return None;
        }
        if CLASS[usize::from(bytes[i])] == OTHER {
            i += 1;
            continue;
        }
        let (word, len) = classify(text, i);
        if word {
            break;
        }
        i += len;
    }
    let start = i;
    while i < bytes.len() {
        // An ASCII letter or digit, by far the most common, takes one step.
        if CLASS[usize::from(bytes[i])] == ASCII_WORD {
            i += 1;
            continue;
        }
        let (word, len) = classify(text, i);
        if !word {
            break;
        }
        i += len;
    }
    let (exact, folded) = hashes(bytes, start, i);
    Some(Word { start, end: i, exact, folded })
}

/// The first word of the word token `token`: the token itself when it is
/// `one_word`, one ASCII run of letters and digits (no word end to look for).
#[inline(always)]
pub(super) fn token_word(text: &str, token: Range<usize>, one_word: bool) -> Word {
    if one_word {
        let (exact, folded) = hashes(text.as_bytes(), token.start, token.end);
        return Word { start: token.start, end: token.end, exact, folded };
    }
    // A token starts with a letter or digit, so its first word starts with it.
    next_word(text, token.start).unwrap_or(Word {
        start: token.start,
        end: token.end,
        exact: 0,
        folded: 0,
    })
}

/// The hashes of `bytes[start..end]` as they are and ASCII-lower-cased,
/// where every ASCII byte is a letter or a digit (the bytes of a word, or of
/// a prefix of one). Inlined: it runs once per word of the text.
#[inline(always)]
pub(super) fn hashes(bytes: &[u8], start: usize, end: usize) -> (u64, u64) {
    let (mut exact, mut folded) = (SEED, SEED);
    let mut at = start;
    while end - at > 8 {
        let chunk = load(bytes, at);
        exact = mix(exact, chunk);
        folded = mix(folded, fold(chunk));
        at += 8;
    }
    // The last one to eight bytes, zero-padded: a word holds no zero byte.
    let chunk = tail_chunk(bytes, at, end);
    (mix(exact, chunk), mix(folded, fold(chunk)))
}

/// The last one to eight bytes of a word, `bytes[at..end]`, zero-padded.
#[inline(always)]
fn tail_chunk(bytes: &[u8], at: usize, end: usize) -> u64 {
    if at + 8 <= bytes.len() {
        load(bytes, at) & u64::MAX >> (8 * (8 - (end - at)))
    } else {
        bytes[at..end].iter().rev().fold(0, |x, &b| x << 8 | u64::from(b))
    }
}

/// The eight bytes at `at`, which the caller checked are there.
#[inline(always)]
fn load(bytes: &[u8], at: usize) -> u64 {
    let mut b = [0; 8];
    b.copy_from_slice(&bytes[at..at + 8]);
    u64::from_le_bytes(b)
}

/// ASCII lower case of eight bytes at once: a letter or digit becomes
/// itself with bit 0x20 set (digits have it already); bytes past ASCII, and
/// zero bytes of a tail, stay as they are.
#[inline(always)]
fn fold(x: u64) -> u64 {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // 0x80 in each byte that is nonzero and below 0x80.
    let nonzero = (x & LOW7).wrapping_add(LOW7) | x;
    let ascii = !x & HIGH & nonzero;
    x | ascii >> 2
}

const SEED: u64 = 0xcbf2_9ce4_8422_2325;

/// One chunk more of a hash; the rotation brings the product's well-mixed
/// high bits down to the low bits, which the filter reads.
#[inline(always)]
fn mix(hash: u64, chunk: u64) -> u64 {
    (hash ^ chunk).wrapping_mul(0x9E37_79B9_7F4A_7C15).rotate_left(29)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytewise_folded(word: &[u8]) -> Vec<u8> {
        word.iter().map(u8::to_ascii_lowercase).collect()
    }

    #[test]
    fn the_folded_hash_is_the_hash_of_the_lower_case_word() {
        let words = ["Gazprom", "GAZPROM", "gazprom", "US", "ÖBB", "Zürich", "A1B2C3D4E5F6", "x"];
        for w in words {
            let lower = bytewise_folded(w.as_bytes());
            let at_end = hashes(w.as_bytes(), 0, w.len());
            let padded = format!("{w} and more text");
            let in_text = hashes(padded.as_bytes(), 0, w.len());
            let of_lower = hashes(&lower, 0, lower.len());
            assert_eq!(at_end, in_text, "{w}");
            assert_eq!(at_end.1, of_lower.1, "{w}");
            assert_eq!(of_lower.0, of_lower.1, "{w}");
        }
    }

    #[test]
    fn words_and_their_hashes() {
        let text = "the U.S. Congress’s chair, Zürich";
        let mut words = Vec::new();
        let mut next = next_word(text, 0);
        while let Some(w) = next {
            next = next_word(text, w.end);
            words.push(&text[w.start..w.end]);
        }
        assert_eq!(words, ["the", "U", "S", "Congress", "s", "chair", "Zürich"]);
        assert_ne!(hashes(b"ab", 0, 2), hashes(b"abc", 0, 3));
    }
}
