//! Plain text: line ends, page furniture, the title line.

use crate::lexicon::{BoilerplateAction, Lexicons};

/// Normalises article text: `\r\n` and a lone `\r` (old Mac files) → `\n`, trailing
/// spaces trimmed, runs of blank lines folded to one, and page furniture removed
/// by the boilerplate lexicon.
pub fn normalise(raw: &str, lex: &Lexicons) -> String {
    let unified;
    // `memchr`'s SIMD search: the standard library's searches a word at a time.
    let raw = if memchr::memchr(b'\r', raw.as_bytes()).is_some() {
        unified = raw.replace("\r\n", "\n").replace('\r', "\n");
        unified.as_str()
    } else {
        raw
    };
    let mut out = String::with_capacity(raw.len());
    let mut blank = true;
    for line in lines(raw) {
        let line = line.trim_end_matches(['\r', ' ', '\t', '\u{a0}']);
        let line = line.strip_prefix('\u{feff}').unwrap_or(line);
        match lex.boilerplate.rule_for(line) {
            Some(BoilerplateAction::Cut) => break,
            Some(_) => continue,
            None => {}
        }
        if line.trim().is_empty() {
            if !blank {
                out.push('\n');
                blank = true;
            }
            continue;
        }
        if !out.is_empty() && !out.ends_with("\n\n") && blank {
            out.push('\n');
        }
        out.push_str(line);
        out.push('\n');
        blank = false;
    }
    while out.ends_with('\n') {
        out.pop();
    }
    out
}

/// `text.split('\n')`, with the SIMD search of `memchr` (the standard
/// library's searches a word at a time).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let r = rest?;
        match memchr::memchr(b'\n', r.as_bytes()) {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// The first line, when it stands alone as a headline: followed by a blank
/// line, short, and not ending like a sentence of body text.
pub fn title_line(text: &str) -> Option<String> {
    let (first, rest) = text.split_once('\n')?;
    let first = first.trim();
    let stands_alone = rest.starts_with('\n') || rest.is_empty();
    let short = !first.is_empty() && first.chars().count() <= 200;
    let sentence_like =
        first.ends_with(['.', ',', ';', ':']) && first.split_whitespace().count() > 25;
    (stands_alone && short && !sentence_like).then(|| first.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Headline Here\r\n\r\n\r\nFirst paragraph.  \nSource link\n\nSecond.\n\nLeave a Reply\nYou are commenting using your account.\n";
    const EXPECTED: &str = "Headline Here\n\nFirst paragraph.\n\nSecond.";

    #[test]
    fn furniture_and_blank_runs_are_removed() {
        assert_eq!(normalise(TEXT, &Lexicons::builtin()), EXPECTED);
    }

    #[test]
    fn a_lone_carriage_return_ends_a_line() {
        let lex = Lexicons::builtin();
        assert_eq!(normalise("Old Mac\r\rFirst.\rSecond.", &lex), "Old Mac\n\nFirst.\nSecond.");
    }

    #[test]
    fn lines_split_as_split_does() {
        for text in ["", "\n", "a", "a\n", "\na\n\nb", "a\nb"] {
            let expected: Vec<&str> = text.split('\n').collect();
            assert_eq!(lines(text).collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn title_stands_alone() {
        assert_eq!(title_line(EXPECTED).as_deref(), Some("Headline Here"));
        assert_eq!(title_line("One line only"), None);
        assert_eq!(title_line("Para line one\nline two"), None);
    }
}
