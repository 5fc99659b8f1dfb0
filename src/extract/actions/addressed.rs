//! A gerund after a letter's addressee: "Michael Howard has written to Tony
//! Blair demanding an explanation", "Leahy had written two letters to Lyng
//! urging such an offer", "sent a memo to their staff telling them". The
//! writer does what the gerund says, to the one the gerund names or else to
//! the one written to.

use super::adjuncts::{real_clause_start, STATEMENT_NOUNS};
use super::args::names;
use super::subject_words::names_people;
use super::subjects::subject_phrase;
use super::{ArticleState, Sentence};
use crate::extract::mentions::MentionKind;
use crate::lexicon::Lexicons;

/// Verbs of writing or sending to someone, before "to".
const WRITING: &[&str] =
    &["written", "wrote", "writes", "write", "writing", "sent", "sends", "send", "sending"];

/// Notes one sends, past the statement nouns.
const LETTERS: &[&str] = &["memo", "memos", "note", "notes", "petition", "petitions"];

/// Words that end an addressee before the gerund ("to Mr McConnell on
/// Tuesday accusing", "to Trump this week urging", "to their staff in the
/// building telling").
const ADDRESSEE_ENDS: &[&str] = &[
    "on",
    "in",
    "at",
    "this",
    "last",
    "today",
    "yesterday",
    "earlier",
    "recently",
    "again",
    "also",
];

/// Where a letter is addressed, for a gerund at `verb`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Addressed {
    /// The writing verb or the letter noun before "to".
    pub(super) writing: usize,
    /// Token range of the addressee: after "to", up to the gerund or an adjunct.
    pub(super) addressee: (usize, usize),
}

/// The letter and addressee before the gerund at `verb`: "written to X", "a
/// letter to X", "sent a memo to X", with no punctuation or verb between.
pub(super) fn addressed_before(s: &Sentence, verb: usize) -> Option<Addressed> {
    let from = verb.saturating_sub(10);
    let to = (from..verb).rev().take_while(|&k| s.toks[k].word).find(|&k| s.lowered[k] == "to")?;
    if to == 0 || to + 1 >= verb {
        return None;
    }
    let before = s.lowered[to - 1].as_str();
    // "a letter to", "two letters to", "sent to".
    let noun = STATEMENT_NOUNS.contains(&before.strip_suffix('s').unwrap_or(before))
        || LETTERS.contains(&before);
    if !(noun || WRITING.contains(&before)) {
        return None;
    }
    // The addressee holds no verb ("to the union asking it to"): only its words.
    let verbish = (to + 1..verb).any(|k| {
        let w = s.lowered[k].as_str();
        (w.ends_with("ing") || w.ends_with("ed")) && s.mention_covering(k).is_none()
    });
    if verbish {
        return None;
    }
    let end = (to + 2..verb)
        .find(|&k| {
            ADDRESSEE_ENDS.contains(&s.lowered[k].as_str()) && s.mention_covering(k).is_none()
        })
        .unwrap_or(verb);
    Some(Addressed { writing: to - 1, addressee: (to + 1, end) })
}

/// Who wrote: the writer of the letter or writing verb at `a.writing`, as a
/// mention or as words.
pub(super) fn writer(
    s: &Sentence,
    a: &Addressed,
    lex: &Lexicons,
) -> Option<(Option<usize>, Option<String>)> {
    issuer(s, a.writing, lex)
}

/// Who issued the letter of a relative clause at `rel` ("British politicians
/// signed a letter that called for action"): they call for it. None when
/// no letter noun stands right before "that" or "which".
pub(super) fn letter_issuer(
    s: &Sentence,
    rel: usize,
    lex: &Lexicons,
) -> Option<(Option<usize>, Option<String>)> {
    let noun =
        rel.checked_sub(1).filter(|_| matches!(s.lowered[rel].as_str(), "that" | "which"))?;
    let w = s.lowered[noun].as_str();
    if !(STATEMENT_NOUNS.contains(&w.strip_suffix('s').unwrap_or(w)) || LETTERS.contains(&w)) {
        return None;
    }
    issuing_verb(s, noun)?;
    issuer(s, noun, lex)
}

/// The verb that issues the letter noun at `noun` ("sent a memo", "had
/// written two letters", "signed a letter"), at most three words before it.
fn issuing_verb(s: &Sentence, noun: usize) -> Option<usize> {
    (noun.saturating_sub(3)..noun).rev().find(|&k| {
        let w = s.lowered[k].as_str();
        WRITING.contains(&w) || matches!(w, "issued" | "signed" | "released" | "penned")
    })
}

/// Who wrote or issued what stands at `at` (a writing verb, or a letter noun
/// after its issuing verb): the subject's name ("The European Community
/// cereal trade lobby Coceral has written": Coceral), else the first name of
/// the clause in no phrase, else the words of a subject for people ("The
/// employers have written"); None when the writing is only planned or
/// possible ("plans to write to X urging", "could write"). The name as a
/// mention, the words as words.
fn issuer(s: &Sentence, at: usize, lex: &Lexicons) -> Option<(Option<usize>, Option<String>)> {
    let clause = real_clause_start(s, at)?;
    // The verb phrase's start: the verb before a letter noun, then back over
    // "have", "had" and "also".
    let mut start = match WRITING.contains(&s.lowered[at].as_str()) {
        true => at,
        false => issuing_verb(s, at).unwrap_or(at),
    };
    while start > clause && matches!(s.lowered[start - 1].as_str(), "has" | "have" | "had" | "also")
    {
        start -= 1;
    }
    let named = s.subject_before(start).filter(|&m| s.mentions[m].first >= clause).or_else(|| {
        s.mentions.iter().position(|m| {
            !m.in_pp && !m.in_parens && !m.possessive && m.first >= clause && m.end <= at
        })
    });
    if let Some(m) = named {
        return Some((Some(m), None));
    }
    subject_phrase(s, start, lex).filter(|np| names_people(np, lex)).map(|np| (None, Some(np)))
}

/// True when the gerund's own target is the addressee instead: it names no
/// one ("demanding an explanation", "urging such an offer") or only by a
/// pronoun ("urging them", "accusing him"). One denies or refuses no
/// addressee ("a statement to ABC News denying that ...").
pub(super) fn target_is_addressee(
    s: &Sentence,
    class: &str,
    targets: &[usize],
    target_np: Option<&str>,
    lex: &Lexicons,
) -> bool {
    if matches!(class, "deny" | "refuse") {
        return false;
    }
    match targets.first() {
        Some(&m) => s.mentions[m].kind == MentionKind::Pronoun,
        None => target_np.is_none_or(|np| !names_people(np, lex)),
    }
}

/// The addressee: its names, or else its words ("the union").
pub(super) fn addressee(
    s: &Sentence,
    a: &Addressed,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Vec<Option<String>> {
    let (first, end) = a.addressee;
    match s.mentions.iter().position(|m| m.first >= first && m.first < end && !m.possessive) {
        Some(m) => names(s, &s.coordinated(m), state, quote_speakers),
        None => vec![Some(s.slice(first, end).to_string())],
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_letters_gerund_acts_on_its_addressee() {
        const TEXT: &str = "Tory leader Michael Howard has written to Tony Blair demanding an \
                            explanation of the new rules. Patrick Leahy had written two letters \
                            to Richard Lyng urging such an offer. Nicola Sturgeon wrote to Jack \
                            McConnell on Tuesday accusing him of an error. Matthew Taylor has \
                            written to the watchdog accusing Labour of a breach. The employers \
                            have written to the union asking it to reconsider.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Michael Howard", "order", "Tony Blair", false),
            ("Patrick Leahy", "request", "Richard Lyng", false),
            ("Nicola Sturgeon", "accuse", "Jack McConnell", false),
            ("Matthew Taylor", "accuse", "Labour Party", false),
            ("The employers", "request", "union", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_denial_sent_to_someone_denies_them_nothing() {
        const TEXT: &str = "Zorbex Corp released a statement to Acme News denying that there \
                            were layoffs. Zorbex Corp may write to Acme Corp urging a merger.";
        check(TEXT, &[("Zorbex Corp", "deny", "-", false)]);
    }

    #[test]
    fn a_letter_that_asks_is_its_signers_request() {
        // After a statement noun, a bare noun or a count is an object; not
        // after "after" ("ordering some chicken wings": a purchase).
        const TEXT: &str =
            "On Monday, major British politicians signed a letter that called for action \
                            against Boko Haram. The Senate passed a resolution calling for action \
                            against Japan. Nigeria issued a statement condemning some Middle \
                            Eastern countries. After ordering some chicken wings, Shen left.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("major British politicians", "request", "Boko Haram", false),
            ("US Senate", "request", "Japan", false),
            ("Nigeria", "condemn", "some Middle Eastern countries", false),
        ];
        check(TEXT, EXPECTED);
    }
}
