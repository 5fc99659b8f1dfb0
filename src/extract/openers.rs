//! Which stages a word may matter to, by its filter bit: the words that can
//! open a mention, a reporting cue or an action are a few thousand, and
//! every stage used to ask each of its lists about every word of a
//! sentence. A sentence's words are marked once, when they are lower-cased
//! (one table lookup by the bit their lists' filters share), and each stage
//! passes over an unmarked word with one test, as its lists would all have
//! said no. A mark may be a collision (another word with the same bit);
//! the lists still decide.

use super::mention_anonymous::SOURCE_COUNT_WORDS;
use super::mention_words::NAME_PARTICLES;
use super::tokens::Token;
use crate::lexicon::{word_bit, KeyedWord, Lexicons, WordFilter};

/// A word that may open a mention: a pronoun, a role, a name particle, a
/// descriptor's determiner or a count before a role (besides a capitalised
/// word or one where a lexicon match starts, which the finder tests itself).
pub(super) const MENTION: u32 = 1;
/// A word that may open a reporting cue: a cue verb's or cue phrase's first word.
pub(super) const CUE: u32 = 2;
/// A word that may open an action: an action verb's first word, a light
/// verb, an action noun, a verb that draws criticism.
pub(super) const ACTION: u32 = 4;

/// A word that may open a lexicon actor name or descriptor: a pattern's
/// first word, ASCII-lower-cased (the word of a token of one word; the
/// actor scan does not ask the marks of a token of several: "U.S").
pub(super) const ACTOR: u32 = 8;
/// The same for a capitalised word only: a first word of a case-sensitive
/// name that starts with a capital ("The Times"), which lower-case "the"
/// cannot open.
pub(super) const CAPITALISED_ACTOR: u32 = 16;

/// Descriptor determiners and the possessives before an owned body ("the
/// company", "his group").
const DESCRIPTOR_OPENERS: &[&str] = &["the", "this", "his", "her", "their"];

/// The marks of every filter bit.
#[derive(Debug)]
pub(super) struct Openers {
    marks: Vec<u8>,
}

impl Openers {
    /// The marks of the words of `lex` and of the rules' own lists.
    pub(super) fn new(lex: &Lexicons) -> Openers {
        let bits = 1 << 16;
        let mut marks = vec![0u8; bits];
        let filters: [(&WordFilter, u32); 10] = [
            (lex.pronouns.filter(), MENTION),
            (lex.roles.filter(), MENTION),
            (lex.cue_verbs.first_word_filter(), CUE),
            (lex.cue_phrases.first_word_filter(), CUE),
            (lex.action_verbs.first_word_filter(), ACTION),
            (lex.light_verbs.filter(), ACTION),
            (lex.action_nouns.filter(), ACTION),
            (lex.actor_names.lowered_first_word_filter(), ACTOR),
            (lex.actor_names.lowered_capitalised_first_word_filter(), CAPITALISED_ACTOR),
            (lex.actor_descriptors.lowered_first_word_filter(), ACTOR),
        ];
        for (bit, m) in marks.iter_mut().enumerate() {
            for (filter, mark) in filters {
                if filter.has_bit(bit) {
                    *m |= mark as u8;
                }
            }
        }
        let lists = [
            (NAME_PARTICLES, MENTION),
            (DESCRIPTOR_OPENERS, MENTION),
            (SOURCE_COUNT_WORDS, MENTION),
            (super::actions::DRAW, ACTION),
            (super::actions::CRITICAL, ACTION),
        ];
        for (words, mark) in lists {
            for w in words {
                marks[word_bit(w) % bits] |= mark as u8;
            }
        }
        Openers { marks }
    }

    /// The marks of a word whose filter bit is `bit`.
    #[inline(always)]
    pub(super) fn of_bit(&self, bit: usize) -> u32 {
        self.marks.get(bit).map_or(u32::MAX, |&m| u32::from(m))
    }
}

/// The first token from `i` on that is a word marked `mark` (and not
/// quoted, when `unquoted`): where a stage's loop goes on from `i`. A loop
/// of its own, out of line, where its values stay in registers from word
/// to word (in a stage's large loop they were reloaded from the stack).
#[inline(never)]
pub(super) fn next_marked(
    toks: &[Token],
    lowered: &[KeyedWord],
    mut i: usize,
    mark: u32,
    unquoted: bool,
) -> usize {
    while let (Some(t), Some(w)) = (toks.get(i), lowered.get(i)) {
        if t.word && w.marks() & mark != 0 && !(unquoted && t.quoted) {
            break;
        }
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::actions::{CRITICAL, DRAW};
    use crate::lexicon::{KeyedWord, LookupWord};

    /// Every word the stages' lists hold is marked for its stages (each
    /// word of a news text, with the word after it, and of the rules' lists).
    #[test]
    fn every_word_of_a_list_is_marked() {
        let lex = Lexicons::builtin();
        let openers = Openers::new(&lex);
        let text = include_str!("../../corpus/seeds/004_fe23f023be66d18a.txt").to_lowercase();
        let own = [NAME_PARTICLES, DESCRIPTOR_OPENERS, SOURCE_COUNT_WORDS, DRAW, CRITICAL];
        let words: Vec<&str> = text
            .split(|c: char| !c.is_alphanumeric() && c != '\'')
            .filter(|w| !w.is_empty())
            .chain(own.iter().flat_map(|l| l.iter().copied()))
            .chain(["said", "according", "to", "sued", "filed", "ban", "he", "officials"])
            .collect();
        let mut marked = 0;
        for (k, w) in words.iter().enumerate() {
            let pair = [KeyedWord::new(w), KeyedWord::new(words.get(k + 1).unwrap_or(&""))];
            let marks = openers.of_bit(pair[0].filter_bit());
            let mention = lex.pronouns.contains_key(&pair[0])
                || lex.roles.contains(&pair[0])
                || own[..3].iter().any(|l| l.contains(w));
            let cue =
                lex.cue_verbs.longest(&pair).is_some() || lex.cue_phrases.longest(&pair).is_some();
            let action = lex.action_verbs.longest(&pair).is_some()
                || lex.light_verbs.contains_key(&pair[0])
                || lex.action_nouns.contains_key(&pair[0])
                || DRAW.contains(w)
                || CRITICAL.contains(w);
            assert!(!mention || marks & MENTION != 0, "{w}");
            assert!(!cue || marks & CUE != 0, "{w}");
            assert!(!action || marks & ACTION != 0, "{w}");
            marked += usize::from(mention || cue || action);
        }
        assert!(marked > 100, "{marked}");
        // Every first word of an actor pattern, as a one-word token would be lower-cased.
        let sets = [&lex.actor_names, &lex.actor_descriptors];
        for w in sets.iter().flat_map(|set| set.first_words()) {
            let lowered = w.to_ascii_lowercase();
            let marks = openers.of_bit(KeyedWord::new(&lowered).filter_bit());
            let capitalised = w.starts_with(|c: char| c.is_ascii_uppercase());
            let mark = if capitalised { ACTOR | CAPITALISED_ACTOR } else { ACTOR };
            assert!(marks & mark != 0, "{w}");
        }
    }
}
