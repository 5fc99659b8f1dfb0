//! Words of the market: an order that is a purchase ("a 30 mln dlr order
//! from Micro D") and demand that is buying ("strong demand from the Far
//! East", "U.S. demand for imports"): no command, and no demand put to anyone.

use super::super::super::mention_words::DETERMINER_LIST;
use super::super::super::tokens::strip_possessive;
use super::super::Sentence;
use super::amount;
use super::lists::{AMOUNT_VERBS, ORDER, PURCHASE_BEFORE};

/// Words before "demand" that make it buying in a market ("strong demand",
/// "Japan's domestic demand", "to meet demand", "edible oil demand").
const MARKET_WORDS: &[&str] = &[
    "strong",
    "stronger",
    "weak",
    "weaker",
    "growing",
    "increasing",
    "increased",
    "rising",
    "falling",
    "declining",
    "domestic",
    "consumer",
    "world",
    "global",
    "oil",
    "energy",
    "export",
    "import",
    "sluggish",
    "robust",
    "firm",
    "firmer",
    "seasonal",
    "heavy",
    "high",
    "higher",
    "low",
    "lower",
    "slack",
    "industrial",
    "internal",
    "potential",
    "total",
    "overall",
    "market",
    "continuing",
    "excessive",
    "changing",
    "forecast",
    "underlying",
    "pent-up",
    "brisk",
    "steady",
    "healthy",
    "keen",
    "resurgence",
    "meet",
    "satisfy",
    "accommodate",
    "aggregate",
    "retail",
    "electricity",
    "power",
    "gas",
    "fuel",
    "steel",
    "food",
    "credit",
    "housing",
    "investor",
];

/// Verbs of a sale's orders: they are won, received, placed or booked.
const SALE_VERBS: &[&str] = &[
    "received",
    "receives",
    "receiving",
    "won",
    "wins",
    "winning",
    "placed",
    "places",
    "placing",
    "booked",
    "secured",
    "landed",
];

/// Words of a command's order, given by a court or a regulator.
const COMMAND_WORDS: &[&str] = &[
    "court",
    "courts",
    "judge",
    "restraining",
    "rate",
    "official",
    "executive",
    "gag",
    "commission",
    "board",
    "regulators",
    "government",
    "injunction",
];

/// True when the action noun "order(s)" at `noun` is a purchase: an amount
/// or a word of trade before it ("a 30 mln dlr order", "new orders"), or a
/// verb of amount after it ("orders rose"). "An order for" alone may be
/// either ("orders for plant", "a Security Council order for a ceasefire").
pub(in super::super) fn purchase_order(s: &Sentence, noun: usize) -> bool {
    if !ORDER.contains(&s.lowered[noun].as_str()) {
        return false;
    }
    let before = (noun.saturating_sub(3)..noun)
        .any(|k| PURCHASE_BEFORE.contains(&s.lowered[k].as_str()) || amount(s, k));
    let counted = s.lowered.get(noun + 1).is_some_and(|w| AMOUNT_VERBS.contains(&w.as_str()));
    before || counted || won_or_placed(s, noun)
}

/// True when an order at `noun` is won, received or placed ("said it
/// received an order from Thai Airways for one DC-10", "Samsung has won
/// orders from Apple", "placing orders for"): a sale, unless a court's or a
/// regulator's words stand in the phrase ("obtained a temporary restraining
/// order from the court", "received a disappointing rate order from the
/// board").
fn won_or_placed(s: &Sentence, noun: usize) -> bool {
    let Some(verb) =
        (noun.saturating_sub(4)..noun).rev().find(|&k| SALE_VERBS.contains(&s.lowered[k].as_str()))
    else {
        return false;
    };
    let n = s.toks.len();
    let phrase = verb + 1..(noun + 5).min(n);
    !phrase.into_iter().any(|k| COMMAND_WORDS.contains(&s.lowered[k].as_str()))
}

/// True when "demand" at `k` is buying in a market, not a demand put to
/// someone: a word of the market before it ("strong demand from the Far
/// East", "the country's growing demand for cars"); as a noun also when no
/// determiner or possessor stands before it ("U.S. demand for imports is
/// expected to fall", "demand from investors"). "the U.S. demand that Japan
/// lift", "an IMF demand to lift", "a demand by the IMF" and "Lee's demand
/// for 10%" are demands; the verb ("they demand elections") needs the
/// market word.
pub(in super::super) fn market_demand(s: &Sentence, k: usize, noun: bool) -> bool {
    if s.lowered[k] != "demand" {
        return false;
    }
    let next = s.lowered.get(k + 1).map_or("", |w| w.as_str());
    if matches!(next, "that" | "to" | "by") {
        return false;
    }
    let mut before = k.saturating_sub(3)..k;
    if before.clone().any(|j| MARKET_WORDS.contains(&s.lowered[j].as_str())) {
        return true;
    }
    // A determiner or possessor makes it one thing asked of someone ("a
    // demand by the IMF", "the agency's demand for concessions").
    let determined = |j: usize| {
        DETERMINER_LIST.holds(&s.lowered[j])
            || matches!(s.lowered[j].as_str(), "my" | "your")
            || strip_possessive(&s.lowered[j]).1
    };
    noun && !before.any(determined)
}
