//! The closed word lists that mention finding reads: honorifics, generic
//! modifiers, prepositions, name particles, auxiliaries and determiners
//! (capitalised function words, days and counts: `function_words.rs`).

pub(crate) use super::function_words::{is_capitalised_function_word, DAY_WORDS, NUMBER_NAMES};
pub(super) use super::word_list::{is_one_of, WordList};
use crate::lexicon::KeyedWord;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Honorifics: titles that are part of how a person is addressed, not a role.
pub(super) const HONORIFICS: &[&str] =
    &["mr", "mrs", "ms", "miss", "mx", "sir", "dame", "dr", "prof", "lord", "lady", "rev"];

/// [`NAME_PARTICLES`], asked about most words of a sentence.
pub(super) const NAME_PARTICLE_LIST: WordList = WordList::new(NAME_PARTICLES);

/// [`AUXILIARIES`], asked about the words after every "the".
pub(super) const AUXILIARY_LIST: WordList = WordList::new(AUXILIARIES);

/// [`DETERMINERS`], asked about the words before every mention.
pub(super) const DETERMINER_LIST: WordList = WordList::new(DETERMINERS);

/// [`PREPOSITIONS`], whose filter turns words away before the set is asked.
const PREPOSITION_LIST: WordList = WordList::new(PREPOSITIONS);

/// True when `word`, lower-cased, is an honorific ("Dr", "MRS").
pub(super) fn is_honorific(word: &str) -> bool {
    // ASCII (almost every word): no lower-cased copy to allocate.
    if word.is_ascii() {
        // Every honorific is two to four letters long.
        return (2..=4).contains(&word.len())
            && HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(word));
    }
    HONORIFICS.contains(&word.to_lowercase().as_str())
}

/// True for a (lower-case) preposition of [`PREPOSITIONS`]. Asked for the
/// words before every mention: a set, not a scan of 36 entries.
pub(super) fn is_preposition(word: &KeyedWord) -> bool {
    static WORDS: LazyLock<FxHashSet<&str>> =
        LazyLock::new(|| PREPOSITIONS.iter().copied().collect());
    PREPOSITION_LIST.may_hold(word) && WORDS.contains(word.as_str())
}

/// True when `w` looks like a plural noun: longer than three letters, in
/// -s but not -ss ("officials", not "press" nor "bus").
pub(super) fn plural_form(w: &str) -> bool {
    w.len() > 3 && w.ends_with('s') && !w.ends_with("ss")
}

/// Modifiers that keep a descriptor pointing back at a known actor ("the former
/// president", "the tech giant"); any other modifier makes it a new actor.
pub(super) const GENERIC_MODIFIERS: &[&str] = &[
    "same",
    "former",
    "new",
    "embattled",
    "troubled",
    "struggling",
    "beleaguered",
    "giant",
    "tech",
    "technology",
    "social",
    "media",
    "state",
    "federal",
    "national",
    "local",
    "online",
    "micro-blogging",
    "microblogging",
    "internet",
    "search",
    "software",
    "oil",
    "energy",
    "top",
    "main",
    "largest",
    "biggest",
    "global",
    "world's",
    "country's",
    "nation's",
    "private",
    "public",
    "two",
    "three",
    "whole",
    "entire",
    "current",
    "then",
];

/// Prepositions that make a following mention an object, not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "at",
    "on",
    "for",
    "with",
    "from",
    "to",
    "by",
    "about",
    "against",
    "into",
    "over",
    "under",
    "after",
    "before",
    "during",
    "via",
    "than",
    "like",
    "within",
    "without",
    "between",
    "among",
    "across",
    "toward",
    "towards",
    "per",
    "through",
    "upon",
    "onto",
    "behind",
    "near",
    "around",
    "amid",
    "including",
];

/// Lower-case particles inside names ("Charles de Gaulle", "Eduardo de los Angeles").
pub(super) const NAME_PARTICLES: &[&str] = &[
    "de", "van", "von", "der", "al", "bin", "ibn", "bint", "da", "la", "du", "los", "las", "del",
    "di", "dos",
];

/// Auxiliaries: a noun phrase ends before them.
pub(super) const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "can",
    "could", "may", "might", "should", "must", "did", "does", "do",
];

pub(super) const DETERMINERS: &[&str] =
    &["the", "a", "an", "this", "that", "its", "their", "his", "her", "our", "these", "those"];

/// True when the lower-case part after a hyphen makes an adjective of a
/// name ("Russia-backed", "Kremlin-friendly", "US-style", "Trump-era").
pub(super) fn is_adjective_tail(tail: &str) -> bool {
    tail.ends_with("ed")
        || tail.ends_with("ing")
        || matches!(
            tail,
            "run"
                | "born"
                | "made"
                | "led"
                | "style"
                | "era"
                | "wide"
                | "free"
                | "like"
                | "friendly"
                | "type"
                | "bound"
                | "area"
                | "based"
                | "linked"
                | "level"
                | "class"
                | "owned"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::claims_of;

    #[test]
    fn the_word_lists_hold_their_lists() {
        let lists = [(NAME_PARTICLE_LIST, NAME_PARTICLES), (DETERMINER_LIST, DETERMINERS)];
        for (list, words) in lists {
            for w in words.iter().chain(PREPOSITIONS).chain(&["", "x", "said", "tHe"]) {
                assert_eq!(list.holds(&KeyedWord::new(w)), is_one_of(words, w), "{w}");
            }
        }
        for w in PREPOSITIONS.iter().chain(DETERMINERS).chain(&["", "x", "said", "ofthe"]) {
            assert_eq!(is_preposition(&KeyedWord::new(w)), PREPOSITIONS.contains(w), "{w}");
        }
    }

    const HEADLINE: &str = "Obama Says Museum Will Tell of Suffering\n\nMr. Obama said the \
                            museum would tell a story.";

    const DATELINE: &str = "WASHINGTON — Sen. Jane Okafor on Wednesday downplayed the attack \
                            and said it was the same thing.";

    #[test]
    fn a_dateline_is_no_speaker() {
        let speakers: Vec<Option<String>> =
            claims_of(DATELINE).into_iter().map(|c| c.speaker).collect();
        assert_eq!(speakers, [Some("Jane Okafor".to_string())]);
        // A place or date after the comma belongs to the dateline too.
        const PLACED: &str = "BAHIA BLANCA, Argentina - Pope John Paul began a swing through \
                              Argentina and said farmers needed help.";
        let speakers: Vec<Option<String>> =
            claims_of(PLACED).into_iter().map(|c| c.speaker).collect();
        assert_eq!(speakers, [Some("John Paul".to_string())]);
        // Nor is it part of a report before its cue.
        const REPORT: &str = "WASHINGTON - Ed Smith has agreed to help, the SEC said. \
                              U.S.-Japanese talks are held each year, Ed Smith said.";
        let contents: Vec<String> = claims_of(REPORT).into_iter().map(|c| c.content).collect();
        assert_eq!(
            contents,
            ["Ed Smith has agreed to help", "U.S.-Japanese talks are held each year"]
        );
    }

    #[test]
    fn in_a_headline_a_verb_ends_a_name() {
        let speakers: Vec<Option<String>> =
            claims_of(HEADLINE).into_iter().map(|c| c.speaker).collect();
        assert_eq!(speakers, [Some("Obama".to_string())]);
    }

    #[test]
    fn hyphen_tails_that_make_adjectives() {
        const ADJECTIVES: &[&str] = &["backed", "friendly", "style", "era", "speaking"];
        const NAME_PARTS: &[&str] = &["moon", "in", "un", "hee"];
        assert!(ADJECTIVES.iter().all(|t| is_adjective_tail(t)));
        assert!(NAME_PARTS.iter().all(|t| !is_adjective_tail(t)));
    }
}
