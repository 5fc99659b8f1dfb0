//! Pronouns: "he", "she", "it", "they" ... resolved to the entity they
//! stand for, as the mention finder meets them.

use super::entities::{Entities, EntityId};
use super::mention_words::DETERMINER_LIST;
use super::mentions::{Mention, MentionFinder, MentionKind};
use super::sentence::SUBORDINATOR_LIST;
use super::tokens::Token;
use crate::lexicon::{Gender, KeyedWord};

impl MentionFinder<'_> {
    pub(super) fn pronoun(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        i: usize,
        earlier: &[Mention],
        ents: &mut Entities,
    ) -> Option<Mention> {
        let &(gender, plural) = self.lex.pronouns.get(&lowered[i])?;
        if super::mention_phrases::is_owned_body(lowered, i) {
            return None;
        }
        let mut m = self.base(toks, i, i + 1, MentionKind::Pronoun);
        m.first_person = matches!(lowered[i].as_str(), "i" | "me" | "my" | "we" | "us" | "our");
        m.possessive =
            matches!(lowered[i].as_str(), "his" | "her" | "its" | "their" | "our" | "my");
        if !m.first_person {
            // "called ISIS a cancer and accused them": an object pronoun is the last
            // fitting name, as inside a quotation; a subject pronoun prefers subjects.
            let object = matches!(lowered[i].as_str(), "them" | "him");
            // "The FBI arrested them": not the subject of its own clause.
            let subject = object.then(|| own_subject(lowered, i, earlier)).flatten();
            m.entity = ents.pronoun_except(
                gender,
                plural,
                toks[i].start,
                toks[i].quoted || object,
                subject,
            );
            let opens_clause = i > 0 && SUBORDINATOR_LIST.holds(&lowered[i - 1]);
            if gender != Gender::Unknown && !plural && !toks[i].quoted && opens_clause {
                m.entity = unknown_name_here(toks, lowered, self.text, earlier, m.entity, ents)
                    .or(m.entity);
            }
            // "if Washington imposes sanctions as it has threatened": "it" opening a
            // clause is the nearest subject before it in its sentence, when one fits.
            // Not after "that" ("notified the Netherlands that it was ending"): a
            // reported clause is about the reporter.
            let adverbial =
                i > 0 && !matches!(lowered[i - 1].as_str(), "that" | "and" | "but" | "or" | "so");
            if lowered[i] == "it" && !toks[i].quoted && opens_clause && adverbial {
                m.entity = nearest_subject_thing(earlier, ents).or(m.entity);
            }
        }
        Some(m)
    }
}

/// The entity of the subject of the clause an object pronoun at `i` stands
/// in ("The FBI arrested them", "Smith did not warn him"), which the
/// pronoun cannot be: the last mention before it (or before ", who"), not
/// in a prepositional phrase nor a possessive, with at most four plain words
/// between, none of which opens another clause.
fn own_subject(lowered: &[KeyedWord], i: usize, earlier: &[Mention]) -> Option<EntityId> {
    let last = earlier.iter().rev().find(|m| m.end <= i)?;
    let boundary = |w: &KeyedWord| {
        SUBORDINATOR_LIST.holds(w) || matches!(w.as_str(), "and" | "but" | "or" | "," | "who")
    };
    // "MI5, who warned them": the relative pronoun is the name before it.
    let relative = last.end + 2 <= i
        && lowered[last.end] == ","
        && matches!(lowered[last.end + 1].as_str(), "who" | "which");
    let from = if relative { last.end + 2 } else { last.end };
    let plain = from + 4 >= i && !lowered[from..i].iter().any(boundary);
    (plain && !last.in_pp && !last.possessive && !last.quoted).then_some(last.entity).flatten()
}

/// "police arrested Baba Rampal Maharaj after a siege when he refused": a
/// person's name of unknown kind and gender, met earlier in the pronoun's own
/// sentence, beats the person the pronoun found (`found`) when the sentence
/// does not name that person, and the pronoun opens a clause of its own
/// ("when he"; not "..., he said"). Only a name that looks like a person's:
/// outside quotation marks, parentheses and prepositional phrases ("in
/// Tulsa"), with no determiner ("the Middle East"), and of two words or
/// more, or given an age ("Rahim, 47,").
fn unknown_name_here(
    toks: &[Token],
    lowered: &[KeyedWord],
    text: &str,
    earlier: &[Mention],
    found: Option<EntityId>,
    ents: &Entities,
) -> Option<EntityId> {
    let named = |m: &Mention| m.kind != MentionKind::Pronoun;
    if found.is_some_and(|f| earlier.iter().any(|m| named(m) && m.entity == Some(f))) {
        return None;
    }
    let aged = |m: &Mention| {
        toks.get(m.end).is_some_and(|t| t.text(text) == ",")
            && toks.get(m.end + 1).is_some_and(|t| t.text(text).bytes().all(|b| b.is_ascii_digit()))
    };
    earlier.iter().rev().find_map(|m| {
        let e = m.entity?;
        let person_like = m.kind == MentionKind::Name
            && !(m.quoted || m.in_parens || m.in_pp || m.possessive)
            && ents.get(e).is_unknown()
            && !(m.first > 0 && DETERMINER_LIST.holds(&lowered[m.first - 1]))
            && (m.end - m.first >= 2 || aged(m));
        person_like.then_some(e)
    })
}

/// The entity of the last mention before a clause-opening "it" that can be a
/// clause's subject: a name or descriptor of something not a person, outside
/// prepositional phrases, quotation marks and parentheses.
fn nearest_subject_thing(earlier: &[Mention], ents: &Entities) -> Option<EntityId> {
    let id = earlier.iter().rev().find_map(|m| {
        let subject_like = matches!(m.kind, MentionKind::Name | MentionKind::Descriptor)
            && !(m.quoted || m.in_parens || m.in_pp || m.possessive);
        m.entity.filter(|_| subject_like)
    })?;
    let e = ents.get(id);
    (!e.is_person() && !e.doubtful && e.kind.is_some()).then_some(id)
}
