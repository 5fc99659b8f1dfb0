//! Actions that their object undoes: a plant shut down ("shut down two
//! silver properties"), a state of affairs restored or shut down ("restores
//! public trust", "shut down this allegation"), an activity suspended
//! ("suspended interest payments"). The verb is the lexicon's, but no one is
//! blocked, restored or removed.

use super::Sentence;
use crate::lexicon::Lexicons;

/// True when the action of the verb at `first..end`, of `class`, acts on no
/// one by what its targets are: `named` says a target is a name mention,
/// `targets` are the target phrases found.
pub(super) fn undone_by_object(
    s: &Sentence,
    (first, end): (usize, usize),
    class: &str,
    named: bool,
    targets: &[Option<String>],
    lex: &Lexicons,
) -> bool {
    // "suspended a candidate", "suspended Twitter": someone removed.
    let suspended_activity = s.lowered[first].starts_with("suspend")
        && !named
        && !targets.iter().flatten().any(|t| suspends_someone(t, lex));
    suspended_activity
        || super::removed::activity_suspended(s, first)
        || facility_shutdown(s, first, end, targets)
        || state_of_affairs(class, targets)
        || (class == "remove" && !named && super::removed::thing_removed(s, first, targets, lex))
}

/// What "shut down" and "cut off" close that restricts no one's freedom: a
/// plant or its output ("shut down two silver properties", "the smelter was
/// shut down"), not a website or a service.
const FACILITY_NOUNS: &[&str] = &[
    "plant",
    "factory",
    "mine",
    "mill",
    "smelter",
    "refinery",
    "reactor",
    "unit",
    "furnace",
    "well",
    "platform",
    "facility",
    "facilities",
    "property",
    "properties",
    "operation",
    "operations",
    "production",
    "output",
    "pit",
    "pits",
    "yard",
];

/// What is restored or shut down that is a state of affairs, not a service
/// or a right: "restores public trust and confidence", "shut down this
/// allegation".
const STATE_NOUNS: &[&str] = &[
    "trust",
    "confidence",
    "faith",
    "order",
    "calm",
    "peace",
    "stability",
    "credibility",
    "balance",
    "allegation",
    "allegations",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "speculation",
];

/// True when every target of a restore or block claim is a state of affairs
/// of [`STATE_NOUNS`] ("law and order" too).
fn state_of_affairs(class: &str, targets: &[Option<String>]) -> bool {
    let noun = |t: &Option<String>| head(t).is_some_and(|h| STATE_NOUNS.contains(&h.as_str()));
    matches!(class, "restore" | "block") && !targets.is_empty() && targets.iter().all(noun)
}

/// What one suspends that is someone's standing, not an activity.
const STANDING_NOUNS: &[&str] = &[
    "account",
    "accounts",
    "licence",
    "licences",
    "license",
    "licenses",
    "membership",
    "memberships",
    "registration",
    "accreditation",
    "broadcasts",
    "broadcasting",
    "privileges",
];

/// True when a target phrase of "suspend" is someone, or their standing:
/// "suspended a candidate", "five players were suspended", "suspended his
/// account"; not an activity ("suspended interest payments", "trading was
/// suspended"), which removes no one.
fn suspends_someone(target: &str, lex: &Lexicons) -> bool {
    // Any word of the phrase: "the account showing ...", "six staff".
    target.split(' ').any(|w| {
        let w = w.to_lowercase();
        super::subject_words::people_word(&w, lex)
            || STANDING_NOUNS.contains(&w.as_str())
            || PEOPLE_WORDS.contains(&w.as_str())
    })
}

/// Plain words for people past [`super::subjects::PEOPLE`], who can be
/// suspended ("the duo", "both").
const PEOPLE_WORDS: &[&str] = &[
    "boy", "girl", "pupil", "pupils", "staff", "duo", "pair", "both", "athlete", "athletes",
    "player", "players", "teacher", "teachers", "doctor", "doctors", "her", "him", "them",
];

/// True when the phrasal verb at `first..end` is "shut down" or "cut off" and
/// every target named is a facility of [`FACILITY_NOUNS`].
fn facility_shutdown(s: &Sentence, first: usize, end: usize, targets: &[Option<String>]) -> bool {
    let phrasal = end > first + 1
        && matches!(
            s.lowered[first].as_str(),
            "shut" | "shuts" | "shutting" | "cut" | "cuts" | "cutting"
        );
    let facility = |t: &Option<String>| {
        head(t).is_some_and(|h| {
            FACILITY_NOUNS.contains(&h.as_str())
                || h.strip_suffix('s').is_some_and(|sg| FACILITY_NOUNS.contains(&sg))
        })
    };
    phrasal && !targets.is_empty() && targets.iter().all(facility)
}

/// The last word of a target phrase, lower-cased.
pub(super) fn head(target: &Option<String>) -> Option<String> {
    Some(target.as_deref()?.rsplit(' ').next()?.to_lowercase())
}
