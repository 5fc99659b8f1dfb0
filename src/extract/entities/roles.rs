//! Roles: the person who holds a role ("the Iranian president", "the
//! striker"), the role a person is given, and the bodies spokesmen and
//! officials speak for, so that "the spokesman" after "a Microsoft
//! spokesman said" is Microsoft again.

use super::{Entities, EntityId};

impl Entities {
    /// The person last seen by `at` whose role was given as `role` ("Iranian President"), ignoring case.
    pub fn with_role(&self, role: &str, at: usize) -> Option<EntityId> {
        self.person_with_role(at, |r| r.eq_ignore_ascii_case(role))
    }

    /// The person last seen by `at` whose role ends in `head` ("Welsh striker" for "striker").
    pub fn with_role_head(&self, head: &str, at: usize) -> Option<EntityId> {
        self.person_with_role(at, |r| {
            r.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(head))
        })
    }

    fn person_with_role(&self, at: usize, fits: impl Fn(&str) -> bool) -> Option<EntityId> {
        self.last_mentioned(at, &|e| e.is_person() && e.role.as_deref().is_some_and(&fits))
    }

    /// Notes that a source whose role ends in `head` ("spokesman",
    /// "officials") spoke for entity `id` at byte `at`.
    pub fn note_spoken_for(&mut self, id: EntityId, head: &str, at: usize) {
        self.spoken_for.push((id, at, head.into()));
    }

    /// The body the latest source with role head `head` spoke for before
    /// `at`, unless `person`, a person with that role, was mentioned later.
    pub fn spoken_for(&self, head: &str, at: usize, person: Option<EntityId>) -> Option<EntityId> {
        let (id, when, _) = self
            .spoken_for
            .iter()
            .rev()
            .find(|(_, when, h)| *when < at && h.eq_ignore_ascii_case(head))?;
        let person_later = person.is_some_and(|p| self.get(p).last_seen > *when);
        (!person_later).then_some(*id)
    }

    /// Gives entity `id` role `role`, unless it has one.
    pub fn give_role(&mut self, id: EntityId, role: &str) {
        self.list[id].role.get_or_insert_with(|| role.to_string());
    }
}
