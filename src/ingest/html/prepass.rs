//! The raw-text pre-pass: one linear scan that cuts comments, scripts, menus and the like, and
//! flattens absurd nesting, before `scraper` parses the page (cheaper than parsing them).

/// Elements removed before parsing: never article text, and on news pages most of the bytes.
/// `true` marks raw-text elements, which end at the first matching end tag; the others may nest.
const PRE_STRIPPED: [(&str, bool); 8] = [
    ("script", true),
    ("style", true),
    ("noscript", true),
    ("template", false),
    ("svg", false),
    ("nav", false),
    ("footer", false),
    ("aside", false),
];

/// Does `rest` (the bytes after a '<') start with the tag name `name` followed by a delimiter?
fn starts_with_tag(rest: &[u8], name: &str) -> bool {
    rest.len() > name.len()
        && rest[..name.len()].eq_ignore_ascii_case(name.as_bytes())
        && matches!(rest[name.len()], b'>' | b'/' | b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// Where the element opened at `from` ends (one past its end tag's '>'), counting nested
/// elements of the same name unless `raw`. Err when its end tag is missing (`true`: the scan
/// reached the end) or when it holds many paragraphs (a mismatched tag more likely than a real
/// menu): the parser then decides.
fn element_end(html: &str, from: usize, name: &str, raw: bool) -> Result<usize, bool> {
    let b = html.as_bytes();
    let mut depth = 1usize;
    let mut paragraphs = 0usize;
    let mut pos = from;
    while let Some(off) = html[pos..].find('<') {
        let lt = pos + off;
        pos = lt + 1;
        let rest = &b[lt + 1..];
        if rest.first() == Some(&b'/') {
            if starts_with_tag(&rest[1..], name) {
                depth -= 1;
                if depth == 0 || raw {
                    return Ok(match html[lt..].find('>') {
                        Some(g) => lt + g + 1,
                        None => html.len(),
                    });
                }
            }
        } else if !raw {
            if starts_with_tag(rest, name) {
                depth += 1;
            } else if starts_with_tag(rest, "p") || starts_with_tag(rest, "article") {
                paragraphs += 1;
                if paragraphs > 20 {
                    return Err(false);
                }
            }
        }
    }
    if raw {
        Ok(html.len())
    } else {
        Err(true)
    }
}

/// Nesting deeper than this is flattened before parsing: the HTML parser's work grows with the
/// square of the depth, and no real page comes near it.
pub(super) const MAX_NESTING: usize = 400;

/// The tag name at the start of `rest` (the bytes after `<` or `</`).
fn tag_name(rest: &[u8]) -> &[u8] {
    let n = rest.iter().position(|c| !c.is_ascii_alphanumeric()).unwrap_or(rest.len());
    &rest[..n]
}

/// Does an element of this name count for nesting depth? Void elements and elements whose end
/// tag may be left out do not (their ends are implied, so counting them would drift).
fn counts_for_depth(name: &[u8]) -> bool {
    const IMPLIED: [&str; 33] = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source",
        "track", "wbr", "param", "keygen", "p", "li", "dt", "dd", "option", "optgroup", "tr", "td",
        "th", "thead", "tbody", "tfoot", "colgroup", "caption", "rb", "rt", "rp", "html",
    ];
    !name.is_empty()
        && !name.eq_ignore_ascii_case(b"head")
        && !name.eq_ignore_ascii_case(b"body")
        && !IMPLIED.iter().any(|v| name.eq_ignore_ascii_case(v.as_bytes()))
}

/// Removes comments and the PRE_STRIPPED elements before parsing, in one linear scan, and
/// drops the tags (not the text) of elements nested deeper than MAX_NESTING.
pub(super) fn strip_raw_blocks(html: &str) -> String {
    let b = html.as_bytes();
    let mut out = String::with_capacity(html.len() / 2);
    let mut copied = 0; // bytes of `html` already handled
    let mut pos = 0;
    let mut depth = 0usize;
    // Names whose end tag was not found: not looked for again (keeps the scan linear).
    let mut unclosed = [false; PRE_STRIPPED.len()];
    while let Some(off) = html[pos..].find('<') {
        let lt = pos + off;
        pos = lt + 1;
        let rest = &b[lt + 1..];
        let stop = if rest.starts_with(b"!--") {
            if rest.starts_with(b"!-->") {
                Some(lt + 5)
            } else if rest.starts_with(b"!--->") {
                Some(lt + 6)
            } else {
                Some(match html[lt + 4..].find("-->") {
                    Some(e) => lt + 4 + e + 3,
                    None => html.len(),
                })
            }
        } else if rest.first().is_some_and(u8::is_ascii_alphabetic) {
            match PRE_STRIPPED.iter().position(|(name, _)| starts_with_tag(rest, name)) {
                Some(k) if !unclosed[k] => {
                    let (name, raw) = PRE_STRIPPED[k];
                    match element_end(html, lt + 1 + name.len(), name, raw) {
                        Ok(stop) => Some(stop),
                        Err(reached_end) => {
                            unclosed[k] = reached_end;
                            None
                        }
                    }
                }
                _ => None,
            }
        } else {
            None
        };
        // Track nesting; beyond MAX_NESTING, drop the tag itself.
        let stop = match stop {
            Some(stop) => Some(stop),
            None => {
                let (closing, name) = match rest.first() {
                    Some(b'/') => (true, tag_name(&rest[1..])),
                    Some(c) if c.is_ascii_alphabetic() => (false, tag_name(rest)),
                    _ => (false, &[][..]),
                };
                if counts_for_depth(name) {
                    let end = html[lt..].find('>').map(|g| lt + g + 1);
                    let self_closing = end.is_some_and(|e| b[e - 2] == b'/');
                    let too_deep = if closing {
                        let deep = depth > MAX_NESTING;
                        depth = depth.saturating_sub(1);
                        deep
                    } else if self_closing {
                        false
                    } else {
                        depth += 1;
                        depth > MAX_NESTING
                    };
                    if too_deep {
                        end
                    } else {
                        None
                    }
                } else {
                    None
                }
            }
        };
        if let Some(stop) = stop {
            out.push_str(&html[copied..lt]);
            copied = stop;
            pos = stop;
        }
    }
    out.push_str(&html[copied..]);
    out
}
