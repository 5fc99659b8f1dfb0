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
pub fn counted_group_names(
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
    match words.as_slice() {
        [both] if both == "both" => return fitting(ids, 2, None, state),
        [the, n] if the == "the" => {
            if let Some(n) = number_word(n) {
                return fitting(ids, n, None, state);
            }
        }
        _ => {}
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
    if counted && number.is_none() && !PEOPLE_HEADS.iter().any(|(h, n)| h == head && n.is_some()) {
        return Vec::new();
    }
    // "the three men", "the pair": people, counted by the head or the number.
    if let Some(&(_, counted)) = PEOPLE_HEADS.iter().find(|(h, _)| h == head) {
        let Some(n) = number.or(counted) else { return Vec::new() };
        return match rest.len() <= 1 {
            true => fitting(ids, n, Some(ActorKind::Person), state),
            false => Vec::new(),
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
    if rest.len() > modifiers || number.is_some_and(|n| n != ids.len()) {
        return Vec::new();
    }
    // Every name must be of the head's kind ("firms": companies); an unknown kind
    // fits a head that is not for persons.
    let fits = ids.iter().all(|&e| match state.entities.get(e).kind {
        Some(k) => kinds.contains(&k),
        None => !kinds.contains(&ActorKind::Person),
    });
    if !fits {
        return Vec::new();
    }
    ids.iter().map(|&e| state.entities.get(e).name.clone()).collect()
}

/// The names a verb's target stands for when it counts a list named before
/// ("Both were fined", "accused the three men"): `target_np` (an object's
/// words, which come without their article, when `object`), or the one
/// mention of `targets`.
pub(super) fn group_targets(
    s: &Sentence,
    targets: &[usize],
    target_np: &Option<String>,
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
pub fn group_mention(s: &Sentence, m: usize, state: &ArticleState, lex: &Lexicons) -> Vec<String> {
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

/// The names of the last list when it has `n` of them, each of `kind` or of
/// no known kind (the count has named the list).
fn fitting(
    ids: &[EntityId],
    n: usize,
    kind: Option<ActorKind>,
    state: &ArticleState,
) -> Vec<String> {
    let fits = |e: &EntityId| {
        let known = state.entities.get(*e).kind;
        kind.is_none() || known.is_none() || known == kind
    };
    match ids.len() == n && ids.iter().all(fits) {
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
