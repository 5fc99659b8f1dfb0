//! Phrase queries ranked by score without reading most positions.
//!
//! tantivy ranks a phrase by reading, for every claim holding all its words,
//! the positions of each word, and counting where they stand side by side:
//! no block-max WAND applies, and on a million claims `"interest rates"`
//! reads the positions of tens of thousands. Most of those claims cannot
//! reach the page. A phrase occurs in a claim at most as often as its rarest
//! word does, so BM25 of that word's count bounds the claim's score;
//! [`BoundedPhraseQuery`] reads positions only where the bound beats the
//! current k-th best score. It hands the collector exactly the (claim, score)
//! pairs tantivy's own loop would: a claim it skips scores no better than the
//! threshold, and tantivy passes on such claims too.

use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EnableScoring, Explanation, PhraseQuery, Query, Scorer, Weight};
use tantivy::schema::{IndexRecordOption, Term};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED};

/// A phrase of consecutive words (no slop), matched and scored like
/// tantivy's [`PhraseQuery`]; only ranking by score is done differently.
#[derive(Debug, Clone)]
pub(super) struct BoundedPhraseQuery {
    phrase: PhraseQuery,
}

impl BoundedPhraseQuery {
    /// `query` as a bounded phrase, if it is a phrase of consecutive terms
    /// without slop (what the query parser makes of `"interest rates"`).
    pub(super) fn of(query: &dyn Query) -> Option<BoundedPhraseQuery> {
        let phrase = query.downcast_ref::<PhraseQuery>()?;
        // PhraseQuery hides its offsets and slop: the same terms rebuilt at
        // offsets 0, 1, 2... must print the same.
        let rebuilt = PhraseQuery::new(phrase.phrase_terms());
        (format!("{rebuilt:?}") == format!("{phrase:?}"))
            .then(|| BoundedPhraseQuery { phrase: phrase.clone() })
    }
}

impl Query for BoundedPhraseQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let inner = self.phrase.weight(scoring)?;
        let terms = self.phrase.phrase_terms();
        let bm25 = match scoring {
            EnableScoring::Enabled { statistics_provider, .. } => {
                Some(Bm25Weight::for_terms(statistics_provider, &terms)?)
            }
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(BoundedPhraseWeight { inner, terms, bm25 }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        self.phrase.query_terms(visitor)
    }
}

struct BoundedPhraseWeight {
    /// tantivy's own phrase weight, for everything but ranking by score.
    inner: Box<dyn Weight>,
    terms: Vec<Term>,
    bm25: Option<Bm25Weight>,
}

impl Weight for BoundedPhraseWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        self.inner.scorer(reader, boost)
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        self.inner.explain(reader, doc)
    }

    fn for_each_pruning(
        &self,
        threshold: Score,
        reader: &SegmentReader,
        callback: &mut dyn FnMut(DocId, Score) -> Score,
    ) -> tantivy::Result<()> {
        let field = self.terms[0].field();
        let (Some(bm25), Some(norms)) =
            (self.bm25.as_ref(), reader.fieldnorms_readers().get_field(field)?)
        else {
            return self.inner.for_each_pruning(threshold, reader, callback);
        };
        let inverted = reader.inverted_index(field)?;
        let mut postings = Vec::with_capacity(self.terms.len());
        for term in &self.terms {
            match inverted.read_postings(term, IndexRecordOption::WithFreqsAndPositions)? {
                Some(p) => postings.push(p),
                None => return Ok(()),
            }
        }
        // Each word's positions minus its offset in the phrase: the phrase
        // starts wherever all the lists agree.
        let last = postings.len() as u32 - 1;
        let mut threshold = threshold;
        let (mut left, mut right) = (Vec::new(), Vec::new());
        // The rarest word leads the intersection; the others seek to it.
        let mut order: Vec<usize> = (0..postings.len()).collect();
        order.sort_by_key(|&i| postings[i].doc_freq());
        let lead = order[0];
        let first = postings[lead].doc();
        let mut doc = align(&mut postings, &order, first);
        while doc != TERMINATED {
            let rarest = postings.iter().map(|p| p.term_freq()).min().unwrap_or(0);
            let norm = norms.fieldnorm_id(doc);
            if bm25.score(norm, rarest) > threshold {
                postings[0].positions_with_offset(last, &mut left);
                for (i, p) in postings.iter_mut().enumerate().skip(1) {
                    p.positions_with_offset(last - i as u32, &mut right);
                    left.retain(|pos| right.binary_search(pos).is_ok());
                    if left.is_empty() {
                        break;
                    }
                }
                let count = left.len() as u32;
                if count > 0 {
                    let score = bm25.score(norm, count);
                    if score > threshold {
                        threshold = callback(doc, score);
                    }
                }
            }
            let next = postings[lead].advance();
            doc = align(&mut postings, &order, next);
        }
        Ok(())
    }
}

/// The first document at or after `target` that every list holds (leapfrog).
fn align(postings: &mut [SegmentPostings], order: &[usize], mut target: DocId) -> DocId {
    'outer: loop {
        if target == TERMINATED {
            return TERMINATED;
        }
        for &i in order {
            let p = &mut postings[i];
            let doc = if p.doc() < target { p.seek(target) } else { p.doc() };
            if doc > target {
                target = doc;
                continue 'outer;
            }
        }
        return target;
    }
}

#[cfg(test)]
mod tests {
    use super::BoundedPhraseQuery;
    use tantivy::collector::TopDocs;
    use tantivy::query::{PhraseQuery, Query, QueryParser, TermQuery};
    use tantivy::schema::{IndexRecordOption, Schema, Term, TEXT};
    use tantivy::{doc, DocAddress, Index, IndexWriter, Score};

    /// Three segments of short texts over a small vocabulary, some of them
    /// deleted: phrases that repeat in a text, texts of every length, lists
    /// longer than a posting block (128).
    fn index() -> (Index, QueryParser) {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let words = ["interest", "rates", "rose", "the", "bank", "said", "rates", "of", "a"];
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        let mut seed = 7u64;
        for segment in 0..3 {
            for n in 0..700 {
                let len = 1 + n % 23;
                let body: Vec<&str> = (0..len)
                    .map(|_| {
                        seed = seed
                            .wrapping_mul(6364136223846793005)
                            .wrapping_add(1442695040888963407);
                        words[(seed >> 33) as usize % words.len()]
                    })
                    .collect();
                writer.add_document(doc!(text => body.join(" "))).unwrap();
            }
            if segment == 1 {
                writer.delete_term(Term::from_field_text(text, "bank"));
            }
            writer.commit().unwrap();
        }
        (index.clone(), QueryParser::for_index(&index, vec![text]))
    }

    #[test]
    fn ranks_like_tantivys_phrase_query() {
        let (index, parser) = index();
        let searcher = index.reader().unwrap().searcher();
        assert_eq!(searcher.segment_readers().len(), 3);
        let phrases = [
            "\"interest rates\"",
            "\"rates rates\"",
            "\"the bank said\"",
            "\"a a a\"",
            "\"of the interest\"",
            "\"rose bank\"",
            "\"interest unknown\"",
        ];
        for phrase in phrases {
            let query = parser.parse_query(phrase).unwrap();
            let bounded = BoundedPhraseQuery::of(query.as_ref()).expect(phrase);
            for k in [1, 3, 10, 100, 5000] {
                let top = |q: &dyn Query| -> Vec<(Score, DocAddress)> {
                    searcher.search(q, &TopDocs::with_limit(k).order_by_score()).unwrap()
                };
                assert_eq!(top(&bounded), top(query.as_ref()), "{phrase} top {k}");
            }
        }
    }

    #[test]
    fn only_plain_phrases() {
        let (index, parser) = index();
        let text = index.schema().get_field("text").unwrap();
        let term = |w: &str| Term::from_field_text(text, w);
        let mut slop = PhraseQuery::new(vec![term("interest"), term("rates")]);
        slop.set_slop(1);
        let gap = PhraseQuery::new_with_offset(vec![(0, term("interest")), (2, term("rates"))]);
        let word = TermQuery::new(term("rates"), IndexRecordOption::Basic);
        for query in
            [&slop as &dyn Query, &gap, &word, parser.parse_query("rates bank").unwrap().as_ref()]
        {
            assert!(BoundedPhraseQuery::of(query).is_none(), "{query:?}");
        }
    }
}
