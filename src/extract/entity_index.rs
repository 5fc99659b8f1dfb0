//! Lookups into an article's entity registry that stay fast when an article
//! names thousands of actors (a list of names, a huge scraped page): entities
//! by the words of their names, by their names, and by recency. Without them
//! every mention searched the whole registry, and a 1 MB file of 24k names
//! took minutes.

use std::cell::Cell;
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
///
/// An index dropped leaves its maps and lists, emptied, to the next one
/// made on its thread: most articles name a few entities, and maps made
/// anew for each article cost more than the entities' entries.
#[derive(Debug)]
pub struct EntityIndex {
    by_word: HashMap<u64, Ids>,
    by_name: HashMap<u64, Ids>,
    recency: Recency,
}

/// The room an index leaves to the next: its maps and lists, empty.
#[derive(Default)]
struct Spare {
    by_word: HashMap<u64, Ids>,
    by_name: HashMap<u64, Ids>,
    order: Vec<(usize, EntityId)>,
    last_seen: Vec<usize>,
}

/// Above this many words, an index's maps are let go, not left to the
/// next article: emptying them would cost each article after a huge page.
const SPARE_WORDS: usize = 1024;

thread_local! {
    static SPARE: Cell<Option<Spare>> = const { Cell::new(None) };
}

impl Default for EntityIndex {
    fn default() -> Self {
        let spare = SPARE.try_with(Cell::take).ok().flatten().unwrap_or_default();
        let recency = Recency { order: spare.order, last_seen: spare.last_seen, stale: 0 };
        EntityIndex { by_word: spare.by_word, by_name: spare.by_name, recency }
    }
}

impl Drop for EntityIndex {
    fn drop(&mut self) {
        if self.by_word.capacity() > SPARE_WORDS {
            return;
        }
        self.by_word.clear();
        self.by_name.clear();
        self.recency.order.clear();
        self.recency.last_seen.clear();
        let spare = Spare {
            by_word: std::mem::take(&mut self.by_word),
            by_name: std::mem::take(&mut self.by_name),
            order: std::mem::take(&mut self.recency.order),
            last_seen: std::mem::take(&mut self.recency.last_seen),
        };
        // None while the thread ends: the maps are simply dropped then.
        let _ = SPARE.try_with(|s| s.set(Some(spare)));
    }
}

/// `(last_seen, id)` of every entity, in order. A mention moves an entity
/// to the end (mentions come in text order, or nearly), so a mention appends
/// the entity anew and leaves its old place behind, to be passed over
/// until the list is compacted: a B-tree's insert and remove cost more than
/// the articles' few entities are worth.
#[derive(Debug, Default)]
struct Recency {
    /// `(last_seen, id)`, ascending; an entry whose `last_seen` is no
    /// longer its entity's is stale.
    order: Vec<(usize, EntityId)>,
    /// Each entity's last mention, by id.
    last_seen: Vec<usize>,
    /// Stale entries in `order`.
    stale: usize,
}

impl Recency {
    /// Places `(seen, id)` in order: at the end, or just before it.
    fn insert(&mut self, seen: usize, id: EntityId) {
        let at = self.order.len()
            - self.order.iter().rev().take_while(|&&entry| entry > (seen, id)).count();
        self.order.insert(at, (seen, id));
    }

    fn add(&mut self, id: EntityId, seen: usize) {
        // Ids come in order; a gap (only in tests) is no entity.
        if self.last_seen.len() <= id {
            self.last_seen.resize(id + 1, usize::MAX);
        }
        self.last_seen[id] = seen;
        self.insert(seen, id);
    }

    fn seen(&mut self, id: EntityId, new: usize) {
        self.last_seen[id] = new;
        self.insert(new, id);
        self.stale += 1;
        // Passed over, stale entries would cost every look back: once they
        // outnumber the live ones, they go (linear overall).
        if self.stale > self.last_seen.len() + 16 {
            let last_seen = &self.last_seen;
            self.order.retain(|&(seen, id)| last_seen[id] == seen);
            self.stale = 0;
        }
    }

    fn recent_first(&self, at: usize) -> impl Iterator<Item = (usize, EntityId)> + '_ {
        let end = self.order.partition_point(|&entry| entry <= (at, EntityId::MAX));
        let live = |&&(seen, id): &&(usize, EntityId)| self.last_seen[id] == seen;
        self.order[..end].iter().rev().filter(live).copied()
    }
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
            self.recency.order.reserve(4 * INITIAL_ENTITIES);
            self.recency.last_seen.reserve(INITIAL_ENTITIES);
        }
        self.add_name(id, name);
        self.add_words(id, words);
        self.recency.add(id, last_seen);
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
            self.recency.seen(id, new);
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
        self.recency.recent_first(at).take(LOOKBACK)
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

    use proptest::prelude::*;
    use std::collections::BTreeSet;

    proptest! {
        /// The entities by recency are those of a B-tree of `(last_seen,
        /// id)`, however often they are mentioned (stale places compacted
        /// or not) and in whatever order a sentence's mentions come.
        #[test]
        fn recency_is_the_ordered_set_s(
            steps in prop::collection::vec((0..40usize, 0..12usize, 0..6usize), 1..200),
        ) {
            let mut index = EntityIndex::default();
            let mut reference = BTreeSet::new();
            let mut last_seen: Vec<usize> = Vec::new();
            for (k, (pick, back, query_back)) in steps.into_iter().enumerate() {
                // Text positions grow; a mention may be a little behind the last.
                let at = (10 * k).saturating_sub(back);
                if pick >= last_seen.len() {
                    index.add(last_seen.len(), "x", &[], at);
                    reference.insert((at, last_seen.len()));
                    last_seen.push(at);
                } else {
                    let (old, new) = (last_seen[pick], last_seen[pick].max(at));
                    index.seen(pick, old, new);
                    reference.remove(&(old, pick));
                    reference.insert((new, pick));
                    last_seen[pick] = new;
                }
                let query = (10 * k).saturating_sub(10 * query_back);
                let got: Vec<_> = index.recent_first(query).collect();
                let want: Vec<_> = reference.range(..=(query, EntityId::MAX)).rev().copied().collect();
                prop_assert_eq!(got, want);
            }
        }
    }

    #[test]
    fn an_index_made_after_one_is_dropped_starts_empty() {
        let mut index = EntityIndex::default();
        index.add(0, "Alp Toker", &words("alp toker"), 10);
        drop(index);
        let index = EntityIndex::default();
        assert!(index.with_word("alp").is_empty() && index.with_name("Alp Toker").is_empty());
        assert_eq!(index.recent_first(usize::MAX).count(), 0);
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
