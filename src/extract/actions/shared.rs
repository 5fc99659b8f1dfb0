//! A subject shared past "and": "Reporters Without Borders described the
//! sentence as harsh and called on Khatami", and the object pronoun such a
//! verb cannot turn back on its subject ("contacted customers and
//! instructed them").

use super::super::mention_words::{DAY_WORDS, DETERMINER_LIST};
use super::super::mentions::{Mention, MentionKind};
use super::aux::{BE, DO, HAVE, MODALS, STATE_PARTICIPLES};
use super::np::noun_phrase_after;
use super::subject_words::REPORTING;
use super::subjects::{opening_phrase, time_opening, time_or_place};
use super::Sentence;

/// Words that may not stand in a title before the subject's name.
/// Besides these, an auxiliary ([`is_auxiliary`]) stops a title too.
const TITLE_STOPS: &[&str] = &[
    "after", "as", "at", "before", "by", "for", "from", "if", "in", "on", "said", "says", "that",
    "when", "while", "with",
];

/// True for a word of [`BE`], [`HAVE`], [`DO`] or [`MODALS`].
pub(super) fn is_auxiliary(w: &str) -> bool {
    [BE, HAVE, DO, MODALS].iter().any(|l| l.contains(&w))
}

/// The subject a verb after "and"/"but" shares with the sentence's first
/// clause ("Reporters Without Borders described the sentence as harsh and
/// called on Khatami"): the name that opens the sentence, with no clause
/// boundary between it and the verb.
pub(super) fn shared_subject(s: &Sentence, verb: usize) -> Option<usize> {
    // The auxiliaries' span may begin with the "and" itself.
    let k = (0..=verb).rev().find(|&k| s.toks[k].word && k < s.toks.len())?;
    let k = if matches!(s.lowered[k].as_str(), "and" | "but") {
        k
    } else {
        (0..k).rev().find(|&k| s.toks[k].word)?
    };
    if !matches!(s.lowered[k].as_str(), "and" | "but") {
        return None;
    }
    let mut m = s.mentions.iter().position(|m| !m.in_pp && !m.in_parens && !m.possessive)?;
    // The name opens the sentence, or the clause after "said that", "have surfaced that".
    let verb_before = |k: usize| {
        let w = s.lowered[k].as_str();
        REPORTING.contains(&w) || (w.len() > 4 && w.ends_with("ed"))
    };
    // "Reports have surfaced (Via ...) that": a parenthesis may stand between.
    let word_before = |k: usize| match s.tok(k - 1) {
        ")" => (0..k - 1).rev().find(|&j| s.tok(j) == "(").and_then(|j| j.checked_sub(1)),
        _ => Some(k - 1),
    };
    let clause_start = (1..s.mentions[m].first)
        .rev()
        .find(|&k| s.lowered[k] == "that" && word_before(k).is_some_and(verb_before))
        .map_or(0, |k| k + 1);
    // "In June this year, his group named him ... and called on": past an
    // opening time or place and its comma.
    let first = s.mentions[m].first;
    // "In August 2004 Chinese authorities shut down ... and arrested": a time needs no comma.
    let adjunct = first > 0
        && match s.tok(first - 1) {
            // "During a press conference, Ottawa Police Chief Charles Bordeleau said".
            "," => {
                time_or_place(s, clause_start, first - 1)
                    || opening_phrase(s, clause_start, first - 1)
            }
            // "At his weekly press conference on Tuesday he said": a phrase
            // that ends in a day needs none either.
            _ => {
                time_opening(s, clause_start, first)
                    || opening_phrase(s, clause_start, first)
                        && DAY_WORDS.contains(&s.lowered[first - 1].as_str())
            }
        };
    // "Ex-chat show host Robert Kilroy-Silk has quit": a title of a few
    // words before the name, with no verb or preposition.
    let title = s.words(clause_start, first) <= 4
        && (clause_start..first).all(|k| {
            let w = s.lowered[k].as_str();
            s.toks[k].word && !w.ends_with("ed") && !TITLE_STOPS.contains(&w) && !is_auxiliary(w)
        });
    let opens = s.words(clause_start, first) <= 2 || adjunct || title;
    // "Nobel Peace Prize laureate and education activist Malala Yousafzai":
    // one "and" between two role words, no name on either side of it.
    let joins_roles = |a: usize, b: usize, k: usize| {
        s.lowered[k] == "and"
            && b - a <= 6
            && k > a
            && k + 1 < b
            && !DETERMINER_LIST.holds(&s.lowered[k + 1])
    };
    // "Guerrero state Gov. Angel Aguirre has ... and called": the person the
    // opening names modify is the subject.
    let modified = |m: usize, n: &Mention, gap: usize| {
        let (a, b) = (s.mentions[m].end, n.first);
        n.kind == MentionKind::Name
            && !n.in_pp
            && b > a
            && (b - a <= gap || (a..b).any(|k| joins_roles(a, b, k)))
            && (a..b).all(|k| {
                let w = s.lowered[k].as_str();
                // "The president called ISIS ...": a verb between is no modifier.
                s.toks[k].word
                    && s.tok(k).chars().all(char::is_lowercase)
                    && (!matches!(w, "and" | "or") || joins_roles(a, b, k))
                    && !matches!(w, "said" | "says" | "told")
                    && !w.ends_with("ed")
                    // "Kilroy-Silk has quit the UK Independence Party and accused":
                    // an auxiliary opens a verb phrase.
                    && !is_auxiliary(w)
            })
    };
    // Past a role word read as a mention of its own: "TransCanada chief
    // financial officer H. Neil Nichols", three words.
    loop {
        let role = s.mentions.get(m + 1).is_some_and(|n| n.kind == MentionKind::Anonymous);
        let (next, gap) = if role { (m + 2, 3) } else { (m + 1, 2) };
        match s.mentions.get(next).is_some_and(|n| modified(m, n, gap)) {
            true => m = next,
            false => break,
        }
    }
    // "The director of the film, Vinod Pande, says ... and has refused".
    m = apposed_name(s, m).unwrap_or(m);
    let one_clause = one_clause(s, s.mentions[m].end, k);
    // "was stripped of his clothes and forced to": the shared verb is passive.
    // Not "was dissatisfied with the response and warned": a state.
    let passive = (s.mentions[m].end..k).any(|j| {
        matches!(s.lowered[j].as_str(), "is" | "are" | "was" | "were" | "been" | "being")
            && s.lowered
                .get(j + 1)
                .is_some_and(|w| w.ends_with("ed") && !STATE_PARTICIPLES.contains(&w.as_str()))
    });
    (opens && one_clause && !passive && s.mentions[m].end < k).then_some(m)
}

/// The name set off by commas after a descriptor or role mention `m` and its
/// phrase ("The director of the film, Vinod Pande, says"): who it is.
fn apposed_name(s: &Sentence, m: usize) -> Option<usize> {
    let head = &s.mentions[m];
    if !matches!(head.kind, MentionKind::Descriptor | MentionKind::Anonymous) {
        return None;
    }
    let comma = (head.end..(head.end + 5).min(s.toks.len()))
        .take_while(|&k| s.toks[k].word || s.tok(k) == ",")
        .find(|&k| s.tok(k) == ",")?;
    let n = s.mentions.iter().position(|n| n.first == comma + 1 && n.kind == MentionKind::Name)?;
    let end = s.mentions[n].end;
    (end < s.toks.len() && s.tok(end) == ",").then_some(n)
}

/// The targets of a verb whose object pronoun stands for its own subject
/// (`actors`), which it cannot: the object of a verb before "and" that
/// shares the subject ("Comcast has contacted customers and instructed
/// them": the customers), else the unnamed thing that opens the sentence
/// ("The video was posted on YouTube but the website took it down"), set
/// as `target_np`, else no one.
pub(super) fn own_object(
    s: &Sentence,
    actors: &[usize],
    targets: Vec<usize>,
    verb: usize,
    target_np: &mut Option<String>,
) -> Vec<usize> {
    let (&[subject], &[object]) = (actors, targets.as_slice()) else { return targets };
    let (subject, object) = (&s.mentions[subject], &s.mentions[object]);
    if object.kind != MentionKind::Pronoun
        || object.possessive
        || object.entity.is_none()
        || object.entity != subject.entity
    {
        return targets;
    }
    let first_verb = (subject.end..verb).find(|&k| {
        let w = s.lowered[k].as_str();
        s.toks[k].word && w.len() > 4 && w.ends_with("ed")
    });
    let before_and = first_verb.and_then(|k| noun_phrase_after(s, k + 1));
    // "The video was posted on YouTube but the website later took it down":
    // the thing that opens the sentence, when no name does.
    let opening = || {
        let article = matches!(s.lowered.first()?.as_str(), "the" | "a" | "an");
        // Up to its verb: "The four-minute, 40-second video was posted".
        let aux = (1..s.toks.len().min(9)).find(|&k| BE.contains(&s.lowered[k].as_str()))?;
        let unnamed = s.mentions.first().is_none_or(|m| m.first > aux);
        (article && unnamed && aux > 1).then(|| s.slice(1, aux).to_string())
    };
    *target_np = before_and.or_else(opening);
    Vec::new()
}

/// True when tokens `a..b` hold no clause boundary: no subordinator, no
/// open quotation (a quoted word, "described it as “harsh”", is closed
/// again), and a relative clause only when commas or dashes enclose it
/// ("Reporters Without Borders, which tracks press freedom, described ...").
fn one_clause(s: &Sentence, a: usize, b: usize) -> bool {
    let marks = (a..b).filter(|&j| s.is_quote_mark(j)).count();
    let mut j = a;
    while j < b {
        match s.lowered[j].as_str() {
            // "Mr Khodorkovsky - who has been in jail - pleaded": dashes enclose it too.
            "which" | "who" if j > 0 && matches!(s.tok(j - 1), "," | "-" | "–" | "—") => {
                let open = s.tok(j - 1);
                match (j + 1..b).find(|&c| s.tok(c) == open) {
                    Some(c) => j = c,
                    None => return false,
                }
            }
            "that" | "which" | "who" | "because" | "if" | "when" | "while" | "whether" | ";" => {
                return false
            }
            _ => {}
        }
        j += 1;
    }
    marks % 2 == 0
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_relative_clause_between_dashes_keeps_the_subject_shared() {
        const TEXT: &str = "Mr Khodorkovsky - who has been in jail for a year - pleaded not \
                            guilty and denied involvement in any crimes.";
        check(TEXT, &[("Khodorkovsky", "deny", "involvement", false)]);
    }

    #[test]
    fn an_auxiliary_is_no_modifier_of_the_next_name() {
        const TEXT: &str = "Robert Kilroy-Silk has quit the UK Independence Party and accused \
                            Nigel Farage of betraying its supporters. Ex-chat show host Robert \
                            Kilroy-Silk has quit the UK Independence Party and accused it of \
                            betraying its supporters.";
        check(
            TEXT,
            &[
                ("Robert Kilroy-Silk", "accuse", "Nigel Farage", false),
                ("Robert Kilroy-Silk", "accuse", "UK Independence Party", false),
            ],
        );
    }

    #[test]
    fn two_roles_joined_by_and_modify_the_name_after_them() {
        const TEXT: &str = "Nobel Peace Prize laureate and international education activist \
                            Malala Yousafzai visited Nigeria in July, and urged Boko Haram to \
                            free the girls.";
        check(TEXT, &[("Malala Yousafzai", "request", "Boko Haram", false)]);
    }

    #[test]
    fn an_opening_prepositional_phrase_keeps_the_subject_shared() {
        // Not "called for “practical measures”": what is asked for is no one asked.
        const TEXT: &str = "During a press conference, Police Chief Charles Bordeleau said this \
                            is still an investigation and asked \"people to stay away.\" In a \
                            separate interview, Michio Takeuchi said the exchange has done its \
                            utmost and called for \"practical measures\".";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Charles Bordeleau", "request", "people", false),
            ("Michio Takeuchi", "request", "-", false),
        ];
        check(TEXT, EXPECTED);
    }
}
