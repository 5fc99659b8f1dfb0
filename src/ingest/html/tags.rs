//! Predicates over tag names: which elements are blocks, which read as paragraphs, which are
//! never article text. Kept apart so the passes read as rules, not as lists of names.

pub(super) fn is_block(tag: &str) -> bool {
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
pub(super) fn is_div_block(tag: &str) -> bool {
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

pub(super) fn is_heading(tag: &str) -> bool {
    matches!(tag, "h1" | "h2" | "h3" | "h4" | "h5" | "h6")
}

/// Elements whose subtree is never article text.
pub(super) fn always_dead(tag: &str) -> bool {
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
pub(super) fn leaf_only(tag: &str) -> bool {
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
pub(super) fn skipped(tag: &str) -> bool {
    matches!(tag, "script" | "style" | "noscript" | "template" | "base" | "head")
}
