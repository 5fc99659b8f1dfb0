//! Reporting cues: the verbs and phrases of a sentence that report speech,
//! each with its speaker and the clause it reports (before, after or around
//! the cue, inverted or not), as `speech` turns them into claims.

use super::clause::{
    clause_end, clause_start, clause_starter, quote_led_end, reported_clause_end, skip_to_content,
    CUE_ADVERBS,
};
use super::mentions::{MentionKind, PREPOSITIONS};
use super::participle::{call_for_cue, gerund_quote_cue, participial_cue};
use super::sentence::Sentence;
use super::speaker::{
    closing_speaker_end, coordinated_subject, last_adjacent, named_through, opens_clause,
    skip_apposition, CLAUSE_WORDS,
};
use super::speech::Cue;
use crate::lexicon::{CuePhraseKind, Lexicons, VerbSlot};

/// Verbs whose object is the hearer, before the reported clause ("told reporters that").
const HEARER_VERBS: &[&str] = &[
    "tell", "inform", "assure", "remind", "warn", "advise", "brief", "promise", "reassure",
    "convince", "notify", "caution", "urge", "ask",
];

pub(super) fn find_cues(s: &Sentence, lex: &Lexicons) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut i = 0;
    while i < s.toks.len() {
        if s.toks[i].quoted || !s.toks[i].word {
            i += 1;
            continue;
        }
        if let Some(m) = lex.cue_phrases.longest(&s.lowered[i..]) {
            if *m.value == CuePhraseKind::SourceFollows {
                cues.push(source_follows(s, i, i + m.words));
                i += m.words;
                continue;
            }
        }
        let capitalised = i > 0 && s.tok(i).chars().next().is_some_and(char::is_uppercase);
        if let Some(m) = lex.cue_verbs.longest(&s.lowered[i..]).filter(|_| !capitalised) {
            let end = i + m.words;
            let noun_use = i > 0
                && matches!(
                    s.lowered[i - 1].as_str(),
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
                );
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
            let next = s.lowered.get(end).map_or("", String::as_str);
            let after_next = s.lowered.get(end + 1).map_or("", String::as_str);
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
fn source_follows(s: &Sentence, first: usize, end: usize) -> Cue {
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
    let clause = if first > 1 && s.tok(first - 1) == "," {
        Some((0, trim_end(first - 1)))
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

/// A cue verb at `first..end`: its speaker and its clause.
fn verb_cue(s: &Sentence, first: usize, end: usize, bare: bool, hearer: bool) -> Option<Cue> {
    let n = s.toks.len();
    let after_quote = first > 0 && (s.is_quote_mark(first - 1) || s.tok(first - 1) == ",");
    // Inverted: "“...,” said NetBlocks Director Alp Toker" / "..., said Smith."
    // The speaker right after the verb, perhaps behind lower-case role words ("said retired neurosurgeon Ben Carson").
    let first_after = s.mentions.iter().position(|m| {
        m.first >= end
            && m.first <= end + 4
            && (end..m.first).all(|k| {
                s.toks[k].word
                    && s.tok(k).chars().next().is_some_and(char::is_lowercase)
                    // "..., said on Twitter": a place of the saying, not its speaker.
                    && !PREPOSITIONS.contains(&s.lowered[k].as_str())
                    // "..., said he would welcome Cruz": a clause, not a role.
                    && !CLAUSE_WORDS.contains(&s.lowered[k].as_str())
            })
    });
    let inverted = first_after.filter(|_| after_quote).map(|m| (m, last_adjacent(s, m))).filter(
        |&(_, last)| {
            let after = skip_apposition(s, s.mentions[last].end);
            s.is_quote_mark(first - 1)
                || after >= n
                || matches!(s.tok(after), "." | "," | ";" | "!" | "?")
        },
    );
    let role = inverted
        .filter(|(a, b)| a != b)
        .map(|(a, b)| s.slice(s.mentions[a].first, s.mentions[b].first).to_string());
    let inverted_span = inverted.map(|(_, b)| (end, closing_speaker_end(s, s.mentions[b].end)));
    let inverted = inverted.map(|(_, last)| last);
    let (mut subject, mut subject_span) =
        if inverted.is_some() { (None, None) } else { s.subject(first) };
    if inverted.is_none() && subject.is_none() {
        if let Some(m) = coordinated_subject(s, first) {
            subject = Some(m);
            subject_span = Some((s.mentions[m].first, named_through(s, s.mentions[m].end)));
        }
    }
    let speaker = inverted.or(subject);
    let span = inverted_span.or(subject_span);
    let cue = |clause: (usize, usize), rule: &'static str| Cue {
        first,
        end,
        speaker,
        clause: Some(clause),
        rule,
        role: role.clone(),
        span,
    };
    let speaker_end = inverted.map_or(end, |m| s.mentions[m].end);
    let k = skip_to_content(s, speaker_end, hearer);
    // "On Thursday, Labott tweeted, “...”": a quote after a comma is the report
    // when no quote stands before the speaker (“Q1,” he said, “Q2” is one quote).
    let first_named = span.map_or(first, |(a, _)| a.min(first));
    let k = if k + 1 < n
        && s.tok(k) == ","
        && s.is_quote_mark(k + 1)
        && inverted.is_none()
        && !(0..first_named).any(|t| s.is_quote_mark(t))
    {
        k + 1
    } else {
        k
    };
    let starts_clause = k < n
        && (s.lowered[k] == "that" || s.tok(k) == ":" || s.is_quote_mark(k) || s.toks[k].quoted);
    // “...,” Clinton told a crowd in Seattle: the quote is the report, not what follows.
    let named_at = s.toks.get(first_named).map_or(s.range.end, |t| t.start);
    let quote_before = s.quotes.iter().any(|q| {
        q.open == s.range.start
            && q.closed
            && q.close <= named_at
            && s.text[q.close..named_at].trim_matches([' ', ',']).is_empty()
    });
    let bare_clause = bare && !quote_before && k < n && s.words(k, n) >= 3 && clause_starter(s, k);
    if starts_clause || bare_clause {
        let a = if matches!(s.lowered[k].as_str(), "that" | ":") { k + 1 } else { k };
        let b = quote_led_end(s, a).unwrap_or_else(|| clause_end(s, a));
        let rule = if inverted.is_some() {
            "cue_inverted"
        } else if s.lowered[k] == "that" {
            "cue_that"
        } else {
            "cue_before"
        };
        return (b > a && s.words(a, b) >= 1).then_some(cue((a, b), rule));
    }
    // Post position: "<clause>, X said." — the clause is what came before the speaker.
    let speaker_start = match (inverted, span) {
        (None, Some((a, _))) => a.min(first),
        _ => first,
    };
    let mut b = speaker_start;
    // The reported clause ends in a comma, dash or closing quote before the speaker.
    let separated =
        b > 0 && (matches!(s.tok(b - 1), "," | "—" | "–" | ":") || s.is_quote_mark(b - 1));
    while b > 0 && !s.toks[b - 1].word && !s.is_quote_mark(b - 1) {
        b -= 1;
    }
    let after = skip_apposition(s, k);
    let closes_quote =
        b > 0 && s.is_quote_mark(b - 1) || speaker_start > 0 && s.is_quote_mark(speaker_start - 1);
    let ends_here =
        after >= n || matches!(s.tok(after), "." | "," | ";" | "!" | "?" | "—") || closes_quote;
    // "As X said, ...": the clause after the comma is the report.
    let as_clause = speaker_start > 0 && s.lowered[speaker_start - 1] == "as";
    if as_clause && after < n && s.tok(after) == "," {
        let b = clause_end(s, after + 1);
        return (s.words(after + 1, b) >= 3).then_some(cue((after + 1, b), "cue_as"));
    }
    // "One official, who asked to remain anonymous, told ...": what stands
    // before a relative pronoun is the speaker, not a report.
    let relative = inverted.is_none() && s.relative_pronoun_at(speaker_start);
    if separated && ends_here && !relative {
        let a = clause_start(s, b);
        // A parenthetical cue ("Over the years, she said, email has helped"):
        // the report runs on after it, so the clause is the whole sentence.
        let named_end = match (inverted, span) {
            (Some(_), Some((_, e))) => e.max(after),
            _ => k,
        };
        let goes_on = named_end + 1 < n
            && s.tok(named_end) == ","
            && s.toks[named_end + 1].word
            && !s.toks[named_end + 1].quoted
            && !opens_clause(&s.lowered[named_end + 1]);
        let b = if goes_on { clause_end(s, named_end + 1) } else { b };
        let rule = if inverted.is_some() { "cue_inverted_after" } else { "cue_after" };
        return (s.words(a, b) >= 1).then_some(cue((a, b), rule));
    }
    // A quote shortly after the cue: "accused Facebook of infringing on “...”".
    let next_quote = s.quotes.iter().find(|q| q.open >= s.toks[end - 1].end)?;
    let q_tok = s.toks.iter().position(|t| t.start >= next_quote.open)?;
    let between_cue = (end..q_tok).any(|i| s.toks[i].word && s.lowered[i] == "said");
    (s.words(end, q_tok) <= 15 && !between_cue).then(|| {
        // "calls her record a “blueprint” for how ...": the clause runs on.
        let b = quote_clause_end(s, next_quote.close);
        let stop = (b..n).find(|&k| {
            matches!(s.tok(k), "," | ";" | "—" | "–" | "(") || s.is_quote_mark(k) || {
                let w = s.lowered[k].as_str();
                matches!(w, "and" | "but" | "while" | "as" | "after" | "before")
            }
        });
        let runs_on = !super::participle::closes_clause(s, b);
        let b = if runs_on { stop.unwrap_or_else(|| clause_end(s, b)) } else { b };
        cue((end, b), "cue_quote_follows")
    })
}

/// The token index just after the quote that closes at byte `close`.
fn quote_clause_end(s: &Sentence, close: usize) -> usize {
    s.toks.iter().position(|t| t.start >= close).unwrap_or(s.toks.len())
}

#[cfg(test)]
mod tests {
    use crate::extract::statement_kinds as statements;
    use crate::model::ClaimKind;

    const PROGRESSIVE: &str = "Trump is telling a veterans group that the military is weak.";
    const QUOTE_THEN_MORE: &str = "Jake Sullivan calls her record a \"blueprint\" for how she \
        would create jobs, and the campaign agrees.";

    #[test]
    fn a_progressive_cue_reports_its_clause() {
        assert_eq!(statements(PROGRESSIVE), [(ClaimKind::Indirect, "the military is weak".into())]);
    }

    #[test]
    fn a_clause_with_a_quote_runs_on_to_its_end() {
        assert_eq!(
            statements(QUOTE_THEN_MORE),
            [(
                ClaimKind::Indirect,
                "her record a \"blueprint\" for how she would create jobs".into()
            )]
        );
    }

    const STATE_NOUN: &str = "Guerrero state Gov. Angel Aguirre has defended the response.";

    #[test]
    fn a_base_form_after_a_singular_name_is_no_cue() {
        assert_eq!(statements(STATE_NOUN), []);
    }

    const MODIFIED_SOURCE: &str = "\"It is crucial for both of them,\" said one former GOP \
                                   leadership aide.";

    #[test]
    fn an_anonymous_source_may_hold_a_party_name() {
        let claims = crate::extract::claims_of(MODIFIED_SOURCE);
        let who: Vec<(Option<String>, Option<String>)> =
            claims.into_iter().map(|c| (c.speaker, c.speaker_mention)).collect();
        assert_eq!(who, [(None, Some("one former GOP leadership aide".to_string()))]);
    }

    const SAID_ON: &str = "\"We hate this framing,\" Jane Okafor, a writer for The Atlantic, \
                           said on Twitter.";

    #[test]
    fn a_name_after_said_on_is_no_inverted_speaker() {
        let speakers: Vec<Option<String>> =
            crate::extract::claims_of(SAID_ON).into_iter().map(|c| c.speaker).collect();
        assert_eq!(speakers, [Some("Jane Okafor".to_string())]);
    }
}
