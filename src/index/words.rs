//! The two word analysers of the schema, each one pass over the text:
//!
//! * `nc_names`: tantivy's `SimpleTokenizer`, `RemoveLongFilter::limit(64)`,
//!   `LowerCaser`, `AsciiFoldingFilter`;
//! * `en_stem`: `SimpleTokenizer`, `RemoveLongFilter::limit(40)`,
//!   `LowerCaser`, Snowball English (memoised, `stem.rs`).
//!
//! The same tokens (text, position, offsets) as those chains, which call four
//! token streams through each other per word, decode every character and copy
//! each word twice. Here an ASCII word is cut over bytes and lower-cased in
//! place; a word with other characters is lower-cased character by character
//! as `LowerCaser` does and folded by tantivy's own `AsciiFoldingFilter`.
//! Tokenizing was about a tenth of the instructions of `newsclaims index`.

use super::stem::MemoStemmer;
use crate::byte_class::{ASCII_WORD, CLASS, OTHER};
use tantivy::tokenizer::{
    AsciiFoldingFilter, RawTokenizer, TextAnalyzer, Token, TokenStream, Tokenizer,
};

/// The analyser registered as `nc_names`.
pub(crate) fn names() -> TextAnalyzer {
    TextAnalyzer::from(Words { token: Token::default(), finish: Names::default() })
}

/// The analyser registered as `en_stem`.
pub(crate) fn stemmed() -> TextAnalyzer {
    TextAnalyzer::from(Words { token: Token::default(), finish: Stemmed::default() })
}

/// What becomes of a word once lower-cased.
trait Finish: Clone + Send + Sync + 'static {
    /// Words of this many bytes or more (before lower-casing) are dropped,
    /// as `RemoveLongFilter::limit` drops them.
    const LIMIT: usize;

    /// Turns the lower-cased `word` into the token's text; `ascii` says
    /// whether the word (and so `word`) is all ASCII.
    fn finish(&mut self, word: &mut String, ascii: bool);
}

/// Names: ASCII-folded.
#[derive(Clone)]
struct Names {
    /// tantivy's folding, over a whole word (rare: most words are ASCII).
    folder: TextAnalyzer,
}

impl Default for Names {
    fn default() -> Names {
        Names {
            folder: TextAnalyzer::builder(RawTokenizer::default())
                .filter(AsciiFoldingFilter)
                .build(),
        }
    }
}

impl Finish for Names {
    const LIMIT: usize = 64;

    fn finish(&mut self, word: &mut String, ascii: bool) {
        // Lower-casing can make a word ASCII (the Kelvin sign), never the reverse.
        if !ascii && !word.is_ascii() {
            let mut folded = String::new();
            self.folder.token_stream(word).process(&mut |t| folded.push_str(&t.text));
            *word = folded;
        }
    }
}

/// Content: stemmed.
#[derive(Clone, Default)]
struct Stemmed {
    stemmer: MemoStemmer,
}

impl Finish for Stemmed {
    const LIMIT: usize = 40;

    fn finish(&mut self, word: &mut String, _ascii: bool) {
        self.stemmer.stem(word);
    }
}

#[derive(Clone)]
struct Words<F> {
    token: Token,
    finish: F,
}

impl<F: Finish> Tokenizer for Words<F> {
    type TokenStream<'a> = WordStream<'a, F>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> WordStream<'a, F> {
        self.token.reset();
        WordStream { text, at: 0, token: &mut self.token, finish: &mut self.finish }
    }
}

struct WordStream<'a, F> {
    text: &'a str,
    /// Where the search for the next word starts.
    at: usize,
    token: &'a mut Token,
    finish: &'a mut F,
}

impl<F: Finish> TokenStream for WordStream<'_, F> {
    fn advance(&mut self) -> bool {
        loop {
            let Some((start, end, ascii)) = next_word(self.text, self.at) else {
                return false;
            };
            self.at = end;
            // A dropped long word still takes a position, as in tantivy's chain.
            self.token.position = self.token.position.wrapping_add(1);
            if end - start >= F::LIMIT {
                continue;
            }
            let word = &self.text[start..end];
            self.token.offset_from = start;
            self.token.offset_to = end;
            let text = &mut self.token.text;
            text.clear();
            if ascii {
                text.push_str(word);
                text.make_ascii_lowercase();
            } else {
                // As `LowerCaser` does: char by char (no final-sigma rule).
                text.extend(word.chars().flat_map(char::to_lowercase));
            }
            self.finish.finish(text, ascii);
            return true;
        }
    }

    fn token(&self) -> &Token {
        self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        self.token
    }
}

/// The next word of `text` at or after byte `at`, as `SimpleTokenizer` cuts
/// words (a run of alphanumeric characters): its start, its end, and
/// whether it is all ASCII.
#[inline]
fn next_word(text: &str, mut at: usize) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let start = loop {
        // Plain loops: `iter().position` compiled to about twice the instructions.
        while bytes.get(at).is_some_and(|&b| CLASS[usize::from(b)] == OTHER) {
            at += 1;
        }
        if *bytes.get(at)? < 0x80 {
            break at;
        }
        let c = text[at..].chars().next()?;
        if c.is_alphanumeric() {
            break at;
        }
        at += c.len_utf8();
    };
    let (mut end, mut ascii) = (start, true);
    loop {
        while bytes.get(end).is_some_and(|&b| CLASS[usize::from(b)] == ASCII_WORD) {
            end += 1;
        }
        if bytes.get(end).is_none_or(|&b| b < 0x80) {
            return Some((start, end, ascii));
        }
        match text[end..].chars().next() {
            Some(c) if c.is_alphanumeric() => {
                ascii = false;
                end += c.len_utf8();
            }
            _ => return Some((start, end, ascii)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use tantivy::tokenizer::{Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer};

    fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        analyzer.token_stream(text).process(&mut |t| out.push(t.clone()));
        out
    }

    fn reference_names() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(64))
            .filter(LowerCaser)
            .filter(AsciiFoldingFilter)
            .build()
    }

    fn reference_stemmed() -> TextAnalyzer {
        TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build()
    }

    const TEXTS: &[&str] = &[
        "",
        "   ,;  ",
        "Regulators restricted restricting Twitter; Roskomnadzor's blocking, blocked — “said” \
         Café naïve generously the THE 2022 a y s is as us ys ss ed ly ing sky news é né ée",
        "Recep Tayyip Erdoğan, Ştefan Löfven, José Ángel Gurría, Søren, Œuvre, straße, ǅemal",
        "İstanbul KELVIN \u{212A}elvin ΣΊΣΥΦΟΣ Ὀδυσσεύς ﬁnance Ⅻ ½ ٣ 東京 e\u{301}te",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa b",
        "ééééééééééééééééééééé ééééééééééééééééééééééééééééééééééé x ééééééééééééééééééééé",
        "U.S. al-Sisi O'Neill 3.5% e-mail\tTab\nnew line\u{a0}nbsp x\u{200b}y",
    ];

    #[test]
    fn same_tokens_as_tantivys_chains() {
        let long = "word ".repeat(50) + &"x".repeat(63) + " " + &"y".repeat(64) + " z";
        let (mut names_ref, mut stemmed_ref) = (reference_names(), reference_stemmed());
        let (mut ours_names, mut ours_stemmed) = (names(), stemmed());
        // Twice: the second pass is served by the stem memo.
        for _ in 0..2 {
            for text in TEXTS.iter().copied().chain([long.as_str()]) {
                assert_eq!(tokens(&mut ours_names, text), tokens(&mut names_ref, text), "{text}");
                assert_eq!(
                    tokens(&mut ours_stemmed, text),
                    tokens(&mut stemmed_ref, text),
                    "{text}"
                );
            }
        }
    }

    proptest! {
        #[test]
        fn same_tokens_on_any_text(text in "(\\PC|[ a-zA-Z0-9.,'’-]){0,80}") {
            let (mut names_ref, mut stemmed_ref) = (reference_names(), reference_stemmed());
            prop_assert_eq!(tokens(&mut names(), &text), tokens(&mut names_ref, &text));
            prop_assert_eq!(tokens(&mut stemmed(), &text), tokens(&mut stemmed_ref, &text));
        }
    }
}
