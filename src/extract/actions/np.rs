//! Noun phrases without a name, as targets: "publications", "his 3000 euros
//! (£2,060) punishment", "a wife and daughter of X" (two targets).

use super::super::clause::SUBJECT_PRONOUNS;
use super::super::mention_words::{is_preposition, plural_form};
use super::args::{names, object_after, NP_STOPS};
use super::{ArticleState, Sentence};
use crate::lexicon::{KeyedWord, Lexicons};

/// What stands after `at` as an object: its names ("critical of Exxon",
/// "criticism from unions"), else its words ("of the government's handling").
pub(super) fn object_names_or_words(
    s: &Sentence,
    at: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Vec<Option<String>> {
    let named = names(s, &object_after(s, at), state, quote_speakers);
    if !named.is_empty() {
        return named;
    }
    noun_phrases_after(s, at, lex).into_iter().map(Some).collect()
}

/// True when "at least" or "at most" starts at `k`: a quantifier, no place.
pub(super) fn at_least(s: &Sentence, k: usize) -> bool {
    s.lowered.get(k).is_some_and(|w| w == "at")
        && s.lowered.get(k + 1).is_some_and(|w| w == "least" || w == "most")
}

/// A short noun phrase after the verb when no actor is named there ("publications").
pub(super) fn noun_phrase_after(s: &Sentence, end: usize) -> Option<String> {
    noun_phrase_span(s, end).map(|(a, b)| s.slice(a, b).to_string())
}

/// The noun phrases after the verb: the first, and one it is coordinated
/// with ("detained a wife and daughter of X", "banned alcohol and tobacco",
/// "asked for audited numbers or statements"), unless "and" joins a new verb
/// ("rejected the offer and walked out").
pub(super) fn noun_phrases_after(s: &Sentence, end: usize, lex: &Lexicons) -> Vec<String> {
    let Some((a, b)) = noun_phrase_span(s, end) else { return Vec::new() };
    let mut out = vec![s.slice(a, b).to_string()];
    let and = b;
    let next = s.lowered.get(and + 1).map(KeyedWord::as_str);
    if s.lowered.get(and).is_some_and(|w| w == "and" || w == "or")
        && next.is_some_and(|w| conjunct_noun(s, and + 1, w, lex))
    {
        // "condemning the kidnapping and internet activists launching a
        // campaign": a second clause, not a second target.
        let clause = |(c, d): (usize, usize)| (c + 1..d).any(|k| acting_plural(s, k));
        if let Some((c, d)) = noun_phrase_span(s, and + 1).filter(|&span| !clause(span)) {
            out.push(s.slice(c, d).to_string());
        }
    }
    out
}

/// The people of a named target listed after it ("against Harcourt Brace
/// Jovanovich Inc, its directors and advisers": directors, advisers), from
/// the comma at `k`.
pub(super) fn possessed_list(s: &Sentence, k: usize) -> Vec<String> {
    let word = |j: usize| {
        s.toks.get(j).is_some_and(|t| t.word && !t.quoted)
            && s.tok(j).chars().all(|c| c.is_lowercase())
            && !NP_STOPS.contains(&s.lowered[j].as_str())
    };
    let possessive = |j: usize| s.lowered.get(j).is_some_and(|w| w == "its" || w == "their");
    if k >= s.toks.len() || s.tok(k) != "," || !possessive(k + 1) || !word(k + 2) {
        return Vec::new();
    }
    let mut out = vec![s.tok(k + 2).to_string()];
    let and = k + 3;
    if s.lowered.get(and).is_some_and(|w| w == "and" || w == "or") {
        let second = if possessive(and + 1) { and + 2 } else { and + 1 };
        let boundary = s.toks.get(second + 1).is_none_or(|t| !t.word)
            || NP_STOPS.contains(&s.lowered[second + 1].as_str());
        if word(second) && boundary {
            out.push(s.tok(second).to_string());
        }
    }
    out
}

/// True when the word `w` at `k` after "and" opens a noun phrase, not a verb phrase.
fn conjunct_noun(s: &Sentence, k: usize, w: &str, lex: &Lexicons) -> bool {
    let head = match w {
        "a" | "an" | "the" | "his" | "her" | "its" | "their" => k + 1,
        _ => k,
    };
    let Some(h) = s.lowered.get(head) else { return false };
    // "and wants Aguas Argentinas to", "and found no evidence": a bare word
    // with an object after it is a verb.
    let object_after = head == k
        && s.toks.get(k + 1).is_some_and(|t| {
            t.word
                && (s.tok(k + 1).chars().next().is_some_and(char::is_uppercase)
                    || matches!(s.lowered[k + 1].as_str(), "a" | "an" | "the" | "no" | "any"))
        });
    // "arrested two men and they were released": a new clause's subject.
    let subject_pronoun = SUBJECT_PRONOUNS.contains(&h.as_str()) || h == "it";
    s.toks[head].word
        && !object_after
        && !subject_pronoun
        && s.tok(head).chars().all(|c| c.is_lowercase())
        && !h.ends_with("ed")
        && !h.ends_with("ing")
        && !NP_STOPS.contains(&h.as_str())
        && lex.action_verbs.longest(&s.lowered[head..]).is_none()
        && lex.cue_verbs.longest(&s.lowered[head..]).is_none()
        && !super::aux::BE.contains(&h.as_str())
        && !super::aux::HAVE.contains(&h.as_str())
        && !super::aux::MODALS.contains(&h.as_str())
}

/// Words before a participle that is not a reduced relative on them.
const NOT_HEADS: &[&str] = &[
    "be", "been", "being", "having", "not", "those", "the", "a", "an", "its", "their", "his", "her",
];

/// The tokens of a short noun phrase at `end`, without its article.
/// True when the lower-case word in -ing at `k` follows a plural noun, which
/// may be its subject ("internet activists launching a campaign").
fn acting_plural(s: &Sentence, k: usize) -> bool {
    let prev = s.lowered[k - 1].as_str();
    let plural = plural_form(prev) && prev != "news";
    plural && s.lowered[k].ends_with("ing") && s.tok(k).starts_with(|c: char| c.is_lowercase())
}

pub(super) fn noun_phrase_span(s: &Sentence, end: usize) -> Option<(usize, usize)> {
    // "took it down": a pronoun is no phrase of words.
    if s.lowered.get(end).is_some_and(|w| matches!(w.as_str(), "it" | "them" | "him")) {
        return None;
    }
    let end = s.past_scare_quote(end);
    // "arrested at least ten people": the people, past the quantifier.
    if at_least(s, end) {
        return noun_phrase_span(s, end + 2);
    }
    let word = |k: usize| s.lowered.get(k).map_or("", |w| w.as_str());
    // "fined up to £5,000": an amount, no one fined.
    if word(end) == "up" && word(end + 1) == "to" {
        return None;
    }
    let mut k = end;
    let n = s.toks.len();
    let mut last = None;
    // "the 60% rise": a percent sign belongs to the phrase.
    let mut limit = end + 5;
    let mut extra = 0;
    loop {
        // "his 3000 euros (£2,060) punishment": a parenthesis inside the phrase.
        let close = (k < n && s.tok(k) == "(" && last.is_some())
            .then(|| (k + 1..(k + 6).min(n)).find(|&c| s.tok(c) == ")"))
            .flatten();
        if let Some(c) = close {
            limit += c + 1 - k;
            k = c + 1;
        }
        // "the Wall Street insider trading scandal": a name counts as one word.
        let modifier = |m: &&super::super::mentions::Mention| super::modifiers::modifies_noun(s, m);
        if let Some(m) = s.mention_at(k).filter(modifier) {
            extra += m.end - m.first - 1;
        }
        // "about 20,000 miners": a thousands comma is inside its number.
        if k > end && k + 1 < n && s.tok(k) == "," && thousands_comma(s, k) {
            limit += 2;
            k += 1;
            continue;
        }
        if !(k < n && k < limit + extra && (s.toks[k].word || s.tok(k) == "%" && k > end)) {
            break;
        }
        let w = s.lowered[k].as_str();
        if matches!(w, "even" | "though" | "although") {
            break;
        }
        // "members of the Belzberg family", "the sale of alcohol": one "of" phrase belongs to it.
        let of = w == "of" && last.is_some() && limit == end + 5 && k + 1 < n && s.toks[k + 1].word;
        // "asked for information a few months ago": an article after the head opens a new phrase.
        let new_phrase = last.is_some() && matches!(w, "a" | "an" | "the") && !of;
        // "dozens of militants suspected of staging attacks": the phrase ends at its head.
        // After a verb, a determiner or "those" the participle is no relative ("bill be
        // expanded", "the accused in").
        let relative = last.is_some()
            && !NOT_HEADS.contains(&s.lowered[k - 1].as_str())
            && super::args::reduced_relative(s, k);
        // "roads into the city": a preposition after the head ends it ("more than 20" does not).
        let preposition = last.is_some() && w != "than" && is_preposition(&s.lowered[k]);
        if of {
            limit = k + 5;
        } else if NP_STOPS.contains(&w) && !all_but(s, k)
            || preposition
            || relative
            || new_phrase && s.lowered[k - 1] != "of"
        {
            break;
        }
        last = Some(k).filter(|_| !of).or(last);
        k += 1;
    }
    let mut last = last?;
    // "daughter of Islamic State leader Abu Bakr al-Baghdadi": not cut inside a name.
    if let Some(m) = s.mention_covering(last).filter(|m| m.end > last + 1) {
        last = m.end - 1;
    }
    let first = if matches!(
        s.lowered[end].as_str(),
        "the" | "a" | "an" | "its" | "their" | "his" | "her"
    ) {
        end + 1
    } else {
        end
    };
    (first <= last).then_some((first, last + 1))
}

/// "all but 92 of the Lords", "nothing but a retraction": "but" at `k` is
/// "except", inside the phrase.
fn all_but(s: &Sentence, k: usize) -> bool {
    s.lowered[k] == "but" && k > 0 && matches!(s.lowered[k - 1].as_str(), "all" | "nothing")
}

/// The comma at `k` joins digits written around it with no space ("20,000").
fn thousands_comma(s: &Sentence, k: usize) -> bool {
    let (before, comma, after) = (s.toks[k - 1], s.toks[k], s.toks[k + 1]);
    before.end == comma.start
        && comma.end == after.start
        && s.tok(k - 1).ends_with(|c: char| c.is_ascii_digit())
        && s.tok(k + 1).len() == 3
        && s.tok(k + 1).bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn but_ends_the_object_and_or_joins_a_second() {
        const TEXT: &str = "Harper condemned the attack but vowed to fight. Khamenei rejected a \
                            committee or a buffer force. Labour removed all but 92 of the Lords.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Harper", "condemn", "attack", false),
            ("Khamenei", "reject", "committee", false),
            ("Khamenei", "reject", "buffer force", false),
            ("Labour Party", "remove", "all but 92 of the Lords", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn two_coordinated_phrases_are_two_targets() {
        const TEXT: &str = "The Lebanese army detained a wife and daughter of Zorbex leader \
                            Omar Haddad.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Lebanese army", "arrest", "wife", false),
            ("Lebanese army", "arrest", "daughter of Zorbex leader Omar Haddad", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_number_with_a_thousands_comma_stays_whole() {
        const TEXT: &str = "The government has sacked about 20,000 miners since the collapse.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("government", "remove", "about 20,000 miners", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn the_people_of_a_target_listed_after_it() {
        const TEXT: &str = "Acme Corp filed a lawsuit against Zorbex Inc, its directors and \
                            advisers to stop the dividend.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Acme Corp", "sue", "Zorbex Inc", false),
            ("Acme Corp", "sue", "directors", false),
            ("Acme Corp", "sue", "advisers", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_list_item_named_after_its_role() {
        const TEXT: &str = "Yukos is suing four companies - Gazprom, its unit Gazpromneft, \
                            Rosneft and the shell company which won - for their part.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Yukos", "sue", "Gazprom", false),
            ("Yukos", "sue", "Gazpromneft", false),
            ("Yukos", "sue", "Rosneft", false),
            ("Yukos", "sue", "shell company", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn an_unresolved_possessor_keeps_the_thing_possessed() {
        const TEXT: &str = "The police cracked down on the group's sympathizers.";
        const EXPECTED: &[(&str, &str, &str, bool)] =
            &[("police", "restrict", "group's sympathizers", false)];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn and_before_a_verb_phrase_adds_no_target() {
        const TEXT: &str = "Zorbex Corp rejected the offer and wants Acme Corp to pay. Acme Corp \
                            investigated the complaint and found no evidence.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Zorbex Corp", "reject", "offer", false),
            ("Acme Corp", "investigate", "complaint", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn the_object_comes_after_a_time_adjunct_and_ends_at_its_head() {
        const TEXT: &str = "Lebanese police have arrested over the past few months dozens of \
                            militants suspected of staging attacks. The ICO was investigating \
                            one of the complaints where some evidence was given. Unions called \
                            for five days of strikes. Police arrested the accused in Leeds.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Lebanese police", "arrest", "militants", false),
            ("Information Commissioner's Office", "investigate", "one of the complaints", false),
            ("Unions", "request", "five days of strikes", false),
            ("Police", "arrest", "accused", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_counted_phrase_closes_a_list_of_objects() {
        const TEXT: &str = "Acme Corp charged Chairman Omar Haddad and nine other directors of \
                            violating their duties.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("Acme Corp", "accuse", "Omar Haddad", false),
            ("Acme Corp", "accuse", "nine other directors", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_name_that_modifies_the_head_is_part_of_the_target() {
        const TEXT: &str = "The probe was spawned by the SEC's probe into the Wall Street \
                            insider trading scandal. Both firms asked the Sydney stock market to act. Russia \
                            blocked Twitter last week.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            (
                "Securities and Exchange Commission",
                "investigate",
                "Wall Street insider trading scandal",
                false,
            ),
            ("Both firms", "request", "Sydney stock market", false),
            ("Russia", "block", "Twitter", false),
        ];
        check(TEXT, EXPECTED);
    }
}
