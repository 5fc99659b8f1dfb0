//! Cues inside the clause of another cue.
//!
//! "X stated that Y guaranteed ...": the inner cue is part of what X said.
//! But an inner cue that reports a quote of its own ("Clinton said experts
//! agreed, but O'Malley interjected: “It's just not true.”") is a new
//! statement: the quote is O'Malley's, and Clinton's clause ends before it.
//! So is a second report joined to the first ("said A and said B", "said A,
//! arguing that B"): annotators keep the two reports apart.

use super::clause::SUBJECT_PRONOUNS;
use super::sentence::Sentence;
use super::speech::{words_in, Cue};
use crate::lexicon::KeyedWord;

/// True when cue `ci` should give way to another cue of the sentence: a clause
/// before its cue ("..., according to Y", "..., X added") that holds another
/// attributed cue belongs to that cue; a cue inside the clause that another cue
/// reports ("X stated that Y guaranteed ...") is part of that content,
/// unless it reports a quote of its own (see [`cut_before_quoted_reports`]).
pub(super) fn nested(s: &Sentence, cues: &[Cue], ci: usize) -> bool {
    let cue = &cues[ci];
    let Some((a, b)) = cue.clause else { return false };
    let reports_before = matches!(cue.rule, "according_to" | "cue_after" | "cue_inverted_after");
    cues.iter().enumerate().any(|(oi, o)| {
        let Some((oa, ob)) = o.clause else { return false };
        let holds_other =
            reports_before && oi != ci && o.first >= a && o.first < b && o.speaker.is_some();
        let inside_other = oi != ci
            && !splits_off(s, cue)
            && !matches!(o.rule, "according_to" | "cue_after" | "cue_inverted_after")
            && cue.first >= oa
            && cue.first < ob;
        holds_other || inside_other
    })
}

/// True when `cue` has a speaker and reports a clause quoted all through
/// (one word of slack), as speech.rs turns into quote claims.
fn quoted_report(s: &Sentence, cue: &Cue) -> bool {
    let Some((a, b)) = cue.clause.filter(|(a, b)| a < b) else { return false };
    let (from, to) = (s.toks[a].start, s.toks[b - 1].end);
    let inside = s.quotes.iter().filter(|q| q.open >= from && q.open < to);
    let quoted: usize = inside.clone().map(|q| words_in(s, q.start, q.end)).sum();
    cue.speaker.is_some() && inside.count() > 0 && quoted + 1 >= s.words(a, b).max(1)
}

/// True when `cue` is a statement of its own even inside another cue's clause:
/// it reports a quote of its own, or its verb is joined to the outer report as a
/// second act of the speaker ("said A but argued that B", "said A, adding that B").
fn splits_off(s: &Sentence, cue: &Cue) -> bool {
    quoted_report(s, cue) || coordinated_report(s, cue) || main_clause_report(s, cue)
}

/// "While he acknowledged A, Ham also noted B": in a sentence that opens with
/// a subordinate clause, a cue whose own subject follows the comma that ends
/// that clause is the main report, not words inside the first one.
fn main_clause_report(s: &Sentence, cue: &Cue) -> bool {
    let lead = usize::from(matches!(s.lowered.first().map(KeyedWord::as_str), Some("but" | "and")));
    let subordinate =
        s.lowered.get(lead).is_some_and(|w| OPENING_SUBORDINATORS.contains(&w.as_str()));
    let Some((x, y)) = cue.span.filter(|_| subordinate && cue.speaker.is_some()) else {
        return false;
    };
    x >= 2 && s.tok(x - 1) == "," && y <= cue.first && cue.first <= y + 2
}

/// Conjunctions that open a sentence with a subordinate clause, and the
/// participle of a question that does ("Asked if ..., Clinton said ...").
const OPENING_SUBORDINATORS: &[&str] = &[
    "while", "although", "though", "whereas", "as", "after", "when", "because", "since", "if",
    "asked",
];

/// "X said A but argues that B", "..., arguing that B": a cue verb right after
/// "and"/"but", or an -ing cue right after a comma, a dash, "before" or
/// "while", is a new report, not words inside the first one. So is a cue
/// whose own short subject follows "and", "but", "while" or "whereas" ("said
/// A and she accused B", "74 percent said A, while 22 percent said B").
fn coordinated_report(s: &Sentence, cue: &Cue) -> bool {
    let k = cue.first;
    if k < 2 || cue.clause.is_none() {
        return false;
    }
    // The subject's words may name no actor: "22 percent said".
    // After "and"/"but" a clause, not a list of names ("the ministers and
    // central bank governors believed"): a comma before it, or a pronoun.
    let own_subject = cue.span.is_some_and(|(x, y)| {
        let joined_clause = |x: usize| match s.lowered[x - 1].as_str() {
            "while" | "whereas" => true,
            "and" | "but" => {
                (x >= 2 && s.tok(x - 2) == ",")
                    || (y == x + 1 && SUBJECT_PRONOUNS.contains(&s.lowered[x].as_str()))
            }
            _ => false,
        };
        // The speaker's name opens the subject ("but added he hoped" is no
        // subject "added he"), perhaps behind a capitalised title.
        let named_from_x = cue.speaker.is_none_or(|m| {
            (x..s.mentions[m].first)
                .all(|j| s.tok(j).chars().next().is_some_and(char::is_uppercase))
        });
        x >= 1
            && y <= k
            && s.words(x, y) <= MAX_JOINED_SUBJECT_WORDS
            && named_from_x
            && joined_clause(x)
    });
    if cue.speaker.is_none() {
        return own_subject;
    }
    let before = s.lowered[k - 1].as_str();
    let joined = matches!(before, "and" | "but");
    let participle =
        matches!(before, "," | "—" | "–" | "before" | "while") && s.lowered[k].ends_with("ing");
    joined || participle || own_subject
}

/// Most words of the subject of a report joined to another ("and she").
const MAX_JOINED_SUBJECT_WORDS: usize = 4;

/// The end of cue `ci`'s clause `a..b`, cut before another cue inside it that
/// reports a quote of its own (its speaker, cue and quote are not `ci`'s
/// words), past the punctuation and connectives that join them.
pub(super) fn cut_before_quoted_reports(
    s: &Sentence,
    cues: &[Cue],
    ci: usize,
    a: usize,
    b: usize,
) -> usize {
    // A coordinated cue's speaker is the outer subject, before `a`: not a cut.
    let inner_start = |o: &Cue| {
        let named = o.span.map_or(o.first, |(x, _)| if x > a { x } else { o.first });
        let clause = o.clause.map_or(o.first, |(x, _)| x);
        o.first.min(named).min(clause)
    };
    let cut = cues
        .iter()
        .enumerate()
        .filter(|&(oi, o)| oi != ci && o.first > a && o.first < b && splits_off(s, o))
        .map(|(_, o)| inner_start(o))
        .filter(|&k| k > a)
        .min();
    let Some(mut cut) = cut else { return b };
    while cut > a && (!s.toks[cut - 1].word || JOINERS.contains(&s.lowered[cut - 1].as_str())) {
        cut -= 1;
    }
    cut
}

/// Words that join a clause to the next statement ("..., to which X said").
const JOINERS: &[&str] = &["and", "but", "to", "which", "while", "as", "when", "then"];

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    fn statements(text: &str) -> Vec<(ClaimKind, Option<String>, String)> {
        crate::extract::claims_of(text)
            .into_iter()
            .filter(|c| c.kind != ClaimKind::Action)
            .map(|c| (c.kind, c.speaker_mention, c.content))
            .collect()
    }

    const INNER_QUOTE: &str = "Clinton said experts had found her plans strong, but \
        O'Malley interjected: “It's just not true.”";
    const INNER_CLAUSE: &str = "Clinton stated that Sanders guaranteed the plan would fail.";

    #[test]
    fn an_inner_cue_with_its_own_quote_is_a_statement() {
        assert_eq!(
            statements(INNER_QUOTE),
            [
                (
                    ClaimKind::Indirect,
                    Some("Clinton".into()),
                    "experts had found her plans strong".into()
                ),
                (ClaimKind::Quote, Some("O'Malley".into()), "It's just not true.".into())
            ]
        );
        assert_eq!(statements(INNER_CLAUSE).len(), 1);
    }

    const SAID_AND_SAID: &str = "But Podesta said Gates was not working for the party and \
        said Manafort was not involved.";
    const WHILE_THEN_MAIN: &str = "While he acknowledged funding was a major reason, Ham also \
        noted several “intangibles” left him disillusioned.";
    const SAID_ARGUING: &str = "Clinton said she respects his passion, arguing that he \
        cannot deliver on his promises.";

    const SAID_AND_SHE_ACCUSED: &str = "Hillary Clinton said Russian services hacked the \
        computers and she accused Donald Trump of backing Putin.";
    const SAID_BUT_ADDED: &str = "John Herrington said he understood the reluctance, but \
        added he hoped the study would help.";
    const NAMES_AND_NAMES: &str = "Kiichi Miyazawa said the ministers and central bank \
        governors did not believe a new statement was needed.";
    const WHILE_OTHERS_SAID: &str =
        "Among voters, 74 percent said they are set, while 22 percent said they might change.";

    #[test]
    fn a_second_main_clause_with_its_own_subject_ends_the_report() {
        let contents = |text| -> Vec<String> {
            statements(text).into_iter().map(|(_, _, content)| content).collect()
        };
        assert_eq!(contents(SAID_AND_SHE_ACCUSED), ["Russian services hacked the computers"]);
        assert_eq!(contents(WHILE_OTHERS_SAID), ["they are set", "they might change"]);
        assert_eq!(contents(NAMES_AND_NAMES).len(), 1);
        assert_eq!(
            contents(SAID_BUT_ADDED),
            ["he understood the reluctance", "he hoped the study would help"]
        );
    }

    #[test]
    fn a_second_report_joined_to_the_first_is_its_own_statement() {
        let contents = |text| -> Vec<String> {
            statements(text).into_iter().map(|(_, _, content)| content).collect()
        };
        assert_eq!(
            contents(SAID_AND_SAID),
            ["Gates was not working for the party", "Manafort was not involved"]
        );
        assert_eq!(
            contents(SAID_ARGUING),
            ["she respects his passion", "he cannot deliver on his promises"]
        );
        assert_eq!(
            contents(WHILE_THEN_MAIN),
            ["funding was a major reason", "several “intangibles” left him disillusioned"]
        );
    }
}
