//! HTML ingest: arbitrary bytes as a `.html` file (charset sniffing, decoding,
//! readability extraction, normalisation) must give an article or a reason.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaims::ingest::{article_from_bytes, Format};
use newsclaims::lexicon::Lexicons;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let lex = Lexicons::builtin();
    if let Ok(a) = article_from_bytes("f.html", Path::new("f.html"), data, Format::Html, &lex) {
        assert!(!a.text.trim().is_empty());
    }
});
