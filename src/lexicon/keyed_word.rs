//! A lower-cased word that carries its filter bit.
//!
//! The rules ask several word lists about each word of a sentence, and each
//! list's filter ([`super::words::WordFilter`]) would work the word's bit out
//! again from its bytes. All filters share one bit function, so a sentence's
//! words work it out once, when they are lower-cased, and every list reads it.

use super::words::word_bit;
use std::borrow::Borrow;
use std::fmt;
use std::ops::Deref;

/// A word a list can be asked about: its text and its filter bit.
pub trait LookupWord {
    /// The word's text.
    fn text(&self) -> &str;

    /// The word's filter bit, worked out from its text unless known.
    #[inline(always)]
    fn filter_bit(&self) -> usize {
        word_bit(self.text())
    }
}

impl LookupWord for str {
    #[inline(always)]
    fn text(&self) -> &str {
        self
    }
}

impl LookupWord for String {
    #[inline(always)]
    fn text(&self) -> &str {
        self
    }
}

impl<W: LookupWord + ?Sized> LookupWord for &W {
    #[inline(always)]
    fn text(&self) -> &str {
        (**self).text()
    }

    #[inline(always)]
    fn filter_bit(&self) -> usize {
        (**self).filter_bit()
    }
}

/// A word with its filter bit, worked out once. It reads as a `str`: a
/// slice of its sentence's lower-cased text, which the words share.
///
/// It also carries marks its maker gave it (the extraction notes which of
/// its stages the word may matter to, from the bit, so that each stage
/// turns most words away with one test): all set unless given.
#[derive(Clone, Copy, Default, Eq)]
pub struct KeyedWord<'w> {
    text: &'w str,
    bit: u32,
    marks: u32,
}

impl<'w> KeyedWord<'w> {
    /// The word `text`, with its bit, and every mark.
    #[inline]
    pub fn new(text: &'w str) -> KeyedWord<'w> {
        KeyedWord { text, bit: word_bit(text) as u32, marks: u32::MAX }
    }

    /// The word with `marks` (worked out from its bit) instead.
    #[inline(always)]
    pub fn with_marks(self, marks: impl Fn(usize) -> u32) -> KeyedWord<'w> {
        KeyedWord { marks: marks(self.bit as usize), ..self }
    }

    /// The marks given.
    #[inline(always)]
    pub fn marks(&self) -> u32 {
        self.marks
    }

    /// The word's text.
    #[inline(always)]
    pub fn as_str(&self) -> &'w str {
        self.text
    }
}

impl PartialEq for KeyedWord<'_> {
    /// Words are the same when their texts are (the bit follows from the text).
    fn eq(&self, other: &Self) -> bool {
        self.text == other.text
    }
}

impl LookupWord for KeyedWord<'_> {
    #[inline(always)]
    fn text(&self) -> &str {
        self.text
    }

    #[inline(always)]
    fn filter_bit(&self) -> usize {
        self.bit as usize
    }
}

impl Deref for KeyedWord<'_> {
    type Target = str;

    #[inline(always)]
    fn deref(&self) -> &str {
        self.text
    }
}

impl AsRef<str> for KeyedWord<'_> {
    fn as_ref(&self) -> &str {
        self.text
    }
}

impl Borrow<str> for KeyedWord<'_> {
    fn borrow(&self) -> &str {
        self.text
    }
}

impl fmt::Debug for KeyedWord<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(self.text, f)
    }
}

impl fmt::Display for KeyedWord<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.text)
    }
}

impl PartialEq<str> for KeyedWord<'_> {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for KeyedWord<'_> {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl PartialEq<String> for KeyedWord<'_> {
    fn eq(&self, other: &String) -> bool {
        self.text == other
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_kept_bit_is_the_texts() {
        for w in ["", "a", "said", "according", "u.s.", "don't", "zürich"] {
            let k = KeyedWord::new(w);
            assert_eq!((k.filter_bit(), k.as_str()), (w.filter_bit(), w));
            assert_eq!(&k, w);
        }
    }
}
