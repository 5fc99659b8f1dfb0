//! HTML character references left in plain text: "Bryn F&#244;n",
//! "AT&amp;T", "&nbsp;". Scraped text saved as plain text or JSON Lines
//! often keeps them; a name cut at "&#244;" is no name. HTML pages need no
//! pass of their own: their parser decodes references already, with the
//! tables this module reads too.

use markup5ever::data::{C1_REPLACEMENTS, NAMED_ENTITIES};
use std::borrow::Cow;

/// The longest reference read, ";" included: the longest name in
/// [`NAMED_ENTITIES`] is "CounterClockwiseContourIntegral;".
const LONGEST: usize = 33;

/// `text` with its character references replaced by their characters, as an
/// HTML parser reads them: the named ones of [`NAMED_ENTITIES`] (with their
/// ";"), decimal and hexadecimal ones, and 128–159 as windows-1252 ("&#146;"
/// is "’"). Any other "&" stays as written ("R&D", "&foo;", "&#0;").
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let end = tail.char_indices().take(LONGEST).find(|&(_, c)| c == ';').map(|(k, _)| k);
        match end.and_then(|end| characters(&tail[..=end]).map(|cs| (cs, end))) {
            Some(((first, second), end)) => {
                out.push(first);
                out.extend(second);
                rest = &tail[end + 1..];
            }
            None => {
                out.push('&');
                rest = tail;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The one or two characters of a reference after its "&", ";" included.
fn characters(reference: &str) -> Option<(char, Option<char>)> {
    let Some(number) = reference.strip_prefix('#') else {
        let &(first, second) = NAMED_ENTITIES.get(reference)?;
        return Some((char::from_u32(first)?, char::from_u32(second).filter(|&c| c != '\0')));
    };
    let digits = &number[..number.len() - 1];
    let code = match digits.strip_prefix(['x', 'X']) {
        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
        None => digits.parse().ok()?,
    };
    let c1 = code.checked_sub(0x80).and_then(|k| C1_REPLACEMENTS.get(k as usize)).copied();
    // Not a control character nor a surrogate: "&#0;" stays as written.
    let c = c1.flatten().or_else(|| char::from_u32(code))?;
    (!c.is_control() || c.is_whitespace()).then_some((c, None))
}

#[cfg(test)]
mod tests {
    use super::decode_entities;

    #[test]
    fn references_become_their_characters() {
        const TEXT: &str =
            "Bryn F&#244;n of AT&amp;T said &quot;no&quot;&hellip; &#x263A; R&D &foo; &#0; & done";
        const EXPECTED: &str = "Bryn Fôn of AT&T said \"no\"… ☺ R&D &foo; &#0; & done";
        assert_eq!(decode_entities(TEXT), EXPECTED);
    }

    #[test]
    fn the_parser_s_tables_name_and_number_references() {
        const TEXT: &str = "&copy; 2004 &#146;s &CounterClockwiseContourIntegral; &#X263A;";
        const EXPECTED: &str = "© 2004 ’s ∳ ☺";
        assert_eq!(decode_entities(TEXT), EXPECTED);
    }

    #[test]
    fn text_without_an_ampersand_is_borrowed() {
        assert!(matches!(decode_entities("plain text"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn an_ampersand_at_the_end_or_before_multibyte_text_is_kept() {
        assert_eq!(decode_entities("fish &"), "fish &");
        assert_eq!(decode_entities("a &ééééééééééé;"), "a &ééééééééééé;");
    }
}
