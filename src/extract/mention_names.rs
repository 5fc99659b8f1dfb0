//! Names in a sentence: runs of capitalised words, with titles and roles
//! ("NetBlocks Director Alp Toker", "Chief of Staff Denis McDonough": the
//! titled person is read in `mention_names/titled.rs`), particles ("de los
//! Angeles") and hyphenated given names ("Ban Ki-moon").

use super::entities::{Entities, NameHint};
use super::mention_words::{
    is_adjective_tail, is_capitalised_function_word, is_one_of, AUXILIARIES, NAME_PARTICLES,
    NAME_PARTICLE_LIST, NUMBER_NAMES,
};
use super::mentions::{Mention, MentionFinder, MentionKind};
use super::tokens::{is_initials, lower, strip_possessive, Token};
use crate::lexicon::KeyedWord;

impl<'a> MentionFinder<'a> {
    /// A run of capitalised words: a name, possibly after title and role words.
    /// Inlined up to the first test: most words are in lower case and no
    /// name particle, and no name starts at them.
    #[inline(always)]
    pub(super) fn name(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        i: usize,
        sentence_start: bool,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let particle = i > 0 && toks[i].word && NAME_PARTICLE_LIST.holds(&lowered[i]);
        if !particle && !toks[i].is_capitalised() {
            return None;
        }
        self.name_at(toks, lowered, i, sentence_start, ents)
    }

    #[inline(never)]
    fn name_at(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        i: usize,
        sentence_start: bool,
        ents: &mut Entities,
    ) -> Option<Mention> {
        // "de los Angeles amended": a known surname written with its particles.
        let particles = (i..(i + 2).min(toks.len()))
            .take_while(|&k| toks[k].word && is_one_of(NAME_PARTICLES, &lowered[k]))
            .count();
        if particles > 0 && i > 0 {
            let at = i + particles;
            let capital = toks.get(at).is_some_and(|t| t.word && t.is_capitalised());
            if !capital {
                return None;
            }
            let end = self.capitalised_run(toks, lowered, at);
            let words: Vec<&str> = (i..end).map(|k| toks[k].text(self.text)).collect();
            let known = ents.known(&words)?;
            let mut m = self.base(toks, i, end, MentionKind::Name);
            m.possessive = strip_possessive(toks[end - 1].text(self.text)).1;
            m.entity = Some(known);
            return Some(m);
        }
        if !toks[i].is_capitalised() || (self.headline.get() && self.is_headline_verb(&lowered[i]))
        {
            return None;
        }
        let end = self.capitalised_run(toks, lowered, i);
        let mut first = i;
        // "Sunday's game": a day's possessive names no one either.
        // "Sixteen people were arrested": so is a count opening the sentence,
        // unless the article named someone so ("TV channel Five ... Five said").
        let count = |k: usize| {
            sentence_start
                && k == i
                && NUMBER_NAMES.contains(&lowered[k].as_str())
                && ents.known(&[toks[k].text(self.text)]).is_none()
        };
        while first < end
            && (is_capitalised_function_word(strip_possessive(&lowered[first]).0) || count(first))
            && !self.is_title_at(lowered, first)
        {
            first += 1;
        }
        // "A Microsoft spokesman": the actor the lexicon knows after an
        // opening function word, when it is the whole capitalised run.
        if first > i && first < end {
            let known = self.lexicon_mention(toks, lowered, first, ents);
            if let Some(m) = known.filter(|m| m.end == end) {
                return Some(m);
            }
        }
        // "Proceeds from the offering ...": one capitalised word opening the
        // sentence that the article also writes in lower case, or that reads
        // as a verb or adverb ("Finally"), and that no name of the article
        // holds ("David Jolly ... Jolly said"), is a plain word. Role words
        // ("Analysts said") keep their reading as a name, as anywhere in the
        // sentence.
        let plain = |w: &str| {
            (self.is_plain_word(w)
                || !self.lex.roles.contains(w)
                    && written_in_lower_case(self.text, toks[first].start, w))
                && ents.known(&[toks[first].text(self.text)]).is_none()
        };
        // "Officials said": a plural role word opening the sentence is an
        // anonymous source, as in lower case; so after "U.S." in corpora that
        // capitalise the word after an abbreviation ("U.S. Officials said").
        let plural_role = |w: &str| w.ends_with('s') && self.lex.roles.contains(w);
        let one_word = first == i && end - first == 1;
        if first >= end
            || (sentence_start && one_word && plain(&lowered[first]))
            || ((sentence_start || after_abbreviation(toks, self.text, i))
                && one_word
                && plural_role(&lowered[first]))
        {
            return None;
        }
        if let Some(m) = self.titled_person(toks, lowered, first, end, first, ents) {
            return Some(m);
        }
        // "Jones of Lanston" after "David Jones of Aubrey G. Lanston and Co":
        // a person's surname before "of" is that person.
        let surname_of = end > first + 2
            && lowered[first + 1] == "of"
            && ents.known(&[toks[first].text(self.text)]).is_some_and(|e| ents.get(e).is_person());
        let name_end = if surname_of { first + 1 } else { self.person_end(lowered, first, end) };
        let hint = NameHint { opening: sentence_start && first == i, ..NameHint::default() };
        let entity = self.with_name_words(toks, first, name_end, |words| {
            let demonyms = &self.lex.demonyms;
            let demonym = words.len() == 1
                && demonyms.may_hold_lower_case_of(words[0])
                && demonyms.contains_key(&words[0].to_lowercase());
            (!demonym).then(|| ents.name(words, hint, toks[first].start, self.lex))
        })?;
        let mut m = self.base(toks, first, end, MentionKind::Name);
        m.possessive = strip_possessive(toks[end - 1].text(self.text)).1;
        m.span.1 = toks[end - 1].start + strip_possessive(toks[end - 1].text(self.text)).0.len();
        m.entity = entity;
        Some(m)
    }

    /// A single capitalised word at the start of a sentence that names nothing known.
    pub(super) fn is_plain_word(&self, lower_word: &str) -> bool {
        let verb_like = ["ing", "ly", "ed"].iter().any(|s| lower_word.ends_with(s));
        !self.lex.first_names.contains_key(lower_word)
            && (verb_like || self.lex.cue_verbs.contains_word(lower_word))
    }

    pub(super) fn is_title_at(&self, lowered: &[KeyedWord], i: usize) -> bool {
        self.lex.titles.longest(&lowered[i..]).is_some()
    }

    /// True when `w` (lower-case) is a reporting or action verb form, or an
    /// auxiliary: a word that in title case ends a name.
    pub(super) fn is_headline_verb(&self, w: &str) -> bool {
        AUXILIARIES.contains(&w) || self.lex.is_verb_form(w)
    }

    /// The end of the run of capitalised words (with inner connectors, initials
    /// and abbreviation periods) starting at `i`.
    pub(super) fn capitalised_run(&self, toks: &[Token], lowered: &[KeyedWord], i: usize) -> usize {
        let capitalised_word = |k: usize| toks.get(k).is_some_and(|n| n.word && n.is_capitalised());
        let mut j = i;
        while j < toks.len() {
            let t = toks[j];
            let text = t.text(self.text);
            // "Meta-owned" is an adjective, not a name; "Ban Ki-moon" after a
            // name word is one.
            // A byte search: `rsplit_once` sets up a char searcher for every
            // word. Asked only of a capitalised word whose hyphen joins it.
            let hyphen_adjective = || {
                let last_hyphen = t.joined.then(|| text.bytes().rposition(|b| b == b'-')).flatten();
                last_hyphen.map(|h| &text[h + 1..]).is_some_and(|tail| {
                    tail.chars().next().is_some_and(char::is_lowercase)
                        && (j == i || is_adjective_tail(tail))
                })
            };
            // "Obama Says African-American Museum Will Tell": in a headline a verb
            // or auxiliary ends the name.
            let headline_verb = j > i && self.headline.get() && self.is_headline_verb(&lowered[j]);
            // "Saja al-Dulaimi", "Bashar al-Assad": an Arabic article joined to a
            // capitalised surname goes on the name.
            // Asked only of a lower-case word, past the run's first.
            let article_surname = || {
                j > i
                    && t.joined
                    && ["al-", "el-"].iter().any(|a| {
                        text.strip_prefix(a)
                            .is_some_and(|r| r.starts_with(|c: char| c.is_uppercase()))
                    })
            };
            let capitalised = t.is_capitalised() || article_surname();
            if t.word && capitalised && !headline_verb && !hyphen_adjective() {
                j += 1;
                // "Robert Maxwell's British Printing" is two names; "Heck's Inc" one.
                let suffix_next = || {
                    toks.get(j).is_some_and(|n| n.word)
                        && self.is_company_suffix(strip_possessive(&lowered[j]).0)
                };
                if strip_possessive(text).1 && !suffix_next() {
                    break;
                }
                continue;
            }
            // "State Duma member Anton Tkachev": a role word between an organisation and a name.
            let role_between =
                t.word && j > i && self.lex.roles.contains(&lowered[j]) && capitalised_word(j + 1);
            // "Dr. Matthew", "John F. Kennedy": abbreviation and initial periods.
            let period = text == "."
                && j > i
                && (self.lex.abbreviations.contains(&format!("{}.", lowered[j - 1]))
                    || toks[j - 1].end - toks[j - 1].start == 1
                    // Run-together initials are one token: "G.K. Butterfield".
                    || is_initials(toks[j - 1].text(self.text)))
                && capitalised_word(j + 1);
            // "Bank of England", "Charles de Gaulle", "Eduardo de los Angeles".
            let particle = |k: usize| {
                toks.get(k).is_some_and(|t| t.word) && is_one_of(NAME_PARTICLES, &lowered[k])
            };
            let connector = t.word && j > i && (lowered[j] == "of" || particle(j)) && {
                let next = if particle(j + 1) && lowered[j] != "of" { j + 2 } else { j + 1 };
                // Not "CV of al-Baghdadi": a name after an article is a person's.
                capitalised_word(next)
                    && toks[next].text(self.text).starts_with(char::is_uppercase)
                    && !is_capitalised_function_word(&lower(toks[next].text(self.text)))
            };
            // "British Printing and Communication Corp", "Procter & Gamble Co": one company.
            // "Texaco Inc and Pennzoil Co" are two: the left side must not be a whole company.
            let suffix = |k: usize| self.is_company_suffix(&lowered[k]);
            let company_and = j > i
                && (lowered[j] == "and" || text == "&")
                && !suffix(j - 1)
                && capitalised_word(j + 1)
                && {
                    let end = self.capitalised_run(toks, lowered, j + 1);
                    end - j <= 4 && suffix(end - 1)
                };
            // "National Association of Broadcast Employees and Technicians": a
            // body "of" two things ends with the second one.
            let body_of_and = j > i + 2
                && lowered[j] == "and"
                && capitalised_word(j + 1)
                && (i + 1..j - 1).any(|k| lowered[k] == "of" && self.body_head(&lowered[k - 1]))
                && {
                    let end = self.capitalised_run(toks, lowered, j + 1);
                    end - j <= 3 && toks.get(end).is_none_or(|t| !t.word || !t.is_capitalised())
                };
            // "Chancellor of the Exchequer Nigel Lawson": a title's "of the" place
            // before a person's name (not "Judge Green of the U.S. District Court").
            let title_of_the = t.word
                && j > i
                && lowered[j] == "of"
                && lowered.get(j + 1).is_some_and(|w| w == "the")
                && self.is_title_at(lowered, j - 1)
                && capitalised_word(j + 2)
                && {
                    let end = self.capitalised_run(toks, lowered, j + 2);
                    (j + 3..end).any(|k| self.lex.first_names.contains_key(&lowered[k]))
                };
            if title_of_the {
                j += 2;
            } else if role_between || period || connector || company_and || body_of_and {
                j += 1;
            } else {
                break;
            }
        }
        j
    }
}

/// True when token `i` follows an abbreviation's period ("U.S. Officials").
pub(super) fn after_abbreviation(toks: &[Token], text: &str, i: usize) -> bool {
    i >= 2 && toks[i - 1].text(text) == "." && toks[i - 2].text(text).contains('.')
}

mod name_words;
mod person_of;
mod plain;
mod titled;
use plain::written_in_lower_case;
#[cfg(test)]
mod tests;
