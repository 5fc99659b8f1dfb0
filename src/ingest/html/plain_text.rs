//! From the kept tree to plain text: measuring and collapsing whitespace, rendering paragraphs
//! at block boundaries, and the last filter over the rendered lines (stock lines, comment tails).

use super::doc::{Doc, F_TEXT};
use super::signals::re;
use super::tags::is_block;

fn is_comma(c: char) -> bool {
    matches!(
        c,
        ',' | '\u{060C}'
            | '\u{FE50}'
            | '\u{FE10}'
            | '\u{FE11}'
            | '\u{2E41}'
            | '\u{2E34}'
            | '\u{2E32}'
            | '\u{FF0C}'
    )
}

/// Length in chars (whitespace runs count once, leading whitespace not at all) and comma count.
pub(super) fn measure(s: &str) -> (u32, u32) {
    let mut n = 0u32;
    let mut commas = 0u32;
    let mut ws = true;
    for c in s.chars() {
        if c.is_whitespace() {
            if !ws {
                n = n.saturating_add(1);
                ws = true;
            }
        } else {
            n = n.saturating_add(1);
            ws = false;
            if is_comma(c) {
                commas = commas.saturating_add(1);
            }
        }
    }
    (n, commas)
}

/// Appends `s` to `out` with whitespace runs collapsed to one space.
pub(super) fn push_collapsed(out: &mut String, s: &str) {
    let mut ws = out.is_empty() || out.ends_with(' ');
    for c in s.chars() {
        if c.is_whitespace() {
            if !ws {
                out.push(' ');
                ws = true;
            }
        } else {
            out.push(c);
            ws = false;
        }
    }
}

pub(super) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    out.truncate(out.trim_end().len());
    out
}

impl Doc<'_> {
    /// The text left under `roots`, cut into paragraphs at block elements, `<br>` and `<hr>`.
    pub(super) fn render(&self, roots: &[usize], dead: &[bool]) -> Vec<String> {
        let items = &self.items;
        let mut paras: Vec<String> = Vec::new();
        let mut cur = String::new();
        let mut open: Vec<usize> = Vec::new();
        let flush = |cur: &mut String, paras: &mut Vec<String>| {
            let t = cur.trim();
            if !t.is_empty() {
                paras.push(t.to_string());
            }
            cur.clear();
        };
        for &r in roots {
            let end = items[r].end;
            let mut i = r;
            while i < end {
                while let Some(&e) = open.last() {
                    if i >= e {
                        open.pop();
                        flush(&mut cur, &mut paras);
                    } else {
                        break;
                    }
                }
                if dead[i] {
                    i = items[i].end.max(i + 1);
                    continue;
                }
                let it = &items[i];
                if it.flags & F_TEXT != 0 {
                    push_collapsed(&mut cur, it.text);
                } else if it.tag == "br" || it.tag == "hr" {
                    flush(&mut cur, &mut paras);
                } else if is_block(it.tag) {
                    flush(&mut cur, &mut paras);
                    open.push(it.end);
                } else if it.tag == "img" && cur.ends_with(|c: char| !c.is_whitespace()) {
                    cur.push(' ');
                }
                i += 1;
            }
            open.clear();
            flush(&mut cur, &mut paras);
        }
        paras
    }
}

fn normalize_for_compare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Drops stock lines, a repeated headline and a trailing comment section.
pub(super) fn filter_paragraphs(paras: Vec<String>, title: &str) -> Vec<String> {
    let rx = re();
    let title_norm = normalize_for_compare(title);
    let mut out: Vec<String> = Vec::with_capacity(paras.len());
    let total = paras.len();
    for (k, p) in paras.into_iter().enumerate() {
        let short = p.chars().count() <= 80;
        if short {
            let trimmed = p.trim_matches(|c: char| c.is_whitespace() || c == '|' || c == '•');
            if rx.cut_line.is_match(trimmed) && k * 2 >= total && !out.is_empty() {
                break;
            }
            if rx.drop_line.is_match(trimmed) {
                continue;
            }
        }
        if p.len() < 300 && rx.promo_para.is_match(&p) {
            continue;
        }
        if out.is_empty() && !title_norm.is_empty() && normalize_for_compare(&p) == title_norm {
            continue;
        }
        out.push(p);
    }
    out
}
