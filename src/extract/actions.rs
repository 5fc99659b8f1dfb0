//! Actions: actor – action – target, from verbs and nouns of the action lexicon.
//!
//! Active ("Russia blocked Twitter"), passive with and without an agent
//! ("Twitter has not been sanctioned by Roskomnadzor"), relative clauses ("the
//! regulator, which blocked"), participial adjuncts (", threatening to ban"),
//! negation, coordination (every actor × every target), and nouns with a
//! possessive actor ("Russia's ban on X"). Infinitives ("to ban") are not acts;
//! modals ("could ban") are kept with modality "possible".

use super::mentions::{Mention, MentionKind};
use super::sentence::Sentence;
use super::ArticleState;
use crate::lexicon::{ActionVerb, Lexicons, VerbSlot};
use crate::model::{Claim, ClaimKind};

const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s", "am"];
const HAVE: &[&str] = &["has", "have", "had", "having"];
const DO: &[&str] = &["did", "does", "do"];
const MODALS: &[&str] =
    &["could", "may", "might", "would", "will", "should", "can", "must", "shall", "'d", "'ll"];
const NEGATIONS: &[&str] = &["not", "never", "n't"];
const ADVERBS: &[&str] = &[
    "also",
    "already",
    "still",
    "just",
    "reportedly",
    "allegedly",
    "completely",
    "nearly",
    "or",
    "and",
    "then",
    "now",
    "even",
    "effectively",
    "partially",
    "fully",
    "later",
    "again",
    "repeatedly",
    "previously",
    "recently",
    "finally",
    "ever",
    "subsequently",
    "temporarily",
    "officially",
    "formally",
];
const RELATIVES: &[&str] = &["which", "who", "that"];

/// What stands before the verb.
#[derive(Debug, Default)]
struct Aux {
    be: bool,
    have: bool,
    doo: bool,
    modal: bool,
    negated: bool,
    infinitive: bool,
    /// Token index of the first auxiliary (or the verb).
    start: usize,
}

fn split_contraction(w: &str) -> (&str, bool) {
    match w.strip_suffix("n't") {
        Some("wo") => ("will", true),
        Some("ca") => ("can", true),
        Some(stem) => (stem, true),
        None => (w, false),
    }
}

fn aux_before(s: &Sentence, verb: usize) -> Aux {
    let mut aux = Aux { start: verb, ..Aux::default() };
    let mut k = verb;
    while k > 0 {
        let w = s.lowered[k - 1].as_str();
        if s.toks[k - 1].quoted != s.toks[verb].quoted {
            break;
        }
        let (stem, neg) = split_contraction(w);
        aux.negated |= neg
            || NEGATIONS.contains(&stem)
            || (stem == "longer" && k > 1 && s.lowered[k - 2] == "no");
        if BE.contains(&stem) {
            aux.be = true;
        } else if HAVE.contains(&stem) {
            aux.have = true;
        } else if DO.contains(&stem) {
            aux.doo = true;
        } else if MODALS.contains(&stem) {
            aux.modal = true;
        } else if stem == "to" {
            aux.infinitive = true;
            break;
        } else if !(NEGATIONS.contains(&stem)
            || ADVERBS.contains(&stem)
            || stem.ends_with("ly")
            || stem == "no"
            || stem == "longer")
        {
            break;
        }
        k -= 1;
        aux.start = k;
    }
    aux
}

/// Finds the actions of one sentence and appends them to `out`.
/// True when most words are capitalised: a headline, whose title case hides the grammar.
fn is_headline(s: &Sentence) -> bool {
    let words: Vec<&str> =
        (0..s.toks.len()).filter(|&i| s.toks[i].word).map(|i| s.tok(i)).collect();
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.len() >= 3 && caps * 10 >= words.len() * 7
}

/// True when the verb form at `i` is used as a noun ("the Facebook limits", "its ban").
fn noun_use(s: &Sentence, i: usize) -> bool {
    let before = |k: usize| {
        k > 0
            && matches!(
                s.lowered[k - 1].as_str(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "these"
                    | "those"
                    | "such"
                    | "any"
                    | "no"
            )
    };
    let determiner =
        |k: usize| matches!(s.lowered[k].as_str(), "the" | "a" | "an" | "its" | "their" | "this");
    before(i)
        || s.mentions
            .iter()
            .any(|m| m.end == i && (m.possessive || before(m.first) || determiner(m.first)))
}

pub fn actions(
    s: &Sentence,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) {
    if is_headline(s) {
        return;
    }
    let mut i = 0;
    while i < s.toks.len() {
        if !s.toks[i].word {
            i += 1;
            continue;
        }
        if let Some(m) = lex
            .action_verbs
            .longest(&s.lowered[i..])
            .filter(|m| m.value.slots.contains(&VerbSlot::Past) || !noun_use(s, i))
        {
            let end = i + m.words;
            verb_action(s, i, end, m.value, state, quote_speakers, keep_possible, out);
            i = end;
            continue;
        }
        if let Some((class, cameo)) = lex.action_nouns.get(&s.lowered[i]) {
            noun_action(s, i, class, cameo, state, out);
        }
        i += 1;
    }
}

#[allow(clippy::too_many_arguments)]
fn verb_action(
    s: &Sentence,
    first: usize,
    end: usize,
    verb: &ActionVerb,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) {
    let aux = aux_before(s, first);
    if aux.infinitive {
        return;
    }
    let has = |slot| verb.slots.contains(&slot);
    let passive = has(VerbSlot::Participle) && aux.be;
    let finite = has(VerbSlot::Past)
        || has(VerbSlot::ThirdPerson)
        || (has(VerbSlot::Participle) && aux.have)
        || (has(VerbSlot::Base) && (aux.doo || aux.modal));
    let progressive = has(VerbSlot::Gerund) && aux.be;
    let participial = has(VerbSlot::Gerund) && first > 0 && s.tok(first - 1) == ",";
    // A bare past participle after a noun is an adjective or reduced relative ("sites blocked in Russia").
    let reduced = has(VerbSlot::Participle) && !has(VerbSlot::Past) && !aux.have && !aux.be;
    if !(passive || finite || progressive || participial) || reduced {
        return;
    }
    let possible = aux.modal;
    if possible && !keep_possible {
        return;
    }
    let (actors, targets, rule) = if passive {
        let targets = s.subject_before(aux.start).map(|m| s.coordinated(m)).unwrap_or_default();
        let by = (end..(end + 4).min(s.toks.len())).find(|&k| s.lowered[k] == "by");
        let agent =
            by.and_then(|b| s.mentions.iter().position(|m| m.first > b && m.first <= b + 2));
        let actors = agent.map(|a| s.coordinated(a)).unwrap_or_default();
        (actors, targets, if agent.is_some() { "action_passive_by" } else { "action_passive" })
    } else {
        let (subject, rule) = if participial {
            (
                s.mentions.iter().position(|m| !m.in_pp && !m.in_parens && m.end <= first),
                "action_participial",
            )
        } else if aux.start > 0 && RELATIVES.contains(&s.lowered[aux.start - 1].as_str()) {
            let rel = aux.start - 1;
            (s.mentions.iter().rposition(|m| m.end <= rel && m.end + 2 >= rel), "action_relative")
        } else {
            let subject =
                s.subject_before(aux.start).filter(|&m| adjacent(s, s.mentions[m].end, aux.start));
            (subject, "action_active")
        };
        // "charged that ...", "warned that ..." report speech; "asked that X ..." still requests.
        if s.lowered.get(end).is_some_and(|w| w == "that")
            && !matches!(verb.class.as_str(), "request" | "order")
        {
            return;
        }
        let actors = subject.map(|m| s.coordinated(m)).unwrap_or_default();
        if actors.is_empty() {
            return;
        }
        // "asked that Facebook remove ...": the one asked is the clause's subject.
        // "threatened to ban YouTube": the one threatened is the object of the threat.
        let object_start = match s.lowered.get(end).map(String::as_str) {
            Some("that") => end + 1,
            Some("to") if verb.class == "threaten" => end + 2,
            _ => end,
        };
        (actors, object_after(s, object_start), rule)
    };
    let actor_names = names(s, &actors, state, quote_speakers);
    let mut target_names = names(s, &targets, state, quote_speakers);
    if target_names.is_empty() && !passive {
        target_names = noun_phrase_after(s, end).into_iter().map(Some).collect();
    }
    emit(s, first, verb, &actor_names, &target_names, aux.negated, possible, rule, out);
}

/// True when only punctuation, parentheses and comma-enclosed appositions stand
/// between the subject ending at `from` and the verb phrase starting at `to`.
fn adjacent(s: &Sentence, from: usize, to: usize) -> bool {
    let (mut depth, mut commas, mut loose_words) = (0i32, 0, 0);
    for k in from..to {
        match s.tok(k) {
            "(" => depth += 1,
            ")" => depth -= 1,
            "," => commas += 1,
            _ if s.toks[k].word && depth <= 0 && commas % 2 == 0 => loose_words += 1,
            _ => {}
        }
    }
    loose_words == 0
}

/// The mentions right after the verb phrase: its object(s).
fn object_after(s: &Sentence, end: usize) -> Vec<usize> {
    let limit = (end + 6).min(s.toks.len());
    let quoted = end > 0 && s.toks[end - 1].quoted;
    for k in end..limit {
        if s.toks[k].quoted != quoted {
            break;
        }
        if let Some(m) = s.mentions.iter().position(|m| m.first == k) {
            return s.coordinated(m);
        }
        let w = s.lowered[k].as_str();
        if !s.toks[k].word
            || matches!(w, "that" | "which" | "who" | "to" | "by" | "because" | "and" | "but")
        {
            break;
        }
    }
    Vec::new()
}

/// A short noun phrase after the verb when no actor is named there ("publications").
fn noun_phrase_after(s: &Sentence, end: usize) -> Option<String> {
    let mut k = end;
    let n = s.toks.len();
    let mut last = None;
    while k < n && k < end + 5 && s.toks[k].word {
        let w = s.lowered[k].as_str();
        if matches!(
            w,
            "to" | "that"
                | "which"
                | "who"
                | "from"
                | "in"
                | "on"
                | "for"
                | "with"
                | "after"
                | "because"
                | "and"
                | "of"
                | "by"
                | "as"
                | "at"
                | "over"
                | "since"
        ) {
            break;
        }
        last = Some(k);
        k += 1;
    }
    let last = last?;
    let first = if matches!(
        s.lowered[end].as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    ) {
        end + 1
    } else {
        end
    };
    (first <= last).then(|| s.slice(first, last + 1).to_string())
}

fn names(
    s: &Sentence,
    mentions: &[usize],
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Vec<Option<String>> {
    mentions
        .iter()
        .filter_map(|&i| name_of(s, &s.mentions[i], state, quote_speakers))
        .map(Some)
        .collect()
}

fn name_of(
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
    match (m.entity, m.kind) {
        (Some(e), _) => Some(state.entities.get(e).name.clone()),
        (None, MentionKind::Anonymous) => Some(s.slice(m.first, m.end).to_string()),
        _ => None,
    }
}

/// "Russia's ban on X", "Russia’s restriction of Twitter".
fn noun_action(
    s: &Sentence,
    noun: usize,
    class: &str,
    cameo: &str,
    state: &ArticleState,
    out: &mut Vec<Claim>,
) {
    let Some(actor) = s.mentions.iter().position(|m| m.possessive && m.end == noun) else { return };
    let prep = noun + 1;
    if prep >= s.toks.len() || !matches!(s.lowered[prep].as_str(), "on" | "of" | "against") {
        return;
    }
    let targets = object_after(s, prep + 1);
    let target_names = names(s, &targets, state, &[]);
    if target_names.is_empty() {
        return;
    }
    let actor_names = names(s, &[actor], state, &[]);
    let verb = ActionVerb { class: class.to_string(), cameo: cameo.to_string(), slots: Vec::new() };
    emit(s, noun, &verb, &actor_names, &target_names, false, false, "action_noun", out);
}

#[allow(clippy::too_many_arguments)]
fn emit(
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
