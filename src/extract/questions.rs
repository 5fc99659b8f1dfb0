//! Reported questions: "a reporter asked Sanders whether he would fundraise",
//! "Asked about her email, Clinton said ...".
//!
//! A question is reported speech, the asker's, so it is a statement whose
//! content is the question itself (from "whether", "if" or the wh-word; after
//! "about", what was asked about). It is no request: "asked X to do Y" and
//! "asked that ..." stay with the directive rules. A question that opens the
//! sentence ("Asked if ..., Clinton said ...") ends at its comma, so the main
//! clause is read as a report of its own; its asker is unnamed.

use super::clause::clause_end;
use super::sentence::Sentence;
use super::speech::Cue;

/// Words that open a reported question after a question verb.
const QUESTION_WORDS: &[&str] =
    &["whether", "if", "how", "what", "why", "who", "which", "when", "where", "about"];

/// Most words of a hearer between the verb and the question ("asked the
/// Vermont senator whether").
const MAX_HEARER_WORDS: usize = 5;

/// Forms of "be" and "get" before a passive question verb ("was asked
/// whether"): the subject is the one asked, not the asker.
const PASSIVE_AUX: &[&str] =
    &["is", "are", "was", "were", "be", "been", "being", "get", "got", "gets", "getting"];

/// Hearers after which "who" and "which" ask rather than relate ("asked
/// them who ..." but "asked the men who carried out the attack to ...").
const PRONOUN_HEARERS: &[&str] = &["me", "us", "you", "him", "her", "them", "it"];

/// The question word that follows a question verb ending before token `end`,
/// right after it or after a hearer of a few plain words ("asked Sanders
/// whether"); none when the verb asks someone to do something ("asked the SEC
/// to look into whether ...").
pub(super) fn question_word_after(s: &Sentence, end: usize) -> Option<usize> {
    let limit = (end + MAX_HEARER_WORDS + 1).min(s.toks.len());
    // Only plain words in between: "asked, if possible, to ..." is no question.
    // Quoted as the verb is: "“She asked if Alex was coming,” he said".
    let quoted = end > 0 && s.toks[end - 1].quoted;
    let plain = |k: usize| {
        s.toks[k].word
            && s.toks[k].quoted == quoted
            && !matches!(s.lowered[k].as_str(), "to" | "that" | "for")
    };
    let k = (end..limit)
        .take_while(|&k| plain(k))
        .find(|&k| QUESTION_WORDS.contains(&without_contraction(&s.lowered[k])))?;
    let relative = matches!(s.lowered[k].as_str(), "who" | "which")
        && k > end
        && !PRONOUN_HEARERS.contains(&s.lowered[k - 1].as_str());
    (!relative).then_some(k)
}

/// A question word with its contraction cut off: "what's" → "what", "who'd" → "who".
fn without_contraction(w: &str) -> &str {
    w.split(['\'', '’']).next().unwrap_or(w)
}

/// True when "ask" before token `end` has "question(s)" as its object
/// ("don't ask the question", "asked tough questions about"), or a quoted
/// question follows it ("Mr Howard asked: “How can they ...?”", "asked
/// investors, “Why do we ...?”"): a question put, not a request.
pub(super) fn asks_a_question(s: &Sentence, end: usize) -> bool {
    let limit = (end + 4).min(s.toks.len());
    let object = (end..limit)
        .take_while(|&k| s.toks[k].word && !matches!(s.lowered[k].as_str(), "to" | "that" | "for"))
        .any(|k| matches!(s.lowered[k].as_str(), "question" | "questions"));
    object || quoted_question_after(s, end)
}

/// True when a quotation that asks ("?") opens after the verb ending at
/// `end`, past a short unquoted hearer ("asked Mr Sullivan:", "asked of the
/// Iraq war:"), a colon or comma and the opening mark.
fn quoted_question_after(s: &Sentence, end: usize) -> bool {
    let n = s.toks.len();
    let limit = (end + MAX_HEARER_WORDS + 1).min(n);
    let unquoted_word = |k: usize| s.toks[k].word && !s.toks[k].quoted;
    let Some(k) = (end..limit).find(|&k| !unquoted_word(k)) else { return false };
    // "asked that readers “keep ...”": a request quoted, not a question.
    if (end..k).any(|j| matches!(s.lowered[j].as_str(), "that" | "to" | "for")) {
        return false;
    }
    // Past the colon or comma and the opening mark.
    let marks = (k..(k + 3).min(n)).take_while(|&j| !s.toks[j].word && !s.toks[j].quoted).count();
    let open = k + marks;
    marks > 0
        && open < n
        && s.toks[open].quoted
        && (open..n).take_while(|&j| s.toks[j].quoted || !s.toks[j].word).any(|j| s.tok(j) == "?")
}

/// True when "asked" at `first` closes a quoted question ("“... how can you
/// be expected to?” Kurak asked.", "“Why?” he asked"): it reports the
/// question, and asks nothing of anyone.
pub(super) fn after_a_quoted_question(s: &Sentence, first: usize) -> bool {
    (first.saturating_sub(6)..first).any(|k| s.tok(k) == "?" && s.toks[k].quoted)
}

/// The question reported by the question verb at tokens `first..end`, if a
/// question word follows it after at most a short hearer phrase.
pub(super) fn question_cue(s: &Sentence, first: usize, end: usize) -> Option<Cue> {
    let n = s.toks.len();
    let k = question_word_after(s, end)?;
    let about = s.lowered[k] == "about";
    let a = if about { k + 1 } else { k };
    // A question ends at its first comma: "Asked whether ..., Clinton said";
    // "wondered whether X will be fair, engaging in ...".
    let b =
        (a..n).find(|&j| s.tok(j) == "," && !s.toks[j].quoted).unwrap_or_else(|| clause_end(s, a));
    // "Asked if ...": the participle opens the sentence, and names no asker.
    let opening = first == 0
        || (first == 1 && matches!(s.lowered[0].as_str(), "but" | "and" | "when" | "once"));
    if s.words(a, b) < if about { 1 } else { 2 } {
        return None;
    }
    let passive = first > 0 && PASSIVE_AUX.contains(&s.lowered[first - 1].as_str());
    let (speaker, span) = if opening || passive { (None, None) } else { s.subject(first) };
    Some(Cue { first, end, speaker, clause: Some((a, b)), rule: "cue_question", role: None, span })
}

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    /// (speaker, content) of each statement.
    fn said(text: &str) -> Vec<(Option<String>, String)> {
        let claims = crate::extract::claims_of(text).into_iter();
        let statements = claims.filter(|c| c.kind != ClaimKind::Action);
        statements.map(|c| (c.speaker, c.content)).collect()
    }

    const ASKED_WHETHER: &str = "The Vermont senator Bernie Sanders spoke on Monday. \
        Reporter Jane Okafor asked Sanders whether he would fundraise for other candidates.";
    const OPENING_QUESTION: &str = "Asked if she believed Putin wanted Trump to win, Hillary \
        Clinton said she would not speculate.";
    const PASSIVE_QUESTION: &str = "Hillary Clinton was asked about her email server.";
    const NOT_A_QUESTION: &str = "He asked, if possible, to be moved to another unit.";

    #[test]
    fn a_reported_question_is_the_askers_statement() {
        assert_eq!(
            said(ASKED_WHETHER),
            [(
                Some("Jane Okafor".into()),
                "whether he would fundraise for other candidates".into()
            )]
        );
    }

    #[test]
    fn an_opening_question_ends_at_its_comma_and_the_main_report_stands() {
        assert_eq!(
            said(OPENING_QUESTION),
            [
                (None, "if she believed Putin wanted Trump to win".into()),
                (Some("Hillary Clinton".into()), "she would not speculate".into())
            ]
        );
    }

    #[test]
    fn the_one_asked_is_not_the_asker() {
        assert_eq!(said(PASSIVE_QUESTION), [(None, "her email server".into())]);
        assert_eq!(said(NOT_A_QUESTION), []);
    }
}
