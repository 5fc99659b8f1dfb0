//! Mentions the lexicon knows: actor names and descriptors matched at the
//! sentence's tokens once ([`super::actor_matches`]), taken at a token when
//! the mention finder reaches it ("Roskomnadzor", "the Russian telecom watchdog",
//! "NetBlocks Director Alp Toker").

use super::entities::{Entities, NameHint};
use super::mention_words::{is_one_of, DETERMINERS};
use super::mentions::{Mention, MentionFinder, MentionKind};
use super::tokens::{strip_possessive, Token};
use crate::lexicon::KeyedWord;
use crate::model::ActorKind;

impl<'a> MentionFinder<'a> {
    /// The lexicon's actor or descriptor at token `i`. Inlined up to the
    /// test whether a match starts there or at the next word, which most
    /// words fail.
    #[inline(always)]
    pub(super) fn lexicon_mention(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        i: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        if !self.match_starts_at_or_after(i) {
            return None;
        }
        // A determiner before a descriptor belongs to it ("the Russian telecom watchdog").
        let lead = usize::from(is_one_of(DETERMINERS, &lowered[i]) && i + 1 < toks.len());
        self.lexicon_mention_at(toks, lowered, i, lead, ents)
    }

    /// True when a lexicon match starts at token `i` or the next: nowhere
    /// else could [`Self::lexicon_mention`] ask for one.
    #[inline(always)]
    pub(super) fn match_starts_at_or_after(&self, i: usize) -> bool {
        // A token past the last has no bit set.
        self.matches.starts_at_or_after(i)
    }

    #[inline(never)]
    fn lexicon_mention_at(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        i: usize,
        lead: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let start = toks[i].start;
        let m = self.matches.at(i + lead)?;
        let mut last = Self::token_ending(toks, i + lead, m.1, self.text)?;
        let matched_last = last;
        // "Occidental Petroleum Corp said", "Standard and Poor's Corp": the company
        // suffix is part of the name (left alone, it was read as a name, "Corp").
        while toks.get(last + 1).is_some_and(|t| {
            t.word
                && t.start == toks[last].end + 1
                && self.is_company_suffix(strip_possessive(&lowered[last + 1]).0)
        }) {
            last += 1;
        }
        let (_, possessive) = strip_possessive(toks[last].text(self.text));
        let kind = if m.3 { MentionKind::Descriptor } else { MentionKind::Name };
        // "RTE Corp" is a company, not the broadcaster RTÉ: the name reader reads it.
        let business = matches!(self.lex.actors[m.2].kind, ActorKind::Company | ActorKind::Media);
        if last > matched_last && (kind == MentionKind::Descriptor || !business) {
            return None;
        }
        if kind == MentionKind::Name && lead == 1 && lowered[i] != "the" {
            return None;
        }
        // A person's descriptor is an office ("Iranian president").
        let office =
            kind == MentionKind::Descriptor && self.lex.actors[m.2].kind == ActorKind::Person;
        // "Iranian President Mohammed Khatami": an office before a name is that
        // name's title, not the lexicon's office holder.
        let titles_a_name = office
            && !possessive
            && (toks
                .get(last + 1)
                .is_some_and(|t| t.word && t.is_capitalised() && t.start == toks[last].end + 1)
                || self.office_of_place_before_name(toks, lowered, last + 1));
        // "A Chinese leader said": some holder of an office, not the lexicon's.
        let indefinite = lead == 1 && matches!(lowered[i].as_str(), "a" | "an");
        if titles_a_name || (office && indefinite) {
            return None;
        }
        let first =
            if kind == MentionKind::Descriptor || lowered[i] == "the" { i } else { i + lead };
        if kind == MentionKind::Name {
            // "The China Three Gorges Project Corp": a company named after the
            // lexicon's name ends in its suffix; the name reader takes all of it.
            if !possessive && self.names_a_company(toks, lowered, last + 1) {
                return None;
            }
            // "NetBlocks Director Alp Toker": a role and a person follow the actor's
            // name; "Reporters Without Borders" holds a role word but no person.
            if let Some(person) = self.titled_person(toks, lowered, first, last + 1, last + 1, ents)
            {
                return Some(person);
            }
        }
        let mut mention = self.base(toks, first, last + 1, kind);
        mention.span.1 = m.1;
        mention.possessive = possessive;
        // "the Iranian president" after "Iranian President Mohammed Khatami": the
        // article's holder of the office, not the lexicon's (who may be a later one).
        let words = &self.text[toks[i + lead].start..m.1];
        mention.entity = office.then(|| ents.with_role(words, start)).flatten().or_else(|| {
            ents.name(&[], NameHint { lexicon: Some(m.2), ..Default::default() }, start, self.lex)
        });
        Some(mention)
    }

    /// "Chancellor of the Exchequer Nigel Lawson", "President of Russia Vladimir
    /// Putin": after the office, "of" and a capitalised run of a place and a
    /// name (three words or more) at `from`.
    fn office_of_place_before_name(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        from: usize,
    ) -> bool {
        if lowered.get(from).is_none_or(|w| w != "of") {
            return false;
        }
        let run = from + 1 + usize::from(lowered.get(from + 1).is_some_and(|w| w == "the"));
        let capitalised = toks.get(run).is_some_and(|t| t.word && t.is_capitalised());
        capitalised && self.capitalised_run(toks, lowered, run) >= run + 3
    }

    /// True when two to four capitalised words at `from`, right after a
    /// lexicon name, end in a company suffix ("Three Gorges Project Corp").
    fn names_a_company(&self, toks: &[Token], lowered: &[KeyedWord], from: usize) -> bool {
        let joined = toks.get(from).is_some_and(|t| t.word && t.start == toks[from - 1].end + 1);
        if !joined || !toks[from].is_capitalised() {
            return false;
        }
        let end = self.capitalised_run(toks, lowered, from);
        (2..=4).contains(&(end - from)) && self.is_company_suffix(&lowered[end - 1])
    }

    /// True for the head noun of a body that is no person ("association",
    /// "department", "union"), lower-case.
    pub(super) fn body_head(&self, lowered: &str) -> bool {
        let kinds = self.lex.descriptors.get(strip_possessive(lowered).0);
        kinds.is_some_and(|kinds| !kinds.contains(&ActorKind::Person))
    }

    /// "the US Securities Exchange Commission", "The US Federal Trade
    /// Commission said it": a state right before a body's capitalised name
    /// only qualifies it; the body is the mention, and the subject.
    pub(super) fn state_before_body(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        m: &Mention,
        ents: &Entities,
    ) -> bool {
        // Asked of every mention: the cheap tests first.
        if m.kind != MentionKind::Name || m.possessive {
            return false;
        }
        let next = m.end;
        let joined = toks
            .get(next)
            .is_some_and(|t| t.word && t.is_capitalised() && t.start == toks[next - 1].end + 1);
        let state = m.entity.is_some_and(|e| ents.get(e).kind == Some(ActorKind::State));
        if !joined || !state {
            return false;
        }
        if let Some((_, _, actor, false)) = self.matches.at(next) {
            return !matches!(self.lex.actors[actor].kind, ActorKind::Person | ActorKind::State);
        }
        let end = self.capitalised_run(toks, lowered, next);
        end > next + 1 && self.body_head(&lowered[end - 1])
    }

    /// True for a company suffix ("Corp", "Inc.", "PLC"), lower-case.
    pub(super) fn is_company_suffix(&self, lowered: &str) -> bool {
        self.lex.company_suffixes.contains(lowered.trim_end_matches('.'))
    }
}
