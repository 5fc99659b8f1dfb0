//! Closed word lists asked about the words of a sentence, most of which
//! are in none: a test of a list and a list with a filter of its own.

#[cfg(test)]
use crate::lexicon::KeyedWord;
use crate::lexicon::{word_bit, LookupWord};

/// True when `word` is in `list`, as `list.contains(&word)`: the length and
/// first byte are compared first, so most words cost no memcmp call (these
/// lists are asked about most tokens).
#[inline]
pub(super) fn is_one_of(list: &[&str], word: &str) -> bool {
    let first = word.as_bytes().first();
    list.iter().any(|w| w.len() == word.len() && w.as_bytes().first() == first && *w == word)
}

/// A closed word list, with a 256-bit filter of its words' filter bits
/// built at compile time: asked about a sentence's lower-cased word, whose
/// bit is known, it turns most words away without comparing a string.
pub(super) struct WordList {
    words: &'static [&'static str],
    bits: [u64; 4],
}

impl WordList {
    /// The list of `words` and its filter.
    pub(super) const fn new(words: &'static [&'static str]) -> WordList {
        let mut bits = [0u64; 4];
        let mut i = 0;
        while i < words.len() {
            let bit = word_bit(words[i]) % 256;
            bits[bit / 64] |= 1 << (bit % 64);
            i += 1;
        }
        WordList { words, bits }
    }

    /// False when `word` is not in the list (true may be a collision).
    #[inline(always)]
    pub(super) fn may_hold<W: LookupWord + ?Sized>(&self, word: &W) -> bool {
        let bit = word.filter_bit() % 256;
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// True when `word` is in the list, as `is_one_of(words, word)`. A
    /// `str` has its bit worked out, still cheaper than a scan of the list.
    #[inline(always)]
    pub(super) fn holds<W: LookupWord + ?Sized>(&self, word: &W) -> bool {
        self.may_hold(word) && is_one_of(self.words, word.text())
    }
}

/// A filter of the words of several lists in `64 * N` bits, built at
/// compile time: for a list asked about words mostly not in it, too long
/// for [`WordList`]'s 256 bits.
pub(super) struct BitFilter<const N: usize>([u64; N]);

impl<const N: usize> BitFilter<N> {
    /// The filter of the words of `lists`.
    pub(super) const fn new(lists: &[&[&str]]) -> BitFilter<N> {
        let mut bits = [0u64; N];
        let mut l = 0;
        while l < lists.len() {
            let mut i = 0;
            while i < lists[l].len() {
                let bit = word_bit(lists[l][i]) % (64 * N);
                bits[bit / 64] |= 1 << (bit % 64);
                i += 1;
            }
            l += 1;
        }
        BitFilter(bits)
    }

    /// False when `word` is in none of the lists (true may be a collision).
    #[inline(always)]
    pub(super) fn may_hold(&self, word: &str) -> bool {
        let bit = word_bit(word) % (64 * N);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_holds_what_its_list_holds() {
        const WORDS: &[&str] = &["de", "la", "the", "of", "in", "a", "several", "x-ray"];
        const LIST: WordList = WordList::new(WORDS);
        let others = ["", "x", "dos", "said", "ofthe", "tHe", "del.", "an", "ray"];
        for w in WORDS.iter().chain(&others) {
            assert_eq!(LIST.holds(&KeyedWord::new(w)), is_one_of(WORDS, w), "{w}");
            assert_eq!(LIST.holds(*w), is_one_of(WORDS, w), "{w}");
        }
    }

    #[test]
    fn a_bit_filter_keeps_every_word_of_its_lists() {
        const MORE: &[&str] = &["monday", "today"];
        const FILTER: BitFilter<16> = BitFilter::new(&[&["de", "la", "the"], MORE]);
        for w in ["de", "la", "the", "monday", "today"] {
            assert!(FILTER.may_hold(w), "{w}");
        }
        let passed =
            ["obama", "reuters", "thex", "said", "ab"].iter().filter(|w| FILTER.may_hold(w));
        assert!(passed.count() < 5);
    }
}
