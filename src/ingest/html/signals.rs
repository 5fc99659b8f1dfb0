//! What class and id names say (Readability's word lists, our boilerplate parts), and all the
//! extractor's regexes, compiled together once: data kept apart from the passes that use it.

use super::doc::{F_BYLINE, F_JUNK, F_SHARE, F_UNLIKELY};
use regex::Regex;
use std::collections::HashMap;
use std::sync::OnceLock;

pub(super) struct Regexes {
    /// Every word of POSITIVE, NEGATIVE, UNLIKELY, MAYBE and BYLINE, longest first.
    class_words: Regex,
    /// K_* bits of each word in `class_words`.
    word_kinds: HashMap<&'static str, u8>,
    pub(super) promo_para: Regex,
    pub(super) video: Regex,
    pub(super) ad_words: Regex,
    pub(super) drop_line: Regex,
    pub(super) cut_line: Regex,
}

pub(super) fn re() -> &'static Regexes {
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
pub(super) struct NameSignals {
    /// K_* bits.
    kinds: u8,
    /// Readability's class weight for this attribute alone.
    weight: i8,
    strong_junk: bool,
    weak_junk: bool,
    share: bool,
}

pub(super) fn name_signals(raw: &str) -> NameSignals {
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
pub(super) fn combine_signals(c: NameSignals, i: NameSignals) -> (u16, i8) {
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
