//! A person named after a title or role words: "Sir Nick Clegg",
//! "NetBlocks Director Alp Toker", "Chief of Staff Denis McDonough"; the
//! role the text gives the person, and the body that opens the title.

use super::super::entities::{Entities, NameHint};
use super::super::mention_words::HONORIFICS;
use super::super::mentions::{Mention, MentionFinder, MentionKind};
use super::super::tokens::{strip_possessive, Token};
use crate::lexicon::{Gender, KeyedWord};
use crate::model::ActorKind;

impl MentionFinder<'_> {
    /// "Sir Nick Clegg", "NetBlocks Director Alp Toker", "Russian President Vladimir Putin".
    /// The person's name starts at or after `name_from` (after an actor name
    /// of the lexicon, its end).
    pub(in crate::extract) fn titled_person(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        first: usize,
        end: usize,
        name_from: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let mut run_end = end;
        // The actor name may be followed by more capitalised words, but not
        // past a possessive ("Robert Maxwell's British Printing" is two names).
        let possessive_end = end > first && strip_possessive(toks[end - 1].text(self.text)).1;
        if !possessive_end
            && run_end < toks.len()
            && toks[run_end].word
            && toks[run_end].is_capitalised()
        {
            run_end = self.capitalised_run(toks, lowered, run_end);
        }
        // The last title or role word with a capitalised name after it.
        let mut split = None;
        let mut role_seen = None;
        let mut k = first;
        while k < run_end {
            let width = self
                .lex
                .titles
                .longest(&lowered[k..run_end])
                .map(|m| m.words)
                .or_else(|| self.lex.roles.contains(&lowered[k]).then_some(1));
            match width {
                Some(w) => {
                    role_seen = role_seen.or(Some(k));
                    let mut after = k + w;
                    if toks.get(after).is_some_and(|t| t.text(self.text) == ".") {
                        after += 1;
                    }
                    // "The Secret Soldiers of Benghazi": a name starts with a capital.
                    let capital = toks.get(after).is_some_and(|t| t.is_capitalised());
                    if after < run_end && toks[after].word && capital && after >= name_from {
                        split = Some((k, after));
                    }
                    k += w;
                }
                None => k += 1,
            }
        }
        // "Chief of Staff Denis McDonough", "Director of Government Affairs Phil
        // Smith": the role runs on through "of"; the name starts at a first name.
        let split = split.or_else(|| {
            let role = role_seen?;
            // "President of the Bundesbank Karl Otto Poehl": the first first name.
            let name = (role + 2..run_end).find(|&n| {
                n >= name_from
                    && self.lex.first_names.contains_key(&lowered[n])
                    && lowered[role..n].iter().any(|w| w == "of")
            })?;
            Some((role, name))
        });
        let (title_at, name_at) = split?;
        // "Data General Corp", "Varian Associates Inc", "Japan Ship Exporters
        // Association": a company or body, no title and name.
        // "Sgt Gill Cherry of Cumbria Police": a person of a body.
        let of_body = lowered[name_at..run_end].iter().any(|w| w == "of");
        let body_head = !of_body && self.body_head(&lowered[run_end - 1]);
        let suffixes =
            (name_at..run_end).all(|k| self.is_company_suffix(strip_possessive(&lowered[k]).0));
        if suffixes || body_head {
            return None;
        }
        let words = self.name_words(toks, name_at, self.person_end(lowered, name_at, run_end));
        if words.is_empty() {
            return None;
        }
        // "FDA Commissioner Frank Young ... the agency": the body that opens
        // the title is mentioned too, for the descriptors after it.
        // Not a state ("U.S. Commerce Secretary"): a state that qualifies a
        // title is no antecedent of "the state" or "they" after it.
        if let Some((_, body_end, actor, false)) = self.matches.at(first) {
            let hint = NameHint { lexicon: Some(actor), ..NameHint::default() };
            let at = toks[first].start;
            let state = self.lex.actors[actor].kind == ActorKind::State;
            if body_end <= toks[title_at].start && !state {
                // Opening the sentence, it is as much its subject as the person.
                let opens = toks[..first].iter().all(|t| !t.word);
                if let Some(body) = ents.name(&[], hint, at, self.lex) {
                    ents.touch(body, at, opens);
                }
            }
        }
        let title = &lowered[title_at];
        let gender = self
            .lex
            .titles
            .longest(&lowered[title_at..run_end])
            .map(|m| *m.value)
            .filter(|g| *g != Gender::Unknown);
        let honorific = HONORIFICS.contains(&title.as_str());
        let role_text = (!honorific || title_at > first)
            .then(|| {
                let role_end = if honorific { title_at } else { name_at };
                self.text[toks[first].start..toks[role_end - 1].end]
                    .trim_end_matches('.')
                    .to_string()
            })
            .filter(|r| !r.is_empty() && !HONORIFICS.contains(&r.to_lowercase().as_str()));
        let first_name_gender = self.lex.first_names.get(&words[0].to_lowercase()).copied();
        let hint = NameHint {
            lexicon: None,
            person: true,
            gender: gender.or(first_name_gender.filter(|g| *g != Gender::Unknown)),
            role: role_text.clone(),
            kind: Some(ActorKind::Person),
            opening: false,
        };
        let mut m = self.base(toks, first, run_end, MentionKind::Name);
        m.span = (toks[if honorific { title_at } else { name_at }].start, toks[run_end - 1].end);
        let (stem, possessive) = strip_possessive(toks[run_end - 1].text(self.text));
        m.possessive = possessive;
        m.span.1 = toks[run_end - 1].start + stem.len();
        m.role = role_text;
        m.entity = ents.name(&words, hint, toks[first].start, self.lex);
        Some(m)
    }
}
