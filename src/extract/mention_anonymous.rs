//! Anonymous sources: mentions by a role word, not a name ("officials", "a
//! source close to ...", "a spokesperson for Meta"), unless the role word
//! only modifies a noun ("an official complaint").

use super::entities::Entities;
use super::mention_words::{is_preposition, WordList, AUXILIARY_LIST, DETERMINER_LIST};
use super::mentions::{Mention, MentionFinder, MentionKind};
use super::tokens::Token;
use crate::lexicon::KeyedWord;
use crate::model::ActorKind;

impl<'a> MentionFinder<'a> {
    /// "officials", "a source close to", "a spokesperson for Meta".
    pub(super) fn anonymous(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        i: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let mut head = i;
        if SOURCE_COUNTS.holds(&lowered[i]) {
            // "a longtime GOP data expert", "a prominent Republican National Committee
            // member": up to four modifiers, names among them, before the role.
            // "an elderly Kobani woman": a person's head noun makes one too
            // (not "international", an adjective far more often than a player).
            let person = |w: &KeyedWord| {
                w != "international"
                    && self
                        .lex
                        .descriptors
                        .get(w.as_str())
                        .is_some_and(|k| k == &[ActorKind::Person])
            };
            head = (i + 1..(i + 6).min(toks.len()))
                .find(|&h| self.lex.roles.contains(&lowered[h]) || person(&lowered[h]))?;
            let modifier = |k: usize| {
                toks[k].word
                    && !self.lex.pronouns.contains_key(&lowered[k])
                    && !is_preposition(&lowered[k])
                    && !AUXILIARY_LIST.holds(&lowered[k])
                    && !matches!(lowered[k].as_str(), "who" | "which" | "that" | "and" | "or")
            };
            if !(i + 1..head).all(modifier) {
                return None;
            }
        } else if !self.lex.roles.contains(&lowered[i])
            || toks[i].is_capitalised()
                && toks[..i].iter().any(|t| t.word)
                && !super::mention_names::after_abbreviation(toks, self.text, i)
        {
            return None;
        }
        // A role word right before a name is part of that name's mention.
        if toks.get(head + 1).is_some_and(|t| t.word && t.is_capitalised()) {
            return None;
        }
        if self.modifies_a_noun(toks, lowered, head) {
            return None;
        }
        let mut m = self.base(toks, i, head + 1, MentionKind::Anonymous);
        // "a spokesperson for Meta": the organisation speaks.
        if matches!(lowered.get(head + 1).map(KeyedWord::as_str), Some("for" | "at" | "of"))
            && head + 2 < toks.len()
        {
            // "a spokesman for the National Association of ...": the name after "the".
            let name_at =
                head + 2 + usize::from(lowered[head + 2] == "the" && head + 3 < toks.len());
            if let Some(org) = self
                .lexicon_mention(toks, lowered, head + 2, ents)
                .or_else(|| self.name(toks, lowered, name_at, false, ents))
            {
                m.end = org.end;
                m.entity = org.entity;
                m.role = Some(self.text[toks[i].start..toks[head].end].to_string());
                m.span = org.span;
                m.kind = MentionKind::Name;
            }
        }
        Some(m)
    }
}

impl MentionFinder<'_> {
    /// "witness statements", "official figures", "an official complaint":
    /// a singular role word before a noun modifies it and names no one. The
    /// noun is a plural that is no verb of the lexicons ("says") nor an
    /// auxiliary ("has"), or one of a few nouns an official makes.
    fn modifies_a_noun(&self, toks: &[Token], lowered: &[KeyedWord], head: usize) -> bool {
        let (role, Some(next)) = (lowered[head].as_str(), lowered.get(head + 1)) else {
            return false;
        };
        let next = next.as_str();
        if role.ends_with('s') || !toks[head + 1].word || toks[head + 1].quoted {
            return false;
        }
        let plural = next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("ss")
            && !next.ends_with("us")
            && !AUXILIARY_LIST.holds(&lowered[head + 1])
            && !self.lex.is_verb_form(next);
        // "a masked militant beheads US reporter James Foley": a verb in -s,
        // with its object after it.
        let object_after = toks.get(head + 2).is_some_and(|t| t.word && t.is_capitalised())
            || lowered
                .get(head + 2)
                .is_some_and(|w| DETERMINER_LIST.holds(w) || self.lex.pronouns.contains_key(w));
        (plural && !object_after) || OFFICIAL_NOUNS.contains(&next)
    }
}

/// Nouns a singular role word modifies ("an official complaint", "the
/// general election").
pub(super) const OFFICIAL_NOUNS: &[&str] = &[
    "statement",
    "complaint",
    "group",
    "news",
    "data",
    "report",
    "visit",
    "figure",
    "election",
    "strike",
    "public",
    "assembly",
    "meeting",
    "debate",
];

/// Words before a role that make it some holder of the role, an anonymous
/// source ("a spokesman", "two officials"): asked of most words.
const SOURCE_COUNTS: WordList = WordList::new(SOURCE_COUNT_WORDS);

/// The words of [`SOURCE_COUNTS`].
pub(super) const SOURCE_COUNT_WORDS: &[&str] =
    &["a", "an", "one", "two", "three", "several", "some", "many", "other", "another"];

#[cfg(test)]
mod tests {
    use crate::extract::claims_of;

    const SOURCE: &str = "President Jose Sarney met ministers. The source, who asked not to be \
                          identified, said that the reshuffle would not affect Dilson Funaro.";

    #[test]
    fn the_source_is_anonymous_not_the_last_person() {
        let said = claims_of(SOURCE).into_iter().find(|c| c.cue.as_deref() == Some("said"));
        let said = said.unwrap();
        assert_eq!(said.speaker, None);
        assert!(said.speaker_mention.unwrap_or_default().starts_with("The source"));
    }

    #[test]
    fn a_person_modified_by_a_place_is_unnamed() {
        const TEXT: &str = "The town fell, said an elderly Kobani woman. Prices rose, said an \
                            international trader.";
        let speakers: Vec<Option<String>> =
            claims_of(TEXT).into_iter().map(|c| c.speaker).collect();
        assert_eq!(speakers, [None, None]);
        let mentions: Vec<Option<String>> =
            claims_of(TEXT).into_iter().map(|c| c.speaker_mention).collect();
        assert_eq!(mentions[0].as_deref(), Some("an elderly Kobani woman"));
    }
}
