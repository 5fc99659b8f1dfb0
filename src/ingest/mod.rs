//! Ingest: files and folders in, [`Article`]s out.
//!
//! Plain text, HTML and JSON Lines (optionally gzip-compressed) are read;
//! encodings are detected; page furniture is removed. Anything that cannot be
//! read becomes a [`Skipped`] with a reason, never a panic.

pub mod decode;
pub mod entities;
pub mod html;
mod jsonl;
mod jsonl_fields;
pub mod text;
pub mod walk;

use crate::lexicon::Lexicons;
use crate::model::{Article, Skipped};
use std::io::Read;
use std::path::Path;
pub use walk::{walk, Format, Walk};

/// Limits on what is read.
#[derive(Debug, Clone, Copy)]
pub struct IngestOptions {
    /// Files larger than this are skipped (JSON Lines records: each record).
    pub max_bytes: u64,
}

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions { max_bytes: 50 * 1024 * 1024 }
    }
}

/// One item read from a file: an article or a note of what was skipped.
pub type Item = Result<Article, Skipped>;

/// The name of `path` relative to `root` (a single file: its file name).
pub fn relative_name(root: &Path, path: &Path) -> String {
    let rel = path.strip_prefix(root).ok().filter(|p| !p.as_os_str().is_empty());
    let rel = rel.unwrap_or_else(|| Path::new(path.file_name().unwrap_or(path.as_os_str())));
    rel.to_string_lossy().replace('\\', "/")
}

/// Reads every article of one file and hands each to `sink`, in file order.
/// JSON Lines files are streamed record by record, so memory stays bounded.
pub fn read_file(
    root: &Path,
    path: &Path,
    lex: &Lexicons,
    opts: IngestOptions,
    sink: &mut dyn FnMut(Item),
) {
    let name = relative_name(root, path);
    let skip = |reason: String| Skipped { path: path.display().to_string(), reason };
    let Some(format) = Format::of(path).or(Some(Format::Text)) else { return };
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) => return sink(Err(skip(format!("cannot read: {e}")))),
    };
    if !meta.is_file() {
        return sink(Err(skip("not a regular file".into())));
    }
    if let Format::JsonLines { gzip } = format {
        return jsonl::read(path, &name, gzip, lex, opts, sink);
    }
    if meta.len() > opts.max_bytes {
        let msg = format!(
            "file of {} bytes is over the size cap of {} bytes",
            meta.len(),
            opts.max_bytes
        );
        return sink(Err(skip(msg)));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let read =
        std::fs::File::open(path).and_then(|f| f.take(opts.max_bytes + 1).read_to_end(&mut bytes));
    if let Err(e) = read {
        return sink(Err(skip(format!("cannot read: {e}"))));
    }
    sink(article_from_bytes(&name, path, &bytes, format, lex).map_err(skip));
}

/// Builds an article from a whole file's bytes.
pub fn article_from_bytes(
    name: &str,
    path: &Path,
    bytes: &[u8],
    format: Format,
    lex: &Lexicons,
) -> Result<Article, String> {
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(if bytes.is_empty() { "empty file".into() } else { "only whitespace".into() });
    }
    let declared = match format {
        Format::Html => html::sniff_meta_charset(&bytes[..bytes.len().min(4096)]),
        _ => None,
    };
    let raw = decode::decode(bytes, declared.as_deref()).map_err(|e| e.0)?;
    let (title, text) = match format {
        Format::Html => {
            let page = html::extract_article(&raw);
            let body = text::normalise(&page.text, lex);
            if body.trim().is_empty() {
                // A headline alone (a page with no body, a script-rendered page) is no article.
                return Err("no article text found in the page".into());
            }
            let text = match &page.title {
                Some(t) if !body.starts_with(t.as_str()) => format!("{t}\n\n{body}"),
                _ => body,
            };
            (page.title, text)
        }
        _ => {
            let text = text::normalise(&entities::decode_entities(&raw), lex);
            (text::title_line(&text), text)
        }
    };
    if text.trim().is_empty() {
        return Err("no article text found".into());
    }
    Ok(Article {
        id: name.to_string(),
        source: path.to_path_buf(),
        title,
        url: None,
        date: None,
        text,
    })
}

/// Reads all articles under `root` (file or folder) into memory; for small
/// inputs and tests. Large corpora go through [`read_file`] one file at a time.
pub fn read_all(
    root: &Path,
    lex: &Lexicons,
    opts: IngestOptions,
) -> std::io::Result<(Vec<Article>, Vec<Skipped>)> {
    let walked = walk(root)?;
    let (mut articles, mut skipped) = (Vec::new(), walked.skipped);
    for file in &walked.files {
        read_file(root, file, lex, opts, &mut |item| match item {
            Ok(a) => articles.push(a),
            Err(s) => skipped.push(s),
        });
    }
    Ok((articles, skipped))
}
