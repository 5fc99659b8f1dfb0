//! Speaking for a body: "a Microsoft spokesman", "Microsoft officials",
//! "the ministry's spokesman" and "a company spokesman" speak for Microsoft,
//! the ministry and the company, as "a spokesperson for Meta" speaks for
//! Meta. The mention keeps all its words and gives the role.

use super::entities::{Entities, NameHint};
use super::mention_anonymous::SOURCE_COUNT_WORDS;
use super::mentions::{Mention, MentionFinder, MentionKind};
use super::tokens::Token;
use crate::lexicon::KeyedWord;

/// Role heads whose holder speaks for the body named before them.
const SPEAKS_FOR: &[&str] = &[
    "spokesman",
    "spokesmen",
    "spokeswoman",
    "spokeswomen",
    "spokesperson",
    "spokespersons",
    "spokespeople",
    "official",
    "officials",
    "representative",
    "representatives",
];

/// Bodies whose "a ... spokesman" is the last such body named ("a company
/// spokesman", "a ministry official"). Not "police", "government" or
/// "military": the force or state meant is seldom the last one named.
const SPEAKING_BODIES: &[&str] = &[
    "company",
    "firm",
    "bank",
    "airline",
    "union",
    "party",
    "ministry",
    "association",
    "committee",
    "agency",
];

impl MentionFinder<'_> {
    /// Gives the anonymous source `m` the body it speaks for, when its role
    /// is a spokesman's or an official's and a name or a body's word stands
    /// right before the role: among the source's own words ("a senior
    /// Microsoft official", "a company spokesman"), or as the mention just
    /// found (`out`'s last: "Microsoft officials", "the ministry's
    /// spokesman"), which then joins it.
    pub(super) fn speaks_for(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        m: &mut Mention,
        out: &mut Vec<Mention>,
        ents: &mut Entities,
    ) {
        let head = m.end - 1;
        if m.kind != MentionKind::Anonymous || !SPEAKS_FOR.contains(&lowered[head].as_str()) {
            return;
        }
        // The words of the role: from the body's name to the head.
        let mut role_from = head;
        let body = if m.first == head {
            self.body_before(toks, lowered, m, &mut role_from, out, ents)
        } else {
            self.named_body(toks, lowered, m, &mut role_from, ents)
        };
        let Some(body) = body else { return };
        ents.note_spoken_for(body, &lowered[head], toks[m.first].start);
        m.entity = Some(body);
        m.kind = MentionKind::Name;
        m.speaks_for = true;
        m.role = Some(self.text[toks[role_from].start..toks[head].end].to_string());
        m.span = (toks[m.first].start, toks[head].end);
    }

    /// "Apple spokesman John Doe": lower-case role words right before a
    /// person's name, after the body's name or not, are the person's role
    /// ("Apple spokesman"), so that "the spokesman" can refer back to them.
    /// True when the body's mention became the start of the person's.
    pub(super) fn role_before_name(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        m: &mut Mention,
        out: &mut Vec<Mention>,
        ents: &mut Entities,
    ) -> bool {
        // Asked of every name: the word before it first.
        let spokesman = m.first > 0 && SPEAKS_FOR.contains(&lowered[m.first - 1].as_str());
        let Some(e) = m.entity.filter(|_| spokesman && m.kind == MentionKind::Name) else {
            return false;
        };
        let person = ents.get(e).is_person() || ents.get(e).kind.is_none();
        if m.role.is_some() || !person {
            return false;
        }
        let role_word =
            |k: usize| toks[k].word && !toks[k].capitalised && self.lex.roles.contains(&lowered[k]);
        let mut from = m.first;
        while from > 0 && m.first - from < 2 && role_word(from - 1) {
            from -= 1;
        }
        if from == m.first {
            return false;
        }
        let body = out.last().filter(|p| p.end == from && p.kind == MentionKind::Name);
        let start = body.map_or(from, |p| p.first);
        let role = &self.text[toks[start].start..toks[m.first - 1].end];
        ents.give_role(e, role);
        m.role = Some(role.to_string());
        // "fired FBI director James Comey": the body only qualifies the
        // person, whose mention starts at it (as "FBI Director James Comey"
        // does), so the verb's object is the person.
        let absorbed = body.is_some();
        if absorbed {
            out.pop();
            m.first = start;
        }
        absorbed
    }

    /// Whether entity `e` may be the body a source speaks for: not a person
    /// nor a capitalised common word ("Government officials"); and, when
    /// `strict` (a name that opens the source, as "Senior" or "Western"
    /// may), a name of more than one word, an acronym ("MITI") or one of a
    /// known kind ("Pentagon"). Inside "a Swissair spokesman" any name will do.
    fn is_body(&self, ents: &Entities, e: usize, strict: bool) -> bool {
        let e = ents.get(e);
        let acronym = e.name.len() >= 2 && e.name.bytes().all(|b| b.is_ascii_uppercase());
        let one_word = !e.name.contains(' ');
        let common =
            one_word && self.lex.descriptors.contains_key(super::tokens::lower(&e.name).as_str());
        let known = !one_word || acronym || e.kind.is_some() && !e.kind_guessed;
        // "Latin American": a people, not a body.
        let people = e.kind.is_none()
            && e.name
                .rsplit(' ')
                .next()
                .is_some_and(|w| self.lex.demonyms.contains_key(super::tokens::lower(w).as_str()));
        !e.is_person() && !e.doubtful && !common && !people && (known || !strict)
    }

    /// The body named right before a bare role: the mention just found
    /// ("Microsoft officials", "the ministry's spokesman"), which joins the
    /// source, or a state's demonym ("Russian officials", "North Korean
    /// officials"), which names no mention of its own.
    fn body_before(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        m: &mut Mention,
        role_from: &mut usize,
        out: &mut Vec<Mention>,
        ents: &mut Entities,
    ) -> Option<usize> {
        if let Some((from, state)) = self.demonym_before(toks, lowered, m.first) {
            // "North Korean" may have been read as a name: the state it is.
            if out.last().is_some_and(|p| p.first >= from && p.end == m.first) {
                out.pop();
            }
            m.first = from;
            return self.state_entity(state, toks[from].start, ents);
        }
        let p = out.last().filter(|p| {
            p.end == m.first
                && p.entity.is_some()
                && !p.quoted
                && !(p.first..p.end).any(|k| matches!(lowered[k].as_str(), "and" | "or" | ","))
                && (p.kind == MentionKind::Descriptor
                    || p.kind == MentionKind::Name && self.name_like(toks, p))
        })?;
        // "A Swissair spokesman" opening a sentence: the name was read
        // first, and the count word before it makes the source.
        let counted = p.first > 0 && SOURCE_COUNT_WORDS.contains(&lowered[p.first - 1].as_str());
        let e = p.entity.filter(|&e| self.is_body(ents, e, !counted))?;
        let p = out.pop().expect("the mention just tested");
        m.first = if counted { p.first - 1 } else { p.first };
        *role_from = p.end;
        Some(e)
    }

    /// The state whose demonym of one or two capitalised words ends right
    /// before token `end` ("Russian", "North Korean"), and where it starts.
    fn demonym_before(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        end: usize,
    ) -> Option<(usize, &str)> {
        [2, 1].into_iter().find_map(|n| {
            let from = end.checked_sub(n)?;
            // "Latin American officials": not a demonym inside a longer name.
            let longer = from > 0 && toks[from - 1].word && toks[from - 1].is_capitalised();
            if longer || !toks[from..end].iter().all(|t| t.word && t.is_capitalised()) {
                return None;
            }
            let words: Vec<&str> = lowered[from..end].iter().map(KeyedWord::as_str).collect();
            self.lex.demonyms.get(words.join(" ").as_str()).map(|st| (from, st.as_str()))
        })
    }

    /// The entity of the lexicon state called `state`, mentioned at byte `at`.
    fn state_entity(&self, state: &str, at: usize, ents: &mut Entities) -> Option<usize> {
        let hint = NameHint { lexicon: Some(self.lex.actor_index(state)?), ..NameHint::default() };
        ents.name(&[], hint, at, self.lex)
    }

    /// Whether mention `p`'s words are a name's: capitalised words and the
    /// small words inside names ("Bank of Spain"), not "the U.S. government"
    /// nor "Senior" after a lower-case word.
    fn name_like(&self, toks: &[Token], p: &Mention) -> bool {
        toks[p.first..p.end].iter().enumerate().all(|(k, t)| {
            let w = t.text(self.text);
            !t.word
                || t.is_capitalised()
                || k == 0 && matches!(w, "the" | "The")
                || k > 0 && matches!(w, "of" | "de" | "for" | "du" | "la" | "der" | "von")
        })
    }

    /// The body a source's own modifiers name: a name ending right before
    /// the role ("a senior Microsoft official"), or a body's word there
    /// resolved as "the company" would be ("a company spokesman").
    fn named_body(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        m: &Mention,
        role_from: &mut usize,
        ents: &mut Entities,
    ) -> Option<usize> {
        let head = m.end - 1;
        if !SOURCE_COUNT_WORDS.contains(&lowered[m.first].as_str()) {
            return None;
        }
        if let Some((from, state)) = self.demonym_before(toks, lowered, head) {
            *role_from = head;
            return self.state_entity(state, toks[from].start, ents);
        }
        for k in m.first + 1..head {
            if !toks[k].is_capitalised() {
                continue;
            }
            let name = self
                .lexicon_mention(toks, lowered, k, ents)
                .or_else(|| self.name(toks, lowered, k, false, ents))
                .filter(|n| n.end == head && n.kind == MentionKind::Name && !n.possessive);
            if let Some(n) = name {
                *role_from = n.end;
                return n.entity.filter(|&e| self.is_body(ents, e, false));
            }
        }
        // "a company spokesman": the count word, the body's word, the role.
        let word = &lowered[head - 1];
        if head != m.first + 2 || !SPEAKING_BODIES.contains(&word.as_str()) || toks[head - 1].quoted
        {
            return None;
        }
        let kinds = self.lex.descriptors.get(word.as_str())?;
        *role_from = head;
        // Only a body of the word's kind: not the last name of unknown kind.
        let e = ents.descriptor(kinds, toks[m.first].start)?;
        let known = ents.get(e).kind.is_some_and(|k| kinds.contains(&k));
        known.then_some(e).filter(|&e| self.is_body(ents, e, true))
    }
}

#[cfg(test)]
mod tests {
    /// (speaker, role) of each statement of `text`.
    fn speakers(text: &str) -> Vec<(Option<String>, Option<String>)> {
        let claims = crate::extract::claims_of(text);
        claims.into_iter().map(|c| (c.speaker, c.speaker_role)).collect()
    }

    #[test]
    fn a_spokesman_or_officials_named_by_a_body_speak_for_it() {
        const TEXT: &str = "A Microsoft spokesman said the deal was off. Pentagon officials \
                            said the test failed. Russian officials said the talks ended. North \
                            Korean officials said the report was false. Acme Corp opened a \
                            plant. A company spokesman said the plant was closed.";
        const EXPECTED: &[(&str, &str)] = &[
            ("Microsoft", "spokesman"),
            ("Pentagon", "officials"),
            ("Russia", "officials"),
            ("North Korea", "officials"),
            ("Acme Corp", "spokesman"),
        ];
        let expected: Vec<_> =
            EXPECTED.iter().map(|(s, r)| (Some(s.to_string()), Some(r.to_string()))).collect();
        assert_eq!(speakers(TEXT), expected);
    }

    #[test]
    fn a_capitalised_word_a_force_or_a_longer_name_before_the_role_is_no_body() {
        const TEXT: &str = "Acme Corp opened a plant. Senior officials said the deal was off. \
                            Western officials said the test failed. A police spokesman said \
                            the road was closed. Latin American officials said the talks ended.";
        let anonymous = (None, Some("anonymous source".to_string()));
        assert_eq!(speakers(TEXT), vec![anonymous; 4]);
    }

    #[test]
    fn the_spokesman_is_the_last_one_who_spoke_body_or_person() {
        const TEXT: &str = "A Microsoft spokesman said the deal was off. The spokesman added \
                            that talks would resume. Apple spokesman John Doe said the deal was \
                            on. The spokesman said talks had ended.";
        const EXPECTED: &[(&str, &str)] = &[
            ("Microsoft", "spokesman"),
            ("Microsoft", ""),
            ("John Doe", "Apple spokesman"),
            ("John Doe", "Apple spokesman"),
        ];
        let got: Vec<(String, String)> = speakers(TEXT)
            .into_iter()
            .map(|(s, r)| (s.unwrap_or_default(), r.unwrap_or_default()))
            .collect();
        let expected: Vec<(String, String)> =
            EXPECTED.iter().map(|(s, r)| (s.to_string(), r.to_string())).collect();
        assert_eq!(got, expected);
    }
}
