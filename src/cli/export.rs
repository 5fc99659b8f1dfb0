//! `newsclaims export`: claims, actors or actions of the index as CSV.

use super::{IndexLocation, Outcome};
use crate::export::{ActionsTable, ActorsTable, ClaimsCsv, CsvOptions};
use crate::index::{ClaimIndex, SearchRequest};
use std::io::Write;
use std::path::PathBuf;

/// Which table to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum TableName {
    /// Every claim, with the contract's columns.
    Claims,
    /// One row per actor: kind, aliases, mentions, statements, articles.
    Actors,
    /// One row per actor–action–target: count and articles.
    Actions,
}

/// Arguments of `export`.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// The table.
    #[arg(long, value_enum, default_value_t = TableName::Claims)]
    pub table: TableName,
    /// Only claims matching this query (tantivy syntax, as in `search`).
    #[arg(long)]
    pub query: Option<String>,
    /// Write here instead of standard output.
    #[arg(long, short)]
    pub out: Option<PathBuf>,
    /// Do not neutralise cells that begin with = + - @ (spreadsheet formulas).
    #[arg(long)]
    pub raw: bool,
    /// Include actions that are only possible ("could ban").
    #[arg(long)]
    pub include_possible: bool,
    #[command(flatten)]
    pub index: IndexLocation,
}

/// Runs `export`.
/// `lexicons` is the user's lexicon folder, if any: the actors table takes
/// each actor's kind from the same lexicons the index was built with.
pub fn run(args: ExportArgs, lexicons: Option<&std::path::Path>) -> anyhow::Result<Outcome> {
    let index = ClaimIndex::open(&args.index.path)?;
    let searcher = index.searcher()?;
    let req = SearchRequest {
        query: args.query.clone(),
        include_possible: args.include_possible,
        limit: usize::MAX,
        ..SearchRequest::default()
    };
    let out: Box<dyn Write> = match &args.out {
        Some(path) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).map_err(|e| crate::Error::io(path, e))?,
        )),
        None => Box::new(std::io::stdout().lock()),
    };
    let opts = CsvOptions { neutralise_formulas: !args.raw };
    let mut rows = 0usize;
    match args.table {
        TableName::Claims => {
            let mut csv = ClaimsCsv::new(out, opts)?;
            searcher.for_each_claim(&req, |c| {
                rows += 1;
                csv.write(&c)
            })?;
            csv.finish()?;
        }
        TableName::Actors => {
            let mut table = ActorsTable::new();
            searcher.for_each_claim(&req, |c| {
                rows += 1;
                table.add(&c);
                Ok(())
            })?;
            let lex = super::load_lexicons(lexicons)?;
            table.write(out, opts, |name: &str| lex.actor(name).map(|a| a.kind))?;
        }
        TableName::Actions => {
            let mut table = ActionsTable::new(args.include_possible);
            searcher.for_each_claim(&req, |c| {
                rows += 1;
                table.add(&c);
                Ok(())
            })?;
            table.write(out, opts)?;
        }
    }
    Ok(if rows == 0 { Outcome::NothingFound } else { Outcome::Done })
}
