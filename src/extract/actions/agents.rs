//! The two parties of a passive: its subject, the one acted on ("Police sources
//! said a senior policeman was arrested"), and its agent after "by", or the
//! body a possessive name governs ("by Spain's anti-violence commission");
//! and the "by" of an action noun past its target ("criticism of the Obama
//! administration by Republicans").

use super::super::mention_words::is_preposition;
use super::super::mentions::MentionKind;
use super::aux::{Aux, ADJUNCT_OPENERS, BE, HAVE, RELATIVES};
use super::mixed::mixed_list_before;
use super::np::noun_phrase_span;
use super::object_words;
use super::relatives::is_relative;
use super::shared::shared_subject;
use super::subject_words::{doers_plural, people_word, REPORTING};
use super::subjects::{adjacent, name_modifies_noun, passive_subject_phrase};
use crate::extract::sentence::Sentence;
use crate::lexicon::Lexicons;

/// The agent after "by" at `by`: its first mention, or the one a possessive
/// opens ("by India's Central Bureau of Investigation" → the bureau).
pub(super) fn agent_after(s: &Sentence, by: usize) -> Option<usize> {
    // "by human rights watchdog Reporters Without Borders": lower-case role
    // words first; not a preposition ("by police in Colombo").
    let lower_words = |a: usize, b: usize| {
        (a..b).all(|k| {
            s.toks[k].word
                && s.tok(k).chars().all(char::is_lowercase)
                && !is_preposition(&s.lowered[k])
        })
    };
    let m = s.mentions.iter().position(|m| {
        m.first > by && (m.first <= by + 2 || (m.first <= by + 5 && lower_words(by + 1, m.first)))
    })?;
    let head = s.mentions.iter().position(|h| h.first == s.mentions[m].end);
    // "by the state-oil company Petrobras": the name after its descriptor;
    // "of former Worldcom chief financial officer Scott Sullivan": the person
    // after a company's name and role.
    let described = s.mentions[m].kind == MentionKind::Descriptor
        && head.is_some_and(|h| s.mentions[h].kind == MentionKind::Name);
    let role_of = s.mentions.get(m + 1).filter(|n| {
        let end = s.mentions[m].end;
        s.mentions[m].kind == MentionKind::Name
            && !s.mentions[m].possessive
            && n.kind == MentionKind::Name
            && n.first > end
            && s.role_start(m + 1) == end
    });
    if role_of.is_some() {
        return Some(m + 1);
    }
    Some(if s.mentions[m].possessive || described { head.unwrap_or(m) } else { m })
}

/// The people after "by" at `by` when no name stands there ("arrested by
/// police", "by riot police", "by angry farmers"): the noun phrase's words,
/// when its head is a word for people ("by strikes", "by import
/// restrictions" and "by a lack of parts" are causes, not agents).
pub(super) fn people_after_by(s: &Sentence, by: usize, lex: &Lexicons) -> Option<String> {
    // "rejected by union bargainers": a doer's plural names people too.
    let people = |(_, b): (usize, usize)| {
        let w = s.lowered[b - 1].as_str();
        people_word(w, lex) || (doers_plural(w) && !NOT_DOERS.contains(&w))
    };
    let (a, b) = noun_phrase_span(s, by + 1)?;
    let joined = s.lowered.get(b).is_some_and(|w| w == "and" || w == "or");
    // "prohibited by state and federal confidentiality laws", "restricted by
    // the rules": a text in words of its own (not a bare "by law").
    let text_end = match joined {
        true => noun_phrase_span(s, b + 1).map(|(_, e)| e),
        false => Some(b),
    };
    if let Some(e) =
        text_end.filter(|&e| e > a + 1 && TEXT_AGENTS.contains(&s.lowered[e - 1].as_str()))
    {
        return Some(s.slice(a, e).to_string());
    }
    // "by union bargainers and shareholders": every conjunct names people.
    let other = || noun_phrase_span(s, b + 1).is_some_and(people);
    (people((a, b)) && (!joined || other())).then(|| s.slice(a, b).to_string())
}

/// Texts that act as the agent of a passive in their own words.
const TEXT_AGENTS: &[&str] = &[
    "law",
    "laws",
    "rules",
    "regulations",
    "legislation",
    "decree",
    "edict",
    "statute",
    "statutes",
    "treaty",
    "injunction",
    "ruling",
];

/// Plurals in -ers/-ors that name things, no agents ("restricted by orders").
const NOT_DOERS: &[&str] = &[
    "numbers",
    "orders",
    "factors",
    "papers",
    "powers",
    "matters",
    "computers",
    "letters",
    "waters",
    "centers",
    "centres",
    "borders",
    "errors",
    "sectors",
    "layers",
    "filters",
];

/// The words of a possessive name and the lower-case noun it governs when
/// no name follows ("Spain's anti-violence commission"), at most four words.
pub(super) fn possessed_words(s: &Sentence, m: usize) -> Option<String> {
    let m = &s.mentions[m];
    if !m.possessive || s.mention_at(m.end).is_some() {
        return None;
    }
    let end = (m.end..(m.end + 4).min(s.toks.len()))
        .take_while(|&k| {
            let w = s.tok(k);
            (s.toks[k].word || w == "-")
                && w.chars().next().is_some_and(|c| c.is_lowercase() || c == '-')
                && !super::args::NP_STOPS.contains(&s.lowered[k].as_str())
        })
        .last()?;
    Some(s.slice(m.first, end + 1).to_string())
}

/// The name that is the subject of the passive whose auxiliaries start at
/// `aux`: the one before it, or one shared with an earlier verb ("The
/// federation declined to act, but was then asked by X"). In "Police sources
/// said a senior policeman was arrested" or "for which import licenses have
/// been suspended" the words after the reporting verb or the relative are
/// the subject, not the name before them.
pub(super) fn passive_subject(s: &Sentence, aux: usize, lex: &Lexicons) -> Option<usize> {
    let near = |m: &usize| {
        let clause_between = (s.mentions[*m].end..aux).any(|k| {
            let w = s.lowered[k].as_str();
            REPORTING.contains(&w) || matches!(w, "which" | "that" | "who" | "whom")
        });
        !clause_between
            || adjacent(s, s.mentions[*m].end, aux)
            || passive_subject_phrase(s, aux, lex).is_none()
    };
    claim_owner(s, aux)
        .or_else(|| s.subject_before(aux).filter(near))
        .or_else(|| shared_subject(s, aux))
}

/// The parties of a passive, as [`passive_parties`] reads them.
pub(super) struct PassiveParties {
    /// The mentions acting and acted on, and the rule that found them.
    pub actors: Vec<usize>,
    pub targets: Vec<usize>,
    pub rule: &'static str,
    /// The words of an agent or a subject that is no name.
    pub actor_np: Option<String>,
    pub target_np: Option<String>,
    /// The unnamed items of a subject list that mixes them with names.
    pub target_words: Vec<String>,
    /// A passive adjunct ("after being fined", ", having been charged"),
    /// whose one acted on is the main clause's subject.
    pub adjunct: bool,
}

/// The parties of a passive whose auxiliaries are `aux` and whose verb ends
/// at `end`.
pub(super) fn passive_parties(
    s: &Sentence,
    aux: &Aux,
    end: usize,
    lex: &Lexicons,
) -> PassiveParties {
    // "Arsene Wenger, who was fined": the one the relative pronoun stands for.
    let relative = aux.start > 0 && is_relative(s, aux.start - 1, RELATIVES);
    let subject = if relative {
        let rel = aux.start - 1;
        s.mentions.iter().rposition(|m| m.end <= rel && m.end + 2 >= rel && !m.possessive)
    } else {
        passive_subject(s, aux.start, lex)
    };
    // "ISIS fighters were detained": the fighters, not the group.
    let subject = subject.filter(|&m| relative || !name_modifies_noun(s, m, aux.start));
    let mut targets = subject.map(|m| s.coordinated(m)).unwrap_or_default();
    // "Ms Mueller, Alkhani and the taxi driver were threatened": every item.
    let mixed = (!relative).then(|| mixed_list_before(s, aux.start)).flatten().unwrap_or_default();
    if !mixed.names.is_empty() {
        targets = mixed.names;
    }
    let by = (end..(end + 4).min(s.toks.len())).find(|&k| s.lowered[k] == "by");
    let agent = by.and_then(|b| agent_after(s, b));
    // "by Spain's anti-violence commission": the possessor's body, in its words;
    // "by the parents of Stefan Pakeerah": the parents.
    let actor_np = agent
        .and_then(|a| possessed_words(s, a))
        .or_else(|| by.and_then(|b| object_words::kin_of(s, b + 1)))
        .or_else(|| by.filter(|_| agent.is_none()).and_then(|b| people_after_by(s, b, lex)));
    let agent = agent.filter(|_| actor_np.is_none());
    let actors = agent.map(|a| s.coordinated(a)).unwrap_or_default();
    // "X is furious after being fined by Y": the one fined is the main clause's subject.
    // ", having been charged with fraud": so is the one of a participle.
    let adjunct = aux.start > 0
        && match s.lowered[aux.start].as_str() {
            "being" => ADJUNCT_OPENERS.contains(&s.lowered[aux.start - 1].as_str()),
            "having" => s.tok(aux.start - 1) == ",",
            _ => false,
        };
    let targets = match adjunct && targets.is_empty() {
        true => s.subject_before(aux.start - 1).map(|m| s.coordinated(m)).unwrap_or_default(),
        false => targets,
    };
    // "four men had been apprehended": the subject's words.
    let target_np = targets.is_empty().then(|| passive_subject_phrase(s, aux.start, lex)).flatten();
    let rule = match (relative, agent.is_some() || actor_np.is_some()) {
        (true, _) => "action_relative_passive",
        (false, true) => "action_passive_by",
        (false, false) => "action_passive",
    };
    let target_words = mixed.words;
    PassiveParties { actors, targets, rule, actor_np, target_np, target_words, adjunct }
}

/// Nouns of what someone said, which a "that" clause completes.
const CLAIM_NOUNS: &[&str] = &[
    "claim",
    "claims",
    "allegation",
    "allegations",
    "accusation",
    "accusations",
    "assertion",
    "suggestion",
    "charge",
    "charges",
    "report",
    "reports",
    "statement",
];

/// "Bellamy's claim that Souness had lied was denied": the owner of the
/// claim is acted on, not a name inside what it says.
fn claim_owner(s: &Sentence, aux: usize) -> Option<usize> {
    let that = (2..aux)
        .rev()
        .take_while(|&k| s.tok(k) != "," && !s.is_quote_mark(k))
        .find(|&k| s.lowered[k] == "that" && CLAIM_NOUNS.contains(&s.lowered[k - 1].as_str()))?;
    // The claim's clause has its own verb before the passive: "claim that
    // Souness had lied was denied", not "claim that suspects had been caught".
    let verb = |k: usize| {
        let w = s.lowered[k].as_str();
        w.ends_with("ed") || BE.contains(&w) || HAVE.contains(&w)
    };
    let clause_verb = (that + 1..aux).any(verb);
    s.mentions.iter().position(|m| m.possessive && m.end == that - 1).filter(|_| clause_verb)
}

/// Participles that carry a noun to its agent ("criticism voiced by").
const VOICED: &[&str] = &["voiced", "expressed", "raised", "made", "levelled", "leveled", "lodged"];

/// The "by" after the target phrase of the noun at `noun` ("of X by", "of X
/// voiced by"), before any verb or clause: "the probe of the company was
/// approved by the board" gives none.
pub(super) fn target_phrase_by(s: &Sentence, noun: usize) -> Option<usize> {
    let after = s.lowered.get(noun + 1)?;
    if !matches!(after.as_str(), "of" | "against" | "on" | "into") {
        return None;
    }
    let n = s.toks.len();
    let verb_like = |w: &str| {
        (w.ends_with("ed") && !VOICED.contains(&w))
            || matches!(
                w,
                "is" | "are" | "was" | "were" | "has" | "have" | "had" | "that" | "which" | "who"
            )
    };
    let by = (noun + 2..(noun + 12).min(n))
        .take_while(|&k| {
            (s.toks[k].word || s.mention_covering(k).is_some()) && !verb_like(&s.lowered[k])
        })
        .find(|&k| s.lowered[k] == "by")?;
    // "investigation into the murder of hostages by ISIL", "a ban on the
    // sharing of a name by a bank": "by" is the doer of the act the target
    // phrase names, not of the noun.
    let event = |w: &str| (w.len() > 4 && w.ends_with("ing")) || EVENT_NOUNS.contains(&w);
    let voiced = VOICED.contains(&s.lowered[by - 1].as_str());
    (voiced || !(noun + 2..by).any(|k| event(&s.lowered[k]))).then_some(by)
}

/// Nouns of acts in a target phrase, whose own doer a "by" after them names.
const EVENT_NOUNS: &[&str] = &[
    "murder",
    "murders",
    "attempt",
    "attempts",
    "sale",
    "sales",
    "purchase",
    "purchases",
    "investment",
    "investments",
    "payment",
    "payments",
    "intervention",
    "use",
    "acquisition",
    "acquisitions",
    "takeover",
    "bid",
    "bids",
];
