//! HTML character references left in plain text: "Bryn F&#244;n",
//! "AT&amp;T", "&nbsp;". Scraped text saved as plain text or JSON Lines
//! often keeps them; a name cut at "&#244;" is no name. HTML pages need no
//! pass of their own: their parser decodes references already.

use std::borrow::Cow;

/// The longest reference read: "&#x1F600;" and "&hellip;" fit.
const LONGEST: usize = 10;

/// Named references that news text carries, with their characters.
const NAMED: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("nbsp", '\u{a0}'),
    ("hellip", '…'),
    ("mdash", '—'),
    ("ndash", '–'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("eacute", 'é'),
    ("pound", '£'),
    ("euro", '€'),
];

/// `text` with its numeric references and the [`NAMED`] ones replaced by
/// their characters; any other "&" stays as written ("R&D", "&foo;").
pub fn decode_entities(text: &str) -> Cow<'_, str> {
    if memchr::memchr(b'&', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let tail = &rest[at + 1..];
        let reference = tail
            .char_indices()
            .take(LONGEST)
            .find(|&(_, c)| c == ';')
            .and_then(|(end, _)| character(&tail[..end]).map(|c| (c, end)));
        match reference {
            Some((c, end)) => {
                out.push(c);
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

/// The character of a reference's name between "&" and ";".
fn character(name: &str) -> Option<char> {
    let number = |digits: &str, radix: u32| u32::from_str_radix(digits, radix).ok();
    let code = match name.strip_prefix('#') {
        Some(hex) if hex.starts_with(['x', 'X']) => number(&hex[1..], 16),
        Some(dec) => number(dec, 10),
        None => return NAMED.iter().find(|(n, _)| *n == name).map(|&(_, c)| c),
    };
    // Not a control character nor a surrogate: "&#0;" stays as written.
    code.and_then(char::from_u32).filter(|c| !c.is_control() || c.is_whitespace())
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
    fn text_without_an_ampersand_is_borrowed() {
        assert!(matches!(decode_entities("plain text"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn an_ampersand_at_the_end_or_before_multibyte_text_is_kept() {
        assert_eq!(decode_entities("fish &"), "fish &");
        assert_eq!(decode_entities("a &ééééééééééé;"), "a &ééééééééééé;");
    }
}
