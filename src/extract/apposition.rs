//! Kinds that a name's own words define when no lexicon knows the name: a
//! descriptor right before it ("the Lebanese newspaper As-Safir", "US
//! broadcaster Zorbex") or an apposition right after it ("NetBlocks, a
//! company that monitors internet access," → organisation).

use super::entities::Entities;
use super::mentions::{Mention, MentionKind};
use super::tokens::Token;
use crate::lexicon::{KeyedWord, Lexicons};
use crate::model::ActorKind;

/// How many words an apposition may hold before its head noun ("a London-based
/// internet monitoring company").
const APPOSITION_MODIFIERS: usize = 4;

/// Gives every name of unknown kind the kind its descriptor or apposition defines.
pub(super) fn define_kinds(
    toks: &[Token],
    lowered: &[KeyedWord],
    mentions: &[Mention],
    lex: &Lexicons,
    ents: &mut Entities,
) {
    for (i, m) in mentions.iter().enumerate() {
        let Some(e) = m.entity.filter(|_| m.kind == MentionKind::Name) else { continue };
        if ents.get(e).kind.is_some() {
            continue;
        }
        let before = i.checked_sub(1).map(|p| &mentions[p]);
        let kind = descriptor_before(toks, lowered, m, before, lex)
            .or_else(|| apposition_after(toks, lowered, m, lex));
        if let Some(kind) = kind {
            ents.define_kind(e, kind);
        }
    }
}

/// "the Lebanese newspaper As-Safir", "broadcaster Zorbex": the noun right before the name.
fn descriptor_before(
    toks: &[Token],
    lowered: &[KeyedWord],
    m: &Mention,
    before: Option<&Mention>,
    lex: &Lexicons,
) -> Option<ActorKind> {
    let k = m.first.checked_sub(1)?;
    let adjacent_descriptor = before
        .is_some_and(|b| b.kind == MentionKind::Descriptor && b.end == m.first && !b.possessive);
    let bare_noun = toks[k].word && before.is_none_or(|b| b.end <= k);
    if !(adjacent_descriptor || bare_noun) {
        return None;
    }
    first_kind(lex, &lowered[k])
}

/// "NetBlocks, a company that ...", "Zorbex, an Israeli drone maker,": the head
/// noun of an indefinite phrase right after the name's comma.
fn apposition_after(
    toks: &[Token],
    lowered: &[KeyedWord],
    m: &Mention,
    lex: &Lexicons,
) -> Option<ActorKind> {
    let comma = m.end;
    if lowered.get(comma).map(KeyedWord::as_str) != Some(",") {
        return None;
    }
    if !matches!(lowered.get(comma + 1).map(KeyedWord::as_str), Some("a" | "an")) {
        return None;
    }
    let words = (comma + 2..toks.len()).take_while(|&k| toks[k].word || lowered[k] == "-");
    words
        .take(APPOSITION_MODIFIERS + 1)
        .take_while(|&k| !matches!(lowered[k].as_str(), "that" | "which" | "who" | "of" | "for"))
        .find_map(|k| first_kind(lex, &lowered[k]))
}

pub(super) fn first_kind(lex: &Lexicons, word: &str) -> Option<ActorKind> {
    lex.descriptors.get(word).and_then(|kinds| kinds.first().copied())
}

#[cfg(test)]
mod tests {
    use crate::extract::claims_of;
    use crate::model::ActorKind;

    const APPOSED: &str = "Zorbex, a company that makes drones, said it would appeal.";
    const DESCRIBED: &str = "The Lebanese newspaper Qarbiz reported that the talks had failed.";

    fn speaker_kind(text: &str) -> Option<ActorKind> {
        claims_of(text).into_iter().find_map(|c| c.speaker_kind)
    }

    #[test]
    fn an_apposition_defines_the_kind() {
        assert_eq!(speaker_kind(APPOSED), Some(ActorKind::Company));
    }

    #[test]
    fn a_descriptor_before_the_name_defines_the_kind() {
        assert_eq!(speaker_kind(DESCRIBED), Some(ActorKind::Media));
    }
}
