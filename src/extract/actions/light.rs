//! Light verbs with an action noun: "filed a lawsuit in U.S. district court
//! against Harcourt" (sue), "had given the Japanese government a clear
//! warning" (warn), "sanctions were imposed on Poland", "the suit filed by X",
//! "the limitations it imposed on RIA" (the noun before the verb).

use super::super::mention_words::DETERMINER_LIST;
use super::super::mentions::MentionKind;
use super::super::ArticleState;
use super::agents::agent_after;
use super::args::{emit, names, object_after};
use super::aux::aux_before;
use super::subject_words::people_word;
use super::{verb_action, Found, Sentence};
use crate::lexicon::{Lexicons, LightVerb, VerbSlot};
use crate::model::Claim;

/// How far after the light verb its noun may stand, in tokens.
const NOUN_WINDOW: usize = 7;
/// How far after the noun the preposition of the target may stand.
const PREP_WINDOW: usize = 8;
/// Prepositions that introduce the target after the noun.
const TARGET_PREPS: &[&str] = &["against", "on", "upon", "into", "to", "with", "at", "over"];
/// Words that end the search for the noun or the preposition ("the brief was
/// never filed since the case was dropped": not the case filed).
const STOPS: &[&str] = &[
    "that", "which", "who", "because", "and", "but", "by", "after", "before", "while", "if",
    "since", "although", "though", "until", "when",
];
/// Words near a filed petition or case that make it no suit: a bankruptcy
/// ("filed a voluntary petition under Chapter 11", "filed its Chapter 11
/// petition") or a rate case before regulators.
const NOT_SUED: &[&str] = &["chapter", "bankruptcy", "voluntary", "involuntary", "rate"];

/// Looks for a light-verb action at token `i`; when one was found, the token
/// to go on from (after its noun: "imposes fines" has no verb "fines").
/// Inlined up to the lexicon lookup: it runs at most tokens, and the word
/// filter turns nearly all of them away.
#[inline(always)]
pub(super) fn light_action(
    s: &Sentence,
    i: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let cands = lex.light_verbs.get(&s.lowered[i])?;
    light_action_with(s, i, cands, lex, state, quote_speakers, keep_possible, out)
}

/// [`light_action`] once the word is a light verb, with its `cands`.
#[inline(never)]
#[allow(clippy::too_many_arguments)]
fn light_action_with(
    s: &Sentence,
    i: usize,
    cands: &[LightVerb],
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let n = s.toks.len();
    // Forward: "filed a lawsuit ... against X".
    let limit = (i + 1 + NOUN_WINDOW).min(n);
    for k in i + 1..limit {
        // "has made no decision on whether to appeal": the noun is another verb's.
        let infinitive = matches!(s.lowered[k].as_str(), "whether" | "to");
        if !s.toks[k].word && !s.is_quote_mark(k)
            || STOPS.contains(&s.lowered[k].as_str())
            || infinitive
        {
            break;
        }
        if let Some(lv) = cands.iter().find(|lv| lv.nouns.iter().any(|n| s.lowered[k] == *n)) {
            // "denied repeated requests from Vocativ", "his repeated calls": the
            // participle is the noun's adjective; the noun acts on its own.
            if k == i + 1 && adjective_participle(s, i) {
                return None;
            }
            let near = i + 1..(k + 4).min(n);
            if lv.verb.class == "sue"
                && near.into_iter().any(|j| NOT_SUED.contains(&s.lowered[j].as_str()))
            {
                return Some(k + 1);
            }
            let between = s.mentions.iter().any(|m| m.first > i && m.end <= k && !m.possessive);
            let object = if between { Some(i + 1) } else { Some(target_prep(s, k + 1, lex)) };
            let found = Found { first: i, end: k + 1, object };
            let before = out.len();
            verb_action(s, found, &lv.verb, lex, state, quote_speakers, keep_possible, out);
            // Nothing made of it: the noun may still act on its own ("make plea to
            // ISIS"), but is no verb ("The city imposes fines": not "fines").
            let verb_form = lex.action_verbs.longest(&s.lowered[k..=k]).is_some();
            return Some(if out.len() > before || verb_form { k + 1 } else { i + 1 });
        }
    }
    backward(s, i, cands, lex, state, out).then_some(i + 1)
}

/// True when the "-ed" light verb at `i` stands as an adjective: after a
/// determiner or another verb in "-ed" ("denied repeated requests").
fn adjective_participle(s: &Sentence, i: usize) -> bool {
    let before = i.checked_sub(1).map_or("", |k| s.lowered[k].as_str());
    s.lowered[i].ends_with("ed")
        && (DETERMINER_LIST.holds(before) || before.len() > 4 && before.ends_with("ed"))
}

/// The token after the preposition that introduces the target, or `s.toks.len()`.
fn target_prep(s: &Sentence, from: usize, lex: &Lexicons) -> usize {
    let n = s.toks.len();
    // "imposes fines for civilians caught breaking rules": "for" people, not
    // "for speeding".
    let for_people = |k: usize| {
        s.lowered[k] == "for"
            && s.lowered.get(k + 1).is_some_and(|w| {
                let group = w.ends_with("ians") || w.ends_with("ists");
                w.ends_with('s') && (group || people_word(w, lex))
            })
    };
    // "filed a suit seeking punitive damages from Hughes": whom damages are sought from.
    let seeking = (from..(from + 3).min(n)).find(|&k| s.lowered[k] == "seeking");
    let damages_from = seeking.and_then(|k| {
        (k + 1..(k + 4).min(n)).find(|&j| s.lowered[j] == "from" && s.lowered[j - 1] == "damages")
    });
    if let Some(j) = damages_from {
        return j + 1;
    }
    (from..(from + PREP_WINDOW).min(n))
        .take_while(|&k| {
            let w = s.lowered[k].as_str();
            // "lodged a complaint in court alleging he was ...": a new verb or clause ends it.
            let clause = w.ends_with("ing") && w.len() > 5
                || matches!(w, "he" | "she" | "they" | "it" | "we");
            (s.toks[k].word || s.tok(k) == "." && k + 1 < n) && !STOPS.contains(&w) && !clause
        })
        .find(|&k| TARGET_PREPS.contains(&s.lowered[k].as_str()) || for_people(k))
        .map_or(n, |k| k + 1)
}

/// The noun before the verb: "sanctions were imposed on Poland", "the suit
/// filed by X", "the limitations it imposed on RIA".
fn backward(
    s: &Sentence,
    i: usize,
    cands: &[LightVerb],
    lex: &Lexicons,
    state: &ArticleState,
    out: &mut Vec<Claim>,
) -> bool {
    let aux = aux_before(s, i);
    if aux.infinitive || aux.modal || aux.start == 0 {
        return false;
    }
    let noun_at = |k: usize| cands.iter().find(|lv| lv.nouns.iter().any(|n| s.lowered[k] == *n));
    let has = |lv: &crate::lexicon::LightVerb, slot| lv.verb.slots.contains(&slot);
    let n = s.toks.len();
    let by = (i + 1..(i + 1 + PREP_WINDOW).min(n))
        .take_while(|&k| {
            s.toks[k].word && (s.lowered[k] == "by" || !STOPS.contains(&s.lowered[k].as_str()))
        })
        .find(|&k| s.lowered[k] == "by");
    // "the limitations it imposed on": a subject mention between noun and verb.
    if let Some(m) = s.mentions.iter().position(|m| m.end == aux.start && m.first > 0) {
        // "the sanctions President Reagan imposed": past a title before the name.
        let first = s.mentions[m].first;
        let titled =
            first > 1 && s.toks[first - 1].is_capitalised() && noun_at(first - 2).is_some();
        let noun = if titled { first - 2 } else { first - 1 };
        let Some(lv) = noun_at(noun) else { return false };
        if !(has(lv, VerbSlot::Past) || aux.have) {
            return false;
        }
        let targets = object_after(s, target_prep(s, i + 1, lex));
        // "Facebook should remove the limitations it imposed": a pronoun in the
        // relative clause is the subject of the clause the noun is in.
        let m = if s.mentions[m].kind == MentionKind::Pronoun && !s.mentions[m].first_person {
            s.mentions
                .iter()
                .rposition(|h| {
                    h.end <= noun && !h.in_pp && !h.possessive && h.kind != MentionKind::Pronoun
                })
                .filter(|&h| clause_subject(s, h, noun))
                .unwrap_or(m)
        } else {
            m
        };
        let (actors, targets) =
            (names(s, &s.coordinated(m), state, &[]), names(s, &targets, state, &[]));
        if targets.is_empty() {
            return false;
        }
        emit(s, i, &lv.verb, &actors, &targets, aux.negated, false, "action_light_relative", out);
        return true;
    }
    let Some(lv) = noun_at(aux.start - 1) else { return false };
    if !has(lv, VerbSlot::Participle) || !(aux.be || by.is_some()) {
        return false;
    }
    let agent = by.and_then(|b| agent_after(s, b));
    let actors = agent.map(|a| names(s, &s.coordinated(a), state, &[])).unwrap_or_default();
    let mut targets = names(s, &object_after(s, target_prep(s, i + 1, lex)), state, &[]);
    if let (true, Some(a)) = (targets.is_empty(), agent) {
        // "the suit filed by X against Y".
        targets = names(s, &object_after(s, target_prep(s, s.mentions[a].end, lex)), state, &[]);
    }
    let rule = if agent.is_some() { "action_light_passive_by" } else { "action_light_passive" };
    emit(s, i, &lv.verb, &actors, &targets, aux.negated, false, rule, out);
    true
}

/// True when mention `h` is the subject of the verb between it and `noun`:
/// only a few words stand between, none of them a clause boundary.
fn clause_subject(s: &Sentence, h: usize, noun: usize) -> bool {
    let end = s.mentions[h].end;
    noun.saturating_sub(end) <= 4
        && (end..noun).all(|k| s.toks[k].word && !STOPS.contains(&s.lowered[k].as_str()))
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_call_or_request_repeated_or_issued_is_a_request() {
        const TEXT: &str = "Beryl Sprinkel repeated his call for further cuts. A GenCorp \
                            spokesman reiterated a request to shareholders to wait. Gordon Brown \
                            issued a call for party unity. Lin denied repeated requests from \
                            Vocativ to make Thomas available.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Beryl Sprinkel", "request", "-", false),
            ("A GenCorp spokesman", "request", "shareholders", false),
            ("Gordon Brown", "request", "-", false),
            ("Lin", "deny", "repeated requests", false),
            ("Vocativ", "request", "Thomas", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn light_verb_with_a_gap() {
        const TEXT: &str = "Acme Corp said it filed a lawsuit in federal court against Google.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[("Acme Corp", "sue", "Google", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn light_verb_with_a_name_before_the_noun() {
        const TEXT: &str = "The Kremlin gave Google a final warning.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[("Russia", "warn", "Google", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn light_verb_passive_noun_first() {
        const TEXT: &str = "Sanctions were imposed on Iran by the European Union.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("European Union", "sanction", "Iran", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn light_verb_noun_before_its_subject() {
        const TEXT: &str = "The restrictions Russia imposed on YouTube angered users.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[("Russia", "restrict", "YouTube", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_bankruptcy_petition_or_a_brief_filed_sues_no_one() {
        const TEXT: &str = "Acme Corp filed a voluntary petition under Chapter 11. Zorbex Inc \
                            filed its Chapter 11 petition in November. The brief was never filed \
                            since the case was dropped. Acme Corp filed a suit against Zorbex Inc.";
        check(TEXT, &[("Acme Corp", "sue", "Zorbex Inc", false)]);
    }

    #[test]
    fn leading_an_investigation_investigates() {
        const TEXT: &str = "The FBI is leading the investigation into the shooting. Acme Corp, \
                            who led the probe, said so.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Federal Bureau of Investigation", "investigate", "shooting", false),
            ("Acme Corp", "investigate", "-", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn taking_into_custody_arrests() {
        const TEXT: &str = "Police took John Smith into custody on Monday.";
        check(TEXT, &[("Police", "arrest", "John Smith", false)]);
    }

    #[test]
    fn sanctions_slapped_or_imposed_by_a_titled_name() {
        const TEXT: &str = "The sanctions President Reagan imposed on Japan hurt. Washington \
                            slapped a new round of economic sanctions on Russia.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Reagan", "sanction", "Japan", false),
            ("United States", "sanction", "Russia", false),
        ];
        check(TEXT, EXPECTED);
    }
}
