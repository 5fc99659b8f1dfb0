//! Scoring claims against a gold file, with the matching rules of the
//! project's `score_claims.py`, and the errors grouped by kind.
//!
//! Statements match when article and content overlap (token F1 ≥ 0.5, or with
//! a coverage threshold: the prediction holds that share of the gold tokens),
//! one to one, best first. Attribution is right when the predicted speaker (or
//! speaker mention) holds every token of one gold alias, or is a part of it
//! that ends with its last word. Actions match on article, class, actor,
//! target and negation.

use crate::model::Claim;
use serde::Deserialize;
use std::collections::HashMap;

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

/// One gold line: names are lists of acceptable aliases.
#[derive(Debug, Clone, Deserialize)]
pub struct Gold {
    /// Article name.
    pub article: String,
    /// quote, indirect or action.
    pub kind: String,
    /// Statement content.
    #[serde(default)]
    pub content: Option<String>,
    /// Acceptable speakers.
    #[serde(default)]
    pub speaker: Vec<String>,
    /// Acceptable actors.
    #[serde(default)]
    pub actor: Vec<String>,
    /// Action class.
    #[serde(default)]
    pub action: Option<String>,
    /// Acceptable targets.
    #[serde(default)]
    pub target: Vec<String>,
    /// Negation.
    #[serde(default)]
    pub negated: bool,
    /// Not counted in recall.
    #[serde(default)]
    pub optional: bool,
    /// Reporting words, for error listings.
    #[serde(default)]
    pub cue: Option<String>,
}

/// Kinds of error, for choosing the next rule by counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// A gold statement with no matching prediction.
    MissedStatement,
    /// Matched, but the speaker is wrong.
    WrongSpeaker,
    /// Matched, but the speaker is a pronoun or descriptor left unresolved.
    UnresolvedSpeaker,
    /// A prediction with no gold statement.
    SpuriousStatement,
    /// A gold action with no matching prediction.
    MissedAction,
    /// A predicted action with no gold action.
    SpuriousAction,
}

impl ErrorKind {
    /// A short name.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorKind::MissedStatement => "missed statement",
            ErrorKind::WrongSpeaker => "wrong speaker",
            ErrorKind::UnresolvedSpeaker => "unresolved speaker",
            ErrorKind::SpuriousStatement => "spurious statement",
            ErrorKind::MissedAction => "missed action",
            ErrorKind::SpuriousAction => "spurious action",
        }
    }
}

/// One error with the text to study it by.
#[derive(Debug, Clone)]
pub struct EvalError {
    /// What went wrong.
    pub kind: ErrorKind,
    /// The article.
    pub article: String,
    /// A one-line description.
    pub detail: String,
}

/// The figures of `score_claims.py`, plus the errors.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Ordered (name, value) figures, as the Python scorer prints them.
    pub figures: Vec<(&'static str, f64)>,
    /// All errors.
    pub errors: Vec<EvalError>,
}

impl Report {
    /// A figure by name.
    pub fn get(&self, name: &str) -> f64 {
        self.figures.iter().find(|(n, _)| *n == name).map_or(0.0, |(_, v)| *v)
    }
}

fn toks(s: &str) -> Vec<String> {
    let s = s.to_lowercase().replace(['’', '‘'], "'");
    s.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == '\''))
        .filter(|t| !t.is_empty() && *t != "'")
        .map(String::from)
        .collect()
}

fn name_toks(s: &str) -> Vec<String> {
    let mut out: Vec<String> = toks(s)
        .into_iter()
        .filter(|t| !TITLES.contains(&t.as_str()))
        .map(|t| t.strip_suffix("'s").map(String::from).unwrap_or(t))
        .collect();
    out.sort();
    out.dedup();
    out
}

fn head(s: &str) -> Option<String> {
    toks(s)
        .into_iter()
        .filter(|t| !TITLES.contains(&t.as_str()))
        .map(|t| t.strip_suffix("'s").map(String::from).unwrap_or(t))
        .next_back()
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

fn tok_f1(a: &str, b: &str) -> f64 {
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

fn tok_cover(gold: &str, pred: &str) -> f64 {
    let (tg, tp) = (toks(gold), toks(pred));
    if tg.is_empty() {
        return 0.0;
    }
    tg.iter().filter(|t| tp.contains(t)).count() as f64 / tg.len() as f64
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

fn basename(s: &str) -> &str {
    s.rsplit('/').next().unwrap_or(s)
}

/// Scores `pred` against `gold`; `coverage` switches statement matching to gold-token coverage.
pub fn score(gold: &[Gold], pred: &[Claim], coverage: Option<f64>) -> Report {
    let gs: Vec<&Gold> =
        gold.iter().filter(|g| g.kind == "quote" || g.kind == "indirect").collect();
    let ps: Vec<&Claim> = pred.iter().filter(|p| p.kind != crate::ClaimKind::Action).collect();
    let mut by_article: HashMap<&str, Vec<usize>> = HashMap::new();
    for (j, p) in ps.iter().enumerate() {
        by_article.entry(basename(&p.article)).or_default().push(j);
    }
    let mut pairs = Vec::new();
    for (i, g) in gs.iter().enumerate() {
        let content = g.content.as_deref().unwrap_or("");
        for &j in by_article.get(basename(&g.article)).into_iter().flatten() {
            let (f, ok) = match coverage {
                None => {
                    let f = tok_f1(content, &ps[j].content);
                    (f, f >= 0.5)
                }
                Some(c) => {
                    let f = tok_cover(content, &ps[j].content);
                    (f, f >= c)
                }
            };
            if ok {
                pairs.push((f, i, j));
            }
        }
    }
    pairs.sort_by(|a, b| b.partial_cmp(a).unwrap_or(std::cmp::Ordering::Equal));
    let (mut used_g, mut used_p) = (vec![false; gs.len()], vec![false; ps.len()]);
    let mut matched = Vec::new();
    for (_, i, j) in pairs {
        if !used_g[i] && !used_p[j] {
            used_g[i] = true;
            used_p[j] = true;
            matched.push((i, j));
        }
    }
    let spk = |g: &Gold, p: &Claim| {
        name_ok(p.speaker.as_deref(), &g.speaker, p.speaker_mention.as_deref())
    };
    let core = gs.iter().filter(|g| !g.optional).count();
    let mcore: Vec<&(usize, usize)> = matched.iter().filter(|(i, _)| !gs[*i].optional).collect();
    let attributed: Vec<&&(usize, usize)> =
        mcore.iter().filter(|(i, _)| !gs[*i].speaker.is_empty()).collect();
    let right = attributed.iter().filter(|(i, j)| spk(gs[*i], ps[*j])).count();
    let e2e_core = mcore.iter().filter(|(i, j)| spk(gs[*i], ps[*j])).count();
    let e2e_all = matched.iter().filter(|(i, j)| spk(gs[*i], ps[*j])).count();
    let direct = gs.iter().filter(|g| !g.optional && g.kind == "quote").count();
    let direct_found = mcore.iter().filter(|(i, _)| gs[*i].kind == "quote").count();

    let mut report = Report::default();
    let mut errors = Vec::new();
    for (i, g) in gs.iter().enumerate() {
        if !used_g[i] && !g.optional {
            errors.push(EvalError {
                kind: ErrorKind::MissedStatement,
                article: g.article.clone(),
                detail: format!(
                    "[{}] {:?} by {:?} (cue {:?})",
                    g.kind,
                    g.content.as_deref().unwrap_or(""),
                    g.speaker,
                    g.cue.as_deref().unwrap_or("")
                ),
            });
        }
    }
    for &(i, j) in &matched {
        let (g, p) = (gs[i], ps[j]);
        if !spk(g, p) {
            let unresolved = p.speaker.is_none() && p.speaker_mention.is_some();
            let kind =
                if unresolved { ErrorKind::UnresolvedSpeaker } else { ErrorKind::WrongSpeaker };
            errors.push(EvalError {
                kind,
                article: g.article.clone(),
                detail: format!(
                    "{:?}: said {:?} (mention {:?}, rule {}), gold {:?}",
                    truncate(&p.content, 70),
                    p.speaker,
                    p.speaker_mention,
                    p.rule,
                    g.speaker
                ),
            });
        }
    }
    for (j, p) in ps.iter().enumerate() {
        if !used_p[j] {
            errors.push(EvalError {
                kind: ErrorKind::SpuriousStatement,
                article: p.article.clone(),
                detail: format!(
                    "[{} {}] {:?} by {:?}",
                    p.kind.as_str(),
                    p.rule,
                    truncate(&p.content, 90),
                    p.speaker
                ),
            });
        }
    }
    let statements_pred = ps.len();
    report.figures.extend([
        ("statements_gold", core as f64),
        ("statements_pred", statements_pred as f64),
        ("detect_p", ratio(matched.len(), statements_pred)),
        ("detect_r", ratio(mcore.len(), core)),
    ]);
    report.figures.push(("detect_f1", f1(report.get("detect_p"), report.get("detect_r"))));
    report.figures.push(("direct_quote_recall", ratio(direct_found, direct)));
    report.figures.push(("attribution_acc", ratio(right, attributed.len())));
    let (wp, wr) = (ratio(e2e_all, statements_pred), ratio(e2e_core, core));
    report.figures.extend([
        ("who_said_what_p", wp),
        ("who_said_what_r", wr),
        ("who_said_what_f1", f1(wp, wr)),
    ]);

    let ga: Vec<&Gold> = gold.iter().filter(|g| g.kind == "action").collect();
    let pa: Vec<&Claim> = pred.iter().filter(|p| p.kind == crate::ClaimKind::Action).collect();
    let mut used = vec![false; pa.len()];
    let mut tp = 0;
    for g in &ga {
        let hit = pa.iter().enumerate().position(|(j, p)| {
            !used[j]
                && basename(&p.article) == basename(&g.article)
                && p.action.as_deref().unwrap_or("").to_lowercase()
                    == g.action.as_deref().unwrap_or("")
                && p.negated == g.negated
                && name_ok(p.actor.as_deref(), &g.actor, None)
                && name_ok(p.target.as_deref(), &g.target, None)
        });
        match hit {
            Some(j) => {
                used[j] = true;
                tp += 1;
            }
            None => errors.push(EvalError {
                kind: ErrorKind::MissedAction,
                article: g.article.clone(),
                detail: format!(
                    "{:?} {} {:?} negated={} (cue {:?})",
                    g.actor,
                    g.action.as_deref().unwrap_or(""),
                    g.target,
                    g.negated,
                    g.cue.as_deref().unwrap_or("")
                ),
            }),
        }
    }
    for (j, p) in pa.iter().enumerate() {
        if !used[j] {
            errors.push(EvalError {
                kind: ErrorKind::SpuriousAction,
                article: p.article.clone(),
                detail: format!(
                    "{:?} {} {:?} negated={} [{}] in {:?}",
                    p.actor,
                    p.action.as_deref().unwrap_or(""),
                    p.target,
                    p.negated,
                    p.rule,
                    truncate(&p.sentence, 100)
                ),
            });
        }
    }
    let (ap, ar) = (ratio(tp, pa.len()), ratio(tp, ga.len()));
    report.figures.extend([
        ("actions_gold", ga.len() as f64),
        ("actions_pred", pa.len() as f64),
        ("action_p", ap),
        ("action_r", ar),
        ("action_f1", f1(ap, ar)),
    ]);
    errors.sort_by(|a, b| (a.kind, &a.article).cmp(&(b.kind, &b.article)));
    report.errors = errors;
    report
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut out: String = s.chars().take(n).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimKind;

    fn gold(line: &str) -> Gold {
        serde_json::from_str(line).unwrap()
    }

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
    fn statement_and_action_scores() {
        let g = [
            gold(
                r#"{"article":"a.txt","kind":"quote","content":"We refused","speaker":["Nick Clegg"]}"#,
            ),
            gold(
                r#"{"article":"a.txt","kind":"action","actor":["Russia"],"action":"block","target":["Twitter"],"negated":false}"#,
            ),
        ];
        let mut q = Claim::new("dir/a.txt", ClaimKind::Quote, "t");
        q.content = "We refused,".into();
        q.speaker = Some("Nick Clegg".into());
        let mut a = Claim::new("a.txt", ClaimKind::Action, "t");
        a.action = Some("block".into());
        a.actor = Some("Russia".into());
        a.target = Some("Twitter".into());
        let r = score(&g, &[q.clone(), a], None);
        assert_eq!(r.get("who_said_what_f1"), 1.0);
        assert_eq!(r.get("action_f1"), 1.0);
        q.speaker = Some("Meta".into());
        let r = score(&g, &[q], None);
        assert_eq!(r.get("attribution_acc"), 0.0);
        assert_eq!(r.errors.iter().filter(|e| e.kind == ErrorKind::WrongSpeaker).count(), 1);
    }
}
