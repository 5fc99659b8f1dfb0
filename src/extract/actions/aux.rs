//! What stands before an action verb: auxiliaries, negation, modals, "to".

use super::Sentence;

pub(super) const BE: &[&str] = &["is", "are", "was", "were", "be", "been", "being", "'s", "am"];
pub(super) const HAVE: &[&str] = &["has", "have", "had", "having"];
pub(super) const DO: &[&str] = &["did", "does", "do"];
pub(super) const MODALS: &[&str] =
    &["could", "may", "might", "would", "will", "should", "can", "must", "shall", "'d", "'ll"];
pub(super) const NEGATIONS: &[&str] = &["not", "never", "n't"];
pub(super) const ADVERBS: &[&str] = &[
    "also",
    "first",
    "already",
    "still",
    "just",
    "reportedly",
    "allegedly",
    "completely",
    "nearly",
    "or",
    "and",
    "then",
    "now",
    "even",
    "effectively",
    "partially",
    "fully",
    "later",
    "again",
    "repeatedly",
    "previously",
    "recently",
    "finally",
    "ever",
    "subsequently",
    "temporarily",
    "officially",
    "formally",
];
pub(super) const RELATIVES: &[&str] = &["which", "who", "that"];

/// What stands before the verb.
#[derive(Debug, Default)]
pub(super) struct Aux {
    pub be: bool,
    pub have: bool,
    pub doo: bool,
    pub modal: bool,
    pub negated: bool,
    pub infinitive: bool,
    /// Token index of the first auxiliary (or the verb).
    pub start: usize,
}

fn split_contraction(w: &str) -> (&str, bool) {
    match w.strip_suffix("n't") {
        Some("wo") => ("will", true),
        Some("ca") => ("can", true),
        Some(stem) => (stem, true),
        None => (w, false),
    }
}

pub(super) fn aux_before(s: &Sentence, verb: usize) -> Aux {
    let mut aux = Aux { start: verb, ..Aux::default() };
    let mut k = verb;
    while k > 0 {
        let w = s.lowered[k - 1].as_str();
        if s.toks[k - 1].quoted != s.toks[verb].quoted {
            break;
        }
        let (stem, neg) = split_contraction(w);
        aux.negated |= neg
            || NEGATIONS.contains(&stem)
            || (stem == "longer" && k > 1 && s.lowered[k - 2] == "no");
        if BE.contains(&stem) {
            aux.be = true;
        } else if HAVE.contains(&stem) {
            aux.have = true;
        } else if DO.contains(&stem) {
            aux.doo = true;
        } else if MODALS.contains(&stem) {
            aux.modal = true;
        } else if stem == "to" {
            aux.infinitive = true;
            break;
        } else if !(NEGATIONS.contains(&stem)
            || ADVERBS.contains(&stem)
            || stem.ends_with("ly")
            || stem == "no"
            || stem == "longer")
        {
            break;
        }
        k -= 1;
        aux.start = k;
    }
    aux
}

/// Verbs and auxiliaries after a denied name that make it a clause's subject.
pub(super) const CLAUSE_VERBS: &[&str] =
    &["was", "is", "were", "are", "had", "has", "have", "would", "will", "did", "could"];

/// Reporting verbs that end a main clause's subject.
pub(super) const REPORTED: &[&str] = &["said", "says", "told", "added", "claimed", "insisted"];

/// Prepositions that open an adjunct whose passive "being V-ed" has the main subject.
pub(super) const ADJUNCT_OPENERS: &[&str] =
    &["after", "before", "despite", "since", "without", "for"];
