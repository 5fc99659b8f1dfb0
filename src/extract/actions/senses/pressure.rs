//! "Press", "pressure" and "challenge" ask, and "tell" orders, only someone
//! pressed to act: "pressing Brazil to make", "pressed Putin for a
//! diplomatic path", "challenged Mr Brown to deny", "told Japan to resolve".
//! Not "pressed the button", "pressed ahead", "challenged the ruling", "a
//! pressing need to", "told reporters not to expect".

use super::super::aux::BE;
use super::super::subject_words::{doers_plural, people_noun, PEOPLE};
use super::super::verbs::AUXILIARY_AFTER;
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

/// Forms of "tell", which orders only someone told to act.
pub(super) const TELL: &[&str] = &["tell", "tells", "told", "telling"];

/// Those told what a speaker expects, not ordered ("told reporters to expect").
const AUDIENCES: &[&str] = &[
    "reporters",
    "journalists",
    "press",
    "newsmen",
    "correspondents",
    "interviewer",
    "audience",
    "reuters",
    "conference",
    "reception",
    "meeting",
    "briefing",
    "newspaper",
    "paper",
    "website",
];

/// Plurals for parties one presses or tells, past the roles and descriptors.
const PARTIES: &[&str] = &[
    "boys",
    "girls",
    "counterparts",
    "clients",
    "colleagues",
    "members",
    "staff",
    "employees",
    "residents",
    "citizens",
    "parents",
    "students",
    "troops",
    "companies",
    "firms",
    "banks",
    "governments",
    "nations",
    "countries",
    "allies",
    "partners",
    "supporters",
    "followers",
    "fans",
    "families",
    "patients",
    "customers",
    "users",
    "tourists",
    "delegates",
];

/// Words that end the object of [`PRESS`] before its "to" or "for" could
/// come, besides the auxiliaries of [`AUXILIARY_AFTER`].
const OBJECT_ENDS: &[&str] = &[
    "and",
    "or",
    "but",
    "by",
    "with",
    "as",
    "that",
    "which",
    "who",
    "when",
    "how",
    "what",
    "whether",
    "where",
    "why",
    "on",
    "of",
    "about",
    "if",
    "in",
    "at",
    "not",
    "may",
    "can",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "myself",
    "himself",
    "herself",
    "themselves",
];

/// True when the verb at `i` (ending at `end`) presses someone to act: a
/// party of at most seven words that ends in a name or a word for people
/// (not "pressed the button to open", "told Reuters he did not intend to"),
/// then "to" and a verb, or (not for "challenge")
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
                _ => !OBJECT_ENDS.contains(&w) && !AUXILIARY_AFTER.contains(&w),
            };
            (s.toks[k].word || s.tok(k) == ".") && goes_on
        })
        .find(|&k| matches!(s.lowered[k].as_str(), "to" | "for"))
    else {
        return false;
    };
    // The party ends right before "to" or "for": a name ("told Japan to"), or
    // a word for people ("pressing debtor countries to"); not "told the
    // annual meeting Thyssen expected to".
    let named = s.mentions.iter().any(|m| m.first >= end && m.end == k && !m.possessive);
    let head = s.lowered[k.saturating_sub(1)].as_str();
    let people = people_noun(head, lex)
        || doers_plural(head)
        || PEOPLE.contains(&head)
        || PARTIES.contains(&head);
    let party = k > end && (named || people);
    let object = party || passive && (k == end || s.lowered[end] == "by");
    let next = s.lowered.get(k + 1).map_or("", |w| w.as_str());
    let verb_after = s.toks.get(k + 1).is_some_and(|t| t.word)
        && s.tok(k + 1).starts_with(char::is_lowercase)
        && !matches!(next, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "be" | "by");
    let tell = TELL.contains(&s.lowered[i].as_str());
    if tell && (end..k).any(|j| AUDIENCES.contains(&s.lowered[j].as_str())) {
        return false;
    }
    match s.lowered[k].as_str() {
        "to" => object && verb_after,
        _ if tell => false,
        // "was pressed for time": no request.
        _ => party && !s.lowered[i].starts_with("chall") && next != "time",
    }
}
