//! Lists that mix names and plain noun phrases: "Ms Mueller, Alkhani, the
//! taxi driver and a fourth person were ambushed". Each item is a party of
//! its own; the name lists of [`Sentence::coordinated`] stop at the first
//! item that is no name.

use super::super::mentions::MentionKind;
use super::shared::is_auxiliary;
use super::subject_words::NP_OPENERS;
use super::subjects::time_or_place;
use crate::extract::sentence::Sentence;

/// The items of a mixed list: its names (mention indices) and the words of
/// its other items, each in text order.
#[derive(Debug, Default)]
pub(super) struct MixedList {
    pub names: Vec<usize>,
    pub words: Vec<String>,
}

/// Words an unnamed item may hold after its opener ("her boyfriend at the time").
const ITEM_WORDS: usize = 5;

/// The mixed list that ends at `end` (a verb's first auxiliary) and opens
/// its clause (the sentence, or a clause after "that"), joined by "and" or
/// "or", with at least one name and one item that is no name.
pub(super) fn mixed_list_before(s: &Sentence, end: usize) -> Option<MixedList> {
    let mut list = MixedList::default();
    let (mut pos, mut joined, mut adjunct) = (end, false, false);
    loop {
        let named = s.mentions.iter().rposition(|m| m.end == pos && !m.possessive && !m.in_parens);
        match named {
            Some(m) => {
                list.names.insert(0, m);
                pos = s.mentions[m].first;
            }
            None => {
                let start = unnamed_item_start(s, pos)?;
                list.words.insert(0, s.slice(start, pos).to_string());
                pos = start;
            }
        }
        match pos.checked_sub(1).map(|k| s.lowered[k].as_str()) {
            Some("and" | "or") => {
                joined = true;
                pos -= 1;
                // "A, B, and C": the serial comma.
                pos -= usize::from(pos > 0 && s.tok(pos - 1) == ",");
            }
            // "In Paris, Mr Smith and ...": an opening adjunct's comma ends the list.
            Some(_) if s.tok(pos - 1) == "," && time_or_place(s, 0, pos - 1) => {
                adjunct = true;
                break;
            }
            Some(_) if s.tok(pos - 1) == "," => pos -= 1,
            _ => break,
        }
    }
    let opens = adjunct || pos == 0 || s.lowered[pos - 1] == "that";
    let mixed = !list.names.is_empty() && !list.words.is_empty();
    (opens && joined && mixed).then_some(list)
}

/// Where an unnamed item ending at `end` starts: a run of lower-case words
/// no longer than [`ITEM_WORDS`] after an opener ("the taxi driver", "a
/// fourth person"), back to a comma, "and" or the clause's start.
fn unnamed_item_start(s: &Sentence, end: usize) -> Option<usize> {
    // "The driver and Mr Smith": a capital opens the sentence.
    let lower = |k: usize| {
        s.tok(k).chars().next().is_some_and(char::is_lowercase)
            || k == 0 && NP_OPENERS.contains(&s.lowered[k].as_str())
    };
    // "her boyfriend at the time": a role inside is no name.
    let named = |k: usize| s.mention_covering(k).is_some_and(|m| m.kind == MentionKind::Name);
    let inside = |k: usize| {
        let w = s.lowered[k].as_str();
        s.toks[k].word
            && lower(k)
            && !matches!(w, "and" | "or" | "that" | "who" | "which")
            && !is_auxiliary(w)
            && !named(k)
    };
    let start =
        (end.saturating_sub(ITEM_WORDS + 1)..end).rev().take_while(|&k| inside(k)).last()?;
    let delimited =
        start == 0 || matches!(s.lowered[start - 1].as_str(), "," | "and" | "or" | "that");
    // "X, Y and Z, all detained at Guantanamo": a lone quantifier is no item.
    let headed = start + 1 < end;
    (delimited && headed && NP_OPENERS.contains(&s.lowered[start].as_str())).then_some(start)
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn every_item_of_a_mixed_subject_list_is_a_party() {
        const TEXT: &str = "Ms Mueller, her boyfriend, Alkhani and the taxi driver were \
                            threatened with death. In Paris, Tony Smith and the driver were \
                            arrested. Soviet officials and Mark Sonn blamed Reuters.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("-", "threaten", "Mueller", false),
            ("-", "threaten", "Alkhani", false),
            ("-", "threaten", "her boyfriend", false),
            ("-", "threaten", "the taxi driver", false),
            ("-", "arrest", "Tony Smith", false),
            ("-", "arrest", "the driver", false),
            ("officials", "accuse", "Reuters", false),
            ("Mark Sonn", "accuse", "Reuters", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_lone_quantifier_after_a_list_is_no_item() {
        // Not "Tony Smith, Carl Jones and all" as the ones who detained.
        const TEXT: &str = "Tony Smith and Carl Jones, all detained since May, were released.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[];
        check(TEXT, EXPECTED);
    }
}
