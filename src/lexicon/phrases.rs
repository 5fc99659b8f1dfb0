//! Multi-word entries matched over a token sequence, longest first.

// Fx hashing: the keys are short lexicon words, looked up once per token.
use rustc_hash::FxHashMap as HashMap;

/// Entries keyed by their first word, matched word by word (lower-case).
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    by_first: HashMap<String, Vec<(Vec<String>, T)>>,
    /// A bit per [`first_word_bit`] of the first words: most text words are no
    /// first word, and a bit test turns them away before the string is hashed.
    first_words: Vec<u64>,
    len: usize,
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable { by_first: HashMap::default(), first_words: vec![0; FILTER_BITS / 64], len: 0 }
    }
}

/// Bits of the first-word filter (a power of two): 8 KB, which stays in the cache.
const FILTER_BITS: usize = 1 << 16;

/// The filter bit of a word: its length and its first, second and last bytes,
/// mixed (reading four bytes costs far less than hashing the word).
#[inline(always)]
fn first_word_bit(word: &str) -> usize {
    let b = word.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else { return 0 };
    let second = b.get(1).copied().unwrap_or(0);
    let mixed = u32::from(first)
        | u32::from(second) << 8
        | u32::from(last) << 16
        | (b.len().min(255) as u32) << 24;
    (mixed.wrapping_mul(0x9E37_79B1) >> 16) as usize % FILTER_BITS
}

/// A match: how many words it spans and its entry.
#[derive(Debug, Clone, Copy)]
pub struct PhraseMatch<'a, T> {
    /// Number of words matched.
    pub words: usize,
    /// The entry.
    pub value: &'a T,
}

impl<T> PhraseTable<T> {
    /// Adds `phrase` (words separated by spaces); longer phrases are tried first.
    pub fn insert(&mut self, phrase: &str, value: T) {
        let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
        let Some(first) = words.first().cloned() else { return };
        let rest = words[1..].to_vec();
        let bit = first_word_bit(&first);
        self.first_words[bit / 64] |= 1 << (bit % 64);
        let bucket = self.by_first.entry(first).or_default();
        bucket.push((rest, value));
        bucket.sort_by_key(|b| std::cmp::Reverse(b.0.len()));
        self.len += 1;
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// True when the filter lets `first` through: it may be a first word.
    #[inline(always)]
    fn may_start(&self, first: &str) -> bool {
        let bit = first_word_bit(first);
        self.first_words[bit / 64] & (1 << (bit % 64)) != 0
    }

    /// The entries whose first word is `first`.
    fn bucket(&self, first: &str) -> Option<&Vec<(Vec<String>, T)>> {
        if !self.may_start(first) {
            return None;
        }
        self.by_first.get(first)
    }

    /// The longest entry starting at `words[0]`; `words` are lower-case.
    /// Inlined: it runs at most tokens, and the filter turns most away.
    #[inline(always)]
    pub fn longest<'a, S: AsRef<str>>(&'a self, words: &[S]) -> Option<PhraseMatch<'a, T>> {
        let first = words.first()?;
        if !self.may_start(first.as_ref()) {
            return None;
        }
        self.longest_in_bucket(words)
    }

    #[inline(never)]
    fn longest_in_bucket<'a, S: AsRef<str>>(&'a self, words: &[S]) -> Option<PhraseMatch<'a, T>> {
        let bucket = self.by_first.get(words.first()?.as_ref())?;
        bucket.iter().find_map(|(rest, value)| {
            let matches = rest.len() < words.len()
                && rest.iter().zip(&words[1..]).all(|(a, b)| a == b.as_ref());
            matches.then_some(PhraseMatch { words: rest.len() + 1, value })
        })
    }

    /// All entries starting at `words[0]`, longest first.
    pub fn all<'a, S: AsRef<str>>(
        &'a self,
        words: &'a [S],
    ) -> impl Iterator<Item = PhraseMatch<'a, T>> {
        let bucket = words.first().and_then(|f| self.bucket(f.as_ref()));
        bucket.into_iter().flatten().filter_map(move |(rest, value)| {
            let matches = rest.len() < words.len()
                && rest.iter().zip(&words[1..]).all(|(a, b)| a == b.as_ref());
            matches.then_some(PhraseMatch { words: rest.len() + 1, value })
        })
    }

    /// True when a one-word entry equals `word`.
    pub fn contains_word(&self, word: &str) -> bool {
        self.bucket(word).is_some_and(|b| b.iter().any(|(rest, _)| rest.is_empty()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longest_phrase_wins() {
        let mut t = PhraseTable::default();
        t.insert("point", 1);
        t.insert("point out", 2);
        let words = ["point", "out", "that"];
        let m = t.longest(&words).unwrap();
        assert_eq!((m.words, *m.value), (2, 2));
        assert_eq!(*t.longest(&["point"]).unwrap().value, 1);
    }

    #[test]
    fn the_first_word_filter_keeps_every_entry() {
        let mut t = PhraseTable::default();
        let words: Vec<String> = (0..5000).map(|i| format!("w{i}x")).collect();
        for (i, w) in words.iter().enumerate() {
            t.insert(w, i);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.longest(&[w]).map(|m| *m.value), Some(i));
            assert!(t.contains_word(w));
        }
        assert!(t.longest(&["said"]).is_none() && !t.contains_word(""));
    }
}
