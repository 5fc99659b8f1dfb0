//! Whether a period ends a sentence: abbreviations and initials do not
//! ("Dr. Matthew Schmidt", "G.K. Butterfield"), unless a word that only
//! opens sentences follows a word abbreviation ("sued Acme Inc. The
//! company"); a period whose space was lost does ("Hill.While").

use crate::lexicon::Lexicons;

/// True when the period at `dot` ends a sentence whose space was lost
/// ("on Parliament Hill.While Tony Clement ..."): a lower-case word of three
/// letters or more before it, a capitalised word after it that is no web
/// domain ("One.Tel", "Amazon.Com", "Halo.Bungie.Org"), and no ticker in
/// angle brackets.
pub(super) fn missing_space(text: &str, floor: usize, dot: usize, end: usize) -> bool {
    let word = text[floor..dot].bytes().rev().take_while(u8::is_ascii_alphabetic).count();
    // "<skbs.St>", "<Neoy.He>": Reuters tickers are no sentences.
    if text[floor..dot - word].ends_with('<') {
        return false;
    }
    let lower_before =
        word >= 3 && text.as_bytes()[dot - 2..dot].iter().all(u8::is_ascii_lowercase);
    // Most periods follow no lower-case word of three letters: nothing after
    // them is read.
    if !lower_before {
        return false;
    }
    let letters = text[dot + 1..end].bytes().take_while(u8::is_ascii_alphabetic).count();
    let after = &text[dot + 1..dot + 1 + letters];
    let mut chars = after.chars();
    let capitalised = chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && !chars.as_str().is_empty()
        && chars.all(|c| c.is_ascii_lowercase());
    // "Halo.Bungie.Org": a dotted name goes on after the word.
    let dotted = text[dot + 1 + after.len()..end].starts_with('.')
        && text[dot + 2 + after.len()..end].starts_with(|c: char| c.is_ascii_alphabetic());
    let domain = dotted || DOMAINS.iter().any(|d| d.eq_ignore_ascii_case(after));
    capitalised && !domain
}

/// Web domains written after a dot, as "One.Tel" and "Amazon.Com" end.
const DOMAINS: &[&str] =
    &["com", "net", "org", "co", "uk", "fr", "de", "tel", "io", "gov", "edu", "tv"];

/// Words that open a sentence but never follow a word abbreviation inside
/// one: "sued Acme Inc. The company said", "Hank Williams Jr. He wrote".
/// Not after initials: Reuters writes "the U.S. And Japan", "to the U.S. In May".
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "his",
    "her",
    "its",
    "their",
    "our",
    "this",
    "these",
    "those",
    "there",
    "in",
    "on",
    "at",
    "but",
    "and",
    "however",
    "if",
    "when",
    "while",
    "although",
    "after",
    "before",
    "since",
    "as",
    "for",
    "meanwhile",
];

/// True when `rest` starts with one of [`SENTENCE_OPENERS`], capitalised.
fn opens_a_sentence(rest: &str) -> bool {
    let word = rest.split(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.len() <= 9
        && SENTENCE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// The word that ends at the period at `dot`, from `floor` on.
fn word_before(text: &str, floor: usize, dot: usize) -> &str {
    let before = &text[floor..dot];
    let word_start = before
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '“' | '"' | '‘'))
        .map(|p| p + before[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    &before[word_start..]
}

/// True when the period at `dot` closes initials or an abbreviation that the
/// sentence goes on past: always initials ("John F. Kennedy", Reuters' "the
/// U.S. And Japan"), a word abbreviation of the lexicon ("Dr.", "Inc.")
/// unless `rest`, the text after the period, opens with a word that only
/// opens sentences ("sued Acme Inc. The company said").
pub(super) fn sentence_goes_on(
    text: &str,
    floor: usize,
    dot: usize,
    rest: &str,
    lex: &Lexicons,
) -> bool {
    let word = word_before(text, floor, dot);
    if word.is_empty() {
        return false;
    }
    // Initials: "John F. Kennedy", "G.K. Butterfield", "J.R.R. Tolkien".
    if crate::extract::tokens::is_initials(word) {
        return true;
    }
    with_lower_case_and_period(word, |key| lex.abbreviations.contains(key))
        && !opens_a_sentence(rest)
}

/// `f` of `word` lower-cased with a period after it ("Inc" → "inc."), as the
/// abbreviations list writes its words; a short ASCII word is lower-cased on
/// the stack, not into a new string.
fn with_lower_case_and_period<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 24];
    if word.is_ascii() && word.len() < buf.len() {
        let key = &mut buf[..word.len() + 1];
        key[..word.len()].copy_from_slice(word.as_bytes());
        key[word.len()] = b'.';
        key.make_ascii_lowercase();
        return f(std::str::from_utf8(key).expect("ASCII is UTF-8"));
    }
    let mut key = word.to_lowercase();
    key.push('.');
    f(&key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_with_its_period_is_lower_cased_as_to_lowercase_does() {
        let long = "Abcdefghijklmnopqrstuvwxyz";
        for word in ["Inc", "CORP", "U.S", "Zürich", "", long, &long[..23]] {
            let want = format!("{}.", word.to_lowercase());
            assert_eq!(with_lower_case_and_period(word, str::to_string), want, "{word}");
        }
    }
}
