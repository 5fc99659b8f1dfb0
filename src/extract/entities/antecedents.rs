//! Antecedents: the entity a pronoun ("he", "they") or a descriptor ("the
//! company", "the 66-year-old", "the government") refers to, the most recent
//! fitting one, subjects and speakers first.

use super::{Entities, Entity, EntityId};
use crate::lexicon::Gender;
use crate::model::ActorKind;

impl Entities {
    /// How far back (bytes) "they" may find a group only mentioned, never a subject.
    const PLURAL_REACH: usize = 600;

    /// The entity a personal pronoun refers to at `at`: the latest fitting
    /// subject or speaker, or with `latest` the last one mentioned, subject or
    /// not. `latest` is for pronouns inside a quotation (the speaker is "I",
    /// and "he" is the last man the speaker named: "When Graeme discovered
    /// this he ordered Bellamy") and for object pronouns ("called ISIS a
    /// cancer and accused them").
    pub fn pronoun(
        &self,
        gender: Gender,
        plural: bool,
        at: usize,
        latest: bool,
    ) -> Option<EntityId> {
        self.pronoun_except(gender, plural, at, latest, None)
    }

    /// [`Entities::pronoun`], never `except` (an object pronoun's own
    /// clause's subject: "The FBI arrested them").
    pub fn pronoun_except(
        &self,
        gender: Gender,
        plural: bool,
        at: usize,
        latest: bool,
        except: Option<EntityId>,
    ) -> Option<EntityId> {
        let excepted = except.map(|i| &self.list[i]);
        let fits = |e: &Entity| {
            if excepted.is_some_and(|x| std::ptr::eq(x, e)) {
                return false;
            }
            if plural {
                // A country or an outlet is "it": "they" after "Tanzania" or
                // "told Reuters" is others, after "Iranian authorities" the state.
                let it = matches!(e.kind, Some(ActorKind::State | ActorKind::Media));
                e.kind.is_some_and(ActorKind::is_group)
                    && !e.kind_guessed
                    && (!it || e.last_plural.is_some_and(|p| p <= at))
            } else {
                match gender {
                    Gender::Male | Gender::Female => {
                        (e.is_person() && (e.gender == gender || e.gender == Gender::Unknown))
                            || (e.kind.is_none() && e.gender == gender)
                    }
                    Gender::Unknown => !e.is_person(),
                }
            }
        };
        // A name of unknown kind and gender ("Gurmeet Ram Rahim", a first name the
        // list lacks) is the last resort of "he" and "she".
        let unknown = Entity::is_unknown;
        let personal = !plural && gender != Gender::Unknown;
        let recent = |fits: &dyn Fn(&Entity) -> bool| match latest {
            true => self.last_mentioned(at, fits),
            false => self.most_recent(at, fits),
        };
        let unknown = |e: &Entity| unknown(e) && !excepted.is_some_and(|x| std::ptr::eq(x, e));
        let found = recent(&fits).or_else(|| personal.then(|| recent(&unknown)).flatten());
        // "They said" that no subject before fits: a group named in passing
        // paragraphs back ("southern China’s Guangdong Province") is no antecedent.
        found.filter(|&i| {
            let e = &self.list[i];
            let subject = e.last_subject.is_some_and(|s| s <= at);
            !plural || latest || subject || at.saturating_sub(e.last_seen) <= Self::PLURAL_REACH
        })
    }

    /// The fitting entity mentioned last before `at`.
    pub(super) fn last_mentioned(
        &self,
        at: usize,
        fits: &dyn Fn(&Entity) -> bool,
    ) -> Option<EntityId> {
        self.index.recent_first(at).map(|(_, i)| i).find(|&i| {
            let e = &self.list[i];
            !e.doubtful && fits(e)
        })
    }

    /// The person a descriptor that fits anyone ("the 66-year-old") refers
    /// to at `at`: as "he" or "she" would, whatever the gender.
    pub fn person(&self, at: usize) -> Option<EntityId> {
        let named = |e: &Entity| e.is_person() || (e.kind.is_none() && e.gender != Gender::Unknown);
        let unknown = |e: &Entity| e.kind.is_none() && e.gender == Gender::Unknown;
        self.most_recent(at, named).or_else(|| self.most_recent(at, unknown))
    }

    /// The entity a descriptor of these kinds refers to at `at`.
    pub fn descriptor(&self, kinds: &[ActorKind], at: usize) -> Option<EntityId> {
        // Governments, courts and parties are in the lexicon: a name of unknown
        // kind is not "the government" or "the court".
        let public = kinds.iter().all(|k| {
            matches!(
                k,
                ActorKind::Government
                    | ActorKind::State
                    | ActorKind::International
                    | ActorKind::Party
            )
        });
        self.most_recent(at, |e| match e.kind {
            Some(k) => kinds.contains(&k),
            None => !public && !kinds.contains(&ActorKind::Person),
        })
    }

    /// The state a state descriptor ("the state", "the country") refers to
    /// when its own sentence (from `sentence`) named one before `at`: "During
    /// the crisis in Argentina, the firm sued the state" is Argentina, though
    /// another state was a subject sentences before.
    pub fn state_in_sentence(&self, at: usize, sentence: usize) -> Option<EntityId> {
        self.index
            .recent_first(at)
            .take_while(|&(seen, _)| seen >= sentence)
            .map(|(_, i)| i)
            .find(|&i| self.list[i].kind == Some(ActorKind::State))
    }

    /// The state or ruling body "the government" or "the administration"
    /// (`head`) refers to at `at`: the last state, or body whose name holds the
    /// head ("the Russian government", "the Clinton administration").
    pub fn ruling_body(&self, head: &str, at: usize) -> Option<EntityId> {
        self.most_recent(at, |e| match e.kind {
            Some(ActorKind::State) => true,
            Some(ActorKind::Government) | None => e.words.iter().any(|w| w == head),
            _ => false,
        })
    }

    /// Like [`Entities::descriptor`], for a head that the entity's name must hold.
    pub fn descriptor_named(&self, kinds: &[ActorKind], head: &str, at: usize) -> Option<EntityId> {
        self.most_recent(at, |e| {
            e.kind.is_none_or(|k| kinds.contains(&k)) && e.words.iter().any(|w| w == head)
        })
    }

    /// The most recent fitting entity, subjects and speakers first.
    fn most_recent(&self, at: usize, fits: impl Fn(&Entity) -> bool) -> Option<EntityId> {
        let mut by_mention = None;
        let mut latest_subject: Option<(usize, EntityId)> = None;
        for (seen, i) in self.index.recent_first(at) {
            // A subject mention is never later than the entity's last mention:
            // past the best subject, no entity can beat it.
            if latest_subject.is_some_and(|(s, _)| seen < s) {
                break;
            }
            let e = &self.list[i];
            if e.doubtful || !fits(e) {
                continue;
            }
            by_mention.get_or_insert(i);
            if let Some(s) = e.last_subject.filter(|&s| s <= at) {
                latest_subject = latest_subject.max(Some((s, i)));
            }
        }
        let by_subject = latest_subject.map(|(_, i)| i);
        match (by_subject, by_mention) {
            // A subject in the same stretch of text beats an object mentioned just after it.
            (Some(s), Some(m))
                if self.list[m]
                    .last_seen
                    .saturating_sub(self.list[s].last_subject.unwrap_or(0))
                    < 400 =>
            {
                Some(s)
            }
            (_, m) => m.or(by_subject),
        }
    }
}
