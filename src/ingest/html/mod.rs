//! HTML → article text.
//!
//! [`extract_article`] finds the main article of a news page and returns its headline and its
//! body as plain paragraphs, so that the quote and speaker extraction downstream sees the
//! reporting and nothing else. The approach follows Mozilla Readability, re-implemented over a
//! flat, pre-ordered copy of the `scraper` tree so that every pass is a loop, never a recursion.
//!
//! * **Removed before parsing** (a linear scan; most of a news page's bytes): comments,
//!   `<script>`, `<style>`, `<noscript>`, `<template>`, `<svg>`, `<nav>`, `<footer>` and
//!   `<aside>`. Tags nested deeper than 400 levels are dropped too (their text is kept): the
//!   HTML parser's work grows with the square of the depth.
//! * **Never kept**: the `<head>`, embedded objects (`<iframe>`, `<video>`, ...), form controls
//!   (`<button>`, `<select>`, `<textarea>`, `<label>`), `<menu>`, `<dialog>`, elements hidden
//!   with `hidden`, `aria-hidden="true"` or an inline `display:none`, and elements whose role is
//!   navigation, menu, dialog, alert or complementary. None of them carry article text.
//! * **Dropped as boilerplate**: elements whose class or id names comments, replies, sharing,
//!   social buttons, newsletters, subscriptions, ads, cookie banners, pop-ups (outright), or
//!   related stories, promotions, sidebars, breadcrumbs, tags, author boxes (unless the name
//!   also says `content`, `article`, `main`, ...), plus Readability's "unlikely candidates" and
//!   short bylines; never an element holding most of the page's paragraph text. Quotes in share
//!   bars and comment threads are not the article's quotes.
//! * **The article container** is chosen by scoring: every paragraph-like block (`<p>`, `<pre>`,
//!   `<td>`, `<h2>`–`<h6>`, text-only `<div>`s) of 25+ characters gives points for its length and
//!   commas to its parent, grand-parent and a few more ancestors; each total is scaled by one
//!   minus the link density, and positive/negative class names weigh in. The best container is
//!   kept with siblings that score close to it, and with containers of the same class elsewhere
//!   (an article split by ads).
//! * Inside the container, Readability's conditional cleaning drops link lists, galleries and
//!   small widgets (few commas, many links, more list items than paragraphs, ...) and headings
//!   that repeat the headline. Figure captions are kept.
//! * The text is cut into paragraphs at block elements and `<br>`, whitespace is collapsed, stock
//!   lines ("Advertisement", "Share this article", "Related:", subscription prompts, ...) are
//!   dropped, and a trailing comment section starting with "Leave a Reply" or the like is cut.
//!
//! If the strict pass yields less than 500 characters, it is retried with fewer filters (as
//! Readability does) and the longest result is kept.
//!
//! Layout: `prepass` (the raw-text scan before parsing), `doc` (the flat tree and its flags),
//! `signals` (class/id words and the shared regexes), `tags` (tag predicates), `title` (the
//! headline), `score` (one Readability pass: removals, scoring, the chosen container), `clean`
//! (conditional cleaning inside it) and `plain_text` (rendering, whitespace and line filters).

mod clean;
mod doc;
mod plain_text;
mod prepass;
mod score;
mod signals;
mod tags;
#[cfg(test)]
mod tests;
mod title;

use doc::Doc;
use plain_text::filter_paragraphs;
use prepass::strip_raw_blocks;
use score::Pass;
use scraper::Html;
use std::sync::OnceLock;

/// The article text found in one HTML page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlArticle {
    /// The page's headline (og:title, <h1> in the article, or <title> cleaned of " | Site" suffixes); None if none.
    pub title: Option<String>,
    /// The body: paragraphs separated by exactly one blank line ("\n\n"), whitespace inside a paragraph collapsed to single spaces, no leading/trailing blank lines. Does NOT include the title.
    pub text: String,
}

/// Extracts the main article from an HTML document (already decoded to a &str).
pub fn extract_article(html: &str) -> HtmlArticle {
    if html.trim().is_empty() {
        return HtmlArticle::default();
    }
    let stripped = strip_raw_blocks(html);
    let parsed = Html::parse_document(&stripped);
    let doc = Doc::build(&parsed);
    let title = doc.title();
    let title_for_match = title.clone().unwrap_or_default();

    let passes = [
        Pass { strip_unlikely: true, weight_classes: true, clean_conditionally: true },
        Pass { strip_unlikely: false, weight_classes: true, clean_conditionally: true },
        Pass { strip_unlikely: false, weight_classes: false, clean_conditionally: true },
        Pass { strip_unlikely: false, weight_classes: false, clean_conditionally: false },
    ];
    let mut best: Vec<String> = Vec::new();
    let mut best_len = 0usize;
    for pass in passes {
        let paras = doc.run(pass, &title_for_match);
        let paras = filter_paragraphs(paras, &title_for_match);
        let len: usize = paras.iter().map(|p| p.chars().count()).sum();
        if len > best_len || best.is_empty() {
            best_len = len;
            best = paras;
        }
        if best_len >= 500 {
            break;
        }
    }
    HtmlArticle { title, text: best.join("\n\n") }
}

/// The charset declared in the first 4 KB of the raw bytes (<meta charset=...> or http-equiv content-type), lower-cased, if any.
pub fn sniff_meta_charset(head: &[u8]) -> Option<String> {
    static RE: OnceLock<regex::bytes::Regex> = OnceLock::new();
    let re = RE.get_or_init(|| {
        regex::bytes::Regex::new(
            r#"(?i-u)<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([a-z0-9][a-z0-9_.:\-]*)"#,
        )
        .expect("valid charset regex")
    });
    let head = &head[..head.len().min(4096)];
    let caps = re.captures(head)?;
    let m = caps.get(1)?;
    std::str::from_utf8(m.as_bytes()).ok().map(|s| s.to_ascii_lowercase())
}
