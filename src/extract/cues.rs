//! Reporting cues: the verbs and phrases of a sentence that report speech,
//! each with its speaker and the clause it reports, as `speech` turns them
//! into claims. Where a cue verb's speaker and clause lie is `verb_cue.rs`.

use super::clause::{reported_clause_end, CUE_ADVERBS};
use super::mentions::MentionKind;
use super::openers::{next_marked, CUE};
use super::participle::{call_for_cue, gerund_quote_cue, participial_cue};
use super::sentence::Sentence;
use super::speaker::named_through;
use super::speech::Cue;
use super::verb_cue::verb_cue;
use crate::lexicon::{CuePhraseKind, KeyedWord, Lexicons, VerbSlot};

/// Verbs whose object is the hearer, before the reported clause ("told reporters that").
const HEARER_VERBS: &[&str] = &[
    "tell", "inform", "assure", "remind", "warn", "advise", "brief", "promise", "reassure",
    "convince", "notify", "caution", "urge", "ask",
];

pub(super) fn find_cues(s: &Sentence, lex: &Lexicons) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        // Past the words that open no cue phrase and no cue verb: most words.
        i = next_marked(&s.toks, &s.lowered, i, CUE, true);
        if i >= s.toks.len() {
            break;
        }
        if let Some(m) = lex.cue_phrases.longest(&s.lowered[i..]) {
            if *m.value == CuePhraseKind::SourceFollows {
                cues.push(source_follows(s, i, i + m.words, lex));
                i += m.words;
                continue;
            }
        }
        // Asked only of a cue verb: most words are none.
        let capitalised = || i > 0 && s.tok(i).chars().next().is_some_and(char::is_uppercase);
        if let Some(m) = lex.cue_verbs.longest(&s.lowered[i..]).filter(|_| !capitalised()) {
            let end = i + m.words;
            let determiner = |k: usize| {
                matches!(
                    s.lowered[k].as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "his"
                        | "her"
                        | "its"
                        | "their"
                        | "these"
                        | "those"
                        | "such"
                )
            };
            // "the previously announced merger": an adverb between, the same.
            let adverb = |k: usize| {
                let w = s.lowered[k].as_str();
                w.ends_with("ly") || matches!(w, "earlier" | "already" | "just" | "long")
            };
            let noun_use =
                i > 0 && determiner(i - 1) || i > 1 && adverb(i - 1) && determiner(i - 2);
            let lemma = m.value.lemma.as_str();
            let gerund_only = m.value.slots == [VerbSlot::Gerund];
            let present =
                m.value.slots.iter().all(|v| matches!(v, VerbSlot::Base | VerbSlot::ThirdPerson));
            // "Guerrero state Gov. Angel Aguirre": a base form after a singular name
            // is no verb of that name ("Guerrero states" would be), but a noun.
            let singular_before = m.value.slots == [VerbSlot::Base]
                && s.mentions.iter().any(|n| {
                    n.end == i && n.kind == MentionKind::Name && !s.lowered[i - 1].ends_with('s')
                });
            // "casted doubt on": a present form right after a past verb is its object.
            let after_past =
                present && i > 0 && s.lowered[i - 1].ends_with("ed") && s.toks[i - 1].word;
            let noun_use = noun_use
                || after_past
                || (m.value.noun
                    && present
                    && (singular_before || !super::nouns::verbal_context(s, lex, i, end)));
            let next = s.lowered.get(end).map_or("", KeyedWord::as_str);
            let after_next = s.lowered.get(end + 1).map_or("", KeyedWord::as_str);
            let not_speech = NOT_SPEECH_AFTER.contains(&next)
                || (lemma == "call" && matches!(next, "on" | "in"))
                || (next == "to"
                    && matches!(
                        after_next,
                        "be" | "have" | "do" | "make" | "take" | "go" | "get" | "help"
                    ))
                || (1..=3).any(|d| i >= d && SPECULATIVE.contains(&s.lowered[i - d].as_str()))
                || unsaid(s, i);
            // "called on X to “...”", "calling for “...”": a demand, reported when quoted.
            if lemma == "call" && matches!(next, "on" | "for") {
                cues.extend(call_for_cue(s, &cues, i, end + 1));
            }
            // "Trump is telling reporters that ...": a progressive is a finite verb.
            let progressive = gerund_only && progressive_aux(s, i);
            // ", saying ..." / ", adding ...": the main clause's subject speaks.
            if gerund_only && !progressive && !not_speech && i > 0 {
                let after_comma = m.value.bare && s.tok(i - 1) == ",";
                let cue = after_comma.then(|| participial_cue(s, &cues, i, end)).flatten();
                if let Some(cue) = cue.or_else(|| gerund_quote_cue(s, &cues, i, end)) {
                    cues.push(cue);
                }
            }
            // "asked Sanders whether ...": a reported question.
            let question = (m.value.question && !noun_use && !gerund_only)
                .then(|| super::questions::question_cue(s, i, end))
                .flatten();
            if let Some(cue) = question {
                cues.push(cue);
            } else if !noun_use && (!gerund_only || progressive) && !not_speech {
                if let Some(mut cue) =
                    verb_cue(s, i, end, m.value.bare, HEARER_VERBS.contains(&lemma))
                {
                    if m.value.directive {
                        drop_request_clause(s, &mut cue);
                    }
                    if let Some((a, b)) = cue.clause {
                        cue.clause = Some((a, reported_clause_end(s, lex, i, a, b)));
                    }
                    cues.push(cue);
                }
            }
            i = end;
            continue;
        }
        i += 1;
    }
    let characterisations = super::characterize::characterisation_cues(s, lex, &cues);
    cues.extend(characterisations);
    cues
}

/// "asked that Facebook remove the limits": what someone should do is a
/// request (an action claim), not a statement of what is so; a quoted clause
/// ("demanded that “...”") stays a quote.
fn drop_request_clause(s: &Sentence, cue: &mut Cue) {
    if cue.rule == "cue_that"
        && cue.clause.is_some_and(|(a, _)| !s.is_quote_mark(a) && !s.toks[a].quoted)
    {
        cue.clause = None;
    }
}

/// "according to X": the clause is the rest of the sentence.
fn source_follows(s: &Sentence, first: usize, end: usize, lex: &Lexicons) -> Cue {
    let n = s.toks.len();
    // The source's own words run to the comma (past a parenthesis or an
    // apposition: "according to Lorella Praeli, Clinton's Latino vote director,").
    let speaker = s.mentions.iter().position(|m| m.first >= end && m.first <= end + 3);
    let mut source_end =
        (end..n).find(|&k| matches!(s.tok(k), "," | "." | ";") || s.is_quote_mark(k)).unwrap_or(n);
    if let Some(m) = speaker {
        source_end = source_end.max(named_through(s, s.mentions[m].end));
    }
    let trim_end =
        |b: usize| if b > 0 && !s.toks[b - 1].word && !s.is_quote_mark(b - 1) { b - 1 } else { b };
    // "The official, citing informants, said ...": between commas, the
    // phrase decorates the reporting verb after it and reports nothing itself.
    let reporting_verb_after = || {
        (end..n).find(|&k| s.tok(k) == ",").is_some_and(|c| {
            let verb = s.lowered.get(c + 1..).and_then(|rest| lex.cue_verbs.longest(rest));
            verb.is_some_and(|v| v.value.bare && !v.value.slots.contains(&VerbSlot::Gerund))
        })
    };
    let clause = if first > 1 && s.tok(first - 1) == "," {
        (!reporting_verb_after()).then(|| (0, trim_end(first - 1)))
    } else {
        // "According to X, ...": after the comma that ends the source.
        (source_end..n).find(|&k| s.tok(k) == ",").map(|c| (c + 1, trim_end(n)))
    };
    let span = (source_end > end).then_some((end, source_end));
    Cue {
        first,
        end,
        speaker,
        clause: clause.filter(|(a, b)| b > a),
        rule: "according_to",
        role: None,
        span,
    }
}

/// A cue verb followed by one of these is not reporting speech ("called upon", "said to be").
const NOT_SPEECH_AFTER: &[&str] = &["upon", "for", "off", "up", "out", "into", "down", "away"];

/// True when a form of "be" (perhaps with an adverb) stands right before the
/// -ing form at `i`: "is telling", "was also saying", "’s claiming".
fn progressive_aux(s: &Sentence, i: usize) -> bool {
    let be =
        |k: usize| matches!(s.lowered[k].as_str(), "is" | "are" | "was" | "were" | "’s" | "'s");
    let adverb =
        |k: usize| s.lowered[k].ends_with("ly") || CUE_ADVERBS.contains(&s.lowered[k].as_str());
    (i >= 1 && be(i - 1)) || (i >= 2 && adverb(i - 1) && be(i - 2))
}

/// Modals before a cue make it speculation, not a report ("could have reasoned").
const SPECULATIVE: &[&str] = &["could", "may", "might", "would", "should", "must"];
/// Words before "to" that leave what follows unsaid ("declined to say
/// whether ...", "is expected to announce", "has yet to confirm").
const UNSAID_BEFORE_TO: &[&str] = &[
    "decline",
    "declines",
    "declined",
    "declining",
    "refuse",
    "refuses",
    "refused",
    "refusing",
    "unable",
    "expect",
    "expects",
    "expected",
    "plan",
    "plans",
    "planned",
    "planning",
    "set",
    "yet",
    "required",
    "hope",
    "hopes",
    "hoped",
    "intend",
    "intends",
    "intended",
    "want",
    "wants",
    "wanted",
    "likely",
    "unlikely",
    "due",
    "scheduled",
    "poised",
    "preparing",
    "fail",
    "fails",
    "failed",
    "reluctant",
    "hesitant",
];

/// True when the cue at `i` is an infinitive after a word that leaves it
/// unsaid: a refusal, a plan or an expectation is no statement.
fn unsaid(s: &Sentence, i: usize) -> bool {
    i >= 2 && s.lowered[i - 1] == "to" && UNSAID_BEFORE_TO.contains(&s.lowered[i - 2].as_str())
}

#[cfg(test)]
mod tests {
    use crate::extract::statement_kinds as statements;
    use crate::model::ClaimKind;

    const PROGRESSIVE: &str = "Trump is telling a veterans group that the military is weak.";

    #[test]
    fn a_progressive_cue_reports_its_clause() {
        assert_eq!(statements(PROGRESSIVE), [(ClaimKind::Indirect, "the military is weak".into())]);
    }

    const STATE_NOUN: &str = "Guerrero state Gov. Angel Aguirre has defended the response.";

    #[test]
    fn a_base_form_after_a_singular_name_is_no_cue() {
        assert_eq!(statements(STATE_NOUN), []);
    }

    const CITING: &str = "The official, citing informants within the group, said the strikes \
                          wounded al-Baghdadi.";

    #[test]
    fn a_source_between_commas_decorates_the_reporting_verb_after() {
        let expected = [(ClaimKind::Indirect, "the strikes wounded al-Baghdadi".into())];
        assert_eq!(statements(CITING), expected);
    }

    const ADJECTIVE_CUES: &str = "The death toll rose from a previously reported 85. In a monthly \
                                  report the firm said that sales fell.";

    #[test]
    fn a_participle_after_a_determiner_and_an_adverb_is_no_cue() {
        let expected = [(ClaimKind::Indirect, "sales fell".into())];
        assert_eq!(statements(ADJECTIVE_CUES), expected);
    }
}
