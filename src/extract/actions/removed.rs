//! Verbs of the action lexicon that are no act for what they are said of:
//! "removed", "pulled" or "sacked" things, not people or content (CAMEO
//! 1721: "removed her sunglasses", "removed an obstacle", "the insurgents
//! sacked the town"); an activity suspended ("trading ... was suspended");
//! a text that calls for something ("the Baker Plan, which called for").

use super::aux::{aux_before, BE};
use super::objects::head;
use super::subject_words::people_word;
use super::Sentence;
use crate::lexicon::Lexicons;

/// What is taken down or removed that is someone's speech or standing.
const CONTENT_NOUNS: &[&str] = &[
    "content", "post", "posts", "video", "videos", "page", "pages", "account", "accounts", "app",
    "apps", "article", "articles", "tweet", "tweets", "comment", "comments", "photo", "photos",
    "image", "images", "picture", "pictures", "ad", "ads", "advert", "adverts", "site", "sites",
    "website", "websites", "channel", "channels", "book", "books", "film", "story", "stories",
    "statue", "statues", "flag", "flags", "sign", "signs", "material", "footage", "clip", "clips",
];
/// People named by a common noun, besides the role and descriptor lexicons
/// and `subjects::PEOPLE` (not the pronouns a suspension may hold: "hits him").
const PEOPLE_NOUNS: &[&str] = &[
    "boy",
    "girl",
    "staff",
    "player",
    "players",
    "man",
    "woman",
    "person",
    "child",
    "son",
    "daughter",
    "employee",
    "employees",
    "worker",
    "workers",
    "member",
    "members",
    "student",
    "students",
    "team",
    "government",
    "regime",
    "judge",
    "servant",
    "servants",
    "troops",
    "soldiers",
    "forces",
    "officers",
    "peers",
    "lords",
    "miners",
    "pickets",
    "protesters",
    "protestors",
    "demonstrators",
    "settlers",
    "residents",
    "migrants",
];
/// What is sacked that is a place, looted.
const PLACE_NOUNS: &[&str] = &["town", "city", "village", "capital", "palace", "temple"];

/// True when the removal verb at `first` acts on `targets` (none a name
/// mention) that are things: no one removed.
pub(super) fn thing_removed(
    s: &Sentence,
    first: usize,
    targets: &[Option<String>],
    lex: &Lexicons,
) -> bool {
    let w = s.lowered[first].as_str();
    let is =
        |list: &[&str], t: &Option<String>| head(t).is_some_and(|h| list.contains(&h.as_str()));
    // "sacked" is of people, but for a place.
    if w.starts_with("sack") {
        return targets.iter().any(|t| is(PLACE_NOUNS, t));
    }
    // "after Jane Hutt was sacked": a name in words is someone.
    let capitalised = |t: &Option<String>| {
        t.as_deref()
            .and_then(|t| t.rsplit(' ').next())
            .is_some_and(|h| h.starts_with(char::is_uppercase))
    };
    let kept = |t: &Option<String>| {
        capitalised(t)
            || is(CONTENT_NOUNS, t)
            || is(PEOPLE_NOUNS, t)
            || head(t).is_some_and(|h| people_word(&h, lex))
    };
    let physical = w.starts_with("remov") || w.starts_with("pull");
    physical && !targets.is_empty() && !targets.iter().any(kept)
}

/// Activities that are suspended, halted for a time: no one removed (nor
/// when a text of [`DOCUMENT_NOUNS`] is terminated).
const ACTIVITY_NOUNS: &[&str] = &[
    "trading",
    "production",
    "quota",
    "quotas",
    "payment",
    "payments",
    "talks",
    "operations",
    "flights",
    "service",
    "services",
    "decision",
    "campaign",
    "work",
    "construction",
    "sales",
    "exports",
    "imports",
    "deliveries",
    "shipments",
    "negotiations",
    "plan",
    "plans",
    "project",
    "programme",
    "program",
    "aid",
    "loans",
    "dealings",
    "search",
    "hearing",
    "trial",
    "match",
];

/// True when a passive "suspended" at `first` has an activity for its
/// subject, even one that names a company or body in a phrase after it:
/// "trading in the units of BenEquity Holdings was suspended", "Coffee
/// export quotas ... were suspended"; or a passive "terminated" a text ("its
/// agreement with Quill Resources Ltd has been terminated").
pub(super) fn activity_suspended(s: &Sentence, first: usize) -> bool {
    // "its agreement with Quill Resources has been terminated": a text ended.
    let terminated = s.lowered[first].starts_with("terminat");
    if !terminated && !s.lowered[first].starts_with("suspend") {
        return false;
    }
    let aux = aux_before(s, first);
    if !aux.be || aux.start == 0 {
        return false;
    }
    let Some((a, b)) = s.subject(aux.start).1 else { return false };
    // The subject's head: its last word before a preposition or comma.
    let end = (a..b)
        .find(|&k| {
            !s.toks[k].word || matches!(s.lowered[k].as_str(), "of" | "in" | "at" | "on" | "with")
        })
        .unwrap_or(b);
    if end <= a || BE.contains(&s.lowered[a].as_str()) {
        return false;
    }
    let head = s.lowered[end - 1].as_str();
    ACTIVITY_NOUNS.contains(&head) || (terminated && DOCUMENT_NOUNS.contains(&head))
}

/// Texts that call for or demand what they lay down: "the Baker Plan, which
/// called for net new bank lending", "The U.S. Plan calls for loans". A
/// requirement, not a request or order by anyone.
const DOCUMENT_NOUNS: &[&str] = &[
    "agreement",
    "accord",
    "plan",
    "proposal",
    "bill",
    "law",
    "legislation",
    "resolution",
    "treaty",
    "contract",
    "rules",
    "regulations",
    "budget",
    "package",
    "programme",
    "program",
    "pact",
    "constitution",
    "guidelines",
    "draft",
    "code",
    "scheme",
    "formula",
    "measure",
];

/// True when the subject of the verb phrase at `aux_start` is a text of
/// [`DOCUMENT_NOUNS`]: its last word, or the word a "which" or "that"
/// before the verb stands for.
pub(super) fn document_subject(s: &Sentence, aux_start: usize) -> bool {
    let head = match aux_start.checked_sub(1) {
        Some(rel) if matches!(s.lowered[rel].as_str(), "which" | "that") => {
            (0..rel).rev().find(|&k| s.toks[k].word)
        }
        // "The U.S. Plan calls for": the subject right before the verb phrase.
        // Not past "and": "have lived up to the pact and have asked".
        _ if matches!(s.lowered[aux_start].as_str(), "and" | "or") => None,
        _ => s.subject(aux_start).1.filter(|&(_, b)| b == aux_start).map(|(_, b)| b - 1),
    };
    head.is_some_and(|k| DOCUMENT_NOUNS.contains(&s.lowered[k].as_str()))
}
