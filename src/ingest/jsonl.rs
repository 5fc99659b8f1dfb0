//! JSON Lines news dumps: one article a line.

use super::jsonl_fields::Fields;
use super::{text, IngestOptions, Item};
use crate::lexicon::Lexicons;
use crate::model::{Article, Skipped};
use serde_json::Value;
use std::io::{BufRead, BufReader, Read};
use std::path::Path;

/// Fields that may hold the body, in order of preference.
const BODY_FIELDS: &[&str] = &["text", "body", "content"];

/// Streams the records of a JSON Lines file (gzip-compressed if `gzip`).
pub fn read(
    path: &Path,
    name: &str,
    gzip: bool,
    lex: &Lexicons,
    opts: IngestOptions,
    sink: &mut dyn FnMut(Item),
) {
    let skip = |where_: String, reason: String| Skipped { path: where_, reason };
    let file = match std::fs::File::open(path) {
        Ok(f) => f,
        Err(e) => return sink(Err(skip(path.display().to_string(), format!("cannot read: {e}")))),
    };
    let reader: Box<dyn Read> =
        if gzip { Box::new(flate2::read::GzDecoder::new(file)) } else { Box::new(file) };
    let mut reader = BufReader::with_capacity(1 << 16, reader);
    let mut line = Vec::new();
    let mut number = 0usize;
    loop {
        line.clear();
        number += 1;
        // Where a skipped record was: formatted only for one.
        let here = || format!("{}#{number}", path.display());
        match read_line(&mut reader, opts.max_bytes + 1, &mut line) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => return sink(Err(skip(here(), format!("cannot read: {e}")))),
        }
        if line.len() as u64 > opts.max_bytes {
            let reason = format!("record over the size cap of {} bytes", opts.max_bytes);
            sink(Err(skip(here(), reason)));
            // Skip the rest of the oversized line.
            let mut rest = Vec::new();
            if reader.read_until(b'\n', &mut rest).is_err() {
                return;
            }
            continue;
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        sink(record(&line, name, number, path, lex).map_err(|reason| skip(here(), reason)));
    }
}

/// `reader.take(limit).read_until(b'\n', out)`: the next line, its newline
/// included, or its first `limit` bytes; with the SIMD search of `memchr`
/// (the standard library's searches a word at a time).
fn read_line(reader: &mut impl BufRead, limit: u64, out: &mut Vec<u8>) -> std::io::Result<usize> {
    let mut read = 0;
    loop {
        let left = usize::try_from(limit - read as u64).unwrap_or(usize::MAX);
        let buf = match reader.fill_buf() {
            Ok(buf) => &buf[..buf.len().min(left)],
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let (used, done) = match memchr::memchr(b'\n', buf) {
            Some(i) => (i + 1, true),
            None => (buf.len(), buf.is_empty()),
        };
        out.extend_from_slice(&buf[..used]);
        reader.consume(used);
        read += used;
        if done {
            return Ok(read);
        }
    }
}

fn record(
    line: &[u8],
    name: &str,
    number: usize,
    path: &Path,
    lex: &Lexicons,
) -> Result<Article, String> {
    // `from_utf8` checks ASCII a word at a time, for a tenth of the lossy
    // decoder's instructions; that one is needed only for a broken record.
    let line = match std::str::from_utf8(line) {
        Ok(valid) => std::borrow::Cow::Borrowed(valid),
        Err(_) => String::from_utf8_lossy(line),
    };
    // The fields read, without building the others; on an error, the whole
    // record as a `Value`, as it always was read, says what is wrong.
    let obj = match serde_json::from_str::<Fields>(&line) {
        Ok(fields) => fields,
        Err(_) => {
            let value: Value =
                serde_json::from_str(&line).map_err(|e| format!("not a JSON object: {e}"))?;
            Fields::of(value.as_object().ok_or("not a JSON object")?)
        }
    };
    let field = |k: &str| match obj.get(k) {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        _ => None,
    };
    let body = BODY_FIELDS.iter().find_map(|k| field(k)).ok_or("no text, body or content field")?;
    let text = text::normalise(&super::entities::decode_entities(&body), lex);
    if text.trim().is_empty() {
        return Err("empty text".into());
    }
    Ok(Article {
        id: field("id").unwrap_or_else(|| format!("{name}#{number}")),
        source: path.to_path_buf(),
        title: field("title"),
        url: field("url"),
        date: field("date"),
        text,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "{\"id\":\"a1\",\"title\":\"T\",\"text\":\"Body one.\"}\nnot json\n\n{\"body\":\"Body two.\"}\n{\"id\":3}\n";

    #[test]
    fn records_and_bad_lines() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.jsonl");
        std::fs::write(&path, TEXT).unwrap();
        let mut items = Vec::new();
        read(&path, "d.jsonl", false, &Lexicons::builtin(), IngestOptions::default(), &mut |i| {
            items.push(i)
        });
        assert_eq!(items.len(), 4);
        let a = items[0].as_ref().unwrap();
        assert_eq!(
            (a.id.as_str(), a.title.as_deref(), a.text.as_str()),
            ("a1", Some("T"), "Body one.")
        );
        assert!(items[1].as_ref().unwrap_err().path.ends_with("d.jsonl#2"));
        assert_eq!(items[2].as_ref().unwrap().id, "d.jsonl#4");
        assert_eq!(items[3].as_ref().unwrap_err().reason, "no text, body or content field");
    }

    #[test]
    fn lines_read_as_take_and_read_until_read_them() {
        let text = "ab\n\nlong line here\nx\n\n\nlast without newline";
        // Buffers shorter and longer than the lines; limits shorter and longer.
        for capacity in [1, 2, 3, 7, 64] {
            for limit in [1, 2, 3, 5, 14, 15, 100] {
                let (mut ours, mut std) = (
                    BufReader::with_capacity(capacity, text.as_bytes()),
                    BufReader::with_capacity(capacity, text.as_bytes()),
                );
                loop {
                    let (mut a, mut b) = (Vec::new(), Vec::new());
                    let n = read_line(&mut ours, limit, &mut a).unwrap();
                    let m = std.by_ref().take(limit).read_until(b'\n', &mut b).unwrap();
                    assert_eq!((n, &a), (m, &b), "capacity {capacity}, limit {limit}");
                    if n == 0 {
                        break;
                    }
                }
            }
        }
    }
}
