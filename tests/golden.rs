//! Golden tests: the seed articles against their hand-made gold, and a
//! snapshot of the claims of every fixture article.
//!
//! The floors are the level reached on the seeds (`newsclaims eval --gold
//! tests/seeds.gold.jsonl corpus/seeds`); a change that drops below them fails.

use newsclaims::eval::{score, Gold};
use newsclaims::extract::Extractor;
use newsclaims::ingest::{self, IngestOptions};
use newsclaims::lexicon::Lexicons;
use newsclaims::Claim;
use std::path::Path;

fn claims_of(path: &Path) -> Vec<Claim> {
    let lex = Lexicons::builtin();
    let (articles, skipped) = ingest::read_all(path, &lex, IngestOptions::default()).unwrap();
    assert!(skipped.is_empty(), "{skipped:?}");
    let extractor = Extractor::new(lex);
    articles.iter().flat_map(|a| extractor.extract(a)).collect()
}

fn gold() -> Vec<Gold> {
    include_str!("seeds.gold.jsonl")
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| serde_json::from_str(l).unwrap())
        .collect()
}

#[test]
fn seeds_reach_the_floors() {
    let report = score(&gold(), &claims_of(Path::new("corpus/seeds")), None);
    let wsw = report.get("who_said_what_f1");
    let actions = report.get("action_f1");
    let attribution = report.get("attribution_acc");
    assert!(wsw >= 0.93, "who-said-what F1 {wsw:.3} < 0.93\n{:#?}", report.errors);
    assert!(attribution >= 0.95, "attribution accuracy {attribution:.3} < 0.95");
    assert!(actions >= 0.85, "action F1 {actions:.3} < 0.85\n{:#?}", report.errors);
}

#[test]
fn seed_speakers_are_canonical_names() {
    let claims = claims_of(Path::new("corpus/seeds"));
    let said = |content: &str| {
        claims
            .iter()
            .find(|c| c.kind != newsclaims::ClaimKind::Action && c.content.contains(content))
            .and_then(|c| c.speaker.clone())
            .unwrap_or_default()
    };
    // "he said" → the last fitting person; "Sir Nick" → the full name.
    assert_eq!(said("We refused"), "Nick Clegg");
    assert_eq!(said("Ordinary Russians are using our apps"), "Nick Clegg");
    // "the company said" → the last fitting organisation (the micro-blogging company).
    assert_eq!(said("We’re aware that Twitter is being restricted"), "Twitter");
    // "NetBlocks Director Alp Toker" → the person, with the role kept.
    assert_eq!(said("Russia’s restriction of Twitter"), "Alp Toker");
    // "Schmidt" → the full name used earlier.
    assert_eq!(said("It’s also an important source"), "Matthew Schmidt");
    // A descriptor: "The Russian telecom watchdog" → Roskomnadzor.
    assert_eq!(said("there are no grounds to unblock"), "Roskomnadzor");
}

#[test]
fn seed_actions_read_voice_and_negation() {
    let claims = claims_of(Path::new("corpus/seeds"));
    let has = |actor: &str, action: &str, target: &str, negated: bool| {
        claims.iter().any(|c| {
            c.actor.as_deref() == Some(actor)
                && c.action.as_deref() == Some(action)
                && c.target.as_deref() == Some(target)
                && c.negated == negated
        })
    };
    assert!(has("Roskomnadzor", "sanction", "Twitter", true), "passive with negation");
    assert!(has("Russia", "block", "Twitter", false), "Moscow as the Russian state");
    assert!(
        has("Roskomnadzor", "accuse", "Facebook", false),
        "apposition between subject and verb"
    );
    assert!(
        has("Instagram", "remove", "Sputnik", false),
        "coordination: every actor × every target"
    );
    assert!(
        !claims.iter().any(|c| c.action.as_deref() == Some("ban")),
        "'threatening to ban' is not a ban"
    );
}

/// Every fixture article's claims, one line each, compared with its snapshot.
/// Set `NEWSCLAIMS_BLESS=1` to rewrite the snapshots after a deliberate change.
#[test]
fn fixture_snapshots() {
    let dir = Path::new("tests/fixtures/articles");
    let bless = std::env::var_os("NEWSCLAIMS_BLESS").is_some();
    let mut names: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    assert!(!names.is_empty());
    let mut failures = Vec::new();
    for path in names {
        let mut got = String::new();
        for c in claims_of(&path) {
            let who = c.who().unwrap_or("-");
            let what = c.action.as_deref().or(c.cue.as_deref()).unwrap_or("-");
            let target = c.target.as_deref().unwrap_or("-");
            let neg = if c.negated { " NOT" } else { "" };
            got.push_str(&format!(
                "{}\t{}\t{}{}\t{}\t{}\n",
                c.kind.as_str(),
                who,
                what,
                neg,
                target,
                c.content
            ));
        }
        let snapshot =
            Path::new("tests/snapshots").join(path.file_name().unwrap()).with_extension("tsv");
        if bless {
            std::fs::write(&snapshot, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&snapshot).unwrap_or_default();
        if want != got {
            failures.push(format!("{}:\n--- want\n{want}--- got\n{got}", path.display()));
        }
    }
    assert!(
        failures.is_empty(),
        "snapshots differ (NEWSCLAIMS_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}
