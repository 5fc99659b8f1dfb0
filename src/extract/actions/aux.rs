//! What stands before an action verb: auxiliaries, negation, modals, "to".

use super::adjuncts::realized_start;
use super::Sentence;
use crate::lexicon::{ActionVerb, KeyedWord, Lexicons, PhraseMatch, VerbSlot};

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
    "earlier",
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
    // "has long denied", "who has long rejected the label".
    "long",
    // "may yet face civil charges".
    "yet",
    // Floating quantifiers: "They have both warned", "the banks all refused".
    "both",
    "all",
    "each",
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
        // "Korovin also “categorically” denied": an adverb in quotation marks.
        if k >= 3 && s.is_quote_mark(k - 1) && s.is_quote_mark(k - 3) && adverb(&s.lowered[k - 2]) {
            k -= 3;
            aux.start = k;
            continue;
        }
        // "has so far refused": the adverb of two words, after an auxiliary
        // ("battles so far removed from Texas" are distant).
        let aux_before_so = k >= 3 && {
            let w = s.lowered[k - 3].as_str();
            [BE, HAVE, DO, MODALS, NEGATIONS].iter().any(|l| l.contains(&w))
        };
        if aux_before_so && s.lowered[k - 1] == "far" && s.lowered[k - 2] == "so" {
            k -= 2;
            aux.start = k;
            continue;
        }
        let w = s.lowered[k - 1].as_str();
        if s.toks[k - 1].quoted != s.toks[verb].quoted {
            break;
        }
        let (stem, neg) = split_contraction(w);
        // "Both were fined", "All were arrested": the quantifier opening the
        // clause is its subject, not one floating after it.
        let opens_clause =
            k == 1 || !s.toks[k - 2].word || matches!(s.lowered[k - 2].as_str(), "and" | "but");
        if matches!(stem, "both" | "all" | "each") && opens_clause {
            break;
        }
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
        } else if !(NEGATIONS.contains(&stem) || adverb(stem) || stem == "no" || stem == "longer") {
            break;
        }
        k -= 1;
        aux.start = k;
    }
    aux
}

/// True for an adverb that may stand among a verb's auxiliaries.
fn adverb(w: &str) -> bool {
    ADVERBS.contains(&w) || w.ends_with("ly")
}

/// The auxiliaries of the action verb found at `first..end`, and whether an
/// infinitive before it says the act was done ("was quick to deny", "moved
/// to block"); None when it is no act there: a plain infinitive ("plans to
/// ban"), a participle after "and" of the same class ("has been terminated
/// and removed": one act, said twice), a noun after "has" ("has orders for
/// 56 jets"), "charged at him" (rushed, not accused).
pub(super) fn verb_aux(
    s: &Sentence,
    first: usize,
    end: usize,
    verb: &ActionVerb,
    lex: &Lexicons,
) -> Option<(Aux, bool)> {
    let mut aux = aux_before(s, first);
    let gerund = verb.slots.contains(&VerbSlot::Gerund) && !aux.be && !aux.infinitive;
    let realized = match gerund {
        true => super::adjuncts::aspect_start(s, aux.start),
        false => aux.infinitive.then(|| realized_start(s, aux.start)).flatten(),
    };
    // "was quick to deny": the "be" before "to" is not the verb's; "is thought
    // to have been detained": the "been" after it is.
    if let Some(start) = realized {
        aux = Aux { be: aux.be, infinitive: false, ..aux_before(s, start) };
    }
    if aux.infinitive {
        return None;
    }
    let has = |slot| verb.slots.contains(&slot);
    if let Some(shared) =
        (!aux.be && has(VerbSlot::Participle)).then(|| coordinated_passive(s, first, end)).flatten()
    {
        let same = |r: PhraseMatch<'_, ActionVerb>| r.value.class == verb.class;
        if lex.action_verbs.longest(&s.lowered[first - 2..first - 1]).is_some_and(same) {
            return None;
        }
        aux = shared;
    }
    let after_have = first > 0 && matches!(s.lowered[first - 1].as_str(), "has" | "have" | "had");
    if after_have && has(VerbSlot::ThirdPerson) && !has(VerbSlot::Participle) {
        return None;
    }
    // "charged at him", "began charging before Wilson fired": rushing.
    let rushing = |w: &KeyedWord| {
        matches!(w.as_str(), "at" | "toward" | "towards" | "before" | "into" | "forward")
    };
    if verb.class == "accuse" && s.lowered.get(end).is_some_and(rushing) {
        return None;
    }
    // "named as a defendant" is passive only ("Kapor, also named as a
    // defendant,"): without "be" it names no one the suit's doer.
    if s.lowered[first] == "named" && end > first + 1 && !aux.be {
        return None;
    }
    Some((aux, realized.is_some()))
}

/// Words after a participle that leave it without an object, as a passive's
/// is ("charged with fraud", "fined by the FA", "ordered to pay", "fined up
/// to £5,000").
const OBJECTLESS_AFTER: &[&str] = &[
    "up",
    "by",
    "with",
    "for",
    "in",
    "on",
    "at",
    "after",
    "over",
    "under",
    "from",
    "of",
    "as",
    "to",
    "during",
    "without",
    "near",
    "outside",
    "following",
    "because",
    "when",
    "while",
    "since",
    "until",
    "and",
    "or",
    "last",
    "yesterday",
    "today",
];

/// True when the word after a participle ending at `end` leaves it without
/// an object ("expelled from the party", "fined by the FA").
pub(super) fn objectless_after(s: &Sentence, end: usize) -> bool {
    s.lowered.get(end).is_some_and(|w| s.toks[end].word && OBJECTLESS_AFTER.contains(&w.as_str()))
}

/// Past participles not in -ed or -en that open a passive's first verb.
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "caught", "held", "shot", "hit", "put", "sent", "brought", "found", "hurt", "bought", "sold",
    "told", "left", "kept", "led", "made", "paid", "lost", "thrown", "struck", "cut", "fought",
];

/// The passive auxiliaries a participle after "and" shares with the
/// participle before it: "were ambushed ... and threatened with death",
/// "was arrested and charged with fraud". Not when an object follows ("was
/// fired and sued the company": active) or a clause boundary stands between.
pub(super) fn coordinated_passive(s: &Sentence, verb: usize, end: usize) -> Option<Aux> {
    if verb == 0 || s.lowered[verb - 1] != "and" {
        return None;
    }
    let next = s.lowered.get(end).filter(|_| s.toks[end].word);
    // "was arrested and fined 500 dlrs": an amount is no object either.
    let amount = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
    if next.is_some_and(|w| !OBJECTLESS_AFTER.contains(&w.as_str()) && !amount(w)) {
        return None;
    }
    let participle = |k: usize| {
        s.lowered.get(k).is_some_and(|w| {
            w.ends_with("ed") || w.ends_with("en") || IRREGULAR_PARTICIPLES.contains(&w.as_str())
        })
    };
    for j in (verb.saturating_sub(14)..verb - 1).rev() {
        let w = s.lowered[j].as_str();
        let boundary = matches!(w, "." | ";" | ":" | "that" | "which" | "who" | "said" | "says");
        if boundary || s.toks[j].quoted != s.toks[verb].quoted {
            return None;
        }
        if BE.contains(&w) {
            // "were brutally beaten and ...": one adverb may stand between.
            let adverb = s.lowered.get(j + 1).is_some_and(|w| w.ends_with("ly"));
            let first = if adverb { j + 2 } else { j + 1 };
            let aux = aux_before(s, first);
            // "was dissatisfied with the response and warned of reprisals": a
            // state, not a passive the verb after "and" shares.
            let state = STATE_PARTICIPLES.contains(&s.lowered[first].as_str());
            return (first < verb - 1 && participle(first) && !state && aux.be).then_some(aux);
        }
    }
    None
}

/// Participles after "be" that say how someone feels or stands, not what was
/// done to them.
pub(super) const STATE_PARTICIPLES: &[&str] = &[
    "dissatisfied",
    "satisfied",
    "concerned",
    "worried",
    "disappointed",
    "pleased",
    "surprised",
    "interested",
    "determined",
    "prepared",
    "convinced",
    "opposed",
    "delighted",
    "frustrated",
    "annoyed",
    "angered",
    "alarmed",
    "shocked",
];

/// Verbs and auxiliaries after a denied name that make it a clause's subject.
pub(super) const CLAUSE_VERBS: &[&str] =
    &["was", "is", "were", "are", "had", "has", "have", "would", "will", "did", "could"];

/// Reporting verbs that end a main clause's subject.
pub(super) const REPORTED: &[&str] = &["said", "says", "told", "added", "claimed", "insisted"];

/// Prepositions that open an adjunct whose passive "being V-ed" has the main subject.
pub(super) const ADJUNCT_OPENERS: &[&str] =
    &["after", "before", "despite", "since", "without", "for"];

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_participle_after_and_shares_the_passive_before_it() {
        // "sued the company" has an object: no passive (nor, yet, a shared subject).
        const TEXT: &str = "The men were arrested and charged with fraud. John Smith was fired \
                            and sued the company. Acme Corp has been delisted and removed \
                            from the index. Anyone convicted can be jailed for six months and \
                            fined up to 5,000 pounds.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("-", "arrest", "The men", false),
            ("-", "accuse", "The men", false),
            ("-", "remove", "John Smith", false),
            ("-", "remove", "Acme Corp", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_floating_quantifier_or_long_stands_between_subject_and_verb() {
        // "Both" opening the clause is the subject, not a quantifier after one;
        // it stands for the pair named before.
        const TEXT: &str = "Acme Corp and Zorbex Inc have both refused to pay. John Smith and \
                            Mary Jones met. Both were fined by the FA. Mary Jones has long denied \
                            the claims.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Acme Corp", "refuse", "-", false),
            ("Zorbex Inc", "refuse", "-", false),
            ("FA", "fine", "John Smith", false),
            ("FA", "fine", "Mary Jones", false),
            ("Mary Jones", "deny", "claims", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn named_as_a_defendant_is_sued() {
        const TEXT: &str = "Acme Corp was named as a defendant in the suit. John Smith, who is \
                            named as a defendant, declined to comment. Mary Jones, also named \
                            as a defendant, left.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("-", "sue", "Acme Corp", false),
            ("-", "sue", "John Smith", false),
            ("John Smith", "refuse", "-", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn an_adverb_in_quotation_marks_stands_among_the_auxiliaries() {
        const TEXT: &str = "Dr Gwen Korovin also \u{201c}categorically\u{201d} denied the claims.";
        check(TEXT, &[("Gwen Korovin", "deny", "claims", false)]);
    }
}
