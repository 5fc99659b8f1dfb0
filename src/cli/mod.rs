//! The command line: one file per subcommand, each with its clap arguments and
//! a `run` that calls the library and prints.

mod bench;
mod eval;
mod export;
mod extract;
mod index;
mod interrupt;
mod output;
mod search;

use crate::lexicon::Lexicons;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::sync::Arc;

/// What a successful run found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Done, with results (exit code 0).
    Done,
    /// Ran fine but nothing matched (exit code 1).
    NothingFound,
    /// Stopped early by Ctrl-C after committing the work done (exit code 130).
    Interrupted,
}

/// Who said what, and who did what to whom, in a folder of news articles.
#[derive(Debug, Parser)]
#[command(name = "newsclaims", version, about, long_about = None)]
pub struct Args {
    /// A folder of lexicon files that extend or override the shipped ones.
    #[arg(long, global = true, env = "NEWSCLAIMS_LEXICONS", value_name = "DIR")]
    pub lexicons: Option<PathBuf>,
    /// The subcommand.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Read articles, extract their claims and add them to the index.
    Index(index::IndexArgs),
    /// Search the indexed claims.
    Search(search::SearchArgs),
    /// Export claims, actors or actions from the index as CSV.
    Export(export::ExportArgs),
    /// Print the claims of a file or folder (no index).
    Extract(extract::ExtractArgs),
    /// Print the text the extractors see.
    Text(extract::TextArgs),
    /// Score extracted claims against a gold file.
    Eval(eval::EvalArgs),
    /// Time ingest and extraction on a corpus (used by scripts/bench.sh).
    Bench(bench::BenchArgs),
    /// Time searches on an index (used by scripts/bench.sh).
    BenchSearch(bench::BenchSearchArgs),
}

/// Where the index lives: `--index`, `NEWSCLAIMS_INDEX`, or `./newsclaims-index`.
#[derive(Debug, clap::Args)]
pub struct IndexLocation {
    /// The index folder.
    #[arg(
        long = "index",
        env = "NEWSCLAIMS_INDEX",
        default_value = "newsclaims-index",
        value_name = "DIR"
    )]
    pub path: PathBuf,
}

/// Runs the parsed command.
pub fn run(args: Args) -> anyhow::Result<Outcome> {
    // Compiling the lexicons takes ~50 M instructions (~0.02 s): only the
    // commands that read articles pay it.
    let lex = || load_lexicons(args.lexicons.as_deref());
    match args.command {
        Command::Index(a) => index::run(a, lex()?),
        Command::Search(a) => search::run(a),
        Command::Export(a) => export::run(a, args.lexicons.as_deref()),
        Command::Extract(a) => extract::run(a, lex()?),
        Command::Text(a) => extract::run_text(a, lex()?),
        Command::Eval(a) => eval::run(a, lex()?),
        Command::Bench(a) => bench::run(a, lex()?),
        Command::BenchSearch(a) => bench::run_search(a),
    }
}

pub(super) fn load_lexicons(dir: Option<&std::path::Path>) -> anyhow::Result<Arc<Lexicons>> {
    Ok(match dir {
        Some(dir) => Lexicons::with_user_dir(dir)?,
        None => Lexicons::builtin(),
    })
}
