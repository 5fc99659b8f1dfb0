//! Page furniture rules ("Leave a Reply", "Share this article"), matched
//! against whole lines.
//!
//! Every line of every article is checked, so the rules are indexed by the
//! first two bytes of their pattern: a line is compared only with the rules
//! that could match it, in file order, instead of with all of them.

use rustc_hash::FxHashMap as HashMap;

/// What to do with a line of page furniture.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BoilerplateAction {
    /// Drop lines that start with the pattern.
    Line,
    /// Drop lines equal to the pattern.
    Exact,
    /// Drop the line and everything after it.
    Cut,
}

/// Lines longer than this are body text, never furniture.
const MAX_LINE: usize = 200;

/// The rules of `boilerplate.tsv`, in file order (the first that matches wins).
#[derive(Debug, Default)]
pub struct Boilerplate {
    /// (action, lower-case pattern).
    rules: Vec<(BoilerplateAction, String)>,
    /// First two bytes of a pattern → its rules, in file order.
    by_prefix: HashMap<[u8; 2], Vec<usize>>,
    /// Rules whose pattern is shorter than two bytes: checked on every line.
    short: Vec<usize>,
}

impl Boilerplate {
    /// Adds a rule after the others; `pattern` is lower-cased.
    pub fn push(&mut self, action: BoilerplateAction, pattern: &str) {
        let pattern = pattern.to_lowercase();
        let index = self.rules.len();
        match pattern.as_bytes() {
            [a, b, ..] => self.by_prefix.entry([*a, *b]).or_default().push(index),
            _ => self.short.push(index),
        }
        self.rules.push((action, pattern));
    }

    /// The rule a line falls under, if any (surrounding whitespace and case ignored).
    pub fn rule_for(&self, line: &str) -> Option<BoilerplateAction> {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.len() > MAX_LINE {
            return None;
        }
        let candidates = self.candidates(trimmed);
        if candidates.is_empty() {
            return None;
        }
        let lower = trimmed.to_lowercase();
        candidates.into_iter().find_map(|i| {
            let (action, pattern) = &self.rules[i];
            let hit = match action {
                BoilerplateAction::Exact => lower == *pattern,
                _ => lower.starts_with(pattern.as_str()),
            };
            hit.then_some(*action)
        })
    }

    /// Indexes of the rules that can match a line, in file order.
    fn candidates(&self, trimmed: &str) -> Vec<usize> {
        let bytes = trimmed.as_bytes();
        let key = if bytes.len() >= 2 && bytes[..2].is_ascii() {
            Some([bytes[0].to_ascii_lowercase(), bytes[1].to_ascii_lowercase()])
        } else {
            // Lower-casing may change a non-ASCII start's bytes: do it properly.
            let lower: String = trimmed.chars().take(2).flat_map(char::to_lowercase).collect();
            match lower.as_bytes() {
                [a, b, ..] => Some([*a, *b]),
                _ => None,
            }
        };
        let mut found: Vec<usize> = self.short.clone();
        if let Some(rules) = key.and_then(|k| self.by_prefix.get(&k)) {
            found.extend(rules);
        }
        if !self.short.is_empty() {
            found.sort_unstable();
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> Boilerplate {
        let mut b = Boilerplate::default();
        b.push(BoilerplateAction::Cut, "Leave a Reply");
        b.push(BoilerplateAction::Exact, "share");
        b.push(BoilerplateAction::Line, "share this");
        b.push(BoilerplateAction::Line, "©");
        b.push(BoilerplateAction::Line, "élan");
        b
    }

    #[test]
    fn first_matching_rule_in_file_order() {
        let b = rules();
        assert_eq!(b.rule_for("  LEAVE A REPLY to this"), Some(BoilerplateAction::Cut));
        assert_eq!(b.rule_for("Share"), Some(BoilerplateAction::Exact));
        assert_eq!(b.rule_for("Share this article"), Some(BoilerplateAction::Line));
        assert_eq!(b.rule_for("Shares fell."), None);
        assert_eq!(b.rule_for("© 2024 Example"), Some(BoilerplateAction::Line));
        assert_eq!(b.rule_for("ÉLAN magazine"), Some(BoilerplateAction::Line));
        assert_eq!(b.rule_for("Body text."), None);
        assert_eq!(b.rule_for(""), None);
    }

    #[test]
    fn long_lines_are_body_text() {
        let line = format!("Leave a reply {}", "x".repeat(MAX_LINE));
        assert_eq!(rules().rule_for(&line), None);
    }
}
