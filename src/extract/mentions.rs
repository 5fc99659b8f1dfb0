//! Mentions of actors in a sentence: names, pronouns, descriptors, anonymous sources.

use super::entities::{Entities, EntityId, NameHint};
use super::tokens::{is_capitalised, lower, strip_possessive, Token};
use crate::lexicon::{Gender, Lexicons};
use crate::model::ActorKind;

pub use super::mention_words::PREPOSITIONS;
use super::mention_words::{
    is_adjective_tail, is_capitalised_function_word, AUXILIARIES, DETERMINERS, GENERIC_MODIFIERS,
    HONORIFICS, NAME_PARTICLES,
};

/// What a mention is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MentionKind {
    /// A proper name.
    Name,
    /// he, she, it, they, we, I ...
    Pronoun,
    /// "the company", "Russia's communications regulator".
    Descriptor,
    /// "officials", "a source close to ...".
    Anonymous,
}

/// One mention in a sentence.
#[derive(Debug, Clone)]
pub struct Mention {
    /// Index of its first token in the sentence's tokens.
    pub first: usize,
    /// Index after its last token.
    pub end: usize,
    /// Byte range of the words that name it (role words excluded).
    pub span: (usize, usize),
    /// What it is made of.
    pub kind: MentionKind,
    /// The entity it resolves to.
    pub entity: Option<EntityId>,
    /// Role words given with it ("NetBlocks Director").
    pub role: Option<String>,
    /// Governed by a preposition ("of the United States").
    pub in_pp: bool,
    /// Inside parentheses.
    pub in_parens: bool,
    /// Ends in a possessive ’s.
    pub possessive: bool,
    /// Inside quotation marks.
    pub quoted: bool,
    /// First person (we, I, us): the speaker of the quote it is in.
    pub first_person: bool,
}

/// Lexicon matches of the whole article: (start, end, actor index, descriptor?).
pub type ActorMatches = Vec<(usize, usize, usize, bool)>;

/// Finds the lexicon's actor names and descriptors in `text`, on word boundaries.
pub fn actor_matches(text: &str, lex: &Lexicons) -> ActorMatches {
    let mut out: ActorMatches = Vec::new();
    crate::lexicon::find_actors(text, &lex.actor_names, &lex.actor_descriptors, |s, e, id, d| {
        out.push((s, e, id, d))
    });
    out.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
    out
}

/// Finds and resolves the mentions of one sentence, in order.
pub struct MentionFinder<'a> {
    /// The article text.
    pub text: &'a str,
    /// The lexicons.
    pub lex: &'a Lexicons,
    /// Lexicon matches of the article.
    pub matches: &'a ActorMatches,
    /// The sentence being read is a title-case headline, set by `find`.
    pub headline: std::cell::Cell<bool>,
}

impl<'a> MentionFinder<'a> {
    /// The mentions of the sentence made of `toks`; `lowered[i]` is toks[i] lower-cased.
    pub fn find(&self, toks: &[Token], lowered: &[String], ents: &mut Entities) -> Vec<Mention> {
        let mut out = Vec::new();
        let mut parens = 0i32;
        let mut i = 0;
        let first_word = toks.iter().position(|t| t.word).unwrap_or(0);
        let mut subject_seen = false;
        self.headline.set(is_headline(toks, self.text));
        // "WASHINGTON — Sen. Chuck Grassley said": the dateline names no one.
        if let Some(after) = dateline_end(toks, self.text, first_word) {
            i = after;
        }
        while i < toks.len() {
            let t = toks[i];
            let bracketed = if t.text(self.text) == "<" {
                self.bracketed(toks, lowered, i, ents, &mut out)
            } else {
                None
            };
            if let Some((None, next)) = bracketed {
                i = next;
                continue;
            }
            if !t.word && bracketed.is_none() {
                match t.text(self.text) {
                    "(" | "[" => parens += 1,
                    ")" | "]" => parens = (parens - 1).max(0),
                    _ => {}
                }
                i += 1;
                continue;
            }
            let found = bracketed
                .and_then(|(m, _)| m)
                .or_else(|| self.lexicon_mention(toks, lowered, i, ents))
                .or_else(|| self.pronoun(toks, lowered, i, ents))
                .or_else(|| self.name(toks, lowered, i, i == first_word, ents))
                .or_else(|| self.descriptor(toks, lowered, i, ents))
                .or_else(|| self.anonymous(toks, lowered, i, ents));
            match found {
                Some(mut m) => {
                    m.in_parens = parens > 0;
                    m.quoted = t.quoted;
                    m.in_pp = governed_by_preposition(lowered, m.first);
                    // Touch as we go, so later mentions of the sentence resolve against earlier ones.
                    if let Some(e) = m.entity {
                        // "Spain coach Luis Aragones is ...": the subject is the person
                        // the opening name and role modify, not the country.
                        let modified = out.last().is_some_and(|p: &Mention| {
                            p.entity.is_some()
                                && p.first == first_word
                                && p.kind == MentionKind::Name
                                && m.kind == MentionKind::Name
                                && m.first > p.end
                                && m.first - p.end <= 2
                                && (p.end..m.first).all(|k| self.lex.roles.contains(&lowered[k]))
                        });
                        let subject = (!subject_seen || modified)
                            && !m.in_pp
                            && !m.in_parens
                            && !m.quoted
                            && !m.possessive;
                        subject_seen |= subject;
                        ents.touch(e, toks[m.first].start, subject);
                    }
                    i = m.end.max(i + 1);
                    out.push(m);
                }
                None => i += 1,
            }
        }
        super::apposition::define_kinds(toks, lowered, &out, self.lex, ents);
        out
    }

    /// Reuters writes company names and tickers in angle brackets ("units of
    /// <Goldman, Sachs and Co>", "Salomon Inc <SB>"): a bracketed name is one
    /// mention, its inner commas no list; a ticker right after a name joins
    /// that name. Returns the mention (none for a ticker) and where to go on.
    fn bracketed(
        &self,
        toks: &[Token],
        lowered: &[String],
        open: usize,
        ents: &mut Entities,
        out: &mut [Mention],
    ) -> Option<(Option<Mention>, usize)> {
        let limit = (open + 12).min(toks.len());
        let close = (open + 1..limit).find(|&k| matches!(toks[k].text(self.text), ">" | "<"))?;
        if toks[close].text(self.text) != ">" || close == open + 1 {
            return None;
        }
        let inner = open + 1..close;
        let ticker = close == open + 2
            && toks[open + 1].word
            && toks[open + 1].text(self.text).chars().all(|c| c.is_ascii_uppercase() || c == '.');
        if ticker {
            let name_before = out.last_mut().filter(|m| m.end == open);
            return name_before.map(|m| {
                m.end = close + 1;
                (None, close + 1)
            });
        }
        let name_like = is_capitalised(toks[open + 1].text(self.text))
            && inner.clone().all(|k| {
                let w = toks[k].text(self.text);
                if toks[k].word {
                    is_capitalised(w)
                        || w.starts_with(|c: char| c.is_ascii_digit())
                        || matches!(lowered[k].as_str(), "and" | "of" | "de" | "the" | "du")
                } else {
                    matches!(w, "," | "." | "&" | "-" | "'" | "/")
                }
            });
        if !name_like {
            return None;
        }
        let lexicon = self
            .lexicon_mention(toks, lowered, open + 1, ents)
            .filter(|m| m.end == close && m.kind == MentionKind::Name);
        let mut m = lexicon.unwrap_or_else(|| {
            let words = self.name_words(toks, open + 1, close);
            let mut m = self.base(toks, open + 1, close, MentionKind::Name);
            m.entity = ents.name(&words, NameHint::default(), toks[open + 1].start, self.lex);
            m
        });
        m.end = close + 1;
        Some((Some(m), close + 1))
    }

    fn base(&self, toks: &[Token], first: usize, end: usize, kind: MentionKind) -> Mention {
        Mention {
            first,
            end,
            span: (toks[first].start, toks[end - 1].end),
            kind,
            entity: None,
            role: None,
            in_pp: false,
            in_parens: false,
            possessive: false,
            quoted: false,
            first_person: false,
        }
    }

    /// The token index whose end is `end` (or whose possessive stem ends there).
    fn token_ending(toks: &[Token], from: usize, end: usize, text: &str) -> Option<usize> {
        toks[from..]
            .iter()
            .position(|t| {
                t.end == end
                    || (t.start < end
                        && t.end > end
                        && strip_possessive(t.text(text)).1
                        && t.end - end <= 3)
            })
            .map(|p| from + p)
    }

    fn lexicon_mention(
        &self,
        toks: &[Token],
        lowered: &[String],
        i: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let start = toks[i].start;
        let idx = self.matches.partition_point(|m| m.0 < start);
        // A determiner before a descriptor belongs to it ("the Russian telecom watchdog").
        let lead = usize::from(DETERMINERS.contains(&lowered[i].as_str()) && i + 1 < toks.len());
        let at = toks[i + lead].start;
        let jdx = if lead == 1 { self.matches.partition_point(|m| m.0 < at) } else { idx };
        let m = *self.matches.get(jdx).filter(|m| m.0 == at)?;
        let last = Self::token_ending(toks, i + lead, m.1, self.text)?;
        let (_, possessive) = strip_possessive(toks[last].text(self.text));
        let kind = if m.3 { MentionKind::Descriptor } else { MentionKind::Name };
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
            && toks.get(last + 1).is_some_and(|t| {
                t.word && is_capitalised(t.text(self.text)) && t.start == toks[last].end + 1
            });
        if titles_a_name {
            return None;
        }
        let first =
            if kind == MentionKind::Descriptor || lowered[i] == "the" { i } else { i + lead };
        // "NetBlocks Director Alp Toker": a role and a person follow the actor's name.
        if kind == MentionKind::Name {
            // The person's name starts after the actor's ("NetBlocks Director Alp
            // Toker"); "Reporters Without Borders" holds a role word but no person.
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

    fn pronoun(
        &self,
        toks: &[Token],
        lowered: &[String],
        i: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let &(gender, plural) = self.lex.pronouns.get(&lowered[i])?;
        let mut m = self.base(toks, i, i + 1, MentionKind::Pronoun);
        m.first_person = matches!(lowered[i].as_str(), "i" | "me" | "my" | "we" | "us" | "our");
        m.possessive =
            matches!(lowered[i].as_str(), "his" | "her" | "its" | "their" | "our" | "my");
        if !m.first_person {
            m.entity = ents.pronoun(gender, plural, toks[i].start, toks[i].quoted);
        }
        Some(m)
    }

    /// A run of capitalised words: a name, possibly after title and role words.
    fn name(
        &self,
        toks: &[Token],
        lowered: &[String],
        i: usize,
        sentence_start: bool,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let word = toks[i].text(self.text);
        // "de los Angeles amended": a known surname written with its particles.
        let particles = (i..(i + 2).min(toks.len()))
            .take_while(|&k| toks[k].word && NAME_PARTICLES.contains(&lowered[k].as_str()))
            .count();
        if particles > 0 && i > 0 {
            let at = i + particles;
            let capital = toks.get(at).is_some_and(|t| t.word && is_capitalised(t.text(self.text)));
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
        if !is_capitalised(word) || (self.headline.get() && self.is_headline_verb(&lowered[i])) {
            return None;
        }
        let end = self.capitalised_run(toks, lowered, i);
        let mut first = i;
        while first < end
            && is_capitalised_function_word(&lowered[first])
            && !self.is_title_at(lowered, first)
        {
            first += 1;
        }
        if first >= end
            || (sentence_start
                && first == i
                && end - first == 1
                && self.is_plain_word(&lowered[first]))
        {
            return None;
        }
        if let Some(m) = self.titled_person(toks, lowered, first, end, first, ents) {
            return Some(m);
        }
        let words = self.name_words(toks, first, end);
        if words.len() == 1 && self.lex.demonyms.contains_key(&words[0].to_lowercase()) {
            return None;
        }
        let mut m = self.base(toks, first, end, MentionKind::Name);
        m.possessive = strip_possessive(toks[end - 1].text(self.text)).1;
        m.span.1 = toks[end - 1].start + strip_possessive(toks[end - 1].text(self.text)).0.len();
        m.entity = ents.name(&words, NameHint::default(), toks[first].start, self.lex);
        Some(m)
    }

    /// A single capitalised word at the start of a sentence that names nothing known.
    fn is_plain_word(&self, lower_word: &str) -> bool {
        let verb_like = ["ing", "ly", "ed"].iter().any(|s| lower_word.ends_with(s));
        !self.lex.first_names.contains_key(lower_word)
            && (verb_like || self.lex.cue_verbs.contains_word(lower_word))
    }

    fn is_title_at(&self, lowered: &[String], i: usize) -> bool {
        self.lex.titles.longest(&lowered[i..]).is_some()
    }

    /// True when `w` (lower-case) is a reporting or action verb form, or an
    /// auxiliary: a word that in title case ends a name.
    fn is_headline_verb(&self, w: &str) -> bool {
        AUXILIARIES.contains(&w)
            || self.lex.cue_verbs.longest(&[w]).is_some()
            || self.lex.action_verbs.longest(&[w]).is_some()
    }

    /// The end of the run of capitalised words (with inner connectors, initials
    /// and abbreviation periods) starting at `i`.
    fn capitalised_run(&self, toks: &[Token], lowered: &[String], i: usize) -> usize {
        let capitalised_word =
            |k: usize| toks.get(k).is_some_and(|n| n.word && is_capitalised(n.text(self.text)));
        let mut j = i;
        while j < toks.len() {
            let t = toks[j];
            let text = t.text(self.text);
            // "Meta-owned" is an adjective, not a name; "Ban Ki-moon" after a
            // name word is one.
            let hyphen_adjective = text.rsplit_once('-').is_some_and(|(_, tail)| {
                tail.chars().next().is_some_and(char::is_lowercase)
                    && (j == i || is_adjective_tail(tail))
            });
            // "Obama Says African-American Museum Will Tell": in a headline a verb
            // or auxiliary ends the name.
            let headline_verb = j > i && self.headline.get() && self.is_headline_verb(&lowered[j]);
            if t.word && is_capitalised(text) && !hyphen_adjective && !headline_verb {
                j += 1;
                if strip_possessive(text).1 {
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
                    || toks[j - 1].end - toks[j - 1].start == 1)
                && capitalised_word(j + 1);
            // "Bank of England", "Charles de Gaulle", "Eduardo de los Angeles".
            let particle = |k: usize| {
                toks.get(k).is_some_and(|t| t.word) && NAME_PARTICLES.contains(&lowered[k].as_str())
            };
            let next = if particle(j + 1) && lowered[j] != "of" { j + 2 } else { j + 1 };
            let connector = t.word
                && j > i
                && (lowered[j] == "of" || particle(j))
                && capitalised_word(next)
                && !is_capitalised_function_word(&lower(toks[next].text(self.text)));
            // "British Printing and Communication Corp", "Procter & Gamble Co": one company.
            // "Texaco Inc and Pennzoil Co" are two: the left side must not be a whole company.
            let suffix =
                |k: usize| self.lex.company_suffixes.contains(lowered[k].trim_end_matches('.'));
            let company_and = j > i
                && (lowered[j] == "and" || text == "&")
                && !suffix(j - 1)
                && capitalised_word(j + 1)
                && {
                    let end = self.capitalised_run(toks, lowered, j + 1);
                    end - j <= 4 && suffix(end - 1)
                };
            if role_between || period || connector || company_and {
                j += 1;
            } else {
                break;
            }
        }
        j
    }

    /// Name words without titles and possessive endings.
    fn name_words(&self, toks: &[Token], first: usize, end: usize) -> Vec<&'a str> {
        let text: &'a str = self.text;
        toks[first..end]
            .iter()
            .filter(|t| t.word)
            .map(|t| strip_possessive(t.text(text)).0)
            .filter(|w| !HONORIFICS.contains(&w.to_lowercase().as_str()))
            .collect()
    }

    /// "Sir Nick Clegg", "NetBlocks Director Alp Toker", "Russian President Vladimir Putin".
    /// The person's name starts at or after `name_from` (after an actor name
    /// of the lexicon, its end).
    fn titled_person(
        &self,
        toks: &[Token],
        lowered: &[String],
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
            && is_capitalised(toks[run_end].text(self.text))
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
                    let capital =
                        toks.get(after).is_some_and(|t| is_capitalised(t.text(self.text)));
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
            let name = (role + 2..run_end).rev().find(|&n| {
                n >= name_from
                    && self.lex.first_names.contains_key(&lowered[n])
                    && lowered[role..n].iter().any(|w| w == "of")
            })?;
            Some((role, name))
        });
        let (title_at, name_at) = split?;
        let words = self.name_words(toks, name_at, run_end);
        if words.is_empty() {
            return None;
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

    /// "the company", "the Russian regulator": a determiner, up to three
    /// modifiers and a head noun of the descriptor lexicon.
    fn descriptor(
        &self,
        toks: &[Token],
        lowered: &[String],
        i: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        if !matches!(lowered[i].as_str(), "the" | "this") {
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
            let determiner = head > i + 1 && DETERMINERS.contains(&stem);
            if plural_head || determiner || AUXILIARIES.contains(&stem) {
                return None;
            }
            // "the 66-year-old criticised ...": the last person.
            let age = stem.ends_with("-year-old").then_some(&[ActorKind::Person][..]);
            if let Some(kinds) = self.lex.descriptors.get(stem).map(Vec::as_slice).or(age) {
                // "the company's CEO" is about the CEO; "the company said" about the company.
                let next_is_noun = toks.get(head + 1).is_some_and(|t| t.word)
                    && self.lex.descriptors.contains_key(&lowered[head + 1]);
                if next_is_noun {
                    continue;
                }
                let mut m = self.base(toks, i, head + 1, MentionKind::Descriptor);
                m.possessive = possessive;
                // "the company", "the Russian regulator" refer back; "the hospital
                // association" names something new, which later pronouns can refer to.
                let modifiers = &lowered[i + 1..head];
                let anaphoric = modifiers.iter().all(|w| {
                    GENERIC_MODIFIERS.contains(&w.as_str())
                        || self.lex.demonyms.contains_key(w.as_str())
                });
                // "the striker" after "their Welsh striker Craig Bellamy": the person of that role.
                let by_role = || ents.with_role_head(stem, toks[i].start);
                // "the court" is a court, not the last government body ("the CBI").
                let named_head = NAMED_HEADS.contains(&stem);
                let by_kind = || match named_head {
                    true => ents.descriptor_named(kinds, stem, toks[i].start),
                    false => ents.descriptor(kinds, toks[i].start),
                };
                m.entity = if age.is_some() {
                    ents.person(toks[i].start)
                } else if anaphoric {
                    by_role().or_else(by_kind)
                } else {
                    let words: Vec<&str> =
                        toks[i + 1..=head].iter().map(|t| t.text(self.text)).collect();
                    let hint = NameHint { kind: kinds.first().copied(), ..NameHint::default() };
                    ents.name(&words, hint, toks[i].start, self.lex)
                };
                return Some(m);
            }
            if PREPOSITIONS.contains(&lowered[head].as_str())
                || self.lex.pronouns.contains_key(&lowered[head])
            {
                return None;
            }
        }
        None
    }

    /// "officials", "a source close to", "a spokesperson for Meta".
    fn anonymous(
        &self,
        toks: &[Token],
        lowered: &[String],
        i: usize,
        ents: &mut Entities,
    ) -> Option<Mention> {
        let mut head = i;
        if matches!(
            lowered[i].as_str(),
            "a" | "an"
                | "one"
                | "two"
                | "three"
                | "several"
                | "some"
                | "many"
                | "other"
                | "another"
        ) {
            // "a longtime GOP data expert", "a prominent Republican National Committee
            // member": up to four modifiers, names among them, before the role.
            head =
                (i + 1..(i + 6).min(toks.len())).find(|&h| self.lex.roles.contains(&lowered[h]))?;
            let modifier = |k: usize| {
                toks[k].word
                    && !self.lex.pronouns.contains_key(&lowered[k])
                    && !PREPOSITIONS.contains(&lowered[k].as_str())
                    && !AUXILIARIES.contains(&lowered[k].as_str())
                    && !matches!(lowered[k].as_str(), "who" | "which" | "that" | "and" | "or")
            };
            if !(i + 1..head).all(modifier) {
                return None;
            }
        } else if !self.lex.roles.contains(&lowered[i])
            || is_capitalised(toks[i].text(self.text)) && i > 0
        {
            return None;
        }
        // A role word right before a name is part of that name's mention.
        if toks.get(head + 1).is_some_and(|t| t.word && is_capitalised(t.text(self.text))) {
            return None;
        }
        let mut m = self.base(toks, i, head + 1, MentionKind::Anonymous);
        // "a spokesperson for Meta": the organisation speaks.
        if matches!(lowered.get(head + 1).map(String::as_str), Some("for" | "at" | "of"))
            && head + 2 < toks.len()
        {
            if let Some(org) = self
                .lexicon_mention(toks, lowered, head + 2, ents)
                .or_else(|| self.name(toks, lowered, head + 2, false, ents))
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

/// True when the mention starting at token `first` follows a preposition
/// (determiners and adjectives in between are skipped).
fn governed_by_preposition(lowered: &[String], first: usize) -> bool {
    let mut k = first;
    while k > 0 {
        k -= 1;
        let w = lowered[k].as_str();
        if PREPOSITIONS.contains(&w) {
            return true;
        }
        if DETERMINERS.contains(&w) {
            continue;
        }
        return false;
    }
    false
}

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

/// True when most words of the sentence are capitalised: a title-case headline.
fn is_headline(toks: &[Token], text: &str) -> bool {
    let words = toks.iter().filter(|t| t.word);
    let (n, caps) = words
        .fold((0, 0), |(n, caps), t| (n + 1, caps + usize::from(is_capitalised(t.text(text)))));
    n >= 3 && caps * 10 >= n * 7
}

/// The token after a dateline that opens the sentence at `first` ("WASHINGTON
/// —", "MANCHESTER, N.H. -", "LONDON (Reuters) -"): upper-case words, commas
/// and periods, perhaps a parenthesis, then a dash.
fn dateline_end(toks: &[Token], text: &str, first: usize) -> Option<usize> {
    let upper = |t: &Token| {
        let w = t.text(text);
        t.word && w.chars().any(char::is_alphabetic) && !w.chars().any(char::is_lowercase)
    };
    let mut k = first;
    while k < toks.len()
        && k < first + 6
        && (upper(&toks[k]) || matches!(toks[k].text(text), "," | "."))
    {
        k += 1;
    }
    let letters: usize = toks[first..k].iter().filter(|t| t.word).map(|t| t.end - t.start).sum();
    if k == first || letters < 3 {
        return None;
    }
    if toks.get(k).is_some_and(|t| t.text(text) == "(") {
        k = (k + 1..(k + 4).min(toks.len())).find(|&c| toks[c].text(text) == ")")? + 1;
    }
    let dashes = toks[k.min(toks.len())..]
        .iter()
        .take_while(|t| matches!(t.text(text), "—" | "–" | "-"))
        .count();
    (dashes > 0).then_some(k + dashes)
}
