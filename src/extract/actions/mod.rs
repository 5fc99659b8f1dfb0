//! Actions: actor – action – target, from verbs and nouns of the action lexicon.
//!
//! Active ("Russia blocked Twitter"), passive with and without an agent
//! ("Twitter has not been sanctioned by Roskomnadzor"), relative clauses ("the
//! regulator, which blocked"), participial adjuncts (", threatening to ban"),
//! negation, coordination (every actor × every target), and nouns with a
//! possessive actor ("Russia's ban on X"). Infinitives ("to ban") are not acts;
//! modals ("could ban") are kept with modality "possible".

mod addressed;
mod adjuncts;
mod agents;
mod args;
mod aux;
mod context;
mod critical;
mod drawn;
mod groups;
mod institutions;
mod light;
mod mixed;
mod modifiers;
mod nouns;
mod np;
mod object_words;
mod objects;
mod reduced;
mod relatives;
mod removed;
mod reporter;
mod retarget;
mod scan;
mod senses;
mod shared;
mod subject_words;
mod subjects;
mod undergoers;
mod verbs;

use super::sentence::Sentence;
use super::ArticleState;
use crate::lexicon::{ActionVerb, Lexicons, VerbSlot};
use crate::model::Claim;
use adjuncts::{absolute_subject, gerund_doer, LAW_NOUNS};
use agents::passive_parties;
use args::{emit, names, object_after, unnamed_conjunct};
use aux::{RELATIVES, REPORTED};
pub use context::people_subject;
pub(super) use critical::CRITICAL;
pub(super) use drawn::DRAW;
pub use groups::coordinated_names;
use mixed::mixed_list_before;
use np::{noun_phrases_after, possessed_list};
use reduced::reduced_passive;
use relatives::{relative_antecedent, relative_doer, relative_subject};
pub use scan::actions;
use senses::anonymity;
use shared::{own_object, shared_subject};
use subject_words::names_people;
use subjects::{adjacent, subject_phrase};
use verbs::{conditional, denied_something, plural_subject, Found};

#[allow(clippy::too_many_arguments)]
fn verb_action(
    s: &Sentence,
    found: Found,
    verb: &ActionVerb,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) {
    let Found { first, end, object } = found;
    let Some((aux, realized)) = aux::verb_aux(s, first, end, verb, lex) else { return };
    let has = |slot| verb.slots.contains(&slot);
    let passive = has(VerbSlot::Participle) && aux.be;
    // "kissed before he blacked out.": an active phrasal verb with nothing
    // after its particle acts on no one (lost consciousness, not blocked).
    let particle = end - first > 1 && matches!(s.lowered[end - 1].as_str(), "out" | "down" | "off");
    if particle && !passive && object.is_none() && !s.toks.get(end).is_some_and(|t| t.word) {
        return;
    }
    let finite = has(VerbSlot::Past)
        || has(VerbSlot::ThirdPerson)
        || (has(VerbSlot::Participle) && aux.have)
        || (has(VerbSlot::Base) && (aux.doo || aux.modal || plural_subject(s, aux.start, lex)))
        || realized;
    let progressive = has(VerbSlot::Gerund) && aux.be;
    // ", accusing X": a participial adjunct; "fined for accusing X", "a statement
    // condemning X": a gerund whose doer is the clause's subject.
    let opener = (aux.start > 0).then(|| s.lowered[aux.start - 1].as_str());
    let gerund_adjunct =
        has(VerbSlot::Gerund) && !aux.be && opener.is_some_and(adjuncts::opens_gerund);
    // ", with world leaders condemning X": the words after "with" do it.
    let absolute = (has(VerbSlot::Gerund) && !aux.be && !gerund_adjunct)
        .then(|| absolute_subject(s, aux.start))
        .flatten();
    // "has written to Tony Blair demanding X": the writer demands it.
    let addressed = (has(VerbSlot::Gerund) && !aux.be && !gerund_adjunct && absolute.is_none())
        .then(|| addressed::addressed_before(s, aux.start))
        .flatten();
    let participial = has(VerbSlot::Gerund)
        && first > 0
        && (s.tok(first - 1) == "," || gerund_adjunct || absolute.is_some() || addressed.is_some());
    // A bare past participle after a noun is an adjective or reduced relative ("sites blocked in Russia").
    let bare_participle = has(VerbSlot::Participle) && !aux.have && !aux.be;
    let reduced = bare_participle && !has(VerbSlot::Past);
    // "the airstrikes ordered by Obama", "His sentence, criticised by RSF,": with
    // its agent, a reduced relative is a passive act on the noun before it.
    let reduced_by =
        bare_participle.then(|| reduced_passive(s, first, end, state, quote_speakers)).flatten();
    if let Some((actors, targets)) = reduced_by {
        let rule = "action_reduced_passive";
        emit(s, first, verb, &actors, &targets, aux.negated, false, rule, out);
        return;
    }
    // "suspects detained after the shootouts": people arrested by someone unnamed;
    // "the Stalinists, expelled from the party in 1986, lost": a participle
    // between commas with no object is a passive on the subject before.
    let arrested = (bare_participle && verb.class == "arrest")
        .then(|| reduced::arrested_people(s, first, end, lex).map(|people| vec![Some(people)]))
        .flatten();
    let enclosed = || reduced::enclosed_participle(s, first, end);
    let undergoers = arrested.or_else(|| {
        let m = bare_participle.then(enclosed).flatten()?;
        Some(names(s, &s.coordinated(m), state, quote_speakers))
    });
    if let Some(targets) = undergoers {
        let rule = "action_reduced_passive";
        emit(s, first, verb, &[None], &targets, aux.negated, false, rule, out);
        return;
    }
    if !(passive || finite || progressive || participial) || reduced {
        return;
    }
    if conditional(s, aux.start) {
        return;
    }
    let possible = aux.modal;
    if possible && !keep_possible {
        return;
    }
    // "was denied bail": refused, as the lexicon's "refused" says.
    let refused = (passive && verb.class == "deny" && denied_something(s, end))
        .then(|| lex.action_verbs.longest(&["refused"]))
        .flatten()
        .map(|r| r.value.clone());
    let verb = refused.as_ref().unwrap_or(verb);
    let (mut actor_np, mut target_np, mut group) = (None, None, Vec::new());
    let (mut target_words, mut actor_words) = (Vec::new(), Vec::new());
    let (mut noun_start, mut adjunct) = (end, false);
    // "Earnest was asked if this was a terrorist attack": asked a question.
    // Only a request may be a question put instead.
    // Not "called for a review of what has happened".
    let asked_question = s.lowered[first].starts_with("ask")
        && super::questions::question_word_after(s, end).is_some();
    if passive && asked_question {
        return;
    }
    let (actors, targets, rule) = if passive {
        let parties = passive_parties(s, &aux, end, lex);
        (actor_np, target_np, adjunct) = (parties.actor_np, parties.target_np, parties.adjunct);
        target_words = parties.target_words;
        (parties.actors, parties.targets, parties.rule)
    } else {
        // "The law banning hunting with dogs": the text bans or limits; it asks
        // no one ("laws calling for the separation of men and women").
        let opener_text = gerund_adjunct && opener.is_some_and(|w| LAW_NOUNS.contains(&w));
        let (subject, rule) = if opener_text {
            let Some(words) = adjuncts::law_words(s, aux.start - 1, &verb.class) else { return };
            actor_np = Some(words);
            (None, "action_gerund_adjunct")
        } else if gerund_adjunct {
            let refuse = verb.class == "refuse";
            let Some(doer) = gerund_doer(s, aux.start - 1, end, refuse) else { return };
            (Some(doer), "action_gerund_adjunct")
        } else if let Some((a, b)) = absolute {
            let named =
                s.mentions.iter().rposition(|m| m.first >= a && m.end == b && !m.possessive);
            if named.is_none() {
                let words = s.slice(a, b);
                actor_np = names_people(words, lex).then(|| words.to_string());
                if actor_np.is_none() {
                    return;
                }
            }
            (named, "action_absolute")
        } else if let Some(a) = &addressed {
            let Some((named, words)) = addressed::writer(s, a, lex) else { return };
            actor_np = words;
            (named, "action_addressed")
        } else if participial {
            // "The armed men said they were not leaving, ordering the team to ...":
            // the main clause's subject, not a name inside what it said.
            let cue = (0..first).find(|&k| REPORTED.contains(&s.lowered[k].as_str()));
            let named_before = |c: usize| s.mentions.iter().any(|m| !m.in_pp && m.end <= c);
            let main = cue.filter(|&c| !named_before(c));
            actor_np =
                main.and_then(|c| subject_phrase(s, c, lex)).filter(|np| names_people(np, lex));
            let subject = match actor_np {
                Some(_) => None,
                None => s
                    .mentions
                    .iter()
                    .position(|m| !m.in_pp && !m.in_parens && !m.possessive && m.end <= first),
            };
            (subject, "action_participial")
        } else if let Some(rel) = relatives::relative_before(s, aux.start, RELATIVES) {
            let (named, words) = relative_doer(s, rel, end, lex, state);
            actor_np = words;
            (named, "action_relative")
        } else {
            let subject =
                s.subject_before(aux.start).filter(|&m| adjacent(s, s.mentions[m].end, aux.start));
            // "Police who arrested Smith have denied": the name before "who".
            let subject = match subject.and_then(|m| relatives::object_in_relative(s, m)) {
                Some(rel) => s.mentions.iter().rposition(|n| n.end == rel && !n.possessive),
                None => subject,
            };
            // "contacted customers using Tor and instructed them": after "and", the
            // name before it is the first verb's object; the subject is shared.
            let after_and = matches!(s.lowered[aux.start].as_str(), "and" | "or");
            match (subject, shared_subject(s, aux.start)) {
                (None, Some(m)) => (Some(m), "action_coordinated"),
                (Some(_), Some(m)) if after_and => (Some(m), "action_coordinated"),
                (m, _) => (m, "action_active"),
            }
        };
        // "said that ..." reports speech; "asked that X ...", "charged that X ..." still act
        // on X; "denied that ...", "warned that ..." act on the clause, which is no target.
        let that_clause = verbs::that_clause(s, end);
        // "warned that ..." is a warning too (CAMEO 130), of no one named.
        let acts_on_clause = matches!(verb.class.as_str(), "deny" | "warn");
        if that_clause
            && !acts_on_clause
            && !matches!(verb.class.as_str(), "request" | "order" | "accuse")
        {
            return;
        }
        let denied_clause =
            (that_clause || verbs::clause_after(s, end, &verb.class)) && acts_on_clause;
        // "asked (Sanders) whether/about ...": a question, not a request.
        let question = asked_question
            || verb.class == "request"
                && s.lowered[first].starts_with("ask")
                && (super::questions::asks_a_question(s, end)
                    || super::questions::after_a_quoted_question(s, first));
        if question {
            return;
        }
        // "Mr Smith and the driver threatened": every item of a mixed list.
        let mixed = (rule == "action_active").then(|| mixed_list_before(s, aux.start));
        let mixed = mixed.flatten().unwrap_or_default();
        let actors = match mixed.names.is_empty() {
            true => subject.map(|m| s.coordinated(m)).unwrap_or_default(),
            false => mixed.names,
        };
        actor_words = mixed.words;
        if actors.is_empty() && actor_np.is_none() {
            // "some Wall Street firms have limited ...": the subject's words;
            // "the three firms were restricting ...": the firms of the list before.
            let np = (rule == "action_active").then(|| subject_phrase(s, aux.start, lex)).flatten();
            group =
                np.as_deref().map(|np| groups::group_names(np, s, state, lex)).unwrap_or_default();
            // "The report blames Libyan Dawn", "The rules prohibit brokers": a
            // text accuses, bans or limits (not asks: see `removed::document_subject`).
            let text = |np: &str| subject_words::text_acts(np, &verb.class);
            actor_np = np.filter(|np| group.is_empty() && (names_people(np, lex) || text(np)));
            if actor_np.is_none() && group.is_empty() {
                return;
            }
        }
        let object_start = object_words::object_start(s, object, end, &verb.class, lex);
        if denied_clause {
            noun_start = s.toks.len();
            (actors, Vec::new(), rule)
        } else {
            // "threatened to top 50 pct": only an action after "to" has a target phrase.
            let bare_threat = object.is_none()
                && object_start == end + 2
                && s.lowered
                    .get(end + 1..)
                    .is_none_or(|rest| lex.action_verbs.longest(rest).is_none());
            noun_start = if bare_threat { s.toks.len() } else { object_start };
            // "blocked the planned merger of Delta and Western": the merger.
            target_np = object_words::deal_object(s, object_start);
            // "denying reports of a truce": the reports; "arrested Smith's wife": the wife.
            target_np =
                target_np.or_else(|| object_words::object_words(s, object_start, &verb.class));
            let mut targets = match target_np {
                Some(_) => Vec::new(),
                None => object_after(s, object_start),
            };
            if verb.class == "deny" && !object_words::keep_denied(s, end, &mut targets) {
                return;
            }
            (actors, targets, rule)
        }
    };
    // "demanding an explanation", "urging them": the one written to.
    let addressee = addressed.filter(|_| {
        addressed::target_is_addressee(s, &verb.class, &targets, target_np.as_deref(), lex)
    });
    // "Moscow, which U.S. intelligence agencies have accused": a subject in
    // words, after an object's relative pronoun.
    let relative_np = actor_np.is_some().then(|| relative_subject(s, aux.start)).flatten();
    let mut actor_names = names(s, &actors, state, quote_speakers);
    actor_names.extend(actor_np.map(Some));
    actor_names.extend(actor_words.into_iter().map(Some));
    let grouped = !group.is_empty();
    actor_names.extend(group.into_iter().map(Some));
    // "took it down": the pronoun a split phrasal verb holds.
    let held_pronoun = object.is_some_and(|k| s.mention_at(k).is_some_and(|m| !m.possessive));
    let targets = match !passive && (rule == "action_coordinated" || held_pronoun) {
        true => own_object(s, &actors, targets, aux.start, &mut target_np),
        false => targets,
    };
    // "imposes sanctions against Tokyo as it has threatened": what was threatened.
    let targets = match targets.is_empty() && target_np.is_none() && verb.class == "threaten" {
        true => context::threatened_before(s, &actors).into_iter().collect(),
        false => targets,
    };
    let mut target_names = names(s, &targets, state, quote_speakers);
    let target_group =
        groups::group_targets(s, &targets, target_np.as_deref(), !passive, noun_start, state, lex);
    match target_group.is_empty() {
        true => target_names.extend(target_np.map(Some)),
        false => target_names = target_group.into_iter().map(Some).collect(),
    }
    target_names.extend(target_words.into_iter().map(Some));
    if !passive && !target_names.is_empty() {
        target_names.extend(unnamed_conjunct(s, &targets).map(Some));
        if let Some(&last) = targets.last() {
            target_names.extend(possessed_list(s, s.mentions[last].end).into_iter().map(Some));
        }
    }
    // "a ship which Greece had threatened to tackle": the object is the noun
    // the relative clause hangs on.
    if target_names.is_empty() && !passive {
        let subject = actors.first().map(|&a| s.mentions[a].first).or(relative_np);
        match subject.and_then(|first| relative_antecedent(s, first, lex)) {
            Some(Ok(m)) => target_names = names(s, &[m], state, quote_speakers),
            Some(Err(words)) => target_names = vec![Some(words)],
            None => {}
        }
    }
    // "who asked not to be identified": no one asked (not the words "not to be").
    if target_names.is_empty() && !passive && !anonymity(s, end) {
        // "charged that the trade measures contravened ...", "threatening to
        // disconnect customers": the words where the object was looked for.
        target_names = noun_phrases_after(s, noun_start, lex).into_iter().map(Some).collect();
    }
    let act =
        retarget::Act { first, end, class: &verb.class, passive, targets: &targets, addressee };
    if !retarget::late_targets(s, &act, &mut target_names, state, quote_speakers, lex) {
        return;
    }
    // "shut down two silver properties", "restores public trust",
    // "suspended interest payments": no one blocked, restored or removed.
    let named = !targets.is_empty();
    if objects::undone_by_object(s, (first, end), &verb.class, named, &target_names, lex) {
        return;
    }
    let rule = match (rule, grouped) {
        (_, true) => "action_group_subject",
        ("action_passive", _) if adjunct => "action_passive_adjunct",
        _ => rule,
    };
    // "The U.S. Plan calls for loans": a text requires it; no one asks.
    // "passed a resolution urging President Reagan": its issuer asks.
    let required =
        matches!(verb.class.as_str(), "request" | "order") && !passive && !gerund_adjunct;
    if required && removed::document_subject(s, aux.start) {
        return;
    }
    // "left without condemning X": not done.
    let negated = aux.negated
        || (gerund_adjunct && opener == Some("without"))
        || verbs::neither_nor(s, if passive { &targets } else { &actors });
    emit(s, first, verb, &actor_names, &target_names, negated, possible, rule, out);
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_context;
#[cfg(test)]
mod tests_doers;
#[cfg(test)]
mod tests_forms;
#[cfg(test)]
mod tests_plain;
#[cfg(test)]
mod tests_refs;
