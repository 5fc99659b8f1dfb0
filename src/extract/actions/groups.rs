//! Plural noun phrases that refer back to a list of names: "units of
//! Shearson, Salomon and Goldman had restricted ... The three firms were
//! restricting ..." → one actor per firm of the list.

use super::super::entities::EntityId;
use super::super::mentions::{Mention, MentionKind};
use super::super::ArticleState;
use super::Sentence;
use crate::lexicon::Lexicons;
use crate::model::ActorKind;

/// How many paragraphs back a list may be referred to.
const GROUP_REACH: usize = 6;

/// The last list of two or more names in the sentence, coordinated by
/// "and"/"or" ("Shearson, Salomon and Goldman"), as entities.
pub fn coordinated_names(s: &Sentence) -> Option<Vec<EntityId>> {
    // A list names two entities or more: most sentences name fewer.
    let named = |m: &&Mention| m.kind == MentionKind::Name && m.entity.is_some();
    s.mentions.iter().filter(named).nth(1)?;
    let mut last = None;
    let mut m = 0;
    while m < s.mentions.len() {
        let next_is_and = || {
            (s.mentions[m].end..(s.mentions[m].end + 3).min(s.toks.len()))
                .any(|k| matches!(s.lowered[k].as_str(), "and" | "or"))
        };
        if s.mentions[m].kind != MentionKind::Name || !next_is_and() {
            m += 1;
            continue;
        }
        let group = s.coordinated(m);
        let mut ids: Vec<EntityId> = Vec::new();
        for &g in &group {
            let named = s.mentions[g].kind == MentionKind::Name;
            match s.mentions[g].entity.filter(|_| named) {
                Some(e) if !ids.contains(&e) => ids.push(e),
                _ => {}
            }
        }
        if ids.len() >= 2 && ids.len() == group.len() {
            last = Some(ids);
        }
        m = group.last().map_or(m, |&g| g.max(m)) + 1;
    }
    last
}

/// The names a plural noun phrase refers to ("the three firms", "all three
/// firms", "both companies", "the firms"): the article's last list of names
/// when its size fits the number and its members fit the head noun.
pub fn group_names(np: &str, s: &Sentence, state: &ArticleState, lex: &Lexicons) -> Vec<String> {
    names_of_group(np, s, state, lex, false)
}

/// [`group_names`] of a phrase that counts its members ("the three men",
/// "both", "the pair"): an object or a passive's subject, where a bare plural
/// ("the committees were asked") is more often a new group.
fn counted_group_names(
    np: &str,
    s: &Sentence,
    state: &ArticleState,
    lex: &Lexicons,
) -> Vec<String> {
    names_of_group(np, s, state, lex, true)
}

fn names_of_group(
    np: &str,
    s: &Sentence,
    state: &ArticleState,
    lex: &Lexicons,
    counted: bool,
) -> Vec<String> {
    let Some((para, ids)) = &state.last_group else { return Vec::new() };
    if s.para < *para || s.para - para > GROUP_REACH {
        return Vec::new();
    }
    let words: Vec<String> = np.split_whitespace().map(str::to_lowercase).collect();
    // "Both were fined", "the two were arrested": the count alone.
    let alone = match words.as_slice() {
        [both] if both == "both" => Some(2),
        [the, n] if the == "the" => number_word(n),
        _ => None,
    };
    if let Some(n) = alone {
        return names_if(ids, n, state, |_| true);
    }
    let [first, .., head] = words.as_slice() else { return Vec::new() };
    let mut number = None;
    let mut rest = &words[1..words.len() - 1];
    match first.as_str() {
        "the" | "these" | "those" | "all" => {}
        "both" => number = Some(2),
        _ => return Vec::new(),
    }
    if let Some((w, tail)) = rest.split_first() {
        if let Some(n) = number_word(w) {
            number = Some(n);
            rest = tail;
        }
    }
    // "the three men", "the pair": people, counted by the head or the number.
    let people = PEOPLE_HEADS.iter().find(|(h, _)| h == head);
    let number = number.or(people.and_then(|&(_, n)| n));
    if counted && number.is_none() {
        return Vec::new();
    }
    if people.is_some() {
        let person = |k: Option<ActorKind>| k.is_none() || k == Some(ActorKind::Person);
        return match (number, rest.len() <= 1) {
            (Some(n), true) => names_if(ids, n, state, person),
            _ => Vec::new(),
        };
    }
    // "the three firms", "the two Wall Street firms": at most two modifiers.
    let Some(kinds) = head.strip_suffix('s').and_then(|sg| {
        lex.descriptors
            .get(sg)
            .or_else(|| sg.strip_suffix("ie").and_then(|b| lex.descriptors.get(&format!("{b}y"))))
    }) else {
        return Vec::new();
    };
    // "the firms" bare; "the three Wall Street firms" with a number, which names the list.
    let modifiers = if number.is_some() { 2 } else { 0 };
    if rest.len() > modifiers {
        return Vec::new();
    }
    // Every name must be of the head's kind ("firms": companies); an unknown kind
    // fits a head that is not for persons.
    let fits = |k: Option<ActorKind>| match k {
        Some(k) => kinds.contains(&k),
        None => !kinds.contains(&ActorKind::Person),
    };
    names_if(ids, number.unwrap_or(ids.len()), state, fits)
}

/// The names a verb's target stands for when it counts a list named before
/// ("Both were fined", "accused the three men"): `target_np` (an object's
/// words, which come without their article, when `object`), or the one
/// mention of `targets`.
pub(super) fn group_targets(
    s: &Sentence,
    targets: &[usize],
    target_np: Option<&str>,
    object: bool,
    noun_start: usize,
    state: &ArticleState,
    lex: &Lexicons,
) -> Vec<String> {
    match (targets, target_np) {
        ([], Some(np)) => match object && s.lowered.get(noun_start).is_some_and(|w| w == "the") {
            true => counted_group_names(&format!("the {np}"), s, state, lex),
            false => counted_group_names(np, s, state, lex),
        },
        (&[m], None) => group_mention(s, m, state, lex),
        _ => Vec::new(),
    }
}

/// [`group_names`] of a mention that is no name ("the three men"), with
/// its article.
fn group_mention(s: &Sentence, m: usize, state: &ArticleState, lex: &Lexicons) -> Vec<String> {
    let m = &s.mentions[m];
    if m.kind == MentionKind::Name || m.possessive {
        return Vec::new();
    }
    let the = m.first > 0 && s.lowered[m.first - 1] == "the";
    counted_group_names(s.slice(m.first - usize::from(the), m.end), s, state, lex)
}

/// Heads for people that refer back to a list, with the count a head says itself.
const PEOPLE_HEADS: &[(&str, Option<usize>)] =
    &[("men", None), ("women", None), ("people", None), ("pair", Some(2)), ("trio", Some(3))];

/// The names of the last list `ids` when it has `n` of them and the kind of
/// each `fits`.
fn names_if(
    ids: &[EntityId],
    n: usize,
    state: &ArticleState,
    fits: impl Fn(Option<ActorKind>) -> bool,
) -> Vec<String> {
    let all_fit = ids.len() == n && ids.iter().all(|&e| fits(state.entities.get(e).kind));
    match all_fit {
        true => ids.iter().map(|&e| state.entities.get(e).name.clone()).collect(),
        false => Vec::new(),
    }
}

fn number_word(w: &str) -> Option<usize> {
    let n = match w {
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        _ => w.parse().ok()?,
    };
    Some(n)
}
