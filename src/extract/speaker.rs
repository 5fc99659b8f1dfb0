//! The speaker's words: which mention speaks, how far its naming words run
//! (appositions, parentheses, titles), and the role the text gives it.

use super::mentions::{Mention, MentionKind};
use super::sentence::Sentence;
use super::{ArticleState, SpeakerInfo as Speaker};
use crate::lexicon::KeyedWord;

/// Pronouns and auxiliaries: after a cue they open its clause, so a name
/// behind them is no inverted speaker ("said he would welcome Cruz"), and
/// they are no role words between two names.
pub(super) const CLAUSE_WORDS: &[&str] = &[
    "he", "she", "they", "we", "i", "it", "you", "there", "would", "will", "could", "should",
    "can", "may", "might", "must", "is", "was", "are", "were", "has", "had", "have", "that",
];

/// The last of a run of adjacent mentions ("NetBlocks Director" "Alp Toker").
/// Up to two lower-case role words may stand between them ("Meta spokesman Andy Stone").
pub(super) fn last_adjacent(s: &Sentence, mut m: usize) -> usize {
    while m + 1 < s.mentions.len() && !s.mentions[m + 1].in_parens {
        let (a, b) = (s.mentions[m].end, s.mentions[m + 1].first);
        let role_words = (a..b).all(|k| {
            s.toks[k].word
                && s.tok(k).chars().next().is_some_and(char::is_lowercase)
                && !CLAUSE_WORDS.contains(&s.lowered[k].as_str())
        });
        if s.mentions[m].kind == MentionKind::Pronoun {
            break;
        }
        if b < a
            || b - a > 2
            || !role_words
            || s.mentions[m + 1].kind != super::mentions::MentionKind::Name
        {
            break;
        }
        m += 1;
    }
    m
}

/// Words opening an introductory subordinate clause ("When Trump spoke, ...").
const INTRODUCERS: &[&str] = &[
    "when", "after", "before", "while", "if", "although", "though", "because", "since", "as",
    "once", "until", "unless", "whenever",
];

/// The subject of a verb coordinated with an earlier one ("Scott blasted
/// Congress and said ...", "Trump had welcomed it and then tweeted ..."): the
/// first mention of the sentence's main clause that can be a subject, past an
/// introductory subordinate clause ("When X spoke, Y ... and said").
pub(super) fn coordinated_subject(s: &Sentence, verb: usize) -> Option<usize> {
    let before = s.trim_auxiliaries(0, verb);
    if before == 0 || !matches!(s.lowered[before - 1].as_str(), "and" | "but") {
        return None;
    }
    let and = before - 1;
    let from = if INTRODUCERS.contains(&s.lowered[0].as_str()) {
        (0..and).find(|&k| s.tok(k) == ",").map_or(and, |k| k + 1)
    } else {
        0
    };
    s.mentions.iter().position(|m| {
        m.first >= from
            && m.end <= and
            && !m.in_pp
            && !m.in_parens
            && !m.quoted
            && !m.possessive
            && !s.toks[m.first].quoted
    })
}

/// The end of a speaker's naming words that start before `k`: through a
/// parenthesis or an apposition, without the final punctuation.
pub(super) fn named_through(s: &Sentence, k: usize) -> usize {
    let mut end = skip_apposition(s, k);
    while end > k && !s.toks[end - 1].word {
        end -= 1;
    }
    end.max(k)
}

/// The end of the words naming a speaker after an inverted cue ("said X").
/// When the name is followed by a comma or a parenthesis, its appositions run
/// on to the sentence end ("said Chris Coons, Democrat of Delaware, who ..."),
/// but not into a participle clause (", referring to ..."), an adjunct
/// (", in a statement"), a conjunction or a new quote.
pub(super) fn closing_speaker_end(s: &Sentence, k: usize) -> usize {
    let n = s.toks.len();
    // "said David French of the National Retail Federation": the body is part of the name.
    let k = body_after(s, k).unwrap_or(k);
    let named = named_through(s, k);
    if k >= n || !matches!(s.tok(k), "," | "(") {
        return named;
    }
    let mut end = named;
    for j in k..n {
        let t = s.tok(j);
        if s.is_quote_mark(j) || matches!(t, ";" | ":" | "—" | "–") {
            break;
        }
        if t == "," && j + 1 < n && !s.toks[j + 1].quoted {
            let w = s.lowered[j + 1].as_str();
            // ", then ambassador to Israel" is an apposition; ", then he said" is not.
            let then_role = w == "then" && role_like(s, j + 2);
            if opens_clause(w) && !then_role {
                break;
            }
        }
        if s.toks[j].word || t == ")" {
            end = j + 1;
        }
    }
    end.max(named)
}

/// The token after "of/at/from [the] Name" at `k`, when a body's name follows
/// the speaker's ("of the Eurasia Group").
fn body_after(s: &Sentence, k: usize) -> Option<usize> {
    if !matches!(s.lowered.get(k)?.as_str(), "of" | "at" | "from") {
        return None;
    }
    let body = |at: usize| {
        s.mention_at(at).filter(|m| {
            matches!(m.kind, MentionKind::Name | MentionKind::Descriptor) && !m.possessive
        })
    };
    let the = s.lowered.get(k + 1)? == "the";
    body(k + 1).or_else(|| the.then(|| body(k + 2)).flatten()).map(|m| m.end)
}

/// True when the word at `k` is a lower-case noun, not a pronoun, auxiliary or
/// past tense: what "then" before it makes a former role ("then ambassador").
fn role_like(s: &Sentence, k: usize) -> bool {
    let Some(w) = s.lowered.get(k).map(KeyedWord::as_str) else { return false };
    s.toks[k].word
        && s.tok(k).chars().all(char::is_lowercase)
        && !w.ends_with("ed")
        && !matches!(
            w,
            "he" | "she"
                | "they"
                | "it"
                | "we"
                | "i"
                | "you"
                | "is"
                | "was"
                | "has"
                | "had"
                | "would"
                | "will"
                | "said"
                | "says"
                | "the"
                | "a"
                | "an"
        )
}

/// True when word `w`, after a comma, starts a participle clause, an adjunct
/// or a coordinated clause rather than an apposition.
pub(super) fn opens_clause(w: &str) -> bool {
    w.ends_with("ing") || CLAUSE_AFTER_SPEAKER.contains(&w)
}

/// Words that, after a comma, start something other than an apposition.
pub(super) const CLAUSE_AFTER_SPEAKER: &[&str] = &[
    "and",
    "but",
    "or",
    "as",
    "while",
    "after",
    "before",
    "when",
    "because",
    "though",
    "although",
    "in",
    "on",
    "at",
    "during",
    "according",
    "if",
    "so",
    "then",
    "since",
];

/// Skips a parenthesis or an apposition after a speaker ("(director of ...)", ", a spokesman").
pub(super) fn skip_apposition(s: &Sentence, mut k: usize) -> usize {
    let n = s.toks.len();
    loop {
        if k < n && s.tok(k) == "(" {
            k = (k + 1..n).find(|&j| s.tok(j) == ")").map_or(n, |j| j + 1);
        } else if k + 1 < n
            && s.tok(k) == ","
            && s.toks[k + 1].word
            && s.is_apposition(k + 1)
            && !opens_clause(&s.lowered[k + 1])
        {
            // A period with words after it is an abbreviation's ("Mr. Clinton").
            let stop = |j: usize| {
                matches!(s.tok(j), "," | ";")
                    || s.tok(j) == "." && !s.toks.get(j + 1).is_some_and(|t| t.word)
            };
            k = (k + 1..n).find(|&j| stop(j)).unwrap_or(n);
        } else {
            return k;
        }
    }
}

pub(super) fn speaker_of(s: &Sentence, m: Option<&Mention>, state: &ArticleState) -> Speaker {
    let Some(m) = m else { return Speaker { name: None, mention: None, role: None } };
    let mention = s.text[m.span.0..m.span.1].to_string();
    let entity = m.entity.map(|e| state.entities.get(e));
    let role = m
        .role
        .clone()
        .or_else(|| apposition_role(s, m))
        .or_else(|| entity.and_then(|e| e.role.clone()));
    match m.kind {
        MentionKind::Anonymous if m.entity.is_none() => Speaker {
            name: None,
            mention: Some(s.slice(m.first, m.end).to_string()),
            role: Some("anonymous source".into()),
        },
        _ => Speaker { name: entity.map(|e| e.name.clone()), mention: Some(mention), role },
    }
}

/// "Sir Nick Clegg, vice-president of global affairs at Meta" or "Dr. X (director of ...)".
pub(super) fn apposition_role(s: &Sentence, m: &Mention) -> Option<String> {
    let n = s.toks.len();
    let k = m.end;
    if k + 1 >= n {
        return None;
    }
    let open = s.tok(k);
    if open == "(" {
        let close = (k + 1..n).find(|&j| s.tok(j) == ")")?;
        return Some(s.slice(k + 1, close).to_string()).filter(|r| !r.is_empty());
    }
    let lex_role = |w: &str| {
        matches!(w, "a" | "an" | "the")
            || w.contains('-')
            || w.ends_with("ist")
            || w.ends_with("or")
            || w.ends_with("er")
            || w.ends_with("man")
            || w.ends_with("woman")
            || w.ends_with("person")
    };
    if open == ","
        && s.toks[k + 1].word
        && s.is_apposition(k + 1)
        && lex_role(&s.lowered[k + 1])
        && !matches!(s.lowered[k + 1].as_str(), "who" | "which")
    {
        let stop = (k + 1..n)
            .find(|&j| matches!(s.tok(j), "," | "." | ";" | ")") || s.is_quote_mark(j))
            .unwrap_or(n);
        let role = s.slice(k + 1, stop);
        let role = role
            .strip_prefix("a ")
            .or_else(|| role.strip_prefix("an "))
            .or_else(|| role.strip_prefix("the "))
            .unwrap_or(role);
        return (!role.is_empty() && s.words(k + 1, stop) <= 14).then(|| role.to_string());
    }
    None
}

#[cfg(test)]
mod tests;
