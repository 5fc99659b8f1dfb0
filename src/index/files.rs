//! The input files a finished `index` run read whole, kept in `files.tsv`
//! in the index folder: size, modification time and path. A file whose size
//! and time are the same on the next run is not opened again (an unchanged
//! 26 MB `.jsonl.gz` otherwise costs its whole decompression to find that
//! every article is unchanged). A changed file is read, and its articles are
//! still compared one by one by content hash. The list is a cache: missing,
//! unreadable or malformed, it is ignored, and the files are read.

use crate::{Error, Result};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::UNIX_EPOCH;

/// The list's file name in the index folder.
const FILE_NAME: &str = "files.tsv";
/// Its first line, so a list of another form is ignored, not misread.
const HEADER: &str = "# newsclaims read files v1: size, modified (ns since 1970), path";

/// What identifies a version of an input file: its canonical path, size and
/// modification time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileStamp {
    path: String,
    size: u64,
    modified_ns: u128,
}

impl FileStamp {
    /// The stamp of `file` now; none when it cannot be read or its path
    /// cannot be written on one line of the list.
    pub fn of(file: &Path) -> Option<FileStamp> {
        let meta = std::fs::metadata(file).ok()?;
        let modified_ns = meta.modified().ok()?.duration_since(UNIX_EPOCH).ok()?.as_nanos();
        Some(FileStamp { path: listed_path(file)?, size: meta.len(), modified_ns })
    }

    /// The file's path as the list writes it ([`listed_path`]).
    pub fn path(&self) -> &str {
        &self.path
    }
}

/// The canonical path of `file` as the list writes it; none when it cannot
/// be resolved or written on one line.
pub fn listed_path(file: &Path) -> Option<String> {
    let path = file.canonicalize().ok()?.to_str()?.to_string();
    (!path.contains(['\t', '\n', '\r'])).then_some(path)
}

/// The files read whole by earlier runs into one index.
#[derive(Debug, Default)]
pub struct ReadFiles {
    at: PathBuf,
    files: HashMap<String, (u64, u128)>,
}

impl ReadFiles {
    /// The list of the index folder `index_dir` (empty when there is none).
    pub fn load(index_dir: &Path) -> ReadFiles {
        let at = index_dir.join(FILE_NAME);
        let text = std::fs::read_to_string(&at).unwrap_or_default();
        let mut lines = text.lines();
        let files = match lines.next() {
            Some(HEADER) => lines.filter_map(parse_line).collect(),
            _ => HashMap::new(),
        };
        ReadFiles { at, files }
    }

    /// True when `stamp` is the version of its file an earlier run read whole.
    pub fn unchanged(&self, stamp: &FileStamp) -> bool {
        self.files.get(&stamp.path) == Some(&(stamp.size, stamp.modified_ns))
    }

    /// Notes that this run read the file of `stamp` whole.
    pub fn record(&mut self, stamp: FileStamp) {
        self.files.insert(stamp.path, (stamp.size, stamp.modified_ns));
    }

    /// Writes the list (through a temporary file, renamed over the old one).
    pub fn save(&self) -> Result<()> {
        let mut paths: Vec<_> = self.files.iter().collect();
        paths.sort();
        let mut out = String::from(HEADER);
        out.push('\n');
        for (path, (size, modified)) in paths {
            out.push_str(&format!("{size}\t{modified}\t{path}\n"));
        }
        let tmp = self.at.with_extension("tsv.tmp");
        std::fs::write(&tmp, out).map_err(|e| Error::io(&tmp, e))?;
        std::fs::rename(&tmp, &self.at).map_err(|e| Error::io(&self.at, e))
    }
}

fn parse_line(line: &str) -> Option<(String, (u64, u128))> {
    let mut parts = line.splitn(3, '\t');
    let size = parts.next()?.parse().ok()?;
    let modified = parts.next()?.parse().ok()?;
    Some((parts.next()?.to_string(), (size, modified)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_recorded_file_is_unchanged_until_it_is_written_again() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "one").unwrap();
        let mut list = ReadFiles::load(dir.path());
        let stamp = FileStamp::of(&file).unwrap();
        assert!(!list.unchanged(&stamp));
        list.record(stamp.clone());
        list.save().unwrap();
        let list = ReadFiles::load(dir.path());
        assert!(list.unchanged(&stamp));
        std::fs::write(&file, "one two").unwrap();
        assert!(!list.unchanged(&FileStamp::of(&file).unwrap()));
    }

    #[test]
    fn a_list_of_another_form_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.txt");
        std::fs::write(&file, "one").unwrap();
        let stamp = FileStamp::of(&file).unwrap();
        let line = format!("{}\t{}\t{}\n", stamp.size, stamp.modified_ns, stamp.path);
        std::fs::write(dir.path().join(FILE_NAME), format!("garbage\n{line}")).unwrap();
        assert!(!ReadFiles::load(dir.path()).unchanged(&stamp));
        std::fs::write(dir.path().join(FILE_NAME), format!("{HEADER}\n{line}x\ty\n")).unwrap();
        assert!(ReadFiles::load(dir.path()).unchanged(&stamp));
    }
}
