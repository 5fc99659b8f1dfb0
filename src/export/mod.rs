//! Output formats: claims as CSV or JSON Lines, and the actors and actions
//! tables aggregated from claims.
//!
//! CSV follows RFC 4180 (CRLF line ends, quotes only where needed, UTF-8) and a
//! header row is always written, even with no rows. Spreadsheets run cells that
//! start like a formula, so by default such cells are defused as OWASP advises
//! for CSV injection: a leading `'` makes them text.

mod tables;

pub use tables::{ActionsTable, ActorsTable};

use crate::model::Claim;
use crate::{Error, Result};
use std::borrow::Cow;
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
    actor,action,target,negated,start,end,sentence,rule,cameo,modality,\
    speaker_kind,actor_kind,target_kind";

/// The actors table's header.
pub const ACTOR_HEADER: &str = "name,kind,aliases,mentions,statements,articles";

/// The actions table's header.
pub const ACTION_HEADER: &str = "actor,action,target,negated,count,articles";

/// A CSV writer over `W` with the option applied to every cell.
pub(super) struct CsvOut<W: Write> {
    csv: csv::Writer<W>,
    options: CsvOptions,
}

impl<W: Write> CsvOut<W> {
    pub(super) fn new(w: W, options: CsvOptions, header: &str) -> Result<CsvOut<W>> {
        let csv = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(w);
        let mut out = CsvOut { csv, options };
        out.row(header.split(','))?;
        Ok(out)
    }

    pub(super) fn row<'a>(&mut self, cells: impl IntoIterator<Item = &'a str>) -> Result<()> {
        let neutralise = self.options.neutralise_formulas;
        let cells: Vec<Cow<str>> =
            cells.into_iter().map(|c| if neutralise { defuse(c) } else { c.into() }).collect();
        self.csv.write_record(cells.iter().map(|c| c.as_bytes())).map_err(csv_error)
    }

    pub(super) fn finish(mut self) -> Result<W> {
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
        let kind = |k: Option<crate::model::ActorKind>| k.map_or("", |k| k.as_str()).to_string();
        let cells: [String; 20] = [
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
            kind(c.speaker_kind),
            kind(c.actor_kind),
            kind(c.target_kind),
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimKind;

    pub(super) fn claim(article: &str, kind: ClaimKind) -> Claim {
        let mut c = Claim::new(article, kind, "r");
        c.content = "x".into();
        c
    }

    pub(super) fn statement(article: &str, speaker: &str, mention: &str) -> Claim {
        let mut c = claim(article, ClaimKind::Quote);
        c.speaker = Some(speaker.into());
        c.speaker_mention = Some(mention.into());
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
        "action,target,negated,start,end,sentence,rule,cameo,modality,",
        "speaker_kind,actor_kind,target_kind\r\n"
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
            "\"a,b.txt\",quote,Nick Clegg,he,,,\"say \"\"no\"\"\nplease\",,,,false,3,9,,r,,,,,\r\n";
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
