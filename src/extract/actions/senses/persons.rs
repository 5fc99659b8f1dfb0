//! The senses of "fire", "capture" and "charge with" that take a person:
//! "fired its chief" removes, "fired shots" does not; "Iraqi forces captured
//! al-Dulaimi" arrests, "rebels captured the town" does not; "charged with
//! fraud" accuses, "a panel charged with selling the assets" is given a duty.

use super::super::super::mention_words::is_preposition;
use super::super::super::mentions::{Mention, MentionKind};
use super::super::super::ArticleState;
use super::super::args::NP_STOPS;
use super::super::aux::BE;
use super::super::object_words::{CLAIM_NOUNS, KIN_OF};
use super::super::subject_words::{people_noun, PEOPLE};
use super::super::Sentence;
use super::lists::{DISMISSED_THINGS, PEOPLE_TAKEN, STATE_FORCES};
use super::{skipped, subject_end};
use crate::lexicon::Lexicons;
use crate::model::ActorKind;

/// True when "fire", "terminate" or "dismiss" at `i` removes a person (or an
/// account): the object is one ("fired its
/// former foreign exchange chief", "fired Junger", "fired him"), or the
/// passive's subject is ("Comey was fired", "who was fired from the NSC").
/// "fired shots", "fired an RPG", "fired at police", "fired up" are no
/// dismissals.
pub(super) fn dismissal(
    s: &Sentence,
    i: usize,
    end: usize,
    state: &ArticleState,
    lex: &Lexicons,
) -> bool {
    let person_named = |m: &Mention| names_a_person(m, state);
    let aimed = s.lowered.get(end).is_some_and(|w| FIRED_AT.contains(&w.as_str()));
    // "dismissed him as a crank", "dismissed central bank statements",
    // "did not dismiss employees' concerns", "the case against arbitrageur
    // Ivan Boesky was dismissed": judged, not removed.
    let judged = s.lowered[i].starts_with("dismiss")
        && (s.lowered[end..(end + 6).min(s.toks.len())].iter().any(|w| w == "as")
            || s.lowered[i.saturating_sub(8)..(end + 6).min(s.toks.len())].iter().any(|w| {
                DISMISSED_THINGS.contains(&w.as_str()) || CLAIM_NOUNS.contains(&w.as_str())
            }));
    if judged {
        return false;
    }
    let before = (0..i).rev().find(|&k| !skipped(&s.lowered[k]));
    if before.is_some_and(|k| BE.contains(&s.lowered[k].as_str())) {
        let subject = before.and_then(|k| (0..k).rev().find(|&j| !skipped(&s.lowered[j])));
        let person = subject.is_some_and(|j| {
            matches!(s.lowered[j].as_str(), "he" | "she" | "who")
                // "the case against Ivan Boesky was dismissed": the case.
                || s.mentions.iter().any(|m| m.end == j + 1 && person_named(m) && !m.in_pp)
        });
        return person && !aimed;
    }
    // The object: lower-case modifiers, then a person or a word for one.
    for k in end..(end + 5).min(s.toks.len()) {
        let w = s.lowered[k].as_str();
        let named = s.mention_at(k).is_some_and(person_named);
        // "terminate any account": a platform removes a user.
        let account = matches!(w, "account" | "accounts");
        if named || matches!(w, "him" | "her" | "them") || people_noun(w, lex) || account {
            return true;
        }
        let lower = s.tok(k).starts_with(char::is_lowercase);
        if !s.toks[k].word || !lower || FIRED_AT.contains(&w) || NP_STOPS.contains(&w) {
            return false;
        }
    }
    false
}

/// True when "capture" at `i..end` takes people: a person or people are its
/// object ("captured al-Dulaimi", "captured three soldiers") or come right
/// before it, its passive subject or a reduced relative's head ("he was
/// captured", "a woman and child captured by the army"), when no agent
/// other than a state's forces is named ("captured by ISIS" takes a hostage).
/// "Rebels captured the town" and "captured 20 pct of the market" arrest no
/// one.
pub(super) fn captive(
    s: &Sentence,
    i: usize,
    end: usize,
    state: &ArticleState,
    lex: &Lexicons,
) -> bool {
    let people = |w: &str| {
        lex.roles.contains(w)
            || PEOPLE.contains(&w)
            || [w, w.strip_suffix('s').unwrap_or(w)]
                .iter()
                .any(|w| KIN_OF.contains(w) || PEOPLE_TAKEN.contains(w))
            || matches!(w, "him" | "her" | "them" | "us" | "he" | "she" | "who")
    };
    let person = |k: usize| s.mention_at(k).is_some_and(|m| names_a_person(m, state));
    let before = subject_end(s, i);
    // A state's forces capture: the subject or the by-phrase says so.
    let forces = |k: usize| {
        STATE_FORCES.contains(&s.lowered[k].as_str())
            || s.mentions.iter().any(|m| {
                m.end == k + 1
                    && !m.possessive
                    && m.entity.is_some_and(|e| {
                        matches!(
                            state.entities.get(e).kind,
                            Some(ActorKind::Government | ActorKind::State)
                        )
                    })
            })
    };
    let by = s.lowered.get(end).is_some_and(|w| w == "by");
    // The by-phrase up to a preposition or punctuation ("by ISIS after going to Iraq").
    let by_forces = by
        && (end + 1..(end + 6).min(s.toks.len()))
            .take_while(|&k| s.toks[k].word && !is_preposition(&s.lowered[k]))
            .any(forces);
    // Passive ("were captured by") or a reduced relative ("child captured by").
    let be = |k: usize| BE.contains(&s.lowered[k].as_str());
    let passive = before.is_some_and(|b| (b + 1..i).any(be)) || by;
    // Without its agent, a person captured is held by someone unnamed ("he was
    // captured in Tripoli"); with one, only a state's forces arrest.
    if passive {
        return (by_forces || !by) && before.is_some_and(|k| people(&s.lowered[k]) || person(k));
    }
    if !before.is_some_and(forces) {
        return false;
    }
    // The object: lower-case modifiers and counts, then a person or people.
    for k in end..(end + 5).min(s.toks.len()) {
        if person(k) || people(&s.lowered[k]) {
            return true;
        }
        let lower =
            s.tok(k).starts_with(char::is_lowercase) || s.tok(k).starts_with(char::is_numeric);
        if !s.toks[k].word || !lower || NP_STOPS.contains(&s.lowered[k].as_str()) {
            return false;
        }
    }
    false
}

/// Words after "fire" that aim it ("fired at", "fired on", "fired up").
const FIRED_AT: &[&str] = &["at", "on", "into", "up", "back", "off", "upon", "shots", "shot"];

/// True when mention `m` names a person: a person's name, or a full name of
/// unknown kind ("Burkhard Junger"); not a pronoun nor a possessive ("inside
/// Wilson's cruiser").
fn names_a_person(m: &Mention, state: &ArticleState) -> bool {
    let e = m.entity.map(|e| state.entities.get(e));
    m.kind != MentionKind::Pronoun
        && !m.possessive
        && e.is_some_and(|e| match e.kind {
            Some(kind) => kind == ActorKind::Person,
            None => e.words.len() > 1,
        })
}

/// True when "charge" at `i..end` gives a duty, not an accusation: "with" and
/// a task ("is charged with ensuring that", "a panel charged with selling the
/// assets"), or a body charged ("The division was charged with ...").
pub(super) fn charged_with_a_duty(s: &Sentence, i: usize, end: usize) -> bool {
    if s.lowered.get(end).is_none_or(|w| w != "with") {
        return false;
    }
    let task = s.lowered.get(end + 1).is_some_and(|w| DUTIES.contains(&w.as_str()));
    let before = (0..i).rev().find(|&k| {
        let w = s.lowered[k].as_str();
        !(skipped(w) || BE.contains(&w) || w == "now")
    });
    task || before.is_some_and(|k| DUTY_BODIES.contains(&s.lowered[k].as_str()))
}

/// Tasks a person or body is charged with, as a duty ("charged with
/// ensuring that", "charged with selling the assets"); crimes are charged
/// otherwise ("charged with distributing steroids").
const DUTIES: &[&str] = &[
    "ensuring",
    "overseeing",
    "handling",
    "managing",
    "running",
    "testing",
    "developing",
    "implementing",
    "monitoring",
    "coordinating",
    "drafting",
    "reviewing",
    "supervising",
    "protecting",
    "promoting",
    "recovering",
    "selling",
    "finding",
    "thinking",
    "fleshing",
    "elaborating",
    "designing",
    "devising",
    "organising",
    "organizing",
    "administering",
    "enforcing",
    "regulating",
    "negotiating",
    "planning",
    "evaluating",
    "assessing",
    "advising",
    "leading",
    "drawing",
    "setting",
    "carrying",
    "looking",
    "examining",
    "studying",
    "investigating",
    "maintaining",
    "overhauling",
    "reforming",
    "compiling",
    "tackling",
    "improving",
    "rebuilding",
];

/// Bodies that are charged with a duty, not accused ("the division was
/// charged with", "a Philippine panel charged with").
const DUTY_BODIES: &[&str] = &[
    "panel",
    "committee",
    "commission",
    "division",
    "agency",
    "unit",
    "team",
    "body",
    "board",
    "council",
    "office",
    "department",
    "taskforce",
    "management",
    "ministry",
    "regulator",
    "watchdog",
    "bureau",
];
