//! `newsclaims bench` and `bench-search`: in-process stage timings for
//! `scripts/bench.sh` (which adds end-to-end runs, peak memory and index size).
//!
//! `bench` reads the corpus into memory once per run (ingest), then times
//! extraction on all cores and on one, and writing the extracted claims to a
//! scratch index (document building and tantivy, no extraction). Each figure is
//! the median of `--runs`. `bench-search` times a fixed query set in-process.

use super::{IndexLocation, Outcome};
use crate::extract::Extractor;
use crate::index::{ClaimIndex, SearchRequest};
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicons;
use crate::model::{Article, ClaimKind};
use rayon::prelude::*;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// The stages `bench` can time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Stage {
    /// Reading, decoding, HTML extraction and normalising.
    Ingest,
    /// Claim extraction on all threads of the pool.
    Extract,
    /// Claim extraction on one thread.
    Extract1,
    /// Building index documents and writing them with tantivy, committed.
    Write,
}

/// Arguments of `bench`.
#[derive(Debug, clap::Args)]
pub struct BenchArgs {
    /// A folder or a .jsonl[.gz] file.
    pub corpus: PathBuf,
    /// Repetitions; the median is reported.
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    /// The stages to time (ingest always runs: the others need its articles).
    #[arg(
        long,
        value_enum,
        value_delimiter = ',',
        default_value = "ingest,extract,extract1,write"
    )]
    pub stages: Vec<Stage>,
    /// Memory for the index writer of the write stage, in MB.
    #[arg(long, default_value_t = 64)]
    pub writer_mb: usize,
}

/// Arguments of `bench-search`.
#[derive(Debug, clap::Args)]
pub struct BenchSearchArgs {
    /// Repetitions of the query set (each query runs 50 times a repetition).
    #[arg(long, default_value_t = 3)]
    pub runs: usize,
    #[command(flatten)]
    pub index: IndexLocation,
}

/// The fixed query set: term, phrase, field and boolean query strings (hits
/// come with highlights, as `newsclaims search` prints them).
const QUERIES: &[(&str, &str)] = &[
    ("term", "government"),
    ("phrase", "\"said on Thursday\""),
    ("phrase2", "\"interest rates\""),
    ("field", "speaker:reuters"),
    ("field2", "actor:police"),
    ("boolean", "kind:quote AND content:war"),
];

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    v[v.len() / 2]
}

/// Runs `bench`.
pub fn run(args: BenchArgs, lex: Arc<Lexicons>) -> anyhow::Result<Outcome> {
    let runs = args.runs.max(1);
    let has = |s| args.stages.contains(&s);
    let mut ingest_s = Vec::new();
    let mut articles = Vec::new();
    let mut input_bytes = 0u64;
    for _ in 0..runs {
        let t = Instant::now();
        let (a, _) = ingest::read_all(&args.corpus, &lex, IngestOptions::default())
            .map_err(|e| crate::Error::io(&args.corpus, e))?;
        ingest_s.push(t.elapsed().as_secs_f64());
        articles = a;
    }
    if let Ok(walked) = ingest::walk(&args.corpus) {
        input_bytes =
            walked.files.iter().filter_map(|f| std::fs::metadata(f).ok()).map(|m| m.len()).sum();
    }
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let mb = bytes as f64 / 1e6;
    let n = articles.len() as f64;
    let ingest_t = median(ingest_s);
    println!(
        "articles: {}, text: {:.1} MB (input files: {:.1} MB), {} threads",
        articles.len(),
        mb,
        input_bytes as f64 / 1e6,
        rayon::current_num_threads()
    );
    let line = |name: &str, secs: f64, claims: Option<usize>| {
        let per_claim =
            claims.map(|c| format!("  {:9.0} claims/s", c as f64 / secs)).unwrap_or_default();
        println!(
            "{name:<18} {secs:7.3} s  {:7.1} MB/s  {:9.0} articles/s{per_claim}",
            mb / secs,
            n / secs
        );
    };
    line("ingest", ingest_t, None);
    let extractor = Extractor::new(lex);
    let mut claims = Vec::new();
    if has(Stage::Extract) || has(Stage::Write) {
        let mut par_s = Vec::new();
        for _ in 0..runs {
            drop(std::mem::take(&mut claims));
            let t = Instant::now();
            claims = articles.par_iter().map(|a| extractor.extract(a)).collect();
            par_s.push(t.elapsed().as_secs_f64());
        }
        let total = claims.iter().map(Vec::len).sum();
        line("extract", median(par_s), Some(total));
    }
    if has(Stage::Extract1) {
        let mut one_s = Vec::new();
        let mut total = 0;
        for _ in 0..runs {
            let t = Instant::now();
            total = articles.iter().map(|a| extractor.extract(a).len()).sum();
            one_s.push(t.elapsed().as_secs_f64());
        }
        line("extract (1 thread)", median(one_s), Some(total));
    }
    if has(Stage::Write) {
        let mut write_s = Vec::new();
        let total = claims.iter().map(Vec::len).sum();
        for _ in 0..runs {
            write_s.push(time_write(&articles, &claims, args.writer_mb)?);
        }
        line("write", median(write_s), Some(total));
    }
    if !claims.is_empty() {
        let mut by_kind = std::collections::BTreeMap::<ClaimKind, usize>::new();
        for c in claims.iter().flatten() {
            *by_kind.entry(c.kind).or_default() += 1;
        }
        let kinds: Vec<String> =
            by_kind.iter().map(|(k, n)| format!("{n} {}", k.as_str())).collect();
        println!("claims: {} ({})", claims.iter().map(Vec::len).sum::<usize>(), kinds.join(", "));
    }
    Ok(Outcome::Done)
}

/// Seconds to write every article's claims to a new scratch index and commit.
fn time_write(
    articles: &[Article],
    claims: &[Vec<crate::model::Claim>],
    writer_mb: usize,
) -> anyhow::Result<f64> {
    let dir = std::env::temp_dir().join(format!("newsclaims-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let t = Instant::now();
    let index = ClaimIndex::open_or_create(&dir)?;
    let mut writer = index.writer(writer_mb << 20)?;
    let preparer = writer.preparer();
    for chunk in articles.chunks(512).zip(claims.chunks(512)) {
        let prepared: Vec<_> = chunk
            .0
            .par_iter()
            .zip(chunk.1)
            .map(|(a, c)| {
                let hash = a.content_hash();
                preparer.prepare(&a.id, &hash, &a.source.display().to_string(), c)
            })
            .collect();
        for p in prepared {
            writer.add_new_prepared(p?)?;
        }
    }
    writer.commit()?;
    let secs = t.elapsed().as_secs_f64();
    drop(writer);
    let _ = std::fs::remove_dir_all(&dir);
    Ok(secs)
}

/// p50 and p99 of `times` (milliseconds).
fn percentiles(mut lat: Vec<f64>) -> (f64, f64) {
    lat.sort_by(|a, b| a.total_cmp(b));
    let p99 = lat[(lat.len() * 99 / 100).min(lat.len() - 1)];
    (lat[lat.len() / 2], p99)
}

/// Runs `bench-search`.
pub fn run_search(args: BenchSearchArgs) -> anyhow::Result<Outcome> {
    let t = Instant::now();
    let index = ClaimIndex::open(&args.index.path)?;
    let searcher = index.searcher()?;
    println!(
        "claims in index: {}  (open: {:.1} ms)",
        searcher.num_claims(),
        t.elapsed().as_secs_f64() * 1e3
    );
    let reps = args.runs.max(1) * 50;
    let time = |req: &SearchRequest| -> anyhow::Result<(f64, f64, usize)> {
        let mut lat = Vec::with_capacity(reps);
        let mut hits = 0;
        for _ in 0..reps {
            let t = Instant::now();
            hits = searcher.search(req)?.len();
            lat.push(t.elapsed().as_secs_f64() * 1e3);
        }
        let (p50, p99) = percentiles(lat);
        Ok((p50, p99, hits))
    };
    for (name, q) in QUERIES {
        let req =
            SearchRequest { query: Some(q.to_string()), limit: 10, ..SearchRequest::default() };
        let (p50, p99, hits) = time(&req)?;
        println!("search {name:8} {q:34} p50 {p50:.3} ms  p99 {p99:.3} ms  ({hits} hits)");
    }
    let filters = [
        (
            "--action block --target Twitter",
            SearchRequest {
                action: Some("block".into()),
                target: Some("Twitter".into()),
                limit: 10,
                ..SearchRequest::default()
            },
        ),
        (
            "oil --kind quote --speaker minister",
            SearchRequest {
                query: Some("oil".into()),
                kind: Some(ClaimKind::Quote),
                speaker: Some("minister".into()),
                limit: 10,
                ..SearchRequest::default()
            },
        ),
    ];
    for (name, req) in filters {
        let (p50, p99, hits) = time(&req)?;
        println!("search filter   {name:34} p50 {p50:.3} ms  p99 {p99:.3} ms  ({hits} hits)");
    }
    Ok(Outcome::Done)
}
