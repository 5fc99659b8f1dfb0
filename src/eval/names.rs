//! Tokens and names as `score_claims.py` compares them.

use std::collections::HashMap;

/// Words the scorer drops from names ("Sir", "the", "said").
const TITLES: &[&str] = &[
    "sir",
    "dr",
    "mr",
    "mrs",
    "ms",
    "senator",
    "director",
    "president",
    "prof",
    "professor",
    "minister",
    "the",
    "said",
    "says",
];

/// Lower-cased word tokens, curly apostrophes folded, split on anything but
/// letters, digits, `_` and `'`.
pub(super) fn toks(s: &str) -> Vec<String> {
    let s = s.to_lowercase().replace(['’', '‘'], "'");
    s.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\''))
        .filter(|t| !t.is_empty() && *t != "'")
        .map(String::from)
        .collect()
}

fn name_word(t: String) -> String {
    t.strip_suffix("'s").map(String::from).unwrap_or(t)
}

fn name_toks(s: &str) -> Vec<String> {
    let mut out: Vec<String> =
        toks(s).into_iter().filter(|t| !TITLES.contains(&t.as_str())).map(name_word).collect();
    out.sort();
    out.dedup();
    out
}

fn head(s: &str) -> Option<String> {
    toks(s).into_iter().filter(|t| !TITLES.contains(&t.as_str())).map(name_word).next_back()
}

fn one_name_ok(pred: &str, aliases: &[String]) -> bool {
    let p = name_toks(pred);
    if p.is_empty() {
        return false;
    }
    aliases.iter().any(|a| {
        let al = name_toks(a);
        !al.is_empty()
            && (al.iter().all(|t| p.contains(t))
                || (p.iter().all(|t| al.contains(t)) && head(a).is_some_and(|h| p.contains(&h))))
    })
}

/// True when `pred` (or `mention`) names one of `aliases`; an empty list accepts anything.
pub fn name_ok(pred: Option<&str>, aliases: &[String], mention: Option<&str>) -> bool {
    aliases.is_empty()
        || one_name_ok(pred.unwrap_or(""), aliases)
        || mention.is_some_and(|m| one_name_ok(m, aliases))
}

/// Token F1 of two texts (multiset overlap).
pub(super) fn tok_f1(a: &str, b: &str) -> f64 {
    let (ta, tb) = (toks(a), toks(b));
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for t in &ta {
        *counts.entry(t).or_default() += 1;
    }
    let mut common = 0;
    for t in &tb {
        if let Some(c) = counts.get_mut(t.as_str()).filter(|c| **c > 0) {
            *c -= 1;
            common += 1;
        }
    }
    if common == 0 {
        return 0.0;
    }
    let (p, r) = (common as f64 / tb.len() as f64, common as f64 / ta.len() as f64);
    2.0 * p * r / (p + r)
}

/// Share of the gold tokens that the prediction holds.
pub(super) fn tok_cover(gold: &str, pred: &str) -> f64 {
    let (tg, tp) = (toks(gold), toks(pred));
    if tg.is_empty() {
        return 0.0;
    }
    tg.iter().filter(|t| tp.contains(t)).count() as f64 / tg.len() as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_like_the_python_scorer() {
        let aliases = vec!["Nick Clegg".to_string()];
        assert!(name_ok(Some("Nick Clegg"), &aliases, None));
        assert!(name_ok(Some("Clegg"), &aliases, None));
        assert!(!name_ok(Some("Nick"), &aliases, None));
        assert!(name_ok(None, &aliases, Some("Sir Nick Clegg")));
        assert!(name_ok(Some("anyone"), &[], None));
    }

    #[test]
    fn token_overlap() {
        assert_eq!(tok_f1("We refused", "We refused,"), 1.0);
        assert!((tok_f1("ignored", "Meta had ignored these pleas") - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(tok_cover("Meta’s platforms", "Meta's platforms now"), 1.0);
    }
}
