//! Actions: actor – action – target, from verbs and nouns of the action lexicon.
//!
//! Active ("Russia blocked Twitter"), passive with and without an agent
//! ("Twitter has not been sanctioned by Roskomnadzor"), relative clauses ("the
//! regulator, which blocked"), participial adjuncts (", threatening to ban"),
//! negation, coordination (every actor × every target), and nouns with a
//! possessive actor ("Russia's ban on X"). Infinitives ("to ban") are not acts;
//! modals ("could ban") are kept with modality "possible".

mod args;
mod aux;
mod groups;
mod light;
mod nouns;

use super::sentence::Sentence;
use super::ArticleState;
use crate::lexicon::{ActionVerb, Lexicons, VerbSlot};
use crate::model::{ActorKind, Claim};
use args::{emit, names, noun_phrase_after, object_after};
use aux::{aux_before, RELATIVES};
pub use groups::coordinated_names;
use light::light_action;
use nouns::noun_action;

/// Finds the actions of one sentence and appends them to `out`.
/// True when most words are capitalised: a headline, whose title case hides the grammar.
fn is_headline(s: &Sentence) -> bool {
    let words: Vec<&str> =
        (0..s.toks.len()).filter(|&i| s.toks[i].word).map(|i| s.tok(i)).collect();
    let caps = words.iter().filter(|w| w.chars().next().is_some_and(char::is_uppercase)).count();
    words.len() >= 3 && caps * 10 >= words.len() * 7
}

/// True when the verb form at `i` is used as a noun ("the Facebook limits", "its ban").
fn noun_use(s: &Sentence, i: usize) -> bool {
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
    before(i)
        || s.mentions
            .iter()
            .any(|m| m.end == i && (m.possessive || before(m.first) || determiner(m.first)))
}

/// True when token `i` is a capitalised word inside a name mention.
fn in_name(s: &Sentence, i: usize) -> bool {
    let capitalised = s.tok(i).chars().next().is_some_and(char::is_uppercase);
    capitalised && s.mention_covering(i).is_some_and(|m| m.first < i)
}

pub fn actions(
    s: &Sentence,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) {
    if is_headline(s) {
        return;
    }
    let mut i = 0;
    while i < s.toks.len() {
        if !s.toks[i].word {
            i += 1;
            continue;
        }
        if let Some(m) = lex
            .action_verbs
            .longest(&s.lowered[i..])
            .filter(|m| m.value.slots.contains(&VerbSlot::Past) || !noun_use(s, i))
            // "Hambros Bank Limited": a capitalised word inside a name is no verb.
            .filter(|_| !in_name(s, i))
        {
            let end = i + m.words;
            let found = Found { first: i, end, object: None };
            let before = out.len();
            verb_action(s, found, m.value, lex, state, quote_speakers, keep_possible, out);
            // "SEC probes", "U.S. sanctions": not a verb after all, maybe a noun.
            if out.len() == before && m.words == 1 {
                if let Some((class, cameo)) = lex.action_nouns.get(&s.lowered[i]) {
                    noun_action(s, i, class, cameo, state, out);
                }
            }
            i = end;
            continue;
        }
        if light_action(s, i, lex, state, quote_speakers, keep_possible, out) {
            i += 1;
            continue;
        }
        if let Some((class, cameo)) = lex.action_nouns.get(&s.lowered[i]) {
            noun_action(s, i, class, cameo, state, out);
        }
        i += 1;
    }
}

/// A verb (phrase) found at tokens `first..end`.
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    pub first: usize,
    pub end: usize,
    /// Where its object is looked for, when not right after `end` ("filed a
    /// lawsuit in court against X": at X); `s.toks.len()` for none.
    pub object: Option<usize>,
}

#[allow(clippy::too_many_arguments)]
pub(super) fn verb_action(
    s: &Sentence,
    found: Found,
    verb: &ActionVerb,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    keep_possible: bool,
    out: &mut Vec<Claim>,
) {
    let Found { first, end, object } = found;
    let aux = aux_before(s, first);
    if aux.infinitive {
        return;
    }
    let has = |slot| verb.slots.contains(&slot);
    let passive = has(VerbSlot::Participle) && aux.be;
    let finite = has(VerbSlot::Past)
        || has(VerbSlot::ThirdPerson)
        || (has(VerbSlot::Participle) && aux.have)
        || (has(VerbSlot::Base) && (aux.doo || aux.modal || plural_subject(s, aux.start, lex)));
    let progressive = has(VerbSlot::Gerund) && aux.be;
    let participial = has(VerbSlot::Gerund) && first > 0 && s.tok(first - 1) == ",";
    // A bare past participle after a noun is an adjective or reduced relative ("sites blocked in Russia").
    let reduced = has(VerbSlot::Participle) && !has(VerbSlot::Past) && !aux.have && !aux.be;
    if !(passive || finite || progressive || participial) || reduced {
        return;
    }
    let possible = aux.modal;
    if possible && !keep_possible {
        return;
    }
    let (mut actor_np, mut target_np, mut group) = (None, None, Vec::new());
    let (mut noun_start, mut adjunct) = (end, false);
    let (actors, targets, rule) = if passive {
        let targets = s.subject_before(aux.start).map(|m| s.coordinated(m)).unwrap_or_default();
        let by = (end..(end + 4).min(s.toks.len())).find(|&k| s.lowered[k] == "by");
        let agent = by.and_then(|b| agent_after(s, b));
        let actors = agent.map(|a| s.coordinated(a)).unwrap_or_default();
        // "X is furious after being fined by Y": the one fined is the main clause's subject.
        adjunct = aux.start > 0
            && s.lowered[aux.start] == "being"
            && ADJUNCT_OPENERS.contains(&s.lowered[aux.start - 1].as_str());
        let targets = match adjunct && targets.is_empty() {
            true => s.subject_before(aux.start - 1).map(|m| s.coordinated(m)).unwrap_or_default(),
            false => targets,
        };
        if targets.is_empty() {
            // "four men had been apprehended": the subject's words.
            target_np = subject_phrase(s, aux.start, lex);
        }
        (actors, targets, if agent.is_some() { "action_passive_by" } else { "action_passive" })
    } else {
        let (subject, rule) = if participial {
            (
                s.mentions.iter().position(|m| !m.in_pp && !m.in_parens && m.end <= first),
                "action_participial",
            )
        } else if aux.start > 0 && RELATIVES.contains(&s.lowered[aux.start - 1].as_str()) {
            let rel = aux.start - 1;
            (s.mentions.iter().rposition(|m| m.end <= rel && m.end + 2 >= rel), "action_relative")
        } else {
            let subject =
                s.subject_before(aux.start).filter(|&m| adjacent(s, s.mentions[m].end, aux.start));
            match (subject, shared_subject(s, aux.start)) {
                (None, Some(m)) => (Some(m), "action_coordinated"),
                (m, _) => (m, "action_active"),
            }
        };
        // "warned that ..." reports speech; "asked that X ...", "charged that X ..." still act
        // on X; "denied that ..." is a denial of the clause, which has no target.
        let that_clause = s.lowered.get(end).is_some_and(|w| w == "that");
        if that_clause && !matches!(verb.class.as_str(), "request" | "order" | "accuse" | "deny") {
            return;
        }
        let denied_clause = that_clause && verb.class == "deny";
        // "asked whether/about ...": a question, not a request.
        let question = s.lowered.get(end).is_some_and(|w| QUESTION_WORDS.contains(&w.as_str()));
        if question && verb.class == "request" {
            return;
        }
        let actors = subject.map(|m| s.coordinated(m)).unwrap_or_default();
        if actors.is_empty() {
            // "some Wall Street firms have limited ...": the subject's words;
            // "the three firms were restricting ...": the firms of the list before.
            let np = (rule == "action_active").then(|| subject_phrase(s, aux.start, lex)).flatten();
            group =
                np.as_deref().map(|np| groups::group_names(np, s, state, lex)).unwrap_or_default();
            actor_np = np.filter(|np| group.is_empty() && names_people(np, lex));
            if actor_np.is_none() && group.is_empty() {
                return;
            }
        }
        // "asked that Facebook remove ...": the one asked is the clause's subject.
        // "threatened to ban YouTube": the one threatened is the object of the threat.
        let object_start = match (object, s.lowered.get(end).map(String::as_str)) {
            (Some(k), _) => k,
            (None, Some("that")) => end + 1,
            (None, Some("to")) if verb.class == "threaten" => end + 2,
            _ => end,
        };
        if denied_clause {
            noun_start = s.toks.len();
            (actors, Vec::new(), rule)
        } else {
            // "threatened to top 50 pct": only an action after "to" has a target phrase.
            let bare_threat = object.is_none()
                && object_start == end + 2
                && s.lowered
                    .get(end + 1..)
                    .is_none_or(|rest| lex.action_verbs.longest(rest).is_none());
            noun_start = if bare_threat { s.toks.len() } else { object_start };
            (actors, object_after(s, object_start), rule)
        }
    };
    let mut actor_names = names(s, &actors, state, quote_speakers);
    actor_names.extend(actor_np.map(Some));
    let grouped = !group.is_empty();
    actor_names.extend(group.into_iter().map(Some));
    let mut target_names = names(s, &targets, state, quote_speakers);
    target_names.extend(target_np.map(Some));
    if target_names.is_empty() && !passive {
        // "charged that the trade measures contravened ...", "threatening to
        // disconnect customers": the words where the object was looked for.
        target_names = noun_phrase_after(s, noun_start).into_iter().map(Some).collect();
    }
    let rule = match (rule, grouped) {
        (_, true) => "action_group_subject",
        ("action_passive", _) if adjunct => "action_passive_adjunct",
        _ => rule,
    };
    emit(s, first, verb, &actor_names, &target_names, aux.negated, possible, rule, out);
}

/// The subject a verb after "and"/"but" shares with the sentence's first
/// clause ("Reporters Without Borders described the sentence as harsh and
/// called on Khatami"): the name that opens the sentence, with no clause
/// boundary between it and the verb.
fn shared_subject(s: &Sentence, verb: usize) -> Option<usize> {
    // The auxiliaries' span may begin with the "and" itself.
    let k = (0..=verb).rev().find(|&k| s.toks[k].word && k < s.toks.len())?;
    let k = if matches!(s.lowered[k].as_str(), "and" | "but") {
        k
    } else {
        (0..k).rev().find(|&k| s.toks[k].word)?
    };
    if !matches!(s.lowered[k].as_str(), "and" | "but") {
        return None;
    }
    let m = s.mentions.iter().position(|m| !m.in_pp && !m.in_parens && !m.possessive)?;
    let opens = s.words(0, s.mentions[m].first) <= 2;
    let one_clause = (s.mentions[m].end..k).all(|j| {
        !matches!(
            s.lowered[j].as_str(),
            "that" | "which" | "who" | "because" | "if" | "when" | "while" | "whether" | ";"
        ) && !s.is_quote_mark(j)
    });
    // "was stripped of his clothes and forced to": the shared verb is passive.
    let passive = (s.mentions[m].end..k).any(|j| {
        matches!(s.lowered[j].as_str(), "is" | "are" | "was" | "were" | "been" | "being")
            && s.lowered.get(j + 1).is_some_and(|w| w.ends_with("ed"))
    });
    (opens && one_clause && !passive && s.mentions[m].end < k).then_some(m)
}

/// The agent after "by" at `by`: its first mention, or the one a possessive
/// opens ("by India's Central Bureau of Investigation" → the bureau).
pub(super) fn agent_after(s: &Sentence, by: usize) -> Option<usize> {
    let m = s.mentions.iter().position(|m| m.first > by && m.first <= by + 2)?;
    let head = s.mentions.iter().position(|h| h.first == s.mentions[m].end);
    Some(if s.mentions[m].possessive { head.unwrap_or(m) } else { m })
}

/// The words of the subject of the verb phrase starting at `verb` when no actor
/// is named there: a short noun phrase ("some Wall Street firms", "four men"),
/// not a pronoun, relative or clause.
fn subject_phrase(s: &Sentence, verb: usize, lex: &Lexicons) -> Option<String> {
    let (_, Some((a, b))) = s.subject(verb) else { return None };
    // "Drexel said some Wall Street firms": after the reporting verb.
    let a = (a..b).rev().find(|&k| REPORTING.contains(&s.lowered[k].as_str())).map_or(a, |k| k + 1);
    // "four men with suspected terror ties": the head before the preposition.
    let b = (a..b).find(|&k| PREPOSITIONS.contains(&s.lowered[k].as_str())).unwrap_or(b);
    if a >= b {
        return None;
    }
    let opener = |k: usize| {
        let w = s.lowered[k].as_str();
        // "police arrested", "prosecutors charged": a bare noun for people.
        let people = b == k + 1 && people_noun(w, lex);
        people
            || NP_OPENERS.contains(&w)
            || w.chars().next().is_some_and(|c| c.is_ascii_digit())
            || (k > 0 && s.tok(k).chars().next().is_some_and(char::is_uppercase))
    };
    let plain = |k: usize| {
        let w = s.lowered[k].as_str();
        let lower = s.tok(k).chars().next().is_some_and(char::is_lowercase);
        (s.toks[k].word || matches!(s.tok(k), "-" | "’s" | "'s"))
            && !NP_BREAKERS.contains(&w)
            && !(lower && (w.ends_with("ing") || w.ends_with("ed") || w.ends_with("ly")))
    };
    // "Anti-smoking groups urge": a short plural of a noun for people opens itself.
    let head = s.lowered[b - 1].as_str();
    let people_head = s.words(a, b) <= 3 && head.ends_with('s') && people_noun(head, lex);
    let good = s.words(a, b) <= 4 && (opener(a) || people_head) && (a..b).all(plain);
    good.then(|| s.slice(a, b).to_string())
}

/// Words that may open a subject noun phrase written without a name.
const NP_OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "some",
    "all",
    "both",
    "several",
    "more",
    "only",
    "nearly",
    "almost",
    "dozens",
    "hundreds",
    "thousands",
    "many",
    "most",
    "other",
    "two",
    "three",
    "four",
    "five",
    "six",
    "its",
    "their",
    "his",
    "her",
    "our",
    "local",
    "armed",
    "environmental",
];
/// True when a noun phrase without a name ends in a noun for people or
/// groups: a plural ("some Wall Street firms", "armed men") or a role or
/// descriptor noun ("police", "the prosecutor").
fn names_people(np: &str, lex: &Lexicons) -> bool {
    let head = np.rsplit(' ').next().unwrap_or("").to_lowercase();
    let plural = head.len() > 3 && head.ends_with('s') && !head.ends_with("ss");
    plural
        || head == "men"
        || head == "people"
        || lex.roles.contains(&head)
        || lex.descriptors.contains_key(&head)
}

/// Words after "asked" that make it a question.
const QUESTION_WORDS: &[&str] =
    &["about", "whether", "if", "which", "what", "why", "how", "who", "when", "where"];
/// Prepositions that open an adjunct whose passive "being V-ed" has the main subject.
const ADJUNCT_OPENERS: &[&str] = &["after", "before", "despite", "since", "without", "for"];
/// True when a plural or first-person subject stands right before `verb`, so a
/// base form is a present tense ("We deny", "anti-smoking groups urge").
fn plural_subject(s: &Sentence, verb: usize, lex: &Lexicons) -> bool {
    let Some(k) = verb.checked_sub(1) else { return false };
    let w = s.lowered[k].as_str();
    let subject = matches!(w, "we" | "i" | "they" | "you")
        || w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && people_noun(w, lex);
    // "if they just ask", "when agents open an investigation": generic, not an act.
    let generic = (k.saturating_sub(5)..k)
        .rev()
        .take_while(|&j| s.tok(j) != ",")
        .any(|j| matches!(s.lowered[j].as_str(), "if" | "when" | "whenever" | "unless"));
    subject && !generic
}

/// True for a noun of the role or descriptor lexicon, or its plural ("police", "prosecutors").
fn people_noun(w: &str, lex: &Lexicons) -> bool {
    // Not a thing ("service had been restricted"): a role, or a body of people.
    let bodies = |k: &ActorKind| !matches!(k, ActorKind::Company | ActorKind::Media);
    let known = |w: &str| {
        lex.roles.contains(w) || lex.descriptors.get(w).is_some_and(|ks| ks.iter().all(bodies))
    };
    known(w) || w.strip_suffix('s').is_some_and(known)
}

/// Reporting verbs after which a reported clause's subject starts.
const REPORTING: &[&str] = &["said", "says", "told", "added", "reported", "claimed", "stated"];
/// Prepositions that end the head of a subject noun phrase.
const PREPOSITIONS: &[&str] = &["with", "from", "of", "in", "at", "on", "for"];
/// Words that show the words before a verb are not a plain noun phrase.
const NP_BREAKERS: &[&str] = &[
    "in",
    "from",
    "of",
    "on",
    "at",
    "for",
    "with",
    "to",
    "by",
    "has",
    "have",
    "had",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "not",
    "did",
    "do",
    "does",
    "it",
    "we",
    "he",
    "she",
    "they",
    "i",
    "you",
    "yesterday",
    "today",
    "first",
    "also",
    "this",
    "that",
    "who",
    "which",
    "when",
    "if",
];

/// True when only punctuation, parentheses and comma-enclosed appositions stand
/// between the subject ending at `from` and the verb phrase starting at `to`.
fn adjacent(s: &Sentence, from: usize, to: usize) -> bool {
    let (mut depth, mut commas, mut loose_words) = (0i32, 0, 0);
    for k in from..to {
        match s.tok(k) {
            "(" => depth += 1,
            ")" => depth -= 1,
            "," => commas += 1,
            _ if s.toks[k].word && depth <= 0 && commas % 2 == 0 => loose_words += 1,
            _ => {}
        }
    }
    loose_words == 0
}

#[cfg(test)]
mod tests;
