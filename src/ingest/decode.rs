//! Bytes to text: byte-order marks, declared and guessed encodings, binary files.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, UTF_8, WINDOWS_1251, WINDOWS_1252};

/// Known binary formats by their first bytes.
const MAGIC: &[(&[u8], &str)] = &[
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"\x7fELF", "an executable"),
    (b"RIFF", "a RIFF media file"),
];

/// Why bytes are not article text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotText(pub String);

/// Decodes `bytes` to text. `declared` is a charset label found in the file
/// (an HTML meta tag); without one, UTF-8 is tried and then a single-byte
/// encoding is guessed (windows-1251 for mostly-Cyrillic bytes, else windows-1252).
pub fn decode(bytes: &[u8], declared: Option<&str>) -> Result<String, NotText> {
    if let Some((encoding, bom_len)) = Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom_len..]);
        return Ok(text.into_owned());
    }
    if let Some(kind) = binary_kind(bytes) {
        return Err(NotText(format!("binary file ({kind})")));
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_string());
    }
    if declared.is_none() && mostly_utf8(bytes) {
        // A UTF-8 file with a stray bad byte: keep its “quotes”, not mojibake.
        return Ok(String::from_utf8_lossy(bytes).into_owned());
    }
    let encoding = declared
        .and_then(|label| Encoding::for_label(label.as_bytes()))
        .filter(|e| *e != UTF_16LE && *e != UTF_16BE)
        .unwrap_or_else(|| guess_single_byte(bytes));
    let (text, _, _) = encoding.decode(bytes);
    Ok(text.into_owned())
}

/// The encoding an undeclared non-UTF-8 text most likely has.
fn guess_single_byte(bytes: &[u8]) -> &'static Encoding {
    if std::str::from_utf8(bytes).is_ok() {
        return UTF_8;
    }
    // Cyrillic in windows-1251 lives in 0xC0..=0xFF and dominates a Russian
    // text's letters; Western text has only occasional accented letters.
    let high = bytes.iter().filter(|&&b| b >= 0xC0).count();
    let letters = bytes.iter().filter(|b| b.is_ascii_alphabetic()).count() + high;
    if letters > 0 && high * 10 > letters * 4 {
        WINDOWS_1251
    } else {
        WINDOWS_1252
    }
}

/// True when valid multi-byte UTF-8 characters are at least as many as the
/// invalid sequences: single-byte texts almost never form valid UTF-8 pairs.
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut multi, mut invalid) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        multi += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    multi > 0 && multi >= invalid
}

/// Names the binary format of `bytes`, if they are not text.
fn binary_kind(bytes: &[u8]) -> Option<&'static str> {
    if let Some((_, kind)) = MAGIC.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        return Some(kind);
    }
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head
        .iter()
        .filter(|&&b| b == 0 || (b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)))
        .count();
    (head.contains(&0) || controls * 20 > head.len().max(1)).then_some("binary data")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_bom_loses_the_bom() {
        assert_eq!(decode(b"\xef\xbb\xbfHello", None).unwrap(), "Hello");
    }

    #[test]
    fn utf16_with_bom_is_decoded() {
        let bytes: Vec<u8> = [0xff, 0xfe]
            .into_iter()
            .chain("Hi “x”".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&bytes, None).unwrap(), "Hi “x”");
    }

    #[test]
    fn windows_1251_is_guessed_for_cyrillic() {
        let (bytes, _, _) = WINDOWS_1251.encode("Роскомнадзор заблокировал Твиттер");
        assert_eq!(decode(&bytes, None).unwrap(), "Роскомнадзор заблокировал Твиттер");
    }

    #[test]
    fn latin1_is_guessed_for_western_text() {
        assert_eq!(decode(b"caf\xe9 cr\xe8me", None).unwrap(), "café crème");
    }

    #[test]
    fn utf8_with_a_stray_byte_stays_utf8() {
        let bytes = b"\xe2\x80\x9cWe fight \xff on,\xe2\x80\x9d said Alp Toker.";
        assert_eq!(decode(bytes, None).unwrap(), "“We fight \u{fffd} on,” said Alp Toker.");
    }

    #[test]
    fn declared_charset_wins() {
        let (bytes, _, _) = WINDOWS_1251.encode("Да");
        assert_eq!(decode(&bytes, Some("windows-1251")).unwrap(), "Да");
    }

    #[test]
    fn binary_files_are_named() {
        assert_eq!(decode(b"%PDF-1.4\n...", None).unwrap_err().0, "binary file (a PDF document)");
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0", None).is_err());
        assert!(decode(b"abc\0def", None).is_err());
    }
}
