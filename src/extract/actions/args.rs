//! The arguments of an action: objects, noun phrases, names; and the claims.

use super::super::mentions::{Mention, MentionKind};
use super::super::tokens::strip_possessive;
use super::super::ArticleState;
use super::modifiers::{modifies_noun, modifies_plural, plural_noun};
use super::Sentence;
use crate::lexicon::{ActionVerb, KeyedWord};
use crate::model::{ActorKind, Claim, ClaimKind};

/// The mentions right after the verb phrase: its object(s).
pub(super) fn object_after(s: &Sentence, end: usize) -> Vec<usize> {
    let end = s.past_scare_quote(end);
    let limit = (end + 6).min(s.toks.len());
    let quoted = end > 0 && s.toks[end - 1].quoted;
    // "restricted their business with Drexel": past a possessive to the partner after "with".
    let mut possessor = None;
    for k in end..limit {
        if s.toks[k].quoted != quoted {
            break;
        }
        if let Some(m) = s.mentions.iter().position(|m| m.first == k) {
            if s.mentions[m].possessive && possessor.is_none() {
                possessor = Some(m);
                continue;
            }
            if possessor.is_some() && s.lowered[k - 1] != "with" {
                break;
            }
            // "arrested several Islamic militants": the militants, in the phrase's words.
            if modifies_plural(s, &s.mentions[m]) || modifies_noun(s, &s.mentions[m]) {
                break;
            }
            // "charged members of the wealthy Belzberg family": the body the unnamed people
            // are of, as "a spokesperson for Meta" speaks for Meta.
            if let Some(body) = body_of(s, m) {
                return s.coordinated(body);
            }
            return s.coordinated(m);
        }
        let w = s.lowered[k].as_str();
        // "accused his predecessor, Barack Obama,": the name in apposition.
        let apposed = |k: usize| s.mention_at(k + 1).is_some_and(|m| m.kind == MentionKind::Name);
        if possessor.is_some() && w == "," && apposed(k) {
            let m = s.mentions.iter().position(|m| m.first == k + 1).unwrap_or_default();
            return vec![m];
        }
        // "suing four companies - Gazprom, Rosneft and ...": the list after a count;
        // "asked at least four countries, including the United States and ...".
        if matches!(w, "-" | "–" | "—" | ":") && counted(s, end, k) {
            return object_after(s, k + 1);
        }
        let including = w == "," && s.lowered.get(k + 1).is_some_and(|w| w == "including");
        if including && counted(s, end, k) {
            // Names, not people in words ("30 people, including 22 police officers").
            let listed = object_after(s, k + 2);
            let names = |m: &usize| {
                let m = &s.mentions[*m];
                m.entity.is_some() && matches!(m.kind, MentionKind::Name | MentionKind::Descriptor)
            };
            if !listed.is_empty() && listed.iter().all(names) {
                return listed;
            }
        }
        // "at least four countries": a quantifier, no place.
        if super::np::at_least(s, k) || k > end && super::np::at_least(s, k - 1) {
            continue;
        }
        // "restricting access to major blogging sites from within Iran": a place
        // or time adjunct ends the object before it reaches another name.
        let stop = !s.toks[k].word
            || matches!(w, "that" | "which" | "who" | "to" | "by" | "because" | "and" | "but")
            || matches!(w, "if" | "unless" | "when" | "while")
            || ADJUNCT_PREPOSITIONS.contains(&w)
            || possessor.is_some() && w != "with" && NP_STOPS.contains(&w);
        if stop {
            break;
        }
    }
    // "criticised his punishment": the punishment, not him (the words after the verb).
    // "the group's sympathizers" with no group to refer to: the words too.
    let named = possessor.filter(|&m| {
        let m = &s.mentions[m];
        m.kind != MentionKind::Pronoun && (m.kind != MentionKind::Descriptor || m.entity.is_some())
    });
    named.map(|m| s.coordinated(m)).unwrap_or_default()
}

/// A noun phrase without a name that closes a list of objects ("sued Rosneft
/// and the shell company which won", "sued Harcourt directors and advisers",
/// "investigating Sugarman and other firms"): its words, without the article.
pub(super) fn unnamed_conjunct(s: &Sentence, group: &[usize]) -> Option<String> {
    let &last = group.last()?;
    let mut k = s.mentions[last].end;
    if k < s.toks.len() && s.tok(k) == "," {
        k += 1;
    }
    if !matches!(s.lowered.get(k).map(KeyedWord::as_str), Some("and" | "or")) {
        return None;
    }
    let mut first = k + 1;
    if s.mention_at(first).is_some() || s.toks.get(first).is_none_or(|t| !t.word) {
        return None;
    }
    let opener = s.lowered[first].as_str();
    if matches!(opener, "the" | "a" | "an" | "its" | "their" | "his" | "her") {
        first += 1;
    } else if !matches!(opener, "other" | "several" | "some" | "all")
        && !plural_noun(opener)
        && !NUMBER_WORDS.contains(&opener)
    {
        return None;
    }
    let mut end = first;
    while end < s.toks.len() && end < first + 4 && s.toks[end].word && !s.toks[end].quoted {
        let w = s.lowered[end].as_str();
        let lower = s.tok(end).chars().next().is_some_and(char::is_lowercase);
        if NP_STOPS.contains(&w) || matches!(w, "or" | "but" | "not") || !lower {
            break;
        }
        // "and the company said": a clause, not a noun phrase.
        if w.ends_with("ed") || w.ends_with("ing") || w.ends_with("ly") {
            return None;
        }
        end += 1;
    }
    // The phrase must end at a boundary, not run on into a verb.
    let boundary =
        s.toks.get(end).is_none_or(|t| !t.word) || NP_STOPS.contains(&s.lowered[end].as_str());
    (end > first && boundary).then(|| s.slice(first, end).to_string())
}

/// True when the lower-case participle at `k` opens a reduced relative clause
/// ("militants suspected of", "people held in"): a preposition follows it.
pub(super) fn reduced_relative(s: &Sentence, k: usize) -> bool {
    let w = s.lowered[k].as_str();
    let lower = s.tok(k).starts_with(char::is_lowercase);
    let next = s.lowered.get(k + 1).map_or("", KeyedWord::as_str);
    lower
        && w.len() > 4
        && w.ends_with("ed")
        && matches!(next, "of" | "in" | "by" | "to" | "for" | "with" | "at")
}

/// The name after "of" that an anonymous mention ("members", "officials") belongs to.
fn body_of(s: &Sentence, m: usize) -> Option<usize> {
    let anon = &s.mentions[m];
    if anon.kind != MentionKind::Anonymous
        || s.lowered.get(anon.end).map(KeyedWord::as_str) != Some("of")
    {
        return None;
    }
    let body = s.mentions.iter().position(|n| {
        n.kind == MentionKind::Name && n.first > anon.end && n.first <= anon.end + 3
    })?;
    // Only articles and adjectives between "of" and the name.
    let plain = (anon.end + 1..s.mentions[body].first)
        .all(|k| s.toks[k].word && s.tok(k).chars().all(char::is_lowercase));
    plain.then_some(body)
}

/// Number words that count a plural ("four companies", "several units").
pub(super) const NUMBER_WORDS: &[&str] =
    &["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several"];

/// True when tokens `a..b` are a counted plural ("four companies", "two of its units").
fn counted(s: &Sentence, a: usize, b: usize) -> bool {
    (a..b).all(|k| s.toks[k].word)
        && b - a <= 4
        && (a..b).any(|k| {
            NUMBER_WORDS.contains(&s.lowered[k].as_str()) || s.lowered[k].parse::<u32>().is_ok()
        })
}

/// Prepositions that open a place or time adjunct, not a part of the object.
const ADJUNCT_PREPOSITIONS: &[&str] = &[
    "from",
    "within",
    "in",
    "at",
    "during",
    "since",
    "after",
    "before",
    "until",
    "amid",
    "despite",
    "across",
    "near",
    "throughout",
];

/// Words that end a noun phrase after the verb.
pub(super) const NP_STOPS: &[&str] = &[
    "to", "that", "which", "who", "from", "in", "on", "for", "with", "after", "because", "and",
    "of", "by", "as", "at", "over", "since", "until", "unless", "before", "while", "when", "if",
    "despite", "amid", "during", "through", "under", "is", "are", "was", "were", "had", "has",
    "have", "would", "will", "could", "there", "where", "whom", "whose", "not", "but", "or", "nor",
];

pub(super) fn names(
    s: &Sentence,
    mentions: &[usize],
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Vec<Option<String>> {
    let mut out = Vec::new();
    for &i in mentions {
        let m = &s.mentions[i];
        match super::context::group_they_stands_for(s, m, state) {
            Some(group) => out.extend(group.into_iter().map(Some)),
            None => out.extend(name_of(s, m, state, quote_speakers).map(Some)),
        }
    }
    out
}

pub(super) fn name_of(
    s: &Sentence,
    m: &Mention,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Option<String> {
    if m.first_person && m.quoted {
        let at = s.toks[m.first].start;
        return quote_speakers
            .iter()
            .find(|(a, b, _)| *a <= at && at < *b)
            .and_then(|(_, _, n)| n.clone());
    }
    if let Some(name) = super::reporter::reporter_of(s, m, state, quote_speakers) {
        return Some(name);
    }
    if let Some(group) = super::context::group_they_stands_for(s, m, state) {
        return group.into_iter().next();
    }
    match (m.entity, m.kind) {
        // "an Iraqi official denying", "the spokesman declined": the official
        // acts, in their words.
        (Some(_), _) if m.speaks_for => {
            let the = s.lowered[m.first] == "the" && m.end > m.first + 1;
            Some(s.slice(m.first + usize::from(the), m.end).to_string())
        }
        (Some(e), MentionKind::Name) => Some(
            super::institutions::court_of(s, m)
                .or_else(|| super::institutions::institution(s, m, state.entities.get(e)))
                .unwrap_or_else(|| state.entities.get(e).name.clone()),
        ),
        // "the government" of a country: the country's government ("Iran government").
        (Some(e), MentionKind::Descriptor) => {
            let e = state.entities.get(e);
            let head = s.lowered[m.end - 1].as_str();
            let head = strip_possessive(head).0;
            let rulers =
                e.kind == Some(ActorKind::State) && super::institutions::RULERS.contains(&head);
            Some(if rulers { format!("{} {head}", e.name) } else { e.name.clone() })
        }
        (Some(e), _) => Some(state.entities.get(e).name.clone()),
        (None, MentionKind::Anonymous) => Some(s.slice(m.first, m.end).to_string()),
        // "The Lebanese army" with nothing to refer back to: its words.
        (None, MentionKind::Descriptor) => {
            let first = if matches!(s.lowered[m.first].as_str(), "the" | "this") {
                m.first + 1
            } else {
                m.first
            };
            // "the government's probe": the body, without the possessive ending.
            let words = strip_possessive(s.slice(first, m.end)).0;
            Some(words.to_string()).filter(|w| !w.is_empty())
        }
        _ => None,
    }
}

#[allow(clippy::too_many_arguments)]
pub(super) fn emit(
    s: &Sentence,
    verb_tok: usize,
    verb: &ActionVerb,
    actors: &[Option<String>],
    targets: &[Option<String>],
    negated: bool,
    possible: bool,
    rule: &str,
    out: &mut Vec<Claim>,
) {
    if actors.iter().all(Option::is_none) && targets.iter().all(Option::is_none) {
        return;
    }
    let dedupe = |v: &[Option<String>]| {
        let mut out: Vec<Option<String>> = Vec::new();
        for x in v {
            if !out.contains(x) {
                out.push(x.clone());
            }
        }
        if out.is_empty() {
            out.push(None);
        }
        out
    };
    let (actors, targets) = (dedupe(actors), dedupe(targets));
    for actor in &actors {
        for target in &targets {
            if actor.is_some() && actor == target {
                continue;
            }
            let mut c = Claim::new("", ClaimKind::Action, rule);
            c.content = s.as_str().to_string();
            c.sentence = c.content.clone();
            c.start = s.range.start;
            c.end = s.range.end;
            c.actor = actor.clone();
            c.target = target.clone();
            c.action = Some(verb.class.clone());
            c.cameo = Some(verb.cameo.clone()).filter(|c| !c.is_empty());
            c.negated = negated;
            c.cue = Some(s.tok(verb_tok).to_string());
            c.modality = possible.then(|| "possible".to_string());
            out.push(c);
        }
    }
}
