// # Searching claims
//
// This example shows how to put claims into a newsclaims index and find them
// again: by the words of a quote, by who said it, and by who did what to whom.
//
// Run it with `cargo run --example search_claims`.

use newsclaims::index::{ClaimIndex, SearchRequest};
use newsclaims::{Claim, ClaimKind};

fn main() -> newsclaims::Result<()> {
    // ## Some claims
    //
    // Claims normally come from `newsclaims extract`; here we write three by hand.
    // A quote has a speaker and the quoted words as `content`...
    let mut quote = Claim::new("turkey.txt", ClaimKind::Quote, "example");
    quote.speaker = Some("Alp Toker".into());
    quote.speaker_role = Some("NetBlocks director".into());
    quote.cue = Some("said".into());
    quote.content = "Twitter is being restricted across Turkey".into();
    quote.sentence = format!("\"{}\", Alp Toker said.", quote.content);
    quote.start = 1;
    quote.end = 1 + quote.content.len();

    // ... reported speech is much the same without the quotation marks ...
    let mut indirect = Claim::new("turkey.txt", ClaimKind::Indirect, "example");
    indirect.speaker = Some("NetBlocks".into());
    indirect.cue = Some("reported".into());
    indirect.content = "the restrictions began on Monday morning".into();
    indirect.sentence = format!("NetBlocks reported that {}.", indirect.content);
    indirect.start = 80;
    indirect.end = 80 + indirect.content.len();

    // ... and an action says who did what to whom.
    let mut action = Claim::new("russia.txt", ClaimKind::Action, "example");
    action.actor = Some("Roskomnadzor".into());
    action.action = Some("block".into());
    action.target = Some("Twitter".into());
    action.content = "Russia's communications regulator blocked Twitter.".into();
    action.sentence = action.content.clone();

    // ## Indexing
    //
    // An index is a folder. `open_or_create` makes it when it is missing.
    let dir = tempfile::tempdir().map_err(|e| newsclaims::Error::io("tempdir", e))?;
    let index = ClaimIndex::open_or_create(&dir.path().join("index"))?;

    // Only one writer at a time may hold an index: a second one gets
    // `Error::IndexBusy`. The argument is the indexing memory budget.
    let mut writer = index.writer(50_000_000)?;

    // Claims go in article by article. Putting an article again replaces what
    // the index held for it, so re-indexing never duplicates claims.
    writer.put_article("turkey.txt", "hash-1", "news/turkey.txt", &[quote, indirect])?;
    writer.put_article("russia.txt", "hash-2", "news/russia.txt", &[action])?;

    // Nothing is visible, or safe on disk, before a commit.
    writer.commit()?;

    // ## Searching
    //
    // A searcher is a snapshot of the last commit.
    let searcher = index.searcher()?;
    println!("{} claims indexed", searcher.num_claims());

    // Bare words search the claim's content, stemmed: "restricting" finds
    // "restricted" and "restrictions". Highlights are byte ranges in the content.
    let words = SearchRequest { query: Some("restricting".into()), ..SearchRequest::default() };
    print_hits("restricting", &searcher.search(&words)?);

    // Fields can be named in the query, names case-insensitively.
    let fields = SearchRequest {
        query: Some("speaker:netblocks OR speaker:\"alp toker\"".into()),
        ..SearchRequest::default()
    };
    print_hits("speaker:netblocks OR speaker:\"alp toker\"", &searcher.search(&fields)?);

    // Filters match a whole name or whole words of it: "Toker" finds "Alp Toker".
    let by_speaker = SearchRequest { speaker: Some("Toker".into()), ..SearchRequest::default() };
    print_hits("--speaker Toker", &searcher.search(&by_speaker)?);

    // Who blocked Twitter?
    let blocks = SearchRequest {
        action: Some("block".into()),
        target: Some("Twitter".into()),
        ..SearchRequest::default()
    };
    print_hits("--action block --target Twitter", &searcher.search(&blocks)?);
    Ok(())
}

fn print_hits(title: &str, hits: &[newsclaims::index::Hit]) {
    println!("\n{title}: {} hit(s)", hits.len());
    for hit in hits {
        let c = &hit.claim;
        let who = c.who().unwrap_or("?");
        let marked: Vec<&str> = hit.highlights.iter().map(|&(a, b)| &c.content[a..b]).collect();
        println!("  {:.3}  {who}: {}  [{}] {marked:?}", hit.score, c.content, c.article);
    }
}
