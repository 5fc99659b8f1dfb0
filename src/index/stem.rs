//! `en_stem` with a memo: tantivy's English analyser (simple tokenizer, long
//! words dropped, lower-cased, Snowball-stemmed), giving the same tokens, but
//! each distinct word is stemmed once per indexing thread rather than once per
//! occurrence. Stemming was a tenth of the CPU time of `newsclaims index`.

use rustc_hash::FxHashMap;
use std::cell::RefCell;
use tantivy::tokenizer::{
    Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};

/// Distinct words remembered per indexing thread: a few MB at most; later new
/// words are stemmed uncached.
const MAX_CACHED: usize = 50_000;

thread_local! {
    /// Per thread, not per analyser: tantivy clones the analysers for every
    /// new segment, which would start a per-analyser memo empty again and again.
    static MEMO: RefCell<FxHashMap<Box<str>, Box<str>>> = RefCell::default();
}

/// The analyser registered as `en_stem`.
pub(crate) fn cached_en_stem() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(CachedStemmer)
        .build()
}

#[derive(Clone)]
struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter { inner, stemmer: single_word_stemmer() }
    }
}

/// tantivy's stemmer over one whole token (the raw tokenizer yields the input as one token).
fn single_word_stemmer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default()).filter(Stemmer::new(Language::English)).build()
}

#[derive(Clone)]
struct CachedStemmerFilter<T> {
    inner: T,
    stemmer: TextAnalyzer,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream { tail: self.inner.token_stream(text), stemmer: &mut self.stemmer }
    }
}

struct CachedStemmerStream<'a, T> {
    tail: T,
    stemmer: &'a mut TextAnalyzer,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        // Snowball English leaves words of fewer than 3 characters as they are
        // ("a", "of", "to": 22 % of the content tokens of news-24k), so skip the memo too.
        if token.text.len() < 3 {
            return true;
        }
        let stemmer = &mut *self.stemmer;
        MEMO.with_borrow_mut(|memo| {
            if let Some(stem) = memo.get(token.text.as_str()) {
                token.text.clear();
                token.text.push_str(stem);
                return;
            }
            let mut stem = String::new();
            stemmer.token_stream(&token.text).process(&mut |t| stem.push_str(&t.text));
            if memo.len() < MAX_CACHED {
                memo.insert(token.text.as_str().into(), stem.as_str().into());
            }
            token.text = stem;
        });
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(mut analyzer: TextAnalyzer, text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        analyzer.token_stream(text).process(&mut |t| out.push(t.clone()));
        out
    }

    #[test]
    fn same_tokens_as_tantivys_en_stem() {
        let reference = TextAnalyzer::builder(SimpleTokenizer::default())
            .filter(RemoveLongFilter::limit(40))
            .filter(LowerCaser)
            .filter(Stemmer::new(Language::English))
            .build();
        let text = "Regulators restricted restricting Twitter; Roskomnadzor's \
                    blocking, blocked, blocks — “said” Café naïve generously \
                    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa the the THE 2022 \
                    a y s is as us ys ss ed ly ing sky ski news é né ée";
        // Twice through one analyser: the second pass is served by the memo.
        let mut cached = cached_en_stem();
        let first = tokens(cached.clone(), text);
        cached.token_stream(text).process(&mut |_| {});
        let mut second = Vec::new();
        cached.token_stream(text).process(&mut |t| second.push(t.clone()));
        assert_eq!(first, tokens(reference.clone(), text));
        assert_eq!(second, tokens(reference, text));
    }
}
