//! `en_stem` with a memo: tantivy's English analyser (simple tokenizer, long
//! words dropped, lower-cased, Snowball-stemmed), giving the same tokens, but
//! each distinct word is stemmed once per analyser instance rather than once
//! per occurrence. Stemming was a tenth of the CPU time of `newsclaims index`.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use tantivy::tokenizer::{
    Language, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};

/// Distinct words remembered per analyser instance (one per field and
/// indexing thread): a few MB at most; later new words are stemmed uncached.
const MAX_CACHED: usize = 50_000;

/// The analyser registered as `en_stem`.
pub(crate) fn cached_en_stem() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(CachedStemmer)
        .build()
}

/// FxHash-like: the words are short and not attacker-chosen in a way that matters
/// for a local index; SipHash would cost as much as a cache miss saves.
#[derive(Default, Clone, Copy)]
struct FxHasher(u64);

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let w = u64::from_le_bytes(c.try_into().unwrap_or([0; 8]));
            self.0 = (self.0.rotate_left(5) ^ w).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }

    fn finish(&self) -> u64 {
        // The multiply leaves the low bits weak, and the table indexes by
        // them: finish with murmur3's mixer.
        let mut h = self.0;
        h ^= h >> 33;
        h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
        h ^= h >> 33;
        h = h.wrapping_mul(0xc4ce_b9fe_1a85_ec53);
        h ^ (h >> 33)
    }
}

type Memo = HashMap<Box<str>, Box<str>, BuildHasherDefault<FxHasher>>;

#[derive(Clone)]
struct CachedStemmer;

impl TokenFilter for CachedStemmer {
    type Tokenizer<T: Tokenizer> = CachedStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, inner: T) -> CachedStemmerFilter<T> {
        CachedStemmerFilter { inner, memo: Memo::default(), stemmer: single_word_stemmer() }
    }
}

/// tantivy's stemmer over one whole token (the raw tokenizer yields the input as one token).
fn single_word_stemmer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default()).filter(Stemmer::new(Language::English)).build()
}

#[derive(Clone)]
struct CachedStemmerFilter<T> {
    inner: T,
    memo: Memo,
    stemmer: TextAnalyzer,
}

impl<T: Tokenizer> Tokenizer for CachedStemmerFilter<T> {
    type TokenStream<'a> = CachedStemmerStream<'a, T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStemmerStream {
            tail: self.inner.token_stream(text),
            memo: &mut self.memo,
            stemmer: &mut self.stemmer,
        }
    }
}

struct CachedStemmerStream<'a, T> {
    tail: T,
    memo: &'a mut Memo,
    stemmer: &'a mut TextAnalyzer,
}

impl<T: TokenStream> TokenStream for CachedStemmerStream<'_, T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        if let Some(stem) = self.memo.get(token.text.as_str()) {
            token.text.clear();
            token.text.push_str(stem);
            return true;
        }
        let mut stem = String::new();
        self.stemmer.token_stream(&token.text).process(&mut |t| stem.push_str(&t.text));
        if self.memo.len() < MAX_CACHED {
            self.memo.insert(token.text.as_str().into(), stem.as_str().into());
        }
        token.text = stem;
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
                    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa the the THE 2022";
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
