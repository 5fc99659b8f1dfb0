//! Scoring claims against a gold file, with the matching rules of the
//! project's `score_claims.py`, and the errors grouped by kind.
//!
//! Statements match when article and content overlap (token F1 ≥ 0.5, or with
//! a coverage threshold: the prediction holds that share of the gold tokens),
//! one to one, best first. Attribution is right when the predicted speaker (or
//! speaker mention) holds every token of one gold alias, or is a part of it
//! that ends with its last word. Actions match on article, class, actor,
//! target and negation.

mod errors;
mod names;

pub use errors::{ErrorKind, EvalError};
pub use names::name_ok;

use crate::model::Claim;
use errors::{missed_error, span_error, span_overlap, speaker_error, spurious_error, truncate};
use names::{tok_cover, tok_f1};
use serde::Deserialize;
use std::collections::HashMap;

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

fn speaker_ok(g: &Gold, p: &Claim) -> bool {
    name_ok(p.speaker.as_deref(), &g.speaker, p.speaker_mention.as_deref())
}

/// The statement errors: matched pairs with a wrong or unresolved speaker;
/// then, among what is left, gold and predictions that hold mostly the same
/// words (wrong span, paired one to one, closest first); then the missed
/// gold and the spurious predictions.
fn statement_errors(
    gs: &[&Gold],
    ps: &[&Claim],
    by_article: &HashMap<&str, Vec<usize>>,
    matched: &[(usize, usize)],
    used_g: &[bool],
    used_p: &[bool],
) -> Vec<EvalError> {
    let mut errors: Vec<EvalError> = matched
        .iter()
        .filter(|(i, j)| !speaker_ok(gs[*i], ps[*j]))
        .map(|&(i, j)| speaker_error(gs[i], ps[j]))
        .collect();
    let mut near = Vec::new();
    for (i, g) in gs.iter().enumerate().filter(|(i, g)| !used_g[*i] && !g.optional) {
        let content = g.content.as_deref().unwrap_or("");
        for &j in by_article.get(basename(&g.article)).into_iter().flatten() {
            if let Some((share, label)) =
                span_overlap(content, &ps[j].content).filter(|_| !used_p[j])
            {
                near.push((share, i, j, label));
            }
        }
    }
    near.sort_by(|a, b| b.0.total_cmp(&a.0).then((a.1, a.2).cmp(&(b.1, b.2))));
    let (mut span_g, mut span_p) = (used_g.to_vec(), used_p.to_vec());
    for (_, i, j, label) in near {
        if !span_g[i] && !span_p[j] {
            span_g[i] = true;
            span_p[j] = true;
            errors.push(span_error(gs[i], ps[j], label));
        }
    }
    for (i, g) in gs.iter().enumerate() {
        if !span_g[i] && !g.optional {
            errors.push(missed_error(g));
        }
    }
    for (j, p) in ps.iter().enumerate() {
        if !span_p[j] {
            errors.push(spurious_error(p));
        }
    }
    errors
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
    let spk = speaker_ok;
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
    let mut errors = statement_errors(&gs, &ps, &by_article, &matched, &used_g, &used_p);
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ClaimKind;

    fn gold(line: &str) -> Gold {
        serde_json::from_str(line).unwrap()
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

    #[test]
    fn errors_by_kind() {
        let g = [
            gold(r#"{"article":"a.txt","kind":"quote","content":"ignored","speaker":[]}"#),
            gold(
                r#"{"article":"a.txt","kind":"quote","content":"We refused","speaker":["Nick Clegg"]}"#,
            ),
            gold(
                r#"{"article":"a.txt","kind":"indirect","content":"Twitter is blocked in Russia","speaker":["NetBlocks"]}"#,
            ),
        ];
        let claim = |content: &str, speaker: Option<&str>, mention: Option<&str>| {
            let mut c = Claim::new("a.txt", ClaimKind::Quote, "t");
            c.content = content.into();
            c.speaker = speaker.map(String::from);
            c.speaker_mention = mention.map(String::from);
            c
        };
        let pred = [
            claim("Meta had “ignored” these pleas", None, Some("the report")),
            claim("We refused,", None, Some("he")),
            claim("the sky is green", Some("Someone"), None),
        ];
        let r = score(&g, &pred, None);
        let kinds: Vec<ErrorKind> = r.errors.iter().map(|e| e.kind).collect();
        assert_eq!(
            kinds,
            [
                ErrorKind::MissedIndirect,
                ErrorKind::WrongSpan,
                ErrorKind::UnresolvedPronoun,
                ErrorKind::SpuriousStatement
            ]
        );
        assert!(r.errors[1].detail.starts_with("too long"));
    }
}
