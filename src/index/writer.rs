//! Writing: articles go in whole, replacing what the index held for them.

use super::doc::{ClaimDoc, DocsBuilder};
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
    writer: IndexWriter<ClaimDoc>,
    fields: Fields,
    path: PathBuf,
}

impl IndexWriterSession {
    pub(super) fn new(
        writer: IndexWriter<ClaimDoc>,
        fields: Fields,
        path: PathBuf,
    ) -> IndexWriterSession {
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
        let prepared = self.preparer().prepare(id, hash, source, claims)?;
        self.put_prepared(prepared)
    }

    /// A handle that builds documents on any thread (it is `Send + Sync`), so
    /// the serialising can run in parallel with extraction; the writer only
    /// has to queue them, with [`put_prepared`](IndexWriterSession::put_prepared).
    pub fn preparer(&self) -> DocPreparer {
        DocPreparer { fields: self.fields }
    }

    /// Does what [`put_article`](IndexWriterSession::put_article) does, with
    /// documents built beforehand.
    pub fn put_prepared(&mut self, article: PreparedArticle) -> Result<()> {
        self.delete_article(&article.id)?;
        // Deletes apply only to documents added before them, so these survive.
        self.add_new_prepared(article)
    }

    /// Adds an article the index does not hold yet: [`put_prepared`](IndexWriterSession::put_prepared)
    /// without the delete, which costs a term lookup in every segment at the
    /// next commit. Adding an article that is indexed already duplicates it.
    pub fn add_new_prepared(&mut self, article: PreparedArticle) -> Result<()> {
        for doc in article.docs {
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

/// Builds the documents of an article for [`IndexWriterSession::put_prepared`].
#[derive(Debug, Clone, Copy)]
pub struct DocPreparer {
    fields: Fields,
}

/// An article's marker and claim documents, ready to be queued.
pub struct PreparedArticle {
    id: String,
    docs: Vec<ClaimDoc>,
}

impl DocPreparer {
    /// The marker document of article `id` and one document per claim.
    pub fn prepare(
        &self,
        id: &str,
        hash: &str,
        source: &str,
        claims: &[Claim],
    ) -> Result<PreparedArticle> {
        let f = &self.fields;
        // Room for each claim's values and its stored copy, which holds the content and sentence.
        let text: usize =
            claims.iter().map(|c| 400 + 2 * (c.content.len() + c.sentence.len())).sum();
        let mut docs = DocsBuilder::with_capacity(claims.len() + 1, text);
        schema::article_doc(&mut docs, f, id, hash, source, claims.len());
        for claim in claims {
            schema::claim_doc(&mut docs, f, id, claim);
        }
        Ok(PreparedArticle { id: id.to_string(), docs: docs.finish() })
    }
}
