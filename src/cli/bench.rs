//! `newsclaims bench` and `bench-search`: in-process stage timings for
//! `scripts/bench.sh` (which adds end-to-end runs, peak memory and index size).

use super::{IndexLocation, Outcome};
use crate::extract::Extractor;
use crate::index::{ClaimIndex, SearchRequest};
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicons;
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Arguments of `bench`.
#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// A folder or a .jsonl[.gz] file.
    pub corpus: PathBuf,
    /// Repetitions; the median is reported.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
}

/// Arguments of `bench-search`.
#[derive(Debug, clap::Args)]
pub struct BenchSearchArgs {
    /// Repetitions of the query set.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    #[command(flatten)]
    pub index: IndexLocation,
}

/// The fixed query set: phrase, field and filter queries.
const QUERIES: &[(&str, &str)] = &[
    ("term", "government"),
    ("phrase", "\"said on Thursday\""),
    ("field", "speaker:reuters"),
    ("boolean", "kind:quote AND content:war"),
];

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Runs `bench`.
pub fn run(args: BenchArgs, lex: Arc<Lexicons>) -> anyhow::Result<Outcome> {
    let runs = args.runs.max(1);
    let mut ingest_s = Vec::new();
    let mut articles = Vec::new();
    for _ in 0..runs {
        let t = Instant::now();
        let (a, _) = ingest::read_all(&args.corpus, &lex, IngestOptions::default())
            .map_err(|e| crate::Error::io(&args.corpus, e))?;
        ingest_s.push(t.elapsed().as_secs_f64());
        articles = a;
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    let n = articles.len() as f64;
    let extractor = Extractor::new(lex);
    let (mut par_s, mut one_s, mut claims) = (Vec::new(), Vec::new(), 0);
    for _ in 0..runs {
        let t = Instant::now();
        claims = articles.par_iter().map(|a| extractor.extract(a).len()).sum::<usize>();
        par_s.push(t.elapsed().as_secs_f64());
        let t = Instant::now();
        let single: usize = articles.iter().map(|a| extractor.extract(a).len()).sum();
        one_s.push(t.elapsed().as_secs_f64());
        debug_assert_eq!(single, claims);
    }
    let (ingest_t, par_t, one_t) = (median(ingest_s), median(par_s), median(one_s));
    println!("articles: {}, text: {:.1} MB, claims: {}", articles.len(), mb, claims);
    println!(
        "ingest:     {:.2} s  {:7.1} MB/s  {:9.0} articles/s",
        ingest_t,
        mb / ingest_t,
        n / ingest_t
    );
    println!(
        "extract ({} threads): {:.2} s  {:7.1} MB/s  {:9.0} articles/s  {:9.0} claims/s",
        rayon::current_num_threads(),
        par_t,
        mb / par_t,
        n / par_t,
        claims as f64 / par_t
    );
    println!("extract (1 thread):   {:.2} s  {:7.1} MB/s", one_t, mb / one_t);
    Ok(Outcome::Done)
}

/// Runs `bench-search`.
pub fn run_search(args: BenchSearchArgs) -> anyhow::Result<Outcome> {
    let index = ClaimIndex::open(&args.index.path)?;
    let searcher = index.searcher()?;
    println!("claims in index: {}", searcher.num_claims());
    for (name, q) in QUERIES {
        let mut lat = Vec::new();
        let mut hits = 0;
        for _ in 0..args.runs.max(1) * 50 {
            let req =
                SearchRequest { query: Some(q.to_string()), limit: 10, ..SearchRequest::default() };
            let t = Instant::now();
            hits = searcher.search(&req)?.len();
            lat.push(t.elapsed().as_secs_f64() * 1e3);
        }
        lat.sort_by(|a, b| a.total_cmp(b));
        let p99 = lat[(lat.len() * 99 / 100).min(lat.len() - 1)];
        println!(
            "search {name:8} {q:28} p50 {:.3} ms  p99 {:.3} ms  ({hits} hits)",
            lat[lat.len() / 2],
            p99
        );
    }
    let mut lat = Vec::new();
    for _ in 0..args.runs.max(1) * 50 {
        let req = SearchRequest {
            action: Some("block".into()),
            target: Some("Twitter".into()),
            limit: 10,
            ..SearchRequest::default()
        };
        let t = Instant::now();
        searcher.search(&req)?;
        lat.push(t.elapsed().as_secs_f64() * 1e3);
    }
    lat.sort_by(|a, b| a.total_cmp(b));
    println!(
        "search filter   --action block --target Twitter  p50 {:.3} ms  p99 {:.3} ms",
        lat[lat.len() / 2],
        lat[(lat.len() * 99 / 100).min(lat.len() - 1)]
    );
    Ok(Outcome::Done)
}
