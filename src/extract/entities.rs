//! The actors of one article, and how later mentions resolve to them.
//!
//! A name seen in full ("Sir Nick Clegg") creates an entity; shorter forms
//! ("Sir Nick", "Clegg") resolve to the most recent entity whose name holds all
//! their words; pronouns go to the most recent fitting subject or speaker;
//! descriptors ("the company") to the most recent actor of a fitting kind
//! (both in `entities/antecedents.rs`).

use super::entity_index::{EntityIndex, INITIAL_ENTITIES};
use crate::lexicon::{Gender, Lexicons};
use crate::model::ActorKind;

/// Index of an entity in [`Entities`].
pub type EntityId = usize;

/// One actor of the article.
#[derive(Debug, Clone)]
pub struct Entity {
    /// Canonical name.
    pub name: String,
    /// Kind, when known.
    pub kind: Option<ActorKind>,
    /// Gender, for persons.
    pub gender: Gender,
    /// Lower-case words of the name (titles excluded).
    pub words: Vec<String>,
    /// The role the text gave it first.
    pub role: Option<String>,
    /// Byte offset of its latest mention.
    pub last_seen: usize,
    /// Byte offset of its latest mention as a subject or speaker.
    pub last_subject: Option<usize>,
    /// Byte offset of its latest mention by a plural ("Iranian authorities",
    /// "the Kuwaitis"): only then does "they" refer to a state.
    pub last_plural: Option<usize>,
    /// The kind comes from the name's last word ("... Institute"): descriptors
    /// trust it ("the ministry"), pronouns do not ("they said" in a market
    /// report is the dealers), so they read the name as of unknown kind.
    pub kind_guessed: bool,
    /// Seen only as one word opening a sentence ("Proceeds", "Total"), so maybe
    /// no name at all: pronouns and descriptors do not refer to it.
    pub doubtful: bool,
}

impl Entity {
    /// A person, or something that may be one.
    pub fn is_person(&self) -> bool {
        self.kind == Some(ActorKind::Person)
    }

    /// Neither its kind nor its gender is known ("Gurmeet Ram Rahim").
    pub fn is_unknown(&self) -> bool {
        (self.kind.is_none() || self.kind_guessed) && self.gender == Gender::Unknown
    }
}

/// What a name mention tells about its entity.
#[derive(Debug, Clone, Default)]
pub struct NameHint {
    /// The actor lexicon's entry, if the name is a known actor.
    pub lexicon: Option<usize>,
    /// Looks like a person (title, first name, role).
    pub person: bool,
    /// Gender from title or first name.
    pub gender: Option<Gender>,
    /// A role given with the name.
    pub role: Option<String>,
    /// The kind, when the mention tells it ("the hospital association").
    pub kind: Option<ActorKind>,
    /// One capitalised word opening its sentence ("Proceeds will ..."): maybe
    /// a name, maybe a plain word.
    pub opening: bool,
}

/// The registry of an article's entities.
#[derive(Debug, Default)]
pub struct Entities {
    list: Vec<Entity>,
    index: EntityIndex,
    /// Bodies a spokesman or official spoke for, with the role's head and where.
    spoken_for: Vec<(EntityId, usize, Box<str>)>,
}

impl Entities {
    /// The entity with this id.
    pub fn get(&self, id: EntityId) -> &Entity {
        &self.list[id]
    }

    /// The kind of the latest entity called `name` whose kind is known.
    pub fn kind_by_name(&self, name: &str) -> Option<ActorKind> {
        let ids = self.index.with_name(name).iter().rev();
        ids.map(|&i| &self.list[i]).filter(|e| e.name == name).find_map(|e| e.kind)
    }

    /// Marks entity `id` as a name for sure (it spoke), even if only seen
    /// opening a sentence.
    pub fn confirm(&mut self, id: EntityId) {
        self.list[id].doubtful = false;
    }

    /// Gives entity `id` a kind its own words define, unless it has one.
    pub fn define_kind(&mut self, id: EntityId, kind: ActorKind) {
        self.list[id].kind.get_or_insert(kind);
    }

    /// Notes that entity `id` was mentioned at `at`, as a subject if `subject`.
    pub fn touch(&mut self, id: EntityId, at: usize, subject: bool) {
        let e = &mut self.list[id];
        let old = e.last_seen;
        e.last_seen = e.last_seen.max(at);
        self.index.seen(id, old, e.last_seen);
        if subject {
            e.last_subject = Some(e.last_subject.map_or(at, |s| s.max(at)));
        }
    }

    /// Notes that entity `id` was mentioned at `at` by a plural.
    pub fn touch_plural(&mut self, id: EntityId, at: usize) {
        let e = &mut self.list[id];
        e.last_plural = Some(e.last_plural.map_or(at, |p| p.max(at)));
    }

    /// Resolves a name written as `words` (titles removed) at `at`.
    pub fn name(
        &mut self,
        words: &[&str],
        hint: NameHint,
        at: usize,
        lex: &Lexicons,
    ) -> Option<EntityId> {
        if let Some(idx) = hint.lexicon {
            let actor = &lex.actors[idx];
            let id = self.find_exact(&actor.name).unwrap_or_else(|| {
                // "Abu Bakr al-Baghdadi" is "he", never "she". Worked out once,
                // when the entity is made, not at every mention.
                let gender = match actor.kind {
                    ActorKind::Person => {
                        let given = actor.name.split_whitespace().next().map(str::to_lowercase);
                        given.and_then(|g| lex.first_names.get(&g).copied())
                    }
                    _ => None,
                };
                self.push(Entity {
                    name: actor.name.clone(),
                    kind: Some(actor.kind),
                    gender: gender.unwrap_or(Gender::Unknown),
                    words: actor.name.split_whitespace().map(str::to_lowercase).collect(),
                    role: None,
                    last_seen: at,
                    last_subject: None,
                    last_plural: None,
                    kind_guessed: false,
                    doubtful: false,
                })
            });
            if let Some(g) = hint.gender {
                self.list[id].gender = g;
            }
            return Some(id);
        }
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        if lower.is_empty() {
            return None;
        }
        // A shorter form of a known name, or a fuller form of one: either
        // shares a word with this one, so the latest of each word's entities
        // that fits is a candidate, and the latest candidate wins.
        // A state is no short form of a longer name ("China Three Gorges
        // Project Corp" is not China), but of its government ("the Government
        // of Iraq").
        let governing = |w: &String| matches!(w.as_str(), "government" | "of" | "the");
        let fits = |i: EntityId| {
            let e = &self.list[i];
            let state = e.kind == Some(ActorKind::State);
            lower.iter().all(|w| e.words.contains(w))
                || (e.words.iter().all(|w| lower.contains(w))
                    && (!state || lower.iter().all(|w| e.words.contains(w) || governing(w))))
        };
        let known = lower
            .iter()
            .filter_map(|w| self.index.with_word(w).iter().rev().copied().find(|&i| fits(i)))
            .max();
        if let Some(id) = known {
            let e = &mut self.list[id];
            if lower.len() > e.words.len()
                && e.words.iter().all(|w| lower.contains(w))
                && e.kind != Some(ActorKind::State)
            {
                e.words = lower;
                e.name = words.join(" ");
                self.index.add_words(id, &e.words);
                self.index.add_name(id, &e.name);
            }
            if hint.person && e.kind.is_none() {
                e.kind = Some(ActorKind::Person);
            }
            e.doubtful &= hint.opening;
            if e.gender == Gender::Unknown {
                e.gender = hint.gender.unwrap_or(Gender::Unknown);
            }
            if e.role.is_none() {
                e.role = hint.role;
            }
            return Some(id);
        }
        // "Sharon Steel Corp", "Spencer Cos Inc": a company's suffix outweighs a first name.
        let company = lower.len() >= 2
            && lower.last().is_some_and(|w| lex.company_suffixes.contains(w.trim_end_matches('.')));
        let first_name = lex.first_names.get(&lower[0]).copied().filter(|_| !company);
        let person = hint.person || (lower.len() >= 2 && first_name.is_some());
        // "Economic System Reform Institute", "Central Bureau of Statistics": a
        // name whose head (its last word, or the word before "of") is a body's is
        // that body, never "he" or "she".
        let body = || {
            let of = lower.iter().position(|w| w == "of").filter(|&k| k > 0);
            let head = lex.descriptors.get(of.map_or(lower.last()?, |k| &lower[k - 1]).as_str())?;
            head.iter().copied().find(|k| *k != ActorKind::Person)
        };
        let guessed = (!person && hint.kind.is_none() && lower.len() >= 2)
            .then(|| if company { Some(ActorKind::Company) } else { body() })
            .flatten();
        let kind = if person { Some(ActorKind::Person) } else { hint.kind.or(guessed) };
        let gender = hint.gender.or(first_name).unwrap_or(Gender::Unknown);
        // "Consolidated-Bathurst", "3Com", "MacMillan": written as no plain word is.
        let plain = words.len() == 1
            && words[0].chars().skip(1).all(|c| c.is_lowercase() || c == '\'' || c == '’');
        let doubtful = hint.opening && !person && hint.kind.is_none() && plain;
        Some(self.push(Entity {
            name: words.join(" "),
            kind,
            gender,
            words: lower,
            role: hint.role,
            last_seen: at,
            last_subject: None,
            last_plural: None,
            kind_guessed: guessed.is_some(),
            doubtful,
        }))
    }

    /// The latest entity whose name holds all of `words` (case-insensitive), if any.
    pub fn known(&self, words: &[&str]) -> Option<EntityId> {
        let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
        let Some(first) = lower.first() else {
            return self.list.len().checked_sub(1);
        };
        let holds = |i: EntityId| lower.iter().all(|w| self.list[i].words.contains(w));
        self.index.with_word(first).iter().rev().copied().find(|&i| holds(i))
    }

    fn find_exact(&self, name: &str) -> Option<EntityId> {
        self.index.with_name(name).iter().copied().find(|&i| self.list[i].name == name)
    }

    fn push(&mut self, e: Entity) -> EntityId {
        if self.list.capacity() == 0 {
            // Room for the entities of most articles, as the index makes.
            self.list.reserve(INITIAL_ENTITIES);
        }
        let id = self.list.len();
        self.index.add(id, &e.name, &e.words, e.last_seen);
        self.list.push(e);
        id
    }
}

mod antecedents;
mod roles;
#[cfg(test)]
mod tests;
