//! Acts whose doer is not the subject right before the verb: a gerund after a
//! preposition or a statement noun ("fined for accusing X", "issued a
//! statement condemning X") and an infinitive that says the act was done
//! ("was quick to deny", "moved to block").

use super::super::clause::is_time_word;
use super::super::mention_words::DAY_WORDS;
use super::super::mentions::MentionKind;
use super::args::{NP_STOPS, NUMBER_WORDS};
use super::aux::{ADVERBS, BE, MODALS};
use super::Sentence;
use crate::lexicon::KeyedWord;

/// Prepositions before a gerund whose doer is the main clause's subject
/// ("was fined for accusing X", "responded by banning X").
pub(super) const GERUND_OPENERS: &[&str] =
    &["for", "by", "after", "before", "while", "in", "since", "upon", "without", "when"];
/// Nouns of what someone issues, before a gerund that is its content ("issued
/// a statement condemning X"): the issuer does it.
pub(super) const STATEMENT_NOUNS: &[&str] = &[
    "statement",
    "letter",
    "resolution",
    "report",
    "communique",
    "message",
    "motion",
    "tweet",
    "post",
    "speech",
    "declaration",
    // "issued an injunction barring UCPB from selling": the order's issuer bars.
    "injunction",
    "order",
    "decree",
    "ruling",
    "directive",
];
/// Texts before a gerund that do what it says themselves ("the law banning
/// hunting with dogs"): no issuer is named for them.
pub(super) const LAW_NOUNS: &[&str] = &["law", "laws", "rules", "regulations"];

/// True when `w` may stand right before a gerund whose doer is read here:
/// a preposition of [`GERUND_OPENERS`], a statement or a law noun.
pub(super) fn opens_gerund(w: &str) -> bool {
    GERUND_OPENERS.contains(&w) || STATEMENT_NOUNS.contains(&w) || LAW_NOUNS.contains(&w)
}

/// The words of the [`LAW_NOUNS`] noun at `noun`, with its article ("the
/// law"), as the actor of a gerund of `class`: a ban or a limit only.
pub(super) fn law_words(s: &Sentence, noun: usize, class: &str) -> Option<String> {
    let det = noun > 0 && matches!(s.lowered[noun - 1].as_str(), "the" | "a" | "this");
    let words = s.slice(if det { noun - 1 } else { noun }, noun + 1).to_string();
    matches!(class, "ban" | "restrict").then_some(words)
}
/// Who does what a gerund after `opener` names ("fined for accusing X", "a
/// statement condemning X"), whose object starts at `object`: the subject of
/// the clause (after a reporting verb's "that", if any), or, after "for", the
/// one the main verb acts on ("fined Wenger for accusing X": Wenger). None
/// when there is no object to act on ("warning strikes", "in April") or the
/// clause is only possible or planned ("should move ... by removing").
pub(super) fn gerund_doer(
    s: &Sentence,
    opener: usize,
    object: usize,
    refuse: bool,
) -> Option<usize> {
    let w = s.lowered.get(object)?.as_str();
    // "for refusing to harvest organs": refusing takes an infinitive.
    let refusal = w == "to" && refuse;
    // "caused chaos by blocking roads": a bare plural noun after "by" too;
    // not after another gerund ("charged Japan with violating rules by
    // restricting imports": Japan restricts).
    let gerund_before = (opener.saturating_sub(8)..opener)
        .any(|k| s.lowered[k].ends_with("ing") && s.tok(k).starts_with(char::is_lowercase));
    // "issued a statement denying reports": after a statement noun too.
    let opener_takes_plural =
        s.lowered[opener] == "by" || STATEMENT_NOUNS.contains(&s.lowered[opener].as_str());
    let bare_plural = opener_takes_plural
        && !gerund_before
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && s.tok(object).starts_with(char::is_lowercase)
        && !NP_STOPS.contains(&w);
    // "a statement calling for action against Japan", "a statement
    // condemning some Middle Eastern countries": after a statement noun, a
    // bare noun before a preposition or the end, or a count. Not "after
    // ordering some chicken wings", "by mandating four foreign banks".
    let statement_object = STATEMENT_NOUNS.contains(&s.lowered[opener].as_str())
        && s.tok(object).starts_with(char::is_lowercase)
        && !NP_STOPS.contains(&w)
        && (s.lowered.get(object + 1).is_none_or(|n| {
            matches!(n.as_str(), "against" | "on" | "over" | "for" | "in" | "." | ",")
        }) || NUMBER_WORDS.contains(&w)
            || matches!(w, "some" | "several" | "many" | "both" | "these" | "those" | "other"));
    let has_object = s.mention_at(object).is_some()
        || refusal
        || bare_plural
        || statement_object
        || matches!(w, "the" | "a" | "an" | "his" | "her" | "its" | "their" | "any" | "all");
    let clause = real_clause_start(s, opener).filter(|_| has_object)?;
    // "an Appeals Court injunction blocking the merger", "Trump's letter
    // terminating Comey": the name before the noun.
    let statement = STATEMENT_NOUNS.contains(&s.lowered[opener].as_str());
    let modifier = s
        .mentions
        .iter()
        .position(|m| statement && m.end == opener && !m.in_parens && m.kind == MentionKind::Name);
    if modifier.is_some() {
        return modifier;
    }
    let mut doers = s.mentions.iter().enumerate().filter(|(_, m)| {
        !m.in_pp && !m.in_parens && !m.possessive && m.first >= clause && m.end <= opener
    });
    let doer = if s.lowered[opener] == "for" { doers.next_back() } else { doers.next() };
    doer.map(|(i, _)| i).or_else(|| opening_doer(s, opener, object))
}

/// Where the clause of the word at `at` starts (after a reporting verb's
/// "that", if any), or None when that clause is only possible or planned
/// before `at` ("should move ... by removing", "plans to write to X
/// urging").
pub(super) fn real_clause_start(s: &Sentence, at: usize) -> Option<usize> {
    let clause = (0..at)
        .rev()
        .find(|&k| {
            matches!(s.lowered[k].as_str(), "said" | "says" | "that")
                && s.mention_covering(k).is_none()
        })
        .map_or(0, |k| k + 1);
    let unreal = (clause..at).any(|k| {
        let w = s.lowered[k].as_str();
        MODALS.contains(&w) || (w == "to" && s.mention_covering(k).is_none())
    });
    (!unreal).then_some(clause)
}

/// The doer of a gerund adjunct that opens the sentence ("By blocking
/// Twitter, Russia cut off ...", "In petitioning the SEC, de los Angeles
/// amended ..."): the name right after the adjunct's comma.
fn opening_doer(s: &Sentence, opener: usize, object: usize) -> Option<usize> {
    if opener != 0 {
        return None;
    }
    let comma = (object..s.toks.len()).find(|&k| s.tok(k) == ",")?;
    let first = if matches!(s.lowered.get(comma + 1)?.as_str(), "the" | "a" | "an") {
        comma + 2
    } else {
        comma + 1
    };
    s.mentions
        .iter()
        .position(|m| (m.first == comma + 1 || m.first == first) && !m.possessive && !m.in_parens)
}

/// The subject of an absolute "with" clause whose gerund starts at `verb`
/// (", with world leaders condemning the kidnapping", "With Russia blocking
/// Twitter, ..."): the tokens between "with" and the gerund, when "with"
/// opens the sentence or follows a comma and no more than five words stand
/// between. Not "charged with accusing" (a gerund right after "with").
pub(super) fn absolute_subject(s: &Sentence, verb: usize) -> Option<(usize, usize)> {
    let from = verb.saturating_sub(6);
    let with =
        (from..verb).rev().take_while(|&k| s.toks[k].word).find(|&k| s.lowered[k] == "with")?;
    let opens = with == 0 || s.tok(with - 1) == ",";
    // "with the pandit reciting the mantras and asking": the subject holds no verb.
    let verbless = (with + 1..verb).all(|k| {
        let w = s.lowered[k].as_str();
        !(w.ends_with("ing") && s.tok(k).starts_with(char::is_lowercase))
    });
    (opens && verbless && with + 1 < verb).then_some((with + 1, verb))
}

/// Adjectives and verbs before "to" that make the infinitive an act, with
/// the [`ASPECTUAL`] verbs ("began to", "continued to").
const REALIZING: &[&str] =
    &["quick", "swift", "rushed", "moved", "hastened", "first", "went", "decision", "forced"];

/// Verbs whose gerund or infinitive is done ("began blocking", "had begun
/// barring", "kept arresting", "continued to block").
const ASPECTUAL: &[&str] = &[
    "began",
    "begun",
    "begin",
    "begins",
    "started",
    "start",
    "starts",
    "continued",
    "continue",
    "continues",
    "resumed",
    "resume",
    "resumes",
    "kept",
    "keep",
    "keeps",
];

/// Where the auxiliaries of "had begun V-ing" start, for the gerund at
/// `verb_start` right after an aspectual verb (adverbs between); None
/// otherwise.
pub(super) fn aspect_start(s: &Sentence, verb_start: usize) -> Option<usize> {
    let mut k = verb_start.checked_sub(1)?;
    while k > 0 && (ADVERBS.contains(&s.lowered[k].as_str()) || s.lowered[k].ends_with("ly")) {
        k -= 1;
    }
    ASPECTUAL.contains(&s.lowered[k].as_str()).then_some(k)
}

/// Participles that report a past act after "to have" ("is believed to
/// have ordered", "is said to have denied").
const REPUTED: &[&str] =
    &["believed", "said", "thought", "alleged", "reported", "known", "understood", "suspected"];

/// Where the auxiliaries of "was (also) quick to V" start, for the verb
/// phrase whose "to" stands right before `verb_start`; None for a plain
/// infinitive ("plans to ban"); "is believed to have ordered" too.
pub(super) fn realized_start(s: &Sentence, verb_start: usize) -> Option<usize> {
    let to = verb_start.checked_sub(1).filter(|&k| s.lowered[k] == "to")?;
    let mut word = to.checked_sub(1)?;
    // "went on to criticise".
    if s.lowered[word] == "on" && word > 0 && s.lowered[word - 1] == "went" {
        word -= 1;
    } else if s.lowered[word] == "went" {
        return None;
    }
    let w = s.lowered[word].as_str();
    // "Godane is believed to have ordered the massacre": a reported past act.
    let perfect = s.lowered[verb_start] == "have" && REPUTED.contains(&w);
    if !(REALIZING.contains(&w) || ASPECTUAL.contains(&w) || perfect) {
        return None;
    }
    let mut k = word;
    while k > 0 && {
        let w = s.lowered[k - 1].as_str();
        BE.contains(&w) || ADVERBS.contains(&w) || w == "the" || (w.ends_with("ly") && w != "only")
    } {
        k -= 1;
    }
    // "could be quick to": aux_before from here still finds the modal.
    Some(k)
}

/// Where a time adjunct that opens at `k` ends ("over the past few months",
/// "last week", "on Monday", "yesterday"), or `k` when none does: an object
/// may follow it ("arrested over the past few months dozens of militants").
pub(super) fn after_time_adjunct(s: &Sentence, k: usize) -> usize {
    let time = |j: usize| {
        let w = s.lowered[j].as_str();
        // "may" is a month only when written as one.
        let month_or_modal = w == "may" && s.tok(j) != "May";
        let singular = w.strip_suffix('s').unwrap_or(w);
        !month_or_modal && (is_time_word(w) || is_time_word(singular) || singular == "decade")
            || DAY_WORDS.contains(&w)
    };
    let filler = |w: &str| {
        matches!(w, "over" | "in" | "during" | "on" | "the" | "past" | "last" | "previous")
            || matches!(w, "recent" | "few" | "this" | "earlier" | "a")
            || NUMBER_WORDS.contains(&w)
            || w.chars().all(|c| c.is_ascii_digit())
    };
    let number = |j: usize| {
        NUMBER_WORDS.contains(&s.lowered[j].as_str())
            || s.lowered[j].chars().all(|c| c.is_ascii_digit())
    };
    let mut j = k;
    while j < s.toks.len() && j < k + 6 && s.toks[j].word {
        if time(j) {
            // "Sunday night": the whole of it.
            let mut end = j + 1;
            while end < s.toks.len() && s.toks[end].word && time(end) {
                end += 1;
            }
            let next = s.lowered.get(end).map_or("", KeyedWord::as_str);
            // "called for five days of strikes", "asked for 15 years in jail": a noun
            // phrase, unless a count says when ("two weeks ago").
            let counted =
                number(k) && !matches!(next, "ago" | "after" | "before" | "later" | "earlier");
            return if next == "of" || counted { k } else { end };
        }
        if !filler(s.lowered[j].as_str()) {
            break;
        }
        j += 1;
    }
    k
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_gerund_after_a_preposition_is_done_by_the_subject() {
        const TEXT: &str = "Arsene Wenger, who was fined in December for accusing Manchester \
                            United striker Ruud van Nistelrooy of cheating, believes the punishment \
                            was too lenient.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("-", "fine", "Arsene Wenger", false),
            ("Arsene Wenger", "accuse", "Ruud van Nistelrooy", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_gerund_after_a_statement_is_done_by_its_issuer() {
        const TEXT: &str = "Secretary-General Ban Ki-moon issued a statement condemning Zorbex.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("Ban Ki-moon", "condemn", "Zorbex", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_gerund_after_without_is_not_done() {
        const TEXT: &str = "Zorbex Corp responded by banning Twitter. Acme Corp left without \
                            condemning Russia.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("Zorbex Corp", "ban", "Twitter", false), ("Acme Corp", "condemn", "Russia", true)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_gerund_in_a_reported_clause_is_done_by_that_clause_s_subject() {
        const TEXT: &str = "Woods said Zorbex Corp was joined by Acme Corp in criticising Brazil.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("Zorbex Corp", "criticize", "Brazil", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_gerund_adjunct_opening_the_sentence_is_done_by_its_subject() {
        const TEXT: &str = "By blocking Twitter, Russia cut off millions of users. After \
                            criticising the ruling, the Kremlin banned Facebook.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Russia", "block", "Twitter", false),
            ("Russia", "block", "millions of users", false),
            ("Russia", "criticize", "ruling", false),
            ("Russia", "ban", "Facebook", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn absolute_with_clause_names_its_doer() {
        const TEXT: &str = "The kidnapping brought Boko Haram notoriety, with world leaders \
                            condemning the attack and activists launching a campaign. With Russia blocking Twitter, users turned to \
                            VPNs, with an Iraqi official denying on Wednesday she was his wife. Smith was charged with accusing Jones \
                            of theft.";
        check(
            TEXT,
            &[
                ("leaders", "condemn", "attack", false),
                ("Russia", "block", "Twitter", false),
                // An official speaking for a state acts in their own words.
                ("an Iraqi official", "deny", "-", false),
                ("-", "accuse", "Smith", false),
            ],
        );
    }

    #[test]
    fn an_infinitive_after_quick_or_moved_is_done() {
        const TEXT: &str = "An Isis fighter was also quick to deny the report. The regulator \
                            moved to block Twitter. Zorbex Corp plans to ban Twitter.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("fighter", "deny", "report", false), ("regulator", "block", "Twitter", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_refusal_after_for_takes_its_infinitive() {
        const TEXT: &str = "Doctors in Mosul were executed for refusing to harvest organs.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[("Doctors", "refuse", "-", false)];
        check(TEXT, EXPECTED);
    }
}
