//! Criticism drawn from someone: "drawing criticism from environmental groups
//! and overseas human rights activists", "the plan drew fire from unions",
//! "Regan received strong criticism", "faced a storm of criticism", "was
//! encountering criticism", "Jonathan has come under fire for",
//! "Mr Kennedy has been under fire". The ones after "from" criticise (no one
//! named without it); what drew it is criticised. "Under fire" in a sentence
//! of guns and troops is a shooting. Charges faced are accusations of the
//! one who faces them ("Roger King faces charges of cocaine possession").

use super::super::mentions::MentionKind;
use super::super::ArticleState;
use super::args::{emit, names};
use super::aux::aux_before;
use super::np::object_names_or_words;
use super::subjects::subject_phrase;
use super::Sentence;
use crate::lexicon::Lexicons;
use crate::model::Claim;

/// Forms of the verbs that draw criticism.
pub(in crate::extract) const DRAW: &[&str] = &[
    "draw",
    "draws",
    "drew",
    "drawn",
    "drawing",
    "attract",
    "attracts",
    "attracted",
    "attracting",
    "receive",
    "receives",
    "received",
    "receiving",
    "face",
    "faces",
    "faced",
    "facing",
    "come",
    "comes",
    "came",
    "coming",
    "encounter",
    "encounters",
    "encountered",
    "encountering",
];
/// Forms of [`DRAW`] that take their criticism after "under" ("came under fire").
const COME: &[&str] = &["come", "comes", "came", "coming"];
/// Nouns of criticism drawn.
const CRITICISM: &[&str] = &["criticism", "condemnation", "rebuke", "fire", "flak", "ire"];
/// Nouns of accusations faced ("faces charges of cocaine possession").
const CHARGES: &[&str] = &["charges", "accusations", "allegations"];

/// True when `w` may be a form of [`DRAW`]: its first letters. Asked of
/// most words, so inlined and cheap; the list itself is asked after.
#[inline(always)]
fn may_draw(w: &str) -> bool {
    w.len() >= 4
        && (w.starts_with("dr")
            || w.starts_with("att")
            || w.starts_with("rec")
            || w.starts_with("fac")
            || w.starts_with("com")
            || w.starts_with("cam")
            || w.starts_with("enc"))
}

/// Emits the criticism drawn by the verb at `i`, if it is one; the token to
/// go on from.
#[inline(always)]
pub(super) fn drawn_criticism(
    s: &Sentence,
    i: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let w = s.lowered[i].as_str();
    if !may_draw(w) || !DRAW.contains(&w) {
        return None;
    }
    drawn_from(s, i, lex, state, quote_speakers, out)
}

/// [`drawn_criticism`] once the word at `i` is a form of [`DRAW`].
#[inline(never)]
fn drawn_from(
    s: &Sentence,
    i: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    out: &mut Vec<Claim>,
) -> Option<usize> {
    let n = s.toks.len();
    let w = s.lowered[i].as_str();
    let come = COME.contains(&w);
    // "draw" and "attract" (the list's forms in d- and a-) count only with
    // their critics after "from"; "received/faced criticism" without them.
    let drawn = matches!(w.as_bytes()[0], b'd' | b'a');
    // "came under fire", not "came under new management".
    let from = if come { i + 2 } else { i + 1 };
    if come && s.lowered.get(i + 1).is_none_or(|w| w != "under") {
        return None;
    }
    // "could face criticism": not drawn yet.
    let aux = aux_before(s, i);
    if aux.modal {
        return None;
    }
    // "drew sharp criticism from": lower-case adjectives between; "faced a
    // storm of criticism": a measure of it. "Faced with the committee's
    // criticism": a possessor's own, read as a noun.
    let possessive = |k: usize| s.mention_covering(k).is_some_and(|m| m.possessive);
    // "faces criminal charges", "faced accusations of price rigging": accused.
    let faced = w.starts_with("fac");
    let noun = (from..(from + 5).min(n))
        .take_while(|&k| {
            s.toks[k].word && s.tok(k).starts_with(char::is_lowercase) && !possessive(k)
        })
        .find(|&k| {
            let w = s.lowered[k].as_str();
            CRITICISM.contains(&w) || faced && CHARGES.contains(&w)
        })?;
    let accused = CHARGES.contains(&s.lowered[noun].as_str());
    // "is facing potential charges of desertion": none brought yet.
    let possible = |k: usize| matches!(s.lowered[k].as_str(), "potential" | "possible");
    if accused && (from..noun).any(possible) {
        return None;
    }
    let mut after = s.lowered.get(noun + 1).map_or("", |w| w.as_str());
    // "has come under fire in his country for": past a place to the reason
    // (not to "over", which may be "over the weekend").
    if matches!(after, "in" | "at") {
        let reason = (noun + 2..(noun + 6).min(n))
            .take_while(|&k| s.toks[k].word)
            .find(|&k| s.lowered[k] == "for");
        after = reason.map_or(after, |k| s.lowered[k].as_str());
    }
    // "troops came under fire near Kabul", "faced fire from militants": shots.
    // Criticism is for something, or drawn from someone.
    let shots = s.lowered[noun] == "fire"
        && !drawn
        && !matches!(after, "for" | "over")
        && (after != "from" || shooting(s));
    if shots || drawn && after != "from" {
        return None;
    }
    let actors = critics(s, noun, after == "from", lex, state, quote_speakers);
    // ", drawing criticism from": the last name before the comma drew it;
    // "The plan drew fire from": the subject.
    // "Roger King, chairman of Acme Corp, faces charges": a finite verb after
    // an apposition's comma has the subject before it.
    let participle = i > 0 && s.tok(i - 1) == "," && w.ends_with("ing");
    let targets = match participle {
        true => {
            let m = s.mentions.iter().rposition(|m| m.end < i && m.kind == MentionKind::Name);
            names(s, m.as_slice(), state, quote_speakers)
        }
        false => criticised(s, i, lex, state, quote_speakers),
    };
    // The lexicon's verb of the act: its class and CAMEO code.
    let (form, rule) = match accused {
        true => ("accused", "action_charges_faced"),
        false => ("criticize", "action_drawn_criticism"),
    };
    if accused && targets.is_empty() {
        return None;
    }
    let verb = lex.action_verbs.longest(&[form])?.value;
    // "Clinton ... not face criminal charges".
    emit(s, i, verb, &actors, &targets, aux.negated, false, rule, out);
    Some(noun + 1)
}

/// Words that make "under fire" a shooting, not criticism ("came under fire
/// from three gunmen", "the tankers came under fire off the coast").
const SHOOTING: &[&str] = &[
    "gunmen",
    "gunman",
    "militants",
    "insurgents",
    "taliban",
    "sniper",
    "snipers",
    "rebels",
    "troops",
    "soldiers",
    "forces",
    "helicopter",
    "helicopters",
    "convoy",
    "outpost",
    "tanker",
    "tankers",
    "ship",
    "ships",
    "vessel",
    "patrol",
    "rocket",
    "rockets",
    "rocket-propelled",
    "mortar",
    "artillery",
    "shells",
    "gunfire",
    "shots",
    "police",
    "vehicle",
    "aircraft",
    "plane",
];

/// True when the sentence speaks of a shooting (see [`SHOOTING`]).
fn shooting(s: &Sentence) -> bool {
    s.lowered.iter().any(|w| SHOOTING.contains(&w.as_str()))
}

/// Emits the criticism of "(is) under fire (from X)" at "fire" `i`, with no
/// form of "come" before it ([`drawn_criticism`] reads those): the subject
/// is criticised, by X if named. The token to go on from.
pub(super) fn under_fire(
    s: &Sentence,
    i: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
    out: &mut Vec<Claim>,
) -> Option<usize> {
    if s.lowered[i] != "fire" {
        return None;
    }
    // "under fire", "under increasing fire".
    let under = (i.saturating_sub(2)..i).rev().find(|&k| s.lowered[k] == "under")?;
    let plain = under + 1 == i || s.tok(under + 1).starts_with(char::is_lowercase);
    let come = under.checked_sub(1).is_some_and(|v| COME.contains(&s.lowered[v].as_str()));
    if !plain || come || shooting(s) {
        return None;
    }
    // "has been under fire", "already under fire": "would be" is no criticism yet.
    let aux = aux_before(s, under);
    if aux.modal || aux.infinitive {
        return None;
    }
    let targets = criticised(s, aux.start, lex, state, quote_speakers);
    if targets.is_empty() {
        return None;
    }
    let from = s.lowered.get(i + 1).is_some_and(|w| w == "from");
    let actors = critics(s, i, from, lex, state, quote_speakers);
    let verb = lex.action_verbs.longest(&["criticize"])?.value;
    emit(s, i, verb, &actors, &targets, aux.negated, false, "action_drawn_criticism", out);
    Some(i + 1)
}

/// The critics after the "from" that follows the criticism noun at `noun`
/// (`from` says it does), or one unknown critic.
fn critics(
    s: &Sentence,
    noun: usize,
    from: bool,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Vec<Option<String>> {
    let named = match from {
        true => object_names_or_words(s, noun + 2, lex, state, quote_speakers),
        false => Vec::new(),
    };
    if named.is_empty() {
        vec![None]
    } else {
        named
    }
}

/// Who is criticised: the subject of the verb at `verb`, by name or in its words.
fn criticised(
    s: &Sentence,
    verb: usize,
    lex: &Lexicons,
    state: &ArticleState,
    quote_speakers: &[(usize, usize, Option<String>)],
) -> Vec<Option<String>> {
    let named = names(s, s.subject_before(verb).as_slice(), state, quote_speakers);
    if named.is_empty() {
        subject_phrase(s, verb, lex).into_iter().map(Some).collect()
    } else {
        named
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_letters_let_every_form_through() {
        assert!(DRAW.iter().all(|w| may_draw(w)));
        assert!(!may_draw("dry") && !may_draw("said"));
    }

    #[test]
    fn criticism_received_faced_or_come_under() {
        const TEXT: &str = "Donald Regan received strong criticism. Goodluck Jonathan has come \
                            under fire in his country for his handling of the crisis. Acme Corp faced \
                            criticism from unions. The troops came under fire near Kabul. John \
                            Smith could face criticism. James Baker faced a storm of criticism. \
                            Sarney was encountering criticism. Faced with the committee's \
                            criticism, the government gave way.";
        super::super::tests::check(
            TEXT,
            &[
                ("-", "criticize", "Donald Regan", false),
                ("-", "criticize", "Goodluck Jonathan", false),
                ("unions", "criticize", "Acme Corp", false),
                ("-", "criticize", "James Baker", false),
                ("-", "criticize", "Sarney", false),
                ("committee", "criticize", "-", false),
            ],
        );
    }

    #[test]
    fn under_fire_is_criticism_undergone_not_a_shooting() {
        const TEXT: &str = "Treasury Secretary James Baker came under fire from critics. \
                            Mr Kennedy has been under fire for missing the vote. The outpost \
                            came under fire from the Taliban.";
        super::super::tests::check(
            TEXT,
            &[("critics", "criticize", "James Baker", false), ("-", "criticize", "Kennedy", false)],
        );
    }

    #[test]
    fn a_body_word_before_a_noun_of_many_is_no_actor() {
        // "the business community" is the critic, not a company called "the business".
        const TEXT: &str =
            "The plan drew criticism from the business community and the trade unions.";
        super::super::tests::check(
            TEXT,
            &[
                ("business community", "criticize", "The plan", false),
                ("trade unions", "criticize", "The plan", false),
            ],
        );
    }

    #[test]
    fn charges_faced_accuse_the_one_who_faces_them() {
        const TEXT: &str = "Roger King, chairman of Acme Corp, faces charges of cocaine \
                            possession. Zorbex Inc faced both criminal and civil charges from the \
                            SEC. Mary Jones may yet face charges. John Smith is facing potential \
                            charges of desertion.";
        super::super::tests::check(
            TEXT,
            &[
                ("-", "accuse", "Roger King", false),
                ("Securities and Exchange Commission", "accuse", "Zorbex Inc", false),
            ],
        );
    }
}
