//! The words of a name as an entity keeps them: without titles, honorifics
//! and the possessive ending, with the period of an abbreviation or initial.

use super::super::mention_words::is_honorific;
use super::super::mentions::MentionFinder;
use super::super::tokens::{strip_possessive, Token};

impl<'a> MentionFinder<'a> {
    /// Name words without titles and possessive endings.
    pub(in crate::extract) fn name_words(
        &self,
        toks: &[Token],
        first: usize,
        end: usize,
    ) -> Vec<&'a str> {
        let mut words = Vec::new();
        self.name_words_into(toks, first, end, &mut words);
        words
    }

    /// `f` of [`Self::name_words`], in the finder's vector for them, reused
    /// from name to name (a name reads its words once, and is done with them).
    pub(in crate::extract) fn with_name_words<R>(
        &self,
        toks: &[Token],
        first: usize,
        end: usize,
        f: impl FnOnce(&[&'a str]) -> R,
    ) -> R {
        let mut words = self.name_words.take();
        self.name_words_into(toks, first, end, &mut words);
        let r = f(&words);
        words.clear();
        self.name_words.set(words);
        r
    }

    fn name_words_into(&self, toks: &[Token], first: usize, end: usize, out: &mut Vec<&'a str>) {
        let text: &'a str = self.text;
        out.clear();
        // "U.S. West Inc", "J.P. Morgan", "John F. Kennedy": an abbreviation or
        // an initial keeps its period.
        let with_period = |k: usize| {
            let t = toks[k];
            let period = toks.get(k + 1).filter(|p| k + 1 < end && p.start == t.end);
            let w = t.text(text);
            let initial = w.len() == 1 && w.starts_with(|c: char| c.is_ascii_uppercase());
            match period.filter(|p| p.text(text) == "." && (w.contains('.') || initial)) {
                Some(p) => &text[t.start..p.end],
                None => t.text(text),
            }
        };
        // "Heck's Inc": only the last word's "'s" is a possessive ending.
        let last_word = (first..end).rev().find(|&k| toks[k].word);
        let words = (first..end).filter(|&k| toks[k].word).map(|k| match Some(k) == last_word {
            true => strip_possessive(with_period(k)).0,
            false => with_period(k),
        });
        out.extend(words.filter(|w| !is_honorific(w)));
    }
}
