//! Targets the context gives rather than the words after the action.
//! - The sentence: "Poland says U.S. sanctions have cost its economy 15
//!   billion dlrs". Sanctions are imposed by one state on another, so when
//!   the sanction names no target and the sentence names exactly one other
//!   state, that state is its target.
//! - The sentence before: "The Lebanese security forces have cracked down
//!   ... They have arrested dozens": "they" is that unnamed group.
//! - The article: "British Printing said it filed the suit after consultation
//!   with its advisers". One sues, sanctions, fines or investigates someone:
//!   with no one named, it is the one the same actor did it to last.

use super::super::mention_words::{is_preposition, plural_form, AUXILIARY_LIST};
use super::super::mentions::{Mention, MentionKind};
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

/// The people a "they" in the sentences after this one refers to, before
/// any name: the actor of `claims` (one sentence's actions) that is an
/// unnamed plural group in words ("The Lebanese security forces",
/// "police"), or the list of two people or more the sentence opens with
/// ("Abu Talib and Muhammad ibn Muazzam, both in their mid-20s, allege").
pub fn people_subject(s: &Sentence, claims: &[Claim], state: &ArticleState) -> Option<Vec<String>> {
    let unnamed = claims.iter().filter(|c| c.rule == "action_active").find_map(|c| {
        let actor = c.actor.as_deref()?;
        let head = actor.rsplit(' ').next()?;
        let plural = head.len() > 3 && head.ends_with('s') && head.starts_with(char::is_lowercase);
        (plural && state.entities.kind_by_name(actor).is_none()).then(|| actor.to_string())
    });
    unnamed.map(|g| vec![g]).or_else(|| listed_people(s, state)).or_else(|| plural_subject(s))
}

/// An unnamed plural group that opens the sentence as its subject, behind
/// at most three modifiers ("Five Russian soldiers were killed").
fn plural_subject(s: &Sentence) -> Option<Vec<String>> {
    let m = s.mentions.first()?;
    // An unnamed group first: most sentences open otherwise.
    let unnamed = m.kind == MentionKind::Anonymous && m.entity.is_none() && !m.in_pp;
    if !unnamed || m.first > 3 {
        return None;
    }
    let head = s.lowered[m.end - 1].as_str();
    let plural = plural_form(head);
    let modifiers = (0..m.first).all(|k| {
        let w = &s.lowered[k];
        s.toks[k].word && !is_preposition(w) && !AUXILIARY_LIST.holds(w) && w != "they"
    });
    let verb_after = s.toks.get(m.end).is_some_and(|t| t.word)
        && !is_preposition(&s.lowered[m.end])
        && s.lowered[m.end] != "and";
    (plural && modifiers && verb_after).then(|| vec![s.slice(m.first, m.end).to_string()])
}

/// The people of a list that opens the sentence as its subject.
fn listed_people(s: &Sentence, state: &ArticleState) -> Option<Vec<String>> {
    // A list is of two mentions or more: most sentences have no second.
    let first = s.mentions.first().filter(|_| s.mentions.len() >= 2)?;
    let opens = first.kind == MentionKind::Name
        && !first.in_pp
        && !first.possessive
        && (0..first.first).all(|k| !s.toks[k].word);
    if !opens {
        return None;
    }
    let group = s.coordinated(0);
    // Fewer than two items: no names to copy.
    if group.len() < 2 {
        return None;
    }
    let people: Option<Vec<String>> = group
        .iter()
        .map(|&g| {
            let m = &s.mentions[g];
            let e = state.entities.get(m.entity?);
            let person = e.is_person() || e.kind.is_none();
            (m.kind == MentionKind::Name && person).then(|| e.name.clone())
        })
        .collect();
    people.filter(|p| p.len() >= 2)
}

/// "The Lebanese security forces have cracked down on the group's
/// sympathizers. They have arrested dozens", "Abu Talib and Muhammad
/// Muazzam ... MI5 agents accused them": a "they" or "them" (mention `m`)
/// shortly after an unnamed group or a list of people was a subject is that
/// group, or each of those people, not a name inside its sentence.
pub(super) fn group_they_stands_for(
    s: &Sentence,
    m: &Mention,
    state: &ArticleState,
) -> Option<Vec<String>> {
    let pronoun = m.kind == MentionKind::Pronoun && !m.quoted;
    let word = s.lowered[m.first].as_str();
    if !pronoun || !matches!(word, "they" | "them") {
        return None;
    }
    // "Talib and Muazzam allege they were threatened": the list before it in
    // its own sentence ("them" there would be others than its subject).
    if word == "they" {
        if let Some(people) = listed_people(s, state).filter(|_| m.first > s.mentions[0].end) {
            return Some(people);
        }
    }
    // "ISIS militants ... are preparing ... as they cut off": a subject of
    // its own sentence that the pronoun found comes before an earlier group;
    // not for "them", which is someone else than its clause's subject.
    let own_subject = word == "they"
        && s.mentions
            .iter()
            .any(|e| e.first < m.first && !e.in_pp && e.entity.is_some() && e.entity == m.entity);
    let (at, group) = state.last_people_subject.as_ref()?;
    (!own_subject && s.toks[m.first].start.saturating_sub(*at) < 400).then(|| group.clone())
}

/// Classes that always act on someone, so a claim of them without a target
/// refers back to its actor's last one.
const TARGETED: &[&str] = &["sue", "sanction", "fine", "investigate"];

/// Gives the claims among `new` (this sentence's) of a [`TARGETED`] class
/// that have an actor and no target the target of the latest of `earlier`
/// (the article's claims so far) with the same actor and class.
pub(super) fn earlier_target(earlier: &[Claim], new: &mut [Claim]) {
    for c in new.iter_mut() {
        let class = c.action.as_deref().unwrap_or("");
        if !TARGETED.contains(&class) || c.target.is_some() || c.actor.is_none() {
            continue;
        }
        let same = |e: &&Claim| e.action == c.action && e.actor == c.actor && e.target.is_some();
        // The first target of that sentence: "sued Harcourt, its directors and
        // advisers" is first of all a suit against Harcourt.
        let Some(last) = earlier.iter().rev().find(same) else { continue };
        let first = earlier.iter().find(|e| e.start == last.start && same(e)).unwrap_or(last);
        c.target.clone_from(&first.target);
        c.rule = "action_target_from_earlier".into();
    }
}

/// What a court or authority does on someone's complaint: "issued an
/// injunction barring UCPB ... on a petition filed by Eduardo Cojuangco".
const ON_COMPLAINT: &[&str] = &["ban", "block", "order", "restrict", "fine"];

/// A suit of `new` (one sentence's claims) that names no one is against the
/// one a [`ON_COMPLAINT`] act of another actor in its sentence acts on.
pub(super) fn suit_in_sentence(new: &mut [Claim]) {
    let acted_on = new.iter().find_map(|c| {
        let class = c.action.as_deref().unwrap_or("");
        ON_COMPLAINT.contains(&class).then(|| c.target.clone().map(|t| (c.actor.clone(), t)))?
    });
    let Some((ruler, target)) = acted_on else { return };
    for c in new.iter_mut() {
        let bare = c.action.as_deref() == Some("sue") && c.target.is_none();
        if bare && c.actor.is_some() && c.actor != ruler {
            c.target = Some(target.clone());
            c.rule = "action_target_in_sentence".into();
        }
    }
}

/// "issued an injunction barring UCPB", "an Appeals Court injunction
/// blocking the merger": the order is the ban or block its gerund says; an
/// order of the same actor that names no one (`claims[from..]`, one
/// sentence's) is dropped.
pub(super) fn drop_bare_orders(claims: &mut Vec<Claim>, from: usize) {
    let realized: Vec<Option<String>> = claims[from..]
        .iter()
        .filter(|c| c.rule == "action_gerund_adjunct" && c.target.is_some())
        .map(|c| c.actor.clone())
        .collect();
    if realized.is_empty() {
        return;
    }
    let mut k = 0;
    claims.retain(|c| {
        k += 1;
        let bare = c.action.as_deref() == Some("order") && c.target.is_none();
        k <= from || !(bare && realized.contains(&c.actor))
    });
}

/// "if Washington imposes trade sanctions against Tokyo as it has threatened":
/// a threat whose subject (`actors`, one mention) follows "as" threatens the
/// one the clause before acts against.
pub(super) fn threatened_before(s: &Sentence, actors: &[usize]) -> Option<usize> {
    let &[subject] = actors else { return None };
    let as_at = s.mentions[subject].first.checked_sub(1)?;
    if s.lowered[as_at] != "as" {
        return None;
    }
    s.mentions.iter().rposition(|m| {
        m.end <= as_at
            && m.first > 0
            && matches!(s.lowered[m.first - 1].as_str(), "against" | "on")
            && !m.possessive
    })
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_sanction_without_a_target_falls_on_the_one_other_state_named() {
        const TEXT: &str = "Poland says U.S. sanctions have cost its economy 15 billion dlrs. \
            The U.S. imposed the measures and withdrew trading status from Poland in 1982.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("United States", "sanction", "Poland", false),
            ("United States", "sanction", "Poland", false),
        ];
        check(TEXT, EXPECTED);
        // Two other states: which one is not said.
        const TWO: &str = "Poland and Hungary say U.S. sanctions have cost them billions.";
        check(TWO, &[("United States", "sanction", "-", false)]);
    }

    #[test]
    fn a_suit_filed_with_no_one_named_is_against_the_last_one_sued() {
        const TEXT: &str = "Acme Corp said it sued Harcourt Brace Jovanovich, its directors \
            and advisers. Acme said it filed the suit after consultation with its lawyers.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Acme Corp", "sue", "Harcourt Brace Jovanovich", false),
            ("Acme Corp", "sue", "directors", false),
            ("Acme Corp", "sue", "advisers", false),
            ("Acme Corp", "sue", "Harcourt Brace Jovanovich", false),
        ];
        check(TEXT, EXPECTED);
    }
}
