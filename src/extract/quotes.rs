//! Quotation spans inside a paragraph.
//!
//! Marks of every style are paired: “ ” (and the German „ “), « », ‹ ›, straight
//! double quotes by their position, and single quotes ‘ ’ / ' ' only when a
//! closing mark is found in the same paragraph, so apostrophes (don’t, the
//! ’90s, Jones’) are never taken for quotes. Quotes nested inside a quote are
//! part of it. A quote left open ends at the paragraph's end, so an unclosed
//! mark never swallows the rest of the article.

use std::ops::Range;

/// One quotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuoteSpan {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// Byte offset of the first quoted character.
    pub start: usize,
    /// Byte offset after the last quoted character.
    pub end: usize,
    /// Byte offset after the closing mark (the paragraph end when unclosed).
    pub close: usize,
    /// A closing mark was found.
    pub closed: bool,
}

impl QuoteSpan {
    /// The whole span, marks included.
    pub fn outer(&self) -> Range<usize> {
        self.open..self.close
    }
}

fn opens_after(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | ':' | '/')
    })
}

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(char::is_alphanumeric)
}

/// The first byte of every mark: " ' ` and the lead bytes of “ ” ‘ ’ „ ‹ ›
/// (0xE2) and « » (0xC2). Other chars never change the pairing state. Found
/// with memchr (SIMD) in two searches, three bytes and two: offsets asked
/// only grow, so a search is redone only once its hit is passed.
struct MarkLeads<'t> {
    bytes: &'t [u8],
    /// The next hit of each search (`bytes.len()` for none), once searched.
    hits: [Option<usize>; 2],
}

impl MarkLeads<'_> {
    /// The first mark lead at or after `from`.
    fn next(&mut self, from: usize) -> Option<usize> {
        let rest = &self.bytes[from..];
        let len = self.bytes.len();
        let [three, two] = &mut self.hits;
        if three.is_none_or(|hit| hit < from) {
            *three = Some(memchr::memchr3(b'"', b'\'', 0xE2, rest).map_or(len, |p| from + p));
        }
        if two.is_none_or(|hit| hit < from) {
            *two = Some(memchr::memchr2(b'`', 0xC2, rest).map_or(len, |p| from + p));
        }
        let at = three.unwrap_or(len).min(two.unwrap_or(len));
        (at < len).then_some(at)
    }
}

/// Finds the quotations of `text[para]`.
pub fn find_quotes(text: &str, para: Range<usize>) -> Vec<QuoteSpan> {
    let bytes = &text.as_bytes()[..para.end];
    // Most paragraphs hold no quotation mark at all; the rest are walked from
    // one candidate mark to the next, not char by char.
    let mut leads = MarkLeads { bytes, hits: [None; 2] };
    let mut next_mark = |from: usize| leads.next(from);
    let char_at = |at: usize| text[at..para.end].chars().next();
    let mut spans = Vec::new();
    let mut open: Option<(usize, usize, &'static [char])> = None; // (mark offset, mark width, closers)
    let mut straight_depth = 0usize; // straight pairs open inside a curly quote
    let mut cursor = next_mark(para.start);
    while let Some(at) = cursor {
        let Some(mut c) = char_at(at) else { break };
        // Typewriter double quotes: '' and `` (as in NYT wire text) count as ".
        let doubled = matches!(c, '\'' | '`') && char_at(at + 1) == Some(c);
        if doubled {
            c = '"';
        }
        let prev = text[para.start..at].chars().next_back();
        let width = if doubled { 2 } else { c.len_utf8() };
        let mut resume = at + width;
        let next = char_at(resume);
        let next_is_space = next.is_none_or(|n| n.is_whitespace());
        match open {
            None => {
                let closers: Option<&'static [char]> = match c {
                    '“' => Some(&['”', '“']),
                    '„' => Some(&['“', '”']),
                    '«' => Some(&['»']),
                    '»' if !next_is_space && opens_after(prev) => Some(&['«', '»']),
                    '‹' => Some(&['›']),
                    '"' if opens_after(prev) && !next_is_space => Some(&['"', '”']),
                    '”' if opens_after(prev) && is_word(next) => Some(&['”']),
                    _ => None,
                };
                if let Some(closers) = closers {
                    open = Some((at, width, closers));
                    straight_depth = 0;
                } else if matches!(c, '‘' | '\'') && opens_after(prev) && is_word(next) {
                    if let Some((close_at, close)) = single_close(text, at, c, para.end) {
                        spans.push(span(text, at, c.len_utf8(), close_at, close.len_utf8()));
                        resume = close_at + close.len_utf8();
                    }
                }
            }
            Some((mark_at, open_width, closers)) => {
                let mut closes = closers.contains(&c)
                    && (c != '“' || !prev.is_some_and(char::is_whitespace))
                    && (c != '"' || !prev.is_some_and(char::is_whitespace) || !is_word(next));
                // Mixed marks (“We won," he said): a straight mark shaped as a
                // closer ends a curly quote, unless it closes a straight pair
                // nested inside (“The \"final\" word”).
                let curly = closers.contains(&'”') && !closers.contains(&'"');
                if curly && c == '"' {
                    if opens_after(prev) && is_word(next) {
                        straight_depth += 1;
                    } else if !prev.is_some_and(char::is_whitespace) && !is_word(next) {
                        closes = straight_depth == 0;
                        straight_depth = straight_depth.saturating_sub(1);
                    }
                }
                if closes {
                    spans.push(span(text, mark_at, open_width, at, width));
                    open = None;
                }
            }
        }
        cursor = next_mark(resume);
    }
    if let Some((mark_at, open_width, _)) = open {
        let content_start = mark_at + open_width;
        let (start, end) = trim(text, content_start, para.end);
        if start < end {
            spans.push(QuoteSpan { open: mark_at, start, end, close: para.end, closed: false });
        }
    }
    spans.retain(|s| s.start < s.end);
    spans
}

/// The offset and char of the mark closing a single quote `mark` opened at
/// `at`, if the paragraph (ending at `end`) has one: a ’ or ' after a
/// non-space and before a non-letter.
fn single_close(text: &str, at: usize, mark: char, end: usize) -> Option<(usize, char)> {
    let from = at + mark.len_utf8();
    let mut words = 1;
    let mut prev = mark;
    let mut chars = text[from..end].char_indices().peekable();
    while let Some((j, c)) = chars.next() {
        if c.is_whitespace() {
            words += 1;
        }
        if matches!(c, '’' | '\'') && !prev.is_whitespace() && !is_word(chars.peek().map(|x| x.1))
        {
            // A lone possessive ("the Joneses’ house") would close a one-word span.
            return (words >= 2).then_some((from + j, c));
        }
        if matches!(c, '“' | '”' | '"') {
            return None;
        }
        prev = c;
    }
    None
}

fn span(
    text: &str,
    open: usize,
    open_width: usize,
    close_at: usize,
    close_width: usize,
) -> QuoteSpan {
    let (start, end) = trim(text, open + open_width, close_at);
    QuoteSpan { open, start, end, close: close_at + close_width, closed: true }
}

fn trim(text: &str, start: usize, end: usize) -> (usize, usize) {
    let inner = &text[start..end];
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len() - inner.trim_end().len();
    let (s, e) = (start + lead, end - trail);
    if s <= e {
        (s, e)
    } else {
        (start, start)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quotes(text: &str) -> Vec<&str> {
        find_quotes(text, 0..text.len()).iter().map(|s| &text[s.start..s.end]).collect()
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(
            quotes("“We refused,” he said. He said \"no way\" twice."),
            ["We refused,", "no way"]
        );
    }

    #[test]
    fn nested_quotes_belong_to_the_outer_one() {
        assert_eq!(
            quotes("He said: “They call it ‘special’ now.”"),
            ["They call it ‘special’ now."]
        );
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        assert!(quotes("It’s the ’90s and Jones’ car isn’t here.").is_empty());
    }

    #[test]
    fn single_quotes_pair_within_the_paragraph() {
        assert_eq!(
            quotes("Officials said ‘the talks failed badly’ on Monday."),
            ["the talks failed badly"]
        );
    }

    #[test]
    fn unclosed_quote_ends_at_paragraph_end() {
        let text = "He said “this never closes. At all";
        let spans = find_quotes(text, 0..text.len());
        assert_eq!(spans.len(), 1);
        assert!(!spans[0].closed);
        assert_eq!(&text[spans[0].start..spans[0].end], "this never closes. At all");
    }

    #[test]
    fn typewriter_double_quotes() {
        assert_eq!(quotes("''It is over,'' he said. He didn't care."), ["It is over,"]);
    }

    #[test]
    fn straight_marks_nest_inside_curly_ones() {
        assert_eq!(
            quotes("“The decision, \"final\" as it is, stands,” he said."),
            ["The decision, \"final\" as it is, stands,"]
        );
    }

    const MIXED_MARKS: &str =
        r#"“We won," he said. "It is over.” Then “a "final" word," she said."#;

    #[test]
    fn a_straight_mark_closes_a_curly_quote() {
        assert_eq!(quotes(MIXED_MARKS), ["We won,", "It is over.", r#"a "final" word,"#]);
    }

    #[test]
    fn guillemets_and_german_marks() {
        assert_eq!(quotes("«Nyet», il a dit. „Ja“, sagte er."), ["Nyet", "Ja"]);
    }
}
