//! Reading lexicon files: one entry a line, TAB-separated fields, `#` comments.
//!
//! A user file of the same name extends the shipped one: its entries are added
//! (an entry with the same key replaces the shipped one) and a line `-KEY`
//! removes a shipped entry.

use crate::error::{Error, Result};

/// One parsed line: its 1-based number and its fields.
#[derive(Debug, Clone)]
pub struct Line {
    /// 1-based line number in its file.
    pub number: usize,
    /// The TAB-separated fields, trimmed.
    pub fields: Vec<String>,
}

/// The entries of one lexicon file, in file order, after user overrides.
#[derive(Debug, Clone, Default)]
pub struct Entries {
    /// The surviving lines.
    pub lines: Vec<Line>,
}

/// Parses `text` (the file `name`), expecting between `min` and `max` fields.
pub fn parse(name: &str, text: &str, min: usize, max: usize) -> Result<Vec<(bool, Line)>> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.trim_start().starts_with('#') {
            continue;
        }
        let (removal, body) = match line.strip_prefix('-') {
            Some(rest) if !rest.is_empty() && !rest.starts_with(char::is_whitespace) => {
                (true, rest)
            }
            _ => (false, line),
        };
        let fields: Vec<String> = body.split('\t').map(|f| f.trim().to_string()).collect();
        let number = i + 1;
        if !removal && (fields.len() < min || fields.len() > max) {
            let expected =
                if min == max { format!("{min}") } else { format!("between {min} and {max}") };
            return Err(Error::Lexicon {
                path: name.to_string(),
                line: number,
                message: format!(
                    "expected {expected} TAB-separated fields, found {}: {line:?}",
                    fields.len()
                ),
            });
        }
        if fields[0].is_empty() {
            return Err(Error::Lexicon {
                path: name.to_string(),
                line: number,
                message: "the first field is empty".into(),
            });
        }
        out.push((removal, Line { number, fields }));
    }
    Ok(out)
}

/// Parses the shipped file and merges the user's file of the same name, if
/// any. An entry's key is its first `key_fields` fields (ignoring case): a user
/// entry replaces the shipped one with the same key, `-KEY` removes it.
pub fn load(
    name: &str,
    shipped: &str,
    user: Option<(&str, &str)>,
    min: usize,
    max: usize,
    key_fields: usize,
) -> Result<Entries> {
    let key =
        |l: &Line| l.fields.iter().take(key_fields).map(|f| f.to_lowercase()).collect::<Vec<_>>();
    let mut lines: Vec<Line> =
        parse(name, shipped, min, max)?.into_iter().map(|(_, line)| line).collect();
    if let Some((user_name, user_text)) = user {
        for (removal, line) in parse(user_name, user_text, min, max)? {
            let k = key(&line);
            lines.retain(|l| key(l) != k);
            if !removal {
                lines.push(line);
            }
        }
    }
    Ok(Entries { lines })
}

/// Splits a `|`-separated list field into its non-empty items.
pub fn list(field: Option<&String>) -> Vec<String> {
    field
        .map(|f| f.split('|').map(str::trim).filter(|s| !s.is_empty()).map(String::from).collect())
        .unwrap_or_default()
}

/// Checks that a verb-forms field has exactly five slots (base|3sg|past|participle|gerund).
pub fn verb_forms(name: &str, line: &Line, field: usize) -> Result<[String; 5]> {
    let forms = list(line.fields.get(field));
    <[String; 5]>::try_from(forms).map_err(|forms| Error::Lexicon {
        path: name.to_string(),
        line: line.number,
        message: format!(
            "expected 5 verb forms base|3sg|past|participle|gerund, found {}",
            forms.len()
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIPPED: &str =
        "# comment\nsay\tsay|says|said|said|saying\ty\n\nadd\tadd|adds|added|added|adding\tn\n";
    const USER: &str = "-add\nclaim\tclaim|claims|claimed|claimed|claiming\ty\n";

    #[test]
    fn user_file_adds_and_removes() {
        let e = load("cue_verbs.tsv", SHIPPED, Some(("mine.tsv", USER)), 3, 3, 1).unwrap();
        let keys: Vec<_> = e.lines.iter().map(|l| l.fields[0].as_str()).collect();
        assert_eq!(keys, ["say", "claim"]);
    }

    #[test]
    fn malformed_line_names_file_and_line() {
        let err = load("x.tsv", "a\tb\nonly-one\n", None, 2, 2, 1).unwrap_err().to_string();
        assert!(err.starts_with("x.tsv:2:"), "{err}");
    }

    #[test]
    fn verb_forms_need_five_slots() {
        let lines = parse("v.tsv", "x\ta|b|c\n", 2, 2).unwrap();
        assert!(verb_forms("v.tsv", &lines[0].1, 1).is_err());
    }
}
