//! Lookups into an article's entity registry that stay fast when an article
//! names thousands of actors (a list of names, a huge scraped page): entities
//! by the words of their names, by their names, and by recency. Without them
//! every mention searched the whole registry, and a 1 MB file of 24k names
//! took minutes.

use std::collections::BTreeSet;
use std::hash::BuildHasher;

use rustc_hash::FxHashMap as HashMap;

use super::entities::EntityId;

/// How many of the most recently mentioned entities a pronoun or descriptor
/// looks back over. No real article comes near it; it bounds the work of a
/// "he" that fits no one in a page of thousands of names.
pub const LOOKBACK: usize = 4096;

/// Entities most articles stay within.
pub(super) const INITIAL_ENTITIES: usize = 16;

/// Secondary indexes of [`super::entities::Entities`]. Ids in every list are
/// ascending.
///
/// Words and names are keyed by a 64-bit hash, not a copy of the string:
/// most keys hold one entity, so a key costs no allocation at all. A caller
/// checks the words or the name of every entity it is given, as a hash
/// collision (which 64 bits make most unlikely) may add one.
#[derive(Debug, Default)]
pub struct EntityIndex {
    by_word: HashMap<u64, Ids>,
    by_name: HashMap<u64, Ids>,
    recency: BTreeSet<(usize, EntityId)>,
}

/// The ids of one key: a single one, as most keys have, needs no vector.
#[derive(Debug)]
enum Ids {
    One(EntityId),
    Many(Vec<EntityId>),
}

impl Ids {
    fn as_slice(&self) -> &[EntityId] {
        match self {
            Ids::One(id) => std::slice::from_ref(id),
            Ids::Many(ids) => ids,
        }
    }

    fn insert(&mut self, id: EntityId) {
        match self {
            Ids::One(one) if *one == id => {}
            Ids::One(one) => {
                *self = Ids::Many(if *one < id { vec![*one, id] } else { vec![id, *one] })
            }
            Ids::Many(ids) => insert_sorted(ids, id),
        }
    }
}

fn key(s: &str) -> u64 {
    rustc_hash::FxBuildHasher.hash_one(s)
}

impl EntityIndex {
    /// Records a new entity.
    pub fn add(&mut self, id: EntityId, name: &str, words: &[String], last_seen: usize) {
        if self.by_name.capacity() == 0 {
            // Room for the entities of most articles: growing a map a few
            // entries at a time rehashes it again and again.
            self.by_name.reserve(INITIAL_ENTITIES);
            self.by_word.reserve(2 * INITIAL_ENTITIES);
        }
        self.add_name(id, name);
        self.add_words(id, words);
        self.recency.insert((last_seen, id));
    }

    /// Records a name entity `id` now carries (names only grow longer, and a
    /// caller checks that the entity still carries the name it looks up).
    pub fn add_name(&mut self, id: EntityId, name: &str) {
        add_to(&mut self.by_name, name, id);
    }

    /// Records words entity `id`'s name now holds.
    pub fn add_words(&mut self, id: EntityId, words: &[String]) {
        for w in words {
            add_to(&mut self.by_word, w, id);
        }
    }

    /// Notes that entity `id`, last seen at `old`, was last seen at `new`.
    pub fn seen(&mut self, id: EntityId, old: usize, new: usize) {
        if old != new {
            self.recency.remove(&(old, id));
            self.recency.insert((new, id));
        }
    }

    /// The entities whose names hold (or once held) this lower-case word.
    pub fn with_word(&self, word: &str) -> &[EntityId] {
        self.by_word.get(&key(word)).map_or(&[], Ids::as_slice)
    }

    /// The entities that carry (or once carried) this name.
    pub fn with_name(&self, name: &str) -> &[EntityId] {
        self.by_name.get(&key(name)).map_or(&[], Ids::as_slice)
    }

    /// `(last_seen, id)` of the entities last seen by `at`, the latest first
    /// (ties: the later entity first), at most [`LOOKBACK`] of them.
    pub fn recent_first(&self, at: usize) -> impl Iterator<Item = (usize, EntityId)> + '_ {
        self.recency.range(..=(at, EntityId::MAX)).rev().take(LOOKBACK).copied()
    }
}

/// Adds `id` to the ids of `word`.
fn add_to(map: &mut HashMap<u64, Ids>, word: &str, id: EntityId) {
    map.entry(key(word)).and_modify(|ids| ids.insert(id)).or_insert(Ids::One(id));
}

fn insert_sorted(ids: &mut Vec<EntityId>, id: EntityId) {
    if let Err(at) = ids.binary_search(&id) {
        ids.insert(at, id);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split(' ').map(str::to_string).collect()
    }

    #[test]
    fn recency_orders_by_last_mention_then_by_id() {
        let mut index = EntityIndex::default();
        index.add(0, "Alp Toker", &words("alp toker"), 10);
        index.add(1, "NetBlocks", &words("netblocks"), 20);
        index.add(2, "Meta", &words("meta"), 20);
        index.seen(0, 10, 30);
        let order: Vec<EntityId> = index.recent_first(25).map(|(_, id)| id).collect();
        assert_eq!(order, [2, 1]);
        let order: Vec<EntityId> = index.recent_first(30).map(|(_, id)| id).collect();
        assert_eq!(order, [0, 2, 1]);
    }

    #[test]
    fn words_and_names_keep_ids_ascending_without_repeats() {
        let mut index = EntityIndex::default();
        index.add(3, "Clegg", &words("clegg"), 0);
        index.add(1, "Nick Clegg", &words("nick clegg"), 0);
        index.add_words(1, &words("nick clegg"));
        index.add_name(3, "Nick Clegg");
        assert_eq!(index.with_word("clegg"), [1, 3]);
        assert_eq!(index.with_name("Nick Clegg"), [1, 3]);
        assert!(index.with_word("meta").is_empty());
    }
}
