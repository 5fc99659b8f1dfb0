//! The claim index: a tantivy index folder with one document per claim and one
//! marker document per article.
//!
//! This is the only module that speaks tantivy. Writing goes through an
//! [`IndexWriterSession`] (one per process: tantivy's writer lock), reading
//! through a [`ClaimSearcher`], a snapshot of the last commit.

mod doc;
mod files;
mod schema;
mod search;
mod stem;
mod words;
mod writer;

pub use files::{listed_path, FileStamp, ReadFiles};
pub use search::{ClaimSearcher, Hit, SearchRequest};
pub use writer::{DocPreparer, IndexWriterSession, PreparedArticle};

use crate::{Error, Result};
use schema::Fields;
use std::collections::HashMap;
use std::fmt::Display;
use std::path::{Path, PathBuf};
use tantivy::directory::error::LockError;
use tantivy::directory::MmapDirectory;
use tantivy::indexer::LogMergePolicy;
use tantivy::{Index, IndexBuilder, IndexReader, ReloadPolicy, TantivyError};

/// Segments with more documents than this are not merged further.
const MAX_DOCS_MERGED: usize = 200_000;

/// How many segments of one size a merge takes: four (tantivy's default is
/// eight) keeps the largest merge, and the segment files it maps at once, small.
const SEGMENTS_PER_MERGE: usize = 4;

/// tantivy refuses a writer with less than 15 MB of heap per indexing thread.
const MIN_WRITER_HEAP: usize = 15_000_000;

/// What the index knows about one indexed article, from its marker document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ArticleRecord {
    /// The content hash the article had when it was indexed.
    pub hash: String,
    /// How many claims were indexed for it.
    pub claims: usize,
    /// The file it was read from, as given to [`IndexWriterSession::put_article`].
    pub source: String,
}

/// An opened index folder.
pub struct ClaimIndex {
    index: Index,
    fields: Fields,
    path: PathBuf,
}

impl ClaimIndex {
    /// Opens the index in `dir`, creating the folder and an empty index when
    /// there is none yet.
    pub fn open_or_create(dir: &Path) -> Result<ClaimIndex> {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        let directory = MmapDirectory::open(dir).map_err(|e| index_error(dir, e))?;
        let (schema, _) = schema::build_schema();
        let index = IndexBuilder::new()
            .schema(schema)
            .open_or_create(directory)
            .map_err(|e| open_error(dir, e))?;
        ClaimIndex::wrap(index, dir)
    }

    /// Opens an existing index; [`Error::Index`] says what to do when `dir`
    /// holds none, or one this version cannot read.
    pub fn open(dir: &Path) -> Result<ClaimIndex> {
        if !dir.join("meta.json").is_file() {
            let message = "no newsclaims index here: run `newsclaims index DIR` first";
            return Err(index_error(dir, message));
        }
        let index = Index::open_in_dir(dir).map_err(|e| open_error(dir, e))?;
        ClaimIndex::wrap(index, dir)
    }

    fn wrap(index: Index, dir: &Path) -> Result<ClaimIndex> {
        let fields = schema::fields_of(&index).ok_or_else(|| index_error(dir, FOREIGN_SCHEMA))?;
        schema::register_tokenizers(&index);
        Ok(ClaimIndex { index, fields, path: dir.to_path_buf() })
    }

    /// The index folder.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Takes the index's write lock, failing at once with [`Error::IndexBusy`]
    /// when another writer holds it. `heap_bytes` is the indexing memory budget,
    /// raised to tantivy's minimum of 15 MB when lower.
    pub fn writer(&self, heap_bytes: usize) -> Result<IndexWriterSession> {
        let writer = self.index.writer(heap_bytes.max(MIN_WRITER_HEAP)).map_err(|e| match e {
            TantivyError::LockFailure(LockError::LockBusy, _) => {
                Error::IndexBusy(self.path.clone())
            }
            e => index_error(&self.path, e),
        })?;
        // Segments past this size are left alone: merging them would map (and
        // count in the resident set) most of the index at once, while search
        // over a handful of large segments costs next to nothing more.
        let mut policy = LogMergePolicy::default();
        policy.set_max_docs_before_merge(MAX_DOCS_MERGED);
        policy.set_min_num_segments(SEGMENTS_PER_MERGE);
        writer.set_merge_policy(Box::new(policy));
        Ok(IndexWriterSession::new(writer, self.fields, self.path.clone()))
    }

    /// A searcher over the last commit. Take a new one to see later commits.
    pub fn searcher(&self) -> Result<ClaimSearcher> {
        // Manual reload: a CLI run wants one snapshot and no watcher thread.
        let reader: IndexReader = self
            .index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()
            .map_err(|e| index_error(&self.path, e))?;
        ClaimSearcher::new(&self.index, reader.searcher(), self.fields, self.path.clone())
    }

    /// Every indexed article by id, as of the last commit.
    pub fn articles(&self) -> Result<HashMap<String, ArticleRecord>> {
        self.searcher()?.article_records()
    }
}

const FOREIGN_SCHEMA: &str = "not a newsclaims index, or one built by another version of \
     newsclaims: delete the folder and index again";

/// [`Error::Index`] on `path`.
fn index_error(path: &Path, message: impl Display) -> Error {
    Error::Index { path: path.to_path_buf(), message: message.to_string() }
}

/// Opening failures: a schema mismatch gets the same advice as [`ClaimIndex::open`].
fn open_error(path: &Path, e: TantivyError) -> Error {
    match e {
        TantivyError::SchemaError(_) => index_error(path, FOREIGN_SCHEMA),
        e => index_error(path, format!("cannot open: {e}")),
    }
}

#[cfg(test)]
mod tests;
