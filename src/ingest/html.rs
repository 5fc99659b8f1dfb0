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

use regex::Regex;
use scraper::{Html, Node};
use std::collections::HashMap;
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
const MAX_NESTING: usize = 400;

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
fn strip_raw_blocks(html: &str) -> String {
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

// ---------------------------------------------------------------------------------------------
// The flat document.

const NONE: usize = usize::MAX;

/// Hidden by attribute or inline style.
const F_HIDDEN: u16 = 1;
/// role=navigation/menu/dialog/... .
const F_ROLE_JUNK: u16 = 1 << 1;
/// rel=author or itemprop=author.
const F_AUTHOR: u16 = 1 << 2;
/// <a href="#...">.
const F_HASH_LINK: u16 = 1 << 3;
/// An embed from a known video host.
const F_VIDEO: u16 = 1 << 4;
/// class/id matches Readability's unlikely-candidate pattern (and not the maybe-candidate one).
const F_UNLIKELY: u16 = 1 << 5;
/// class/id matches our strong boilerplate pattern (share bars, comments, newsletters, ...).
const F_JUNK: u16 = 1 << 6;
/// class/id matches the byline pattern.
const F_BYLINE: u16 = 1 << 7;
/// class/id matches the share pattern.
const F_SHARE: u16 = 1 << 8;
/// itemprop=articleBody, or an <article>/<main> element.
const F_ARTICLE: u16 = 1 << 9;
/// A text node.
const F_TEXT: u16 = 1 << 10;
/// A <table summary=...>: a data table, not layout.
const F_TABLE_SUMMARY: u16 = 1 << 11;
/// Inside a <code> element.
const F_IN_CODE: u16 = 1 << 12;
/// Inside a <figure> element.
const F_IN_FIGURE: u16 = 1 << 13;

#[derive(Clone, Copy)]
struct Item<'a> {
    /// Element name ("" for text nodes, "#root" for the document).
    tag: &'a str,
    /// Text of a text node.
    text: &'a str,
    /// class attribute of an element.
    class: &'a str,
    parent: usize,
    /// One past the last descendant (pre-order indices).
    end: usize,
    flags: u16,
    /// Class weight (-50..=50) from class and id names.
    weight: i8,
    /// Text nodes: length in chars with whitespace runs counted once.
    len: u32,
    /// Text nodes: number of commas.
    commas: u32,
}

struct Doc<'a> {
    items: Vec<Item<'a>>,
    og_title: Option<String>,
    title_tag: Option<String>,
    /// Paragraph-ish text length per subtree (static, ignores removals): protects big containers.
    p_text: Vec<u32>,
    total_p_text: u32,
}

#[derive(Clone, Copy)]
struct Pass {
    strip_unlikely: bool,
    weight_classes: bool,
    clean_conditionally: bool,
}

struct Regexes {
    /// Every word of POSITIVE, NEGATIVE, UNLIKELY, MAYBE and BYLINE, longest first.
    class_words: Regex,
    /// K_* bits of each word in `class_words`.
    word_kinds: HashMap<&'static str, u8>,
    promo_para: Regex,
    video: Regex,
    ad_words: Regex,
    drop_line: Regex,
    cut_line: Regex,
}

fn re() -> &'static Regexes {
    static RE: OnceLock<Regexes> = OnceLock::new();
    RE.get_or_init(|| {
        let r = |s: &str| Regex::new(s).expect("valid regex");
        let mut words: Vec<&str> = [POSITIVE, NEGATIVE, UNLIKELY, MAYBE, BYLINE].concat();
        words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        words.dedup();
        let alternation: Vec<String> = words.iter().map(|w| regex::escape(w)).collect();
        let mut word_kinds: HashMap<&'static str, u8> = HashMap::new();
        for (list, bit) in [
            (POSITIVE, K_POSITIVE),
            (NEGATIVE, K_NEGATIVE),
            (UNLIKELY, K_UNLIKELY),
            (MAYBE, K_MAYBE),
            (BYLINE, K_BYLINE),
        ] {
            for w in list {
                *word_kinds.entry(*w).or_insert(0) |= bit;
            }
        }
        Regexes {
            class_words: r(&alternation.join("|")),
            word_kinds,
            promo_para: r(
                r"(?i)^(to (view|read|continue reading) (the|this) (full )?(story|article)|subscribe (now|today|to)|sign up (for|to)|get (the|our) .{0,40}(newsletter|app|daily)|never miss|follow (us|the \w+( \w+)?) on (twitter|facebook|instagram)|download (the|our) .{0,30}app|(for the latest .{0,40})?download the .{0,30}apps?|we want to hear what you think|submit your letter|support (our|independent) journalism|already a subscriber|if you('re| are) (seeing this message but you('re| are) )?already a subscriber|first-time subscribers|click here to (subscribe|sign up|read more|download)|this (article|story) (is|was) (only )?available to subscribers)",
            ),
            video: r(
                r"(?i)//(www\.)?((dailymotion|youtube|youtube-nocookie|player\.vimeo|v\.qq)\.com|(archive|upload\.wikimedia)\.org|player\.twitch\.tv)",
            ),
            ad_words: r(
                r"(?i)^(ad(vertising|vertisement)?|pub(licité)?|werb(ung)?|广告|Реклама|Anuncio|(loading|正在加载|Загрузка|chargement|cargando)(…|\.\.\.)?)$",
            ),
            drop_line: r(
                r"(?i)^(advertisement|advertisment|advertising|ad|sponsored( content)?|story continues below( advertisement)?|continue reading( below)?|share( this( article| story| post)?)?( on \w+| via \w+)?:?|share( on)? (facebook|twitter|email|whatsapp|linkedin)|tweet|email|print|related:?|related (articles|stories|content|posts|coverage|links)?:?|read more:?|read more:.*|see also:?|more on this( story)?:?|tags?:.*|tagged:.*|filed under:?.*|you might also like:?|recommended( for you)?:?|click here to .*|sign up (for|to) .*newsletter.*|subscribe( now| today)?|(get|receive) our newsletter.*|follow us on .*|image|photo|(image|photo) caption|(image|photo|picture) (copyright|source) .*|copyright ©.*|© \d{4}.*|all rights reserved\.?|skip to (main )?content|back to top|comments?|\d+ comments?|loading…?|loading\.\.\.)$",
            ),
            cut_line: r(
                r"(?i)^(leave a (reply|comment)|post a comment|add a comment|write a comment|join the (discussion|conversation)|\d+ (comments?|responses?|replies|thoughts on .*)|(\w+ )?comments( \(\d+\))?|responses|what do you think\??|related (articles|stories|posts|content|coverage)|more (stories|from|on) .{0,40}|you may also like|recommended( stories| for you)?|most (popular|read))$",
            ),
        }
    })
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "caption"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "legend"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "td"
            | "tfoot"
            | "th"
            | "thead"
            | "tr"
            | "ul"
            | "#root"
    )
}

/// Readability's DIV_TO_P_ELEMS: a <div> without any of these inside reads as a paragraph.
fn is_div_block(tag: &str) -> bool {
    matches!(
        tag,
        "blockquote"
            | "dl"
            | "div"
            | "img"
            | "ol"
            | "p"
            | "pre"
            | "table"
            | "ul"
            | "section"
            | "article"
    )
}

fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Elements whose subtree is never article text.
fn always_dead(tag: &str) -> bool {
    matches!(
        tag,
        "nav"
            | "aside"
            | "footer"
            | "button"
            | "select"
            | "option"
            | "textarea"
            | "input"
            | "iframe"
            | "object"
            | "embed"
            | "video"
            | "audio"
            | "canvas"
            | "svg"
            | "math"
            | "dialog"
            | "link"
            | "menu"
            | "label"
    )
}

/// Elements kept as leaves: their content is never read.
fn leaf_only(tag: &str) -> bool {
    matches!(
        tag,
        "iframe"
            | "object"
            | "embed"
            | "video"
            | "audio"
            | "canvas"
            | "svg"
            | "math"
            | "select"
            | "textarea"
            | "img"
            | "picture"
    )
}

/// Elements skipped entirely, content included.
fn skipped(tag: &str) -> bool {
    matches!(tag, "script" | "style" | "noscript" | "template" | "base" | "head")
}

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
fn measure(s: &str) -> (u32, u32) {
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
fn push_collapsed(out: &mut String, s: &str) {
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

fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_collapsed(&mut out, s);
    out.truncate(out.trim_end().len());
    out
}

/// Readability's positive class/id words.
const POSITIVE: &[&str] = &[
    "article",
    "body",
    "content",
    "entry",
    "hentry",
    "h-entry",
    "main",
    "page",
    "pagination",
    "post",
    "text",
    "blog",
    "story",
];
/// Readability's negative class/id words.
const NEGATIVE: &[&str] = &[
    "-ad-",
    "hidden",
    "banner",
    "combx",
    "comment",
    "com-",
    "contact",
    "footer",
    "gdpr",
    "masthead",
    "media",
    "meta",
    "outbrain",
    "promo",
    "related",
    "scroll",
    "share",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "sponsor",
    "shopping",
    "tags",
    "widget",
];
/// Readability's unlikely-candidate words.
const UNLIKELY: &[&str] = &[
    "-ad-",
    "ai2html",
    "banner",
    "breadcrumbs",
    "combx",
    "comment",
    "community",
    "cover-wrap",
    "disqus",
    "extra",
    "footer",
    "gdpr",
    "header",
    "legends",
    "menu",
    "related",
    "remark",
    "replies",
    "rss",
    "shoutbox",
    "sidebar",
    "skyscraper",
    "social",
    "sponsor",
    "supplemental",
    "ad-break",
    "agegate",
    "pagination",
    "pager",
    "popup",
    "yom-remote",
];
/// Readability's "maybe it is the article after all" words.
const MAYBE: &[&str] =
    &["and", "article", "body", "column", "content", "main", "mathjax", "shadow"];
/// Whole class-name parts (split at spaces, '-' and '_') that mark boilerplate outright.
const JUNK_PARTS: &[&str] = &[
    "share",
    "sharing",
    "sharebar",
    "social",
    "newsletter",
    "subscribe",
    "subscription",
    "signup",
    "ad",
    "ads",
    "adslot",
    "consent",
    "modal",
    "popup",
    "outbrain",
    "taboola",
    "comment",
    "comments",
    "respond",
    "reply",
    "disqus",
];
/// Parts that mark boilerplate unless a MAYBE word is present too.
const WEAK_JUNK_PARTS: &[&str] = &[
    "promo",
    "related",
    "recommended",
    "recirc",
    "breadcrumb",
    "breadcrumbs",
    "sidebar",
    "tags",
    "print",
    "toolbar",
    "cta",
    "overlay",
    "player",
    "disclaimer",
];
/// Two-part class names that mark boilerplate unless a MAYBE word is present too.
const WEAK_JUNK_PAIRS: &[(&str, &str)] = &[
    ("more", "stories"),
    ("author", "bio"),
    ("author", "card"),
    ("author", "info"),
    ("about", "author"),
    ("tag", "list"),
];
const BYLINE: &[&str] = &["byline", "author", "writtenby", "p-author"];
const K_POSITIVE: u8 = 1;
const K_NEGATIVE: u8 = 2;
const K_UNLIKELY: u8 = 4;
const K_MAYBE: u8 = 8;
const K_BYLINE: u8 = 16;

/// What one class or id attribute says.
#[derive(Clone, Copy, Default)]
struct NameSignals {
    /// K_* bits.
    kinds: u8,
    /// Readability's class weight for this attribute alone.
    weight: i8,
    strong_junk: bool,
    weak_junk: bool,
    share: bool,
}

fn name_signals(raw: &str) -> NameSignals {
    let rx = re();
    let s = raw.to_ascii_lowercase();
    let mut kinds = 0u8;
    for m in rx.class_words.find_iter(&s) {
        kinds |= rx.word_kinds.get(m.as_str()).copied().unwrap_or(0);
    }
    let mut weight = 0i8;
    if kinds & K_NEGATIVE != 0 || s.split(' ').any(|t| t == "hid") {
        weight -= 25;
    }
    if kinds & K_POSITIVE != 0 {
        weight += 25;
    }
    let mut strong_junk = false;
    let mut weak_junk = false;
    let mut share = false;
    let mut prev = "";
    for part in s.split(|c: char| c.is_ascii_whitespace() || c == '-' || c == '_') {
        if part.is_empty() {
            continue;
        }
        if JUNK_PARTS.contains(&part) || part.starts_with("advert") || part.starts_with("cookie") {
            strong_junk = true;
        }
        if WEAK_JUNK_PARTS.contains(&part)
            || (!prev.is_empty() && WEAK_JUNK_PAIRS.iter().any(|(a, b)| *a == prev && *b == part))
        {
            weak_junk = true;
        }
        prev = part;
    }
    if s.split(|c: char| !c.is_alphanumeric()).any(|t| t == "share" || t == "sharedaddy") {
        share = true;
    }
    NameSignals { kinds, weight, strong_junk, weak_junk, share }
}

/// Flags and class weight from what the class and the id say.
fn combine_signals(c: NameSignals, i: NameSignals) -> (u16, i8) {
    let k = c.kinds | i.kinds;
    let maybe = k & K_MAYBE != 0;
    let mut flags = 0u16;
    if k & K_UNLIKELY != 0 && !maybe {
        flags |= F_UNLIKELY;
    }
    if c.strong_junk || i.strong_junk || ((c.weak_junk || i.weak_junk) && !maybe) {
        flags |= F_JUNK;
    }
    if k & K_BYLINE != 0 {
        flags |= F_BYLINE;
    }
    if c.share || i.share {
        flags |= F_SHARE;
    }
    (flags, c.weight.saturating_add(i.weight))
}

impl<'a> Doc<'a> {
    fn build(html: &'a Html) -> Doc<'a> {
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
    fn subtree_text(&self, i: usize) -> String {
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

    fn title(&self) -> Option<String> {
        if let Some(t) = &self.og_title {
            let t = clean_title(t);
            if !t.is_empty() {
                return Some(t);
            }
        }
        // <h1>: the one matching <title>, else the first inside an article, else a lone one.
        let mut h1s: Vec<(usize, String)> = Vec::new();
        for (i, it) in self.items.iter().enumerate() {
            if it.tag == "h1" {
                let t = self.subtree_text(i);
                if !t.is_empty() && t.len() < 400 {
                    h1s.push((i, t));
                }
                if h1s.len() > 20 {
                    break;
                }
            }
        }
        let tag_title = self.title_tag.as_deref().map(clean_title).unwrap_or_default();
        if !tag_title.is_empty() {
            let lower = self.title_tag.as_deref().unwrap_or_default().to_lowercase();
            if let Some((_, t)) =
                h1s.iter().find(|(_, t)| t.len() > 10 && lower.contains(&t.to_lowercase()))
            {
                return Some(t.clone());
            }
        }
        let in_article = |mut i: usize| {
            let mut steps = 0;
            while i != NONE && steps < 10_000 {
                if self.items[i].flags & F_ARTICLE != 0 {
                    return true;
                }
                i = self.items[i].parent;
                steps += 1;
            }
            false
        };
        if let Some((_, t)) = h1s.iter().find(|(i, _)| in_article(*i)) {
            return Some(t.clone());
        }
        if h1s.len() == 1 {
            return Some(h1s[0].1.clone());
        }
        if !tag_title.is_empty() {
            return Some(tag_title);
        }
        h1s.into_iter().next().map(|(_, t)| t)
    }

    /// Is one of the `max_depth` nearest ancestors of `i` a `tag` element?
    fn has_ancestor(&self, i: usize, tag: &str, max_depth: usize) -> bool {
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

    /// One Readability pass: returns the paragraphs of the chosen article.
    fn run(&self, pass: Pass, title: &str) -> Vec<String> {
        let items = &self.items;
        let n = items.len();
        if n == 0 {
            return Vec::new();
        }
        let weight = |i: usize| -> f64 {
            if pass.weight_classes {
                f64::from(items[i].weight)
            } else {
                0.0
            }
        };

        // 1. Removals decided top-down.
        let mut dead = vec![false; n];
        for i in 0..n {
            let it = &items[i];
            let p = it.parent;
            if p != NONE && dead[p] {
                dead[i] = true;
                continue;
            }
            if it.flags & F_TEXT != 0 || it.tag == "#root" {
                continue;
            }
            if it.flags & F_HIDDEN != 0 || always_dead(it.tag) {
                dead[i] = true;
                continue;
            }
            let structural = matches!(it.tag, "html" | "body" | "a" | "article" | "main");
            // Protect elements holding most of the page's paragraph text.
            let holds_article = self.total_p_text > 0
                && u64::from(self.p_text[i]) * 2 > u64::from(self.total_p_text);
            if pass.strip_unlikely && !structural && !holds_article {
                let in_table_or_code =
                    self.has_ancestor(i, "table", 3) || self.has_ancestor(i, "code", 3);
                if !in_table_or_code
                    && (it.flags & (F_UNLIKELY | F_ROLE_JUNK) != 0
                        || (it.flags & F_JUNK != 0 && it.flags & F_ARTICLE == 0))
                {
                    dead[i] = true;
                    continue;
                }
            }
            if it.flags & (F_AUTHOR | F_BYLINE) != 0 && !structural && !holds_article {
                let (len, _) = measure(&self.subtree_text(i));
                if len > 0 && len < 100 {
                    dead[i] = true;
                    continue;
                }
            }
            if (it.tag == "h1" || it.tag == "h2")
                && !title.is_empty()
                && text_similarity(title, &self.subtree_text(i)) > 0.75
            {
                dead[i] = true;
                continue;
            }
        }

        // 2. Bottom-up statistics of what is left.
        let mut text = vec![0f64; n];
        let mut link = vec![0f64; n];
        let mut commas = vec![0f64; n];
        let mut block_desc = vec![false; n];
        let mut inline_len = vec![0f64; n];
        let mut inline_commas = vec![0f64; n];
        for i in (0..n).rev() {
            if dead[i] {
                continue;
            }
            let it = &items[i];
            if it.flags & F_TEXT != 0 {
                text[i] = f64::from(it.len);
                commas[i] = f64::from(it.commas);
            } else if it.tag == "a" {
                link[i] = if it.flags & F_HASH_LINK != 0 { text[i] * 0.3 } else { text[i] };
            }
            let p = it.parent;
            if p == NONE {
                continue;
            }
            text[p] += text[i];
            link[p] += link[i];
            commas[p] += commas[i];
            if is_div_block(it.tag) || block_desc[i] {
                block_desc[p] = true;
            }
            if it.flags & F_TEXT != 0 || (!is_block(it.tag) && !block_desc[i]) {
                inline_len[p] += text[i];
                inline_commas[p] += commas[i];
            }
        }
        let p_like =
            |i: usize| -> bool { items[i].tag == "p" || (items[i].tag == "div" && !block_desc[i]) };

        // 3. Score paragraphs into their ancestors.
        let mut score = vec![0f64; n];
        let mut scored = vec![false; n];
        let mut candidates: Vec<usize> = Vec::new();
        for i in 0..n {
            if dead[i] || items[i].flags & F_TEXT != 0 {
                continue;
            }
            let tag = items[i].tag;
            let (len, c, first) =
                if matches!(tag, "section" | "h2" | "h3" | "h4" | "h5" | "h6" | "p" | "td" | "pre")
                    || p_like(i)
                {
                    (text[i], commas[i], items[i].parent)
                } else if tag == "div" && inline_len[i] >= 25.0 {
                    (inline_len[i], inline_commas[i], i)
                } else {
                    continue;
                };
            if len < 25.0 || first == NONE {
                continue;
            }
            let points = 1.0 + c + (len / 100.0).floor().min(3.0);
            let mut a = first;
            for level in 0..5usize {
                if a == NONE || items[a].tag == "#root" || items[a].parent == NONE {
                    break;
                }
                if !scored[a] {
                    scored[a] = true;
                    candidates.push(a);
                    score[a] = match items[a].tag {
                        "div" => 5.0,
                        "pre" | "td" | "blockquote" => 3.0,
                        "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
                        "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
                        _ => 0.0,
                    } + weight(a);
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => l as f64 * 3.0,
                };
                score[a] += points / divider;
                a = items[a].parent;
            }
        }
        for &c in &candidates {
            let ld = if text[c] > 0.0 { link[c] / text[c] } else { 0.0 };
            score[c] *= 1.0 - ld;
        }
        let body = (0..n).find(|&i| items[i].tag == "body" && !dead[i]);
        let fallback = body.unwrap_or(0);

        // 4. Pick the top candidate.
        let mut top: Vec<usize> = candidates.clone();
        top.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
        top.truncate(5);
        let mut roots: Vec<usize> = Vec::new();
        match top.first().copied() {
            None => roots.push(fallback),
            Some(t) if items[t].tag == "body" || items[t].tag == "html" => roots.push(t),
            Some(mut t) => {
                // Several near-equal candidates sharing an ancestor: take the ancestor.
                let alternatives: Vec<usize> = top[1..]
                    .iter()
                    .copied()
                    .filter(|&c| score[c] / score[t].max(f64::MIN_POSITIVE) >= 0.75)
                    .collect();
                if alternatives.len() >= 3 {
                    let mut p = items[t].parent;
                    while p != NONE && items[p].tag != "body" && items[p].tag != "#root" {
                        let containing =
                            alternatives.iter().filter(|&&c| c > p && c < items[p].end).count();
                        if containing >= 3 {
                            t = p;
                            break;
                        }
                        p = items[p].parent;
                    }
                }
                if !scored[t] {
                    scored[t] = true;
                    score[t] = 0.0;
                }
                // Climb while the parent scores better.
                let mut last = score[t];
                let threshold = last / 3.0;
                let mut p = items[t].parent;
                while p != NONE && items[p].tag != "body" && items[p].tag != "#root" {
                    if !scored[p] {
                        p = items[p].parent;
                        continue;
                    }
                    if score[p] < threshold {
                        break;
                    }
                    if score[p] > last {
                        if text[t] >= 0.5 * text[p] {
                            t = p;
                        }
                        break;
                    }
                    last = score[p];
                    p = items[p].parent;
                }
                // Climb through single-child wrappers.
                loop {
                    let p = items[t].parent;
                    if p == NONE || matches!(items[p].tag, "body" | "html" | "#root") {
                        break;
                    }
                    let kids = self
                        .children(p)
                        .filter(|&c| !dead[c] && items[c].flags & F_TEXT == 0)
                        .count();
                    if kids != 1 {
                        break;
                    }
                    t = p;
                }
                // 5. Siblings that belong to the article.
                let top_score = if scored[t] { score[t] } else { 0.0 };
                let sibling_threshold = (top_score * 0.2).max(10.0);
                let p = items[t].parent;
                if p == NONE {
                    roots.push(t);
                } else {
                    for s in self.children(p) {
                        if dead[s] || items[s].flags & F_TEXT != 0 {
                            continue;
                        }
                        let mut keep = s == t;
                        if !keep && scored[s] && score[s] >= sibling_threshold {
                            keep = true;
                        }
                        if !keep && items[s].tag == "p" {
                            let ld = if text[s] > 0.0 { link[s] / text[s] } else { 0.0 };
                            let content = self.subtree_text(s);
                            let len = text[s];
                            keep = (len > 80.0 && ld < 0.25)
                                || (len < 80.0
                                    && len > 0.0
                                    && ld == 0.0
                                    && (content.contains(". ") || content.ends_with('.')));
                        }
                        if keep {
                            roots.push(s);
                        }
                    }
                }
                // The article split into several containers of the same class elsewhere on the
                // page (text interrupted by ads or embeds): gather them too.
                if !items[t].class.trim().is_empty() {
                    let (tag, class) = (items[t].tag, items[t].class);
                    let mut extra = Vec::new();
                    for e in 0..n {
                        let it = &items[e];
                        if dead[e] || it.tag != tag || it.class != class || roots.contains(&e) {
                            continue;
                        }
                        let ld = if text[e] > 0.0 { link[e] / text[e] } else { 1.0 };
                        let related = roots
                            .iter()
                            .any(|&r| (e > r && e < items[r].end) || (r > e && r < it.end));
                        if !related
                            && text[e] >= 100.0
                            && ld < 0.25
                            && f64::from(self.p_text[e]) >= 0.5 * text[e]
                        {
                            extra.push(e);
                        }
                    }
                    if !extra.is_empty() {
                        roots.extend(extra);
                        roots.sort_unstable();
                        let mut kept: Vec<usize> = Vec::with_capacity(roots.len());
                        for r in roots {
                            if kept.last().is_none_or(|&k| r >= items[k].end) {
                                kept.push(r);
                            }
                        }
                        roots = kept;
                    }
                }
            }
        }

        // 6. Clean inside the article (bottom-up, so parents see what their children kept).
        for &r in &roots {
            self.clean(r, pass, &mut dead, &block_desc, &inline_len);
        }

        // 7. Render.
        self.render(&roots, &dead)
    }

    fn children(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
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

    fn clean(
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

    fn render(&self, roots: &[usize], dead: &[bool]) -> Vec<String> {
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

/// Readability's text similarity: the share of `b`'s words also in `a`, weighted by length.
fn text_similarity(a: &str, b: &str) -> f64 {
    let words = |s: &str| -> Vec<String> {
        s.to_lowercase()
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_string)
            .collect()
    };
    let ta = words(a);
    let tb = words(b);
    if ta.is_empty() || tb.is_empty() {
        return 0.0;
    }
    let uniq_b: Vec<&String> = tb.iter().filter(|w| !ta.contains(w)).collect();
    let joined_b = tb.iter().map(|s| s.len() + 1).sum::<usize>().saturating_sub(1);
    let joined_u = uniq_b.iter().map(|s| s.len() + 1).sum::<usize>().saturating_sub(1);
    1.0 - joined_u as f64 / joined_b.max(1) as f64
}

/// Strips " | Site", " - Site" and similar suffixes from a page title.
fn clean_title(raw: &str) -> String {
    let mut t = collapse(raw);
    for _ in 0..3 {
        let seps = [" | ", " - ", " – ", " — ", " :: ", " » ", " / ", " · "];
        let cut =
            seps.iter().filter_map(|s| t.rfind(s).map(|p| (p, s.len()))).max_by_key(|&(p, _)| p);
        let Some((pos, sep_len)) = cut else { break };
        let head = t[..pos].trim();
        let tail = t[pos + sep_len..].trim();
        if head.split_whitespace().count() >= 3 && tail.split_whitespace().count() <= 4 {
            t = head.to_string();
        } else {
            break;
        }
    }
    t
}

fn normalize_for_compare(s: &str) -> String {
    s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Drops stock lines, a repeated headline and a trailing comment section.
fn filter_paragraphs(paras: Vec<String>, title: &str) -> Vec<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    const NEWS: &str = r##"<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Mayor vows to fix roads | Daily Planet</title>
<script>var x = "Mayor said nothing";</script><style>p { color: red }</style></head>
<body>
<header class="site-header"><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
<div class="share-buttons"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
<article>
<h1>Mayor vows to fix roads</h1>
<p>The mayor said on Monday that the city would repair every pothole by the end of the year, a promise that drew cheers, and some doubts, from residents.</p>
<p>"We will fix them all," she told reporters at City Hall, adding that the budget, which was approved last week, had room for the work.</p>
<div class="social-share"><button>Share this article</button><a href="/x">Email</a></div>
<p>Critics, including the council's finance chair, said the plan was vague, expensive, and late.</p>
</article>
<aside class="sidebar"><h3>Most read</h3><ul><li><a href="/a">Other story</a></li></ul></aside>
<div id="comments" class="comments-area"><h3 id="reply-title">Leave a Reply</h3>
<form class="comment-form"><textarea></textarea><p>Your email address will not be published.</p></form></div>
<footer>Copyright 2024 Daily Planet</footer>
</body></html>"##;

    const NEWS_EXPECTED: &str = "The mayor said on Monday that the city would repair every pothole by the end of the year, a promise that drew cheers, and some doubts, from residents.\n\n\"We will fix them all,\" she told reporters at City Hall, adding that the budget, which was approved last week, had room for the work.\n\nCritics, including the council's finance chair, said the plan was vague, expensive, and late.";

    #[test]
    fn keeps_article_drops_boilerplate() {
        let a = extract_article(NEWS);
        assert_eq!(a.title.as_deref(), Some("Mayor vows to fix roads"));
        assert_eq!(a.text, NEWS_EXPECTED);
    }

    const WORDPRESS: &str = r#"<html><head><title>A quiet week - My Blog</title></head><body>
<div id="page"><div id="content"><div class="post">
<h2 class="entry-title">A quiet week</h2>
<div class="entry-content">
<p>Nothing much happened this week, said the neighbour, who has lived here for forty years, give or take.</p>
<p>The bakery reopened, the river stayed in its bed, and the council, for once, agreed on something.</p>
</div></div>
<div id="respond"><h3>Leave a Reply</h3><p>Logged in as admin. Log out?</p></div>
</div></div></body></html>"#;

    const WORDPRESS_EXPECTED: &str = "Nothing much happened this week, said the neighbour, who has lived here for forty years, give or take.\n\nThe bakery reopened, the river stayed in its bed, and the council, for once, agreed on something.";

    #[test]
    fn drops_leave_a_reply_section() {
        let a = extract_article(WORDPRESS);
        assert_eq!(a.text, WORDPRESS_EXPECTED);
        assert_eq!(a.title.as_deref(), Some("A quiet week"));
    }

    #[test]
    fn cut_trailing_comment_heading() {
        let paras = vec![
            "First paragraph of the story.".to_string(),
            "Second paragraph of the story.".to_string(),
            "Leave a Reply".to_string(),
            "Great post!".to_string(),
        ];
        assert_eq!(
            filter_paragraphs(paras, ""),
            vec![
                "First paragraph of the story.".to_string(),
                "Second paragraph of the story.".to_string()
            ]
        );
    }

    #[test]
    fn page_without_body() {
        let a = extract_article("<html><head><title>Only a head</title></head></html>");
        assert_eq!(a.title.as_deref(), Some("Only a head"));
        assert_eq!(a.text, "");
        let b = extract_article("Just some   text\nwithout any markup at all.");
        assert_eq!(b.title, None);
        assert_eq!(b.text, "Just some text without any markup at all.");
    }

    #[test]
    fn empty_and_broken_input() {
        assert_eq!(extract_article(""), HtmlArticle::default());
        assert_eq!(extract_article("   \n "), HtmlArticle::default());
        let a = extract_article("<p>Unclosed <b>bold <i>and</p></div></span><p>more text here");
        assert!(a.text.contains("Unclosed bold and"), "{:?}", a.text);
        let _ = extract_article("<<<>>><!-- <div <p =\"\u{0}\u{fffd}");
        let _ = extract_article(&"x".repeat(200_000));
    }

    #[test]
    fn deeply_nested_markup_does_not_overflow() {
        let mut html = String::from("<html><body>");
        for _ in 0..10_000 {
            html.push_str("<div>");
        }
        html.push_str("<p>Deep inside, the witness said the bridge was safe, and nobody, not even the engineer, disagreed.</p>");
        for _ in 0..10_000 {
            html.push_str("</div>");
        }
        html.push_str("</body></html>");
        let expected = "Deep inside, the witness said the bridge was safe, and nobody, not even the engineer, disagreed.";
        assert_eq!(extract_article(&html).text, expected);
        // The passes themselves on the full 10,000-level tree (no pre-parse flattening).
        let parsed = Html::parse_document(&html);
        let doc = Doc::build(&parsed);
        assert!(doc.items.len() > 10_000);
        let pass = Pass { strip_unlikely: true, weight_classes: true, clean_conditionally: true };
        assert_eq!(doc.run(pass, ""), vec![expected.to_string()]);
    }

    #[test]
    fn title_sources() {
        let og = r#"<html><head><meta property="og:title" content="The Real Headline"><title>Other | Site</title></head><body><p>x</p></body></html>"#;
        assert_eq!(extract_article(og).title.as_deref(), Some("The Real Headline"));
        let t = "<title>Storm hits the coast hard | The Gazette</title><p>x</p>";
        assert_eq!(extract_article(t).title.as_deref(), Some("Storm hits the coast hard"));
        assert_eq!(clean_title("Short - Site"), "Short - Site");
    }

    #[test]
    fn paragraphs_and_whitespace() {
        let html = "<body><div><p>  One,\n\n  two   three, and four five six seven eight.</p>\
                    <p>Line one<br>line two, with more words to make it long enough.</p></div></body>";
        let a = extract_article(html);
        assert_eq!(
            a.text,
            "One, two three, and four five six seven eight.\n\nLine one\n\nline two, with more words to make it long enough."
        );
        assert!(!a.text.starts_with('\n') && !a.text.ends_with('\n'));
    }

    #[test]
    fn strips_scripts_comments_and_menus_before_parsing() {
        let html = "<p>a<script>if (a </b) { x = '</p>' }</script>b<!-- <p>hidden</p> -->c</p>\
                    <nav><nav>inner</nav>outer</nav><p>d<!---->e<!-->f</p><SCRIPT>x";
        assert_eq!(strip_raw_blocks(html), "<p>abc</p><p>def</p>");
        // An unclosed <nav> is left to the parser (the scan stays linear); nesting beyond
        // MAX_NESTING loses its tags, not its text.
        let unclosed = "<nav>".repeat(20_000) + "<p>text</p>";
        assert_eq!(strip_raw_blocks(&unclosed), "<nav>".repeat(MAX_NESTING) + "<p>text</p>");
        let deep = "<div>".repeat(1000) + "x" + &"</div>".repeat(1000);
        assert_eq!(
            strip_raw_blocks(&deep),
            "<div>".repeat(MAX_NESTING) + "x" + &"</div>".repeat(MAX_NESTING)
        );
        let a = extract_article("<body><nav>Home</nav><p>The minister said the talks, which began in May, had failed.</p></body>");
        assert_eq!(a.text, "The minister said the talks, which began in May, had failed.");
    }

    #[test]
    fn sniff_charset() {
        assert_eq!(
            sniff_meta_charset(b"<html><head><meta charset=\"UTF-8\">").as_deref(),
            Some("utf-8")
        );
        assert_eq!(
            sniff_meta_charset(
                b"<META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">"
            )
            .as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            sniff_meta_charset(b"<meta charset='windows-1252'/>").as_deref(),
            Some("windows-1252")
        );
        assert_eq!(sniff_meta_charset(b"<html><body>charset=utf-8</body>"), None);
        assert_eq!(sniff_meta_charset(b""), None);
        let mut late = vec![b' '; 5000];
        late.extend_from_slice(b"<meta charset=utf-8>");
        assert_eq!(sniff_meta_charset(&late), None);
        assert_eq!(sniff_meta_charset(&[0xff, 0xfe, b'<', b'm', 0x80]), None);
    }
}
