//! The lexicon's actor names and descriptors found in an article, as the
//! mention finder asks for them: the match starting at a token.

use crate::lexicon::Lexicons;

/// Lexicon matches of the whole article.
#[derive(Debug, Default)]
pub struct ActorMatches {
    /// (start, end, actor index, descriptor?), by start, the longer first.
    list: Vec<(usize, usize, usize, bool)>,
    /// A bit per byte offset of the text, set where a match starts: most
    /// tokens start none, and the bit says so without a binary search.
    starts: Vec<u64>,
}

impl ActorMatches {
    /// True when a match starts at byte `at`.
    #[inline(always)]
    pub fn starts_at(&self, at: usize) -> bool {
        self.starts.get(at / 64).is_some_and(|bits| bits & (1 << (at % 64)) != 0)
    }

    /// The first match (the longest) starting at byte `at`.
    pub fn at(&self, at: usize) -> Option<(usize, usize, usize, bool)> {
        if !self.starts_at(at) {
            return None;
        }
        let idx = self.list.partition_point(|m| m.0 < at);
        self.list.get(idx).copied().filter(|m| m.0 == at)
    }

    /// Number of matches.
    pub fn len(&self) -> usize {
        self.list.len()
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}

/// Finds the lexicon's actor names and descriptors in `text`, on word boundaries.
pub fn actor_matches(text: &str, lex: &Lexicons) -> ActorMatches {
    let mut list = Vec::new();
    crate::lexicon::find_actors(text, &lex.actor_names, &lex.actor_descriptors, |s, e, id, d| {
        list.push((s, e, id, d))
    });
    list.sort_by_key(|m| (m.0, std::cmp::Reverse(m.1)));
    let mut starts = vec![0u64; text.len() / 64 + 1];
    for m in &list {
        starts[m.0 / 64] |= 1 << (m.0 % 64);
    }
    ActorMatches { list, starts }
}
