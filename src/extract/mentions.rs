//! Mentions of actors in a sentence: names, pronouns, descriptors, anonymous
//! sources, found in one pass over the tokens and resolved as they are found.
//! Names are read in `mention_names.rs`, descriptors and anonymous sources in
//! `mention_phrases.rs`.

use super::entities::{Entities, EntityId, NameHint};
use super::tokens::{is_capitalised, plural_possessive_at, strip_possessive, Token};
use crate::lexicon::{KeyedWord, Lexicons};

pub use super::mention_words::PREPOSITIONS;
use super::mention_words::{is_preposition, DETERMINER_LIST};
use super::openers::MENTION;

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
    /// A spokesman or officials speaking for the entity ("a Microsoft
    /// spokesman"): an act's actor is their words, a statement's speaker
    /// the body.
    pub speaks_for: bool,
}

pub use super::actor_matches::ActorMatches;

/// Finds and resolves the mentions of one sentence, in order.
pub struct MentionFinder<'a> {
    /// The article text.
    pub text: &'a str,
    /// The lexicons.
    pub lex: &'a Lexicons,
    /// Lexicon matches of the sentence.
    pub matches: &'a ActorMatches,
    /// The sentence being read is a title-case headline: `find`'s argument,
    /// kept here for the name readers it calls.
    pub headline: std::cell::Cell<bool>,
    /// The words of the name being read, in a vector reused from name to name.
    pub name_words: std::cell::Cell<Vec<&'a str>>,
}

impl<'a> MentionFinder<'a> {
    /// The mentions of the sentence made of `toks`; `lowered[i]` is toks[i]
    /// lower-cased; `headline` when the sentence is in title case.
    pub fn find(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        headline: bool,
        ents: &mut Entities,
    ) -> Vec<Mention> {
        let mut out = Vec::new();
        self.find_into(toks, lowered, headline, ents, &mut out);
        out
    }

    /// [`Self::find`] into `out` (emptied first): the extractor reuses one
    /// vector from sentence to sentence.
    pub fn find_into(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
        headline: bool,
        ents: &mut Entities,
        out: &mut Vec<Mention>,
    ) {
        out.clear();
        // About a mention in four tokens: one allocation, where growing from empty took several.
        out.reserve(toks.len() / 4);
        let mut parens = 0i32;
        let mut i = 0;
        let first_word = toks.iter().position(|t| t.word).unwrap_or(0);
        let mut subject_seen = false;
        // A state that qualifies the body named right after it ("the US
        // Federal Trade Commission"): where the body's mention starts.
        let mut qualifier: Option<(usize, usize)> = None;
        self.headline.set(headline);
        // "WASHINGTON — Sen. Chuck Grassley said": the dateline names no one.
        if let Some(after) = dateline_end(toks, self.text, first_word) {
            i = after;
        }
        while i < toks.len() {
            i = self.next_opener(toks, lowered, i);
            let Some(&t) = toks.get(i) else { break };
            // Byte compares: the text is not sliced at every token.
            let one_byte = (t.end - t.start == 1).then(|| self.text.as_bytes()[t.start]);
            let bracketed = if one_byte == Some(b'<') {
                self.bracketed(toks, lowered, i, ents, out)
            } else {
                None
            };
            if let Some((None, next)) = bracketed {
                i = next;
                continue;
            }
            if !t.word && bracketed.is_none() {
                match one_byte {
                    Some(b'(' | b'[') => parens += 1,
                    Some(b')' | b']') => parens = (parens - 1).max(0),
                    _ => {}
                }
                i += 1;
                continue;
            }
            let found = bracketed
                .and_then(|(m, _)| m)
                .or_else(|| self.lexicon_mention(toks, lowered, i, ents))
                .or_else(|| self.pronoun(toks, lowered, i, out, ents))
                .or_else(|| self.name(toks, lowered, i, i == first_word, ents))
                .or_else(|| self.descriptor(toks, lowered, i, ents))
                .or_else(|| self.anonymous(toks, lowered, i, ents));
            match found {
                Some(m) if self.state_before_body(toks, lowered, &m, ents) => {
                    qualifier = Some((m.first, m.end));
                    i = m.end;
                }
                Some(mut m) => {
                    if let Some((first, _)) = qualifier.take().filter(|&(_, end)| end == m.first) {
                        m.first = first;
                        m.span.0 = toks[first].start;
                    }
                    m.possessive |= m.kind != MentionKind::Pronoun
                        && plural_possessive_at(toks, self.text, m.end);
                    self.speaks_for(toks, lowered, &mut m, out, ents);
                    let absorbed = self.role_before_name(toks, lowered, &mut m, out, ents)
                        || self.body_role_person(toks, lowered, &mut m, out, ents);
                    m.in_parens = parens > 0;
                    m.quoted = t.quoted;
                    // "after he refused": "he" and "she" open a clause, whatever the
                    // word before them can be besides a conjunction.
                    let nominative = m.kind == MentionKind::Pronoun
                        && matches!(lowered[m.first].as_str(), "he" | "she");
                    m.in_pp = !nominative && governed_by_preposition(lowered, m.first);
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
                        let opening = absorbed && m.first == first_word;
                        let subject = (!subject_seen || modified || opening)
                            && !m.in_pp
                            && !m.in_parens
                            && !m.quoted
                            && !m.possessive;
                        subject_seen |= subject;
                        ents.touch(e, toks[m.first].start, subject);
                        // "Iranian authorities", "the Kuwaitis"; not "United States".
                        let head = lowered[m.end - 1].as_str();
                        let plural = super::mention_words::plural_form(head);
                        if plural && !ents.get(e).words.iter().any(|w| w == head) {
                            ents.touch_plural(e, toks[m.first].start);
                        }
                    }
                    i = m.end.max(i + 1);
                    out.push(m);
                }
                None => i += 1,
            }
        }
        super::apposition::define_kinds(toks, lowered, out, self.lex, ents);
    }

    /// The first token from `i` on that may open a mention. A word in lower
    /// case that no lexicon match starts at (or at the next word) and that
    /// is in none of the readers' lists opens none: most words, passed over
    /// here, in a loop of its own (in the finder's, its values left the
    /// registers at every word).
    #[inline(never)]
    fn next_opener(&self, toks: &[Token], lowered: &[KeyedWord], mut i: usize) -> usize {
        while let (Some(t), Some(w)) = (toks.get(i), lowered.get(i)) {
            if !t.word || t.capitalised || w.marks() & MENTION != 0 {
                break;
            }
            if self.match_starts_at_or_after(i) {
                break;
            }
            i += 1;
        }
        i
    }

    /// Reuters writes company names and tickers in angle brackets ("units of
    /// <Goldman, Sachs and Co>", "Salomon Inc <SB>"): a bracketed name is one
    /// mention, its inner commas no list; a ticker right after a name joins
    /// that name. Returns the mention (none for a ticker) and where to go on.
    pub(super) fn bracketed(
        &self,
        toks: &[Token],
        lowered: &[KeyedWord],
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
        let name_like = toks[open + 1].is_capitalised()
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

    pub(super) fn base(
        &self,
        toks: &[Token],
        first: usize,
        end: usize,
        kind: MentionKind,
    ) -> Mention {
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
            speaks_for: false,
        }
    }

    /// The token index whose end is `end` (or whose possessive stem ends there).
    pub(super) fn token_ending(
        toks: &[Token],
        from: usize,
        end: usize,
        text: &str,
    ) -> Option<usize> {
        toks[from..]
            .iter()
            .position(|t| {
                t.end == end
                    || (t.start < end
                        && t.end > end
                        && strip_possessive(t.text(text)).1
                        // "’s" is four bytes, "'s" two.
                        && t.end - end <= "’s".len())
            })
            .map(|p| from + p)
    }
}

/// True when the mention starting at token `first` follows a preposition
/// (determiners and adjectives in between are skipped).
fn governed_by_preposition(lowered: &[KeyedWord], first: usize) -> bool {
    let mut k = first;
    while k > 0 {
        k -= 1;
        let w = &lowered[k];
        if is_preposition(w) {
            return true;
        }
        if DETERMINER_LIST.holds(w) {
            continue;
        }
        return false;
    }
    false
}

/// The token after a dateline that opens the sentence at `first` ("WASHINGTON
/// —", "MANCHESTER, N.H. -", "LONDON (Reuters) -"): upper-case words, commas
/// and periods, perhaps a parenthesis, then a dash.
pub(super) fn dateline_end(toks: &[Token], text: &str, first: usize) -> Option<usize> {
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
    // "ABUJA, Nigeria —", "WASHINGTON, Oct. 9 (UPI) --": a place or date after the comma.
    if k > first && toks[k - 1].text(text) == "," {
        let placed = |t: &Token| {
            t.is_capitalised()
                || t.text(text) == "."
                || t.text(text).starts_with(|c: char| c.is_ascii_digit())
        };
        let rest = toks[k..(k + 4).min(toks.len())].iter().take_while(|t| placed(t)).count();
        k += rest;
    }
    if toks.get(k).is_some_and(|t| t.text(text) == "(") {
        k = (k + 1..(k + 4).min(toks.len())).find(|&c| toks[c].text(text) == ")")? + 1;
    }
    let dashes = toks[k.min(toks.len())..]
        .iter()
        .take_while(|t| matches!(t.text(text), "—" | "–" | "-"))
        .count();
    // "U.S.-Japanese talks", "U.S.-based": a hyphen inside a word opens no
    // text ("BAGHDAD—An Iraqi official": a dash may touch it).
    let spaced = dashes == 0
        || toks[k + dashes - 1].text(text) != "-"
        || toks.get(k + dashes).is_none_or(|t| t.start > toks[k + dashes - 1].end);
    (dashes > 0 && spaced).then_some(k + dashes)
}
