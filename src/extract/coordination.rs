//! Coordination: which mentions of a sentence are items of one list
//! ("Facebook and Instagram", "Gazprom, its unit Gazpromneft, Rosneft and
//! ..."), so that a claim is made for each; apart from `sentence.rs`, whose
//! subject search it serves, because lists are their own concern.

use super::mention_words::DETERMINER_LIST;
use super::mentions::MentionKind;
use super::openers::{ACTION, MENTION};
use super::sentence::Sentence;

impl Sentence<'_> {
    /// The mentions coordinated with mention `m` by "and", "or", "nor",
    /// "along with" or commas ("Facebook and Instagram"), in text order, `m`
    /// included.
    pub fn coordinated(&self, m: usize) -> Vec<usize> {
        let mut group = vec![m];
        let mut conjoined = false;
        // Leftwards: "A, B and C": from C back to A.
        let mut cur = m;
        while let Some(prev) = (0..cur).rev().find(|&p| !self.mentions[p].in_parens) {
            // "in Greenwich, Connecticut, and Peter Rose": a place, no item.
            let (first, end) = (self.mentions[prev].first, self.mentions[prev].end);
            if self.place_continuation(first, end) {
                break;
            }
            // "Conte along with Valente and Anderson": "with" makes no phrase of its own here.
            let same_phrase = self.mentions[prev].in_pp == self.mentions[cur].in_pp
                || self.companion(prev)
                || self.companion(cur);
            match self.joiner(prev, cur) {
                Some(and) if same_phrase => {
                    conjoined |= and;
                    group.insert(0, prev);
                    cur = prev;
                }
                _ => break,
            }
        }
        cur = m;
        while let Some(next) = (cur + 1..self.mentions.len()).find(|&p| !self.mentions[p].in_parens)
        {
            match self.joiner(cur, next) {
                Some(and) => {
                    conjoined |= and;
                    // "Gazprom, its unit Gazpromneft, Rosneft and ...": the name is the item.
                    let item = self.possessed_name(next).unwrap_or(next);
                    group.push(item);
                    cur = item;
                }
                None => break,
            }
        }
        // Commas alone make an apposition ("Roskomnadzor, Russia's regulator,"), not a list.
        if conjoined {
            group
        } else {
            vec![m]
        }
    }

    /// True when mention `m` follows "along with" or "together with".
    fn companion(&self, m: usize) -> bool {
        let first = self.mentions[m].first;
        first >= 2
            && self.lowered[first - 1] == "with"
            && matches!(self.lowered[first - 2].as_str(), "along" | "together")
    }

    /// The name after possessive pronoun mention `p` and a role noun or two
    /// ("its unit Gazpromneft").
    fn possessed_name(&self, p: usize) -> Option<usize> {
        let (pronoun, name) = (&self.mentions[p], self.mentions.get(p + 1)?);
        let roles = (pronoun.end..name.first)
            .all(|k| self.toks[k].word && self.tok(k).chars().all(char::is_lowercase));
        (pronoun.kind == MentionKind::Pronoun
            && pronoun.possessive
            && name.kind == MentionKind::Name
            && name.first > pronoun.end
            && name.first - pronoun.end <= 2
            && roles)
            .then_some(p + 1)
    }

    /// What joins mentions `a` and `b` if they are items of one list: `Some(true)`
    /// for "and"/"or", `Some(false)` for a bare comma; parentheses are skipped.
    fn joiner(&self, a: usize, b: usize) -> Option<bool> {
        // Two words at most join: a third says no, with no vector to fill.
        let mut words = [""; 3];
        let mut n = 0;
        let mut depth = 0;
        for i in self.mentions[a].end..self.role_start(b) {
            match self.tok(i) {
                "(" => depth += 1,
                ")" => depth -= 1,
                "<" | ">" => {}
                _ if depth == 0 => {
                    if n == words.len() {
                        return None;
                    }
                    words[n] = self.lowered[i].as_str();
                    n += 1;
                }
                _ => {}
            }
        }
        match &words[..n] {
            ["and"] | ["or"] | ["nor"] | [",", "and"] | [",", "or"] | [",", "nor"] => Some(true),
            // "Victor Conte along with James Valente", "Russia, together with China,".
            ["along" | "together", "with"] | [",", "along" | "together", "with"] => Some(true),
            [","] => Some(false),
            _ => None,
        }
    }

    /// Where the role words before name mention `b` start ("and coach Remy
    /// Korchemny", ", vice-president James Valente"): up to three lower-case
    /// words that may be roles (a role's mark, no action's, no verb or
    /// adverb ending) and hyphens; `b`'s own start when there are none.
    pub(super) fn role_start(&self, b: usize) -> usize {
        let first = self.mentions[b].first;
        if self.mentions[b].kind != MentionKind::Name {
            return first;
        }
        let role_like = |k: usize| {
            let w = self.lowered[k].as_str();
            if self.tok(k) == "-" {
                return true;
            }
            let marks = self.lowered[k].marks();
            self.toks[k].word
                && !self.toks[k].capitalised
                && marks & MENTION != 0
                && marks & ACTION == 0
                && !["ed", "ing", "ly"].iter().any(|e| w.ends_with(e))
                && !DETERMINER_LIST.holds(&self.lowered[k])
                && !matches!(w, "and" | "or" | "he" | "she" | "they" | "it" | "we" | "him" | "them")
        };
        let mut k = first;
        while k > 0 && first - k < 3 && role_like(k - 1) {
            k -= 1;
        }
        if k < first && self.tok(k) == "-" {
            return first;
        }
        k
    }
}
