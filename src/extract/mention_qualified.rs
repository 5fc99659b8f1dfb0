//! A person qualified by a body and a role in lower case: "FBI director
//! James Comey", "Microsoft chief executive Satya Nadella", "Carib chief
//! Charles Williams". The body's name only qualifies the person, as it does
//! in "FBI Director James Comey" (a title the name reader takes whole): the
//! person's mention starts at the body, so that the person is the verb's
//! object ("fired FBI director James Comey") or subject, not the body.

use super::entities::Entities;
use super::mentions::{Mention, MentionFinder, MentionKind};
use super::tokens::Token;
use crate::lexicon::KeyedWord;
use crate::model::ActorKind;

/// Role words at most between the body and the person ("chief executive
/// officer").
const MAX_ROLE_WORDS: usize = 3;

impl MentionFinder<'_> {
    /// Makes the person's mention `m` start at the body's mention that ends
    /// right before its role words, popping the body (and any mention the
    /// role words made, as "chief") from `out`, and gives the person the
    /// role ("FBI director"). True when it did.
    pub(super) fn body_role_person(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        m: &mut Mention,
        out: &mut Vec<Mention>,
        ents: &mut Entities,
    ) -> bool {
        let role_word = |k: usize| {
            toks[k].word
                && !toks[k].capitalised
                && (self.lex.roles.contains(&lowered[k]) || self.is_title_at(lowered, k))
        };
        // Asked of every mention: the cheap tests first, then the word before it.
        if m.kind != MentionKind::Name
            || m.role.is_some()
            || m.first == 0
            || !role_word(m.first - 1)
        {
            return false;
        }
        let Some(person) = m.entity.filter(|&e| {
            let e = ents.get(e);
            e.is_person() || e.kind.is_none()
        }) else {
            return false;
        };
        let mut from = m.first - 1;
        while from > 0 && m.first - from < MAX_ROLE_WORDS && role_word(from - 1) {
            from -= 1;
        }
        // The mentions the role words made ("chief"), then the body's.
        let inside = out.iter().rev().take_while(|p| p.first >= from).count();
        let Some(body) = out.len().checked_sub(inside + 1).map(|b| &out[b]) else {
            return false;
        };
        let a_body = body.end == from
            && body.kind == MentionKind::Name
            && !body.possessive
            && body.entity.is_some_and(|e| ents.get(e).kind != Some(ActorKind::Person));
        if !a_body || out[out.len() - inside..].iter().any(|p| p.kind != MentionKind::Anonymous) {
            return false;
        }
        // The role word before the name defines the kind, as it did there.
        if let Some(kind) = super::apposition::first_kind(self.lex, &lowered[m.first - 1]) {
            ents.define_kind(person, kind);
        }
        let first = body.first;
        let role = &self.text[toks[first].start..toks[m.first - 1].end];
        ents.give_role(person, role);
        m.role = Some(role.to_string());
        m.first = first;
        out.truncate(out.len() - inside - 1);
        true
    }
}
