//! The words that name an action's object where its names would mislead:
//! the deal an "of" phrase names ("blocked the planned merger of Delta and
//! Western"), the claim a denial is of ("denying reports of a truce"), kin
//! and possessed persons ("arrested Smith's wife", "the wife of X"), the
//! people accused before what they are accused of ("accused the men of
//! fraud"); and where an active verb's object starts.

use super::super::mentions::MentionKind;
use super::adjuncts::after_time_adjunct;
use super::args::NP_STOPS;
use super::np::noun_phrase_span;
use super::subject_words::people_word;
use super::verbs::shared_object;
use super::Sentence;
use crate::lexicon::{KeyedWord, Lexicons};

/// Where the object of an active verb of class `class` ending at `end`
/// starts (`object` when a split phrasal verb holds it).
pub(super) fn object_start(
    s: &Sentence,
    object: Option<usize>,
    end: usize,
    class: &str,
    lex: &Lexicons,
) -> usize {
    // "asked that Facebook remove ...": the one asked is the clause's subject.
    // "threatened to ban YouTube": the one threatened is the object of the threat.
    let start = match (object, s.lowered.get(end).map(KeyedWord::as_str)) {
        (Some(k), _) => k,
        (None, Some("that")) => end + 1,
        (None, Some("to")) if class == "threaten" => end + 2,
        // "condemned and prohibited torture": two verbs share the object.
        (None, Some("and" | "or")) if shared_object(s, end + 1) => end + 2,
        // "arrested over the past few months dozens of militants".
        _ => after_time_adjunct(s, end),
    };
    // "asked “people to stay away”", "accused “oil market manipulators”": a
    // quotation may open with the one acted on; not with what is called for.
    let quoted = start < s.toks.len() && s.is_quote_mark(start) && s.lowered[start - 1] != "for";
    let start = if quoted && quoted_party(s, start + 1, lex) { start + 1 } else { start };
    // "pleading for help from the Iraqi government": the one asked.
    match class {
        "request" => help_from(s, start).unwrap_or(start),
        _ => start,
    }
}

/// True when the quotation opening at token `k` names a party: it opens
/// with a name or a word for people ("“people to stay away”"), or its
/// first few words end in one ("“oil market manipulators”").
fn quoted_party(s: &Sentence, k: usize, lex: &Lexicons) -> bool {
    let party = |k: usize| s.mention_covering(k).is_some() || people_word(&s.lowered[k], lex);
    let close = (k..s.toks.len().min(k + 6)).find(|&c| s.is_quote_mark(c));
    k < s.toks.len() && s.toks[k].word && (party(k) || close.is_some_and(|c| c > k && party(c - 1)))
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
pub(super) const CLAIM_NOUNS: &[&str] = &[
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

/// Things a denial denies that are no claim but a tie to someone named
/// after them ("denied any link with China" -> "link", not China).
const DENIED_TIES: &[&str] = &[
    "link",
    "links",
    "contact",
    "contacts",
    "connection",
    "connections",
    "ties",
    "involvement",
    "role",
    "knowledge",
    "relationship",
    "affair",
    "complicity",
    "wrongdoing",
    "responsibility",
];

/// The claim (or, with `nouns`, the tie) an object phrase at `at` names
/// ("denying reports of a truce with the government" -> "reports"): what is
/// denied, in place of a name in what the claim is about.
fn claim_object(s: &Sentence, at: usize, nouns: &[&str]) -> Option<String> {
    let start = match s.lowered.get(at)?.as_str() {
        "the" | "a" | "an" | "these" | "those" | "any" | "all" | "his" | "her" | "its"
        | "their" => at + 1,
        _ => at,
    };
    let head = (start..(start + 3).min(s.toks.len()))
        .take_while(|&k| s.toks[k].word && s.tok(k).starts_with(char::is_lowercase))
        .find(|&k| nouns.contains(&s.lowered[k].as_str()))?;
    // "any of the claims", "as baseless reports": from the word after the
    // last determiner, "of" or "as".
    let start = (start..head)
        .rev()
        .find(|&k| matches!(s.lowered[k].as_str(), "of" | "the" | "as" | "these" | "those"))
        .map_or(start, |k| k + 1);
    Some(s.slice(start, head + 1).to_string())
}

/// What is asked for from someone, who is the one asked ("pleading for help
/// from the Iraqi government", "asked for assistance from the UN").
const ASKED_FROM: &[&str] =
    &["help", "assistance", "support", "aid", "protection", "cooperation", "intervention"];

/// The token after "from" when the object at `at` of a request is help
/// asked from someone ("for help from the Iraqi government").
pub(super) fn help_from(s: &Sentence, at: usize) -> Option<usize> {
    let word = |k: usize| s.lowered.get(k).map_or("", |w| w.as_str());
    let head = if matches!(word(at), "the" | "more" | "further" | "urgent") { at + 1 } else { at };
    (ASKED_FROM.contains(&word(head))
        && word(head + 1) == "from"
        && s.mention_at(head + 2).is_some())
    .then_some(head + 2)
}

/// The words that name the object at `at` of a verb of class `class` where
/// its names would mislead: the claim a denial or rejection is of ("denying
/// reports of a truce with the government"), the person a possessive names
/// ("arrested Smith's wife").
pub(super) fn object_words(s: &Sentence, at: usize, class: &str) -> Option<String> {
    match class {
        "deny" => claim_object(s, at, CLAIM_NOUNS).or_else(|| claim_object(s, at, DENIED_TIES)),
        "reject" => claim_object(s, at, CLAIM_NOUNS),
        "accuse" | "warn" => kin_of(s, at).or_else(|| charged_before_of(s, at)),
        _ => kin_of(s, at).or_else(|| possessed_person(s, at, class)),
    }
}

/// The unnamed people accused or warned before the "of" of what they are
/// accused or warned of ("accused the three men of fraud" -> "three men").
/// A phrase with an "of" of its own before that one is left to the names
/// ("accused the owners of the mill of lying").
fn charged_before_of(s: &Sentence, at: usize) -> Option<String> {
    // "charged a group of Japanese companies with": "with" says what of.
    let verb = at.checked_sub(1).map_or("", |k| s.lowered[k].as_str());
    if s.mention_at(at).is_some() || !(verb.starts_with("accus") || verb.starts_with("warn")) {
        return None;
    }
    let (a, b) = noun_phrase_span(s, at)?;
    if s.lowered.get(b).is_some_and(|w| w == "of") {
        return None;
    }
    let of = (a + 1..b).find(|&k| s.lowered[k] == "of")?;
    Some(s.slice(a, of).to_string())
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

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_tie_denied_is_the_target_not_the_name_after_it() {
        const TEXT: &str = "Thomas Lau denied any link with China. Acme Corp denied any \
                            contact with Mary Jones. Zorbex Inc denied the report.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Thomas Lau", "deny", "link", false),
            ("Acme Corp", "deny", "contact", false),
            ("Zorbex Inc", "deny", "report", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn help_asked_from_someone_asks_them() {
        const TEXT: &str =
            "Acme Corp asked for help from Zorbex Inc on Monday. Mary Jones asked for help.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Acme Corp", "request", "Zorbex Inc", false),
            ("Mary Jones", "request", "help", false),
        ];
        check(TEXT, EXPECTED);
    }
}
