//! Per-stage micro-benchmarks (criterion) on the shipped Wikinews corpus:
//! ingest (decode + normalise), actor matching, whole-article extraction,
//! index writing and searching. End-to-end figures on the large bench corpus
//! come from `scripts/bench.sh`; see BENCHMARKS.md.
//!
//! ```sh
//! cargo bench --bench stages
//! ```

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use newsclaims::extract::mentions::ActorMatches;
use newsclaims::extract::tokens::{lowered_words, tokenize};
use newsclaims::extract::Extractor;
use newsclaims::index::{ClaimIndex, SearchRequest};
use newsclaims::ingest::{self, IngestOptions};
use newsclaims::lexicon::Lexicons;
use newsclaims::Article;
use std::hint::black_box;
use std::path::Path;

fn corpus(lex: &Lexicons) -> Vec<Article> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let (articles, _) = ingest::read_all(&path, lex, IngestOptions::default()).expect("corpus/");
    articles
}

fn text_bytes(articles: &[Article]) -> u64 {
    articles.iter().map(|a| a.text.len() as u64).sum()
}

fn stages(c: &mut Criterion) {
    let lex = Lexicons::builtin();
    let articles = corpus(&lex);
    let bytes = text_bytes(&articles);
    let extractor = Extractor::new(lex.clone());
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");

    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Bytes(bytes)).sample_size(10);
    group.bench_function("ingest", |b| {
        b.iter(|| ingest::read_all(black_box(&root), &lex, IngestOptions::default()).unwrap())
    });
    // The matches at the tokens of each article, read as one stretch, every
    // word marked as one a pattern may start with.
    let tokens: Vec<_> = articles.iter().map(|a| tokenize(&a.text, 0..a.text.len(), &[])).collect();
    let mut bufs = vec![String::new(); articles.len()];
    let lowered: Vec<_> = (articles.iter().zip(&tokens).zip(bufs.iter_mut()))
        .map(|((a, toks), buf)| lowered_words(toks, &a.text, buf, |_| u32::MAX))
        .collect();
    group.bench_function("actor_matches", |b| {
        b.iter(|| {
            let found = |((a, toks), words): ((&Article, &Vec<_>), &Vec<_>)| {
                let mut matches = ActorMatches::default();
                matches.find_in_sentence(black_box(&a.text), toks, words, &lex);
                matches.len()
            };
            articles.iter().zip(&tokens).zip(&lowered).map(found).sum::<usize>()
        })
    });
    group.bench_function("extract", |b| {
        b.iter(|| articles.iter().map(|a| extractor.extract(black_box(a)).len()).sum::<usize>())
    });
    let claims: Vec<_> = articles.iter().map(|a| extractor.extract(a)).collect();
    group.bench_function("index_write", |b| {
        b.iter_batched(
            || tempfile::tempdir().unwrap(),
            |dir| {
                let index = ClaimIndex::open_or_create(dir.path()).unwrap();
                let mut writer = index.writer(64 << 20).unwrap();
                for (a, c) in articles.iter().zip(&claims) {
                    writer.put_article(&a.id, &a.content_hash(), "bench", c).unwrap();
                }
                writer.commit().unwrap();
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();

    let dir = tempfile::tempdir().unwrap();
    let index = ClaimIndex::open_or_create(dir.path()).unwrap();
    let mut writer = index.writer(64 << 20).unwrap();
    for (a, c) in articles.iter().zip(&claims) {
        writer.put_article(&a.id, &a.content_hash(), "bench", c).unwrap();
    }
    writer.finish().unwrap();
    let searcher = index.searcher().unwrap();
    let mut group = c.benchmark_group("search");
    for (name, query) in
        [("term", "government"), ("phrase", "\"said on\""), ("field", "speaker:police")]
    {
        let req = SearchRequest { query: Some(query.into()), ..SearchRequest::default() };
        group.bench_function(name, |b| b.iter(|| searcher.search(black_box(&req)).unwrap().len()));
    }
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
