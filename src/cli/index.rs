//! `newsclaims index`: read, extract in parallel, write with one writer.
//!
//! A pipeline with bounded memory: a reader thread streams articles (a JSON
//! Lines dump record by record) in batches of at most 512 articles / 4 MB
//! through a channel holding one batch; rayon workers extract a batch and
//! build its index documents while the reader fills the next one and tantivy's
//! indexing threads digest the previous one (their heap is `--writer-mb`).
//! Memory stays bounded by the batch size and the writer heap, not the corpus.
//! An unchanged article (same id, same content hash) is skipped; a changed one
//! replaced; the same text under a second name is skipped as a duplicate. A
//! file a finished run read whole, with the same size and modification time
//! now, is not read at all (`ReadFiles`).
//! Commits are atomic (tantivy), so a killed run loses only what it added since
//! its last commit; Ctrl-C stops at the next batch and commits (see `interrupt`).

mod read;

use super::interrupt;
use super::output::report_skipped;
use super::{IndexLocation, Outcome};
use crate::extract::Extractor;
use crate::index::{
    listed_path, ArticleRecord, ClaimIndex, DocPreparer, IndexWriterSession, ReadFiles,
};
use crate::ingest::IngestOptions;
use crate::lexicon::Lexicons;
use crate::model::{Article, ClaimKind, Skipped};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use read::{read_roots, Read};
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::sync::mpsc::sync_channel;
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
const BATCH_BYTES: usize = 4 << 20;
/// Batches read ahead of the one being extracted.
const BATCHES_AHEAD: usize = 1;

#[derive(Default)]
struct Summary {
    read: usize,
    indexed: usize,
    unchanged: usize,
    duplicates: usize,
    files_unchanged: usize,
    bytes: u64,
    claims: BTreeMap<ClaimKind, usize>,
    skipped: Vec<Skipped>,
}

struct Run {
    extractor: Extractor,
    preparer: DocPreparer,
    writer: IndexWriterSession,
    known: HashMap<String, ArticleRecord>,
    /// Content hash → the article holding that text (for duplicate texts).
    hashes: HashMap<u64, (Box<str>, u32)>,
    /// The source files of the articles in `hashes`, by number.
    sources: SourceNumbers,
    /// Hashes of the ids written in this run: only an id indexed before
    /// (`known`) or earlier in this run needs its old documents deleted.
    written: HashSet<u64>,
    /// Files with an article skipped as another's duplicate: not remembered as
    /// read, for the article comes in when the other one changes.
    with_duplicates: HashSet<PathBuf>,
    summary: Summary,
    bar: ProgressBar,
    since_commit: usize,
    commit_bytes: usize,
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
    let mut read_files = ReadFiles::load(&args.index.path);
    let mut read_whole = Vec::new();
    let mut sources = SourceNumbers::default();
    let hashes = known
        .iter()
        .map(|(id, r)| {
            (hash_key(&r.hash), (id.as_str().into(), sources.number(Path::new(&r.source))))
        })
        .collect();
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
        preparer: writer.preparer(),
        writer,
        known,
        hashes,
        sources,
        written: HashSet::new(),
        with_duplicates: HashSet::new(),
        summary: Summary::default(),
        bar,
        since_commit: 0,
        commit_bytes: args.commit_mb << 20,
    };
    let opts = IngestOptions { max_bytes: args.max_bytes };
    interrupt::install();
    let mut interrupted = false;
    std::thread::scope(|scope| -> anyhow::Result<()> {
        let (tx, rx) = sync_channel(BATCHES_AHEAD);
        let paths = &args.paths;
        let (reader_lex, read_before) = (&*lex, &read_files);
        let reader = std::thread::Builder::new()
            .name("newsclaims-read".into())
            .spawn_scoped(scope, move || read_roots(paths, reader_lex, opts, read_before, tx))?;
        let mut outcome = Ok(());
        for msg in rx.iter() {
            let step = match msg {
                Read::Listed(n) => {
                    run.bar.inc_length(n);
                    Ok(())
                }
                Read::Skipped(skipped) => {
                    run.skip_all(skipped);
                    Ok(())
                }
                Read::FileDone(stamp) => {
                    read_whole.extend(stamp);
                    run.bar.inc(1);
                    Ok(())
                }
                Read::FileUnchanged => {
                    run.summary.files_unchanged += 1;
                    run.bar.inc(1);
                    Ok(())
                }
                Read::Batch(batch) => run.process(batch),
                Read::Failed(e) => Err(e.into()),
            };
            if let Err(e) = step {
                outcome = Err(e);
                break;
            }
            // Between batches every article put is whole, so committing is safe.
            if interrupt::requested() {
                interrupted = true;
                break;
            }
        }
        // Dropping the receiver stops the reader at its next send.
        drop(rx);
        if reader.join().is_err() {
            anyhow::bail!("the reader thread panicked");
        }
        outcome
    })?;
    run.writer.commit()?;
    // Only a finished run knows every batch of its files written and committed.
    if !interrupted {
        let duplicated: HashSet<String> =
            run.with_duplicates.iter().filter_map(|p| listed_path(p)).collect();
        read_whole.retain(|stamp| !duplicated.contains(stamp.path()));
        read_whole.into_iter().for_each(|stamp| read_files.record(stamp));
        // A lost list only costs time: the next run reads every file again.
        if let Err(e) = read_files.save() {
            eprintln!("newsclaims: {e} (the next run will read every file again)");
        }
    }
    run.bar.finish_and_clear();
    if interrupted {
        eprintln!(
            "newsclaims: interrupted: {} articles committed; run the same command again to index the rest",
            run.summary.indexed
        );
    }
    if !args.quiet {
        print_summary(&run.summary, started.elapsed().as_secs_f64(), &args.index.path);
    }
    Ok(if interrupted { Outcome::Interrupted } else { Outcome::Done })
}

impl Run {
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
            if let Some(old) = self.known.get(&a.id) {
                if old.hash == hash {
                    self.summary.unchanged += 1;
                    continue;
                }
                // Its old text leaves the index: a copy of it elsewhere is no duplicate now.
                let old_key = hash_key(&old.hash);
                if self.hashes.get(&old_key).is_some_and(|(id, _)| **id == *a.id) {
                    self.hashes.remove(&old_key);
                }
            }
            let key = hash_key(&hash);
            let source = self.sources.number(&a.source);
            match self.hashes.get(&key) {
                Some((other, other_source)) if **other != *a.id => {
                    self.summary.duplicates += 1;
                    // A copy inside one file comes in with that file, when it changes.
                    if *other_source != source {
                        self.with_duplicates.insert(a.source.clone());
                    }
                    continue;
                }
                _ => {}
            }
            self.hashes.insert(key, (a.id.as_str().into(), source));
            todo.push((a, hash));
        }
        // Extraction and document building in parallel; the writer only queues.
        let (extractor, preparer) = (&self.extractor, self.preparer);
        let prepared: Vec<_> = todo
            .par_iter()
            .map(|(a, hash)| {
                let claims = extractor.extract(a);
                let kinds: Vec<ClaimKind> = claims.iter().map(|c| c.kind).collect();
                let source = a.source.display().to_string();
                preparer.prepare(&a.id, hash, &source, &claims).map(|p| (p, kinds))
            })
            .collect();
        for ((a, _), article) in todo.iter().zip(prepared) {
            let (article, kinds) = article?;
            for kind in kinds {
                *self.summary.claims.entry(kind).or_default() += 1;
            }
            let id_key = xxhash_rust::xxh3::xxh3_64(a.id.as_bytes());
            if self.known.contains_key(&a.id) || !self.written.insert(id_key) {
                self.writer.put_prepared(article)?;
            } else {
                self.writer.add_new_prepared(article)?;
            }
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

/// Source file names by number: one `u32` an article, not a path.
#[derive(Default)]
struct SourceNumbers(HashMap<PathBuf, u32>);

impl SourceNumbers {
    /// The number of `source`, given it on first sight.
    fn number(&mut self, source: &Path) -> u32 {
        if let Some(&n) = self.0.get(source) {
            return n;
        }
        let n = self.0.len() as u32;
        self.0.insert(source.to_path_buf(), n);
        n
    }
}

/// The 64-bit content hash behind its hex form: a fraction of the memory of a
/// `String` per article on a corpus of hundreds of thousands.
fn hash_key(hex: &str) -> u64 {
    u64::from_str_radix(hex, 16).unwrap_or_else(|_| xxhash_rust::xxh3::xxh3_64(hex.as_bytes()))
}

fn print_summary(s: &Summary, secs: f64, index: &std::path::Path) {
    let total: usize = s.claims.values().sum();
    let by_kind: Vec<String> =
        s.claims.iter().map(|(k, n)| format!("{n} {}", k.as_str())).collect();
    let mb = s.bytes as f64 / 1e6;
    eprintln!(
        "indexed {} of {} articles into {} ({} unchanged, {} duplicate texts; {} files unchanged, not read); {} claims ({}); {} files skipped; {:.2} s, {:.1} MB/s",
        s.indexed,
        s.read,
        index.display(),
        s.unchanged,
        s.duplicates,
        s.files_unchanged,
        total,
        if by_kind.is_empty() { "none".to_string() } else { by_kind.join(", ") },
        s.skipped.len(),
        secs,
        if secs > 0.0 { mb / secs } else { 0.0 }
    );
}
