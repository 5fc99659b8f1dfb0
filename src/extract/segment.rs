//! Paragraphs and sentences.
//!
//! Paragraphs are separated by blank lines (a text without any blank line has
//! one paragraph a line). Sentences end at . ! ? … followed by space and a
//! capital, digit or opening mark — but not after an abbreviation of the
//! lexicon (Dr., Sen., U.S., Inc.) or an initial, and never inside a quotation,
//! so a quote of several sentences stays in the sentence that reports it.

mod ends;

use super::quotes::QuoteSpan;
use crate::lexicon::Lexicons;
use ends::{missing_space, sentence_goes_on};
use std::ops::Range;
use std::sync::LazyLock;

/// The searcher for a blank line, made once: making one cost more than a
/// search of a short article.
static BLANK_LINE: LazyLock<memchr::memmem::Finder<'static>> =
    LazyLock::new(|| memchr::memmem::Finder::new("\n\n"));

/// The paragraphs of `text`, trimmed, as byte ranges.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let bytes = text.as_bytes();
    // What `text.split(separator)` gives, found by memmem and memchr (SIMD,
    // where `str`'s matcher tests the text byte by byte).
    if BLANK_LINE.find(bytes).is_some() {
        trimmed_pieces(text, BLANK_LINE.find_iter(bytes), 2)
    } else {
        trimmed_pieces(text, memchr::memchr_iter(b'\n', bytes), 1)
    }
}

/// The pieces of `text` between the separators (of `separator_len` bytes)
/// that start at `ends`, trimmed, as byte ranges; empty ones left out.
fn trimmed_pieces(
    text: &str,
    ends: impl Iterator<Item = usize>,
    separator_len: usize,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for end in ends.chain([text.len()]) {
        let piece = &text[start..end];
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if !trimmed.is_empty() {
            out.push(start + lead..start + lead + trimmed.len());
        }
        start = end + separator_len;
    }
    out
}

fn closes_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// An ASCII byte that is no sentence mark.
fn plain(b: u8) -> bool {
    b.is_ascii() && !matches!(b, b'.' | b'!' | b'?')
}

/// The offset of the first byte of `bytes` that is not [`plain`]: eight
/// bytes at a time (bit tests for a non-ASCII byte, `.`, `!` or `?`) as
/// long as a block holds none.
fn first_not_plain(bytes: &[u8]) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGHS: u64 = 0x8080_8080_8080_8080;
    // Exact for "has a zero byte?", which is all that is asked.
    let zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGHS;
    let mut i = 0;
    while let Some(block) = bytes.get(i..i + 8) {
        let v = u64::from_le_bytes(block.try_into().unwrap_or_default());
        let marks = zero(v ^ (ONES * 0x2E)) | zero(v ^ (ONES * 0x21)) | zero(v ^ (ONES * 0x3F));
        if (v & HIGHS) | marks != 0 {
            break;
        }
        i += 8;
    }
    bytes[i..].iter().position(|&b| !plain(b)).map(|p| i + p)
}

fn trails_sentence(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

fn starts_sentence(c: char) -> bool {
    c.is_uppercase()
        || c.is_ascii_digit()
        || matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«' | '„' | '—' | '–')
}

/// The sentences of paragraph `para`, as byte ranges; `quotes` are the
/// paragraph's quotations (no sentence ends inside one).
pub fn sentences(
    text: &str,
    para: Range<usize>,
    quotes: &[QuoteSpan],
    lex: &Lexicons,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    sentences_into(text, para, quotes, lex, &mut out);
    out
}

/// [`sentences`] into `out` (emptied first): the extractor reuses one
/// vector from paragraph to paragraph.
pub fn sentences_into(
    text: &str,
    para: Range<usize>,
    quotes: &[QuoteSpan],
    lex: &Lexicons,
    out: &mut Vec<Range<usize>>,
) {
    out.clear();
    let mut start = para.start;
    let mut q = 0;
    let mut i = para.start;
    let bytes = text.as_bytes();
    while i < para.end {
        // Most bytes are ASCII that neither ends a sentence nor closes a quote:
        // jump over them without decoding chars. Only a mark, a non-ASCII
        // char or the last byte of the current quote can end a sentence.
        if plain(bytes[i]) {
            while q < quotes.len() && quotes[q].close <= i {
                q += 1;
            }
            let limit = quotes.get(q).map_or(para.end, |x| (x.close - 1).min(para.end));
            if i < limit {
                i = first_not_plain(&bytes[i..limit]).map_or(limit, |p| i + p);
                continue;
            }
        }
        let c = text[i..].chars().next().unwrap_or(' ');
        let len = c.len_utf8();
        while q < quotes.len() && quotes[q].close <= i {
            q += 1;
        }
        let in_quote = q < quotes.len() && quotes[q].open <= i && i < quotes[q].close;
        // A quote that ends its own sentence ("... conditions.” The end") closes it.
        let ends_quote = in_quote && quotes[q].closed && i + len == quotes[q].close && {
            let inner = text[quotes[q].start..quotes[q].end].trim_end();
            inner.ends_with(['.', '!', '?', '…'])
                && !(inner.ends_with(['!', '?'])
                    && attribution_follows(&text[quotes[q].close..para.end], lex))
        };
        if (!closes_sentence(c) || in_quote) && !ends_quote {
            i += len;
            continue;
        }
        // Extend over repeated marks and closing quotes/brackets.
        let mut end = i + len;
        while end < para.end {
            let d = text[end..].chars().next().unwrap_or(' ');
            if closes_sentence(d) || trails_sentence(d) {
                end += d.len_utf8();
            } else {
                break;
            }
        }
        let after_space = text[end..para.end].trim_start();
        let gap = (para.end - end) - after_space.len();
        let next = after_space.chars().next();
        let boundary = gap > 0
            && next.is_some_and(starts_sentence)
            && !(c == '.' && sentence_goes_on(text, start, i, after_space, lex))
            || c == '.' && end == i + 1 && missing_space(text, start, i, para.end);
        if boundary {
            out.push(start..end);
            start = end + gap;
        }
        i = end.max(i + len);
    }
    if start < para.end {
        out.push(start..para.end);
    }
}

/// True when `rest`, the text after a quote that ends in ! or ?, starts with
/// the quote's short attribution ("“Why not?” Trump asked."): a reporting verb
/// among the first four words of a piece of at most eight that ends the sentence.
fn attribution_follows(rest: &str, lex: &Lexicons) -> bool {
    let piece = rest.find(['.', '!', '?']).map_or(rest, |end| &rest[..end]);
    let words: Vec<String> = piece
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    words.len() <= 8
        && (0..words.len().min(4)).any(|i| lex.cue_verbs.longest(&words[i..]).is_some())
}

/// Cuts `range` into pieces of at most `max` bytes, at white space where
/// possible. An iterator: nearly every sentence is one piece, and a vector
/// for it cost an allocation a sentence.
pub fn bounded(
    text: &str,
    range: Range<usize>,
    max: usize,
) -> impl Iterator<Item = Range<usize>> + '_ {
    let mut start = range.start;
    std::iter::from_fn(move || {
        if start >= range.end {
            return None;
        }
        if range.end - start <= max {
            let last = start..range.end;
            start = range.end;
            return Some(last);
        }
        let mut cut = start + max;
        while !text.is_char_boundary(cut) {
            cut -= 1;
        }
        let cut =
            text[start..cut].rfind(char::is_whitespace).map_or(cut, |p| start + p).max(start + 1);
        let cut = (cut..range.end).find(|&c| text.is_char_boundary(c)).unwrap_or(range.end);
        let piece = start..cut;
        start = cut;
        while start < range.end && text[start..].starts_with(char::is_whitespace) {
            start += text[start..].chars().next().map_or(1, char::len_utf8);
        }
        Some(piece)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::quotes::find_quotes;

    #[test]
    fn the_block_scan_finds_the_first_byte_a_sentence_may_end_at() {
        let naive = |b: &[u8]| b.iter().position(|&x| !plain(x));
        for text in ["", "abc", "abcdefghijklmnop", "abcdefgh. x", "abcdefghijkl?", "abcdefghijk—"]
        {
            assert_eq!(first_not_plain(text.as_bytes()), naive(text.as_bytes()), "{text}");
        }
    }

    fn split(text: &str) -> Vec<&str> {
        let lex = Lexicons::builtin();
        let para = 0..text.len();
        let quotes = find_quotes(text, para.clone());
        sentences(text, para, &quotes, &lex).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn run_together_initials_do_not_end_sentences() {
        assert_eq!(
            split("Rep. G.K. Butterfield spoke. J.K. Rowling agreed."),
            ["Rep. G.K. Butterfield spoke.", "J.K. Rowling agreed."]
        );
    }

    #[test]
    fn a_period_whose_space_was_lost_ends_a_sentence_but_not_a_domain_or_ticker() {
        assert_eq!(
            split("Shots rang out on Parliament Hill.While Tony Clement hid. One.Tel, Halo.Bungie.Org and <skbs.St> fell."),
            ["Shots rang out on Parliament Hill.", "While Tony Clement hid.", "One.Tel, Halo.Bungie.Org and <skbs.St> fell."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Dr. Matthew Schmidt spoke. Sen. Warner of the U.S. Senate agreed. Acme Inc. said no."),
            ["Dr. Matthew Schmidt spoke.", "Sen. Warner of the U.S. Senate agreed.", "Acme Inc. said no."]
        );
        // ... but a word that only opens sentences ends one after them.
        assert_eq!(
            split("The bid came from Acme Inc. The company said it would sue Zorbex Corp. It declined. The U.S. And Japan agreed."),
            ["The bid came from Acme Inc.", "The company said it would sue Zorbex Corp.", "It declined.", "The U.S. And Japan agreed."]
        );
    }

    #[test]
    fn quotes_keep_their_sentences_together() {
        assert_eq!(
            split("Schmidt said that “You can see it. Their conditions.” The end is near!"),
            ["Schmidt said that “You can see it. Their conditions.”", "The end is near!"]
        );
    }

    const ASKED: &str = "“Why not?” Trump asked reporters. “We won!” The crowd cheered.";

    #[test]
    fn a_question_keeps_its_attribution() {
        assert_eq!(
            split(ASKED),
            ["“Why not?” Trump asked reporters.", "“We won!”", "The crowd cheered."]
        );
    }

    #[test]
    fn initials_and_lowercase_continuations() {
        assert_eq!(
            split("John F. Kennedy spoke. it was late."),
            ["John F. Kennedy spoke. it was late."]
        );
    }

    #[test]
    fn long_sentences_are_cut_at_white_space() {
        let text = "aaaa bbbb cccc dddd";
        let pieces: Vec<&str> = bounded(text, 0..text.len(), 10).map(|r| &text[r]).collect();
        assert_eq!(pieces, ["aaaa bbbb", "cccc dddd"]);
    }

    #[test]
    fn paragraphs_by_blank_lines_or_lines() {
        let text = "One.\nstill one.\n\n  Two.  \n\n";
        let p: Vec<&str> = paragraphs(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(p, ["One.\nstill one.", "Two."]);
        let lines = "A.\nB.";
        assert_eq!(paragraphs(lines).len(), 2);
    }
}
