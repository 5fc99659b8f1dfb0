//! `newsclaims search`: full-text and filtered search over the indexed claims.

use super::output::{ClaimPrinter, Format};
use super::{IndexLocation, Outcome};
use crate::index::{ClaimIndex, SearchRequest};
use crate::model::ClaimKind;

/// Arguments of `search`.
#[derive(Debug, clap::Args)]
pub struct SearchArgs {
    /// A query in tantivy's syntax (default field: content; fields speaker:,
    /// actor:, action:, target:, kind:, article:). Omit it to list by filters.
    pub query: Option<String>,
    /// Only claims by this speaker (canonical name, or a word of it).
    #[arg(long)]
    pub speaker: Option<String>,
    /// Only actions by this actor.
    #[arg(long)]
    pub actor: Option<String>,
    /// Only actions of this class (block, restrict, ban ...).
    #[arg(long)]
    pub action: Option<String>,
    /// Only actions on this target.
    #[arg(long)]
    pub target: Option<String>,
    /// Only claims of this kind.
    #[arg(long, value_parser = ["quote", "indirect", "action"])]
    pub kind: Option<String>,
    /// Only claims of this article.
    #[arg(long)]
    pub article: Option<String>,
    /// At most this many results.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
    /// Include actions that are only possible ("could ban").
    #[arg(long)]
    pub include_possible: bool,
    #[command(flatten)]
    pub index: IndexLocation,
}

/// Runs `search`.
pub fn run(args: SearchArgs) -> anyhow::Result<Outcome> {
    let index = ClaimIndex::open(&args.index.path)?;
    let searcher = index.searcher()?;
    let req = SearchRequest {
        query: args.query.filter(|q| !q.trim().is_empty()),
        speaker: args.speaker,
        actor: args.actor,
        action: args.action.map(|a| a.to_lowercase()),
        target: args.target,
        kind: args.kind.as_deref().and_then(ClaimKind::parse),
        article: args.article,
        limit: args.limit,
        include_possible: args.include_possible,
    };
    let hits = searcher.search(&req)?;
    let mut printer = ClaimPrinter::new(std::io::stdout().lock(), args.format)?;
    for hit in &hits {
        printer.print(&hit.claim, &hit.highlights)?;
    }
    printer.finish()?;
    Ok(if hits.is_empty() { Outcome::NothingFound } else { Outcome::Done })
}
