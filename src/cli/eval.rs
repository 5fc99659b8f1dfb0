//! `newsclaims eval`: extract a file or folder and score it against a gold file.

use super::Outcome;
use crate::eval::{score, ErrorKind, Gold};
use crate::extract::Extractor;
use crate::ingest::{self, IngestOptions};
use crate::lexicon::Lexicons;
use anyhow::Context;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::PathBuf;
use std::sync::Arc;

/// Arguments of `eval`.
#[derive(Debug, clap::Args)]
pub struct EvalArgs {
    /// The gold file (JSON Lines, the claims contract's gold form).
    #[arg(long)]
    pub gold: PathBuf,
    /// The articles: a file or folder.
    pub path: PathBuf,
    /// Match statements by gold-token coverage ≥ X instead of token F1 ≥ 0.5.
    #[arg(long)]
    pub coverage: Option<f64>,
    /// List at most this many errors of each kind (0: counts only).
    #[arg(long, default_value_t = 10)]
    pub errors: usize,
    /// Print the figures as one JSON object.
    #[arg(long)]
    pub json: bool,
}

/// Runs `eval`.
pub fn run(args: EvalArgs, lex: Arc<Lexicons>) -> anyhow::Result<Outcome> {
    let text = std::fs::read_to_string(&args.gold)
        .with_context(|| format!("reading {}", args.gold.display()))?;
    let mut gold = Vec::new();
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let g: Gold = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: not a gold line", args.gold.display(), n + 1))?;
        gold.push(g);
    }
    let (articles, skipped) = ingest::read_all(&args.path, &lex, IngestOptions::default())
        .map_err(|e| crate::Error::io(&args.path, e))?;
    super::output::report_skipped(&skipped);
    let extractor = Extractor::new(lex);
    let pred: Vec<_> = articles.par_iter().flat_map_iter(|a| extractor.extract(a)).collect();
    let report = score(&gold, &pred, args.coverage);
    if args.json {
        let obj: serde_json::Map<String, serde_json::Value> =
            report.figures.iter().map(|(k, v)| (k.to_string(), serde_json::json!(v))).collect();
        println!("{}", serde_json::Value::Object(obj));
        return Ok(Outcome::Done);
    }
    for (name, value) in &report.figures {
        if name.ends_with("_gold") || name.ends_with("_pred") {
            println!("{name:22} {}", *value as usize);
        } else {
            println!("{name:22} {value:.3}");
        }
    }
    let mut by_kind: BTreeMap<ErrorKind, Vec<_>> = BTreeMap::new();
    for e in &report.errors {
        by_kind.entry(e.kind).or_default().push(e);
    }
    println!("\nerrors by kind:");
    for (kind, errs) in &by_kind {
        println!("  {:20} {}", kind.as_str(), errs.len());
    }
    if args.errors > 0 {
        for (kind, errs) in &by_kind {
            println!("\n{} ({}):", kind.as_str(), errs.len());
            for e in errs.iter().take(args.errors) {
                println!("  {}: {}", e.article, e.detail);
            }
        }
    }
    Ok(Outcome::Done)
}
