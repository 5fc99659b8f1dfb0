//! A claim as one line of JSON, byte for byte what `serde_json` writes for
//! it (the test holds the two together), written faster: claims are mostly
//! text (content and sentence), and the text is tested sixteen bytes at a
//! time, not byte by byte, and copied where none needs escaping. Used for
//! `--format jsonl` and for the copy of each claim the index stores.

use crate::model::Claim;

/// Appends `claim` as a JSON object (no newline) to `out`.
pub(crate) fn write_claim(out: &mut String, c: &Claim) {
    write_claim_as(out, c, &c.article);
}

/// [`write_claim`] with `article` in place of the claim's own article id.
pub(crate) fn write_claim_as(out: &mut String, c: &Claim, article: &str) {
    write_fields(out, c, article, Nulls::Written);
}

/// The copy of a claim the index stores: [`write_claim_as`] without the
/// keys whose value is null, which `serde_json` reads back as `None` all the
/// same. A tenth of the bytes the store compresses, and fewer to read back.
pub(crate) fn write_stored_claim(out: &mut String, c: &Claim, article: &str) {
    write_fields(out, c, article, Nulls::Left);
}

/// Whether a contract field without a value is written as `null` or left out.
#[derive(Clone, Copy, PartialEq)]
enum Nulls {
    Written,
    Left,
}

fn write_fields(out: &mut String, c: &Claim, article: &str, nulls: Nulls) {
    out.push_str("{\"article\":");
    string(out, article);
    out.push_str(",\"kind\":");
    word(out, c.kind.as_str());
    for (key, value) in [
        (",\"speaker\":", &c.speaker),
        (",\"speaker_mention\":", &c.speaker_mention),
        (",\"speaker_role\":", &c.speaker_role),
        (",\"cue\":", &c.cue),
    ] {
        optional(out, key, value.as_deref(), nulls);
    }
    out.push_str(",\"content\":");
    string(out, &c.content);
    for (key, value) in
        [(",\"actor\":", &c.actor), (",\"action\":", &c.action), (",\"target\":", &c.target)]
    {
        optional(out, key, value.as_deref(), nulls);
    }
    out.push_str(if c.negated { ",\"negated\":true" } else { ",\"negated\":false" });
    out.push_str(",\"start\":");
    number(out, c.start);
    out.push_str(",\"end\":");
    number(out, c.end);
    out.push_str(",\"sentence\":");
    string(out, &c.sentence);
    out.push_str(",\"rule\":");
    string(out, &c.rule);
    // Extensions: absent when unknown.
    for (key, value) in [(",\"cameo\":", &c.cameo), (",\"modality\":", &c.modality)] {
        if let Some(v) = value {
            out.push_str(key);
            string(out, v);
        }
    }
    for (key, kind) in [
        (",\"speaker_kind\":", c.speaker_kind),
        (",\"actor_kind\":", c.actor_kind),
        (",\"target_kind\":", c.target_kind),
    ] {
        if let Some(k) = kind {
            out.push_str(key);
            word(out, k.as_str());
        }
    }
    out.push('}');
}

/// `n` in decimal, as `Display` writes it, without the formatting machinery
/// and the string it allocates.
fn number(out: &mut String, mut n: usize) {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    for &d in &digits[at..] {
        out.push(char::from(d));
    }
}

fn optional(out: &mut String, key: &str, value: Option<&str>, nulls: Nulls) {
    match value {
        Some(v) => {
            out.push_str(key);
            string(out, v);
        }
        None if nulls == Nulls::Written => {
            out.push_str(key);
            out.push_str("null");
        }
        None => {}
    }
}

/// A name of the contract's (a claim's or an actor's kind: lower-case
/// letters) as a JSON string: nothing to escape, so nothing to test.
fn word(out: &mut String, s: &'static str) {
    debug_assert!(s.bytes().all(|b| b.is_ascii_lowercase()));
    out.push('"');
    out.push_str(s);
    out.push('"');
}

/// `s` as a JSON string, escaped as `serde_json` escapes it. Every byte
/// escaped is ASCII, so the runs copied between them are whole characters.
fn string(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    out.reserve(bytes.len() + 2);
    out.push('"');
    let (mut copied, mut i) = (0, 0);
    // Sixteen bytes at a time, then eight; a block with a byte to escape
    // says which is the first, so the bytes before it are not tested again.
    for width in [16, 8] {
        while let Some(block) = bytes.get(i..i + width) {
            let (low, high) = block.split_at(8);
            let low = to_escape(u64::from_le_bytes(low.try_into().unwrap_or_default()));
            let high = match high.try_into() {
                Ok(high) => to_escape(u64::from_le_bytes(high)),
                Err(_) => 0,
            };
            if low | high == 0 {
                i += width;
                continue;
            }
            let first = if low != 0 { low.trailing_zeros() } else { 64 + high.trailing_zeros() };
            let at = i + (first / 8) as usize;
            out.push_str(&s[copied..at]);
            escape(out, bytes[at]);
            i = at + 1;
            copied = i;
        }
    }
    // The last seven bytes or fewer: tested with the eight bytes that end
    // the string when it has eight, the ones tested already shifted out (a
    // byte that needs no escape flags none above it); one by one otherwise,
    // or from the first flagged.
    let rest = bytes.len() - i;
    if rest > 0 && bytes.len() >= 8 {
        let last = bytes[bytes.len() - 8..].try_into().map_or(0, u64::from_le_bytes);
        let flagged = to_escape(last) >> (8 * (8 - rest));
        i += match flagged {
            0 => rest,
            _ => (flagged.trailing_zeros() / 8) as usize,
        };
    }
    for (at, &b) in bytes.iter().enumerate().skip(i) {
        if must_escape(b) {
            out.push_str(&s[copied..at]);
            escape(out, b);
            copied = at + 1;
        }
    }
    out.push_str(&s[copied..]);
    out.push('"');
}

/// A control character, a quotation mark or a backslash.
fn must_escape(b: u8) -> bool {
    b < 0x20 || b == b'"' || b == b'\\'
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGHS: u64 = 0x8080_8080_8080_8080;

/// The high bit of each byte of `block` that must be escaped: one below
/// 0x20, equal to `"` or to `\`. Only the lowest set bit is exact (a byte
/// above a flagged one may be flagged by the borrow), and zero means none.
fn to_escape(block: u64) -> u64 {
    let below = |x: u64, n: u64| x.wrapping_sub(ONES * n) & !x & HIGHS;
    let zero = |x: u64| below(x, 1);
    below(block, 0x20) | zero(block ^ (ONES * 0x22)) | zero(block ^ (ONES * 0x5C))
}

fn escape(out: &mut String, b: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match b {
        b'"' => Some('"'),
        b'\\' => Some('\\'),
        0x08 => Some('b'),
        0x0C => Some('f'),
        b'\n' => Some('n'),
        b'\r' => Some('r'),
        b'\t' => Some('t'),
        _ => None,
    };
    out.push('\\');
    match short {
        Some(c) => out.push(c),
        None => {
            out.push_str("u00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ActorKind, ClaimKind};

    #[test]
    fn the_line_is_what_serde_json_writes() {
        let mut c = Claim::new("a\"b\\c.txt", ClaimKind::Action, "rule_x");
        c.content =
            "“Quote” with \"marks\", a \\ and \t\n\r\u{8}\u{c}\u{1}\u{1f}\u{7f} é 日本".into();
        c.sentence = "0123456789abcdef\"0123456789abcdef\\0123456789\u{0}x".into();
        c.speaker = Some("Jane Okafor".into());
        c.start = 12345;
        c.end = 0;
        let mut out = String::new();
        write_claim(&mut out, &c);
        assert_eq!(out, serde_json::to_string(&c).unwrap());
        c.negated = true;
        c.cameo = Some("111".into());
        c.modality = Some("possible".into());
        c.speaker_kind = Some(ActorKind::Organisation);
        c.actor_kind = Some(ActorKind::International);
        c.target_kind = Some(ActorKind::Person);
        c.actor = Some("A".into());
        c.action = Some("sue".into());
        c.target = Some(String::new());
        c.speaker_mention = Some("she".into());
        c.speaker_role = Some("CEO".into());
        c.cue = Some("said".into());
        let mut out = String::new();
        write_claim(&mut out, &c);
        assert_eq!(out, serde_json::to_string(&c).unwrap());
    }

    #[test]
    fn the_stored_copy_reads_back_as_the_claim() {
        let mut c = Claim::new("a.txt", ClaimKind::Quote, "rule_x");
        c.content = "we disagree".into();
        c.sentence = "\"We disagree,\" she said.".into();
        let read = |c: &Claim| -> Claim {
            let mut out = String::new();
            write_stored_claim(&mut out, c, "b.txt");
            assert!(!out.contains("null"), "{out}");
            serde_json::from_str(&out).unwrap()
        };
        let filed = |c: &Claim| Claim { article: "b.txt".into(), ..c.clone() };
        assert_eq!(read(&c), filed(&c));
        c.speaker = Some("Jane Okafor".into());
        c.speaker_mention = Some("she".into());
        c.speaker_role = Some(String::new());
        c.cue = Some("said".into());
        c.actor = Some("A".into());
        c.action = Some("sue".into());
        c.target = Some("B".into());
        c.speaker_kind = Some(ActorKind::Person);
        assert_eq!(read(&c), filed(&c));
    }

    #[test]
    fn a_byte_to_escape_is_found_at_any_place() {
        for len in 0..40 {
            for at in 0..len {
                for special in ["\"", "\\", "\n", "\u{1}", "\u{1f}", "é", " "] {
                    let s = "a".repeat(at) + special + &"b".repeat(len - at - 1);
                    let mut out = String::new();
                    string(&mut out, &s);
                    assert_eq!(out, serde_json::to_string(&s).unwrap(), "{s:?}");
                }
            }
        }
    }

    #[test]
    fn numbers_are_written_as_display_writes_them() {
        for n in [0, 7, 10, 99, 100, 12345, 4_194_304, usize::MAX] {
            let mut out = String::new();
            number(&mut out, n);
            assert_eq!(out, n.to_string());
        }
    }

    #[test]
    fn every_byte_is_escaped_as_serde_json_escapes_it() {
        let all: String = (0u8..128).map(char::from).collect();
        for s in [all.clone(), all[5..].to_string(), format!("{all}{all}é")] {
            let mut out = String::new();
            string(&mut out, &s);
            assert_eq!(out, serde_json::to_string(&s).unwrap());
        }
    }
}
