//! A corpus of bad input, generated into a temp folder and indexed by the real
//! binary: no panic, one `newsclaims: skipped PATH: reason` line per bad file,
//! every good file indexed and found, the summary's counts right, exit code 0.
//!
//! `index` exits 0 when it finished even if files were skipped (each is named on
//! standard error), and 2 on errors that stop it (a missing folder, a busy index).

mod common;

use common::{all_claims, run, skipped_lines};
use newsclaims::index::ClaimIndex;
use newsclaims::ingest::{self, IngestOptions};
use newsclaims::lexicon::Lexicons;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// The size cap given to `index`: above the 5 MB line, below the sparse file.
const CAP: u64 = 6_000_000;

/// A good file: its name, its bytes, and a word of the quote it must yield
/// (`None` for files whose text has no English claim).
struct Good {
    name: &'static str,
    bytes: Vec<u8>,
    quote: Option<&'static str>,
}

fn utf16(bom_le: bool, text: &str) -> Vec<u8> {
    let units = text.encode_utf16();
    let mut out = if bom_le { vec![0xff, 0xfe] } else { vec![0xfe, 0xff] };
    for u in units {
        out.extend(if bom_le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

fn cp1251(text: &str) -> Vec<u8> {
    encoding_rs::WINDOWS_1251.encode(text).0.into_owned()
}

fn latin1(text: &str) -> Vec<u8> {
    text.chars().map(|c| u8::try_from(u32::from(c)).expect("latin-1 char")).collect()
}

fn good_files() -> Vec<Good> {
    let deep = format!(
        "<html><body>{}<p>“We are deep inside the page,” said Alp Toker.</p>{}</body></html>",
        "<div>".repeat(10_000),
        "</div>".repeat(10_000)
    );
    let mut long_line = String::from("“Long lines are fine,” said Alp Toker. ");
    while long_line.len() < 5_000_000 {
        long_line.push_str("lorem ipsum dolor sit amet ");
    }
    let mut unclosed = String::from("“It started here and was never closed. ");
    while unclosed.len() < 1_000_000 {
        unclosed.push_str("More words follow in this paragraph");
        unclosed.push_str(if unclosed.len() % 7 == 0 { ".\n\n" } else { ". " });
    }
    unclosed.push_str("\n\n“The end is near,” said Nick Clegg.\n");
    let mut quotes = "“”\"'‘’«»„‹›".repeat(3000);
    quotes.push_str("\n\n“Marks everywhere,” said Nick Clegg.\n");
    vec![
        Good {
            name: "good.txt",
            bytes: "“We will win the vote,” said Nick Clegg.\n".into(),
            quote: Some("vote"),
        },
        Good {
            name: "stray-byte.txt",
            bytes: b"\xe2\x80\x9cWe will fight \xff on the beaches,\xe2\x80\x9d said Alp Toker.\n"
                .to_vec(),
            quote: Some("beaches"),
        },
        Good {
            name: "utf16le.txt",
            bytes: utf16(true, "“Connectivity returned at noon,” said Alp Toker.\n"),
            quote: Some("noon"),
        },
        Good {
            name: "utf16be.md",
            bytes: utf16(false, "“Service resumed by midnight,” said Alp Toker.\n"),
            quote: Some("midnight"),
        },
        Good {
            name: "cp1251-meta.html",
            bytes: cp1251(
                "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head>\
                 <body><p>\"Роскомнадзор заблокировал Твиттер, moscow,\" said Alp Toker.</p></body></html>",
            ),
            quote: Some("moscow"),
        },
        Good {
            name: "cp1251-nometa.html",
            bytes: cp1251(
                "<html><body><p>«Роскомнадзор заблокировал Твиттер», — заявил Алп Токер в \
                 пятницу. Это было сказано в Москве.</p></body></html>",
            ),
            quote: None,
        },
        Good {
            name: "latin1-meta.html",
            bytes: latin1(
                "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; \
                 charset=iso-8859-1\"></head><body><p>\"Le café est fermé, paris,\" said Jean \
                 Dupont.</p></body></html>",
            ),
            quote: Some("paris"),
        },
        Good {
            name: "latin1-nometa.html",
            bytes: latin1(
                "<html><body><p>\"Le café est fermé à Besançon, lyon,\" said Jean Dupont.</p>\
                 </body></html>",
            ),
            quote: Some("lyon"),
        },
        Good { name: "deep.html", bytes: deep.into(), quote: Some("deep") },
        Good { name: "long-line.txt", bytes: long_line.into(), quote: Some("lines") },
        Good { name: "unclosed.txt", bytes: unclosed.into(), quote: Some("near") },
        Good { name: "many-quotes.txt", bytes: quotes.into(), quote: Some("everywhere") },
        Good {
            name: "dump.jsonl",
            bytes: "{\"id\":\"dump-1\",\"text\":\"“Records work too,” said Nick Clegg.\"}\n\
                    not json at all\n"
                .into(),
            quote: Some("records"),
        },
    ]
}

/// Bad files written as bytes, with the reason their skip line must give.
fn bad_files() -> Vec<(&'static str, Vec<u8>, &'static str)> {
    let png = [b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR".as_slice(), &[7u8; 200]].concat();
    let gzip = {
        use std::io::Write;
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
        gz.write_all("“Hidden in gzip,” said Nick Clegg.".repeat(50).as_bytes()).unwrap();
        gz.finish().unwrap()
    };
    vec![
        ("image.txt", png, "binary file (a PNG image)"),
        (
            "report.html",
            b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< >>\n".to_vec(),
            "a PDF document",
        ),
        ("archive.txt", gzip, "binary file (gzip-compressed data)"),
        ("nul.txt", b"text\0with\0nul\0bytes\0".to_vec(), "binary data"),
        ("empty.txt", Vec::new(), "empty file"),
        ("blank.md", b"  \n\n\t \r\n   \n".to_vec(), "only whitespace"),
        ("head-only.html", b"<html><head><title></title></head></html>".to_vec(), "no article"),
        (
            "title-only.html",
            b"<html><head><title>Only a headline</title></head></html>".to_vec(),
            "no article",
        ),
        ("corrupt.jsonl.gz", b"\x1f\x8b\x08\0garbage that is not deflate".to_vec(), "cannot read"),
        ("photo.png", b"\x89PNG\r\n\x1a\n".to_vec(), "not an article file"),
    ]
}

#[cfg(unix)]
#[test]
fn a_bad_corpus_is_indexed_without_panics() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let mut good = good_files();
    for g in &good {
        std::fs::write(corpus.join(g.name), &g.bytes).unwrap();
    }
    // Expected skip lines: path relative to the corpus → reason.
    let mut bad: BTreeMap<String, &str> = BTreeMap::new();
    for (name, bytes, reason) in bad_files() {
        std::fs::write(corpus.join(name), bytes).unwrap();
        bad.insert(name.to_string(), reason);
    }
    bad.insert("dump.jsonl#2".into(), "not a JSON object");
    // Over the size cap, without writing 6 MB: a sparse file.
    let big = std::fs::File::create(corpus.join("too-big.txt")).unwrap();
    big.set_len(CAP + 1).unwrap();
    bad.insert("too-big.txt".into(), "over the size cap of 6000000 bytes");
    // A symbolic link loop, and a link to nothing.
    std::os::unix::fs::symlink(".", corpus.join("loop")).unwrap();
    bad.insert("loop".into(), "symbolic link loop");
    std::os::unix::fs::symlink("gone.txt", corpus.join("dangling.txt")).unwrap();
    bad.insert("dangling.txt".into(), "cannot read");
    // A FIFO would block a reader forever.
    let fifo = std::process::Command::new("mkfifo").arg(corpus.join("fifo.txt")).status();
    if fifo.is_ok_and(|s| s.success()) {
        bad.insert("fifo.txt".into(), "not a regular file");
    } else {
        println!("note: mkfifo unavailable, FIFO case skipped");
    }
    // An unreadable file: root reads it anyway, then it is a good file.
    let locked = corpus.join("locked.txt");
    std::fs::write(&locked, "“Locked away from readers,” said Nick Clegg.\n").unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&locked).is_ok() {
        println!("note: running as root, chmod 000 does not stop reading: unreadable case skipped");
        good.push(Good { name: "locked.txt", bytes: Vec::new(), quote: Some("locked") });
    } else {
        bad.insert("locked.txt".into(), "cannot read: Permission denied");
    }

    let cap = CAP.to_string();
    let r = run(dir, &["index", "corpus", "--index", "idx", "--max-bytes", &cap]);
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o644)).unwrap();
    assert_eq!(r.code, 0, "index finishes with exit 0 despite skipped files:\n{}", r.stderr);

    // One skip line per bad file, naming it and saying why.
    let lines = skipped_lines(&r.stderr);
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for line in &lines {
        let rest = line.strip_prefix("newsclaims: skipped corpus/").unwrap_or_else(|| {
            panic!("skip line names the path as given: {line}");
        });
        let (path, reason) = rest.split_once(": ").expect("PATH: reason");
        assert!(seen.insert(path.to_string(), reason.to_string()).is_none(), "twice: {line}");
    }
    // A broken gzip stream is named by its first record.
    if let Some(reason) = seen.remove("corrupt.jsonl.gz#1") {
        seen.insert("corrupt.jsonl.gz".into(), reason);
    }
    let expected: BTreeSet<&String> = bad.keys().collect();
    let got: BTreeSet<&String> = seen.keys().collect();
    assert_eq!(got, expected, "skip lines:\n{}", lines.join("\n"));
    for (path, reason) in &bad {
        assert!(seen[path].contains(reason), "{path}: {:?} should say {reason:?}", seen[path]);
    }
    // No other noise: skip lines and the summary only.
    let other: Vec<&str> =
        r.stderr.lines().filter(|l| !l.starts_with("newsclaims: skipped ")).collect();
    assert_eq!(other.len(), 1, "{}", r.stderr);

    // Every good file is indexed and its quote is found.
    let index = ClaimIndex::open(&dir.join("idx")).unwrap();
    let articles = index.articles().unwrap();
    let mut ids: Vec<&str> = good.iter().map(|g| g.name).collect();
    ids.retain(|n| *n != "dump.jsonl");
    ids.push("dump-1");
    for id in &ids {
        assert!(articles.contains_key(*id), "{id} indexed; have {:?}", articles.keys());
    }
    assert_eq!(articles.len(), ids.len(), "{:?}", articles.keys());
    for g in &good {
        let Some(word) = g.quote else { continue };
        let s =
            run(dir, &["search", "--index", "idx", "--kind", "quote", "--format", "jsonl", word]);
        assert_eq!(s.code, 0, "{}: the quote with {word:?} is found", g.name);
    }
    // The decoded texts are right.
    let claims = all_claims(&dir.join("idx"));
    let content = |article: &str| -> Vec<String> {
        claims.iter().filter(|c| c.article == article).map(|c| c.content.clone()).collect()
    };
    assert!(content("stray-byte.txt").contains(&"We will fight \u{fffd} on the beaches,".into()));
    assert!(content("utf16le.txt").contains(&"Connectivity returned at noon,".into()));
    assert!(
        content("cp1251-meta.html").contains(&"Роскомнадзор заблокировал Твиттер, moscow,".into())
    );
    assert!(content("latin1-meta.html").contains(&"Le café est fermé, paris,".into()));
    assert!(content("latin1-nometa.html").contains(&"Le café est fermé à Besançon, lyon,".into()));
    assert!(content("unclosed.txt").contains(&"The end is near,".into()));
    let text = run(dir, &["text", "corpus/cp1251-nometa.html"]);
    assert!(text.stdout.starts_with("«Роскомнадзор заблокировал Твиттер»"), "{}", text.stdout);

    // The summary's counts.
    let summary = other[0];
    let n = ids.len();
    assert!(summary.starts_with(&format!("indexed {n} of {n} articles into idx ")), "{summary}");
    assert!(summary.contains(&format!("; {} files skipped;", bad.len())), "{summary}");
}

/// A size cap on JSON Lines records, and a cap small enough to skip a plain file.
#[test]
fn size_caps() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    let corpus = dir.join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    std::fs::write(corpus.join("small.txt"), "“Short and sweet,” said Nick Clegg.\n").unwrap();
    std::fs::write(corpus.join("large.txt"), "“Long and sour,” said Nick Clegg. ".repeat(20))
        .unwrap();
    let long = "x".repeat(500);
    let dump = format!(
        "{{\"id\":\"r1\",\"text\":\"“Fits the cap,” said Nick Clegg.\"}}\n\
         {{\"id\":\"r2\",\"text\":\"{long}\"}}\n\
         {{\"id\":\"r3\",\"text\":\"“After the big one,” said Nick Clegg.\"}}\n"
    );
    std::fs::write(corpus.join("dump.jsonl"), dump).unwrap();
    let r = run(dir, &["index", "corpus", "--index", "idx", "--max-bytes", "200"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let lines = skipped_lines(&r.stderr);
    assert_eq!(lines.len(), 2, "{}", r.stderr);
    assert!(
        lines.iter().any(|l| l.starts_with(
            "newsclaims: skipped corpus/dump.jsonl#2: record over the size cap of 200 bytes"
        )),
        "{lines:?}"
    );
    assert!(
        lines.iter().any(|l| l.starts_with("newsclaims: skipped corpus/large.txt: file of ")
            && l.contains("over the size cap of 200 bytes")),
        "{lines:?}"
    );
    let articles = ClaimIndex::open(&dir.join("idx")).unwrap().articles().unwrap();
    let ids: BTreeSet<&str> = articles.keys().map(String::as_str).collect();
    assert_eq!(ids, BTreeSet::from(["r1", "r3", "small.txt"]));
}

/// A file listed and then deleted before it is read is skipped, named, not fatal.
#[test]
fn a_file_deleted_during_the_run_is_skipped() {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path();
    std::fs::write(root.join("a.txt"), "“Here today,” said Nick Clegg.\n").unwrap();
    std::fs::write(root.join("b.html"), "<p>“Gone tomorrow,” said Nick Clegg.</p>").unwrap();
    std::fs::write(root.join("c.jsonl"), "{\"text\":\"“Also gone,” said Nick Clegg.\"}\n").unwrap();
    let walked = ingest::walk(root).unwrap();
    assert_eq!(walked.files.len(), 3);
    std::fs::remove_file(root.join("b.html")).unwrap();
    std::fs::remove_file(root.join("c.jsonl")).unwrap();
    let lex = Lexicons::builtin();
    let mut articles = Vec::new();
    let mut skipped = Vec::new();
    for file in &walked.files {
        ingest::read_file(root, file, &lex, IngestOptions::default(), &mut |item| match item {
            Ok(a) => articles.push(a.id),
            Err(s) => skipped.push(s),
        });
    }
    assert_eq!(articles, ["a.txt"]);
    assert_eq!(skipped.len(), 2, "{skipped:?}");
    for (s, name) in skipped.iter().zip(["b.html", "c.jsonl"]) {
        assert_eq!(Path::new(&s.path), root.join(name));
        assert!(s.reason.starts_with("cannot read: "), "{}", s.reason);
    }
}
