//! Text ingest: arbitrary bytes as a `.txt` file (byte-order marks, binary
//! detection, encoding guesses, normalisation, the title line).
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsclaims::ingest::{article_from_bytes, Format};
use newsclaims::lexicon::Lexicons;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let lex = Lexicons::builtin();
    if let Ok(a) = article_from_bytes("f.txt", Path::new("f.txt"), data, Format::Text, &lex) {
        assert!(!a.text.trim().is_empty());
        assert!(!a.text.contains('\r'), "line ends are normalised");
    }
});
