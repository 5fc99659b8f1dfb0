//! The documents `index` hands tantivy: every document of an article shares
//! one buffer holding its strings and one list of its (field, value) pairs.
//!
//! tantivy 0.27 indexes any [`Document`] in place (the inverted index, the
//! columns and the document store each walk its values), so a
//! `TantivyDocument` per claim (its own buffers, grown value by value, and
//! freed by the indexing thread, not the thread that made them) is work that
//! buys nothing. An article's documents here cost three allocations, whatever
//! their number, and the indexing thread frees them when it has indexed the
//! last one. What tantivy sees is the same: the same values of the same fields
//! in the same order, and the same bytes in the document store (it serialises
//! a document's stored values alike, whatever the document type), which
//! search reads back as a `TantivyDocument`.

use std::ops::Range;
use std::sync::Arc;
use tantivy::schema::document::{Document, ReferenceValue, ReferenceValueLeaf, Value};
use tantivy::schema::Field;

/// A value: text as a range of [`ArticleDocs::text`].
#[derive(Debug, Clone, Copy)]
enum Val {
    Text(u32, u32),
    U64(u64),
    Bool(bool),
}

/// The documents of one article.
#[derive(Debug, Default)]
pub struct ArticleDocs {
    text: String,
    values: Vec<(Field, Val)>,
    /// Where each document's values end in `values`.
    ends: Vec<u32>,
}

/// Builds an article's documents one value at a time, each document's values
/// in the schema's field order (tantivy sorts them by field, and a sorted
/// list costs that sort least).
#[derive(Debug, Default)]
pub(crate) struct DocsBuilder {
    docs: ArticleDocs,
}

impl DocsBuilder {
    pub(crate) fn with_capacity(docs: usize, text: usize) -> DocsBuilder {
        DocsBuilder {
            docs: ArticleDocs {
                text: String::with_capacity(text),
                values: Vec::with_capacity(docs * 12),
                ends: Vec::with_capacity(docs),
            },
        }
    }

    pub(crate) fn text(&mut self, field: Field, value: &str) {
        self.text_with(field, |text| text.push_str(value));
    }

    pub(crate) fn opt_text(&mut self, field: Field, value: Option<&str>) {
        if let Some(v) = value {
            self.text(field, v);
        }
    }

    /// A text value that `write` appends to the article's buffer.
    pub(crate) fn text_with(&mut self, field: Field, write: impl FnOnce(&mut String)) {
        let start = self.docs.text.len();
        write(&mut self.docs.text);
        let range = (offset(start), offset(self.docs.text.len()));
        self.docs.values.push((field, Val::Text(range.0, range.1)));
    }

    pub(crate) fn u64(&mut self, field: Field, value: u64) {
        self.docs.values.push((field, Val::U64(value)));
    }

    pub(crate) fn bool(&mut self, field: Field, value: bool) {
        self.docs.values.push((field, Val::Bool(value)));
    }

    /// Closes the current document: the next value starts another.
    pub(crate) fn end_doc(&mut self) {
        self.docs.ends.push(offset(self.docs.values.len()));
    }

    pub(crate) fn finish(self) -> Vec<ClaimDoc> {
        let n = self.docs.ends.len();
        let docs = Arc::new(self.docs);
        (0..n).map(|at| ClaimDoc { docs: docs.clone(), at }).collect()
    }
}

/// An article's text buffer stays far below 4 GB (a record is at most a few MB).
fn offset(n: usize) -> u32 {
    u32::try_from(n).expect("an article's documents hold under 4 GB of text")
}

/// One document of an article: a marker or a claim.
#[derive(Debug)]
pub struct ClaimDoc {
    docs: Arc<ArticleDocs>,
    at: usize,
}

impl ClaimDoc {
    fn range(&self) -> Range<usize> {
        let ends = &self.docs.ends;
        let start = if self.at == 0 { 0 } else { ends[self.at - 1] as usize };
        start..ends[self.at] as usize
    }
}

/// A value as tantivy reads it: borrowed from the document, its text cut
/// out of the article's buffer only when tantivy asks for it (each pass over a
/// document skips most values: the store reads one, the columns three).
#[derive(Debug, Clone)]
pub struct Leaf<'a> {
    text: &'a str,
    value: Val,
}

impl<'a> Value<'a> for Leaf<'a> {
    type ArrayIter = std::iter::Empty<Leaf<'a>>;
    type ObjectIter = std::iter::Empty<(&'a str, Leaf<'a>)>;

    #[inline]
    fn as_value(&self) -> ReferenceValue<'a, Self> {
        ReferenceValue::Leaf(match self.value {
            Val::Text(start, end) => {
                ReferenceValueLeaf::Str(&self.text[start as usize..end as usize])
            }
            Val::U64(n) => ReferenceValueLeaf::U64(n),
            Val::Bool(b) => ReferenceValueLeaf::Bool(b),
        })
    }
}

/// The values of a [`ClaimDoc`] (tantivy walks them three times a document:
/// the inverted index, the columns and the document store).
pub struct Values<'a> {
    text: &'a str,
    values: std::slice::Iter<'a, (Field, Val)>,
}

impl<'a> Iterator for Values<'a> {
    type Item = (Field, Leaf<'a>);

    #[inline]
    fn next(&mut self) -> Option<Self::Item> {
        let &(field, value) = self.values.next()?;
        Some((field, Leaf { text: self.text, value }))
    }

    #[inline]
    fn size_hint(&self) -> (usize, Option<usize>) {
        self.values.size_hint()
    }
}

impl Document for ClaimDoc {
    type Value<'a> = Leaf<'a>;
    type FieldsValuesIter<'a> = Values<'a>;

    fn iter_fields_and_values(&self) -> Values<'_> {
        let values = self.docs.values[self.range()].iter();
        Values { text: &self.docs.text, values }
    }
}
