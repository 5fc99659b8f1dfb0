//! Blows and cuts to bodies and things: "blasted the ball home" and
//! "militants blast towns" are no criticism, "cut off his penis" and "cutting
//! off the flow of oxygen" no blockade.

use super::super::aux::BE;
use super::super::Sentence;
use super::skipped;

/// Forms of "blast" and "slam", which criticise with words but also strike.
pub(super) const BLOWS: &[&str] =
    &["blast", "blasts", "blasted", "blasting", "slam", "slams", "slammed", "slamming"];

/// Words right after "blast" or "slam" that send something somewhere ("blasted
/// into soil", "blasted off", "slammed well over the bar").
const BLOW_DIRECTIONS: &[&str] = &[
    "into", "across", "off", "wide", "over", "through", "out", "onto", "away", "home", "apart",
    "open", "past", "well", "down", "up", "against",
];

/// Things struck, kicked or thrown ("blasted the ball home", "slammed his racket").
const STRUCK_THINGS: &[&str] = &[
    "ball",
    "shot",
    "shots",
    "forehand",
    "backhand",
    "drive",
    "volley",
    "header",
    "penalty",
    "racket",
    "door",
    "doors",
    "hole",
    "holes",
    "platform",
    "platforms",
    "brakes",
];

/// Arms and armed men, whose blasts are shots ("militants blast towns").
const ARMS: &[&str] = &[
    "warships",
    "militants",
    "troops",
    "jets",
    "bombers",
    "forces",
    "guns",
    "artillery",
    "bombs",
    "rockets",
    "mine",
    "mines",
    "tanks",
    "explosion",
    "explosives",
];

/// Forms of "cut", whose "cut off" blocks a supply or a service but also
/// cuts a body.
pub(super) const CUT: &[&str] = &["cut", "cuts", "cutting"];

/// Parts of a body and its breath, which are cut off without any blockade
/// ("cut off his penis", "cutting off the flow of oxygen to her lungs").
const BODY_WORDS: &[&str] = &[
    "penis",
    "genitals",
    "manhood",
    "testicles",
    "private",
    "organ",
    "ear",
    "ears",
    "nose",
    "tongue",
    "finger",
    "fingers",
    "thumb",
    "toe",
    "toes",
    "hand",
    "hands",
    "arm",
    "arms",
    "leg",
    "legs",
    "foot",
    "feet",
    "limb",
    "limbs",
    "head",
    "hair",
    "lips",
    "oxygen",
    "blood",
    "breath",
    "breathing",
];

/// True when "blast" or "slam" at `i..end` strikes a thing, not a person with
/// words: a direction after it ("blasted into towns", "was blasted across the
/// pavement", "slammed well over the bar"), a thing struck ("blasted the ball
/// home", "slammed his racket onto the ground"), or arms striking
/// ("militants blast towns", "warships blasted the platform").
pub(super) fn physical_blow(s: &Sentence, i: usize, end: usize) -> bool {
    let n = s.toks.len();
    let next = s.lowered.get(end).map_or("", |w| w.as_str());
    let after = (end..(end + 5).min(n)).take_while(|&k| s.toks[k].word);
    let struck = after.clone().any(|k| STRUCK_THINGS.contains(&s.lowered[k].as_str()));
    let sent =
        after.skip(1).any(|k| matches!(s.lowered[k].as_str(), "onto" | "into" | "home" | "wide"));
    let before =
        (0..i).rev().find(|&k| !skipped(&s.lowered[k]) && !BE.contains(&s.lowered[k].as_str()));
    let arms = before.is_some_and(|k| ARMS.contains(&s.lowered[k].as_str()));
    BLOW_DIRECTIONS.contains(&next) || struck || sent || arms
}

/// True when "cut off" at `i..end` cuts a part of a body or its breath: a
/// word of the body within a few words after it ("cut off his penis", "the
/// flow of oxygen to her lungs") or before it ("his ear was cut off").
pub(super) fn severed(s: &Sentence, i: usize, end: usize) -> bool {
    let n = s.toks.len();
    let body = |k: usize| BODY_WORDS.contains(&s.lowered[k].as_str());
    let after = (end..(end + 6).min(n)).take_while(|&k| s.toks[k].word).any(body);
    let before = (i.saturating_sub(5)..i).rev().take_while(|&k| s.toks[k].word).any(body);
    after || before
}

/// Aircraft and missiles, whose "shooting down" is a shot, not a rejection.
const AIRCRAFT: &[&str] = &[
    "plane",
    "planes",
    "jet",
    "jets",
    "aircraft",
    "airliner",
    "airliners",
    "helicopter",
    "helicopters",
    "drone",
    "drones",
    "fighter",
    "fighters",
    "bomber",
    "bombers",
    "missile",
    "missiles",
    "rocket",
    "rockets",
    "flight",
    "balloon",
];

/// True when "shot down" at `i..end` downs an aircraft: an aircraft word
/// within a few words after it ("shot down two British planes") or before it
/// ("the airliner was shot down").
pub(super) fn downed_craft(s: &Sentence, i: usize, end: usize) -> bool {
    let n = s.toks.len();
    let craft = |k: usize| AIRCRAFT.contains(&s.lowered[k].as_str());
    let after = (end..(end + 5).min(n)).take_while(|&k| s.toks[k].word).any(craft);
    let before = (i.saturating_sub(6)..i).rev().take_while(|&k| s.toks[k].word).any(craft);
    after || before
}
