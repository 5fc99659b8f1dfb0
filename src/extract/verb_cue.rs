//! A cue verb's speaker (its subject, or a name inverted after it) and the
//! clause it reports: after it, before it, around it, or a quote shortly after.

use super::clause::{clause_end, clause_start, clause_starter, quote_led_end, skip_to_content};
use super::mentions::PREPOSITIONS;
use super::sentence::Sentence;
use super::speaker::{
    closing_speaker_end, coordinated_subject, last_adjacent, named_through, opens_clause,
    skip_apposition, CLAUSE_WORDS,
};
use super::speech::Cue;

/// A cue verb at `first..end`: its speaker and its clause.
pub(super) fn verb_cue(
    s: &Sentence,
    first: usize,
    end: usize,
    bare: bool,
    hearer: bool,
) -> Option<Cue> {
    let n = s.toks.len();
    let mark_before = first > 0 && s.is_quote_mark(first - 1);
    let after_quote = mark_before || first > 0 && s.tok(first - 1) == ",";
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
            // "..., said the strikes wounded Baghdadi": a past verb after a
            // subject makes the name its object ("said retired Chief Deputy
            // Matthew Fog", "said retired neurosurgeon Ben Carson" have a role).
            && !(m.first > end + 1 && {
                let w = s.lowered[m.first - 1].as_str();
                w.len() > 4 && w.ends_with("ed")
            })
    });
    let inverted = first_after
        .filter(|_| after_quote)
        .map(|m| (m, last_adjacent(s, m)))
        .map(|(m, last)| {
            // "Giselle, said her son's killer, Warren Leblanc, 17 - who ...
            // - had mimicked": without a quote before it, the person must end
            // the sentence to be the one who said.
            let person = possessed_person(s, last).map(|p| last_adjacent(s, p)).filter(|&p| {
                let after = s.mentions[p].end;
                mark_before
                    || after >= n
                    || matches!(s.tok(after), "." | "!" | "?" | ";")
                    || s.tok(after) == "," && !(after + 1..n).any(|j| s.opens_predicate(j))
            });
            person.map_or((m, last), |p| (m, p))
        })
        .filter(|&(_, last)| {
            let after = skip_apposition(s, s.mentions[last].end);
            mark_before || after >= n || matches!(s.tok(after), "." | "," | ";" | "!" | "?")
        });
    let role = inverted.filter(|(a, b)| a != b).map(|(a, b)| {
        let role = s.slice(s.mentions[a].first, s.mentions[b].first);
        role.trim_end_matches([',', ' ']).to_string()
    });
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

/// "said Britain's foreign minister, Jack Straw", "said Woods' agent, Mark
/// Steinberg": the person a possessive's role words name (up to four
/// lower-case words, then perhaps a comma), not the possessor.
fn possessed_person(s: &Sentence, possessor: usize) -> Option<usize> {
    let m = &s.mentions[possessor];
    if !m.possessive {
        return None;
    }
    // The apostrophe of a plural possessive is a token of its own.
    let mut k = m.end + usize::from(m.end < s.toks.len() && !s.toks[m.end].word);
    let roles = k;
    while k < s.toks.len()
        && k < roles + 4
        && s.toks[k].word
        && s.tok(k).chars().next().is_some_and(char::is_lowercase)
        && !PREPOSITIONS.contains(&s.lowered[k].as_str())
        && !CLAUSE_WORDS.contains(&s.lowered[k].as_str())
    {
        k += 1;
    }
    if k == roles {
        return None;
    }
    if k < s.toks.len() && s.tok(k) == "," {
        k += 1;
    }
    let person = s.mentions.iter().position(|p| p.first == k)?;
    let p = &s.mentions[person];
    (p.kind == super::mentions::MentionKind::Name && !p.in_pp).then_some(person)
}

/// The token index just after the quote that closes at byte `close`.
fn quote_clause_end(s: &Sentence, close: usize) -> usize {
    s.toks.iter().position(|t| t.start >= close).unwrap_or(s.toks.len())
}

#[cfg(test)]
mod tests {
    use crate::extract::statement_kinds as statements;
    use crate::model::ClaimKind;

    const QUOTE_THEN_MORE: &str = "Jake Sullivan calls her record a \"blueprint\" for how she \
        would create jobs, and the campaign agrees.";

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

    const TOLD_THAT: &str = "Stewart Freeman, the state attorney, told Reuters that Lomac, a new \
                             company, agreed to buy a site.";

    #[test]
    fn a_name_after_that_is_no_inverted_speaker() {
        let speakers: Vec<Option<String>> =
            crate::extract::claims_of(TOLD_THAT).into_iter().map(|c| c.speaker).collect();
        assert_eq!(speakers, [Some("Stewart Freeman".to_string())]);
    }

    const PLURAL_POSSESSIVE: &str = "The miners' leaders also demanded an end to the hostels.";

    #[test]
    fn a_plural_possessive_is_no_closing_quote() {
        assert_eq!(statements(PLURAL_POSSESSIVE), []);
    }

    const POSSESSIVE_IN_ROLE: &str = "Countries must map out a fresh strategy, Gilberto Arango, \
                                      president of Colombia's coffee exporters' association, said.";

    #[test]
    fn a_possessive_in_a_role_leaves_the_speaker_whole() {
        let speakers: Vec<Option<String>> =
            crate::extract::claims_of(POSSESSIVE_IN_ROLE).into_iter().map(|c| c.speaker).collect();
        assert_eq!(speakers, [Some("Gilberto Arango".to_string())]);
    }

    const POSSESSIVE_ROLE_AFTER_QUOTE: &str = "\"These claims are false,\" said Britain's foreign \
                                               minister, Jack Straw.";

    #[test]
    fn an_inverted_possessive_role_names_its_holder() {
        let who: Vec<(Option<String>, Option<String>)> =
            crate::extract::claims_of(POSSESSIVE_ROLE_AFTER_QUOTE)
                .into_iter()
                .map(|c| (c.speaker, c.speaker_role))
                .collect();
        assert_eq!(
            who,
            [(Some("Jack Straw".to_string()), Some("Britain's foreign minister".to_string()))]
        );
    }

    const PLURAL_POSSESSIVE_ROLE: &str = "Arnold Lippa, Praxis' president, said Praxis will test \
                                          the drug.";

    #[test]
    fn a_plural_possessive_role_is_an_apposition() {
        let speakers: Vec<Option<String>> = crate::extract::claims_of(PLURAL_POSSESSIVE_ROLE)
            .into_iter()
            .map(|c| c.speaker)
            .collect();
        assert_eq!(speakers, [Some("Arnold Lippa".to_string())]);
    }
}
