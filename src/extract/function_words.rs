//! Capitalised words that open a sentence without naming anyone: function
//! words ("The", "However"), days ("Friday's request") and counts
//! ("Sixteen people were arrested").

use super::word_list::BitFilter;
use rustc_hash::FxHashSet;
use std::sync::LazyLock;

/// Days, which a capitalised word or a possessive ("Friday's request") may
/// name without naming an actor.
pub(crate) const DAY_WORDS: &[&str] = &[
    "today",
    "yesterday",
    "tomorrow",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// True for a (lower-case) capitalised word that begins a sentence without
/// naming anyone: a function word or a day.
pub(crate) fn is_capitalised_function_word(word: &str) -> bool {
    // Most words asked about are names: one bit of a filter turns them away.
    if !FUNCTION_WORD_FILTER.may_hold(word) {
        return false;
    }
    // Asked for most capitalised words: a set, not a scan of ~130 entries.
    static WORDS: LazyLock<FxHashSet<&str>> =
        LazyLock::new(|| CAPITALISED_FUNCTION_WORDS.iter().chain(DAY_WORDS).copied().collect());
    WORDS.contains(word)
}

/// [`CAPITALISED_FUNCTION_WORDS`] and [`DAY_WORDS`] in 1,024 bits.
const FUNCTION_WORD_FILTER: BitFilter<16> =
    BitFilter::new(&[CAPITALISED_FUNCTION_WORDS, DAY_WORDS]);

/// Capitalised words that begin sentences without naming anyone (days: [`DAY_WORDS`]).
const CAPITALISED_FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "this",
    "that",
    "these",
    "those",
    "but",
    "and",
    "or",
    "so",
    "yet",
    "however",
    "meanwhile",
    "in",
    "on",
    "at",
    "for",
    "from",
    "with",
    "without",
    "after",
    "before",
    "during",
    "since",
    "following",
    "as",
    "if",
    "when",
    "while",
    "although",
    "though",
    "because",
    "despite",
    "according",
    "under",
    "over",
    "by",
    "to",
    "of",
    "about",
    "amid",
    "among",
    "there",
    "here",
    "it",
    "its",
    "their",
    "his",
    "her",
    "our",
    "we",
    "they",
    "he",
    "she",
    "i",
    "you",
    "my",
    "your",
    "what",
    "who",
    "why",
    "how",
    "where",
    "which",
    "now",
    "then",
    "still",
    "also",
    "even",
    "last",
    "next",
    "earlier",
    "later",
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "some",
    "many",
    "most",
    "several",
    // "Thousands of protesters said", "Dozens of officers said": counts, not
    // names ("small" is left out: "Marty Small ... Small, who attended").
    "thousands",
    "hundreds",
    "dozens",
    "millions",
    "few",
    "numerous",
    "perhaps",
    "maybe",
    "all",
    "both",
    // "Neither Pennzoil nor Texaco": not "Nor", also a surname ("Abdiqadir
    // Mohamed Nor").
    "neither",
    "either",
    "each",
    "every",
    "no",
    "not",
    "other",
    "another",
    "one",
    "two",
    "three",
    "more",
    "less",
    "such",
    "only",
    "just",
    "instead",
    // Opening participles and prepositions: "Considering Apple's penchant ...".
    "considering",
    "given",
    "including",
    "regarding",
    "concerning",
    "excluding",
    "titled",
    "further",
    "additional",
    "indeed",
    "thus",
    "therefore",
    "mostly",
    "particularly",
    "experts",
    "users",
    "several",
    "yes",
    "oh",
    "well",
    "please",
    "let",
    "read",
];

/// Number words past "three" (a function word already), which open a
/// sentence without naming anyone ("Sixteen people were arrested") but may
/// end a name inside one ("TV channel Five", "the Group of Five").
pub(crate) const NUMBER_NAMES: &[&str] = &[
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];
