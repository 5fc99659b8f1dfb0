//! The kinds of error `newsclaims eval` groups, so that the next rule is
//! chosen by counts: a missed quote, a span too long or too short, a wrong
//! speaker, a pronoun or descriptor left unresolved, a spurious claim.

use super::names::toks;
use super::Gold;
use crate::model::Claim;

/// Kinds of error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ErrorKind {
    /// A gold quote with no prediction near it.
    MissedQuote,
    /// A gold reported-speech clause with no prediction near it.
    MissedIndirect,
    /// A gold statement and an unmatched prediction that hold mostly the same
    /// words, but whose spans differ too much to match (too long, too short).
    WrongSpan,
    /// Matched, but the speaker is wrong.
    WrongSpeaker,
    /// Matched, but the speaker is a pronoun left unresolved.
    UnresolvedPronoun,
    /// Matched, but the speaker is a descriptor or other words left unresolved.
    UnresolvedDescriptor,
    /// A prediction with no gold statement near it.
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
            ErrorKind::MissedQuote => "missed quote",
            ErrorKind::MissedIndirect => "missed indirect",
            ErrorKind::WrongSpan => "wrong span",
            ErrorKind::WrongSpeaker => "wrong speaker",
            ErrorKind::UnresolvedPronoun => "unresolved pronoun",
            ErrorKind::UnresolvedDescriptor => "unresolved descriptor",
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

/// Pronouns a speaker mention may be left as.
const PRONOUNS: &[&str] = &[
    "he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "its",
    "their", "our", "my",
];

/// The error of a matched statement whose speaker does not fit the gold.
pub(super) fn speaker_error(g: &Gold, p: &Claim) -> EvalError {
    let kind = match (&p.speaker, &p.speaker_mention) {
        (None, Some(m)) if is_pronoun(m) => ErrorKind::UnresolvedPronoun,
        (None, Some(_)) => ErrorKind::UnresolvedDescriptor,
        _ => ErrorKind::WrongSpeaker,
    };
    EvalError {
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
    }
}

fn is_pronoun(mention: &str) -> bool {
    let t = toks(mention);
    t.len() == 1 && PRONOUNS.contains(&t[0].as_str())
}

/// How a gold statement and an unmatched prediction overlap: `Some(label)`
/// when the shorter of the two has at least 60 % of its words in the other.
pub(super) fn span_overlap(gold: &str, pred: &str) -> Option<(f64, &'static str)> {
    let (tg, tp) = (toks(gold), toks(pred));
    if tg.is_empty() || tp.is_empty() {
        return None;
    }
    let share = |a: &[String], b: &[String]| {
        a.iter().filter(|t| b.contains(t)).count() as f64 / a.len() as f64
    };
    let (in_pred, in_gold) = (share(&tg, &tp), share(&tp, &tg));
    let (score, label) = if tp.len() > tg.len() {
        (in_pred, "too long")
    } else if tp.len() < tg.len() {
        (in_gold, "too short")
    } else {
        (in_pred, "shifted")
    };
    (score >= 0.6).then_some((score, label))
}

/// The error of a gold statement and a prediction whose spans differ.
pub(super) fn span_error(g: &Gold, p: &Claim, label: &str) -> EvalError {
    EvalError {
        kind: ErrorKind::WrongSpan,
        article: g.article.clone(),
        detail: format!(
            "{label}: gold [{}] {:?} (cue {:?}), ours [{} {}] {:?}",
            g.kind,
            truncate(g.content.as_deref().unwrap_or(""), 70),
            g.cue.as_deref().unwrap_or(""),
            p.kind.as_str(),
            p.rule,
            truncate(&p.content, 90)
        ),
    }
}

/// The error of a gold statement nothing came near.
pub(super) fn missed_error(g: &Gold) -> EvalError {
    let kind = if g.kind == "quote" { ErrorKind::MissedQuote } else { ErrorKind::MissedIndirect };
    EvalError {
        kind,
        article: g.article.clone(),
        detail: format!(
            "[{}] {:?} by {:?} (cue {:?})",
            g.kind,
            g.content.as_deref().unwrap_or(""),
            g.speaker,
            g.cue.as_deref().unwrap_or("")
        ),
    }
}

/// The error of a prediction no gold statement came near.
pub(super) fn spurious_error(p: &Claim) -> EvalError {
    EvalError {
        kind: ErrorKind::SpuriousStatement,
        article: p.article.clone(),
        detail: format!(
            "[{} {}] {:?} by {:?}",
            p.kind.as_str(),
            p.rule,
            truncate(&p.content, 90),
            p.speaker
        ),
    }
}

/// `s` cut to `n` characters, with an ellipsis when cut.
pub(super) fn truncate(s: &str, n: usize) -> String {
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

    #[test]
    fn spans_that_hold_the_same_words() {
        assert_eq!(span_overlap("ignored", "Meta had ignored these pleas").unwrap().1, "too long");
        let gold = "Twitter is completely or nearly completely blocked in Russia";
        assert_eq!(span_overlap(gold, "completely blocked").unwrap().1, "too short");
        assert!(span_overlap(gold, "the company said on Friday").is_none());
    }

    #[test]
    fn pronoun_mentions() {
        assert!(is_pronoun("He"));
        assert!(!is_pronoun("the company"));
    }
}
