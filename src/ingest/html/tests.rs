//! Unit tests of the extractor, end to end and per stage; in their own file so that the
//! stages stay short.

use super::prepass::MAX_NESTING;
use super::title::clean_title;
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
