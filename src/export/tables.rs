//! The aggregate tables: who is named how often (`actors`), and who did
//! what to whom how often (`actions`).

use super::{CsvOptions, CsvOut, ACTION_HEADER, ACTOR_HEADER};
use crate::model::{ActorKind, Claim, ClaimKind};
use crate::Result;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

#[derive(Debug, Default)]
struct ActorStats {
    /// How often claims gave each kind (articles may differ on an unknown name).
    kinds: BTreeMap<&'static str, usize>,
    aliases: BTreeSet<String>,
    mentions: usize,
    statements: usize,
    articles: BTreeSet<String>,
}

/// Where a speaker mention's apposition or relative clause starts
/// ("Roskomnadzor, Russia's regulator"; "Schmidt (director of ...)").
const APPOSITION_STARTS: &[&str] = &[",", " (", " —", " –", " who ", " which ", " that "];

/// Words that show a mention ran into its clause ("The US has further"):
/// such a mention is no name for the actors table.
const CLAUSE_WORDS: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "did",
    "does", "do", "to", "said", "says",
];

/// Pronouns are how the text refers to an actor, not names for it.
const PRONOUNS: &[&str] =
    &["he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me"];

/// The part of a speaker mention that names the actor, for the `aliases`
/// column: the mention without its apposition, when it reads as a name or a
/// descriptor of at most six words ("Sir Nick", "the company"); `None` for
/// pronouns and for mentions that ran into a clause.
fn alias_of(mention: &str) -> Option<&str> {
    let cut = APPOSITION_STARTS.iter().filter_map(|p| mention.find(p)).min();
    let alias = mention[..cut.unwrap_or(mention.len())].trim();
    let words: Vec<&str> = alias.split_whitespace().collect();
    let first = words.first()?.to_lowercase();
    let name_like = alias.chars().next().is_some_and(char::is_uppercase)
        || matches!(first.as_str(), "the" | "a" | "an");
    let clause = words.iter().any(|w| CLAUSE_WORDS.contains(&w.to_lowercase().as_str()));
    let pronoun = PRONOUNS.contains(&first.as_str());
    (name_like && !clause && !pronoun && words.len() <= 6).then_some(alias)
}

/// Who is named how often: aggregates claims pushed one by one.
#[derive(Debug, Default)]
pub struct ActorsTable {
    actors: BTreeMap<String, ActorStats>,
}

impl ActorsTable {
    /// An empty table.
    pub fn new() -> ActorsTable {
        ActorsTable::default()
    }

    /// Counts the claim for its speaker, actor and target (once each per claim).
    pub fn add(&mut self, claim: &Claim) {
        let names: BTreeMap<&str, Option<ActorKind>> = [
            (&claim.speaker, claim.speaker_kind),
            (&claim.actor, claim.actor_kind),
            (&claim.target, claim.target_kind),
        ]
        .into_iter()
        .filter_map(|(name, kind)| Some((name.as_deref()?, kind)))
        .collect();
        for (name, kind) in names {
            let stats = self.actors.entry(name.to_string()).or_default();
            stats.mentions += 1;
            stats.articles.insert(claim.article.clone());
            if let Some(kind) = kind {
                *stats.kinds.entry(kind.as_str()).or_default() += 1;
            }
        }
        let Some(speaker) = claim.speaker.as_deref() else { return };
        let stats = self.actors.get_mut(speaker).expect("counted above");
        if claim.kind != ClaimKind::Action {
            stats.statements += 1;
        }
        // Claims carry mentions only for speakers; the name itself is no alias.
        if let Some(alias) = claim.speaker_mention.as_deref().and_then(alias_of) {
            if !alias.eq_ignore_ascii_case(speaker) {
                stats.aliases.insert(alias.to_string());
            }
        }
    }

    /// Writes the table, most mentioned first. A name's kind is `kind_of`'s
    /// (the lexicons in use: a user's file decides), else the one its claims
    /// gave most often (what the articles said of it: "Dr.", "a company
    /// that"), else an empty cell. Names of no
    /// kind written in lower case ("thousands of accounts") are the text's
    /// words for something unnamed, not actors: they are left out.
    pub fn write<W: Write>(
        &self,
        w: W,
        options: CsvOptions,
        kind_of: impl Fn(&str) -> Option<ActorKind>,
    ) -> Result<W> {
        let mut out = CsvOut::new(w, options, ACTOR_HEADER)?;
        let mut rows: Vec<_> = self.actors.iter().collect();
        rows.sort_by(|a, b| b.1.mentions.cmp(&a.1.mentions).then_with(|| a.0.cmp(b.0)));
        for (name, s) in rows {
            let most_given = s.kinds.iter().max_by_key(|(_, n)| **n).map(|(k, _)| *k);
            let kind = kind_of(name).map(ActorKind::as_str).or(most_given).unwrap_or("");
            if kind.is_empty() && name.chars().next().is_some_and(char::is_lowercase) {
                continue;
            }
            let aliases = s.aliases.iter().map(String::as_str).collect::<Vec<_>>().join("|");
            let [mentions, statements, articles] =
                [s.mentions, s.statements, s.articles.len()].map(|n| n.to_string());
            out.row([name.as_str(), kind, &aliases, &mentions, &statements, &articles])?;
        }
        out.finish()
    }
}

type ActionKey = (String, String, String, bool);

/// Who did what to whom, how often: aggregates action claims pushed one by one.
/// The default table leaves out actions with modality "possible".
#[derive(Debug, Default)]
pub struct ActionsTable {
    include_possible: bool,
    actions: BTreeMap<ActionKey, (usize, BTreeSet<String>)>,
}

impl ActionsTable {
    /// An empty table; actions with modality "possible" are left out unless
    /// `include_possible`.
    pub fn new(include_possible: bool) -> ActionsTable {
        ActionsTable { include_possible, actions: BTreeMap::new() }
    }

    /// Counts the claim if it is an action (other claims are ignored).
    pub fn add(&mut self, claim: &Claim) {
        let Some(action) = claim.action.clone().filter(|_| claim.kind == ClaimKind::Action) else {
            return;
        };
        if !self.include_possible && claim.modality.as_deref() == Some("possible") {
            return;
        }
        let name = |v: &Option<String>| v.clone().unwrap_or_default();
        let key = (name(&claim.actor), action, name(&claim.target), claim.negated);
        let (count, articles) = self.actions.entry(key).or_default();
        *count += 1;
        articles.insert(claim.article.clone());
    }

    /// Writes the table, most frequent first, then by actor, action, target.
    pub fn write<W: Write>(&self, w: W, options: CsvOptions) -> Result<W> {
        let mut out = CsvOut::new(w, options, ACTION_HEADER)?;
        let mut rows: Vec<_> = self.actions.iter().collect();
        rows.sort_by(|a, b| b.1 .0.cmp(&a.1 .0).then_with(|| a.0.cmp(b.0)));
        for ((actor, action, target, negated), (count, articles)) in rows {
            let [negated, count, articles] =
                [negated.to_string(), count.to_string(), articles.len().to_string()];
            out.row([actor.as_str(), action, target, &negated, &count, &articles])?;
        }
        out.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::tests::{claim, statement};

    fn act(article: &str, actor: &str, action: &str, target: &str) -> Claim {
        let mut c = claim(article, ClaimKind::Action);
        c.actor = Some(actor.into());
        c.action = Some(action.into());
        c.target = Some(target.into());
        c
    }

    #[test]
    fn actors_table_counts_mentions_statements_and_articles() {
        let mut table = ActorsTable::new();
        table.add(&statement("a", "Nick Clegg", "he"));
        table.add(&statement("b", "Nick Clegg", "Sir Nick"));
        table.add(&statement("b", "Nick Clegg", "nick clegg"));
        table.add(&statement("b", "Nick Clegg", "Sir Nick Clegg, vice-president of Meta"));
        table.add(&statement("c", "Nick Clegg", "The company has said"));
        table.add(&act("b", "Meta", "remove", "Nick Clegg"));
        let mut blocked = act("c", "Meta", "block", "NetBlocks");
        blocked.target_kind = Some(ActorKind::Organisation);
        table.add(&blocked);
        table.add(&act("c", "Meta", "block", "thousands of accounts"));
        let mut buf = Vec::new();
        let kind_of = |name: &str| (name == "Meta").then_some(ActorKind::Company);
        table.write(&mut buf, CsvOptions::default(), kind_of).unwrap();
        let expected = "name,kind,aliases,mentions,statements,articles\r\n\
            Nick Clegg,,Sir Nick|Sir Nick Clegg,6,5,3\r\n\
            Meta,company,,3,0,2\r\n\
            NetBlocks,organisation,,1,0,1\r\n";
        assert_eq!(String::from_utf8(buf).unwrap(), expected);
    }

    #[test]
    fn actions_table_groups_and_sorts_by_count() {
        let mut possible = act("d", "Ofcom", "ban", "TikTok");
        possible.modality = Some("possible".into());
        let mut negated = act("c", "Meta", "block", "NetBlocks");
        negated.negated = true;
        let claims = [
            act("a", "Roskomnadzor", "block", "Twitter"),
            act("b", "Roskomnadzor", "block", "Twitter"),
            act("b", "Roskomnadzor", "block", "Twitter"),
            negated,
            possible,
            statement("a", "Nick Clegg", "he"),
        ];
        let table = |include_possible| {
            let mut t = ActionsTable::new(include_possible);
            claims.iter().for_each(|c| t.add(c));
            let mut buf = Vec::new();
            t.write(&mut buf, CsvOptions::default()).unwrap();
            String::from_utf8(buf).unwrap()
        };
        let expected = "actor,action,target,negated,count,articles\r\n\
            Roskomnadzor,block,Twitter,false,3,2\r\n\
            Meta,block,NetBlocks,true,1,1\r\n";
        assert_eq!(table(false), expected);
        assert!(table(true).ends_with("Ofcom,ban,TikTok,false,1,1\r\n"));
    }
}
