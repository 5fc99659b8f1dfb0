//! What a byte is to the word scans of the lexicon's actor patterns and of
//! the index's analysers: part of no word (ASCII but not a letter or digit),
//! an ASCII letter or digit, or the first byte of a char past ASCII (which
//! the char itself decides). Most text is ASCII, and a table lookup per
//! byte is far cheaper than decoding a char and asking its category.

/// An ASCII byte that is no letter or digit.
pub(crate) const OTHER: u8 = 0;
/// An ASCII letter or digit.
pub(crate) const ASCII_WORD: u8 = 1;
/// A byte of a char past ASCII: decode the char to classify it.
pub(crate) const NON_ASCII: u8 = 2;

/// The class of every byte.
pub(crate) const CLASS: [u8; 256] = {
    let mut t = [OTHER; 256];
    let mut b = 0;
    while b < 256 {
        let u = b as u8;
        if u.is_ascii_alphanumeric() {
            t[b] = ASCII_WORD;
        } else if u >= 0x80 {
            t[b] = NON_ASCII;
        }
        b += 1;
    }
    t
};
