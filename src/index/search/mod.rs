//! Reading: the query string and the filters become one tantivy query over the
//! claim documents; hits come back as whole [`Claim`]s.

mod phrase;
mod plain;

use super::schema::{self, Fields};
use super::{index_error, ArticleRecord};
use crate::model::{Claim, ClaimKind};
use crate::{Error, Result};
use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::OnceLock;
use tantivy::collector::sort_key::{SortByStaticFastValue, SortByString};
use tantivy::collector::{Count, DocSetCollector, TopDocs};
use tantivy::columnar::StrColumn;
use tantivy::query::{
    AllQuery, BooleanQuery, ConstScoreQuery, Occur, PhraseQuery, Query, QueryParser, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption, Term, Value};
use tantivy::snippet::SnippetGenerator;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Index, Order, Searcher, TantivyDocument, TantivyError};

/// What to look for. Every given part must match; nothing given means every claim.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    /// A tantivy query string; bare words search `content`, and the fields
    /// `speaker:`, `actor:`, `action:`, `target:`, `kind:`, `article:` (also
    /// `cue:`, `speaker_mention:`, `speaker_role:`, `negated:`) can be
    /// named. Words are combined with AND unless the query says OR.
    pub query: Option<String>,
    /// Speaker, case-insensitively: the whole canonical name or whole words of it.
    pub speaker: Option<String>,
    /// Actor, matched like `speaker`.
    pub actor: Option<String>,
    /// Action class (a verb lemma), case-insensitively.
    pub action: Option<String>,
    /// Target, matched like `speaker`.
    pub target: Option<String>,
    /// Only claims of this kind.
    pub kind: Option<ClaimKind>,
    /// Only claims of this article id (exact).
    pub article: Option<String>,
    /// At most this many hits from [`ClaimSearcher::search`].
    pub limit: usize,
    /// Also actions with modality "possible" (planned, threatened, conditional).
    pub include_possible: bool,
}

impl Default for SearchRequest {
    /// Every asserted claim, 20 hits.
    fn default() -> SearchRequest {
        SearchRequest {
            query: None,
            speaker: None,
            actor: None,
            action: None,
            target: None,
            kind: None,
            article: None,
            limit: 20,
            include_possible: false,
        }
    }
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// The claim, exactly as indexed.
    pub claim: Claim,
    /// tantivy's BM25 score for the query string; 0 without one.
    pub score: f32,
    /// Byte ranges in `claim.content` of the words the query string matched.
    pub highlights: Vec<(usize, usize)>,
}

/// A snapshot of the index as of the last commit when it was taken.
pub struct ClaimSearcher {
    searcher: Searcher,
    fields: Fields,
    path: PathBuf,
    parser: QueryParser,
    names: TextAnalyzer,
    /// Counted on first use: counting walks every claim's posting (~3 ms for a
    /// million claims), which a one-shot `newsclaims search` does not need.
    num_claims: OnceLock<u64>,
}

impl ClaimSearcher {
    pub(super) fn new(
        index: &Index,
        searcher: Searcher,
        fields: Fields,
        path: PathBuf,
    ) -> Result<Self> {
        let mut parser = QueryParser::for_index(index, vec![fields.content]);
        // News searches narrow down: "twitter block" means both words.
        parser.set_conjunction_by_default();
        let names = index.tokenizer_for_field(fields.speaker).map_err(|e| index_error(&path, e))?;
        Ok(ClaimSearcher { searcher, fields, path, parser, names, num_claims: OnceLock::new() })
    }

    /// The best `req.limit` claims, by score, then by article and position.
    pub fn search(&self, req: &SearchRequest) -> Result<Vec<Hit>> {
        match self.plain_query(req)? {
            Some(query) => self.search_plain(query.as_ref(), req),
            None => self.search_general(req),
        }
    }

    /// Any request: one boolean query of the query string, the filters and
    /// the exclusions (markers, "possible" actions).
    fn search_general(&self, req: &SearchRequest) -> Result<Vec<Hit>> {
        let (query, user_query) = self.build_query(req)?;
        // The collector reserves room for `limit` hits: never more than there are docs.
        let limit = req.limit.min(self.searcher.num_docs() as usize);
        if limit == 0 {
            return Ok(Vec::new());
        }
        let top: Vec<(f32, DocAddress)> = match &user_query {
            // By score alone, so tantivy reads no sort field per hit; ties at
            // the cut go by index order, and the page is sorted below.
            Some(_) => self.tantivy(
                self.searcher.search(&query, &TopDocs::with_limit(limit).order_by_score()),
            )?,
            // Filters alone score 0: the first claims in (article, start) order.
            None => {
                let collector = TopDocs::with_limit(limit).order_by((
                    (SortByString::for_field("article"), Order::Asc),
                    (SortByStaticFastValue::<u64>::for_field("start"), Order::Asc),
                ));
                let ordered: Vec<(_, DocAddress)> =
                    self.tantivy(self.searcher.search(&query, &collector))?;
                ordered.into_iter().map(|(_, address)| (0.0, address)).collect()
            }
        };
        let snippets = match &user_query {
            Some(q) => Some(self.snippet_generator(q.as_ref())?),
            None => None,
        };
        let hits = top
            .into_iter()
            .map(|(score, address)| Ok((score, self.claim(address)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(page(hits, snippets.as_ref()))
    }

    /// How many claims match, regardless of `req.limit`.
    pub fn count(&self, req: &SearchRequest) -> Result<usize> {
        let (query, _) = self.build_query(req)?;
        self.tantivy(self.searcher.search(&query, &Count))
    }

    /// Calls `f` with every matching claim, ignoring `req.limit`, in (article,
    /// start) order; stops at the first error `f` returns.
    pub fn for_each_claim(
        &self,
        req: &SearchRequest,
        mut f: impl FnMut(Claim) -> Result<()>,
    ) -> Result<()> {
        let (query, _) = self.build_query(req)?;
        let n = self.tantivy(self.searcher.search(&query, &Count))?;
        if n == 0 {
            return Ok(());
        }
        // Only sort keys and addresses are held; claims are loaded one at a time.
        let collector = TopDocs::with_limit(n).order_by((
            (SortByString::for_field("article"), Order::Asc),
            (SortByStaticFastValue::<u64>::for_field("start"), Order::Asc),
        ));
        let ordered: Vec<(_, DocAddress)> =
            self.tantivy(self.searcher.search(&query, &collector))?;
        for (_, address) in ordered {
            f(self.claim(address)?)?;
        }
        Ok(())
    }

    /// How many claims the snapshot holds.
    pub fn num_claims(&self) -> u64 {
        *self.num_claims.get_or_init(|| {
            // Every document is a claim or an article marker, so no posting list need be walked.
            let segments = self.searcher.segment_readers();
            let alive: u64 = segments.iter().map(|r| u64::from(r.num_docs())).sum();
            alive.saturating_sub(self.count_articles())
        })
    }

    fn count_articles(&self) -> u64 {
        let marker = term_query(self.fields.doc_type, schema::ARTICLE_DOC);
        self.searcher.search(&marker, &Count).map_or(0, |n| n as u64)
    }

    /// Every article's marker document, by article id. Read from fast fields
    /// (columns), not from the document store: a marker shares its store
    /// blocks with large claim documents, and decompressing them was most of
    /// the time of re-indexing an unchanged corpus.
    pub(super) fn article_records(&self) -> Result<HashMap<String, ArticleRecord>> {
        let f = &self.fields;
        let marker = Term::from_field_text(f.doc_type, schema::ARTICLE_DOC);
        let query = TermQuery::new(marker, IndexRecordOption::Basic);
        let addresses = self.tantivy(self.searcher.search(&query, &DocSetCollector))?;
        let mut articles = HashMap::with_capacity(addresses.len());
        // Per segment: each string column's terms in ordinal order (one pass
        // over its dictionary, rather than a block search per document).
        let mut columns = Vec::new();
        for segment in self.searcher.segment_readers() {
            let ff = segment.fast_fields();
            let str_column = |name: &str| -> Result<Option<(StrColumn, Vec<String>)>> {
                let Some(column) = self.tantivy(ff.str(name))? else { return Ok(None) };
                let mut terms = Vec::new();
                let mut stream = column
                    .dictionary()
                    .stream()
                    .map_err(|e| index_error(&self.path, format!("damaged column {name}: {e}")))?;
                while stream.advance() {
                    terms.push(String::from_utf8_lossy(stream.key()).into_owned());
                }
                Ok(Some((column, terms)))
            };
            // A segment may hold claims but no marker (an article's documents
            // can go to two indexing threads), so no `claims` column: optional.
            let claims = self.tantivy(ff.column_opt::<u64>("claims"))?;
            columns.push((
                str_column("article")?,
                str_column("hash")?,
                str_column("source")?,
                claims,
            ));
        }
        let value = |column: &Option<(StrColumn, Vec<String>)>, doc: u32| -> String {
            column
                .as_ref()
                .and_then(|(c, terms)| terms.get(c.ords().first(doc)? as usize))
                .cloned()
                .unwrap_or_default()
        };
        for address in addresses {
            let Some((article, hash, source, claims)) = columns.get(address.segment_ord as usize)
            else {
                continue;
            };
            let doc = address.doc_id;
            let claims = claims.as_ref().and_then(|c| c.first(doc)).unwrap_or(0) as usize;
            let record =
                ArticleRecord { hash: value(hash, doc), claims, source: value(source, doc) };
            articles.insert(value(article, doc), record);
        }
        Ok(articles)
    }

    /// The full query, and the parsed query string alone (for highlighting).
    fn build_query(&self, req: &SearchRequest) -> Result<(BooleanQuery, Option<Box<dyn Query>>)> {
        let user_query = match req.query.as_deref().map(str::trim) {
            Some(q) if !q.is_empty() => Some(self.parse(q)?),
            _ => None,
        };
        // Filters score 0 so that only the query string ranks.
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        clauses.extend(user_query.iter().map(|q| (Occur::Must, q.box_clone())));
        clauses.extend(self.filters(req).into_iter().map(|q| (Occur::Must, filter(q))));
        // Every document is a claim or an article marker, and only markers
        // have a `doc_type`: the claims are the documents that are not markers.
        if clauses.is_empty() {
            clauses.push((Occur::Must, filter(Box::new(AllQuery))));
        }
        clauses.push((Occur::MustNot, term_query(self.fields.doc_type, schema::ARTICLE_DOC)));
        if !req.include_possible {
            clauses.push((Occur::MustNot, term_query(self.fields.modality, "possible")));
        }
        Ok((BooleanQuery::new(clauses), user_query))
    }

    /// One query per non-blank filter of the request.
    fn filters(&self, req: &SearchRequest) -> Vec<Box<dyn Query>> {
        let f = &self.fields;
        let given = |v: &Option<String>| v.clone().filter(|v| !v.trim().is_empty());
        let names = [
            (given(&req.speaker), f.speaker, f.speaker_exact),
            (given(&req.actor), f.actor, f.actor_exact),
            (given(&req.target), f.target, f.target_exact),
        ];
        let exact = [
            (f.action, given(&req.action).map(|a| a.trim().to_lowercase())),
            (f.kind, req.kind.map(|k| k.as_str().to_string())),
            (f.article, given(&req.article)),
        ];
        let names = names.into_iter().filter_map(|(value, words, exact)| {
            value.map(|name| self.name_query(words, exact, &name))
        });
        let exact = exact.into_iter().filter_map(|(field, v)| v.map(|v| term_query(field, &v)));
        names.chain(exact).collect()
    }

    fn parse(&self, query: &str) -> Result<Box<dyn Query>> {
        self.parser
            .parse_query(query)
            .map_err(|e| Error::Query { query: query.to_string(), message: e.to_string() })
    }

    /// The canonical name exactly, or a run of its words ("Toker" finds "Alp Toker").
    fn name_query(&self, words: Field, exact: Field, name: &str) -> Box<dyn Query> {
        let whole = term_query(exact, &name.trim().to_lowercase());
        let mut tokens = Vec::new();
        self.names.clone().token_stream(name).process(&mut |t| {
            tokens.push((t.position, Term::from_field_text(words, &t.text)));
        });
        let part: Box<dyn Query> = match tokens.len() {
            0 => return whole,
            1 => Box::new(TermQuery::new(tokens.remove(0).1, IndexRecordOption::Basic)),
            _ => Box::new(PhraseQuery::new_with_offset(tokens)),
        };
        Box::new(BooleanQuery::new(vec![(Occur::Should, whole), (Occur::Should, part)]))
    }

    fn snippet_generator(&self, query: &dyn Query) -> Result<SnippetGenerator> {
        let mut generator =
            self.tantivy(SnippetGenerator::create(&self.searcher, query, self.fields.content))?;
        // One fragment spanning the whole content, so every match is highlighted.
        generator.set_max_num_chars(usize::MAX);
        Ok(generator)
    }

    fn claim(&self, address: DocAddress) -> Result<Claim> {
        let doc = self.doc(address)?;
        let json = doc.get_first(self.fields.claim_json).and_then(|v| v.as_str()).unwrap_or("");
        serde_json::from_str(json)
            .map_err(|e| index_error(&self.path, format!("damaged claim: {e}")))
    }

    fn doc(&self, address: DocAddress) -> Result<TantivyDocument> {
        self.tantivy(self.searcher.doc(address))
    }

    fn tantivy<T>(&self, result: std::result::Result<T, TantivyError>) -> Result<T> {
        result.map_err(|e| index_error(&self.path, e))
    }
}

fn term_query(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(Term::from_field_text(field, text), IndexRecordOption::Basic))
}

fn filter(query: Box<dyn Query>) -> Box<dyn Query> {
    Box::new(ConstScoreQuery::new(query, 0.0))
}

/// Hits with their highlights, sorted by score, then by article and position.
fn page(hits: Vec<(f32, Claim)>, snippets: Option<&SnippetGenerator>) -> Vec<Hit> {
    let mut hits: Vec<Hit> = hits
        .into_iter()
        .map(|(score, claim)| {
            let highlights = snippets.map(|g| highlights(g, &claim.content)).unwrap_or_default();
            Hit { claim, score, highlights }
        })
        .collect();
    hits.sort_by(|a, b| {
        b.score
            .total_cmp(&a.score)
            .then_with(|| a.claim.article.cmp(&b.claim.article))
            .then(a.claim.start.cmp(&b.claim.start))
    });
    hits
}

/// Byte ranges in `content` of the query's content terms.
fn highlights(generator: &SnippetGenerator, content: &str) -> Vec<(usize, usize)> {
    let snippet = generator.snippet(content);
    let offset = snippet.fragment_range().start;
    snippet.highlighted().iter().map(|r| (offset + r.start, offset + r.end)).collect()
}
