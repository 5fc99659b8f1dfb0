//! Names that only modify the noun after them: "probe into the Wall Street
//! insider trading scandal" (the scandal), "urged the England left-back" (the
//! left-back), "arrested several Islamic militants" (the militants). Such a
//! name is no party; the phrase's words are.

use super::super::clause::is_time_word;
use super::super::mention_words::{plural_form, DAY_WORDS};
use super::super::mentions::{Mention, MentionKind};
use super::super::tokens::strip_possessive;
use super::args::{reduced_relative, NP_STOPS};
use super::Sentence;

/// True when a name after "the" modifies the lower-case nouns after it that
/// end the phrase ("probe into the Wall Street insider trading scandal"):
/// the scandal is the target, not Wall Street.
pub(super) fn modifies_noun(s: &Sentence, m: &Mention) -> bool {
    // "the VW currency scandal": the article may open the mention itself.
    // "a Conservative compromise offer": an indefinite article too.
    let article = |k: usize| matches!(s.lowered[k].as_str(), "the" | "a" | "an");
    let the = article(m.first) || m.first > 0 && article(m.first - 1);
    let determined = the && !m.possessive;
    let mut k = m.end;
    while k < s.toks.len() && k < m.end + 3 {
        let t = &s.toks[k];
        let w = s.lowered[k].as_str();
        if !t.word || t.quoted || !s.tok(k).starts_with(char::is_lowercase) || NP_STOPS.contains(&w)
        {
            break;
        }
        // "the SEC charged", "the FBI acknowledged": a verb, not a noun; "warned
        // the EC yesterday it would": no noun at all.
        // "demanded the IAAF investigate the affair": a determiner after the
        // words means a verb and its object, not a noun the name modifies.
        let pronoun = matches!(w, "it" | "he" | "she" | "they" | "we" | "its" | "their")
            || matches!(w, "the" | "a" | "an");
        if w.ends_with("ed") || w.ends_with("ly") || strip_possessive(w).1 {
            return false;
        }
        // "deactivating the ACC using muscimol": a participle after the name.
        let participle = k == m.end && w.ends_with("ing") && m.kind == MentionKind::Name;
        if pronoun || participle || DAY_WORDS.contains(&w) || is_time_word(w) {
            return false;
        }
        k += 1;
    }
    let boundary =
        s.toks.get(k).is_none_or(|t| !t.word) || NP_STOPS.contains(&s.lowered[k].as_str());
    // "the England left-back to stay": one noun after a name is enough, not
    // an adverb ("asked the Finance Ministry again") nor a participle ("sued
    // the state alleging").
    let one_noun = k == m.end + 1
        && m.kind == MentionKind::Name
        && !s.lowered[m.end].ends_with("ing")
        && !AFTER_OBJECT_ADVERBS.contains(&s.lowered[m.end].as_str())
        && !SERVICE_HEADS.contains(&s.lowered[m.end].as_str());
    determined && (k > m.end + 1 || one_noun) && boundary
}

/// Nouns for what a name is itself ("shut down the Meduza website" blocks
/// Meduza).
const SERVICE_HEADS: &[&str] = &[
    "website",
    "site",
    "service",
    "services",
    "app",
    "platform",
    "network",
    "channel",
    "account",
    "accounts",
    "page",
    "messenger",
];

/// Adverbs that may follow an object name ("warned the United States
/// earlier", "criticized the director online").
const AFTER_OBJECT_ADVERBS: &[&str] = &[
    "again", "earlier", "later", "online", "too", "also", "today", "tonight", "now", "instead",
    "alone", "directly", "first", "last", "already", "since", "here", "there", "abroad", "home",
];

/// True when a name stands before a lower-case plural noun that heads the
/// phrase ("Islamic militants", "ISIS fighters"): the name only modifies it.
pub(super) fn modifies_plural(s: &Sentence, m: &Mention) -> bool {
    let Some(next) = s.toks.get(m.end).filter(|t| t.word && !t.quoted) else { return false };
    let w = s.lowered[m.end].as_str();
    // The plural must end the phrase ("militants.", "militants in Syria"): then it is the head.
    // "militants suspected of ...": a reduced relative after the head.
    let after = s.toks.get(m.end + 1).is_none_or(|t| !t.word)
        || NP_STOPS.contains(&s.lowered[m.end + 1].as_str())
        || reduced_relative(s, m.end + 1);
    !m.possessive
        && s.text[next.start..next.end].starts_with(char::is_lowercase)
        && plural_noun(w)
        && after
}

pub(super) fn plural_noun(w: &str) -> bool {
    plural_form(w) && !NP_STOPS.contains(&w)
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_name_before_one_noun_modifies_it_but_not_before_an_adverb() {
        const TEXT: &str = "Robert Pires has urged the England left-back to stay. Tony Blair has \
                            rejected a Conservative compromise offer. Iran had warned the United \
                            States earlier against it.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Robert Pires", "request", "England left-back", false),
            ("Tony Blair", "reject", "Conservative compromise offer", false),
            ("Iran", "warn", "United States", false),
        ];
        check(TEXT, EXPECTED);
    }
}
