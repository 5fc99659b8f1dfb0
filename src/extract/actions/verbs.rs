//! Whether a verb form found in the lexicon is an act here: not in a
//! headline, not a noun ("its ban"), not a capitalised word of a name, not
//! before an auxiliary ("garment orders were up"), not in a condition ("if
//! Washington imposes sanctions"); whether a base form is a present tense
//! ("Smith, Jones and Brown deny"); whether two verbs share an object; and
//! where a verb was found ([`Found`]).

use super::super::mention_words::plural_form;
use super::super::mentions::{Mention, MentionKind};
use super::adjuncts::after_time_adjunct;
use super::aux::CLAUSE_VERBS;
use super::{args, subject_words, Sentence};
use crate::lexicon::{ActionVerb, Lexicons, VerbSlot};

/// A verb (phrase) found at tokens `first..end`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    pub first: usize,
    pub end: usize,
    /// Where its object is looked for, when not right after `end` ("filed a
    /// lawsuit in court against X": at X); `s.toks.len()` for none.
    pub object: Option<usize>,
}

/// True when the verb form at `i` is used as a noun ("the Facebook limits", "its ban").
pub(super) fn noun_use(s: &Sentence, i: usize, lex: &Lexicons) -> bool {
    // ", with an Iraqi official denying": the gerund of an absolute clause.
    // "has written to the watchdog accusing": the writer's gerund.
    let gerund = s.lowered[i].ends_with("ing");
    if gerund
        && (super::adjuncts::absolute_subject(s, i).is_some()
            || super::addressed::addressed_before(s, i).is_some())
    {
        return false;
    }
    let before = |k: usize| {
        k > 0
            && matches!(
                s.lowered[k - 1].as_str(),
                "the"
                    | "a"
                    | "an"
                    | "its"
                    | "their"
                    | "his"
                    | "her"
                    | "these"
                    | "those"
                    | "such"
                    | "any"
                    | "no"
            )
    };
    let determiner =
        |k: usize| matches!(s.lowered[k].as_str(), "the" | "a" | "an" | "its" | "their" | "this");
    // "a bank under U.S. sanctions": what one is under is a noun; so is
    // one's own ("placing their own orders").
    let under = |k: usize| k > 0 && matches!(s.lowered[k - 1].as_str(), "under" | "own");
    // "The government refuses to publish": after "the X", an -s form that
    // is no noun is a verb ("the EU sanctions" is a noun).
    let w = s.lowered[i].as_str();
    let noun_form =
        !w.ends_with('s') || lex.action_nouns.contains_key(w) || NOUN_PLURALS.contains(&w);
    // "The councillors deny", "the rebels block roads": after a plural noun
    // for people, a base form is the verb of which they are the subject.
    // "The Conservatives accuse": a party's members too.
    let people = |m: &Mention| {
        let head = s.lowered[m.end - 1].as_str();
        (m.kind == MentionKind::Anonymous || PARTY_MEMBERS.contains(&head))
            && head.ends_with('s')
            && !w.ends_with('s')
    };
    before(i)
        || under(i)
        || s.mentions.iter().any(|m| {
            m.end == i
                && !people(m)
                && (m.possessive
                    || before(m.first)
                    || (determiner(m.first) && noun_form)
                    || under(m.first))
        })
}

/// Nouns that make a "that" before them a determiner ("rejected that
/// idea"): no clause follows, unless a verb comes next ("that report was").
const THAT_NOUNS: &[&str] = &[
    "idea",
    "claim",
    "proposal",
    "suggestion",
    "view",
    "request",
    "argument",
    "notion",
    "report",
    "offer",
    "plan",
    "allegation",
    "charge",
    "accusation",
    "demand",
    "assertion",
    "decision",
    "bid",
    "approach",
    "theory",
    "account",
    "version",
    "story",
    "statement",
    "characterisation",
    "characterization",
    "conclusion",
    "policy",
    "deal",
    "call",
];

/// True when a clause opened by "that" follows the verb ending at `end`
/// ("denied that ..."), not "that" before a noun ("rejected that idea").
pub(super) fn that_clause(s: &Sentence, end: usize) -> bool {
    if s.lowered.get(end).is_none_or(|w| w != "that") {
        return false;
    }
    let noun = s.lowered.get(end + 1).is_some_and(|w| THAT_NOUNS.contains(&w.as_str()));
    let verb = s.lowered.get(end + 2).is_some_and(|w| AUXILIARY_AFTER.contains(&w.as_str()));
    !noun || verb
}

/// Plurals for a party's members, which take a plural verb.
const PARTY_MEMBERS: &[&str] = &[
    "conservatives",
    "tories",
    "democrats",
    "dems",
    "republicans",
    "liberals",
    "socialists",
    "communists",
];

/// Third-person forms of action verbs that are plurals of nouns too, past
/// the action nouns' lexicon ("the Gaza blocks", "the FBI charges").
const NOUN_PLURALS: &[&str] = &[
    "bars",
    "blocks",
    "charges",
    "commands",
    "declines",
    "faults",
    "fires",
    "mandates",
    "petitions",
    "purges",
    "sacks",
    "censures",
    "catches",
];

/// True for the "(including but) not limited to" of a list, at `i..end`: no restriction.
pub(super) fn not_limited_to(s: &Sentence, i: usize, end: usize) -> bool {
    i > 0
        && s.lowered[i] == "limited"
        && s.lowered[i - 1] == "not"
        && s.lowered.get(end).is_some_and(|w| w == "to")
}

/// True when a past participle at `i` is an adjective, not a verb: right
/// after "of", "for", "with", "about" or "on" ("sales of banned drugs",
/// "examples of prohibited equipment"), or between a determiner and a word
/// ("the banned steroid", "its limited partnership", "the outlawed party").
pub(super) fn adjectival_participle(s: &Sentence, i: usize, slots: &[VerbSlot]) -> bool {
    let before = |words: &[&str]| i > 0 && words.contains(&s.lowered[i - 1].as_str());
    let preposition = before(&["of", "for", "with", "about", "on"]);
    let determiner =
        before(&["the", "a", "an", "its", "his", "her", "their", "this", "these", "those", "our"])
            && s.toks.get(i + 1).is_some_and(|t| t.word);
    slots.iter().all(|v| matches!(v, VerbSlot::Past | VerbSlot::Participle))
        && s.lowered[i].ends_with("ed")
        && (preposition || determiner)
}

/// True when a passive "denied" ending at `end` keeps an object ("was denied
/// bail", "were denied entry"): something refused to someone, not a claim
/// denied ("the report was denied by").
pub(super) fn denied_something(s: &Sentence, end: usize) -> bool {
    s.toks.get(end).is_some_and(|t| t.word)
        && s.tok(end).chars().all(|c| c.is_lowercase())
        && !matches!(
            s.lowered[end].as_str(),
            "by" | "that" | "and" | "or" | "in" | "on" | "at" | "as" | "to" | "for" | "but"
        )
}

/// True when token `k` is a lower-case -ing form ("denied taking cocaine"),
/// not the noun "wrongdoing".
pub(super) fn gerund_at(s: &Sentence, k: usize) -> bool {
    let short = |w: &str| matches!(w, "being" | "doing" | "going" | "using" | "lying" | "owing");
    s.lowered
        .get(k)
        .is_some_and(|w| ((w.len() > 5 && w.ends_with("ing")) || short(w)) && w != "wrongdoing")
        && s.tok(k).starts_with(char::is_lowercase)
}

/// True when token `i` is a capitalised word inside a name mention.
pub(super) fn in_name(s: &Sentence, i: usize) -> bool {
    let capitalised = s.tok(i).chars().next().is_some_and(char::is_uppercase);
    capitalised && s.mention_covering(i).is_some_and(|m| m.first < i)
}

/// True when a past-tense verb at `k` (after "and"/"or") is followed by an
/// object it shares with the verb before: a name, a determiner or a noun.
pub(super) fn shared_object(s: &Sentence, k: usize) -> bool {
    let verb = s.lowered.get(k).is_some_and(|w| w.len() > 4 && w.ends_with("ed"));
    let object = s.toks.get(k + 1).is_some_and(|t| t.word) && {
        let w = s.lowered[k + 1].as_str();
        s.mention_at(k + 1).is_some()
            || subject_words::NP_OPENERS.contains(&w)
            || w == "any"
            || (w.len() > 3
                && !args::NP_STOPS.contains(&w)
                && !matches!(w, "about" | "away" | "back" | "down" | "into" | "upon"))
    };
    verb && object
}

/// Auxiliaries that cannot follow a verb: the word before them is a noun.
pub(super) const AUXILIARY_AFTER: &[&str] = &[
    "were", "was", "are", "is", "have", "has", "had", "will", "being",
    // "U.S. Sanctions do not escalate", "the bans would hurt" ("may" and
    // "can" left out: a month, a tin).
    "do", "does", "did", "would", "could", "should", "might", "must", "shall",
];

/// True when the verb phrase at `verb` is in a condition ("if Washington
/// imposes sanctions", "when its interests are threatened"): not an act.
pub(super) fn conditional(s: &Sentence, verb: usize) -> bool {
    let present = |k: usize| matches!(s.lowered[k].as_str(), "is" | "are" | "am");
    (verb.saturating_sub(8)..verb)
        .rev()
        .take_while(|&k| !matches!(s.tok(k), "," | ";" | ":") && !s.is_quote_mark(k))
        .any(|k| match s.lowered[k].as_str() {
            "if" | "unless" | "whenever" => true,
            // "when its interests are threatened", "when Washington imposes":
            // a present; "when he was arrested" is a past event.
            "when" => {
                (k..=verb).any(present)
                    || s.lowered[verb].ends_with('s') && s.lowered[verb] != "was"
            }
            _ => false,
        })
}

/// A two-word verb of the lexicon written around an object pronoun at `i`
/// ("took it down", "shut them off", "turned him down"): the lexicon's verb.
/// Inlined: asked of most words, the pronoun test turns nearly all away.
#[inline(always)]
pub(super) fn split_phrasal<'l>(
    s: &Sentence,
    i: usize,
    lex: &'l Lexicons,
) -> Option<&'l ActionVerb> {
    let pronoun = s.lowered.get(i + 1)?.as_str();
    if !matches!(pronoun, "it" | "them" | "him" | "her") {
        return None;
    }
    let particle = s.lowered.get(i + 2)?.as_str();
    // Not "out": "threw it out the window".
    if !matches!(particle, "down" | "off") {
        return None;
    }
    let words = [s.lowered[i].as_str(), particle];
    lex.action_verbs.longest(&words).filter(|m| m.words == 2).map(|m| m.value)
}

/// True when a plural or first-person subject stands right before `verb`, so a
/// base form is a present tense ("We deny", "anti-smoking groups urge").
pub(super) fn plural_subject(s: &Sentence, verb: usize, lex: &Lexicons) -> bool {
    // "The three men strongly deny": past an adverb.
    let adverb = |k: usize| {
        let w = s.lowered[k].as_str();
        matches!(w, "also" | "still" | "now")
            || (w.len() > 4 && w.ends_with("ly") && s.tok(k).starts_with(char::is_lowercase))
    };
    // "We hold the kidnappers responsible ... and call for": a verb after
    // "and" shares a subject that stands before the first verb; only a plural
    // noun for people right before "and" is taken for it, as before.
    let coordinated = matches!(s.lowered[verb].as_str(), "and" | "or" | "but");
    let Some(k) = (0..verb).rev().find(|&k| coordinated || !adverb(k)) else { return false };
    let w = s.lowered[k].as_str();
    // "Afzal, Islam and Kazi deny": names coordinated.
    // Not "U.S. And European demand": a demonym before a noun.
    let names = || {
        !lex.demonyms.contains_key(w)
            && s.mentions
                .iter()
                .rposition(|m| m.end == k + 1)
                .is_some_and(|m| s.coordinated(m).len() > 1)
    };
    // "The MPs also call for": an acronym's plural.
    let acronyms = |t: &str| {
        t.len() > 2 && t.ends_with('s') && t[..t.len() - 1].chars().all(|c| c.is_ascii_uppercase())
    };
    let subject = matches!(w, "we" | "i" | "they" | "you")
        || (plural_form(w) || acronyms(s.tok(k))) && subject_words::people_noun(w, lex)
        // "The Conservatives accuse", "The Lib Dems accuse": a party's members.
        || PARTY_MEMBERS.contains(&w)
        // "The men deny", "Police deny".
        || !coordinated && (subject_words::PEOPLE.contains(&w) || w == "police" || names());
    if !subject {
        return false;
    }
    // "Harry Potter and Order of the Phoenix", "Curb Your Enthusiasm": a
    // capitalised base form is a name's word.
    let capitalised = s.tok(verb).starts_with(char::is_uppercase);
    // "will help the Securities and Investments Board investigate", "recommends
    // that most people limit": a bare infinitive or a wish, not an act.
    let wish = |w: &str| ["recommend", "suggest", "propos"].iter().any(|v| w.starts_with(v));
    let bare = (k.saturating_sub(8)..k).rev().take_while(|&j| s.tok(j) != ",").any(|j| {
        CAUSATIVES.contains(&s.lowered[j].as_str())
            || (j > 0 && s.lowered[j] == "that" && wish(&s.lowered[j - 1]))
    });
    // "if they just ask", "when agents open an investigation": generic, not an act.
    let generic = (k.saturating_sub(5)..k)
        .rev()
        .take_while(|&j| s.tok(j) != ",")
        .any(|j| matches!(s.lowered[j].as_str(), "if" | "when" | "whenever" | "unless"));
    !generic && !capitalised && !bare
}

/// Verbs whose object a bare infinitive follows.
const CAUSATIVES: &[&str] = &["help", "helps", "helped", "let", "lets", "make", "makes"];

/// True when the list of mentions `group` opens with "neither" ("neither
/// Cohen nor the doctor have been accused"): what it does is negated.
pub(super) fn neither_nor(s: &Sentence, group: &[usize]) -> bool {
    group.first().is_some_and(|&m| {
        let first = s.mentions[m].first;
        first > 0 && s.lowered[first - 1] == "neither"
    })
}

/// True when a clause without "that" follows the verb ending at `end`:
/// "denied Manila was playing down ...", "denying on Wednesday she was",
/// "denied Phillips made the remark" (a past verb after the name, for a
/// denial), "deny conspiring to commit fraud" (a denial's gerund).
pub(super) fn clause_after(s: &Sentence, end: usize, class: &str) -> bool {
    let deny = class == "deny";
    let past = |w: &str| {
        deny && ((w.len() > 4 && w.ends_with("ed")) || matches!(w, "made" | "said" | "told"))
    };
    let at = after_time_adjunct(s, end);
    let bare_clause = s.mention_at(at).is_some_and(|m| {
        s.lowered.get(m.end).is_some_and(|w| CLAUSE_VERBS.contains(&w.as_str()) || past(w))
    });
    bare_clause || (deny && gerund_at(s, at))
}

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn a_base_form_after_men_police_or_coordinated_names_is_present() {
        const TEXT: &str = "The three men strongly deny the charges. Smith, Jones and Brown deny \
                            the claims. Police deny the allegations.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("The three men", "deny", "charges", false),
            ("Smith", "deny", "claims", false),
            ("Jones", "deny", "claims", false),
            ("Brown", "deny", "claims", false),
            ("Police", "deny", "allegations", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn an_s_form_after_the_body_is_a_verb_unless_it_is_a_noun_too() {
        const TEXT: &str = "The ministry instructs banks to keep reserves. The IMF urges a strong \
                            policy. The EU sanctions on Iran were lifted.";
        const EXPECTED: &[(&str, &str, &str, bool)] = &[
            ("ministry", "order", "banks", false),
            ("International Monetary Fund", "request", "strong policy", false),
            ("European Union", "sanction", "Iran", false),
        ];
        check(TEXT, EXPECTED);
    }

    #[test]
    fn a_word_before_a_modal_or_do_is_a_noun() {
        const TEXT: &str = "Brokers expect gains provided U.S. Sanctions do not escalate. All \
                            MOC orders must be submitted by noon.";
        check(TEXT, &[("United States", "sanction", "-", false)]);
    }
}
