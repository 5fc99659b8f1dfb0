//! Other senses of action words, common in business news: "decline" as a
//! fall in numbers ("Shell declined 5p", "Revenues at CBS declined"),
//! "order" as a purchase ("ordered six MD-82s", "a 30 mln dlr order from
//! Micro D"), "charge" as a price ("charges 40 dlrs per hour"): none of them
//! is a refusal, a command or an accusation, nor is a duty one is "charged
//! with". And a source's wish to stay
//! anonymous ("asked not to be identified"), a request with no target.

use super::super::mention_words::is_preposition;
use super::super::mentions::{Mention, MentionKind};
use super::super::ArticleState;
use super::args::NUMBER_WORDS;
use super::aux::BE;
use super::Sentence;
use crate::lexicon::Lexicons;
use crate::model::ActorKind;

mod lists;
mod market;
mod persons;
mod physical;
mod pressure;
use lists::*;
pub(super) use market::{market_demand, purchase_order};
use persons::{captive, charged_with_a_duty, dismissal};
use physical::{downed_craft, physical_blow, severed, BLOWS, CUT};
use pressure::{pressed_to_act, PRESS, TELL};

/// True when "caught" at `i` is an arrest: a passive ("have been caught")
/// followed by what they were doing or by the police that caught them.
fn caught_as_arrest(s: &Sentence, i: usize) -> bool {
    let be = i > 0
        && matches!(s.lowered[i - 1].as_str(), "were" | "was" | "been" | "being" | "are" | "is");
    let next = s.lowered.get(i + 1).map_or("", |w| w.as_str());
    let by_police = next == "by"
        && s.lowered.get(i + 2..(i + 5).min(s.toks.len())).is_some_and(|ws| {
            ws.iter().any(|w| {
                matches!(w.as_str(), "police" | "patrol" | "agents" | "officers" | "guards")
            })
        });
    // "10 terror suspects had been caught": the wanted are arrested when caught.
    let wanted = subject_end(s, i).is_some_and(|k| WANTED.contains(&s.lowered[k].as_str()));
    be && (CAUGHT_DOING.contains(&next) || by_police || wanted)
}

/// True when the word at `k` opens an amount ("14 pct", "5p", "3-1/8", "two
/// cts"), not a year ("a 1983 order by the FTC").
fn amount(s: &Sentence, k: usize) -> bool {
    s.lowered.get(k).is_some_and(|w| {
        let year = w.len() == 4 && (w.starts_with("19") || w.starts_with("20"));
        let digits = w.starts_with(|c: char| c.is_ascii_digit() || c == '$');
        digits && !year || NUMBER_WORDS.contains(&w.as_str()) || w == "dozen"
    })
}

/// Adverbs and auxiliaries skipped to find the word a verb's subject or
/// passive "be" ends on ("was politely but firmly declined", "has also declined").
fn skipped(w: &str) -> bool {
    w.ends_with("ly") || matches!(w, "also" | "has" | "had" | "have" | "but")
}

/// The word before the verb at `i` that its subject ends on, past adverbs and
/// auxiliaries ("suspects" in "10 terror suspects had been caught").
fn subject_end(s: &Sentence, i: usize) -> Option<usize> {
    (0..i).rev().find(|&k| {
        let w = s.lowered[k].as_str();
        !skipped(w) && !BE.contains(&w)
    })
}

/// True when the verb at `i..end` is "charge" as a price, "decline" as a
/// fall, "order" as a purchase or "caught" as a surprise, not the act of the lexicon.
pub(super) fn other_verb_sense(
    s: &Sentence,
    i: usize,
    end: usize,
    state: &ArticleState,
    lex: &Lexicons,
) -> bool {
    let w = s.lowered[i].as_str();
    if w.starts_with("appeal") {
        return legal_appeal(s, i);
    }
    // "blasted wide", "slammed his racket onto the ground": a blow, not words.
    if BLOWS.contains(&w) {
        return physical_blow(s, i, end);
    }
    // "strong U.S. and European demand.": buying, not a demand put.
    if w == "demand" {
        return market_demand(s, i, false);
    }
    // "limited partnerships", "options are limited": a state, not a restriction.
    if w == "limited" && end == i + 1 {
        return limited_as_adjective(s, i);
    }
    // "cut off his penis", "cutting off the flow of oxygen": a body cut, no blockade.
    if CUT.contains(&w) {
        return severed(s, i, end);
    }
    // "pressed the button", "challenged the ruling", "told reporters": no one
    // asked or ordered to act.
    if (PRESS.contains(&w) || TELL.contains(&w)) && end == i + 1 {
        return !pressed_to_act(s, i, end, lex);
    }
    // "shot down two British planes": a shot, not a rejection.
    if matches!(w, "shoot" | "shoots" | "shot" | "shooting") && end > i + 1 {
        return downed_craft(s, i, end);
    }
    if end != i + 1 {
        return false;
    }
    // "charges 40 dlrs per hour", "was charged for set-top boxes", "Finance
    // charges 4.1 mln": a price, not an accusation.
    if CHARGE.contains(&w) {
        // "charged 22 police officers with ...": people, charged with a crime.
        let with = (end..(end + 6).min(s.toks.len())).any(|k| s.lowered[k] == "with");
        // "the base price they charge Japanese steelmakers": what a price asks.
        let priced = (i.saturating_sub(3)..i).any(|k| PRICE_NOUNS.contains(&s.lowered[k].as_str()));
        // "charged the 214 mln dlrs in losses", "was charged VAT": a sum or a levy.
        let next = s.lowered.get(end).map_or("", |w| w.as_str());
        let sum = amount(s, end) || next == "the" && amount(s, end + 1);
        let levy =
            PRICE_NOUNS.contains(&next) || matches!(next, "vat" | "tax" | "interest" | "rent");
        let price = sum && !with || priced || levy || next == "for";
        return price || charged_with_a_duty(s, i, end);
    }
    if DECLINE.contains(&w) {
        return fall_in_numbers(s, i, state);
    }
    // "caught on tape", "caught in the crossfire": no arrest.
    // "Border Patrol caught them", "police caught three men": an authority catches.
    if CATCH.contains(&w) {
        if w != "caught" {
            return true;
        }
        // Active, and not "caught up with".
        let active = i > 0
            && !BE.contains(&s.lowered[i - 1].as_str())
            && s.lowered.get(i + 1).is_none_or(|w| w != "up");
        let by_authority = active
            && (authority_subject(s, i, state)
                || matches!(s.lowered[i - 1].as_str(), "patrol" | "agents" | "officers"));
        return !(caught_as_arrest(s, i) || by_authority);
    }
    if FIRE.contains(&w) {
        return !dismissal(s, i, end, state, lex);
    }
    if CAPTURE.contains(&w) {
        return !captive(s, i, end, state, lex);
    }
    // "doctors examined him", "analysts examined the data": no investigation.
    if EXAMINE.contains(&w) {
        return !authority_subject(s, i, state);
    }
    if TERMINATE.contains(&w) {
        let limit = (end + 6).min(s.toks.len());
        return (end..limit)
            .take_while(|&k| s.toks[k].word && !s.toks[k].is_capitalised())
            .any(|k| ENDED_THINGS.contains(&s.lowered[k].as_str()));
    }
    if DIRECT.contains(&w) {
        return !directs_someone(s, i, end);
    }
    // "the board sanctioned the repurchase of the shares": approved an act.
    if w.starts_with("sanction") {
        return approves_an_act(s, end);
    }
    // "ordered six MD-82s": an amount of goods, with no "to" of a command after it
    // ("ordered 400 of his followers to undergo ..."); "orders rose", "orders and
    // sales": a noun.
    let next = |k: usize| s.lowered.get(k).map_or("", |w| w.as_str());
    let counted = AMOUNT_VERBS.contains(&next(end))
        || matches!(next(end), "and" | ",") && TRADE_NOUNS.contains(&next(end + 1));
    // "New orders for non-durable goods were up": a word of trade before it.
    let traded = i > 0 && PURCHASE_BEFORE.contains(&s.lowered[i - 1].as_str());
    ORDER.contains(&w) && (amount(s, end) && !infinitive_follows(s, end) || counted || traded)
}

/// True when the subject right before the verb at `i` (past auxiliaries and
/// adverbs) is an authority: a government or international body, or a word
/// for investigators ("SEC probers were examining whether ...", "the ICO
/// said it was examining one complaint", "police caught three men").
fn authority_subject(s: &Sentence, i: usize, state: &ArticleState) -> bool {
    let mut k = i;
    while k > 0 && (skipped(&s.lowered[k - 1]) || BE.contains(&s.lowered[k - 1].as_str())) {
        k -= 1;
    }
    if k == 0 {
        return false;
    }
    let public = |m: &Mention| {
        m.end == k
            && !m.possessive
            && m.entity.is_some_and(|e| {
                matches!(
                    state.entities.get(e).kind,
                    Some(ActorKind::Government | ActorKind::International)
                )
            })
    };
    EXAMINERS.contains(&s.lowered[k - 1].as_str()) || s.mentions.iter().any(public)
}

/// "declined 14 pct", "declined by", "Revenues at CBS declined,": a fall. A
/// refusal declines something ("to comment", "comment", "the offer"), or
/// is done by a person ("he declined.", "Tridevil declined,").
fn fall_in_numbers(s: &Sentence, i: usize, state: &ArticleState) -> bool {
    let next = i + 1;
    // "declined to comment"; "the request was declined": refused.
    let before = (0..i).rev().find(|&k| !skipped(&s.lowered[k]));
    let passive =
        before.is_some_and(|k| matches!(s.lowered[k].as_str(), "was" | "were" | "be" | "been"));
    // "declined to 482.3 mln dlrs": a fall to an amount.
    let to = s.lowered.get(next).is_some_and(|w| w == "to");
    if passive || to && !amount(s, next + 1) {
        return false;
    }
    if to {
        return true;
    }
    if amount(s, next) || s.lowered.get(next).is_some_and(|w| CHANGE_AFTER.contains(&w.as_str())) {
        return true;
    }
    let ends_clause = s.toks.get(next).is_none_or(|t| !t.word);
    // "declined, however, to say": the refusal's "to" a little later.
    if !ends_clause || infinitive_follows(s, next) {
        return false;
    }
    !done_by_person(s, i, state)
}

/// True when "limited" at `i` is an adjective: before a noun it qualifies
/// ("in limited partnerships", "the group's limited freedom", "has limited
/// assets"), or after "be" with nothing limited to or by ("Iranian options
/// were limited.", "is still limited, dealers said"). "was limited to 0.5
/// pct", "limited by pipeline capacity" and "has limited imports to 10 pct"
/// restrict.
fn limited_as_adjective(s: &Sentence, i: usize) -> bool {
    let n = s.toks.len();
    let next = s.lowered.get(i + 1).map_or("", |w| w.as_str());
    if matches!(next, "partnership" | "partnerships" | "partner" | "partners" | "liability") {
        return true;
    }
    let before = (0..i).rev().find(|&k| !skipped(&s.lowered[k]) && s.lowered[k] != "more");
    let prev = before.map_or("", |k| s.lowered[k].as_str());
    let bare_noun = s.toks.get(i + 1).is_some_and(|t| t.word && !t.is_capitalised())
        && !NOT_NOUNS.contains(&next)
        && !amount(s, i + 1);
    let to_follows = (i + 1..(i + 7).min(n))
        .take_while(|&k| s.toks[k].word)
        .any(|k| matches!(s.lowered[k].as_str(), "to" | "by"));
    // Right after the word before ("has limited assets"; "has limited", past
    // "also" or "only", stays a verb's perfect).
    let qualifier =
        i > 0 && (QUALIFIED_AFTER.contains(&s.lowered[i - 1].as_str()) || s.tok(i - 1) == "'s");
    let had = i > 0 && matches!(s.lowered[i - 1].as_str(), "has" | "have" | "had");
    if bare_noun && (qualifier || had && !to_follows) {
        return true;
    }
    // "are severely limited.": a predicate of state, limited to nothing named.
    let be = BE.contains(&prev);
    let state_ends = s.toks.get(i + 1).is_none_or(|t| !t.word)
        || matches!(next, "and" | "but" | "compared" | "in" | "as");
    be && state_ends
}

/// True for "(not) to be named/identified/quoted" at `end`, after the verb.
pub(super) fn anonymity(s: &Sentence, end: usize) -> bool {
    let at = |k: usize, w: &str| s.lowered.get(k).is_some_and(|x| x == w);
    let k = if at(end, "not") { end + 1 } else { end };
    at(k, "to")
        && at(k + 1, "be")
        && s.lowered.get(k + 2).is_some_and(|w| ANONYMOUS.contains(&w.as_str()))
}

/// True when "direct" at `i..end` commands: "directed that ...", "directed
/// Intel to respond", or passive "were directed to consult"; an active "to"
/// right after the verb is a place ("funds directed to the U.S.").
fn directs_someone(s: &Sentence, i: usize, end: usize) -> bool {
    let passive = i > 0 && BE.contains(&s.lowered[i - 1].as_str());
    let from = if passive { end } else { end + 1 };
    let infinitive = |k: usize| {
        s.lowered[k] == "to"
            && s.lowered.get(k + 1).is_some_and(|w| {
                !matches!(w.as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their")
            })
    };
    // "directed towards improving exports, but in order to fulfil": no command.
    s.lowered.get(end).is_some_and(|w| w == "that")
        || (from..(end + 12).min(s.toks.len()))
            .take_while(|&k| !matches!(s.tok(k), "." | ";" | ",") && s.lowered[k] != "order")
            .any(infinitive)
}

/// True when a "to" comes within a few words after `from`, before a clause ends.
fn infinitive_follows(s: &Sentence, from: usize) -> bool {
    (from..(from + 6).min(s.toks.len()))
        .take_while(|&k| !matches!(s.tok(k), "." | ";") && s.lowered[k] != "and")
        .any(|k| s.lowered[k] == "to")
}

/// True when the subject right before the verb at `i` (past adverbs and
/// auxiliaries) can be a person: "he"/"she", "who", or a name that is no
/// company, body or place ("Tridevil declined," of unknown kind counts).
fn done_by_person(s: &Sentence, i: usize, state: &ArticleState) -> bool {
    let Some(p) = (0..i).rev().find(|&k| !skipped(&s.lowered[k])) else { return false };
    if matches!(s.lowered[p].as_str(), "who" | "he" | "she" | "i" | "we" | "they") {
        return true;
    }
    s.mentions.iter().any(|m| {
        m.end == p + 1
            && m.kind != MentionKind::Pronoun
            && m.entity.is_some_and(|e| {
                matches!(state.entities.get(e).kind, None | Some(ActorKind::Person))
            })
    })
}

#[cfg(test)]
mod tests;

/// Words of a court's case near an appeal: "The case is being appealed to
/// the U.S. Appeals Court", "will appeal the ruling".
const COURT_WORDS: &[&str] = &[
    "court",
    "courts",
    "tribunal",
    "judge",
    "judges",
    "case",
    "ruling",
    "verdict",
    "conviction",
    "sentence",
    "judgment",
    "judgement",
    "decision",
];

/// True when the appeal at `i` is to a court, not to people: a court's word
/// within four words before it or six after.
fn legal_appeal(s: &Sentence, i: usize) -> bool {
    let near = i.saturating_sub(4)..(i + 7).min(s.toks.len());
    near.filter(|&k| k != i).any(|k| COURT_WORDS.contains(&s.lowered[k].as_str()))
}

/// True when the action noun at `noun` is the object of a verb that wishes
/// for it ("demanding an independent investigation by the board"), behind
/// at most three lower-case modifiers: a requested act, not one done.
pub(super) fn wished_for(s: &Sentence, noun: usize) -> bool {
    let modifier = |k: usize| {
        let w = s.lowered[k].as_str();
        s.toks[k].word
            && s.tok(k).chars().next().is_some_and(char::is_lowercase)
            && !WISHING.contains(&w)
            && w != "for"
    };
    let modifiers = (noun.saturating_sub(3)..noun).rev().take_while(|&k| modifier(k)).count();
    let Some(before) = (noun - modifiers).checked_sub(1) else { return false };
    match s.lowered[before].as_str() {
        "for" => before > 0 && WISHING_FOR.contains(&s.lowered[before - 1].as_str()),
        w => WISHING.contains(&w),
    }
}

/// True when the object after `end` is an act ("sanctioned the repurchase of
/// the shares", "sanctioned a new payment"): "sanction" there is to approve.
fn approves_an_act(s: &Sentence, end: usize) -> bool {
    let determiner = s.lowered.get(end).is_some_and(|w| {
        matches!(w.as_str(), "the" | "a" | "an" | "its" | "their" | "his" | "her")
    });
    if !determiner {
        return false;
    }
    let lower = |k: usize| {
        s.toks.get(k).is_some_and(|t| t.word && !t.quoted)
            && s.tok(k).chars().next().is_some_and(char::is_lowercase)
    };
    let act = |w: &str| {
        APPROVED_ACTS.contains(&w)
            || ["tion", "ment", "chase", "sal"].iter().any(|e| w.ends_with(e))
    };
    let in_phrase = |k: usize| lower(k) && !is_preposition(&s.lowered[k]);
    (end + 1..(end + 4).min(s.toks.len())).take_while(|&k| in_phrase(k)).any(|k| act(&s.lowered[k]))
}
