//! The words of a subject noun phrase without a name: those that open it,
//! end its head or show it is no plain noun phrase, counts ("30", "dozens"),
//! the reporting verbs after which a reported clause's subject starts, and
//! the nouns for people ("police", "prosecutors", "bondholders").

use super::super::mention_words::{plural_form, NUMBER_NAMES};
use super::args::NUMBER_WORDS;
use super::object_words::KIN_OF;
use super::Lexicons;
use crate::model::ActorKind;

/// A plural of a noun for who does something ("bondholders", "investors",
/// "activists", "militants", "gunmen"), not of a thing ("payments").
pub(super) fn doers_plural(w: &str) -> bool {
    ["ers", "ors", "ists", "ants", "ians", "men"].iter().any(|end| w.ends_with(end))
        && !w.ends_with("ments")
}

/// Texts that accuse, ban or limit in their own words: "The report blames
/// Libyan Dawn", "The legal action accuses Mr Spector", "The rules prohibit
/// brokers".
const TEXT_ACTORS: &[&str] = &[
    "report",
    "lawsuit",
    "suit",
    "action",
    "complaint",
    "indictment",
    "letter",
    "law",
    "laws",
    "rules",
    "regulations",
    "decree",
    "ruling",
    "statement",
];

/// True when the noun phrase `np` is a text of [`TEXT_ACTORS`] and the
/// action's class one a text does (accuse, ban, restrict).
pub(super) fn text_acts(np: &str, class: &str) -> bool {
    let head = np.rsplit(' ').next().unwrap_or("").to_lowercase();
    matches!(class, "accuse" | "ban" | "restrict") && TEXT_ACTORS.contains(&head.as_str())
}

/// A number in digits or words ("30", "five", "dozens").
pub(super) fn is_count(w: &str) -> bool {
    w.chars().next().is_some_and(|c| c.is_ascii_digit())
        || NUMBER_WORDS.contains(&w)
        || NUMBER_NAMES.contains(&w)
        || LARGE_COUNTS.contains(&w)
}

/// Plain nouns for people that are no role.
pub(super) const PEOPLE: &[&str] = &["people", "men", "women", "children", "others"];

/// Counts past [`NUMBER_WORDS`] and [`NUMBER_NAMES`]: "dozens of", "thousands of".
pub(super) const LARGE_COUNTS: &[&str] = &["dozen", "dozens", "scores", "hundreds", "thousands"];

/// Words that may open a noun phrase written without a name.
pub(super) const NP_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "some",
    "all",
    "both",
    "several",
    "more",
    "only",
    "nearly",
    "almost",
    "dozens",
    "hundreds",
    "thousands",
    "many",
    "most",
    "other",
    "two",
    "three",
    "four",
    "five",
    "six",
    "its",
    "their",
    "his",
    "her",
    "our",
    "local",
    "armed",
    "environmental",
];
/// True when a noun phrase without a name ends in a noun for people or
/// groups: a plural ("some Wall Street firms", "armed men") or a role or
/// descriptor noun ("police", "the prosecutor").
pub(super) fn names_people(np: &str, lex: &Lexicons) -> bool {
    let head = np.rsplit(' ').next().unwrap_or("").to_lowercase();
    let plural = plural_form(&head);
    plural
        || head == "men"
        || head == "people"
        // "The customer refused to answer". Not roles: "Consumers Power Co"
        // and "Shareholders United" are names.
        || matches!(head.as_str(), "customer" | "client" | "passenger" | "shareholder" | "consumer")
        // "the international community has urged": a body of states or people;
        // "a Texas state court jury ordered".
        || matches!(head.as_str(), "community" | "jury" | "juries")
        // "The mother has threatened the family": kin act for themselves.
        || KIN_OF.contains(&head.as_str())
        || lex.roles.contains(&head)
        || lex.descriptors.contains_key(&head)
}

/// True for a word for people: a role or descriptor noun ("police",
/// "prosecutors") or a plain one ("people", "men").
pub(super) fn people_word(w: &str, lex: &Lexicons) -> bool {
    people_noun(w, lex) || PEOPLE.contains(&w)
}

/// True for a noun of the role or descriptor lexicon, or its plural ("police", "prosecutors").
pub(super) fn people_noun(w: &str, lex: &Lexicons) -> bool {
    // Not a thing ("service had been restricted"): a role, or a body of people.
    let body = |k: &ActorKind| !matches!(k, ActorKind::Company | ActorKind::Media);
    let known = |w: &str| {
        lex.roles.contains(w) || lex.descriptors.get(w).is_some_and(|ks| ks.iter().any(body))
    };
    // "agencies" → "agency"; not "companies", things as much as bodies
    // ("companies charge so much").
    let singular_y = || {
        w.strip_suffix("ies").is_some_and(|stem| {
            let singular = format!("{stem}y");
            lex.descriptors
                .get(&singular)
                .is_some_and(|ks| ks.iter().any(body) && !ks.contains(&ActorKind::Company))
        })
    };
    known(w) || w.strip_suffix('s').is_some_and(known) || singular_y()
}

/// Reporting verbs after which a reported clause's subject starts.
pub(super) const REPORTING: &[&str] =
    &["said", "says", "say", "told", "added", "reported", "claimed", "stated"];
/// Prepositions that end the head of a subject noun phrase.
pub(super) const PREPOSITIONS: &[&str] = &["with", "from", "of", "in", "at", "on", "for"];
/// Words that show the words before a verb are not a plain noun phrase.
pub(super) const NP_BREAKERS: &[&str] = &[
    "in",
    "from",
    "of",
    "on",
    "at",
    "for",
    "with",
    "to",
    "by",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "not",
    "did",
    "do",
    "does",
    "it",
    "we",
    "he",
    "she",
    "they",
    "i",
    "you",
    "yesterday",
    "today",
    "first",
    "also",
    "this",
    "that",
    "who",
    "which",
    "when",
    "if",
];
