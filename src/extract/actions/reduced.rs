//! Reduced passive relatives with an agent: "the airstrikes ordered by Mr.
//! Obama", "His sentence, criticised by Reporters Without Borders, comes ...".
//! Without "by" a bare participle after a noun is an adjective ("sites blocked
//! in Russia") and names no act, but for people arrested ("suspects detained
//! after the shootouts").

use super::super::ArticleState;
use super::agents::agent_after;
use super::args::names;
use super::args::NUMBER_WORDS;
use super::subject_words::{people_word, NP_BREAKERS, NP_OPENERS};
use super::Sentence;
use crate::lexicon::{KeyedWord, Lexicons};

/// Names of actors or targets, as [`super::args::emit`] takes them.
type Names = Vec<Option<String>>;

/// The actors (after "by") and targets (the noun phrase before the participle
/// at `first..end`) of a reduced passive, or `None` when it is not one.
pub(super) fn reduced_passive(
    s: &Sentence,
    first: usize,
    end: usize,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Option<(Names, Names)> {
    if s.lowered.get(end).map(KeyedWord::as_str) != Some("by") {
        return None;
    }
    let agent = agent_after(s, end)?;
    let actors = names(s, &s.coordinated(agent), state, quote_speakers);
    let target = noun_before(s, first, state, quote_speakers)?;
    (!actors.is_empty()).then(|| (actors, vec![Some(target)]))
}

/// The subject a participle at `first..end` between commas undergoes, with
/// no object of its own: "the Stalinists, expelled from the party in 1986,
/// lost", "Refaat el-Sayed, sacked from the board after ..., had failed".
/// The name before the first comma opens its clause (it is no apposition of
/// another: "HP, the printer firm, declined"), and the comma after the
/// participle's phrase is followed by the clause's verb, not by a name.
pub(super) fn enclosed_participle(s: &Sentence, first: usize, end: usize) -> Option<usize> {
    if first < 2 || s.tok(first - 1) != "," || !super::aux::objectless_after(s, end) {
        return None;
    }
    let m = s.mentions.iter().rposition(|m| m.end == first - 1)?;
    let name = &s.mentions[m];
    if name.possessive || name.in_pp || name.in_parens {
        return None;
    }
    let before = name.first.checked_sub(1);
    let before = before
        .filter(|&k| NP_OPENERS.contains(&s.lowered[k].as_str()) && k > 0)
        .map_or(before, |k| Some(k - 1));
    if before.is_some_and(|k| matches!(s.tok(k), "," | "(" | "-" | "–" | "—")) {
        return None;
    }
    let close = (end..s.toks.len().min(end + 16)).find(|&k| s.tok(k) == ",")?;
    let next = close + 1;
    let verb_follows = s.toks.get(next).is_some_and(|t| t.word)
        && s.mention_at(next).is_none()
        && s.tok(next).starts_with(char::is_lowercase)
        && !matches!(s.lowered[next].as_str(), "and" | "or" | "but" | "who" | "which");
    verb_follows.then_some(m)
}

/// The noun phrase that ends right before `verb` (a comma of an apposition
/// allowed): a name's canonical form, or a few lower-case words after a
/// determiner ("the recent American airstrikes" → "recent American airstrikes").
fn noun_before(
    s: &Sentence,
    verb: usize,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Option<String> {
    let end = if verb > 0 && s.tok(verb - 1) == "," { verb - 1 } else { verb };
    if end == 0 {
        return None;
    }
    if let Some(m) = s.mentions.iter().position(|m| m.end == end && !m.possessive) {
        return names(s, &[m], state, quote_speakers).into_iter().flatten().next();
    }
    let mut start = end;
    while start > 0 && end - start < 4 {
        let k = start - 1;
        let w = s.lowered[k].as_str();
        let stop = NP_BREAKERS.contains(&w) || matches!(w, "and" | "or");
        if !s.toks[k].word || NP_OPENERS.contains(&w) || stop {
            break;
        }
        start = k;
    }
    // A phrase must open with a determiner or possessive, so it is a noun phrase
    // and not the end of a clause ("the court has since cited").
    let opener = start.checked_sub(1).is_some_and(|k| {
        NP_OPENERS.contains(&s.lowered[k].as_str())
            || s.mention_covering(k).is_some_and(|m| m.possessive)
    });
    let noun = s.lowered[end - 1].as_str();
    let nominal = !noun.ends_with("ly") && !noun.ends_with("ing") && !noun.ends_with("ed");
    (start < end && opener && nominal).then(|| s.slice(start, end).to_string())
}

/// Words after an arrest verb's bare participle that say when or where
/// ("suspects detained after the shootouts", "men arrested on Monday").
const WHEN_OR_WHERE: &[&str] = &[
    "after",
    "in",
    "on",
    "at",
    "during",
    "since",
    "over",
    "last",
    "yesterday",
    "near",
    "following",
];

/// "suspects detained after the shootouts", "three protesters arrested on
/// Monday": plural people right before an arrest verb's bare participle, with
/// a time or place after it, were arrested by someone unnamed. Their words.
pub(super) fn arrested_people(
    s: &Sentence,
    first: usize,
    end: usize,
    lex: &Lexicons,
) -> Option<String> {
    let head = first.checked_sub(1)?;
    let w = s.lowered[head].as_str();
    let people = w.ends_with('s') && (people_word(w, lex) || w == "suspects");
    let lower = s.tok(head).starts_with(char::is_lowercase);
    let placed = s.lowered.get(end).is_some_and(|n| WHEN_OR_WHERE.contains(&n.as_str()));
    if !(people && lower && placed) {
        return None;
    }
    // "three protesters": a count before them belongs to them.
    let counted = head > 0
        && (NUMBER_WORDS.contains(&s.lowered[head - 1].as_str())
            || s.tok(head - 1).starts_with(|c: char| c.is_ascii_digit()));
    let start = if counted { head - 1 } else { head };
    Some(s.slice(start, head + 1).to_string())
}

#[cfg(test)]
mod tests {
    use crate::extract::claims_of;

    const ORDERED_BY: &str = "The beheading was in retaliation for the recent American \
                              airstrikes ordered by Barack Obama.";
    const OPENS: &str = "Ordered by the court, the sale went ahead.";
    const TAKEN_DOWN: &str = "The videos taken down in Russia stayed dark.";

    fn actions(text: &str) -> Vec<(Option<String>, Option<String>)> {
        claims_of(text)
            .into_iter()
            .filter(|c| c.action.is_some())
            .map(|c| (c.actor, c.target))
            .collect()
    }

    #[test]
    fn a_reduced_passive_with_an_agent_is_an_act_on_the_noun_before() {
        let expected = vec![(
            Some("Barack Obama".to_string()),
            Some("recent American airstrikes".to_string()),
        )];
        assert_eq!(actions(ORDERED_BY), expected);
    }

    #[test]
    fn a_bare_participle_without_an_agent_is_no_act() {
        assert_eq!(actions(TAKEN_DOWN), vec![]);
        // No noun before it at all: nothing, and no panic.
        assert_eq!(actions(OPENS), vec![]);
    }
}
