//! The reported clause: where it starts after a cue (past adverbs, time
//! phrases, adjuncts and the hearer) and where it ends.

use super::mention_words::AUXILIARIES;
use super::sentence::Sentence;
use crate::lexicon::{KeyedWord, Lexicons, VerbSlot};

/// Words that may stand between a cue verb and what it reports.
pub(super) const CUE_ADVERBS: &[&str] = &[
    "also",
    "later",
    "earlier",
    "again",
    "today",
    "yesterday",
    "repeatedly",
    "previously",
    "then",
    "once",
    "already",
    "now",
    "still",
    "further",
    "flatly",
    "simply",
    "yet",
];

/// Listeners named after a hearer verb ("told reporters that").
pub(super) const HEARERS: &[&str] = &[
    "reporters",
    "journalists",
    "lawmakers",
    "supporters",
    "me",
    "us",
    "them",
    "him",
    "her",
    "you",
];

/// Words that open a hearer's noun phrase ("told a crowd that").
const HEARER_DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "those", "these", "all",
    "many", "several", "some", "two", "three",
];

/// Skips adverbs, time phrases, adjuncts ("in a statement") and the hearer after a cue.
pub(super) fn skip_to_content(s: &Sentence, mut k: usize, hearer: bool) -> usize {
    let n = s.toks.len();
    let mut hearer_seen = false;
    while k < n {
        let w = s.lowered[k].as_str();
        let skip = if (w.ends_with("ly") && s.toks[k].word)
            || CUE_ADVERBS.contains(&w)
            || is_time_word(w)
            || w == "tonight"
        {
            1
        } else if matches!(w, "on" | "in" | "last" | "this" | "at" | "during")
            && k + 1 < n
            && is_time_word(&s.lowered[k + 1])
        {
            2
        } else if hearer
            && !hearer_seen
            // "warned it was not a cure": a subject pronoun opens the clause.
            && !SUBJECT_PRONOUNS.contains(&w)
            && w != "it"
            && (s.mention_at(k).is_some()
                || HEARERS.contains(&w)
                || HEARER_DETERMINERS.contains(&w))
        {
            hearer_seen = true;
            // "told a veterans group that ...": a short noun phrase up to "that".
            let that = (k + 1..(k + 6).min(n)).find(|&j| s.lowered[j] == "that");
            let plain = |j: usize| s.toks[j].word && !s.toks[j].quoted;
            match that.filter(|&t| (k..t).all(plain)) {
                Some(t) => t - k,
                None if HEARER_DETERMINERS.contains(&w) => 0,
                None => s.mention_at(k).map_or(1, |m| m.end - m.first),
            }
        } else if matches!(w, "in" | "at" | "on" | "during" | "to") {
            adjunct_len(s, k)
        } else {
            0
        };
        if skip == 0 {
            return k;
        }
        k += skip;
    }
    k
}

pub(super) fn is_time_word(w: &str) -> bool {
    matches!(
        w,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "week"
            | "month"
            | "year"
            | "weekend"
            | "morning"
            | "afternoon"
            | "evening"
            | "night"
            | "day"
            | "summer"
            | "winter"
            | "spring"
            | "autumn"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
    )
}

/// Length of an adjunct such as "in a statement" or "to reporters" at `k`, or 0.
pub(super) fn adjunct_len(s: &Sentence, k: usize) -> usize {
    let n = s.toks.len();
    let stop = (k + 6).min(n);
    let mut len = 0;
    for j in k + 1..stop {
        if s.tok(j) == "," || s.lowered[j] == "that" || s.is_quote_mark(j) {
            return if len > 0 { len } else { j - k };
        }
        // The last medium word counts: "in a video message", "on a conference call".
        if matches!(
            s.lowered[j].as_str(),
            "statement"
                | "interview"
                | "tweet"
                | "post"
                | "letter"
                | "release"
                | "conference"
                | "reporters"
                | "briefing"
                | "email"
                | "speech"
                | "television"
                | "radio"
                | "twitter"
                | "facebook"
                | "podcast"
                | "video"
                | "message"
                | "call"
                | "remarks"
                | "address"
                | "appearance"
                | "op-ed"
                | "column"
                | "editorial"
                | "memo"
        ) {
            len = j + 1 - k;
        }
    }
    len
}

/// True when token `k` can start a reported clause.
pub(super) fn clause_starter(s: &Sentence, k: usize) -> bool {
    const NOT_STARTERS: &[&str] = &[
        "and",
        "or",
        "but",
        "so",
        "goodbye",
        "hello",
        "thanks",
        "sorry",
        "nothing",
        "something",
        "anything",
        "yes",
        "otherwise",
        "as",
        "who",
        "which",
        "much",
        "more",
        "less",
        "little",
        "enough",
        "hi",
        "grace",
        "sorry",
    ];
    let w = s.lowered[k].as_str();
    s.toks[k].word
        && (s.mention_at(k).is_some()
            || !(super::mentions::PREPOSITIONS.contains(&w)
                || NOT_STARTERS.contains(&w)
                || w.ends_with("ly")))
}

/// The end of a clause starting at `a`: the sentence end, less final punctuation.
pub(super) fn clause_end(s: &Sentence, a: usize) -> usize {
    let mut b = (a..s.toks.len())
        .find(|&k| {
            // A word is no comma: its text is not sliced.
            !s.toks[k].word
                && s.tok(k) == ","
                && s.lowered.get(k + 1).is_some_and(|w| w == "according")
        })
        .unwrap_or(s.toks.len());
    while b > a && !s.toks[b - 1].word && !s.is_quote_mark(b - 1) {
        b -= 1;
    }
    b
}

/// Subject pronouns that open a second main clause after "and"/"but".
pub(super) const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we", "i"];

/// The end of a reported clause `a..b` that goes on with a second main clause
/// of the writer's: "said A and she accused B" (a pronoun and a reporting or
/// action verb after "and"/"but"), or a report made inside a relative clause
/// (see [`relative_clause_end`]).
pub(super) fn reported_clause_end(
    s: &Sentence,
    lex: &Lexicons,
    verb: usize,
    a: usize,
    b: usize,
) -> usize {
    let b = relative_clause_end(s, lex, verb, a, b);
    let second_clause = |k: usize| {
        matches!(s.lowered[k].as_str(), "and" | "but")
            && !s.toks[k].quoted
            && k + 2 < b
            && SUBJECT_PRONOUNS.contains(&s.lowered[k + 1].as_str())
            && lex.is_verb_form(&s.lowered[k + 2])
    };
    match (a + 1..b).find(|&k| second_clause(k)) {
        Some(k) if s.tok(k - 1) == "," => k - 1,
        Some(k) => k,
        None => b,
    }
}

/// The end of a report made inside a relative clause ("Charles Barkley, who
/// said he votes Democratic, said ..."): the comma before the sentence's own
/// reporting verb closes it, so that verb is read as a report of its own.
/// Failing that, the last comma before the sentence's own predicate, an
/// auxiliary or a verb of the lexicons ("Livingstone, who says he stands by
/// his remarks, had accused a journalist").
fn relative_clause_end(s: &Sentence, lex: &Lexicons, verb: usize, a: usize, b: usize) -> usize {
    let before = s.trim_auxiliaries(0, verb);
    if before < 2 || !s.relative_pronoun_at(before - 1) || s.tok(before - 2) != "," {
        return b;
    }
    let reporting_verb_after = |k: usize| {
        let mut j = k + 1;
        while j < b && s.toks[j].word && s.lowered[j].ends_with("ly") {
            j += 1;
        }
        j < b
            && lex
                .cue_verbs
                .longest(&s.lowered[j..b])
                .is_some_and(|m| m.value.slots.iter().any(|v| *v != VerbSlot::Gerund))
    };
    let open_comma = |k: usize| s.tok(k) == "," && !s.toks[k].quoted;
    let predicate_after = |k: usize| {
        let w = s.lowered.get(k + 1).map_or("", KeyedWord::as_str);
        k + 2 < b && (AUXILIARIES.contains(&w) || lex.is_verb_form(w))
    };
    // "suggested that Omar Gonzalez, 42, of Texas, had been taken": words with
    // no verb before the comma are the report's subject, not a report.
    let has_verb = |k: usize| {
        (a..k).any(|j| {
            let w = s.lowered[j].as_str();
            !s.toks[j].capitalised
                && (AUXILIARIES.contains(&w) || w.ends_with("ed") || lex.is_verb_form(w))
        })
    };
    let closing = (a..b).find(|&k| open_comma(k) && reporting_verb_after(k));
    let predicate = || (a..b).rev().find(|&k| open_comma(k) && predicate_after(k) && has_verb(k));
    match closing.or_else(predicate) {
        Some(k) if k > a => k,
        _ => b,
    }
}

/// The end of a clause that opens with a quote ending in a comma, ? or ! (said,
/// “We’ll see,” when asked ...; chanted “What curfew?” and kept going): the
/// quote is the report, what follows is the writer's.
pub(super) fn quote_led_end(s: &Sentence, a: usize) -> Option<usize> {
    if a >= s.toks.len() || !s.is_quote_mark(a) {
        return None;
    }
    let q = s.quotes.iter().find(|q| q.open == s.toks[a].start && q.closed)?;
    let b = s.toks.iter().position(|t| t.start >= q.close)?;
    let comma_ended = s.text[q.start..q.end].ends_with([',', '?', '!']) || s.tok(b) == ",";
    (comma_ended && s.toks[b + 1..].iter().any(|t| t.word)).then_some(b)
}

/// The start of a clause that ends at `b` before a post-posed cue: after a
/// colon that introduces the quote the clause ends with ("... fundraising:
/// “There's a ton of it,” he said").
pub(super) fn clause_start(s: &Sentence, b: usize) -> usize {
    let quote_after_colon =
        (1..b).rev().find(|&k| !s.toks[k - 1].word && s.tok(k - 1) == ":" && s.is_quote_mark(k));
    if let Some(k) = quote_after_colon.filter(|_| b > 0 && s.is_quote_mark(b - 1)) {
        let runs_to_b =
            s.quotes.iter().any(|q| q.open == s.toks[k].start && q.close == s.toks[b - 1].end);
        if runs_to_b {
            return k;
        }
    }
    // "WASHINGTON - Michael Davidoff ... has agreed, the SEC said": after the dateline.
    let mut a = s.body_start();
    // Skip a leading connective ("But", "However,").
    if matches!(
        s.lowered.first().map(KeyedWord::as_str),
        Some("but" | "and" | "however" | "so" | "yet")
    ) {
        a = 1;
        if s.toks.get(1).is_some_and(|t| !t.word && s.tok(1) == ",") {
            a = 2;
        }
    }
    a.min(b)
}

#[cfg(test)]
mod tests;
