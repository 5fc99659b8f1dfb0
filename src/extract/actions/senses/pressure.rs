//! "Press", "pressure" and "challenge" ask only someone pressed to act:
//! "pressing Brazil to make", "pressed Putin for a diplomatic path",
//! "challenged Mr Brown to deny". Not "pressed the button", "pressed ahead",
//! "challenged the ruling", "a pressing need to".

use super::super::aux::BE;
use super::super::subject_words::names_people;
use super::super::Sentence;
use crate::lexicon::Lexicons;

/// Forms of the verbs that ask only someone pressed to act.
pub(super) const PRESS: &[&str] = &[
    "press",
    "presses",
    "pressed",
    "pressing",
    "pressure",
    "pressures",
    "pressured",
    "pressuring",
    "pressurise",
    "pressurised",
    "pressurising",
    "challenge",
    "challenges",
    "challenged",
    "challenging",
];

/// Words that end the object of [`PRESS`] before its "to" or "for" could come.
const OBJECT_ENDS: &[&str] = &[
    "and", "or", "but", "by", "with", "as", "that", "which", "who", "when", "how", "what",
    "whether", "where", "why", "on", "of", "had", "has", "have", "was", "were", "is", "are",
    "will", "would",
];

/// True when the verb at `i` (ending at `end`) presses someone to act: a
/// party of at most seven words (a name, or words for people: not "pressed
/// the button to open"), then "to" and a verb, or (not for "challenge")
/// "for" and what is asked; in the passive, "to" right after ("was pressed
/// to resign").
pub(super) fn pressed_to_act(s: &Sentence, i: usize, end: usize, lex: &Lexicons) -> bool {
    // "a pressing need", "the most pressing issue": an adjective.
    let adjective = i > 0
        && matches!(
            s.lowered[i - 1].as_str(),
            "a" | "an" | "the" | "most" | "more" | "its" | "their" | "his" | "her" | "our"
        );
    if adjective {
        return false;
    }
    // "was pressed to resign", not "is pressing to hold back".
    let passive = i > 0 && BE.contains(&s.lowered[i - 1].as_str()) && s.lowered[i].ends_with('d');
    let n = s.toks.len();
    // The object ends before a clause or a phrase of its own ("continued to
    // press and they showed their intent by opting for", "pressed Mr Younger
    // on how to", "challenged the right of Yukos to claim").
    let Some(k) = (end..(end + 8).min(n))
        .take_while(|&k| {
            let w = s.lowered[k].as_str();
            // "pressing West Germany and Japan to", "was pressed by lawmakers to".
            let goes_on = match w {
                "and" | "or" => s.mention_at(k + 1).is_some(),
                "by" => passive,
                _ => !OBJECT_ENDS.contains(&w),
            };
            (s.toks[k].word || s.tok(k) == ".") && goes_on
        })
        .find(|&k| matches!(s.lowered[k].as_str(), "to" | "for"))
    else {
        return false;
    };
    let party = k > end
        && (s.mentions.iter().any(|m| m.first >= end && m.first < k && !m.possessive)
            || names_people(s.slice(end, k), lex));
    let object = party || passive && (k == end || s.lowered[end] == "by");
    let next = s.lowered.get(k + 1).map_or("", |w| w.as_str());
    let verb_after = s.toks.get(k + 1).is_some_and(|t| t.word)
        && s.tok(k + 1).starts_with(char::is_lowercase)
        && !matches!(next, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "be");
    match s.lowered[k].as_str() {
        "to" => object && verb_after,
        // "was pressed for time": no request.
        _ => party && !s.lowered[i].starts_with("chall") && next != "time",
    }
}
