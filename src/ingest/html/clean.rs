//! Readability's conditional cleaning inside the chosen container: link lists, galleries,
//! forms and small widgets are dropped, judged on what each subtree holds (`CondStats`).

use super::doc::{
    Doc, F_HASH_LINK, F_IN_CODE, F_IN_FIGURE, F_SHARE, F_TABLE_SUMMARY, F_TEXT, F_VIDEO, NONE,
};
use super::score::Pass;
use super::signals::re;
use super::tags::{is_div_block, is_heading};

impl Doc<'_> {
    /// Marks in `dead` what conditional cleaning drops under `root`.
    pub(super) fn clean(
        &self,
        root: usize,
        pass: Pass,
        dead: &mut [bool],
        block_desc: &[bool],
        inline_len: &[f64],
    ) {
        let items = &self.items;
        let end = items[root].end;
        let mut st = vec![CondStats::default(); end - root];
        for i in (root..end).rev() {
            let it = &items[i];
            let k = i - root;
            if it.flags & F_TEXT != 0 {
                if dead[i] {
                    continue;
                }
                st[k].text = f64::from(it.len);
                st[k].commas = f64::from(it.commas);
            } else {
                let tag = it.tag;
                // Counted even when dropped (Readability counts them before removing).
                match tag {
                    "img" | "picture" => st[k].img += 1,
                    "input" | "select" | "textarea" | "button" => st[k].input += 1,
                    "iframe" | "object" | "embed" if it.flags & F_VIDEO == 0 => st[k].embed += 1,
                    _ => {}
                }
                if !dead[i] && i != root {
                    let s = st[k];
                    let p_like = tag == "p" || (tag == "div" && !block_desc[i]);
                    let mut remove = false;
                    if it.flags & F_SHARE != 0 && s.text < 500.0 {
                        remove = true;
                    }
                    if (tag == "h1" || tag == "h2") && pass.weight_classes && it.weight < 0 {
                        remove = true;
                    }
                    if !remove
                        && pass.clean_conditionally
                        && (matches!(tag, "form" | "fieldset" | "table" | "ul")
                            || (tag == "div" && !p_like))
                    {
                        remove = self.clean_conditionally(i, &s, pass);
                        if tag == "table" && (s.th > 0 || s.tr >= 10) {
                            remove = false;
                        }
                        if s.data_table {
                            remove = false;
                        }
                    }
                    if remove {
                        dead[i] = true;
                    }
                }
                if dead[i] {
                    continue;
                }
            }
            if i == root {
                break;
            }
            let p = it.parent;
            if p == NONE || p < root {
                continue;
            }
            let s = st[k];
            let tag = it.tag;
            let pk = p - root;
            let p_like = tag == "p" || (tag == "div" && !block_desc[i]);
            let ps = &mut st[pk];
            ps.text += s.text;
            ps.commas += s.commas;
            ps.link += if tag == "a" {
                if it.flags & F_HASH_LINK != 0 {
                    s.text * 0.3
                } else {
                    s.text
                }
            } else {
                s.link
            };
            ps.p += s.p + u32::from(p_like) + u32::from(tag == "div" && inline_len[i] > 0.0);
            ps.img += s.img;
            ps.li += s.li + u32::from(tag == "li");
            ps.input += s.input;
            ps.embed += s.embed;
            ps.heading += if is_heading(tag) { s.text } else { s.heading };
            let textish = matches!(tag, "span" | "li" | "td") || is_div_block(tag);
            ps.textish += if textish { s.text } else { s.textish };
            if tag == "div" && block_desc[i] {
                ps.textish += inline_len[i].min(s.text);
            }
            ps.list += if tag == "ul" || tag == "ol" { s.text } else { s.list };
            ps.th += s.th + u32::from(matches!(tag, "th" | "thead" | "caption" | "tfoot"));
            ps.tr += s.tr + u32::from(tag == "tr");
            ps.data_table |= s.data_table
                || (tag == "table" && (s.th > 0 || s.tr >= 10 || it.flags & F_TABLE_SUMMARY != 0));
        }
    }

    fn clean_conditionally(&self, i: usize, s: &CondStats, pass: Pass) -> bool {
        let it = &self.items[i];
        let tag = it.tag;
        if it.flags & F_IN_CODE != 0 {
            return false;
        }
        let mut is_list = tag == "ul" || tag == "ol";
        if !is_list && s.text > 0.0 && s.list / s.text > 0.9 {
            is_list = true;
        }
        let weight = if pass.weight_classes { f64::from(it.weight) } else { 0.0 };
        if weight < 0.0 {
            return true;
        }
        if s.commas >= 10.0 {
            return false;
        }
        let p = f64::from(s.p);
        let img = f64::from(s.img);
        let li = f64::from(s.li) - 100.0;
        let input = f64::from(s.input);
        let heading_density = if s.text > 0.0 { s.heading / s.text } else { 0.0 };
        let content_length = s.text;
        if content_length < 40.0 {
            let t = self.subtree_text(i);
            if re().ad_words.is_match(t.trim()) {
                return true;
            }
        }
        let link_density = if s.text > 0.0 { s.link / s.text } else { 0.0 };
        let text_density = if s.text > 0.0 { s.textish / s.text } else { 0.0 };
        let figure_child = it.flags & F_IN_FIGURE != 0;
        let remove = (!figure_child && img > 1.0 && p / img < 0.5)
            || (!is_list && li > p)
            || (input > (p / 3.0).floor())
            || (!is_list
                && !figure_child
                && heading_density < 0.9
                && content_length < 25.0
                && (img == 0.0 || img > 2.0)
                && link_density > 0.0)
            || (!is_list && weight < 25.0 && link_density > 0.2)
            || (weight >= 25.0 && link_density > 0.5)
            || (s.embed == 1 && content_length < 75.0)
            || s.embed > 1
            || (img == 0.0 && text_density == 0.0 && content_length > 0.0);
        if is_list && remove && s.img > 0 && s.img == s.li {
            return false;
        }
        if (tag == "ul" || tag == "ol") && link_density > 0.8 {
            return true;
        }
        remove
    }
}

/// What a subtree holds, for Readability's conditional cleaning.
#[derive(Clone, Copy, Default)]
struct CondStats {
    text: f64,
    link: f64,
    commas: f64,
    p: u32,
    img: u32,
    li: u32,
    input: u32,
    embed: u32,
    heading: f64,
    textish: f64,
    list: f64,
    data_table: bool,
    th: u32,
    tr: u32,
}
