//! Targets read after the object: a thing blamed gives way to the name
//! blamed, a letter's gerund to its addressee, and an accusation after its
//! clause ("Kern decided against disclosing the talks, the agency charged")
//! to that clause's subject.

use super::super::mentions::Mention;
use super::super::ArticleState;
use super::addressed::{self, Addressed};
use super::args::names;
use super::subject_words::names_people;
use super::Sentence;
use crate::lexicon::Lexicons;

/// The verb phrase whose targets are read again.
pub(super) struct Act<'a> {
    pub(super) first: usize,
    pub(super) end: usize,
    pub(super) class: &'a str,
    pub(super) passive: bool,
    /// The target mentions found after the verb.
    pub(super) targets: &'a [usize],
    /// The letter and addressee before a gerund, when its target is the addressee.
    pub(super) addressee: Option<Addressed>,
}

/// Replaces `target_names` where a rule of this module reads them
/// otherwise; false when the act has no target it could name ("blamed the
/// fall on the weaker dollar": accused of nothing).
pub(super) fn late_targets(
    s: &Sentence,
    act: &Act<'_>,
    target_names: &mut Vec<Option<String>>,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    lex: &Lexicons,
) -> bool {
    // "blamed the fall on the weaker dollar", "blamed his small penis": a thing
    // blamed is accused of nothing.
    // "blamed its Gulf War enemy Iraq": a name in the phrase is the one blamed;
    // "blamed the sell-off on U.S. monetary authorities": the one after "on".
    let blamed_thing = s.lowered[act.first].starts_with("blam")
        && target_names.iter().flatten().any(|t| !names_people(t, lex));
    if !act.passive && act.targets.is_empty() && blamed_thing {
        let Some(m) = blamed_name(s, act.end) else { return false };
        *target_names = names(s, &[m], state, quote_speakers);
    }
    if let Some(a) = &act.addressee {
        *target_names = addressed::addressee(s, a, state, quote_speakers);
    }
    if target_names.is_empty() && !act.passive && act.class == "accuse" {
        if let Some(m) = accused_before(s, act.first, act.end) {
            *target_names = names(s, &s.coordinated(m), state, quote_speakers);
        }
    }
    true
}

/// The subject of the clause that an accusation ends ("Kern again decided
/// against disclosing the talks, the agency charged."): the name that opens
/// the sentence, when the verb ends it and its own subject follows a comma.
fn accused_before(s: &Sentence, first: usize, end: usize) -> Option<usize> {
    let last = s.toks.get(end).is_none_or(|t| !t.word);
    let comma = (first.saturating_sub(6)..first).rev().find(|&k| s.tok(k) == ",")?;
    let subject_only = (comma + 1..first).all(|k| s.toks[k].word);
    if !last || !subject_only || comma < 3 {
        return None;
    }
    s.mentions.iter().position(|m| m.first == 0 && !m.possessive && m.end < comma)
}

/// The name blamed after a blaming verb ending at `end`: the name that ends
/// the object phrase (before its "on", "for" or punctuation), or the first
/// after that "on".
fn blamed_name(s: &Sentence, end: usize) -> Option<usize> {
    let limit = (end + 15).min(s.toks.len());
    let on = (end..limit).find(|&k| matches!(s.lowered[k].as_str(), "on" | "for" | "," | "."));
    let named =
        |m: &Mention, from: usize, to: usize| m.first >= from && m.first < to && !m.possessive;
    let stop = on.unwrap_or(limit);
    // "its Gulf War enemy Iraq": the head, the last name; "the sell-off in Europe": no name.
    s.mentions.iter().rposition(|m| named(m, end, stop) && m.end == stop && !m.in_pp).or_else(
        || {
            let on = on.filter(|&k| s.lowered[k] == "on")?;
            s.mentions.iter().position(|m| named(m, on + 1, (on + 3).min(s.toks.len())))
        },
    )
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn an_accusation_after_its_clause_accuses_the_clause_subject() {
        // Not a clause that names no one first (an accusation of no one
        // named); a thing blamed gives way to the name after "on".
        const TEXT: &str = "Zorbex Corp again decided against disclosing the talks, the agency \
                            charged. The rules were broken, Acme Corp charged. Ed Smith blamed \
                            the fall on Zorbex Corp.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("agency", "accuse", "Zorbex Corp", false),
            ("Acme Corp", "accuse", "-", false),
            ("Ed Smith", "accuse", "Zorbex Corp", false),
        ];
        check(TEXT, EXPECTED);
    }
}
