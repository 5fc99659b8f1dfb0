//! Actions that their object undoes: a plant shut down ("shut down two
//! silver properties"), a state of affairs restored or shut down ("restores
//! public trust", "shut down this allegation"), an activity suspended
//! ("suspended interest payments"). The verb is the lexicon's, but no one is
//! blocked, restored or removed.

use super::super::mentions::MentionKind;
use super::args::NP_STOPS;
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
        super::subjects::people_noun(&w, lex)
            || STANDING_NOUNS.contains(&w.as_str())
            || super::subjects::PEOPLE.contains(&w.as_str())
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

/// Deals whose parties an "of" phrase names: "blocked the planned merger of
/// Delta and Western" blocks the merger, not the airlines.
const DEAL_NOUNS: &[&str] =
    &["merger", "mergers", "takeover", "acquisition", "sale", "purchase", "deal", "bid"];

/// The deal an object phrase at `at` names before its "of" ("the planned
/// merger of X and Y" -> "planned merger"): the target, in place of the
/// names after "of".
pub(super) fn deal_object(s: &Sentence, at: usize) -> Option<String> {
    let start = match s.lowered.get(at)?.as_str() {
        "the" | "a" | "an" | "its" | "their" | "his" | "her" => at + 1,
        _ => at,
    };
    let head = (start..(start + 3).min(s.toks.len())).find(|&k| {
        DEAL_NOUNS.contains(&s.lowered[k].as_str())
            && s.lowered.get(k + 1).is_some_and(|w| w == "of")
    })?;
    let plain = (start..=head).all(|k| s.toks[k].word && s.tok(k).starts_with(char::is_lowercase));
    // Only parties by name: "the sale of petrol" stays a phrase of its own.
    let party = |k: usize| s.mention_at(k).is_some_and(|m| m.kind == MentionKind::Name);
    let named =
        party(head + 2) || (s.lowered.get(head + 2).is_some_and(|w| w == "the") && party(head + 3));
    (plain && named).then(|| s.slice(start, head + 1).to_string())
}

/// Nouns of what is said or thought, which a denial or rejection is of
/// ("rejected calls for the publication of advice": the calls).
const CLAIM_NOUNS: &[&str] = &[
    "call",
    "calls",
    "report",
    "reports",
    "allegation",
    "allegations",
    "claim",
    "claims",
    "charge",
    "charges",
    "accusation",
    "accusations",
    "rumour",
    "rumours",
    "rumor",
    "rumors",
    "suggestion",
    "suggestions",
    "speculation",
    "idea",
    "ideas",
    "notion",
    "notions",
];

/// The claim an object phrase at `at` names ("denying reports of a truce with
/// the government" -> "reports"): what is denied, in place of a name in
/// what the claim is about.
fn claim_object(s: &Sentence, at: usize) -> Option<String> {
    let start = match s.lowered.get(at)?.as_str() {
        "the" | "a" | "an" | "these" | "those" | "any" | "all" | "his" | "her" | "its"
        | "their" => at + 1,
        _ => at,
    };
    let head = (start..(start + 3).min(s.toks.len()))
        .take_while(|&k| s.toks[k].word && s.tok(k).starts_with(char::is_lowercase))
        .find(|&k| CLAIM_NOUNS.contains(&s.lowered[k].as_str()))?;
    // "any of the claims", "as baseless reports": from the word after the
    // last determiner, "of" or "as".
    let start = (start..head)
        .rev()
        .find(|&k| matches!(s.lowered[k].as_str(), "of" | "the" | "as" | "these" | "those"))
        .map_or(start, |k| k + 1);
    Some(s.slice(start, head + 1).to_string())
}

/// The words that name the object at `at` of a verb of class `class` where
/// its names would mislead: the claim a denial or rejection is of ("denying
/// reports of a truce with the government"), the person a possessive names
/// ("arrested Smith's wife").
pub(super) fn object_words(s: &Sentence, at: usize, class: &str) -> Option<String> {
    match class {
        "deny" | "reject" => claim_object(s, at),
        _ => kin_of(s, at).or_else(|| possessed_person(s, at, class)),
    }
}

/// Words for kin and for those who act for one person, whom "the X of"
/// a name names ("the wife of Abu Bakr al-Baghdadi", "the parents of
/// Stefan Pakeerah"): the person is the party, not the name after "of".
/// Leaders and officials are not here: "the head of the SEC" acts for it.
pub(super) const KIN_OF: &[&str] = &[
    "wife",
    "husband",
    "widow",
    "son",
    "sons",
    "daughter",
    "daughters",
    "brother",
    "brothers",
    "sister",
    "sisters",
    "father",
    "mother",
    "parents",
    "child",
    "children",
    "family",
    "relatives",
    "girlfriend",
    "boyfriend",
    "lawyer",
    "lawyers",
    "bodyguard",
    "bodyguards",
];

/// The words of "(the) <kin> of <name>" at `at` ("wife of Abu Bakr
/// al-Baghdadi"): the party the phrase names.
pub(super) fn kin_of(s: &Sentence, at: usize) -> Option<String> {
    let word = |k: usize| s.lowered.get(k).map_or("", |w| w.as_str());
    let head = at + usize::from(matches!(word(at), "the" | "a" | "an"));
    if !KIN_OF.contains(&word(head)) || word(head + 1) != "of" {
        return None;
    }
    // "the parents of 14-year-old Stefan Pakeerah": past lower-case modifiers.
    let modifiers = (head + 2..(head + 5).min(s.toks.len()))
        .take_while(|&j| s.toks[j].word && !s.toks[j].capitalised && s.mention_at(j).is_none())
        .count();
    let first = head + 2 + modifiers;
    let name = s.mentions.iter().find(|m| m.first == first && m.kind == MentionKind::Name)?;
    // "the wife of Islamic State (ISIS) leader Abu Bakr al-Baghdadi": on to
    // the person the body's name and a role qualify.
    let mut k = name.end;
    if word(k) == "(" && word(k + 2) == ")" {
        k += 3;
    }
    let roles = (k..(k + 3).min(s.toks.len()))
        .take_while(|&j| s.toks[j].word && s.tok(j).starts_with(char::is_lowercase))
        .count();
    let person = (roles > 0)
        .then(|| s.mentions.iter().find(|m| m.first == k + roles && m.kind == MentionKind::Name))
        .flatten();
    Some(s.slice(head, person.unwrap_or(name).end).to_string())
}

/// Classes that act on a person, whom a possessive object names by its noun
/// ("arrested Smith's wife", "fined Acme's chief executive"), where "blocked
/// Facebook's messaging service" acts on the possessor.
const ON_PERSONS: &[&str] = &["arrest", "fine", "remove", "accuse", "sue", "threaten"];

/// The words of a possessive name and the people noun it governs, as the
/// object at `at` of a verb of class `class` ("VW's former chief foreign
/// exchange dealer", "al-Baghdadi's wife").
fn possessed_person(s: &Sentence, at: usize, class: &str) -> Option<String> {
    let word = |k: usize| s.lowered.get(k).map_or("", |w| w.as_str());
    // "ordered the arrest of X's dealer": the arrest's object.
    let the = usize::from(word(at) == "the");
    let ordered_arrest = word(at + the) == "arrest" && word(at + the + 1) == "of";
    if !ON_PERSONS.contains(&class) && !ordered_arrest {
        return None;
    }
    let at = if ordered_arrest { at + the + 2 } else { at + usize::from(word(at) == "of") };
    // A name's ("his wife and son" are two, as the pronoun's object reader splits them).
    let m = s
        .mentions
        .iter()
        .position(|m| m.first == at && m.possessive && m.kind != MentionKind::Pronoun)?;
    // The lower-case words after it, up to the last that names a person.
    let end = s.mentions[m].end;
    let head = (end..(end + 6).min(s.toks.len()))
        .take_while(|&k| {
            let w = s.lowered[k].as_str();
            s.toks[k].word && s.tok(k).starts_with(char::is_lowercase) && !NP_STOPS.contains(&w)
        })
        .filter(|&k| {
            let w = s.lowered[k].as_str();
            KIN_OF.contains(&w) || PERSON_HEADS.contains(&w)
        })
        .last()?;
    Some(s.slice(s.mentions[m].first, head + 1).to_string())
}

/// Nouns for a person a possessive names by job, past the kin of
/// [`KIN_OF`] ("Acme's chief executive", "VW's dealer").
const PERSON_HEADS: &[&str] = &[
    "aide",
    "aides",
    "executive",
    "chief",
    "dealer",
    "manager",
    "director",
    "spokesman",
    "spokeswoman",
    "employee",
    "employees",
    "staff",
    "officials",
    "official",
    "leader",
    "deputy",
    "adviser",
    "driver",
];

/// Keeps of the mentions `targets` after "deny" what is denied, or says
/// (false) that nothing is. What is denied is a claim, not what else a
/// pronoun may name ("denied it", "also denied them,"; "denied them access"
/// refuses people). A player or team
/// denied, with nothing after the name, is a save in a match report ("James
/// denied Damien Duff, Jiri Jarosik and Mateja Kezman, while ...", "denied
/// Gerrard with a last-ditch tackle"), no denial.
pub(super) fn keep_denied(s: &Sentence, verb_end: usize, targets: &mut Vec<usize>) -> bool {
    targets.retain(|&m| {
        let m = &s.mentions[m];
        let claim = s.toks.get(m.end).is_none_or(|t| !t.word);
        match s.lowered[m.first].as_str() {
            "it" => false,
            "them" => !claim,
            _ => true,
        }
    });
    let named = |m: usize| {
        let m = &s.mentions[m];
        m.kind == MentionKind::Name && !m.possessive
    };
    // Only a name right after the verb ("denies the existence of G-5" is no save).
    let right_after = targets.first().is_some_and(|&m| s.mentions[m].first == verb_end);
    if !right_after || !targets.iter().all(|&m| named(m)) {
        return true;
    }
    let after = targets.iter().map(|&m| s.mentions[m].end).max().unwrap_or(0);
    let word = |k: usize| s.lowered.get(k).map_or("", |w| w.as_str());
    // "denied Mr Yeo, his transport spokesman, said ...": an apposition.
    let apposition = word(after) == "," && matches!(word(after + 1), "his" | "her" | "the" | "a");
    let lower_word =
        s.toks.get(after).is_some_and(|t| t.word) && s.tok(after).starts_with(char::is_lowercase);
    apposition || lower_word && !matches!(word(after), "with" | "and" | "but" | "as" | "while")
}
