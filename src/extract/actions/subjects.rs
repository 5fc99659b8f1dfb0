//! The subject of an action verb when it is not simply the name before it
//! (a verb that shares the first clause's subject is in `shared.rs`): a noun
//! phrase without a name ("some Wall Street firms", "police"), a plural or first-person subject
//! of a present tense, and what may stand between a subject and its verb.
//! The words such a phrase is made of, and the nouns for people, are in
//! `subject_words.rs`.

use super::super::clause::is_time_word;
use super::super::mention_words::{is_preposition, DAY_WORDS};
use super::super::mentions::MentionKind;
use super::shared::is_auxiliary;
use super::subject_words::{
    doers_plural, is_count, people_noun, people_word, LARGE_COUNTS, NP_BREAKERS, NP_OPENERS,
    PREPOSITIONS, REPORTING,
};
use super::{Lexicons, Sentence};
use crate::lexicon::KeyedWord;

/// The words of the subject of the verb phrase starting at `verb` when no actor
/// is named there: a short noun phrase ("some Wall Street firms", "four men"),
/// not a pronoun, relative or clause.
pub(super) fn subject_phrase(s: &Sentence, verb: usize, lex: &Lexicons) -> Option<String> {
    noun_phrase_before(s, verb, lex, false)
}

/// [`subject_phrase`] of a passive, whose subject may carry a relative
/// clause ("seven men who refused to leave were arrested"). An active verb's
/// may not: there the "verb" is more often a noun inside the clause
/// ("a commander who disobeys orders").
pub(super) fn passive_subject_phrase(s: &Sentence, aux: usize, lex: &Lexicons) -> Option<String> {
    noun_phrase_before(s, aux, lex, true)
}

fn noun_phrase_before(
    s: &Sentence,
    verb: usize,
    lex: &Lexicons,
    relative_ends: bool,
) -> Option<String> {
    let (_, Some((a, b))) = s.subject(verb) else { return None };
    // "LONDON - Senior members of ...": after a dateline.
    let a = a.max(s.body_start());
    // "On Monday police arrested ...": past an opening time or place adjunct.
    let a = (a + 2..(a + 5).min(b))
        .rev()
        .find(|&k| time_or_place(s, a, k) && (k + 1 < b || s.toks[k].word))
        .map_or(a, |k| if s.tok(k) == "," { k + 1 } else { k });
    // "Moscow, which U.S. intelligence agencies have accused": the subject
    // after an object's relative pronoun.
    let a = match s.lowered[a].as_str() {
        "which" | "whom" if a + 1 < b => a + 1,
        _ => a,
    };
    // "Drexel said some Wall Street firms": after the reporting verb.
    let a = (a..b).rev().find(|&k| REPORTING.contains(&s.lowered[k].as_str())).map_or(a, |k| k + 1);
    // "more than 30 people", "so far at least 10 men": the count, without its hedge
    // nor what stands before it.
    let a =
        (a..(a + 3).min(b)).find_map(|k| Some(k + hedge(s, k, b)).filter(|&h| h > k)).unwrap_or(a);
    // "four men with suspected terror ties": the head before the preposition.
    // "Iraq's ambassador to the UN": after a possessive name, "to" too ("the NYPD plans to
    // stop arrests" is no noun phrase).
    let possessive = a < b && s.mention_at(a).is_some_and(|m| m.possessive);
    // "The union representing America's immigration caseworkers": a participle
    // with its object after the head ("the ruling party", "the planning
    // committee" keep theirs).
    let participle_with_object = |k: usize| {
        let next = s.lowered.get(k + 1).map_or("", KeyedWord::as_str);
        // "Reporters covering the trial": a bare plural may be the head.
        let head_before = k > a + 1 || k == a + 1 && !NP_OPENERS.contains(&s.lowered[a].as_str());
        head_before
            && s.lowered[k].ends_with("ing")
            && s.tok(k).starts_with(char::is_lowercase)
            && (matches!(next, "the" | "a" | "an" | "its" | "their" | "his" | "her")
                || s.toks.get(k + 1).is_some_and(|t| t.is_capitalised())
                // "Reporters covering singer Michael Jackson's trial": a role before a name.
                || s.mentions.iter().any(|m| m.first == k + 2 && m.kind == MentionKind::Name))
    };
    // "Hundreds of people were detained", "Three of the men were arrested":
    // the count's "of" is inside the phrase.
    let count_of = |k: usize| {
        let count = |k: usize| s.lowered[k - 1].as_str();
        k > a
            && s.lowered[k] == "of"
            && (LARGE_COUNTS.contains(&count(k))
                || (k - 1 == a
                    && (is_count(count(k)) || matches!(count(k), "some" | "many" | "most"))))
    };
    let b = (a..b)
        .find(|&k| {
            let w = s.lowered[k].as_str();
            // "seven men who refused to leave": the head before a relative clause.
            let relative = relative_ends && k > a && matches!(w, "who" | "whom" | "which" | "that");
            (PREPOSITIONS.contains(&w) && !count_of(k))
                || (possessive && w == "to")
                || participle_with_object(k)
                || relative
        })
        .unwrap_or(b);
    // "Thirty people, including 22 police, have been arrested": a passive's
    // subject is the head before the comma.
    let including =
        |k: usize| s.tok(k) == "," && s.lowered.get(k + 1).is_some_and(|w| w == "including");
    let b = (a + 1..b).find(|&k| relative_ends && including(k)).unwrap_or(b);
    if a >= b {
        return None;
    }
    let head = s.lowered[b - 1].as_str();
    let opener = |k: usize| {
        let w = s.lowered[k].as_str();
        // "police arrested", "prosecutors charged": a bare noun for people.
        let people = b == k + 1 && people_noun(w, lex);
        people
            || NP_OPENERS.contains(&w)
            || w.chars().next().is_some_and(|c| c.is_ascii_digit())
            // "five illegal immigrants", not "nine month profits" nor "three years".
            // "nine bondholders", "sixteen stockbrokers": a doer's plural too.
            || (is_count(w)
                && (people_word(head, lex) || doers_plural(head)))
            || (k > 0 && s.tok(k).chars().next().is_some_and(char::is_uppercase))
            // "SEC probers were investigating": a name opens a phrase, also first,
            // when it is no capitalised word that may be a plain one ("Sales").
            || s.mention_at(k).is_some_and(|m| {
                let acronym = s.tok(k).len() > 1 && !s.tok(k).chars().any(char::is_lowercase);
                m.kind == MentionKind::Name && !m.possessive && (m.end - m.first > 1 || acronym)
            })
            // "Lebanese security forces": a demonym opens a phrase, also first in the sentence.
            || (b > k + 1 && lex.demonyms.contains_key(w))
            // "Iraq's ambassador": a possessive name opens a phrase, also first in the sentence.
            || s.mention_at(k).is_some_and(|m| m.possessive)
    };
    // "The armed men", "the ruling party": after a determiner, a participle
    // before the head is an adjective.
    let determined = NP_OPENERS.contains(&s.lowered[a].as_str()) && !s.toks[a].quoted;
    let plain = |k: usize| {
        let w = s.lowered[k].as_str();
        let lower = s.tok(k).chars().next().is_some_and(char::is_lowercase);
        let participle = w.ends_with("ing") || w.ends_with("ed");
        // "masked militants in the area": a participle opening a phrase for people.
        let adjective = (determined && k > a && k + 1 < b)
            || (k == a && k + 1 < b && w.ends_with("ed") && people_word(head, lex));
        // "U.S. intelligence agencies": an abbreviation's period is part of it.
        let period = s.tok(k) == "." && k > a && s.toks[k - 1].end == s.toks[k].start;
        (s.toks[k].word || period || matches!(s.tok(k), "-" | "’s" | "'s"))
            && (!NP_BREAKERS.contains(&w) || count_of(k))
            && !(lower && ((participle && !adjective) || w.ends_with("ly")))
    };
    // "Anti-smoking groups urge": a short plural of a noun for people opens itself.
    let people_head = s.words(a, b) <= 3 && head.ends_with('s') && people_noun(head, lex);
    // "more than three years of his life": a stretch of time acts on no one.
    let time = matches!(head, "years" | "months" | "weeks" | "days" | "hours" | "decades");
    let good = s.words(a, b) <= 4 && !time && (opener(a) || people_head) && (a..b).all(plain);
    good.then(|| s.slice(a, b).to_string())
}

/// How many words of a hedged count open `a..b` ("more than", "at least"):
/// they stand before a number.
fn hedge(s: &Sentence, a: usize, b: usize) -> usize {
    let pair =
        |k: usize| (s.lowered[k].as_str(), s.lowered.get(k + 1).map_or("", KeyedWord::as_str));
    let n = match pair(a) {
        ("more" | "fewer" | "less", "than") | ("at", "least" | "most") | ("up", "to") => 2,
        ("only" | "about" | "nearly" | "almost" | "around" | "roughly" | "just" | "some", _) => 1,
        _ => return 0,
    };
    if a + n < b && is_count(&s.lowered[a + n]) {
        n
    } else {
        0
    }
}

/// True when the name mention `m` modifies a lower-case noun that stands
/// between it and the verb at `verb` ("ISIS fighters were detained",
/// "Reuters reporters were arrested"): the noun's phrase is the subject.
pub(super) fn name_modifies_noun(s: &Sentence, m: usize, verb: usize) -> bool {
    let end = s.mentions[m].end;
    !s.mentions[m].possessive
        && end < verb
        && verb - end <= 2
        && (end..verb).all(|k| {
            s.toks[k].word
                && s.tok(k).chars().all(|c| c.is_ascii_lowercase())
                && !NP_BREAKERS.contains(&s.lowered[k].as_str())
                // "told WCVB TV the men were": a new noun phrase, not a head.
                && !matches!(s.lowered[k].as_str(), "the" | "a" | "an" | "his" | "her" | "its" | "their")
        })
}

/// True when only punctuation, parentheses and comma-enclosed appositions stand
/// between the subject ending at `from` and the verb phrase starting at `to`.
pub(super) fn adjacent(s: &Sentence, from: usize, to: usize) -> bool {
    let (mut depth, mut commas, mut loose_words) = (0i32, 0, 0);
    // "Sources close to the talks have accused": a source's "close to".
    let close_to = from + 2 < to
        && to - from <= 6
        && from > 0
        && s.mention_covering(from - 1).is_some_and(|m| m.kind != MentionKind::Descriptor)
        && s.lowered[from] == "close"
        && s.lowered[from + 1] == "to"
        && (from + 2..to).all(|k| s.toks[k].word && !s.opens_predicate(k));
    // "William Corr of the Campaign for Tobacco-Free Kids urged": a name's own
    // prepositional phrase, made of prepositions, articles and names.
    let of_phrase = from < to
        && matches!(s.lowered[from].as_str(), "of" | "for" | "at" | "from")
        && (from..to).all(|k| {
            s.mention_covering(k).is_some()
                || matches!(
                    s.lowered[k].as_str(),
                    "of" | "for" | "at" | "from" | "the" | "a" | "an"
                )
        });
    for k in from..to {
        match s.tok(k) {
            "(" => depth += 1,
            ")" => depth -= 1,
            "," => commas += 1,
            _ if s.toks[k].word && depth <= 0 && commas % 2 == 0 => loose_words += 1,
            _ => {}
        }
    }
    loose_words == 0 || of_phrase || close_to || time_or_place(s, from, to)
}

/// True when tokens `from..to` are a short time or place adjunct ("on
/// Wednesday", "yesterday", "last week", "in San Francisco"): the subject
/// before them is still the verb's.
pub(super) fn time_or_place(s: &Sentence, from: usize, to: usize) -> bool {
    if from >= to || to - from > 4 {
        return false;
    }
    let mut anchored = false;
    let mut place_ok = false;
    for k in from..to {
        let w = s.lowered[k].as_str();
        let name = s.mention_covering(k).is_some_and(|m| m.kind == MentionKind::Name);
        if is_time_word(w) || DAY_WORDS.contains(&w) || (place_ok && name) {
            anchored = true;
        } else if matches!(w, "in" | "at") {
            place_ok = true;
        } else if !matches!(w, "on" | "last" | "this" | "earlier" | "the")
            && !w.chars().all(|c| c.is_ascii_digit())
        {
            return false;
        }
    }
    anchored
}

/// True when tokens `from..to` are a prepositional phrase that opens the
/// sentence before its comma ("During a press conference", "In a separate
/// interview"): a preposition, then at most nine plain words, no verb.
pub(super) fn opening_phrase(s: &Sentence, from: usize, to: usize) -> bool {
    from == 0
        && to > from + 1
        && to - from <= 10
        && is_preposition(&s.lowered[from])
        && (from + 1..to).all(|k| {
            let w = s.lowered[k].as_str();
            s.toks[k].word && !w.ends_with("ed") && !is_auxiliary(w) && !REPORTING.contains(&w)
        })
}

/// True when tokens `from..to` are a time alone ("In August 2004", "Last
/// year"), which may open a clause without a comma; a place may not ("In
/// Paris police ..." reads as one name too often).
pub(super) fn time_opening(s: &Sentence, from: usize, to: usize) -> bool {
    let named = |k: usize| s.mention_covering(k).is_some_and(|m| m.kind == MentionKind::Name);
    time_or_place(s, from, to) && !(from..to).any(named)
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_time_without_its_comma_opens_a_shared_subject() {
        const TEXT: &str = "In August 2004 Chinese authorities shut down 700 websites and \
                            arrested 224 people.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Chinese authorities", "block", "700 websites", false),
            ("Chinese authorities", "arrest", "224 people", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_counted_subject_past_ten_is_the_one_acted_on() {
        const TEXT: &str = "Sixteen people were arrested on the lot. Police said sixteen \
                            people were detained on Sunday.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("-", "arrest", "Sixteen people", false), ("-", "arrest", "sixteen people", false)];
        check(TEXT, EXPECTED);
        const RELATIVE: &str = "Police said seven men who refused to leave were arrested. Nine \
                                bondholders sued China.";
        const BY_COUNT: &[(&str, &str, &str, bool)] =
            &[("-", "arrest", "seven men", false), ("Nine bondholders", "sue", "China", false)];
        check(RELATIVE, BY_COUNT);
    }

    #[test]
    fn a_name_after_a_lower_case_arabic_article_is_a_name() {
        const TEXT: &str = "According to media reports, al-Baghdadi was detained for years.";
        check(TEXT, &[("-", "arrest", "al-Baghdadi", false)]);
    }

    #[test]
    fn a_participle_may_open_a_phrase_for_people() {
        const TEXT: &str = "After the strike, masked Islamic militants in the area arrested \
                            dozens of residents.";
        check(TEXT, &[("masked Islamic militants", "arrest", "residents", false)]);
    }
}
