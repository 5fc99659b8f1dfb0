//! Writing: articles go in whole, replacing what the index held for them.

use super::index_error;
use super::schema::{self, Fields};
use crate::model::Claim;
use crate::Result;
use std::path::PathBuf;
use tantivy::schema::Term;
use tantivy::{IndexWriter, TantivyError};

/// Holds the index's write lock until dropped. Changes become visible, and
/// durable, only at [`commit`](IndexWriterSession::commit); dropping the
/// session without committing discards them.
pub struct IndexWriterSession {
    writer: IndexWriter,
    fields: Fields,
    path: PathBuf,
}

impl IndexWriterSession {
    pub(super) fn new(writer: IndexWriter, fields: Fields, path: PathBuf) -> IndexWriterSession {
        IndexWriterSession { writer, fields, path }
    }

    /// Replaces everything indexed for article `id` with one marker document
    /// (`hash`, `source`, the claim count) and one document per claim, so
    /// putting the same article twice never duplicates it. The claims are filed
    /// under `id` whatever their own `article` field says.
    pub fn put_article(
        &mut self,
        id: &str,
        hash: &str,
        source: &str,
        claims: &[Claim],
    ) -> Result<()> {
        self.delete_article(id)?;
        let f = &self.fields;
        // Deletes apply only to documents added before them, so these survive.
        let marker = schema::article_doc(f, id, hash, source, claims.len());
        self.writer.add_document(marker).map_err(|e| self.error(e))?;
        for claim in claims {
            let doc = schema::claim_doc(f, id, claim)?;
            self.writer.add_document(doc).map_err(|e| self.error(e))?;
        }
        Ok(())
    }

    /// Removes article `id` and its claims; nothing happens if it is not indexed.
    pub fn delete_article(&mut self, id: &str) -> Result<()> {
        self.writer.delete_term(Term::from_field_text(self.fields.article, id));
        Ok(())
    }

    /// Makes every change since the last commit durable and visible to new
    /// searchers, atomically: a crash leaves the index as of the last commit.
    pub fn commit(&mut self) -> Result<()> {
        self.writer.commit().map_err(|e| self.error(e))?;
        Ok(())
    }

    /// Discards every change since the last commit.
    pub fn rollback(&mut self) -> Result<()> {
        self.writer.rollback().map_err(|e| self.error(e))?;
        Ok(())
    }

    /// Commits, waits for background segment merges and releases the lock.
    /// Dropping the session instead is fine but abandons merges in progress.
    pub fn finish(mut self) -> Result<()> {
        self.commit()?;
        let path = self.path;
        self.writer.wait_merging_threads().map_err(|e| index_error(&path, e))
    }

    fn error(&self, e: TantivyError) -> crate::Error {
        index_error(&self.path, e)
    }
}
