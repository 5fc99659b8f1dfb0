//! Interview transcripts: a paragraph that opens with a speaker's label in
//! capitals and a colon ("WALLACE: Let's start ...", "PENCE: Well, look")
//! is that speaker's turn, quoted whole, whatever cues it holds.

use super::mentions::MentionKind;
use super::sentence::Sentence;
use super::ArticleState;
use crate::model::{Claim, ClaimKind};

/// Labels in capitals that head a paragraph without naming a speaker.
const NOT_SPEAKERS: &[&str] = &[
    "NOTE",
    "NOTES",
    "MORE",
    "UPDATE",
    "UPDATED",
    "RELATED",
    "PHOTO",
    "PHOTOS",
    "VIDEO",
    "WATCH",
    "READ",
    "BREAKING",
    "DEVELOPING",
    "WARNING",
    "CLARIFICATION",
    "CORRECTION",
    "SOURCE",
    "FACT",
    "NEWS",
    "STORY",
    "VIA",
    "Q",
    "A",
    "EDITOR",
    "EDIT",
    "SEE ALSO",
];

impl ArticleState {
    /// True when sentence `s` belongs to a transcript turn already claimed.
    pub(super) fn in_transcript_turn(&self, s: &Sentence) -> bool {
        self.transcript_turn.is_some_and(|(p, end)| p == s.para && s.range.start < end)
    }
}

/// The claim of the transcript turn sentence `s` opens, if it opens one: a
/// quote from after the label's colon to the paragraph's end (its closing
/// quotation mark left out), said by the label's entity.
pub(super) fn turn(s: &Sentence, state: &mut ArticleState) -> Option<Claim> {
    if s.range.start != state.para_start {
        return None;
    }
    // "“WALLACE: ...": past an opening quotation mark.
    let first = s.toks.iter().position(|t| t.word)?;
    let m = s.mentions.iter().find(|m| m.first == first && m.kind == MentionKind::Name)?;
    // Most names that open a paragraph have no colon after them: asked first.
    let colon = s.toks.get(m.end).is_some_and(|t| s.text.as_bytes()[t.start..t.end] == *b":");
    if !colon {
        return None;
    }
    let label = s.slice(m.first, m.end);
    let capitals = label.chars().filter(|c| c.is_alphabetic()).count() >= 3
        && !label.chars().any(char::is_lowercase);
    let not_speaker = NOT_SPEAKERS.contains(&label)
        || label.split_whitespace().next().is_some_and(|w| NOT_SPEAKERS.contains(&w));
    if !capitals || not_speaker || (first > 0 && !s.is_quote_mark(0)) {
        return None;
    }
    // A transcript gives each speaker more than one turn, or names a known
    // person; a headline's or a dateline's label ("FOND FAREWELL: ...")
    // stands once.
    let turns = ["\n", "\n\"", "\n“"]
        .iter()
        .map(|open| s.text.matches(&format!("{open}{label}:")).count())
        .sum::<usize>()
        + usize::from(s.range.start == 0);
    let e = state.entities.get(m.entity?);
    if (e.kind.is_some() || turns < 2) && !e.is_person() {
        return None;
    }
    let start = s.toks.get(m.end + 1)?.start;
    // A turn is one line, also where lines are not blank-separated.
    let text = s.text[start..state.para_end].split('\n').next().unwrap_or_default();
    let trimmed = text.trim_end().trim_end_matches(['"', '”', '“']).trim_end();
    let mut c = Claim::new("", ClaimKind::Quote, "quote_transcript_turn");
    c.content = trimmed.to_string();
    c.start = start;
    c.end = start + trimmed.len();
    c.sentence = s.as_str().to_string();
    c.speaker = Some(e.name.clone());
    c.speaker_mention = Some(label.to_string());
    c.cue = Some(":".to_string());
    state.transcript_turn = Some((s.para, c.end));
    state.remember_speaker(s.para, &c);
    Some(c)
}

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    /// (speaker, content) of each quote of `text`.
    fn quotes(text: &str) -> Vec<(String, String)> {
        let claims = crate::extract::claims_of(text).into_iter();
        let quotes = claims.filter(|c| c.kind == ClaimKind::Quote);
        quotes.map(|c| (c.speaker.unwrap_or_default(), c.content)).collect()
    }

    #[test]
    fn a_speaker_s_label_in_capitals_opens_a_turn_quoted_whole() {
        // Cues inside the turn ("I want to ask you") report nothing of their own.
        const TEXT: &str = "Vice-presidential nominee Mike Pence spoke on Sunday.\n\n\
                            \"WALLACE: Will she be there? I want to ask you that.\n\n\
                            \"PENCE: She will not. We said so.\n\n\
                            \"WALLACE: Thank you.";
        let expected = [
            ("WALLACE", "Will she be there? I want to ask you that."),
            ("Mike Pence", "She will not. We said so."),
            ("WALLACE", "Thank you."),
        ];
        let expected: Vec<(String, String)> =
            expected.iter().map(|(s, c)| (s.to_string(), c.to_string())).collect();
        assert_eq!(quotes(TEXT), expected);
    }

    #[test]
    fn a_headline_s_label_said_once_is_no_turn() {
        const TEXT: &str = "BRITAIN: A treason law revisited.\n\nSEE ALSO: Army denies the report.";
        assert!(quotes(TEXT).is_empty());
    }
}
