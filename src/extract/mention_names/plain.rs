//! Whether a capitalised word that opens a sentence is a plain word: the
//! article writes it in lower case too ("Proceeds will be used ...").

/// How far from the word, in bytes each way, its lower-case form is looked
/// for: the article around it, and a bounded cost in a huge one.
const LOWER_CASE_WINDOW: usize = 16 * 1024;

/// True when `lower` (a lower-case word) stands in lower case, as a whole
/// word, in the text around byte `at`.
pub(super) fn written_in_lower_case(text: &str, at: usize, lower: &str) -> bool {
    let mut from = at.saturating_sub(LOWER_CASE_WINDOW);
    let mut to = (at + LOWER_CASE_WINDOW).min(text.len());
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    while !text.is_char_boundary(to) {
        to += 1;
    }
    let window = &text[from..to];
    let word_byte = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let bytes = window.as_bytes();
    // memmem: SIMD, where `str`'s matcher tests the window byte by byte.
    memchr::memmem::find_iter(bytes, lower).any(|k| {
        let end = k + lower.len();
        (k == 0 || !word_byte(bytes[k - 1])) && bytes.get(end).is_none_or(|&b| !word_byte(b))
    })
}
