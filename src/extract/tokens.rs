//! Words and punctuation with their byte offsets.
//!
//! A word is a run of letters and digits that may hold an inner apostrophe,
//! period, hyphen or ampersand ("don’t", "U.S", "Lenta.Ru", "vice-president",
//! "AT&T"); everything else but white space is a one-character punctuation token.

use crate::lexicon::KeyedWord;
use std::ops::Range;

/// One token of the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset after the last byte.
    pub end: usize,
    /// A word (true) or a punctuation character (false).
    pub word: bool,
    /// Inside quotation marks.
    pub quoted: bool,
    /// Every byte is ASCII (as the tokenizer saw, without a second scan).
    pub ascii: bool,
    /// The first char is upper-case, as [`is_capitalised`] says of the
    /// text (the tokenizer has the char in hand; the rules ask of most words).
    pub capitalised: bool,
    /// A word with an inner joiner ("U.S", "don't", "AT&T", "vice-president"):
    /// more than one run of letters and digits.
    pub joined: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// [`is_capitalised`] of the token's text, as the tokenizer noted it.
    #[inline(always)]
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }
}

fn inner_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '.' | '-' | '‑' | '&')
}

/// Tokenises `text[range]`; `quoted` ranges mark tokens inside quotation marks.
pub fn tokenize(text: &str, range: Range<usize>, quoted: &[Range<usize>]) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, range, quoted, &mut out);
    out
}

/// [`tokenize`] into `out` (emptied first): the extractor reuses one
/// vector from sentence to sentence.
pub fn tokenize_into(
    text: &str,
    range: Range<usize>,
    quoted: &[Range<usize>],
    out: &mut Vec<Token>,
) {
    out.clear();
    // A token in four bytes: news text runs a little under it, so the vector
    // seldom grows (a byte in five made a third of the sentences grow).
    out.reserve((range.end - range.start) / 4);
    let mut i = range.start;
    let mut q = 0;
    while i < range.end {
        let start = i;
        // An ASCII byte is classified by the table, a char decoded only past ASCII.
        let b = text.as_bytes()[i];
        let (word, len, capitalised) = match BYTE_CLASS[usize::from(b)] {
            SPACE => {
                i += 1;
                continue;
            }
            WORD => (true, 1, b.is_ascii_uppercase()),
            MARK => (false, 1, false),
            _ => {
                let c = char_at(text, i);
                if c.is_whitespace() {
                    i += c.len_utf8();
                    continue;
                }
                (c.is_alphanumeric(), c.len_utf8(), c.is_uppercase())
            }
        };
        let (mut end, mut ascii, mut joined) = (start + len, len == 1, false);
        if word {
            // Most words are one run of ASCII letters and digits ended by a
            // space or a mark that joins nothing: a table lookup a byte, and
            // no char to decode; the rest of a word runs out of line.
            end = ascii_run_end(text.as_bytes(), end, range.end);
            if end < range.end && !ends_word(text.as_bytes()[end]) {
                (end, ascii, joined) = word_rest(text, end, range.end, ascii);
            }
        }
        while q < quoted.len() && quoted[q].end <= start {
            q += 1;
        }
        let in_quote = q < quoted.len() && quoted[q].start <= start && start < quoted[q].end;
        // "al-Baghdadi": an article's hyphen joins the name to it.
        let capitalised = capitalised || (joined && article_prefixed(&text.as_bytes()[start..end]));
        out.push(Token { start, end, word, quoted: in_quote, ascii, capitalised, joined });
        // Most words are followed by one space: stepped over here, not by
        // a turn of the loop.
        let space = end < range.end && text.as_bytes()[end] == b' ';
        i = end + usize::from(space);
    }
}

/// The end of the run of ASCII letters and digits in `bytes[from..limit]`.
#[inline(always)]
fn ascii_run_end(bytes: &[u8], mut at: usize, limit: usize) -> usize {
    let bytes = &bytes[..limit];
    while bytes.get(at).is_some_and(|&b| BYTE_CLASS[usize::from(b)] == WORD) {
        at += 1;
    }
    at
}

/// True when the byte after a run of letters and digits ends the word, as
/// [`word_rest`] would say, with no char to decode: a space, or a mark that
/// joins no word parts.
#[inline(always)]
fn ends_word(b: u8) -> bool {
    match BYTE_CLASS[usize::from(b)] {
        SPACE => true,
        MARK => !matches!(b, b'\'' | b'.' | b'-' | b'&'),
        _ => false,
    }
}

/// The rest of a word whose run of ASCII letters and digits stops at `end`
/// before `limit`, at a char past ASCII or a mark that may join ("U.S",
/// "don't", "Zürich"): where it ends, whether it is all ASCII (given the
/// part before `end`), and whether an inner joiner joins it.
#[inline(never)]
fn word_rest(text: &str, mut end: usize, limit: usize, mut ascii: bool) -> (usize, bool, bool) {
    let mut joined = false;
    loop {
        let d = char_at(text, end);
        let after = end + d.len_utf8();
        let joins = inner_joiner(d) && after < limit && char_at(text, after).is_alphanumeric();
        if !d.is_alphanumeric() && !joins {
            break;
        }
        ascii &= d.is_ascii();
        joined |= joins;
        end = ascii_run_end(text.as_bytes(), after, limit);
        if end == limit || ends_word(text.as_bytes()[end]) {
            break;
        }
    }
    (end, ascii, joined)
}

/// What a byte is to the tokenizer: an ASCII space, letter or digit, or
/// other mark, or the start of a char past ASCII.
const SPACE: u8 = 0;
const WORD: u8 = 1;
const MARK: u8 = 2;
const NOT_ASCII: u8 = 3;

const BYTE_CLASS: [u8; 256] = {
    let mut t = [NOT_ASCII; 256];
    let mut b = 0;
    while b < 128 {
        // As `char::is_whitespace` and `char::is_alphanumeric` say of ASCII.
        t[b] = match b as u8 {
            b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r' => SPACE,
            c if c.is_ascii_alphanumeric() => WORD,
            _ => MARK,
        };
        b += 1;
    }
    t
};

/// The char at byte `i` (a char boundary), decoded only when it is not ASCII.
#[inline(always)]
fn char_at(text: &str, i: usize) -> char {
    let b = text.as_bytes()[i];
    if b.is_ascii() {
        char::from(b)
    } else {
        text[i..].chars().next().unwrap_or(char::REPLACEMENT_CHARACTER)
    }
}

/// Lower-cases a word, folding curly apostrophes to straight ones.
pub fn lower(word: &str) -> String {
    // Most words are ASCII: no Unicode tables, no apostrophe to fold.
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let mut s = word.to_lowercase();
    if s.contains('’') {
        s = s.replace('’', "'");
    }
    s
}

/// The lower-cased texts of `toks` (as [`lower`] makes them), each with its
/// filter bit, as slices of `buf`: the sentence's span lower-cased in one
/// pass (a loop the compiler vectorises), then each word past ASCII
/// lower-cased by [`lower`] after it. One string a sentence, reused from
/// sentence to sentence, instead of one a word. Each word gets the marks
/// `marks` gives its filter bit.
pub fn lowered_words<'b>(
    toks: &[Token],
    text: &str,
    buf: &'b mut String,
    marks: impl Fn(usize) -> u32,
) -> Vec<KeyedWord<'b>> {
    let mut out = Vec::new();
    lowered_words_into(toks, text, buf, marks, &mut out);
    out
}

/// [`lowered_words`] into `out` (emptied first): the extractor reuses one
/// vector from sentence to sentence.
pub fn lowered_words_into<'b>(
    toks: &[Token],
    text: &str,
    buf: &'b mut String,
    marks: impl Fn(usize) -> u32,
    out: &mut Vec<KeyedWord<'b>>,
) {
    buf.clear();
    out.clear();
    let (Some(first), Some(last)) = (toks.first(), toks.last()) else { return };
    let base = first.start;
    buf.push_str(&text[base..last.end]);
    buf.make_ascii_lowercase();
    // Where each word past ASCII ends in `buf`, in token order.
    let mut lowered_ends = Vec::new();
    for t in toks.iter().filter(|t| !t.ascii) {
        buf.push_str(&lower(t.text(text)));
        lowered_ends.push(buf.len());
    }
    let buf: &'b str = buf;
    let mut from = last.end - base;
    let mut ends = lowered_ends.into_iter();
    let mut word = |t: &Token| {
        if t.ascii {
            return &buf[t.start - base..t.end - base];
        }
        let end = ends.next().unwrap_or(from);
        let word = &buf[from..end];
        from = end;
        word
    };
    out.extend(toks.iter().map(|t| KeyedWord::new(word(t)).with_marks(&marks)));
}

/// An empty vector with the allocation of `words`, for words of another
/// lifetime (each sentence's words borrow the lower-cased text anew). The
/// map never runs, and the collect reuses the allocation in place.
pub fn recycle<'b>(mut words: Vec<KeyedWord<'_>>) -> Vec<KeyedWord<'b>> {
    words.clear();
    words.into_iter().map(|_| KeyedWord::default()).collect()
}

/// True when most of the words among `toks` are capitalised (at least 7 in
/// 10 of at least 3) and every word in lower case is one a title leaves so
/// ([`TITLE_MINOR_WORDS`], or a number): a title-case headline, whose capitals
/// hide the grammar. "Trump criticised Mitch McConnell." has its verb in lower
/// case: a sentence full of names. `lowered` holds the words of `toks`.
pub fn is_title_case(toks: &[Token], lowered: &[KeyedWord]) -> bool {
    let (mut n, mut caps) = (0, 0);
    for t in toks {
        n += usize::from(t.word);
        caps += usize::from(t.word & t.capitalised);
    }
    // A link or handle keeps its case in any title ("http://t.co/GOgal",
    // "(@siteintelgroup)").
    let in_link = |k: usize| {
        let w = |j: usize| lowered.get(j).map_or("", |w| w.as_str());
        matches!(w(k), "http" | "https" | "www")
            || k > 0 && matches!(w(k - 1), "@" | "#" | "/" | "." | ":" | "http" | "https" | "www")
    };
    let minor = |k: usize| {
        !toks[k].word
            || toks[k].capitalised
            || !lowered[k].as_str().starts_with(char::is_alphabetic)
            || TITLE_MINOR_WORDS.contains(&lowered[k].as_str())
            || in_link(k)
    };
    n >= 3 && caps * 10 >= n * 7 && (0..toks.len().min(lowered.len())).all(minor)
}

/// Words a title-case headline writes in lower case: articles, conjunctions,
/// prepositions ("Trump Fires Comey over Russia Probe").
const TITLE_MINOR_WORDS: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
    "off", "on", "per", "to", "up", "via", "vs", "v", "with", "from", "into", "over", "than",
    "onto", "upon", "amid", "out", "after", "about", "against", "s", "n't", "t",
];

/// True when the word is initials: one capital letter, or several joined by
/// periods ("F", "G.K", "J.R.R"), as a name writes them.
pub fn is_initials(word: &str) -> bool {
    // ASCII: capitals at even places, periods between ("G.K"), told without
    // splitting the word.
    if word.is_ascii() {
        let b = word.as_bytes();
        return b.len() % 2 == 1
            && b.iter().enumerate().all(|(k, c)| match k % 2 {
                0 => c.is_ascii_uppercase(),
                _ => *c == b'.',
            });
    }
    let initial = |p: &str| p.chars().count() == 1 && p.chars().all(char::is_uppercase);
    word.split('.').all(initial)
}

/// True when the word starts with an upper-case letter.
pub fn is_capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase) || article_prefixed(word.as_bytes())
}

/// True for a name written after an Arabic article in lower case
/// ("al-Baghdadi", "el-Sisi"): capitalised as a name is.
fn article_prefixed(word: &[u8]) -> bool {
    matches!(word, [b'a' | b'e', b'l', b'-', c, ..] if c.is_ascii_uppercase())
}

/// The word without a possessive ending ("Russia’s" → "Russia"). Inlined:
/// asked of most name words, and most words end otherwise.
#[inline]
pub fn strip_possessive(word: &str) -> (&str, bool) {
    // Every ending ends in "s" or "S": most words end otherwise.
    if !matches!(word.as_bytes().last(), Some(b's' | b'S')) {
        return (word, false);
    }
    for suffix in ["’s", "'s", "’S", "'S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return (stem, true);
            }
        }
    }
    (word, false)
}

/// A plural possessive after the token before `end`: "the miners' leaders",
/// "Woods' agent". The apostrophe is glued to a word in s and a word follows
/// it on the same side of any quotation (a closing mark has quoted words
/// before it only).
pub fn plural_possessive_at(toks: &[Token], text: &str, end: usize) -> bool {
    let (Some(last), Some(mark), Some(next)) =
        (end.checked_sub(1).and_then(|k| toks.get(k)), toks.get(end), toks.get(end + 1))
    else {
        return false;
    };
    matches!(text.as_bytes()[last.end - 1], b's' | b'S')
        && last.end == mark.start
        && matches!(mark.text(text), "'" | "’")
        && next.word
        && next.start > mark.end
        && last.quoted == next.quoted
}

#[cfg(test)]
mod tests;
