//! Printing claims: a table for people, JSON Lines and CSV for programs.
//!
//! The searcher and extractor hand claims to a [`ClaimPrinter`] one at a
//! time, ripgrep's `Sink` split: finding and printing stay apart.

use crate::export::{ClaimsCsv, CsvOptions};
use crate::model::{Claim, ClaimKind, Skipped};
use std::io::{IsTerminal, Write};
use unicode_segmentation::UnicodeSegmentation;

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Aligned columns for reading.
    Table,
    /// One JSON object per claim (the claims contract).
    Jsonl,
    /// RFC 4180 CSV with a header.
    Csv,
}

/// Prints one line per skipped file to standard error.
pub fn report_skipped(skipped: &[Skipped]) {
    for s in skipped {
        eprintln!("newsclaims: skipped {}: {}", s.path, s.reason);
    }
}

/// Writes claims in one format.
pub struct ClaimPrinter<W: Write> {
    out: Sink<W>,
    color: bool,
    /// The JSON line being written, its buffer reused.
    line: String,
}

enum Sink<W: Write> {
    Table(W),
    Jsonl(W),
    Csv(Box<ClaimsCsv<W>>),
}

const QUOTE_WIDTH: usize = 90;

impl<W: Write> ClaimPrinter<W> {
    /// A printer of `format` over `out`.
    pub fn new(out: W, format: Format) -> anyhow::Result<ClaimPrinter<W>> {
        let color = format == Format::Table
            && std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none();
        let out = match format {
            Format::Table => Sink::Table(out),
            Format::Jsonl => Sink::Jsonl(out),
            Format::Csv => Sink::Csv(Box::new(ClaimsCsv::new(out, CsvOptions::default())?)),
        };
        Ok(ClaimPrinter { out, color, line: String::new() })
    }

    /// Prints a claim; `highlights` are byte ranges of `claim.content` to mark.
    pub fn print(&mut self, claim: &Claim, highlights: &[(usize, usize)]) -> anyhow::Result<()> {
        match &mut self.out {
            Sink::Jsonl(w) => {
                self.line.clear();
                crate::claim_json::write_claim(&mut self.line, claim);
                self.line.push('\n');
                w.write_all(self.line.as_bytes())?;
            }
            Sink::Csv(csv) => csv.write(claim)?,
            Sink::Table(w) => {
                let line = table_row(claim, highlights, self.color);
                writeln!(w, "{line}")?;
            }
        }
        Ok(())
    }

    /// Flushes the output.
    pub fn finish(self) -> anyhow::Result<()> {
        match self.out {
            Sink::Table(mut w) | Sink::Jsonl(mut w) => w.flush()?,
            Sink::Csv(csv) => {
                csv.finish()?.flush()?;
            }
        }
        Ok(())
    }
}

/// One table row: who, cue or action, the content with highlights, the article.
fn table_row(c: &Claim, highlights: &[(usize, usize)], color: bool) -> String {
    let (who, verb) = match c.kind {
        ClaimKind::Action => {
            let neg = if c.negated { "not " } else { "" };
            let target = c.target.as_deref().unwrap_or("?");
            (
                c.actor.clone().unwrap_or_else(|| "?".into()),
                format!("{neg}{} → {target}", c.action.as_deref().unwrap_or("")),
            )
        }
        _ => {
            let who = c
                .speaker
                .clone()
                .or_else(|| c.speaker_mention.clone())
                .unwrap_or_else(|| "?".into());
            (who, c.cue.clone().unwrap_or_default())
        }
    };
    let content = highlighted(&c.content, highlights, color);
    let quote = if c.kind == ClaimKind::Quote { format!("“{content}”") } else { content };
    format!("{:<24}  {:<22}  {}  [{}]", clip(&who, 24), clip(&verb, 22), quote, c.article)
}

/// Cuts to `width` graphemes with an ellipsis.
fn clip(s: &str, width: usize) -> String {
    let g: Vec<&str> = s.graphemes(true).collect();
    if g.len() <= width {
        return s.to_string();
    }
    let mut out: String = g[..width - 1].concat();
    out.push('…');
    out
}

/// The content clipped around its first highlight, with the highlights in bold.
fn highlighted(content: &str, highlights: &[(usize, usize)], color: bool) -> String {
    let mut out = String::new();
    let mut at = 0;
    let marks: Vec<(usize, usize)> = highlights
        .iter()
        .copied()
        .filter(|&(a, b)| {
            a < b
                && b <= content.len()
                && content.is_char_boundary(a)
                && content.is_char_boundary(b)
        })
        .collect();
    for (shown, (i, g)) in content.grapheme_indices(true).enumerate() {
        if shown >= QUOTE_WIDTH {
            out.push('…');
            break;
        }
        if color && marks.iter().any(|&(a, _)| a == i) {
            out.push_str("\x1b[1;31m");
        }
        out.push_str(g);
        at = i + g.len();
        if color && marks.iter().any(|&(_, b)| b == at) {
            out.push_str("\x1b[0m");
        }
    }
    if color && marks.iter().any(|&(a, b)| a < at && at < b) {
        out.push_str("\x1b[0m");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clipping_counts_graphemes() {
        assert_eq!(clip("Roskomnadzor", 5), "Rosk…");
        assert_eq!(clip("Meta", 5), "Meta");
    }

    #[test]
    fn highlights_are_bold_on_terminals_only() {
        assert_eq!(highlighted("block Twitter", &[(6, 13)], false), "block Twitter");
        assert_eq!(
            highlighted("block Twitter", &[(6, 13)], true),
            "block \x1b[1;31mTwitter\x1b[0m"
        );
    }
}
