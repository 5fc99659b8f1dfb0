//! The headline: chosen from og:title, the <h1>s and <title>, cleaned of site suffixes, and
//! recognised when the body repeats it (so it is not counted as article text).

use super::doc::{Doc, F_ARTICLE, NONE};
use super::plain_text::collapse;

impl Doc<'_> {
    /// The headline: og:title (or twitter:title), else the likeliest `<h1>`, else `<title>`.
    pub(super) fn title(&self) -> Option<String> {
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
}

/// Readability's text similarity: the share of `b`'s words also in `a`, weighted by length.
pub(super) fn text_similarity(a: &str, b: &str) -> f64 {
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
pub(super) fn clean_title(raw: &str) -> String {
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
