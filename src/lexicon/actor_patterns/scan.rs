//! The scans that find actor patterns: at every word of a text (the
//! reference the tests compare with), or at the word tokens of one stretch
//! after another, as the extractor reads sentences.

use super::words::{next_word, token_word, Word};
use super::ActorPatterns;
use std::ops::Range;

/// Every longest match of `names` and of `descriptors` that starts at a word
/// start and ends on a word boundary, as (start, end, actor index,
/// descriptor?): left to right, matches of one set not overlapping. The
/// extractor asks [`find_actors_in_tokens`]; this one is the reference its
/// tests compare with.
pub fn find_actors(
    text: &str,
    names: &ActorPatterns,
    descriptors: &ActorPatterns,
    mut found: impl FnMut(usize, usize, usize, bool),
) {
    let mut scan = ActorScan::default();
    let mut next = next_word(text, 0);
    while let Some(word) = next {
        next = next_word(text, word.end);
        scan.match_word(text, &word, next.as_ref(), names, descriptors, &mut found);
    }
}

/// Where a scan stands between one stretch of text and the next: the
/// ends of the last matches, which the next match of each set starts at or after.
#[derive(Debug, Default, Clone, Copy)]
pub struct ActorScan {
    names_until: usize,
    descriptors_until: usize,
}

/// [`find_actors`] at the starts of word tokens only: `tokens` are the
/// byte ranges of a stretch of text's words, in order, each with whether
/// it is one ASCII word (all its bytes letters and digits, as the
/// tokenizer saw) and whether a pattern may start with it (false only when
/// its ASCII-lower-cased text is known to be no pattern's first word), from
/// where `scan` left the last stretch. A match no longer starts inside a
/// token (the "S" of "U.S"), and the bytes between words are not scanned
/// again.
#[inline(never)]
pub fn find_actors_in_tokens(
    text: &str,
    tokens: impl Iterator<Item = (Range<usize>, bool, bool)>,
    scan: &mut ActorScan,
    names: &ActorPatterns,
    descriptors: &ActorPatterns,
    mut found: impl FnMut(usize, usize, usize, bool),
) {
    for (token, one_word, marked) in tokens {
        // A token of one ASCII word that no pattern starts with: passed
        // over unhashed (it is hashed only as a word's next, when asked).
        if one_word && !marked {
            continue;
        }
        let word = token_word(text, token, one_word);
        if scan.may_match(&word, names, descriptors) {
            // The word after: the token's second ("S" of "U.S"), the next
            // token's first, or the first after the stretch.
            let next = next_word(text, word.end);
            scan.match_word(text, &word, next.as_ref(), names, descriptors, &mut found);
        }
    }
}

impl ActorScan {
    /// True when a match of either set may start at `word` (hashed): the
    /// set's last match does not cover it and its first-word filter lets it by.
    #[inline(always)]
    fn may_match(&self, word: &Word, names: &ActorPatterns, descriptors: &ActorPatterns) -> bool {
        (word.start >= self.names_until && names.may_start(word))
            || (word.start >= self.descriptors_until && descriptors.may_start(word))
    }

    /// The longest match of each set at `word` (followed by `next`) unless
    /// the set's last match covers it.
    #[inline(always)]
    fn match_word(
        &mut self,
        text: &str,
        word: &Word,
        next: Option<&Word>,
        names: &ActorPatterns,
        descriptors: &ActorPatterns,
        found: &mut impl FnMut(usize, usize, usize, bool),
    ) {
        if word.start >= self.names_until {
            if let Some((end, id)) = names.match_at(text, word.start, word, next) {
                found(word.start, end, id, false);
                self.names_until = end;
            }
        }
        if word.start >= self.descriptors_until {
            if let Some((end, id)) = descriptors.match_at(text, word.start, word, next) {
                found(word.start, end, id, true);
                self.descriptors_until = end;
            }
        }
    }
}
