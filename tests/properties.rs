//! Properties over arbitrary input (proptest, 256 cases each): extraction never
//! panics and its offsets always point at the claim's words; ingest never
//! panics on arbitrary bytes in any format. Inputs that once crashed the fuzz
//! targets (fuzz/) are kept at the end as regression tests.

use newsclaims::extract::Extractor;
use newsclaims::ingest::{self, Format, IngestOptions};
use newsclaims::lexicon::Lexicons;
use newsclaims::{Article, ClaimKind};
use proptest::prelude::*;
use std::path::Path;

fn config() -> ProptestConfig {
    ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() }
}

fn article(text: String) -> Article {
    Article { id: "a.txt".into(), source: "a.txt".into(), title: None, url: None, date: None, text }
}

/// Extracts `text` and checks every claim's offsets and content.
fn check_extraction(text: &str) -> Result<(), TestCaseError> {
    let extractor = Extractor::new(Lexicons::builtin());
    let a = article(text.to_string());
    for c in extractor.extract(&a) {
        prop_assert!(c.start <= c.end && c.end <= text.len(), "out of the text: {:?}", c);
        prop_assert!(text.is_char_boundary(c.start), "start inside a char: {:?}", c);
        prop_assert!(text.is_char_boundary(c.end), "end inside a char: {:?}", c);
        if matches!(c.kind, ClaimKind::Quote | ClaimKind::Indirect) {
            prop_assert_eq!(&text[c.start..c.end], c.content.as_str(), "claim {:?}", c);
        }
        prop_assert_eq!(c.article.as_str(), "a.txt");
    }
    Ok(())
}

/// Pieces of news prose: names, cues, action verbs, every style of quotation
/// mark and apostrophe, sentence ends, paragraph breaks and multi-byte text.
const PIECES: &[&str] = &[
    "“",
    "”",
    "\"",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    "‹",
    "›",
    "`",
    " ",
    " ",
    " ",
    ", ",
    ". ",
    "! ",
    "? ",
    ": ",
    "; ",
    " — ",
    "-",
    "\n",
    "\n\n",
    "\r\n",
    "\u{a0}",
    "said",
    "says",
    "told",
    "according to",
    "that",
    "added",
    "Nick Clegg",
    "Alp Toker",
    "Elon Musk",
    "Meta",
    "Roskomnadzor",
    "Twitter",
    "Russia",
    "NetBlocks",
    "he",
    "she",
    "they",
    "it",
    "the company",
    "the regulator",
    "a source close to the matter",
    "spokesman",
    "Director",
    "Mr.",
    "Dr.",
    "U.S.",
    "J.",
    "blocked",
    "has not been banned",
    "could restrict",
    "was blocked by",
    "refused",
    "accused",
    "sanctions",
    "we",
    "will",
    "not",
    "comply",
    "don't",
    "it's",
    "1.5",
    "2024",
    "é",
    "Straße",
    "日本語",
    "Роскомнадзор",
    "🙂",
    "👩‍👩‍👧",
    "\u{301}",
    "\u{200b}",
    "\u{feff}",
    "\t",
];

fn prose() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

/// HTML-ish pieces: tags, broken tags, comments, entities, scripts, and prose.
const TAGS: &[&str] = &[
    "<html>",
    "<head>",
    "</head>",
    "<title>",
    "</title>",
    "<body>",
    "</body>",
    "<p>",
    "</p>",
    "<div>",
    "</div>",
    "<div class=\"comments\">",
    "<article>",
    "</article>",
    "<h1>",
    "</h1>",
    "<br>",
    "<br/>",
    "<nav>",
    "</nav>",
    "<script>",
    "</script>",
    "<style>",
    "</style>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "<",
    ">",
    "</",
    "/>",
    "&amp;",
    "&#x201c;",
    "&#8221;",
    "&nbsp;",
    "&",
    "<meta charset=\"windows-1251\">",
    "<meta charset=\"utf-16\">",
    "<p hidden>",
    "<span aria-hidden=\"true\">",
    "<a href=\"x\">",
    "</a>",
    "<li>",
    "<ul>",
    "<table><td>",
    "<svg>",
    "<template>",
    "<noscript>",
    "<iframe>",
    "<textarea>",
    "<plaintext>",
    "<xmp>",
];

fn htmlish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        prop::sample::select(TAGS).prop_map(str::to_string),
        prop::sample::select(PIECES).prop_map(str::to_string),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

/// Bytes that are sometimes text: arbitrary, or prose with bytes spliced in.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        (prose(), prop::collection::vec((any::<usize>(), any::<u8>()), 0..8)).prop_map(
            |(text, edits)| {
                let mut b = text.into_bytes();
                for (at, byte) in edits {
                    if !b.is_empty() {
                        let i = at % b.len();
                        b[i] = byte;
                    }
                }
                b
            }
        ),
        htmlish().prop_map(String::into_bytes),
        prose().prop_map(|t| {
            let mut b = vec![0xff, 0xfe];
            b.extend(t.encode_utf16().flat_map(u16::to_le_bytes));
            b
        }),
    ]
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn extraction_of_prose_keeps_offsets(text in prose()) {
        check_extraction(&text)?;
    }

    #[test]
    fn extraction_of_any_string_keeps_offsets(text in any::<String>()) {
        check_extraction(&text)?;
    }

    #[test]
    fn html_ingest_then_extraction(page in htmlish()) {
        let lex = Lexicons::builtin();
        let path = Path::new("page.html");
        if let Ok(a) = ingest::article_from_bytes("page.html", path, page.as_bytes(), Format::Html, &lex) {
            prop_assert!(!a.text.trim().is_empty());
            check_extraction(&a.text)?;
        }
    }

    #[test]
    fn ingest_never_panics_on_bytes(data in bytes()) {
        let lex = Lexicons::builtin();
        for (name, format) in [("a.txt", Format::Text), ("a.html", Format::Html)] {
            if let Ok(a) = ingest::article_from_bytes(name, Path::new(name), &data, format, &lex) {
                prop_assert!(!a.text.trim().is_empty());
                prop_assert_eq!(a.id.as_str(), name);
                check_extraction(&a.text)?;
            }
        }
    }

    #[test]
    fn jsonl_ingest_never_panics(lines in prop::collection::vec(
        prop_oneof![
            prose().prop_map(|t| serde_json::json!({ "id": "x", "text": t }).to_string().into_bytes()),
            prose().prop_map(|t| serde_json::json!({ "body": t, "id": 7 }).to_string().into_bytes()),
            bytes(),
        ],
        0..6,
    )) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("dump.jsonl");
        std::fs::write(&path, lines.join(&b'\n')).unwrap();
        let lex = Lexicons::builtin();
        let opts = IngestOptions { max_bytes: 400 };
        let mut articles = Vec::new();
        ingest::read_file(dir.path(), &path, &lex, opts, &mut |item| {
            if let Ok(a) = item {
                articles.push(a);
            }
        });
        for a in articles {
            prop_assert!(!a.text.trim().is_empty());
            prop_assert!(a.text.len() <= 400);
            check_extraction(&a.text)?;
        }
    }
}

/// A quote of every style, checked by example as well as by property.
#[test]
fn quotes_of_every_style_point_at_their_words() {
    for text in [
        "“We refused,” said Andy Stone.",
        "\"We refused,\" said Andy Stone.",
        "‘We refused,’ said Andy Stone.",
        "«We refused», said Andy Stone.",
        "„We refused“, said Andy Stone.",
        "He said: “It’s the company’s call, not ours.”",
        "“Unclosed at the start\n\nSecond paragraph, said Nick Clegg.",
        "Nick Clegg said that the ban was wrong.",
    ] {
        check_extraction(text).unwrap();
    }
}

/// Inputs that crashed a fuzz target once (target, input). Each must now pass
/// that target's checks.
const FUZZ_REGRESSIONS: &[(&str, &[u8])] = &[
    // ingest_text: a lone carriage return (old Mac line end) stayed in the text.
    ("ingest_text", b"\rs"),
    (
        "ingest_text",
        b"\xef\xbb\xbfNews of police\n\nsupport ranging from US Preside\rt Barack Obama",
    ),
];

#[test]
fn fuzz_regressions() {
    let lex = Lexicons::builtin();
    for (target, data) in FUZZ_REGRESSIONS {
        let (name, format) = match *target {
            "ingest_html" => ("f.html", Format::Html),
            _ => ("f.txt", Format::Text),
        };
        if let Ok(a) = ingest::article_from_bytes(name, Path::new(name), data, format, &lex) {
            assert!(!a.text.trim().is_empty(), "{target}: {data:?}");
            if format == Format::Text {
                assert!(!a.text.contains('\r'), "{target}: line ends are normalised: {data:?}");
            }
            check_extraction(&a.text).unwrap();
        }
        check_extraction(&String::from_utf8_lossy(data)).unwrap();
    }
}
