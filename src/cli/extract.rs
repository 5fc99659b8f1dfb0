//! `newsclaims extract` and `newsclaims text`: claims or text of files, no index.

use super::output::{self, Format};
use super::Outcome;
use crate::extract::Extractor;
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicons;
use rayon::prelude::*;
use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

/// Arguments of `extract`.
#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// A file or folder of articles (.txt, .md, .html, .jsonl[.gz]).
    pub path: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Also print actions that are only possible ("could ban"), marked with modality.
    #[arg(long)]
    pub include_possible: bool,
    /// Files larger than this many bytes are skipped.
    #[arg(long, default_value_t = IngestOptions::default().max_bytes)]
    pub max_bytes: u64,
}

/// Arguments of `text`.
#[derive(Debug, clap::Args)]
pub struct TextArgs {
    /// A file or folder of articles.
    pub path: PathBuf,
}

/// Runs `extract`.
pub fn run(args: ExtractArgs, lex: Arc<Lexicons>) -> anyhow::Result<Outcome> {
    let opts = IngestOptions { max_bytes: args.max_bytes };
    let mut extractor = Extractor::new(lex.clone());
    extractor.keep_possible = args.include_possible;
    let walked = ingest::walk(&args.path).map_err(|e| crate::Error::io(&args.path, e))?;
    output::report_skipped(&walked.skipped);
    // Block-buffered: the line-buffered stdout would write at every claim's newline.
    let stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let mut printer = output::ClaimPrinter::new(stdout, args.format)?;
    let mut count = 0;
    for file in &walked.files {
        let mut batch = Vec::new();
        ingest::read_file(&args.path, file, &lex, opts, &mut |item| match item {
            Ok(a) => batch.push(a),
            Err(s) => output::report_skipped(std::slice::from_ref(&s)),
        });
        for chunk in batch.chunks(256) {
            let claims: Vec<_> = chunk.par_iter().map(|a| extractor.extract(a)).collect();
            for c in claims.iter().flatten() {
                printer.print(c, &[])?;
                count += 1;
            }
        }
    }
    printer.finish()?;
    Ok(if count > 0 { Outcome::Done } else { Outcome::NothingFound })
}

/// Runs `text`.
pub fn run_text(args: TextArgs, lex: Arc<Lexicons>) -> anyhow::Result<Outcome> {
    let walked = ingest::walk(&args.path).map_err(|e| crate::Error::io(&args.path, e))?;
    output::report_skipped(&walked.skipped);
    let several = walked.files.len() > 1;
    let mut out = std::io::stdout().lock();
    let mut any = false;
    for file in &walked.files {
        let mut result: std::io::Result<()> = Ok(());
        ingest::read_file(
            &args.path,
            file,
            &lex,
            IngestOptions::default(),
            &mut |item| match item {
                Ok(a) if result.is_ok() => {
                    any = true;
                    let header =
                        if several { format!("==> {} <==\n", a.id) } else { String::new() };
                    result = write!(out, "{header}{}\n\n", a.text);
                }
                Ok(_) => {}
                Err(s) => output::report_skipped(std::slice::from_ref(&s)),
            },
        );
        result?;
    }
    Ok(if any { Outcome::Done } else { Outcome::NothingFound })
}
