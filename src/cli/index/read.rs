//! The reader thread of `index`: walks the roots, reads their files (not
//! those an earlier run read whole and that have not changed since) and
//! sends their articles in batches.

use super::{BATCH_ARTICLES, BATCH_BYTES};
use crate::index::{FileStamp, ReadFiles};
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicons;
use crate::model::{Article, Skipped};
use std::path::PathBuf;
use std::sync::mpsc::SyncSender;

/// What the reader thread hands the indexing thread, in reading order.
pub(super) enum Read {
    /// A root's files were listed: this many to read.
    Listed(u64),
    /// Files and records that could not be read.
    Skipped(Vec<Skipped>),
    /// A file was read to its end; its stamp when it is to be remembered
    /// (every record of it read, none skipped).
    FileDone(Option<FileStamp>),
    /// A file was not read: an earlier run read this very version whole.
    FileUnchanged,
    /// Articles to index.
    Batch(Vec<Article>),
    /// A root could not be listed: the run stops.
    Failed(crate::Error),
}

/// Reads every root in order, sending batches; stops early when the receiver
/// is gone (the indexing side failed).
pub(super) fn read_roots(
    paths: &[PathBuf],
    lex: &Lexicons,
    opts: IngestOptions,
    read_before: &ReadFiles,
    tx: SyncSender<Read>,
) {
    let send = |msg| tx.send(msg).is_ok();
    for root in paths {
        let walked = match ingest::walk(root) {
            Ok(w) => w,
            Err(e) => {
                send(Read::Failed(crate::Error::io(root, e)));
                return;
            }
        };
        if !walked.skipped.is_empty() && !send(Read::Skipped(walked.skipped)) {
            return;
        }
        if !send(Read::Listed(walked.files.len() as u64)) {
            return;
        }
        let mut batch: Vec<Article> = Vec::new();
        let mut batch_bytes = 0;
        let mut alive = true;
        for file in &walked.files {
            // Taken before reading: a file written meanwhile is read again next time.
            let stamp = FileStamp::of(file);
            if stamp.as_ref().is_some_and(|s| read_before.unchanged(s)) {
                if !send(Read::FileUnchanged) {
                    return;
                }
                continue;
            }
            let mut skipped = Vec::new();
            ingest::read_file(root, file, lex, opts, &mut |item| match item {
                Ok(a) => {
                    batch_bytes += a.text.len();
                    batch.push(a);
                    // Within a file too: a JSON Lines dump is one file.
                    if alive && (batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES) {
                        alive = send(Read::Batch(std::mem::take(&mut batch)));
                        batch_bytes = 0;
                    }
                }
                Err(s) => skipped.push(s),
            });
            let whole = stamp.filter(|_| skipped.is_empty());
            if !alive
                || (!skipped.is_empty() && !send(Read::Skipped(skipped)))
                || !send(Read::FileDone(whole))
            {
                return;
            }
        }
        if !batch.is_empty() && !send(Read::Batch(batch)) {
            return;
        }
    }
}
