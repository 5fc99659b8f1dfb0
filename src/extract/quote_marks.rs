//! Which tokens of a sentence are quotation marks: curly and straight double
//! quotes always, an apostrophe only where it opens or closes quoted words
//! (not "the miners' leaders"), and a short quoted modifier ("criticised
//! "extravagant" Tory promises") that an object runs on past.

use super::sentence::Sentence;

impl Sentence<'_> {
    /// True when token `i` is a quotation mark.
    pub fn is_quote_mark(&self, i: usize) -> bool {
        !self.toks[i].word
            && match self.tok(i) {
                "“" | "”" | "\"" | "«" | "»" | "„" | "‘" => true,
                // An apostrophe is a mark only beside quoted words: "the
                // miners' leaders" is a possessive, not a quote's end.
                "’" | "'" => {
                    let quoted = |j: usize| self.toks.get(j).is_some_and(|t| t.quoted);
                    i > 0 && quoted(i - 1)
                        || quoted(i + 1)
                        || self.doubled_apostrophe(i)
                        || self.paired_apostrophe(i)
                }
                _ => false,
            }
    }

    /// True when no space stands between tokens `a` and `b`.
    fn glued(&self, a: usize, b: usize) -> bool {
        self.toks[a].end == self.toks[b].start
    }

    /// One of the two apostrophes of a typewriter double quote ('').
    fn doubled_apostrophe(&self, i: usize) -> bool {
        let apostrophe = |j: usize| j < self.toks.len() && self.tok(j) == "'";
        apostrophe(i + 1) && self.glued(i, i + 1)
            || i > 0 && apostrophe(i - 1) && self.glued(i - 1, i)
    }

    /// An apostrophe that closes a single-quoted word opened close before it
    /// ("was 'tasteless'"), or opens one closed close after: one word is too
    /// short to be a quotation span, but its marks are still marks.
    fn paired_apostrophe(&self, i: usize) -> bool {
        let glued = |a: usize, b: usize| self.glued(a, b);
        let opens = |j: usize| {
            matches!(self.tok(j), "'" | "‘")
                && j + 1 < self.toks.len()
                && glued(j, j + 1)
                && (j == 0 || !glued(j - 1, j))
        };
        let closes = |j: usize| {
            matches!(self.tok(j), "'" | "’")
                && j > 0
                && glued(j - 1, j)
                && (j + 1 == self.toks.len() || !self.toks[j + 1].word || !glued(j, j + 1))
        };
        if closes(i) {
            (i.saturating_sub(4)..i.saturating_sub(1)).rev().any(opens)
        } else {
            opens(i) && (i + 2..(i + 5).min(self.toks.len())).any(closes)
        }
    }

    /// Past a word or two in quotation marks at `end` that modify what follows
    /// ("criticised "extravagant" Tory promises"): where the phrase goes on;
    /// `end` itself when no such quote stands there.
    pub fn past_scare_quote(&self, end: usize) -> usize {
        let n = self.toks.len();
        if end >= n || !self.is_quote_mark(end) || !self.toks.get(end + 1).is_some_and(|t| t.quoted)
        {
            return end;
        }
        // A word or two ("“volcanoes of jihad” the world over" is the object
        // itself), then a word that goes on with the phrase ("“military
        // intervention” but" does not).
        let close = (end + 2..(end + 4).min(n)).find(|&j| self.is_quote_mark(j));
        let goes_on = |k: usize| {
            self.toks.get(k).is_some_and(|t| t.word && !t.quoted)
                && !matches!(
                    self.lowered[k].as_str(),
                    "the"
                        | "a"
                        | "an"
                        | "and"
                        | "or"
                        | "but"
                        | "to"
                        | "of"
                        | "in"
                        | "on"
                        | "for"
                        | "with"
                        | "at"
                        | "by"
                        | "from"
                        | "as"
                        | "that"
                        | "which"
                        | "who"
                        | "is"
                        | "are"
                        | "was"
                        | "were"
                        | "has"
                        | "have"
                        | "had"
                        | "will"
                        | "would"
                )
        };
        match close {
            Some(j) if (end + 1..j).all(|k| self.toks[k].word) && goes_on(j + 1) => j + 1,
            _ => end,
        }
    }
}
