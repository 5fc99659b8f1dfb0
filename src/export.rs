//! Output formats: claims as CSV or JSON Lines, and the actors and actions
//! tables aggregated from claims.
//!
//! CSV follows RFC 4180 (CRLF line ends, quotes only where needed, UTF-8) and a
//! header row is always written, even with no rows. Spreadsheets run cells that
//! start like a formula, so by default such cells are defused as OWASP advises
//! for CSV injection: a leading `'` makes them text.

use crate::model::{ActorKind, Claim, ClaimKind};
use crate::{Error, Result};
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;

/// How CSV cells are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsvOptions {
    /// Prefix `'` to cells that begin with `=`, `+`, `-`, `@`, tab or carriage
    /// return, so spreadsheets do not run them as formulas. On by default.
    pub neutralise_formulas: bool,
}

impl Default for CsvOptions {
    fn default() -> CsvOptions {
        CsvOptions { neutralise_formulas: true }
    }
}

/// The claims table's header: the contract's fields in order, then the extensions.
pub const CLAIM_HEADER: &str = "article,kind,speaker,speaker_mention,speaker_role,cue,content,\
    actor,action,target,negated,start,end,sentence,rule,cameo,modality";

/// The actors table's header.
pub const ACTOR_HEADER: &str = "name,kind,aliases,mentions,statements,articles";

/// The actions table's header.
pub const ACTION_HEADER: &str = "actor,action,target,negated,count,articles";

/// A CSV writer over `W` with the option applied to every cell.
struct CsvOut<W: Write> {
    csv: csv::Writer<W>,
    options: CsvOptions,
}

impl<W: Write> CsvOut<W> {
    fn new(w: W, options: CsvOptions, header: &str) -> Result<CsvOut<W>> {
        let csv = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(w);
        let mut out = CsvOut { csv, options };
        out.row(header.split(','))?;
        Ok(out)
    }

    fn row<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> Result<()> {
        let neutralise = self.options.neutralise_formulas;
        let cells: Vec<Cow<str>> =
            cells.into_iter().map(|c| if neutralise { defuse(c) } else { c.into() }).collect();
        self.csv.write_record(cells.iter().map(|c| c.as_bytes())).map_err(csv_error)
    }

    fn finish(mut self) -> Result<W> {
        self.csv.flush().map_err(output_error)?;
        self.csv.into_inner().map_err(|e| output_error(e.into_error()))
    }
}

/// A cell that a spreadsheet would read as a formula, made text.
fn defuse(cell: &str) -> Cow<'_, str> {
    match cell.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        true => format!("'{cell}").into(),
        false => cell.into(),
    }
}

/// Write errors name no file: the caller knows where the output goes.
fn output_error(e: std::io::Error) -> Error {
    Error::io("<output>", e)
}

fn csv_error(e: csv::Error) -> Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => output_error(e),
        other => Error::Other(format!("CSV output: {other:?}")),
    }
}

/// Writes claims as CSV rows, one at a time; the header goes out at creation.
pub struct ClaimsCsv<W: Write> {
    out: CsvOut<W>,
}

impl<W: Write> ClaimsCsv<W> {
    /// Starts the table on `w` by writing the header ([`CLAIM_HEADER`]).
    pub fn new(w: W, options: CsvOptions) -> Result<ClaimsCsv<W>> {
        Ok(ClaimsCsv { out: CsvOut::new(w, options, CLAIM_HEADER)? })
    }

    /// Writes one claim as a row; absent values are empty cells.
    pub fn write(&mut self, c: &Claim) -> Result<()> {
        let opt = |v: &Option<String>| v.clone().unwrap_or_default();
        let cells: [String; 17] = [
            c.article.clone(),
            c.kind.as_str().to_string(),
            opt(&c.speaker),
            opt(&c.speaker_mention),
            opt(&c.speaker_role),
            opt(&c.cue),
            c.content.clone(),
            opt(&c.actor),
            opt(&c.action),
            opt(&c.target),
            c.negated.to_string(),
            c.start.to_string(),
            c.end.to_string(),
            c.sentence.clone(),
            c.rule.clone(),
            opt(&c.cameo),
            opt(&c.modality),
        ];
        self.out.row(cells.iter().map(String::as_str))
    }

    /// Flushes the output and hands the writer back (dropping the table
    /// flushes too, but hides write errors).
    pub fn finish(self) -> Result<W> {
        self.out.finish()
    }
}

/// Writes one claim as a JSON object on its own line, fields in contract order.
pub fn write_claims_jsonl(w: &mut impl Write, claim: &Claim) -> Result<()> {
    serde_json::to_writer(&mut *w, claim).map_err(|e| output_error(e.into()))?;
    w.write_all(b"\n").map_err(output_error)
}

#[derive(Debug, Default)]
struct ActorStats {
    aliases: BTreeSet<String>,
    mentions: usize,
    statements: usize,
    articles: BTreeSet<String>,
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
        let names: BTreeSet<&str> = [&claim.speaker, &claim.actor, &claim.target]
            .into_iter()
            .flatten()
            .map(String::as_str)
            .collect();
        for name in names {
            let stats = self.actors.entry(name.to_string()).or_default();
            stats.mentions += 1;
            stats.articles.insert(claim.article.clone());
        }
        let Some(speaker) = claim.speaker.as_deref() else { return };
        let stats = self.actors.get_mut(speaker).expect("counted above");
        if claim.kind != ClaimKind::Action {
            stats.statements += 1;
        }
        // Claims carry mentions only for speakers; the name itself is no alias.
        if let Some(mention) = claim.speaker_mention.as_deref() {
            if !mention.eq_ignore_ascii_case(speaker) {
                stats.aliases.insert(mention.to_string());
            }
        }
    }

    /// Writes the table, most mentioned first; `kind_of` gives a name's actor
    /// kind (from the lexicon), an empty cell when it returns `None`.
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
            let kind = kind_of(name).map_or("", ActorKind::as_str);
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

    fn claim(article: &str, kind: ClaimKind) -> Claim {
        let mut c = Claim::new(article, kind, "r");
        c.content = "x".into();
        c
    }

    fn statement(article: &str, speaker: &str, mention: &str) -> Claim {
        let mut c = claim(article, ClaimKind::Quote);
        c.speaker = Some(speaker.into());
        c.speaker_mention = Some(mention.into());
        c
    }

    fn act(article: &str, actor: &str, action: &str, target: &str) -> Claim {
        let mut c = claim(article, ClaimKind::Action);
        c.actor = Some(actor.into());
        c.action = Some(action.into());
        c.target = Some(target.into());
        c
    }

    fn claims_csv(claims: &[Claim], neutralise_formulas: bool) -> String {
        let mut buf = Vec::new();
        let mut csv = ClaimsCsv::new(&mut buf, CsvOptions { neutralise_formulas }).unwrap();
        for c in claims {
            csv.write(c).unwrap();
        }
        csv.finish().unwrap();
        String::from_utf8(buf).unwrap()
    }

    const HEADER: &str = concat!(
        "article,kind,speaker,speaker_mention,speaker_role,cue,content,actor,",
        "action,target,negated,start,end,sentence,rule,cameo,modality\r\n"
    );

    #[test]
    fn header_is_written_even_without_rows() {
        assert_eq!(claims_csv(&[], true), HEADER);
        let mut buf = Vec::new();
        ActionsTable::default().write(&mut buf, CsvOptions::default()).unwrap();
        assert_eq!(buf, b"actor,action,target,negated,count,articles\r\n");
    }

    #[test]
    fn cells_are_quoted_per_rfc_4180() {
        let mut c = statement("a,b.txt", "Nick Clegg", "he");
        c.content = "say \"no\"\nplease".into();
        c.start = 3;
        c.end = 9;
        let row = claims_csv(&[c], true).strip_prefix(HEADER).unwrap().to_string();
        let expected =
            "\"a,b.txt\",quote,Nick Clegg,he,,,\"say \"\"no\"\"\nplease\",,,,false,3,9,,r,,\r\n";
        assert_eq!(row, expected);
    }

    #[test]
    fn formulas_are_neutralised_unless_asked_not_to() {
        let mut c = claim("a.txt", ClaimKind::Quote);
        c.content = "=HYPERLINK(\"http://x\")".into();
        c.speaker = Some("@handle".into());
        c.sentence = "-1 plus 2".into();
        c.cue = Some("\tsaid".into());
        let on = claims_csv(std::slice::from_ref(&c), true);
        assert!(on.contains(",'@handle,"), "{on}");
        assert!(on.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{on}");
        assert!(on.contains(",'-1 plus 2,"), "{on}");
        assert!(on.contains("'\tsaid"), "{on}");
        let off = claims_csv(&[c], false);
        assert!(off.contains(",@handle,") && !off.contains('\''), "{off}");
    }

    #[test]
    fn actors_table_counts_mentions_statements_and_articles() {
        let mut table = ActorsTable::new();
        table.add(&statement("a", "Nick Clegg", "he"));
        table.add(&statement("b", "Nick Clegg", "Sir Nick"));
        table.add(&statement("b", "Nick Clegg", "nick clegg"));
        table.add(&act("b", "Meta", "remove", "Nick Clegg"));
        table.add(&act("c", "Meta", "block", "NetBlocks"));
        let mut buf = Vec::new();
        let kind_of = |name: &str| (name == "Meta").then_some(ActorKind::Company);
        table.write(&mut buf, CsvOptions::default(), kind_of).unwrap();
        let expected = "name,kind,aliases,mentions,statements,articles\r\n\
            Nick Clegg,,Sir Nick|he,4,3,2\r\n\
            Meta,company,,2,0,2\r\n\
            NetBlocks,,,1,0,1\r\n";
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

    #[test]
    fn jsonl_is_one_contract_ordered_line() {
        let mut buf = Vec::new();
        write_claims_jsonl(&mut buf, &statement("a", "Nick Clegg", "he")).unwrap();
        let line = String::from_utf8(buf).unwrap();
        assert!(
            line.starts_with("{\"article\":\"a\",\"kind\":\"quote\",\"speaker\":\"Nick Clegg\"")
        );
        assert!(line.ends_with("\"rule\":\"r\"}\n"), "{line}");
    }
}
