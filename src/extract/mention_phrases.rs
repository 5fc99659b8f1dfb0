//! Mentions without a name: descriptors ("the company", "the Russian
//! regulator", "the 66-year-old"). Anonymous sources ("officials", "a source
//! close to ...") are in `mention_anonymous.rs`.

use super::entities::{Entities, NameHint};
use super::mention_words::{is_preposition, AUXILIARY_LIST, DETERMINER_LIST, GENERIC_MODIFIERS};
use super::mentions::{Mention, MentionFinder, MentionKind};
use super::tokens::{strip_possessive, Token};
use crate::lexicon::KeyedWord;
use crate::model::ActorKind;

impl<'a> MentionFinder<'a> {
    /// "the company", "the Russian regulator": a determiner, up to three
    /// modifiers and a head noun of the descriptor lexicon.
    pub(super) fn descriptor(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        i: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        // "his group named him caliph": a possessive pronoun before a body's
        // word is its determiner (the pronoun reader leaves these to us).
        // Asked of every word: the determiner is tested before the body word.
        let owned_body = || is_owned_body(lowered, i);
        if !matches!(lowered[i].as_str(), "the" | "this") && !owned_body() {
            return None;
        }
        for head in i + 1..(i + 5).min(toks.len()) {
            if !toks[head].word {
                return None;
            }
            let (stem, possessive) = strip_possessive(&lowered[head]);
            // "The firms have restricted business": a verb ends the noun phrase, and
            // a plural head ("the three firms") is no single actor.
            let plural_head = stem.strip_suffix('s').is_some_and(|sg| {
                self.lex.descriptors.contains_key(sg)
                    || sg.strip_suffix("ie").is_some_and(|b| {
                        self.lex.descriptors.contains_key(format!("{b}y").as_str())
                    })
            });
            // "the devaluation forced the government": a new determiner, a new phrase.
            let determiner = head > i + 1 && DETERMINER_LIST.holds(stem);
            // "arrested on the lot and police say": a head right after "and" is
            // a phrase of its own ("the oil and gas company" is one).
            let coordinator = head > i + 1
                && matches!(lowered[head - 1].as_str(), "and" | "or")
                && self.lex.descriptors.contains_key(stem);
            if plural_head || determiner || coordinator || AUXILIARY_LIST.holds(stem) {
                return None;
            }
            // "the 66-year-old criticised ...": the last person.
            let age = stem.ends_with("-year-old").then_some(&[ActorKind::Person][..]);
            // "the lucrative international market", "the Assyrian International
            // News Agency": "international" is a player only after a team, and
            // ends the phrase.
            // Asked only of that word: this runs at every head after every "the".
            let teamless = stem == "international" && {
                let team = (i + 1..head).any(|k| {
                    toks[k].is_capitalised() || self.lex.demonyms.contains_key(&lowered[k])
                });
                let name_goes_on = toks.get(head + 1).is_some_and(|t| t.is_capitalised());
                !team || name_goes_on
            };
            let kinds = self.lex.descriptors.get(stem).filter(|_| !teamless);
            if let Some(kinds) = kinds.map(Vec::as_slice).or(age) {
                // "the company's CEO" is about the CEO; "the company said" about the company.
                let next_is_noun = toks.get(head + 1).is_some_and(|t| t.word)
                    && self.lex.descriptors.contains_key(&lowered[head + 1]);
                if next_is_noun {
                    continue;
                }
                // "the business community", "the oil lobby": a body word before a
                // noun of many qualifies it, and is no actor.
                // "the general election": a person's word before such a noun too.
                let group = lowered.get(head + 1).is_some_and(|w| {
                    GROUP_HEADS.contains(&w.as_str())
                        || kinds == [ActorKind::Person]
                            && super::mention_anonymous::OFFICIAL_NOUNS.contains(&w.as_str())
                });
                if group && !possessive && age.is_none() {
                    return None;
                }
                // "the Texas Court of Appeals", "the Department of Justice": a
                // capitalised head with "of" and a capital after it opens a name.
                let name_of = toks[head].is_capitalised()
                    && lowered.get(head + 1).is_some_and(|w| w == "of")
                    && toks.get(head + 2).is_some_and(|t| t.is_capitalised());
                if name_of {
                    return None;
                }
                let mut m = self.base(toks, i, head + 1, MentionKind::Descriptor);
                m.possessive = possessive;
                // "the company", "the Russian regulator" refer back; "the hospital
                // association" names something new, which later pronouns can refer to.
                // "the Wales international", "the Arsenal striker": a player is
                // named by team, and refers back.
                let team_name = |k: usize| PLAYER_HEADS.contains(&stem) && toks[k].is_capitalised();
                // "the National Energy Board": capitals throughout make a name,
                // though its words are generic ("the national energy board").
                let proper = head > i + 1
                    && !self.headline.get()
                    && (i + 1..=head).all(|k| toks[k].is_capitalised())
                    && !(i + 1..head).all(|k| self.lex.demonyms.contains_key(&lowered[k]));
                let anaphoric = !proper
                    && (i + 1..head).all(|k| {
                        let w = lowered[k].as_str();
                        GENERIC_MODIFIERS.contains(&w)
                            || self.lex.demonyms.contains_key(w)
                            || team_name(k)
                    });
                // "the striker" after "their Welsh striker Craig Bellamy": the person of that role.
                let by_role = || ents.with_role_head(stem, toks[i].start);
                // "the court" is a court, not the last government body ("the CBI").
                let named_head = NAMED_HEADS.contains(&stem);
                let by_kind = || match (named_head, RULING_HEADS.contains(&stem)) {
                    (true, _) => ents.descriptor_named(kinds, stem, toks[i].start),
                    (_, true) => ents.ruling_body(stem, toks[i].start),
                    _ => (kinds.first() == Some(&ActorKind::State))
                        .then(|| ents.state_in_sentence(toks[i].start, toks[0].start))
                        .flatten()
                        .or_else(|| ents.descriptor(kinds, toks[i].start)),
                };
                m.entity = if age.is_some() {
                    ents.person(toks[i].start)
                } else if anaphoric {
                    // "the Wales international": a player, named or not.
                    let player = || {
                        PLAYER_HEADS.contains(&stem).then(|| ents.person(toks[i].start)).flatten()
                    };
                    // "the spokesman", "the official": the holder of that job, or
                    // an anonymous one, never merely the last person named.
                    // After "a Microsoft spokesman said", "the spokesman" is
                    // Microsoft again, unless a spokesman was named since.
                    let job = JOB_HEADS.contains(&stem);
                    let person = by_role();
                    let body = job.then(|| ents.spoken_for(stem, toks[i].start, person)).flatten();
                    m.speaks_for = body.is_some();
                    body.or(person).or_else(|| (!job).then(by_kind).flatten()).or_else(player)
                } else {
                    let words: Vec<&str> =
                        toks[i + 1..=head].iter().map(|t| t.text(self.text)).collect();
                    let hint = NameHint { kind: kinds.first().copied(), ..NameHint::default() };
                    // "the deputy attorney general" after "Deputy Attorney General Rod
                    // Rosenstein": the person who holds that very role.
                    ents.with_role(&words.join(" "), toks[i].start)
                        .or_else(|| ents.name(&words, hint, toks[i].start, self.lex))
                };
                return Some(m);
            }
            if is_preposition(&lowered[head]) || self.lex.pronouns.contains_key(&lowered[head]) {
                return None;
            }
        }
        None
    }
}

/// Nouns of many people or interests that a body word before them only
/// qualifies ("the business community", "the banking world", "the oil lobby").
const GROUP_HEADS: &[&str] = &[
    "community",
    "communities",
    "world",
    "sector",
    "lobby",
    "lobbies",
    "circles",
    "interests",
    "establishment",
];

/// Heads of a job many hold, for which the latest person is no guess: a
/// source "the spokesman" refers back to is one with that role, or unnamed.
const JOB_HEADS: &[&str] = &[
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "official",
    "diplomat",
    "analyst",
    "executive",
    "strategist",
    "expert",
    "economist",
    "banker",
    "dealer",
    "trader",
];
/// Descriptors of a player, which a team's name may modify.
const PLAYER_HEADS: &[&str] = &[
    "international",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "forward",
    "winger",
    "playmaker",
    "keeper",
    "player",
    "captain",
    "skipper",
    "batsman",
    "bowler",
];

/// Descriptor heads for who rules a state ("the government", "the
/// administration"): a state, or a body so named ("the Clinton
/// administration"), never a ministry or an agency ("the Justice Department").
const RULING_HEADS: &[&str] = &["government", "administration"];

/// Descriptor heads that name their kind of body in its names ("the court":
/// "the Supreme Court"; "the bank": "Deutsche Bank"): they refer back only to
/// an entity whose name holds the word.
const NAMED_HEADS: &[&str] = &[
    "court",
    "tribunal",
    "bank",
    "army",
    "police",
    "university",
    "hospital",
    "parliament",
    "senate",
    "congress",
    "council",
    "commission",
    "committee",
    "union",
];

/// Heads of bodies a person belongs to: "his group", "their party".
const OWNED_BODIES: &[&str] = &["group", "party", "organisation", "organization", "movement"];

/// True when the word at `i` is a possessive pronoun before a body's word
/// ("his group", "their party", "its board"): one descriptor, not a pronoun.
#[inline(always)]
pub(super) fn is_owned_body(lowered: &[KeyedWord], i: usize) -> bool {
    let next = lowered.get(i + 1).map_or("", KeyedWord::as_str);
    match lowered[i].as_str() {
        "his" | "her" | "their" => OWNED_BODIES.contains(&next),
        // "ChemLawn said its board rejected the offer": the company's board.
        "its" => next == "board",
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::claims_of;

    const PLAYER: &str = "Souness dropped Bellamy for Sunday's game. \"I was in shock,\" Bellamy \
                          said. And the Wales international refused to apologise.";

    #[test]
    fn a_player_named_by_team_is_the_last_person_and_a_day_is_no_one() {
        let claims = claims_of(PLAYER);
        let refused = claims.iter().find(|c| c.action.as_deref() == Some("refuse")).unwrap();
        assert_eq!(refused.actor.as_deref(), Some("Bellamy"));
    }

    const NOT_A_PLAYER: &str = "Acme Corp said the lucrative international market grew. The \
                                Assyrian International News Agency said the talks failed.";

    #[test]
    fn international_without_a_team_or_inside_a_name_is_no_player() {
        let speakers: Vec<Option<String>> =
            claims_of(NOT_A_PLAYER).into_iter().map(|c| c.speaker).collect();
        let expected = ["Acme Corp", "Assyrian International News Agency"];
        assert_eq!(speakers, expected.map(|s| Some(s.to_string())));
    }

    const JOB: &str = "Ronald Reagan spoke on Monday. \"We will rebuild,\" said the strategist, \
                       who requested anonymity. Acme Corp spokesman John Smith disagreed. \"No,\" \
                       the spokesman said.";

    #[test]
    fn a_job_refers_to_its_holder_not_to_the_last_person() {
        let speakers: Vec<Option<String>> = claims_of(JOB)
            .into_iter()
            .filter(|c| c.kind == crate::model::ClaimKind::Quote)
            .map(|c| c.speaker)
            .collect();
        assert_eq!(speakers, [None, Some("John Smith".to_string())]);
    }

    #[test]
    fn a_descriptor_ends_before_and() {
        const TEXT: &str = "Sixteen people were arrested on the lot and police say they do \
                            not know who fired.";
        let said = claims_of(TEXT).into_iter().find(|c| c.cue.as_deref() == Some("say"));
        assert_eq!(said.unwrap().speaker_mention.as_deref(), Some("police"));
    }
}
