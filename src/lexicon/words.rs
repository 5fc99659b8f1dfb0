//! Maps and sets keyed by words, with a bit filter in front of the hash map.
//!
//! The rules ask the word lists about most tokens ("is it a role? a
//! pronoun? a descriptor?"), and most tokens are no key. A bit of the
//! filter stands for the word's length and its first, second and last
//! bytes: reading four bytes and testing a bit costs far less than hashing
//! the word and probing the map, and a word whose bit is clear is no key.

use super::keyed_word::LookupWord;
// Fx hashing: the keys are short lexicon words.
use rustc_hash::FxHashMap as HashMap;

/// Bits of a filter (a power of two): 8 KB, which stays in the cache.
const FILTER_BITS: usize = 1 << 16;

/// Words of a filter.
const FILTER_WORDS: usize = FILTER_BITS / 64;

/// The bits of a set of words; a word whose bit is clear is not in the set.
/// A fixed-size array: a bit's word is found without a bounds check.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Box<[u64; FILTER_WORDS]>,
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter { bits: Box::new([0; FILTER_WORDS]) }
    }
}

impl WordFilter {
    /// Lets `word` through from now on.
    pub fn add(&mut self, word: &str) {
        let bit = word_bit(word);
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    /// True when a word whose filter bit is `bit` may have been added.
    pub fn has_bit(&self, bit: usize) -> bool {
        let bit = bit % FILTER_BITS;
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// False when `word` was never added (true may be a collision).
    #[inline(always)]
    pub fn may_hold<W: LookupWord + ?Sized>(&self, word: &W) -> bool {
        // A bit is below FILTER_BITS: the modulo changes nothing but tells
        // the compiler the index is in range.
        let bit = word.filter_bit() % FILTER_BITS;
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The filter bit of a word: its length and its first, second and last
/// bytes, mixed. A `const fn`, so that constant word lists can build
/// filters of their own at compile time.
#[inline(always)]
pub(crate) const fn word_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return 0 };
    let second = if b.len() > 1 { b[1] } else { 0 };
    bit_of(first, second, last, b.len())
}

/// [`word_bit`] of an ASCII word lower-cased, without the copy.
#[inline(always)]
fn ascii_lower_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return 0 };
    let second = if b.len() > 1 { b[1].to_ascii_lowercase() } else { 0 };
    bit_of(first.to_ascii_lowercase(), second, last.to_ascii_lowercase(), b.len())
}

/// The filter bit of a word's first, second (0 if none) and last bytes and its length.
#[inline(always)]
const fn bit_of(first: u8, second: u8, last: u8, len: usize) -> usize {
    let len = if len < 255 { len } else { 255 };
    let mixed = first as u32 | (second as u32) << 8 | (last as u32) << 16 | (len as u32) << 24;
    (mixed.wrapping_mul(0x9E37_79B1) >> 16) as usize % FILTER_BITS
}

/// A map from words, asked through its filter.
#[derive(Debug, Clone)]
pub struct WordMap<V> {
    map: HashMap<String, V>,
    filter: WordFilter,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap { map: HashMap::default(), filter: WordFilter::default() }
    }
}

impl<V> WordMap<V> {
    /// Adds or replaces the value of `word`, returning the old one.
    pub fn insert(&mut self, word: String, value: V) -> Option<V> {
        self.filter.add(&word);
        self.map.insert(word, value)
    }

    /// The value of `word`, made by `V::default()` if it has none yet.
    pub fn get_or_default(&mut self, word: String) -> &mut V
    where
        V: Default,
    {
        self.filter.add(&word);
        self.map.entry(word).or_default()
    }

    /// The value of `word`. Inlined up to the filter, which turns most words away.
    #[inline(always)]
    pub fn get<W: LookupWord + ?Sized>(&self, word: &W) -> Option<&V> {
        if !self.filter.may_hold(word) {
            return None;
        }
        self.get_from_map(word.text())
    }

    #[inline(never)]
    fn get_from_map(&self, word: &str) -> Option<&V> {
        self.map.get(word)
    }

    /// The filter of the words.
    pub fn filter(&self) -> &WordFilter {
        &self.filter
    }

    /// False when `word` lower-cased has no value, told without lower-casing
    /// it when it is ASCII (true may be a collision).
    #[inline]
    pub fn may_hold_lower_case_of(&self, word: &str) -> bool {
        !word.is_ascii() || self.filter.has_bit(ascii_lower_bit(word))
    }

    /// True when `word` has a value.
    #[inline(always)]
    pub fn contains_key<W: LookupWord + ?Sized>(&self, word: &W) -> bool {
        self.get(word).is_some()
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

impl<V> FromIterator<(String, V)> for WordMap<V> {
    fn from_iter<I: IntoIterator<Item = (String, V)>>(iter: I) -> Self {
        let mut map = WordMap::default();
        for (word, value) in iter {
            map.insert(word, value);
        }
        map
    }
}

/// A set of words, asked through its filter.
#[derive(Debug, Clone, Default)]
pub struct WordSet(WordMap<()>);

impl WordSet {
    /// Adds `word`; true when it was not in the set.
    pub fn insert(&mut self, word: String) -> bool {
        self.0.insert(word, ()).is_none()
    }

    /// The filter of the words.
    pub fn filter(&self) -> &WordFilter {
        self.0.filter()
    }

    /// True when `word` is in the set.
    #[inline(always)]
    pub fn contains<W: LookupWord + ?Sized>(&self, word: &W) -> bool {
        self.0.contains_key(word)
    }

    /// Number of words.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    /// True when there are no words.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl FromIterator<String> for WordSet {
    fn from_iter<I: IntoIterator<Item = String>>(iter: I) -> Self {
        WordSet(iter.into_iter().map(|w| (w, ())).collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_keeps_every_word() {
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}x")).collect();
        let map: WordMap<usize> = words.iter().cloned().zip(0..).collect();
        let set: WordSet = words.iter().cloned().collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(&i));
            assert!(set.contains(w));
        }
        assert!(map.get("said").is_none() && !set.contains("") && !set.contains("w1"));
        assert_eq!((map.len(), set.len()), (5000, 5000));
        for w in ["W1X", "w17X", "W", "", "Zürich", "SAID"] {
            let lower = w.to_lowercase();
            assert!(!map.contains_key(lower.as_str()) || map.may_hold_lower_case_of(w), "{w}");
            assert!(!w.is_ascii() || ascii_lower_bit(w) == word_bit(&lower), "{w}");
        }
    }
}
