//! Snowball English stemming with a memo: each distinct word is stemmed about
//! once (a memo per thread, then one the threads share) rather than once per
//! occurrence (stemming was a tenth of the CPU time of `newsclaims index`).
//! The `en_stem` analyser (`words.rs`) calls it with each lower-cased word.
//!
//! The memo is an open-addressing table of 16-byte slots over one string
//! holding the words and their stems, so a look-up reads a slot and one place
//! of that string, not a table of pointers to a key and a value elsewhere
//! (a cache miss each, at a look-up for most words of every claim). Most
//! stems are the word or a prefix of it ("restricting" → "restrict"); they are
//! applied by shortening the word, and only other stems ("happy" → "happi")
//! are stored and copied.

use rustc_hash::FxHasher;
use std::borrow::Cow;
use std::cell::RefCell;
use std::hash::Hasher;
use std::sync::{Mutex, MutexGuard, PoisonError};

/// Distinct words remembered per indexing thread: a few MB at most; later new
/// words are stemmed uncached.
const MAX_CACHED: usize = 50_000;

thread_local! {
    /// Per thread, not per analyser: tantivy clones the analysers for every
    /// new segment, which would start a per-analyser memo empty again and again.
    static MEMO: RefCell<Memo> = RefCell::default();
}

/// tantivy's English stemmer, memoised.
#[derive(Clone)]
pub(super) struct MemoStemmer {
    /// The Snowball stemmer tantivy's `Stemmer` filter calls, called directly:
    /// the filter's analyser copied each word into a token of its own first.
    stemmer: frostem::Stemmer,
}

impl Default for MemoStemmer {
    fn default() -> MemoStemmer {
        MemoStemmer { stemmer: frostem::Stemmer::new(frostem::Algorithm::English) }
    }
}

impl MemoStemmer {
    /// Replaces the lower-cased `word` by its stem.
    pub(super) fn stem(&mut self, word: &mut String) {
        // Snowball English leaves words of fewer than 3 characters as they are
        // ("a", "of", "to": 22 % of the content tokens of news-24k), so skip the memo too.
        if word.len() < 3 {
            return;
        }
        let hash = hash(word.as_bytes());
        MEMO.with_borrow_mut(|memo| {
            if memo.apply(word, hash) {
                return;
            }
            // Another thread may have stemmed it: the shared memo, looked at
            // only on this thread's miss, so its lock is taken rarely.
            if let Some(stem) = lock_shared().stem_of(word, hash) {
                memo.insert(word, stem, hash);
                replace_by(word, stem);
                return;
            }
            let stem = match self.stemmer.stem(word) {
                // The word itself, or a part of it.
                Cow::Borrowed(stem) if stem.as_ptr() == word.as_ptr() => {
                    memo.insert(word, stem, hash);
                    lock_shared().insert(word, stem, hash);
                    let len = stem.len();
                    word.truncate(len);
                    return;
                }
                stem => stem.into_owned(),
            };
            memo.insert(word, &stem, hash);
            lock_shared().insert(word, &stem, hash);
            *word = stem;
        });
    }
}

/// Puts `stem` in place of `word`, by shortening it when it is a prefix.
fn replace_by(word: &mut String, stem: &str) {
    if word.starts_with(stem) {
        word.truncate(stem.len());
    } else {
        word.clear();
        word.push_str(stem);
    }
}

/// The words every indexing thread has stemmed: each of tantivy's indexing
/// threads meets most words of a corpus, and stemming a new word costs
/// twenty times a look-up.
static SHARED: Mutex<Memo> = Mutex::new(Memo::new());

fn lock_shared() -> MutexGuard<'static, Memo> {
    // A memo stays whole even if a thread panicked holding it: an insert
    // fills the slot last.
    SHARED.lock().unwrap_or_else(PoisonError::into_inner)
}

fn hash(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(bytes);
    h.finish()
}

/// A remembered word; `word_len == 0` marks an empty slot (words have 3 bytes or more).
#[derive(Clone, Copy, Default)]
struct Slot {
    hash: u64,
    /// Where the word starts in [`Memo::text`]; its stem, unless a prefix of it, follows it.
    at: u32,
    word_len: u8,
    stem_len: u8,
    /// The stem is the word's first `stem_len` bytes (the word itself included).
    prefix: bool,
}

#[derive(Default)]
struct Memo {
    /// A power of two long (or empty), at most half full.
    slots: Vec<Slot>,
    /// Words and stems, one after the other.
    text: String,
    len: usize,
}

impl Memo {
    const fn new() -> Memo {
        Memo { slots: Vec::new(), text: String::new(), len: 0 }
    }

    /// Replaces `word` by its stem if remembered.
    fn apply(&self, word: &mut String, hash: u64) -> bool {
        let Some(slot) = self.find(word.as_bytes(), hash) else {
            return false;
        };
        let stem_len = usize::from(slot.stem_len);
        if slot.prefix {
            word.truncate(stem_len);
        } else {
            let at = slot.at as usize + word.len();
            word.clear();
            word.push_str(&self.text[at..at + stem_len]);
        }
        true
    }

    /// The remembered stem of `word`.
    fn stem_of(&self, word: &str, hash: u64) -> Option<&str> {
        let slot = self.find(word.as_bytes(), hash)?;
        let at = slot.at as usize + if slot.prefix { 0 } else { word.len() };
        self.text.get(at..at + usize::from(slot.stem_len))
    }

    fn find(&self, word: &[u8], hash: u64) -> Option<Slot> {
        let mask = self.slots.len().checked_sub(1)?;
        let mut i = hash as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.word_len == 0 {
                return None;
            }
            if slot.hash == hash && usize::from(slot.word_len) == word.len() {
                let at = slot.at as usize;
                let known = self.text.as_bytes().get(at..at + word.len()).unwrap_or_default();
                // Byte by byte: words are short, and `==` calls `memcmp`.
                if known.len() == word.len() && known.iter().zip(word).all(|(a, b)| a == b) {
                    return Some(slot);
                }
            }
            i = (i + 1) & mask;
        }
    }

    fn insert(&mut self, word: &str, stem: &str, hash: u64) {
        let (Ok(word_len), Ok(stem_len), Ok(at)) =
            (u8::try_from(word.len()), u8::try_from(stem.len()), u32::try_from(self.text.len()))
        else {
            return;
        };
        if self.len >= MAX_CACHED || at > u32::MAX / 2 {
            return;
        }
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let prefix = word.starts_with(stem);
        self.text.push_str(word);
        if !prefix {
            self.text.push_str(stem);
        }
        self.put(Slot { hash, at, word_len, stem_len, prefix });
        self.len += 1;
    }

    /// Puts `slot` in the first empty slot of its run.
    fn put(&mut self, slot: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = slot.hash as usize & mask;
        while self.slots[i].word_len != 0 {
            i = (i + 1) & mask;
        }
        self.slots[i] = slot;
    }

    fn grow(&mut self) {
        let size = (self.slots.len() * 2).max(4096);
        let old = std::mem::replace(&mut self.slots, vec![Slot::default(); size]);
        for slot in old.into_iter().filter(|s| s.word_len != 0) {
            self.put(slot);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use tantivy::tokenizer::{Language, RawTokenizer, Stemmer, TextAnalyzer};

    #[test]
    fn remembered_stems_are_the_stemmers() {
        // tantivy's own filter, over one whole word.
        let mut reference = TextAnalyzer::builder(RawTokenizer::default())
            .filter(Stemmer::new(Language::English))
            .build();
        let words = ["restricting", "happy", "generously", "the", "news", "né", "ée", "sky"];
        let mut memo = MemoStemmer::default();
        // Three times: stemmed, then from the memo, twice.
        for _ in 0..3 {
            for w in words {
                let mut expected = String::new();
                reference.token_stream(w).process(&mut |t| expected.push_str(&t.text));
                let mut word = w.to_string();
                memo.stem(&mut word);
                assert_eq!(word, expected, "{w}");
            }
        }
    }

    #[test]
    fn a_word_another_thread_stemmed_gets_the_same_stem() {
        let words = ["conditional", "happiness", "nationalities", "ponies", "sensibly"];
        let stem_all = move || {
            let mut memo = MemoStemmer::default();
            words.map(|w| {
                let mut word = w.to_string();
                memo.stem(&mut word);
                word
            })
        };
        // A fresh thread's own memo is empty: the second finds the first's stems shared.
        let first = std::thread::spawn(stem_all).join().unwrap();
        let second = std::thread::spawn(stem_all).join().unwrap();
        let stemmer = frostem::Stemmer::new(frostem::Algorithm::English);
        let expected = words.map(|w| stemmer.stem(w).into_owned());
        assert_eq!(first, expected);
        assert_eq!(second, expected);
    }

    #[test]
    fn the_table_grows_and_finds_every_word() {
        let mut memo = Memo::default();
        let words: Vec<String> = (0..10_000).map(|i| format!("w{i}x")).collect();
        for (i, w) in words.iter().enumerate() {
            let stem = if i % 2 == 0 { &w[..2] } else { "other" };
            memo.insert(w, stem, hash(w.as_bytes()));
        }
        for (i, w) in words.iter().enumerate() {
            let mut word = w.clone();
            assert!(memo.apply(&mut word, hash(w.as_bytes())));
            assert_eq!(word, if i % 2 == 0 { &w[..2] } else { "other" });
        }
        let mut unknown = "w10000x".to_string();
        let h = hash(unknown.as_bytes());
        assert!(!memo.apply(&mut unknown, h));
    }
}
