//! Action nouns with their actor in the noun phrase: "Russia's ban on X",
//! "the agency's widening probe into X", "U.S. sanctions against Japan",
//! "threats by the group", "criticism from environmental groups".

use super::super::mention_words::DAY_WORDS;
use super::super::mentions::{Mention, MentionKind};
use super::super::ArticleState;
use super::agents::{agent_after, target_phrase_by};
use super::args::{emit, names, object_after};
use super::np::noun_phrase_after;
use super::undergoers::{obeyer, phrase_before, target_of_phrase, under_before, under_target};
use super::Sentence;
use crate::lexicon::ActionVerb;
use crate::model::{ActorKind, Claim};

/// Prepositions that introduce the target after the noun.
const TARGET_PREPS: &[&str] = &["on", "of", "against", "into", "to", "for", "with", "upon"];
/// Prepositions that introduce the actor after the noun.
const AGENT_PREPS: &[&str] = &["by", "from"];
/// Classes whose noun's possessor undergoes the action ("Khodorkovsky's arrest").
const PATIENT_CLASSES: &[&str] = &["arrest", "fine", "remove"];
/// Adjectives of a measure between a state's name and its noun ("U.S. trade sanctions").
const MEASURE_ADJECTIVES: &[&str] = &[
    "economic",
    "trade",
    "financial",
    "new",
    "tough",
    "tougher",
    "fresh",
    "further",
    "additional",
    "punitive",
    "military",
    "diplomatic",
    "retaliatory",
    "unilateral",
    "arms",
];
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
        // "his arrest", "Comey's removal": the possessor undergoes it.
        let pronoun = s.mentions[m].kind == MentionKind::Pronoun;
        let acted = !pronoun || pronoun_acts(s, m, noun);
        // "General Acquisition repeated its request": the clause's named subject.
        let m = if pronoun && acted { clause_subject(s, m).unwrap_or(m) } else { m };
        return (acted && !PATIENT_CLASSES.contains(&class)).then_some((m, noun + 1));
    }
    let public = |m: usize| {
        matches!(
            kind_of(&s.mentions[m], state),
            Some(
                ActorKind::Government
                    | ActorKind::State
                    | ActorKind::International
                    | ActorKind::Party
            )
        )
    };
    // "U.S. sanctions", and past a few adjectives of a measure ("U.S. trade
    // sanctions", "U.S. and European economic sanctions").
    let adjectives = (noun.saturating_sub(2)..noun)
        .rev()
        .take_while(|&k| MEASURE_ADJECTIVES.contains(&s.lowered[k].as_str()))
        .count();
    let modifier_end = noun - adjectives;
    if let Some(m) = s.mentions.iter().position(|m| m.end == modifier_end && !m.in_pp) {
        if public(m) && (adjectives == 0 || !s.mentions[m].possessive) {
            return Some((m, noun + 1));
        }
    }
    // "warnings last week by Michael Bruno": past a time adjunct, "by" only
    // ("a major order last year from a U.S. retailer" is a purchase).
    let by = match super::adjuncts::after_time_adjunct(s, noun + 1) {
        k if k > noun + 1 && s.lowered.get(k).is_some_and(|w| w == "by") => k,
        _ => noun + 1,
    };
    if by < s.toks.len() && AGENT_PREPS.contains(&s.lowered[by].as_str()) {
        let agent = agent_after(s, by)?;
        return Some((agent, s.mentions[agent].end));
    }
    // "criticism of the Obama administration by Republicans", "criticism of
    // the takeover voiced by officials": "by" past the target's phrase; its
    // target is looked for after the noun.
    let late_by = target_phrase_by(s, noun)?;
    agent_after(s, late_by).map(|agent| (agent, noun + 1))
}

/// Emits the action of the noun at `noun` when its actor is stated.
pub(super) fn noun_action(
    s: &Sentence,
    noun: usize,
    class: &str,
    cameo: &str,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    out: &mut Vec<Claim>,
) {
    // "a 30 mln dlr order from Micro D", "new orders": a purchase, not a command;
    // "strong demand from Japan": buying, no demand put to anyone.
    // "demanding an investigation by the board": an act wished for, not done.
    let wished = || class != "request" && super::senses::wished_for(s, noun);
    let market = || super::senses::market_demand(s, noun, true);
    if super::senses::purchase_order(s, noun) || market() || wished() {
        return;
    }
    // "went in at the request of the state-oil company Petrobras": the one after
    // "of" asks, of no one named.
    if let Some(actor) = request_of(s, noun, class) {
        let verb =
            ActionVerb { class: class.to_string(), cameo: cameo.to_string(), slots: Vec::new() };
        let actors = names(s, &s.coordinated(actor), state, quote_speakers);
        emit(s, noun, &verb, &actors, &[], false, false, "action_noun", out);
        return;
    }
    // "the last government shutdown": the government closed, it blocked no one.
    let closed = noun > 0 && s.lowered[noun - 1] == "government";
    if closed && s.lowered[noun].starts_with("shutdown") {
        return;
    }
    // "I am not under investigation": the subject undergoes it, whoever acts.
    // "the pairing is under threat": a danger, not a threat someone made.
    let under = under_before(s, noun).filter(|_| class != "threaten");
    // "a Yukos lawsuit against X": a company's name before the noun acts only
    // when the target is stated too ("a Twitter ban" is a ban on Twitter).
    let mut needs_target = false;
    let (actor_names, after) = match actor_of(s, noun, class, state) {
        // "warnings by Michael Bruno and the private Bank Hapoalim": each of a list.
        Some((actor, after)) => (names(s, &[actor], state, quote_speakers), after),
        // "an administration ban on", "court orders": an unnamed public body, in its word.
        None => match noun.checked_sub(1).filter(|&k| body_modifier(s, k)) {
            Some(k) => (vec![Some(s.tok(k).to_string())], noun + 1),
            // "under U.S. sanctions": the name before the noun imposed them.
            None if under.is_some() => {
                let m = s.mentions.iter().position(|m| m.end == noun && !m.possessive);
                (m.map(|m| names(s, &[m], state, quote_speakers)).unwrap_or_default(), noun + 1)
            }
            None => match name_modifier(s, noun, state) {
                // "in connection with SEC probes": a government body acts, named
                // target or not.
                Some(m) => {
                    needs_target = kind_of(&s.mentions[m], state) != Some(ActorKind::Government);
                    (names(s, &[m], state, quote_speakers), noun + 1)
                }
                None => return,
            },
        },
    };
    if actor_names.is_empty() && under.is_none() {
        return;
    }
    let mut target_names = Vec::new();
    // "Icahn is the target of an SEC probe of alleged violations": Icahn.
    let target_of = target_of_phrase(s, noun);
    // "the U.S. threat on Friday to impose tariffs": a day is when, not whom.
    let day_after = s.lowered.get(after + 1).is_some_and(|w| DAY_WORDS.contains(&w.as_str()));
    if target_of.is_none()
        && after < s.toks.len()
        && TARGET_PREPS.contains(&s.lowered[after].as_str())
        && !day_after
    {
        target_names = names(s, &object_after(s, after + 1), state, quote_speakers);
        // "an order to stop construction": "to" with a verb says what, not whom.
        if target_names.is_empty() && s.lowered[after] != "to" {
            target_names = noun_phrase_after(s, after + 1).into_iter().map(Some).collect();
        }
    }
    let mut negated = false;
    if target_names.is_empty() && class == "order" {
        if let Some(m) = obeyer(s, noun) {
            target_names = names(s, &s.coordinated(m), state, quote_speakers);
        }
    }
    if target_names.is_empty() {
        let undergoer = target_of.or_else(|| under.and_then(|u| under_target(s, u)));
        if let Some((target, not)) = undergoer {
            target_names = names(s, &s.coordinated(target), state, quote_speakers);
            negated = not;
        } else if let Some(words) = under.and_then(|u| phrase_before(s, u)) {
            target_names.push(Some(words));
        }
    }
    if (actor_names.is_empty() || needs_target) && target_names.is_empty() {
        return;
    }
    let verb = ActionVerb { class: class.to_string(), cameo: cameo.to_string(), slots: Vec::new() };
    emit(s, noun, &verb, &actor_names, &target_names, negated, false, "action_noun", out);
}

/// The name after "at the request of" (any noun of the request class at
/// `noun`: "at the plea of"), who asked.
fn request_of(s: &Sentence, noun: usize, class: &str) -> Option<usize> {
    let at = noun >= 2 && s.lowered[noun - 2] == "at" && s.lowered[noun - 1] == "the";
    let of = s.lowered.get(noun + 1).is_some_and(|w| w == "of");
    (class == "request" && at && of).then(|| agent_after(s, noun + 1)).flatten()
}

/// The named subject of the clause a possessive pronoun `m` stands in, after
/// a verb of keeping up or ending one's own act ("General Acquisition
/// repeated its request that GenCorp", "the federation lifted its ban").
fn clause_subject(s: &Sentence, m: usize) -> Option<usize> {
    // Only after a verb of keeping up one's own act: "X honored its request",
    // "Caesars refused his request" are of someone else's.
    let first = s.mentions[m].first;
    let verb = first.checked_sub(1).map(|k| s.lowered[k].as_str());
    let own =
        ["renew", "repeat", "reiterat", "lift", "chang", "drop", "withdr", "extend", "continu"];
    if !verb.is_some_and(|v| own.iter().any(|o| v.starts_with(o))) {
        return None;
    }
    let subject = s.subject_before(first)?;
    let named = s.mentions[subject].kind != MentionKind::Pronoun && !s.mentions[subject].possessive;
    named.then_some(subject)
}

/// True when the possessive pronoun `m` stands for whom the noun at `noun`
/// tells of acting: "its request for an injunction", "their request that",
/// "its rejection of the merger", resolved to a name, with what it acts on
/// after it. Not a re-mention ("its own probe", "their investigation."), a
/// noun inside a compound ("its call centres") or one of another sense
/// ("broaden its appeal", "its domestic demand", "its order for 15 jets",
/// "to its limits", "his suit", "put its house in order", "its shutdown").
fn pronoun_acts(s: &Sentence, m: usize, noun: usize) -> bool {
    let between = |w: &str| matches!(w, "own" | "in" | "and" | "of" | "to" | "domestic");
    let plain = (s.mentions[m].end..noun).all(|k| !between(&s.lowered[k]));
    let after = s.lowered.get(noun + 1).map_or("", |w| w.as_str());
    let object_follows = matches!(after, "for" | "of" | "that" | "to" | "against" | "into" | "on");
    let other_sense = match s.lowered[noun].as_str() {
        "order" | "orders" => !matches!(after, "to" | "that"),
        // "their enquiries to Frankfurt": an inquiry is into or of something.
        "enquiries" | "inquiries" | "enquiry" | "inquiry" => !matches!(after, "into" | "of"),
        // "its shutdown on Saturday": the possessor undergoes it.
        "demand" | "limit" | "limits" | "suit" | "appeal" | "appeals" | "shutdown" => true,
        _ => false,
    };
    plain && object_follows && !other_sense && s.mentions[m].entity.is_some()
}

/// A company's or organisation's name right before the noun at `noun` ("a
/// Yukos lawsuit"); not a capitalised adjective ("Keen demand", "Public criticism").
fn name_modifier(s: &Sentence, noun: usize, state: &ArticleState) -> Option<usize> {
    s.mentions.iter().position(|m| {
        m.end == noun
            && !m.possessive
            && m.kind == MentionKind::Name
            && matches!(
                kind_of(m, state),
                Some(
                    ActorKind::Company
                        | ActorKind::Organisation
                        | ActorKind::Media
                        | ActorKind::Government
                )
            )
    })
}

/// The actor kind the article gave the mention's entity, if any.
fn kind_of(m: &Mention, state: &ArticleState) -> Option<ActorKind> {
    m.entity.and_then(|e| state.entities.get(e).kind)
}

/// Lower-case nouns of public bodies that, right before an action noun, say
/// who acts ("an administration ban", "a government order", "court orders").
const BODY_MODIFIERS: &[&str] =
    &["administration", "government", "court", "police", "army", "military", "opposition"];

/// True when token `k` is a lower-case public body word that is not itself
/// part of a name or led by a possessive ("Iran's government ban" has its own actor).
fn body_modifier(s: &Sentence, k: usize) -> bool {
    s.toks[k].word
        && BODY_MODIFIERS.contains(&s.tok(k))
        && s.mention_covering(k).is_none()
        && !(k > 0 && s.mention_at(k - 1).is_some_and(|m| m.possessive))
}
