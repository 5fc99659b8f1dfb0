//! Extraction: any UTF-8 text as an article's text. Claims must lie on char
//! boundaries inside the text, and quotes and indirect claims must be exactly
//! the words their offsets point at.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaims::extract::Extractor;
use newsclaims::lexicon::Lexicons;
use newsclaims::{Article, ClaimKind};
use std::sync::OnceLock;

fuzz_target!(|data: &[u8]| {
    static EXTRACTOR: OnceLock<Extractor> = OnceLock::new();
    let Ok(text) = std::str::from_utf8(data) else { return };
    let extractor = EXTRACTOR.get_or_init(|| Extractor::new(Lexicons::builtin()));
    let article = Article {
        id: "f.txt".into(),
        source: "f.txt".into(),
        title: None,
        url: None,
        date: None,
        text: text.to_string(),
    };
    for c in extractor.extract(&article) {
        assert!(c.start <= c.end && c.end <= text.len(), "{c:?}");
        assert!(text.is_char_boundary(c.start) && text.is_char_boundary(c.end), "{c:?}");
        if matches!(c.kind, ClaimKind::Quote | ClaimKind::Indirect) {
            assert_eq!(&text[c.start..c.end], c.content, "{c:?}");
        }
    }
});
