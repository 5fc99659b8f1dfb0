//! Reporting verbs that are also common nouns ("state", "tweets", "report").
//!
//! Their base and -s forms are marked `noun` in `cue_verbs.tsv`; such a form
//! is a cue only where it reads as a verb. Most of its uses in news are the
//! noun ("secretary of state", "in five states", "his tweets"), and taking
//! them for cues makes spurious statements with wrong speakers.

use super::mentions::MentionKind;
use super::sentence::Sentence;
use crate::lexicon::Lexicons;

/// Words after which a present form is a verb ("they state", "will tweet").
const VERB_BEFORE: &[&str] = &[
    "i", "we", "you", "they", "he", "she", "it", "who", "to", "will", "would", "can", "could",
    "may", "might", "must", "shall", "should", "do", "does", "did", "not", "n't", "also", "often",
    "never", "always", "still", "now", "then",
];

/// True when the present form at `i..end` of a verb that is also a common
/// noun ("state", "tweets", "report") reads as a verb: after a subject
/// pronoun, a modal or an adverb ("they state", "will tweet", "often claims"),
/// or after a name or noun phrase and before "that", a colon or a quote
/// ("Trump tweets that ...", "the lawsuit states: ..."), or between a name
/// and another mention ("NetBlocks claims Twitter ..."). Otherwise it is the
/// noun: "secretary of state", "in five states", "state officials".
pub fn verbal_context(s: &Sentence, lex: &Lexicons, i: usize, end: usize) -> bool {
    let Some(prev) = i.checked_sub(1) else { return false };
    let before = s.lowered[prev].as_str();
    if VERB_BEFORE.contains(&before) || (before.ends_with("ly") && s.toks[prev].word) {
        return true;
    }
    let introduces = end < s.toks.len()
        && (matches!(s.lowered[end].as_str(), "that" | ":") || s.is_quote_mark(end));
    let after_name = s
        .mentions
        .iter()
        .any(|m| m.end == i && !m.possessive && !m.in_pp && m.kind == MentionKind::Name);
    // "NetBlocks claims Twitter is blocked": a name, the verb, a new subject.
    if after_name && s.mention_at(end).is_some() {
        return true;
    }
    let after_subject = s.mentions.iter().any(|m| m.end == i && !m.possessive && !m.in_pp)
        || (s.toks[prev].word
            && !lex.pronouns.contains_key(before)
            && !super::mentions::PREPOSITIONS.contains(&before)
            && !DETERMINERS.contains(&before)
            && !before.chars().all(|c| c.is_ascii_digit() || c == ','));
    // "“...,” a voice-over in the ad states.": after a quote, at the end.
    let ends = end >= s.toks.len() || matches!(s.tok(end), "." | "," | "!" | "?");
    let after_quote = (0..i).any(|k| s.is_quote_mark(k));
    let reports = introduces || (ends && after_quote);
    // "NetBlocks, a company that monitors ..., claims that": past an apposition,
    // when something reported follows (not "news agency RIA, state television").
    let after_apposition =
        before == "," && (reports || s.mention_at(end).is_some()) && s.subject_before(i).is_some();
    after_apposition || (after_subject && reports)
}

/// Words before a noun ("the state", "two reports").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our", "my",
    "your", "some", "many", "several", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "all", "both", "other", "each", "every", "no", "whose",
];

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    /// (cue, speaker) of the statements of `text`.
    fn statements(text: &str) -> Vec<(Option<String>, Option<String>)> {
        crate::extract::claims_of(text)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Action)
            .map(|c| (c.cue, c.speaker))
            .collect()
    }

    const NOUNS: &str = "Former secretary of state Madeleine Albright visited two states. \
        The 22-member state committee will meet. Battleground states could trend toward Trump.";

    #[test]
    fn noun_uses_are_not_cues() {
        assert!(statements(NOUNS).is_empty(), "{:?}", statements(NOUNS));
    }

    const VERBS: &str = "NetBlocks, a company that monitors internet access, claims that \
        Twitter is blocked. “We are ready,” a voice-over in the ad states. They state the \
        plan failed badly.";

    #[test]
    fn verb_uses_are_cues() {
        let cues: Vec<_> = statements(VERBS).into_iter().filter_map(|(c, _)| c).collect();
        assert_eq!(cues, ["claims", "states", "state"]);
    }
}
