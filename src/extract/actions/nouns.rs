//! Action nouns with their actor in the noun phrase: "Russia's ban on X",
//! "the agency's widening probe into X", "U.S. sanctions against Japan",
//! "threats by the group", "criticism from environmental groups".

use super::super::mention_words::DAY_WORDS;
use super::super::mentions::MentionKind;
use super::super::ArticleState;
use super::args::{emit, names, noun_phrase_after, object_after};
use super::{agent_after, Sentence};
use crate::lexicon::ActionVerb;
use crate::model::{ActorKind, Claim};

/// Prepositions that introduce the target after the noun.
const TARGET_PREPS: &[&str] = &["on", "of", "against", "into", "to", "for", "with", "upon"];
/// Prepositions that introduce the actor after the noun.
const AGENT_PREPS: &[&str] = &["by", "from"];
/// Classes whose noun's possessor undergoes the action ("Khodorkovsky's arrest").
const PATIENT_CLASSES: &[&str] = &["arrest", "fine", "remove"];
/// How many words may stand between a possessive actor and its noun ("the agency's widening probe").
const MODIFIER_GAP: usize = 2;

/// The actor mention of the noun at `noun`: a possessive a few words before,
/// a modifier right before it that names a public body ("U.S. sanctions",
/// "SEC probes", "an administration ban"), or "by/from X" after it.
fn actor_of(
    s: &Sentence,
    noun: usize,
    class: &str,
    state: &ArticleState,
) -> Option<(usize, usize)> {
    let lower_words = |a: usize, b: usize| {
        (a..b).all(|k| s.toks[k].word && s.tok(k).chars().next().is_some_and(char::is_lowercase))
    };
    let possessive = s.mentions.iter().position(|m| {
        m.possessive && m.end <= noun && noun - m.end <= MODIFIER_GAP && lower_words(m.end, noun)
    });
    // "Friday's request": a day is no actor.
    let day = |m: usize| {
        DAY_WORDS.contains(
            &s.slice(s.mentions[m].first, s.mentions[m].end)
                .to_lowercase()
                .trim_end_matches("'s")
                .trim_end_matches("’s"),
        )
    };
    if let Some(m) = possessive.filter(|&m| !day(m)) {
        // "his arrest", "Comey's removal": the possessor undergoes it; "its own probe" re-mentions.
        let pronoun = s.mentions[m].kind == MentionKind::Pronoun;
        return (!pronoun && !PATIENT_CLASSES.contains(&class)).then_some((m, noun + 1));
    }
    let public = |m: usize| {
        let kind = s.mentions[m].entity.and_then(|e| state.entities.get(e).kind);
        matches!(
            kind,
            Some(
                ActorKind::Government
                    | ActorKind::State
                    | ActorKind::International
                    | ActorKind::Party
            )
        )
    };
    if let Some(m) = s.mentions.iter().position(|m| m.end == noun && !m.in_pp) {
        if public(m) {
            return Some((m, noun + 1));
        }
    }
    let by = noun + 1;
    if by < s.toks.len() && AGENT_PREPS.contains(&s.lowered[by].as_str()) {
        let agent = agent_after(s, by)?;
        return Some((agent, s.mentions[agent].end));
    }
    None
}

/// Emits the action of the noun at `noun` when its actor is stated.
pub(super) fn noun_action(
    s: &Sentence,
    noun: usize,
    class: &str,
    cameo: &str,
    state: &ArticleState,
    out: &mut Vec<Claim>,
) {
    let Some((actor, after)) = actor_of(s, noun, class, state) else { return };
    let actor_names = names(s, &[actor], state, &[]);
    if actor_names.is_empty() {
        return;
    }
    let mut target_names = Vec::new();
    if after < s.toks.len() && TARGET_PREPS.contains(&s.lowered[after].as_str()) {
        target_names = names(s, &object_after(s, after + 1), state, &[]);
        if target_names.is_empty() {
            target_names = noun_phrase_after(s, after + 1).into_iter().map(Some).collect();
        }
    }
    let verb = ActionVerb { class: class.to_string(), cameo: cameo.to_string(), slots: Vec::new() };
    emit(s, noun, &verb, &actor_names, &target_names, false, false, "action_noun", out);
}
