//! Multi-word entries matched over a token sequence, longest first.

use super::keyed_word::LookupWord;
use super::words::{word_bit, WordFilter};
// Fx hashing: the keys are short lexicon words, looked up once per token.
use rustc_hash::FxHashMap as HashMap;

/// Entries keyed by their first word, matched word by word (lower-case).
#[derive(Debug, Clone)]
pub struct PhraseTable<T> {
    by_first: HashMap<String, Vec<Entry<T>>>,
    /// The first words: most text words are no first word, and the filter
    /// turns them away before the string is hashed.
    first_words: WordFilter,
    len: usize,
}

impl<T> Default for PhraseTable<T> {
    fn default() -> Self {
        PhraseTable { by_first: HashMap::default(), first_words: WordFilter::default(), len: 0 }
    }
}

/// An entry, under its first word.
#[derive(Debug, Clone)]
struct Entry<T> {
    /// The words after the first.
    rest: Vec<String>,
    /// The filter bit of the second word ([`NO_SECOND`] if none): a bucket
    /// may hold dozens of entries ("in" opens 48 cue phrases), and most
    /// differ from the text in the second word, told by its bit.
    second_bit: u32,
    value: T,
}

/// [`Entry::second_bit`] of a one-word entry (no word has it).
const NO_SECOND: u32 = u32::MAX;

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
        let second_bit = rest.first().map_or(NO_SECOND, |w| word_bit(w) as u32);
        self.first_words.add(&first);
        let bucket = self.by_first.entry(first).or_default();
        bucket.push(Entry { rest, second_bit, value });
        // By second word, then longest first (one-word entries last): only
        // the entries of the text's second word and the one-word ones can
        // match, found by two binary searches ("in" opens 48 cue phrases).
        // Two entries that can match one text keep the longest-first order.
        bucket.sort_by_key(|b| (b.second_bit, std::cmp::Reverse(b.rest.len())));
        self.len += 1;
    }

    /// The filter of the entries' first words.
    pub fn first_word_filter(&self) -> &WordFilter {
        &self.first_words
    }

    /// Number of entries.
    pub fn len(&self) -> usize {
        self.len
    }

    /// True when there are no entries.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// The entries whose first word is `first`.
    fn bucket(&self, first: &str) -> Option<&Vec<Entry<T>>> {
        if !self.first_words.may_hold(first) {
            return None;
        }
        self.by_first.get(first)
    }

    /// The longest entry starting at `words[0]`; `words` are lower-case.
    /// Inlined: it runs at most tokens, and the filter turns most away.
    #[inline(always)]
    pub fn longest<'a, S: LookupWord>(&'a self, words: &[S]) -> Option<PhraseMatch<'a, T>> {
        let first = words.first()?;
        if !self.first_words.may_hold(first) {
            return None;
        }
        self.longest_in_bucket(words)
    }

    #[inline(never)]
    fn longest_in_bucket<'a, S: LookupWord>(&'a self, words: &[S]) -> Option<PhraseMatch<'a, T>> {
        let bucket = self.by_first.get(words.first()?.text())?;
        let second_bit = words.get(1).map_or(NO_SECOND, |w| w.filter_bit() as u32);
        let matching = |e: &'a Entry<T>| {
            let matches = e.rest.len() < words.len()
                && e.rest.iter().zip(&words[1..]).all(|(a, b)| a == b.text());
            matches.then_some(PhraseMatch { words: e.rest.len() + 1, value: &e.value })
        };
        let of_second = bucket.partition_point(|e| e.second_bit < second_bit);
        let mut longer = bucket[of_second..].iter().take_while(|e| e.second_bit == second_bit);
        if let Some(m) = longer.find_map(matching) {
            return Some(m);
        }
        let one_word = bucket.partition_point(|e| e.second_bit < NO_SECOND);
        bucket[one_word..].iter().find_map(matching)
    }

    /// All entries starting at `words[0]`, longest first.
    pub fn all<'a, S: AsRef<str>>(
        &'a self,
        words: &'a [S],
    ) -> impl Iterator<Item = PhraseMatch<'a, T>> {
        let bucket = words.first().and_then(|f| self.bucket(f.as_ref()));
        bucket.into_iter().flatten().filter_map(move |e| {
            let matches = e.rest.len() < words.len()
                && e.rest.iter().zip(&words[1..]).all(|(a, b)| a == b.as_ref());
            matches.then_some(PhraseMatch { words: e.rest.len() + 1, value: &e.value })
        })
    }

    /// True when a one-word entry equals `word`.
    pub fn contains_word(&self, word: &str) -> bool {
        self.bucket(word).is_some_and(|b| b.iter().any(|e| e.rest.is_empty()))
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
    fn entries_of_other_second_words_do_not_hide_one_word_entries() {
        let mut t = PhraseTable::default();
        for (i, p) in ["in a statement", "in", "in an interview", "in a", "in a long letter"]
            .into_iter()
            .enumerate()
        {
            t.insert(p, i);
        }
        let longest = |text: &str| {
            let words: Vec<&str> = text.split(' ').collect();
            t.longest(&words).map(|m| (m.words, *m.value))
        };
        assert_eq!(longest("in a statement"), Some((3, 0)));
        assert_eq!(longest("in a long letter"), Some((4, 4)));
        assert_eq!(longest("in a letter"), Some((2, 3)));
        assert_eq!(longest("in an interview"), Some((3, 2)));
        assert_eq!(longest("in the end"), Some((1, 1)));
        assert_eq!(longest("in"), Some((1, 1)));
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
