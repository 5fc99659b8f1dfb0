//! The subject pronoun of a reported clause stands for its reporter:
//! "British Printing said it filed the suit".

use super::super::mentions::{Mention, MentionKind};
use super::super::ArticleState;
use super::args::name_of;
use super::Sentence;
use crate::model::ActorKind;

/// The name of the speaker whose reported clause `m`, a subject pronoun
/// ("he", "she", "it", "they"), opens; `None` when `m` opens no reported
/// clause or does not fit its speaker.
pub(super) fn reporter_of(
    s: &Sentence,
    m: &Mention,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Option<String> {
    let pronoun = s.lowered[m.first].as_str();
    let subject_pronoun = matches!(pronoun, "he" | "she" | "it" | "they");
    if m.kind != MentionKind::Pronoun || m.quoted || m.first_person || !subject_pronoun {
        return None;
    }
    let at = s.toks[m.first].start;
    let (_, _, speaker) = quote_speakers
        .iter()
        .find(|(a, b, _)| *a <= at && at < *b && matches!(s.text[*a..at].trim(), "" | "that"))?;
    let Some(name) = speaker else {
        return (pronoun == "it").then(|| unnamed_reporter(s, m, state)).flatten();
    };
    let kind = state.entities.kind_by_name(name);
    // "As-Safir reported she had been detained": "she" is not the newspaper;
    // "It was suspended ..., he said": "it" is no person.
    let fits = match pronoun {
        "he" | "she" => kind.is_none_or(|k| k == ActorKind::Person),
        "it" => kind != Some(ActorKind::Person),
        _ => true,
    };
    fits.then(|| name.clone())
}

/// "The ministry said it is investigating", where "the ministry" refers to no
/// actor of the article: "it" is the ministry, in the descriptor's words,
/// not the last name of unknown kind before it. The descriptor is the
/// subject of the reporting verb right before the pronoun ("said", "said
/// that"), past any prepositional phrase ("the transport department in the
/// Northwestern Federal District said it").
fn unnamed_reporter(s: &Sentence, m: &Mention, state: &ArticleState) -> Option<String> {
    let that = m.first >= 2 && s.lowered[m.first - 1] == "that";
    let verb = m.first.checked_sub(if that { 2 } else { 1 })?;
    let reporter = &s.mentions[s.subject_before(verb)?];
    let unnamed = reporter.kind == MentionKind::Descriptor && reporter.entity.is_none();
    if !unnamed || reporter.quoted || reporter.possessive {
        return None;
    }
    name_of(s, reporter, state, &[])
}
