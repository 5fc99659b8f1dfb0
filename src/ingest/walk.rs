//! Finding the article files under a path.

use crate::model::Skipped;
use std::collections::HashSet;
use std::path::{Path, PathBuf};

/// The kinds of file newsclaims reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// .txt, .text, .md
    Text,
    /// .html, .htm, .xhtml
    Html,
    /// .jsonl, .ndjson, optionally .gz-compressed
    JsonLines {
        /// The file is gzip-compressed.
        gzip: bool,
    },
}

impl Format {
    /// The format a file name implies, if newsclaims reads it.
    pub fn of(path: &Path) -> Option<Format> {
        let name = path.file_name()?.to_str()?.to_ascii_lowercase();
        let (stem, gzip) = match name.strip_suffix(".gz") {
            Some(stem) => (stem, true),
            None => (name.as_str(), false),
        };
        let ext = stem.rsplit_once('.').map(|(_, e)| e)?;
        match (ext, gzip) {
            ("txt" | "text" | "md", false) => Some(Format::Text),
            ("html" | "htm" | "xhtml", false) => Some(Format::Html),
            ("jsonl" | "ndjson", gzip) => Some(Format::JsonLines { gzip }),
            _ => None,
        }
    }
}

/// The files found under a root, and what could not be walked.
#[derive(Debug, Default)]
pub struct Walk {
    /// Article files in a stable (sorted) order.
    pub files: Vec<PathBuf>,
    /// Folders or files that could not be read, and files of other types.
    pub skipped: Vec<Skipped>,
}

/// Lists the article files at `root` (a file or a folder, walked recursively).
/// Hidden files and folders are skipped; symbolic links are followed once, so
/// a link loop ends the walk of that branch with a note.
pub fn walk(root: &Path) -> std::io::Result<Walk> {
    let meta = std::fs::metadata(root)?;
    let mut walk = Walk::default();
    if meta.is_file() {
        walk.files.push(root.to_path_buf());
        return Ok(walk);
    }
    let mut seen = HashSet::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        if let Ok(real) = dir.canonicalize() {
            if !seen.insert(real) {
                walk.skipped.push(skipped(&dir, "symbolic link loop: folder already visited"));
                continue;
            }
        }
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) => {
                walk.skipped.push(skipped(&dir, &format!("cannot read folder: {e}")));
                continue;
            }
        };
        let mut children: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        children.sort();
        let mut subdirs = Vec::new();
        for path in children {
            let hidden =
                path.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with('.'));
            if hidden {
                continue;
            }
            match std::fs::metadata(&path) {
                Ok(m) if m.is_dir() => subdirs.push(path),
                // A FIFO, socket or device would block or never end: only plain files.
                Ok(m) if !m.is_file() => walk.skipped.push(skipped(&path, "not a regular file")),
                Ok(_) if Format::of(&path).is_some() => walk.files.push(path),
                Ok(_) => walk
                    .skipped
                    .push(skipped(&path, "not an article file (.txt, .md, .html, .jsonl)")),
                Err(e) => walk.skipped.push(skipped(&path, &format!("cannot read: {e}"))),
            }
        }
        stack.extend(subdirs.into_iter().rev());
    }
    Ok(walk)
}

fn skipped(path: &Path, reason: &str) -> Skipped {
    Skipped { path: path.display().to_string(), reason: reason.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        assert_eq!(Format::of(Path::new("a/b.TXT")), Some(Format::Text));
        assert_eq!(Format::of(Path::new("x.htm")), Some(Format::Html));
        assert_eq!(Format::of(Path::new("dump.jsonl.gz")), Some(Format::JsonLines { gzip: true }));
        assert_eq!(Format::of(Path::new("x.png")), None);
        assert_eq!(Format::of(Path::new("x.txt.gz")), None);
    }

    #[test]
    fn walks_sorted_skipping_hidden() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        std::fs::write(dir.path().join("sub/b.txt"), "b").unwrap();
        std::fs::write(dir.path().join("a.html"), "a").unwrap();
        std::fs::write(dir.path().join(".hidden.txt"), "h").unwrap();
        std::fs::write(dir.path().join("photo.png"), "p").unwrap();
        let w = walk(dir.path()).unwrap();
        let names: Vec<_> =
            w.files.iter().map(|p| p.strip_prefix(dir.path()).unwrap().to_owned()).collect();
        assert_eq!(names, [PathBuf::from("a.html"), PathBuf::from("sub/b.txt")]);
        assert_eq!(w.skipped.len(), 1);
    }
}
