//! Action nouns: "Russia's ban on X".

use super::super::ArticleState;
use super::args::{emit, names, object_after};
use super::Sentence;
use crate::lexicon::ActionVerb;
use crate::model::Claim;

/// "Russia's ban on X", "Russia’s restriction of Twitter".
pub(super) fn noun_action(
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
