//! Plain queries: words and quoted phrases, no field names, no filters.
//!
//! They are by far the most common, and the general query shape is slow for
//! them: excluding article markers and "possible" actions wraps the query in
//! an exclusion, and tantivy then scores every matching claim. A plain query
//! only searches `content`, which markers do not have, so it runs alone:
//! tantivy's block-max WAND skips the claims that cannot reach the top, and
//! the few "possible" actions among the best hits are dropped afterwards.
//! The hits are the same as the general path's, in the same order. A single
//! phrase is ranked by a [`BoundedPhraseQuery`], which reads positions only
//! where a claim could still reach the page.

use super::phrase::BoundedPhraseQuery;
use super::{page, ClaimSearcher, Hit, SearchRequest};
use crate::Result;
use tantivy::collector::TopDocs;
use tantivy::query::Query;

impl ClaimSearcher {
    /// The parsed query, if the request is a plain query with no filters.
    pub(super) fn plain_query(&self, req: &SearchRequest) -> Result<Option<Box<dyn Query>>> {
        let Some(text) = req.query.as_deref().map(str::trim) else {
            return Ok(None);
        };
        if !is_plain(text) || !self.filters(req).is_empty() {
            return Ok(None);
        }
        self.parse(text).map(Some)
    }

    /// The best `req.limit` claims for a plain query.
    pub(super) fn search_plain(&self, query: &dyn Query, req: &SearchRequest) -> Result<Vec<Hit>> {
        let num_docs = self.searcher.num_docs() as usize;
        let bounded = BoundedPhraseQuery::of(query);
        let ranking: &dyn Query = match &bounded {
            Some(phrase) => phrase,
            None => query,
        };
        // Ranking exactly a page keeps WAND's threshold high; a "possible"
        // action among the best hits (rare) costs one wider search.
        let mut ranked = req.limit;
        loop {
            let n = ranked.min(num_docs);
            if n == 0 || req.limit == 0 {
                return Ok(Vec::new());
            }
            let top = self
                .tantivy(self.searcher.search(ranking, &TopDocs::with_limit(n).order_by_score()))?;
            let complete = top.len() < n;
            let mut hits = Vec::with_capacity(req.limit);
            for (score, address) in top {
                let claim = self.claim(address)?;
                if req.include_possible || claim.modality.as_deref() != Some("possible") {
                    hits.push((score, claim));
                    if hits.len() == req.limit {
                        break;
                    }
                }
            }
            // Enough hits, or every match seen: the page is exact.
            if hits.len() == req.limit || complete || n == num_docs {
                let snippets = self.snippet_generator(query)?;
                return Ok(page(hits, Some(&snippets)));
            }
            ranked = ranked.saturating_mul(4).saturating_add(16);
        }
    }
}

/// Words, numbers and quoted phrases only: nothing of the query syntax that
/// names a field, negates (`-`, `NOT`), matches everything (`*`) or ranges.
fn is_plain(text: &str) -> bool {
    let allowed = |c: char| c.is_alphanumeric() || c.is_whitespace() || "\"'’.,".contains(c);
    !text.is_empty()
        && text.chars().all(allowed)
        && !text.split_whitespace().any(|w| matches!(w, "NOT" | "IN"))
}

#[cfg(test)]
mod tests {
    use super::is_plain;
    use crate::index::search::phrase::BoundedPhraseQuery;
    use crate::index::search::SearchRequest;
    use crate::index::tests::fixture;

    #[test]
    fn plain_path_gives_the_general_paths_hits() {
        let (_dir, index) = fixture();
        let searcher = index.searcher().unwrap();
        let queries = [
            "twitter",
            "\"twitter is\"",
            "\"being restricted\"",
            "\"on monday\"",
            "restricted OR monday",
            "ofcom",
            "tiktok monday",
        ];
        for query in queries {
            for include_possible in [false, true] {
                for limit in [1, 2, 50] {
                    let req = SearchRequest {
                        query: Some(query.into()),
                        limit,
                        include_possible,
                        ..SearchRequest::default()
                    };
                    let plain = searcher.plain_query(&req).unwrap().unwrap();
                    let phrase = BoundedPhraseQuery::of(plain.as_ref()).is_some();
                    assert_eq!(phrase, query.starts_with('"'), "{query}");
                    let general = searcher.search_general(&req).unwrap();
                    assert_eq!(searcher.search(&req).unwrap(), general, "{query} {limit}");
                }
            }
        }
    }

    #[test]
    fn plain_queries_have_no_syntax() {
        for q in ["government", "\"interest rates\"", "Twitter block", "U.S. sanctions", "a OR b"] {
            assert!(is_plain(q), "{q}");
        }
        for q in [
            "speaker:reuters",
            "-twitter",
            "NOT twitter",
            "*",
            "a*",
            "[a TO b]",
            "x^2",
            "a && b",
            "",
        ] {
            assert!(!is_plain(q), "{q}");
        }
    }
}
