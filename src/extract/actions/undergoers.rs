//! Who undergoes an action noun with no target after it: the one "under
//! investigation" or "under U.S. sanctions", "the target of" a probe, and
//! the ones an order is given to ("the order obliged the company to ...").

use super::Sentence;

/// The "under" of "under (formal) investigation", "under U.S. sanctions"
/// before the noun at `noun`.
pub(super) fn under_before(s: &Sentence, noun: usize) -> Option<usize> {
    (noun.saturating_sub(3)..noun).rev().find(|&k| s.lowered[k] == "under").filter(|&u| {
        // "under U.S. sanctions": a name's own periods count as its words.
        // "the entity under which all fine wine ...": a relative, not what one is under.
        (u + 1..noun).all(|k| {
            s.mention_covering(k).is_some()
                || s.toks[k].word
                    && s.tok(k).chars().all(char::is_lowercase)
                    && !matches!(s.lowered[k].as_str(), "which" | "whom" | "whose" | "what" | "all")
        })
    })
}

/// Who is under it (at `under`): the subject of "is (not) under", else the
/// name right before "under" ("a bank under U.S. sanctions"); and whether
/// "not" stands there.
pub(super) fn under_target(s: &Sentence, under: usize) -> Option<(usize, bool)> {
    let mut k = under;
    // "is currently under investigation by the SEC".
    let adverb = |w: &str| {
        matches!(w, "not" | "still" | "now" | "already" | "also" | "being") || w.ends_with("ly")
    };
    while k > 0 && adverb(s.lowered[k - 1].as_str()) {
        k -= 1;
    }
    let not = (k..under).any(|j| s.lowered[j] == "not");
    let copula = k.checked_sub(1).filter(|&c| {
        matches!(
            s.lowered[c].as_str(),
            "is" | "are"
                | "was"
                | "were"
                | "am"
                | "'m"
                | "been"
                | "remain"
                | "remains"
                | "remained"
        )
    });
    match copula {
        Some(c) => Some((s.subject_before(c)?, not)),
        None => s.mentions.iter().position(|m| m.end == under && !m.possessive).map(|m| (m, false)),
    }
}

/// Verbs whose subject is the one an order binds.
const OBEY_VERBS: &[&str] = &[
    "obey",
    "obeyed",
    "obeying",
    "defy",
    "defied",
    "defying",
    "disobey",
    "disobeyed",
    "ignore",
    "ignored",
    "ignoring",
    "comply",
    "complied",
    "complying",
    "flout",
    "flouted",
    "violate",
    "violated",
    "violating",
];

/// "Three Gorges is refusing to obey a government order", "he refused to
/// comply with court orders": the subject of the verb that obeys or defies
/// the order at `noun` is the one it was given to.
pub(super) fn obeyer(s: &Sentence, noun: usize) -> Option<usize> {
    let verb = (noun.saturating_sub(5)..noun).rev().find(|&k| {
        OBEY_VERBS.contains(&s.lowered[k].as_str())
            && (k + 1..noun).all(|j| s.toks[j].word && !OBEY_VERBS.contains(&s.lowered[j].as_str()))
    })?;
    s.subject_before(verb)
}

/// The words of the unnamed noun phrase right before "under" at `under` ("a
/// Russian bank under U.S. sanctions": "Russian bank"), without its article.
pub(super) fn phrase_before(s: &Sentence, under: usize) -> Option<String> {
    let mut first = under;
    while first > 0 && first + 3 > under && s.toks[first - 1].word {
        let w = s.lowered[first - 1].as_str();
        let lower = s.tok(first - 1).starts_with(char::is_lowercase);
        if matches!(w, "a" | "an" | "the" | "its" | "their" | "his" | "her") {
            break;
        }
        // Not a verb ("is under"); "Russian" or "Gazprom" may modify the noun.
        if lower && (w.ends_with("ed") || matches!(w, "is" | "are" | "was" | "were" | "remain")) {
            return None;
        }
        first -= 1;
    }
    let determined = first > 0 && matches!(s.lowered[first - 1].as_str(), "a" | "an" | "the");
    (first < under && determined).then(|| s.slice(first, under).to_string())
}

/// "Jefferies is not the target of a formal SEC investigation": the subject
/// of "is ... the target(s) of" before the noun at `noun`, and whether "not"
/// stands there.
pub(super) fn target_of_phrase(s: &Sentence, noun: usize) -> Option<(usize, bool)> {
    let of = (noun.saturating_sub(5)..noun).find(|&k| {
        s.lowered[k] == "of" && k > 0 && matches!(s.lowered[k - 1].as_str(), "target" | "targets")
    })?;
    let mut k = of - 1;
    // "is one of the targets", "is not the target", "are among the targets".
    while k > 0
        && matches!(
            s.lowered[k - 1].as_str(),
            "the" | "one" | "of" | "among" | "a" | "not" | "itself"
        )
    {
        k -= 1;
    }
    // "Deutsche Bank - itself a target of a Yukos lawsuit -": an apposition.
    if k > 1 && matches!(s.tok(k - 1), "," | "-" | "–" | "—" | "(") {
        if let Some(m) = s.mentions.iter().position(|m| m.end == k - 1 && !m.possessive) {
            return Some((m, false));
        }
    }
    let copula = k
        .checked_sub(1)
        .filter(|&c| matches!(s.lowered[c].as_str(), "is" | "are" | "was" | "were"))?;
    let not = (copula..of).any(|j| s.lowered[j] == "not");
    Some((s.subject_before(copula)?, not))
}
