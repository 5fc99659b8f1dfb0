//! The flat document: the `scraper` tree copied once into a pre-ordered array of items with
//! their flags and class weights, so that every later pass is a loop over indices.

use super::plain_text::{collapse, measure, push_collapsed};
use super::signals::{combine_signals, name_signals, re, NameSignals};
use super::tags::{leaf_only, skipped};
use scraper::{Html, Node};
use std::collections::HashMap;

pub(super) const NONE: usize = usize::MAX;

/// Hidden by attribute or inline style.
pub(super) const F_HIDDEN: u16 = 1;
/// role=navigation/menu/dialog/... .
pub(super) const F_ROLE_JUNK: u16 = 1 << 1;
/// rel=author or itemprop=author.
pub(super) const F_AUTHOR: u16 = 1 << 2;
/// <a href="#...">.
pub(super) const F_HASH_LINK: u16 = 1 << 3;
/// An embed from a known video host.
pub(super) const F_VIDEO: u16 = 1 << 4;
/// class/id matches Readability's unlikely-candidate pattern (and not the maybe-candidate one).
pub(super) const F_UNLIKELY: u16 = 1 << 5;
/// class/id matches our strong boilerplate pattern (share bars, comments, newsletters, ...).
pub(super) const F_JUNK: u16 = 1 << 6;
/// class/id matches the byline pattern.
pub(super) const F_BYLINE: u16 = 1 << 7;
/// class/id matches the share pattern.
pub(super) const F_SHARE: u16 = 1 << 8;
/// itemprop=articleBody, or an <article>/<main> element.
pub(super) const F_ARTICLE: u16 = 1 << 9;
/// A text node.
pub(super) const F_TEXT: u16 = 1 << 10;
/// A <table summary=...>: a data table, not layout.
pub(super) const F_TABLE_SUMMARY: u16 = 1 << 11;
/// Inside a <code> element.
pub(super) const F_IN_CODE: u16 = 1 << 12;
/// Inside a <figure> element.
pub(super) const F_IN_FIGURE: u16 = 1 << 13;

#[derive(Clone, Copy)]
pub(super) struct Item<'a> {
    /// Element name ("" for text nodes, "#root" for the document).
    pub(super) tag: &'a str,
    /// Text of a text node.
    pub(super) text: &'a str,
    /// class attribute of an element.
    pub(super) class: &'a str,
    pub(super) parent: usize,
    /// One past the last descendant (pre-order indices).
    pub(super) end: usize,
    pub(super) flags: u16,
    /// Class weight (-50..=50) from class and id names.
    pub(super) weight: i8,
    /// Text nodes: length in chars with whitespace runs counted once.
    pub(super) len: u32,
    /// Text nodes: number of commas.
    pub(super) commas: u32,
}

pub(super) struct Doc<'a> {
    pub(super) items: Vec<Item<'a>>,
    pub(super) og_title: Option<String>,
    pub(super) title_tag: Option<String>,
    /// Paragraph-ish text length per subtree (static, ignores removals): protects big containers.
    pub(super) p_text: Vec<u32>,
    pub(super) total_p_text: u32,
}

impl<'a> Doc<'a> {
    pub(super) fn build(html: &'a Html) -> Doc<'a> {
        let rx = re();
        let mut items: Vec<Item<'a>> = Vec::with_capacity(1024);
        let mut og_title: Option<String> = None;
        let mut tw_title: Option<String> = None;
        let mut title_tag: Option<String> = None;
        let mut class_cache: HashMap<&'a str, NameSignals> = HashMap::new();
        let mut stack = vec![(html.tree.root(), NONE)];
        while let Some((node, parent)) = stack.pop() {
            let idx = items.len();
            let mut descend = true;
            let mut own_parent = idx;
            match node.value() {
                Node::Document | Node::Fragment => items.push(Item {
                    tag: "#root",
                    text: "",
                    class: "",
                    parent,
                    end: idx + 1,
                    flags: 0,
                    weight: 0,
                    len: 0,
                    commas: 0,
                }),
                Node::Text(t) => {
                    let text: &'a str = t;
                    let (len, commas) = measure(text);
                    items.push(Item {
                        tag: "",
                        text,
                        class: "",
                        parent,
                        end: idx + 1,
                        flags: F_TEXT,
                        weight: 0,
                        len,
                        commas,
                    });
                    descend = false;
                }
                Node::Element(e) => {
                    let tag: &'a str = e.name();
                    if tag == "title" {
                        if title_tag.is_none() {
                            let mut s = String::new();
                            for c in node.children() {
                                if let Node::Text(t) = c.value() {
                                    s.push_str(t);
                                }
                            }
                            title_tag = Some(collapse(&s));
                        }
                        continue;
                    }
                    if tag == "meta" {
                        let key = e
                            .attr("property")
                            .or_else(|| e.attr("name"))
                            .unwrap_or("")
                            .to_ascii_lowercase();
                        if let Some(content) = e.attr("content") {
                            let content = collapse(content);
                            if !content.is_empty() {
                                if key == "og:title" && og_title.is_none() {
                                    og_title = Some(content);
                                } else if key == "twitter:title" && tw_title.is_none() {
                                    tw_title = Some(content);
                                }
                            }
                        }
                        continue;
                    }
                    if tag == "head" {
                        // Its children (title, meta) are read; the head itself is not kept.
                        own_parent = parent;
                    } else if skipped(tag) {
                        continue;
                    } else {
                        let mut flags = 0u16;
                        let mut class = "";
                        let mut id = "";
                        for (name, value) in e.attrs() {
                            match name {
                                "class" => class = value,
                                "id" => id = value,
                                "hidden" => flags |= F_HIDDEN,
                                "aria-hidden" if value.trim().eq_ignore_ascii_case("true") => {
                                    flags |= F_HIDDEN;
                                }
                                "style" => {
                                    let s: String = value
                                        .chars()
                                        .filter(|c| !c.is_whitespace())
                                        .collect::<String>()
                                        .to_ascii_lowercase();
                                    if s.contains("display:none") || s.contains("visibility:hidden")
                                    {
                                        flags |= F_HIDDEN;
                                    }
                                }
                                "role" => {
                                    let r = value.trim().to_ascii_lowercase();
                                    if matches!(
                                        r.as_str(),
                                        "menu"
                                            | "menubar"
                                            | "complementary"
                                            | "navigation"
                                            | "alert"
                                            | "alertdialog"
                                            | "dialog"
                                    ) {
                                        flags |= F_ROLE_JUNK;
                                    }
                                }
                                "rel" if value.to_ascii_lowercase().contains("author") => {
                                    flags |= F_AUTHOR;
                                }
                                "itemprop" => {
                                    let v = value.to_ascii_lowercase();
                                    if v.contains("author") {
                                        flags |= F_AUTHOR;
                                    }
                                    if v.contains("articlebody") {
                                        flags |= F_ARTICLE;
                                    }
                                }
                                "href" if tag == "a" && value.starts_with('#') => {
                                    flags |= F_HASH_LINK;
                                }
                                "src"
                                    if matches!(tag, "iframe" | "object" | "embed")
                                        && rx.video.is_match(value) =>
                                {
                                    flags |= F_VIDEO;
                                }
                                "summary" => flags |= F_TABLE_SUMMARY,
                                _ => {}
                            }
                        }
                        if class.contains("fallback-image") {
                            flags &= !F_HIDDEN;
                        }
                        if tag == "article" || tag == "main" {
                            flags |= F_ARTICLE;
                        }
                        let (class_flags, weight) = if class.is_empty() && id.is_empty() {
                            (0, 0)
                        } else {
                            let mut get = |name: &'a str| {
                                if name.is_empty() {
                                    NameSignals::default()
                                } else {
                                    *class_cache.entry(name).or_insert_with(|| name_signals(name))
                                }
                            };
                            let c = get(class);
                            let i = get(id);
                            combine_signals(c, i)
                        };
                        flags |= class_flags;
                        items.push(Item {
                            tag,
                            text: "",
                            class,
                            parent,
                            end: idx + 1,
                            flags,
                            weight,
                            len: 0,
                            commas: 0,
                        });
                        if leaf_only(tag) {
                            descend = false;
                        }
                    }
                }
                _ => descend = false,
            }
            if descend {
                let mut child = node.last_child();
                while let Some(c) = child {
                    stack.push((c, own_parent));
                    child = c.prev_sibling();
                }
            }
        }
        // Subtree ends: children come after their parent, so one backward pass suffices.
        for i in (0..items.len()).rev() {
            let p = items[i].parent;
            if p != NONE && items[p].end < items[i].end {
                items[p].end = items[i].end;
            }
        }
        // Paragraph text per subtree (static), for protecting the article from junk patterns.
        let n = items.len();
        let mut p_text = vec![0u32; n];
        let mut in_p = vec![false; n];
        for i in 0..n {
            let p = items[i].parent;
            in_p[i] =
                matches!(items[i].tag, "p" | "pre" | "blockquote" | "li") || (p != NONE && in_p[p]);
            if p != NONE {
                let inherited = items[p].flags & (F_IN_CODE | F_IN_FIGURE)
                    | match items[p].tag {
                        "code" => F_IN_CODE,
                        "figure" => F_IN_FIGURE,
                        _ => 0,
                    };
                items[i].flags |= inherited;
            }
        }
        for i in (0..n).rev() {
            if items[i].flags & F_TEXT != 0 && in_p[i] {
                p_text[i] = items[i].len;
            }
            let p = items[i].parent;
            if p != NONE {
                p_text[p] = p_text[p].saturating_add(p_text[i]);
            }
        }
        let total_p_text = p_text.first().copied().unwrap_or(0);
        if og_title.is_none() {
            og_title = tw_title;
        }
        Doc { items, og_title, title_tag, p_text, total_p_text }
    }

    /// The collapsed text of a subtree (ignoring removals), cut after about 2,000 bytes or
    /// 4,000 nodes (it only serves comparisons with short strings).
    pub(super) fn subtree_text(&self, i: usize) -> String {
        let mut s = String::new();
        let end = self.items[i].end.min(i.saturating_add(4000));
        for it in &self.items[i..end] {
            if it.flags & F_TEXT != 0 {
                push_collapsed(&mut s, it.text);
            }
            if s.len() > 2000 {
                break;
            }
        }
        s.truncate(s.trim_end().len());
        s
    }

    /// Is one of the `max_depth` nearest ancestors of `i` a `tag` element?
    pub(super) fn has_ancestor(&self, i: usize, tag: &str, max_depth: usize) -> bool {
        let mut p = self.items[i].parent;
        let mut depth = 0;
        while p != NONE {
            depth += 1;
            if depth > max_depth {
                return false;
            }
            if self.items[p].tag == tag {
                return true;
            }
            p = self.items[p].parent;
        }
        false
    }

    pub(super) fn children(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        let end = self.items[p].end;
        let mut c = p + 1;
        std::iter::from_fn(move || {
            if c < end {
                let cur = c;
                c = self.items[c].end.max(c + 1);
                Some(cur)
            } else {
                None
            }
        })
    }
}
