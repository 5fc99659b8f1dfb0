//! The command line on the real binary: index → search → export on a few small
//! articles, the output formats, exit codes (0 found, 1 nothing found, 2 error),
//! CSV quoting and formula neutralisation, the claims contract of `extract`,
//! `text`, closed pipes and `NEWSCLAIMS_INDEX`.

mod common;

use common::{command, run, write_files, Run, ARTICLES};
use serde_json::Value;
use std::io::Write;
use std::path::Path;
use std::process::Stdio;

/// The claims contract's fields (shared/spec/claims-contract.md), with their JSON types.
const CONTRACT: &[(&str, &str)] = &[
    ("article", "string"),
    ("kind", "kind"),
    ("speaker", "string|null"),
    ("speaker_mention", "string|null"),
    ("speaker_role", "string|null"),
    ("cue", "string|null"),
    ("content", "string"),
    ("actor", "string|null"),
    ("action", "string|null"),
    ("target", "string|null"),
    ("negated", "bool"),
    ("start", "integer"),
    ("end", "integer"),
    ("sentence", "string"),
];

/// The claims table's header: the contract's fields, then the extensions.
const CLAIMS_HEADER: &[&str] = &[
    "article",
    "kind",
    "speaker",
    "speaker_mention",
    "speaker_role",
    "cue",
    "content",
    "actor",
    "action",
    "target",
    "negated",
    "start",
    "end",
    "sentence",
    "rule",
    "cameo",
    "modality",
    "speaker_kind",
    "actor_kind",
    "target_kind",
];

/// A temp folder holding `corpus/` (the small articles) and `idx/`, indexed.
fn indexed() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    write_files(&tmp.path().join("corpus"), ARTICLES);
    let r = run(tmp.path(), &["index", "corpus", "--index", "idx"]);
    assert_eq!(r.code, 0, "index failed: {}", r.stderr);
    tmp
}

fn search(dir: &Path, args: &[&str]) -> Run {
    let mut all = vec!["search", "--index", "idx"];
    all.extend_from_slice(args);
    run(dir, &all)
}

fn jsonl(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

fn csv_rows(stdout: &str) -> Vec<Vec<String>> {
    let mut reader =
        csv::ReaderBuilder::new().has_headers(false).flexible(false).from_reader(stdout.as_bytes());
    reader.records().map(|r| r.unwrap().iter().map(str::to_string).collect()).collect()
}

/// Checks one JSON claim against the contract: every field, of its type.
fn assert_contract(claim: &Value) {
    let obj = claim.as_object().unwrap_or_else(|| panic!("not an object: {claim}"));
    for (field, ty) in CONTRACT {
        let v = obj.get(*field).unwrap_or_else(|| panic!("field {field} missing: {claim}"));
        let ok = match *ty {
            "string" => v.is_string(),
            "string|null" => v.is_string() || v.is_null(),
            "bool" => v.is_boolean(),
            "integer" => v.is_u64(),
            "kind" => matches!(v.as_str(), Some("quote" | "indirect" | "action")),
            _ => unreachable!(),
        };
        assert!(ok, "field {field} should be {ty}: {claim}");
    }
    assert!(obj["start"].as_u64() <= obj["end"].as_u64(), "start after end: {claim}");
}

#[test]
fn index_then_search_then_export() {
    let tmp = indexed();
    let dir = tmp.path();
    // The summary: every article indexed, nothing skipped.
    // Again: no file has changed since, so none is read.
    let again = run(dir, &["index", "corpus", "--index", "idx"]);
    assert_eq!(again.code, 0);
    assert!(again.stderr.contains("0 of 0 articles"), "{}", again.stderr);
    assert!(again.stderr.contains("4 files unchanged, not read"), "{}", again.stderr);
    // A file written again (the same bytes, a new time) is read, and its
    // article found unchanged.
    let twitter = dir.join("corpus/twitter.txt");
    let text = std::fs::read(&twitter).unwrap();
    std::thread::sleep(std::time::Duration::from_millis(20));
    std::fs::write(&twitter, &text).unwrap();
    let touched = run(dir, &["index", "corpus", "--index", "idx"]);
    assert!(touched.stderr.contains("0 of 1 articles"), "{}", touched.stderr);
    assert!(touched.stderr.contains("(1 unchanged"), "{}", touched.stderr);
    assert!(touched.stderr.contains("3 files unchanged"), "{}", touched.stderr);

    let r = search(dir, &["comply"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.lines().len(), 1, "{}", r.stdout);
    assert!(r.stdout.contains("“We will not comply with the order,”"), "{}", r.stdout);
    assert!(r.stdout.contains("Elon Musk") && r.stdout.contains("[twitter.txt]"), "{}", r.stdout);

    // Every article is found by a word of its quote, with its speaker.
    for (word, article, speaker) in [
        ("comply", "twitter.txt", "Elon Musk"),
        ("reviewed", "meta.txt", "Nick Clegg"),
        ("connectivity", "netblocks.md", "Alp Toker"),
        ("overdue", "sub/ukraine.html", "Volodymyr Zelensky"),
    ] {
        let r = search(dir, &["--format", "jsonl", "--kind", "quote", word]);
        assert_eq!(r.code, 0, "{word}: {}", r.stderr);
        let hits = jsonl(&r.stdout);
        assert_eq!(hits.len(), 1, "{word}: {}", r.stdout);
        assert_eq!(hits[0]["article"], article);
        assert_eq!(hits[0]["speaker"], speaker);
        assert_contract(&hits[0]);
    }

    // Filters: by speaker (a word of the name) and by kind.
    let r = search(dir, &["--speaker", "clegg", "--format", "jsonl"]);
    assert_eq!(r.code, 0);
    assert!(jsonl(&r.stdout).iter().all(|c| c["speaker"] == "Nick Clegg"), "{}", r.stdout);
    let r = search(dir, &["--kind", "quote", "--format", "jsonl"]);
    let quotes = jsonl(&r.stdout);
    assert!(quotes.len() >= 4 && quotes.iter().all(|c| c["kind"] == "quote"), "{}", r.stdout);

    // The export holds the same claims as an unfiltered search.
    let all = search(dir, &["--format", "jsonl", "--limit", "1000", "--include-possible"]);
    let exported = run(dir, &["export", "--index", "idx"]);
    assert_eq!(exported.code, 0, "{}", exported.stderr);
    let rows = csv_rows(&exported.stdout);
    assert_eq!(rows[0], CLAIMS_HEADER);
    assert_eq!(rows.len() - 1, jsonl(&all.stdout).len());
    let contents: Vec<&str> = rows[1..].iter().map(|r| r[6].as_str()).collect();
    assert!(contents.contains(&"We will not comply with the order,"), "{contents:?}");
}

#[test]
fn search_formats() {
    let tmp = indexed();
    let dir = tmp.path();
    let table = search(dir, &["--format", "table", "reviewed"]);
    assert_eq!(table.code, 0);
    let line = table.lines()[0];
    assert!(line.starts_with("Nick Clegg"), "{line}");
    assert!(line.contains("said") && line.ends_with("[meta.txt]"), "{line}");
    assert!(!line.contains('\x1b'), "no colour when stdout is not a terminal: {line:?}");

    let csv = search(dir, &["--format", "csv", "reviewed"]);
    assert_eq!(csv.code, 0);
    let rows = csv_rows(&csv.stdout);
    assert_eq!(rows[0], CLAIMS_HEADER);
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[1][0], "meta.txt");
    assert_eq!(rows[1][6], "The decision is final, it will not be reviewed,");
    let sentence = "\"The decision is final, it will not be reviewed,\" said Nick Clegg.";
    assert_eq!(rows[1][13], sentence);

    let json = search(dir, &["--format", "jsonl", "reviewed"]);
    let claims = jsonl(&json.stdout);
    assert_eq!(claims.len(), 1);
    assert_contract(&claims[0]);
    assert_eq!(claims[0]["content"], rows[1][6]);

    // Nothing found: exit 1 in every format, and the CSV still has its header.
    for format in ["table", "jsonl"] {
        let r = search(dir, &["--format", format, "xylophone"]);
        assert_eq!((r.code, r.stdout.as_str()), (1, ""), "{format}: {}", r.stderr);
    }
    let r = search(dir, &["--format", "csv", "xylophone"]);
    assert_eq!(r.code, 1);
    assert_eq!(csv_rows(&r.stdout), vec![CLAIMS_HEADER.to_vec()]);
    let r = search(dir, &["--speaker", "Nobody Atall"]);
    assert_eq!(r.code, 1);
}

#[test]
fn errors_exit_2_with_a_message() {
    let tmp = indexed();
    let dir = tmp.path();
    for bad in ["speaker:(", "\"unclosed phrase", "AND OR (("] {
        let r = search(dir, &[bad]);
        assert_eq!(r.code, 2, "{bad}: {}", r.stdout);
        assert!(r.stderr.starts_with("newsclaims: error: bad query"), "{bad}: {}", r.stderr);
        assert_eq!(r.stderr.lines().count(), 1, "one line: {}", r.stderr);
    }
    let r = run(dir, &["index", "no-such-folder", "--index", "idx"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-folder: no such file or folder"), "{}", r.stderr);
    for cmd in [&["extract", "no-such-folder"][..], &["text", "no-such-folder"]] {
        let r = run(dir, cmd);
        assert_eq!(r.code, 2, "{cmd:?}");
        assert!(r.stderr.contains("no-such-folder"), "{cmd:?}: {}", r.stderr);
    }
    for cmd in [&["search", "--index", "nowhere", "x"][..], &["export", "--index", "nowhere"]] {
        let r = run(dir, cmd);
        assert_eq!(r.code, 2, "{cmd:?}");
        assert!(r.stderr.contains("no newsclaims index here"), "{cmd:?}: {}", r.stderr);
        assert!(!dir.join("nowhere").exists(), "search must not create an index");
    }
    // A folder that is not an index at all.
    let r = run(dir, &["search", "--index", "corpus", "x"]);
    assert_eq!(r.code, 2);
    // Unknown options are usage errors (clap), also exit 2.
    let r = run(dir, &["search", "--index", "idx", "--format", "xml", "x"]);
    assert_eq!(r.code, 2);
}

#[test]
fn export_tables_are_rfc4180() {
    let tmp = indexed();
    let dir = tmp.path();
    let headers = [
        ("claims", CLAIMS_HEADER.to_vec()),
        ("actors", vec!["name", "kind", "aliases", "mentions", "statements", "articles"]),
        ("actions", vec!["actor", "action", "target", "negated", "count", "articles"]),
    ];
    for (table, header) in headers {
        let r = run(dir, &["export", "--index", "idx", "--table", table]);
        assert_eq!(r.code, 0, "{table}: {}", r.stderr);
        // RFC 4180: CRLF after every record, the header first.
        assert!(r.stdout.ends_with("\r\n"), "{table}");
        assert_eq!(r.stdout.matches('\n').count(), r.stdout.matches("\r\n").count(), "{table}");
        assert!(r.stdout.starts_with(&(header.join(",") + "\r\n")), "{table}: {}", r.stdout);
        let rows = csv_rows(&r.stdout);
        assert!(rows.len() > 1, "{table} has rows");
        assert!(rows.iter().all(|row| row.len() == header.len()), "{table}");
    }
    let actors = csv_rows(&run(dir, &["export", "--index", "idx", "--table", "actors"]).stdout);
    let names: Vec<&str> = actors[1..].iter().map(|r| r[0].as_str()).collect();
    for who in ["Elon Musk", "Nick Clegg", "Alp Toker"] {
        assert!(names.contains(&who), "{who} in {names:?}");
    }
    let actions = csv_rows(&run(dir, &["export", "--index", "idx", "--table", "actions"]).stdout);
    assert!(actions.iter().any(|r| r[..3] == ["Roskomnadzor", "block", "Twitter"]), "{actions:?}");

    // Quoting: a cell with a comma is quoted; one with double quotes too, quotes doubled.
    let claims = run(dir, &["export", "--index", "idx", "--query", "reviewed"]).stdout;
    let content = ",\"The decision is final, it will not be reviewed,\",";
    let sentence = ",\"\"\"The decision is final, it will not be reviewed,\"\" said Nick Clegg.\",";
    assert!(claims.contains(content) && claims.contains(sentence), "{claims}");
    // --out writes the same bytes to a file.
    let r = run(dir, &["export", "--index", "idx", "--out", "claims.csv"]);
    assert_eq!((r.code, r.stdout.as_str()), (0, ""));
    let file = std::fs::read_to_string(dir.join("claims.csv")).unwrap();
    assert_eq!(file, run(dir, &["export", "--index", "idx"]).stdout);
}

#[test]
fn actors_table_takes_kinds_from_the_users_lexicons() {
    let tmp = indexed();
    let dir = tmp.path();
    let kind_of = |extra: &[&str], who: &str| {
        let mut args = vec!["export", "--index", "idx", "--table", "actors"];
        args.extend_from_slice(extra);
        let r = run(dir, &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let rows = csv_rows(&r.stdout);
        rows.iter().find(|r| r[0] == who).map(|r| r[1].clone())
    };
    assert_eq!(kind_of(&[], "Alp Toker").as_deref(), Some("person"));
    // A user file redefines the actor (same name, another kind).
    write_files(dir, &[("lex/actors.tsv", "Alp Toker\torganisation\t\t\n")]);
    assert_eq!(kind_of(&["--lexicons", "lex"], "Alp Toker").as_deref(), Some("organisation"));
}

#[test]
fn formulas_are_neutralised_unless_raw() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_files(
        &dir.join("corpus"),
        &[
            ("=cmd.txt", "“=1+1 is not a formula,” said Nick Clegg.\n"),
            ("+plus.txt", "“+7 is a country code,” said Alp Toker.\n"),
            ("-minus.txt", "“-5 degrees is cold,” said Alp Toker.\n"),
            ("@at.txt", "“@everyone should read this,” said Alp Toker.\n"),
            ("plain.txt", "“Nothing to defuse here,” said Alp Toker.\n"),
        ],
    );
    assert_eq!(run(dir, &["index", "corpus", "--index", "idx", "-q"]).code, 0);
    let quotes = |raw: bool| {
        let mut args = vec!["export", "--index", "idx", "--query", "kind:quote"];
        if raw {
            args.push("--raw");
        }
        let r = run(dir, &args);
        assert_eq!(r.code, 0, "{}", r.stderr);
        csv_rows(&r.stdout)[1..].iter().map(|r| (r[0].clone(), r[6].clone())).collect::<Vec<_>>()
    };
    let defused = quotes(false);
    let raw = quotes(true);
    assert_eq!(defused.len(), 5, "{defused:?}");
    assert_eq!(raw.len(), 5, "{raw:?}");
    for ((article, content), (raw_article, raw_content)) in defused.iter().zip(&raw) {
        assert!(!raw_article.starts_with('\''), "{raw_article}");
        for (cell, raw_cell) in [(article, raw_article), (content, raw_content)] {
            if raw_cell.starts_with(['=', '+', '-', '@']) {
                assert_eq!(*cell, format!("'{raw_cell}"));
            } else {
                assert_eq!(cell, raw_cell);
            }
        }
    }
    let articles: Vec<&str> = raw.iter().map(|(a, _)| a.as_str()).collect();
    assert_eq!(articles, ["+plus.txt", "-minus.txt", "=cmd.txt", "@at.txt", "plain.txt"]);
    assert_eq!(defused[2], ("'=cmd.txt".to_string(), "'=1+1 is not a formula,".to_string()));
    // The search CSV output defuses too (it is meant for spreadsheets as well).
    let r = run(dir, &["search", "--index", "idx", "--format", "csv", "formula"]);
    assert!(r.stdout.contains("'=cmd.txt,"), "{}", r.stdout);
}

#[test]
fn extract_follows_the_claims_contract() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_files(dir, ARTICLES);
    let extra = "Ban upheld\n\nThe court said that the ban on the app would stay. \
                 According to the ministry, 40 sites were blocked.\n\n\
                 “It is a sad day,” he said. “We will appeal.”\n";
    write_files(dir, &[("extra.txt", extra)]);
    for (name, _) in ARTICLES.iter().chain([&("extra.txt", extra)]) {
        let r = run(dir, &["extract", name, "--format", "jsonl"]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        let text = run(dir, &["text", name]);
        assert_eq!(text.code, 0);
        // `text` prints the article text and a blank line.
        let text = text.stdout.strip_suffix("\n\n").expect("text ends with a blank line");
        let claims = jsonl(&r.stdout);
        assert!(!claims.is_empty(), "{name}");
        let file_name = Path::new(name).file_name().unwrap().to_str().unwrap();
        for c in &claims {
            assert_contract(c);
            assert_eq!(c["article"], file_name, "a single file's claims carry its file name");
            let (start, end) = (c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap());
            let span = text.get(start as usize..end as usize).expect("offsets inside the text");
            if c["kind"] != "action" {
                assert_eq!(span, c["content"], "{name}: text[start..end] == content");
            }
            assert!(text.contains(c["sentence"].as_str().unwrap()), "{name}: {c}");
        }
    }
    // A folder: article names are relative paths.
    let r = run(dir, &["extract", ".", "--format", "jsonl"]);
    let articles: std::collections::BTreeSet<String> =
        jsonl(&r.stdout).iter().map(|c| c["article"].as_str().unwrap().to_string()).collect();
    assert!(articles.contains("sub/ukraine.html"), "{articles:?}");
    assert!(articles.contains("twitter.txt"), "{articles:?}");
    // The other formats.
    let r = run(dir, &["extract", "twitter.txt", "--format", "csv"]);
    assert_eq!(csv_rows(&r.stdout)[0], CLAIMS_HEADER);
    let r = run(dir, &["extract", "twitter.txt", "--format", "table"]);
    assert!(r.stdout.contains("“We will not comply with the order,”"), "{}", r.stdout);
    // No claims: exit 1.
    write_files(dir, &[("calm.txt", "Nothing happened today.\n")]);
    let r = run(dir, &["extract", "calm.txt"]);
    assert_eq!((r.code, r.stdout.as_str()), (1, ""), "{}", r.stderr);
}

#[test]
fn text_prints_what_the_extractors_see() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_files(dir, ARTICLES);
    write_files(dir, &[("crlf.txt", "Title\r\n\r\n\r\n\r\nFirst para.   \r\nSecond line.\r\n")]);
    let r = run(dir, &["text", "crlf.txt"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout, "Title\n\nFirst para.\nSecond line.\n\n");
    let r = run(dir, &["text", "sub/ukraine.html"]);
    assert_eq!(r.code, 0);
    assert_eq!(
        r.stdout,
        "Kyiv reacts\n\n“Sanctions against the platform are overdue,” said Volodymyr Zelensky.\n\n"
    );
    // A folder: one header per article.
    let r = run(dir, &["text", "."]);
    assert_eq!(r.code, 0);
    for name in ["crlf.txt", "meta.txt", "netblocks.md", "sub/ukraine.html", "twitter.txt"] {
        assert!(r.stdout.contains(&format!("==> {name} <==\n")), "{name}: {}", r.stdout);
    }
}

/// A closed output pipe (`newsclaims search x | head -0`) ends the run quietly, exit 0.
#[test]
fn closed_pipe_is_not_an_error() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    // Long quotes, so that every format writes far more than a pipe holds.
    let mut dump = std::fs::File::create(dir.join("long.jsonl")).unwrap();
    for i in 0..300 {
        let words = format!("pipeword{i} and more words ").repeat(60);
        let text = format!("“{words}now,” said Nick Clegg.");
        writeln!(dump, "{}", serde_json::json!({ "id": format!("l{i}"), "text": text })).unwrap();
    }
    drop(dump);
    assert_eq!(run(dir, &["index", "long.jsonl", "--index", "idx", "-q"]).code, 0);
    let cases: &[&[&str]] = &[
        &["search", "--index", "idx", "--limit", "1000", "--format", "jsonl", "words"],
        &["search", "--index", "idx", "--limit", "1000", "--format", "csv", "words"],
        &["search", "--index", "idx", "--limit", "1000", "--format", "table", "words"],
        &["export", "--index", "idx"],
        &["export", "--index", "idx", "--table", "actors"],
        &["extract", "long.jsonl", "--format", "jsonl"],
        &["extract", "long.jsonl", "--format", "csv"],
        &["text", "long.jsonl"],
    ];
    for args in cases {
        let mut child =
            command(dir, args).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
        drop(child.stdout.take()); // the reader goes away before reading anything
        let out = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(0), "{args:?}: {stderr}");
        assert!(!stderr.contains("error"), "{args:?}: {stderr}");
    }
}

#[test]
fn index_location_from_env_then_default() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_files(&dir.join("corpus"), ARTICLES);
    let env_index = dir.join("from-env");
    let with_env = |args: &[&str]| {
        let mut cmd = command(dir, args);
        cmd.env("NEWSCLAIMS_INDEX", &env_index);
        common::run_cmd(cmd)
    };
    assert_eq!(with_env(&["index", "corpus", "-q"]).code, 0);
    assert!(env_index.join("meta.json").is_file(), "the index is where NEWSCLAIMS_INDEX says");
    assert!(!dir.join("newsclaims-index").exists());
    let r = with_env(&["search", "comply"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("[twitter.txt]"));
    assert_eq!(with_env(&["export"]).code, 0);
    // --index wins over the variable.
    let r = with_env(&["search", "--index", "elsewhere", "comply"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("elsewhere"), "{}", r.stderr);
    // Neither: ./newsclaims-index.
    assert_eq!(run(dir, &["index", "corpus", "-q"]).code, 0);
    assert!(dir.join("newsclaims-index/meta.json").is_file());
    assert_eq!(run(dir, &["search", "comply"]).code, 0);
}

#[test]
fn an_index_without_claims_exports_only_headers() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path();
    write_files(&dir.join("corpus"), &[("calm.txt", "Nothing happened today.\n")]);
    let r = run(dir, &["index", "corpus", "--index", "idx"]);
    assert_eq!(r.code, 0);
    assert!(r.stderr.contains("indexed 1 of 1 articles"), "{}", r.stderr);
    let r = run(dir, &["export", "--index", "idx"]);
    assert_eq!(r.code, 1);
    assert_eq!(r.stdout, CLAIMS_HEADER.join(",") + "\r\n");
    let r = run(dir, &["search", "--index", "idx"]);
    assert_eq!((r.code, r.stdout.as_str()), (1, ""));
}
