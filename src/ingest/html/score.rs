//! One Readability pass over the flat document: removals, paragraph scores carried up to their
//! ancestors, and the chosen container with its siblings and same-class parts.

use super::doc::{
    Doc, F_ARTICLE, F_AUTHOR, F_BYLINE, F_HASH_LINK, F_HIDDEN, F_JUNK, F_ROLE_JUNK, F_TEXT,
    F_UNLIKELY, NONE,
};
use super::plain_text::measure;
use super::tags::{always_dead, is_block, is_div_block};
use super::title::text_similarity;

/// Which of Readability's filters a pass applies (later passes relax them).
#[derive(Clone, Copy)]
pub(super) struct Pass {
    pub(super) strip_unlikely: bool,
    pub(super) weight_classes: bool,
    pub(super) clean_conditionally: bool,
}

impl Doc<'_> {
    /// One Readability pass: returns the paragraphs of the chosen article.
    pub(super) fn run(&self, pass: Pass, title: &str) -> Vec<String> {
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
}
