//! Targets the sentence gives around an action rather than after it:
//! "Poland says U.S. sanctions have cost its economy 15 billion dlrs", "The
//! U.S. imposed the measures and withdrew MFN status from Poland". Sanctions
//! are imposed by one state on another, so when the sanction names no target
//! and the sentence names exactly one other state, that state is its target.

use super::super::mentions::Mention;
use super::Sentence;
use crate::extract::ArticleState;
use crate::model::{ActorKind, Claim};

/// Gives the sanctions among `claims` (this sentence's) that have an actor
/// and no target the one other state the sentence names, if there is one.
pub(super) fn sanctioned_state(s: &Sentence, state: &ArticleState, claims: &mut [Claim]) {
    for c in claims.iter_mut() {
        if c.action.as_deref() != Some("sanction") || c.target.is_some() {
            continue;
        }
        let Some(actor) = c.actor.as_deref() else { continue };
        let entities =
            || s.mentions.iter().filter_map(|m| Some((m, state.entities.get(m.entity?))));
        // A state or a body of states imposes sanctions ("Western" is no actor).
        let public = entities().any(|(_, e)| {
            e.name == actor
                && matches!(
                    e.kind,
                    Some(ActorKind::State | ActorKind::Government | ActorKind::International)
                )
        });
        if !public {
            continue;
        }
        // "Poland says", "status from Poland": a subject or the one sanctions
        // are "from", "on" or "against"; not a place ("studied in Switzerland").
        let acted_on = |m: &Mention| {
            !m.in_pp
                || m.first > 0
                    && matches!(s.lowered[m.first - 1].as_str(), "from" | "on" | "against")
        };
        let mut others = entities()
            .filter(|(m, e)| e.kind == Some(ActorKind::State) && e.name != actor && acted_on(m))
            .map(|(_, e)| e.name.as_str());
        let Some(first) = others.next() else { continue };
        if others.all(|o| o == first) {
            c.target = Some(first.to_string());
            c.rule = "action_sanction_other_state".into();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_sanction_without_a_target_falls_on_the_one_other_state_named() {
        const TEXT: &str = "Poland says U.S. sanctions have cost its economy 15 billion dlrs. \
            The U.S. imposed the measures and withdrew trading status from Poland in 1982. \
            Poland and Hungary say U.S. sanctions have cost them billions.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("United States", "sanction", "Poland", false),
            ("United States", "sanction", "Poland", false),
            ("United States", "sanction", "-", false),
        ];
        check(TEXT, EXPECTED);
    }
}
