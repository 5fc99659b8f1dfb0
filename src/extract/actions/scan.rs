//! The scan of a sentence for actions: at each word, a verb of the action
//! lexicon, a criticism drawn, a phrasal verb split by its pronoun, a light
//! verb with its noun, or an action noun; then the rules that look at the
//! sentence's claims together (`context.rs`).

use super::super::sentence::Sentence;
use super::super::ArticleState;
use super::light::light_action;
use super::nouns::noun_action;
use super::senses::other_verb_sense;
use super::verbs::{
    adjectival_participle, in_name, not_limited_to, noun_use, split_phrasal, AUXILIARY_AFTER,
};
use super::{context, critical, drawn, verb_action, Found};
use crate::extract::openers::ACTION;
use crate::lexicon::{Lexicons, VerbSlot};
use crate::model::Claim;

/// Finds the actions of one sentence and appends them to `out`.
pub fn actions(
    s: &Sentence,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) {
    if s.headline {
        return;
    }
    let first_claim = out.len();
    let mut i = 0;
    while i < s.toks.len() {
        // A word that is no action verb, light verb, action noun or verb
        // that draws criticism, which none of the readers below can take.
        if !s.toks[i].word || s.lowered[i].marks() & ACTION == 0 {
            i += 1;
            continue;
        }
        if let Some(m) = lex
            .action_verbs
            .longest(&s.lowered[i..])
            .filter(|m| m.value.slots.contains(&VerbSlot::Past) || !noun_use(s, i, lex))
            // "Hambros Bank Limited": a capitalised word inside a name is no verb.
            .filter(|_| !in_name(s, i))
            .filter(|m| !not_limited_to(s, i, i + m.words))
            .filter(|m| !adjectival_participle(s, i, &m.value.slots))
            // "Shell declined 5p", "ordered six MD-82s": a fall, a purchase.
            .filter(|m| !other_verb_sense(s, i, i + m.words, state, lex))
            // "garment orders were up": a verb is not followed by an auxiliary.
            // "denied being leaned on": a past verb takes a gerund "being".
            .filter(|m| {
                let past = s.lowered[i + m.words - 1].ends_with("ed");
                !s.lowered.get(i + m.words).is_some_and(|w| {
                    AUXILIARY_AFTER.contains(&w.as_str()) && !(past && w == "being")
                })
            })
        {
            let end = i + m.words;
            let found = Found { first: i, end, object: None };
            let before = out.len();
            verb_action(s, found, m.value, lex, state, quote_speakers, keep_possible, out);
            // "SEC probes", "U.S. sanctions": not a verb after all, maybe a noun.
            if out.len() == before && m.words == 1 {
                if let Some((class, cameo)) = lex.action_nouns.get(&s.lowered[i]) {
                    noun_action(s, i, class, cameo, state, quote_speakers, out);
                }
            }
            i = end;
            continue;
        }
        if let Some(next) = drawn::drawn_criticism(s, i, lex, state, quote_speakers, out) {
            i = next;
            continue;
        }
        if let Some(next) = critical::critical_of(s, i, lex, state, quote_speakers, out) {
            i = next;
            continue;
        }
        if let Some(next) = drawn::under_fire(s, i, lex, state, quote_speakers, out) {
            i = next;
            continue;
        }
        // "the website later took it down": a phrasal verb around its object pronoun.
        if let Some(verb) = split_phrasal(s, i, lex) {
            let found = Found { first: i, end: i + 3, object: Some(i + 1) };
            verb_action(s, found, verb, lex, state, quote_speakers, keep_possible, out);
            i += 3;
            continue;
        }
        if let Some(next) = light_action(s, i, lex, state, quote_speakers, keep_possible, out) {
            i = next;
            continue;
        }
        if let Some((class, cameo)) = lex.action_nouns.get(&s.lowered[i]) {
            noun_action(s, i, class, cameo, state, quote_speakers, out);
        }
        i += 1;
    }
    // The rules below look at the sentence's new claims: most sentences have none.
    if out.len() == first_claim {
        return;
    }
    context::drop_bare_orders(out, first_claim);
    context::sanctioned_state(s, state, &mut out[first_claim..]);
    context::suit_in_sentence(&mut out[first_claim..]);
    let (earlier, new) = out.split_at_mut(first_claim);
    context::earlier_target(earlier, new);
}
