//! `newsclaims index`: read, extract in parallel, write with one writer.
//!
//! Files are streamed in batches: rayon workers extract a batch while the one
//! index writer owns the index; memory stays bounded by the batch size, not the
//! corpus. An unchanged article (same id, same content hash) is skipped; a
//! changed one replaced; the same text under a second name is skipped as a
//! duplicate. Commits are atomic (tantivy), so a killed run loses only what it
//! added since its last commit.

use super::output::report_skipped;
use super::{IndexLocation, Outcome};
use crate::extract::Extractor;
use crate::index::{ArticleRecord, ClaimIndex, IndexWriterSession};
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicons;
use crate::model::{Article, ClaimKind, Skipped};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

/// Arguments of `index`.
#[derive(Debug, clap::Args)]
pub struct IndexArgs {
    /// Files or folders of articles (.txt, .md, .html, .jsonl[.gz]).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub index: IndexLocation,
    /// Files (and JSON Lines records) larger than this many bytes are skipped.
    #[arg(long, default_value_t = IngestOptions::default().max_bytes)]
    pub max_bytes: u64,
    /// Memory for the index writer, in MB.
    #[arg(long, default_value_t = 64)]
    pub writer_mb: usize,
    /// Commit after this many MB of text (a killed run resumes from the last commit).
    #[arg(long, default_value_t = 64)]
    pub commit_mb: usize,
    /// No progress bar and no summary.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Articles extracted together.
const BATCH_ARTICLES: usize = 512;
const BATCH_BYTES: usize = 8 << 20;

#[derive(Default)]
struct Summary {
    read: usize,
    indexed: usize,
    unchanged: usize,
    duplicates: usize,
    bytes: u64,
    claims: BTreeMap<ClaimKind, usize>,
    skipped: Vec<Skipped>,
}

struct Run<'a> {
    extractor: Extractor,
    writer: IndexWriterSession,
    known: HashMap<String, ArticleRecord>,
    hashes: HashMap<String, String>,
    summary: Summary,
    bar: ProgressBar,
    since_commit: usize,
    commit_bytes: usize,
    _lex: &'a Lexicons,
}

/// Runs `index`.
pub fn run(args: IndexArgs, lex: Arc<Lexicons>) -> anyhow::Result<Outcome> {
    let started = Instant::now();
    for p in &args.paths {
        if !p.exists() {
            anyhow::bail!("{}: no such file or folder", p.display());
        }
    }
    let index = ClaimIndex::open_or_create(&args.index.path)?;
    let writer = index.writer(args.writer_mb << 20)?;
    let known = index.articles()?;
    let hashes = known.iter().map(|(id, r)| (r.hash.clone(), id.clone())).collect();
    let show = !args.quiet && std::io::stderr().is_terminal();
    let bar = if show {
        ProgressBar::new(0)
    } else {
        ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden())
    };
    bar.set_style(
        ProgressStyle::with_template("{spinner} [{elapsed_precise}] {pos}/{len} files · {msg}")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let mut run = Run {
        extractor: Extractor::new(lex.clone()),
        writer,
        known,
        hashes,
        summary: Summary::default(),
        bar,
        since_commit: 0,
        commit_bytes: args.commit_mb << 20,
        _lex: &lex,
    };
    let opts = IngestOptions { max_bytes: args.max_bytes };
    for root in &args.paths {
        let walked = ingest::walk(root).map_err(|e| crate::Error::io(root, e))?;
        run.skip_all(walked.skipped);
        run.bar.inc_length(walked.files.len() as u64);
        let mut batch: Vec<Article> = Vec::new();
        let mut batch_bytes = 0;
        for file in &walked.files {
            let mut skipped = Vec::new();
            ingest::read_file(root, file, &lex, opts, &mut |item| match item {
                Ok(a) => {
                    batch_bytes += a.text.len();
                    batch.push(a);
                }
                Err(s) => skipped.push(s),
            });
            run.skip_all(skipped);
            if batch.len() >= BATCH_ARTICLES || batch_bytes >= BATCH_BYTES {
                run.process(std::mem::take(&mut batch))?;
                batch_bytes = 0;
            }
            run.bar.inc(1);
        }
        run.process(batch)?;
    }
    run.writer.commit()?;
    run.bar.finish_and_clear();
    if !args.quiet {
        print_summary(&run.summary, started.elapsed().as_secs_f64(), &args.index.path);
    }
    Ok(Outcome::Done)
}

impl Run<'_> {
    fn skip_all(&mut self, skipped: Vec<Skipped>) {
        self.bar.suspend(|| report_skipped(&skipped));
        self.summary.skipped.extend(skipped);
    }

    /// Extracts the new and changed articles of a batch in parallel, then writes them.
    fn process(&mut self, batch: Vec<Article>) -> anyhow::Result<()> {
        let mut todo = Vec::new();
        for a in batch {
            self.summary.read += 1;
            self.summary.bytes += a.text.len() as u64;
            let hash = a.content_hash();
            if self.known.get(&a.id).is_some_and(|r| r.hash == hash) {
                self.summary.unchanged += 1;
                continue;
            }
            match self.hashes.get(&hash) {
                Some(other) if *other != a.id => {
                    self.summary.duplicates += 1;
                    continue;
                }
                _ => {}
            }
            self.hashes.insert(hash.clone(), a.id.clone());
            todo.push((a, hash));
        }
        let extracted: Vec<_> = todo.par_iter().map(|(a, _)| self.extractor.extract(a)).collect();
        for ((a, hash), claims) in todo.iter().zip(extracted) {
            for c in &claims {
                *self.summary.claims.entry(c.kind).or_default() += 1;
            }
            self.writer.put_article(&a.id, hash, &a.source.display().to_string(), &claims)?;
            self.summary.indexed += 1;
            self.since_commit += a.text.len();
        }
        if self.since_commit >= self.commit_bytes {
            self.writer.commit()?;
            self.since_commit = 0;
        }
        let total: usize = self.summary.claims.values().sum();
        self.bar.set_message(format!(
            "{:.1} MB · {} articles · {} claims",
            self.summary.bytes as f64 / 1e6,
            self.summary.read,
            total
        ));
        Ok(())
    }
}

fn print_summary(s: &Summary, secs: f64, index: &std::path::Path) {
    let total: usize = s.claims.values().sum();
    let by_kind: Vec<String> =
        s.claims.iter().map(|(k, n)| format!("{n} {}", k.as_str())).collect();
    let mb = s.bytes as f64 / 1e6;
    eprintln!(
        "indexed {} of {} articles into {} ({} unchanged, {} duplicate texts); {} claims ({}); {} files skipped; {:.2} s, {:.1} MB/s",
        s.indexed,
        s.read,
        index.display(),
        s.unchanged,
        s.duplicates,
        total,
        if by_kind.is_empty() { "none".to_string() } else { by_kind.join(", ") },
        s.skipped.len(),
        secs,
        if secs > 0.0 { mb / secs } else { 0.0 }
    );
}
