//! Word lists as data: actors, titles, roles, cue verbs, action verbs, names.
//!
//! The shipped lists live in `lexicons/en/` and are embedded in the binary with
//! `include_str!`. A user folder (`--lexicons DIR` or `NEWSCLAIMS_LEXICONS`)
//! holding files of the same names extends or overrides them; see
//! `lexicons/README.md` for the formats.

mod actor_patterns;
mod boilerplate;
mod build;
mod keyed_word;
mod parse;
mod phrases;
mod words;

pub use actor_patterns::{find_actors, find_actors_in_tokens, ActorPatterns, ActorScan};
pub use boilerplate::{Boilerplate, BoilerplateAction};
pub use keyed_word::{KeyedWord, LookupWord};
pub use phrases::{PhraseMatch, PhraseTable};
pub(crate) use words::word_bit;
pub use words::{WordFilter, WordMap, WordSet};

use crate::error::{Error, Result};
use crate::model::ActorKind;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;
use std::sync::{Arc, OnceLock};

/// Grammatical gender, as far as titles, first names and pronouns tell it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    /// he, Mr, Sir
    Male,
    /// she, Mrs, Dame
    Female,
    /// unknown or either
    Unknown,
}

impl Gender {
    fn parse(s: &str) -> Gender {
        match s {
            "m" => Gender::Male,
            "f" => Gender::Female,
            _ => Gender::Unknown,
        }
    }
}

/// One actor of `actors.tsv`.
#[derive(Debug, Clone)]
pub struct ActorEntry {
    /// Canonical name.
    pub name: String,
    /// What kind of actor.
    pub kind: ActorKind,
    /// Other proper names (matched case-sensitively).
    pub aliases: Vec<String>,
    /// Descriptive noun phrases (matched ignoring case).
    pub descriptors: Vec<String>,
}

/// The slot of a verb form: which of the five forms matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VerbSlot {
    /// block
    Base,
    /// blocks
    ThirdPerson,
    /// blocked (past tense)
    Past,
    /// blocked (participle)
    Participle,
    /// blocking
    Gerund,
}

/// A reporting verb form ("said", "pointed out").
#[derive(Debug, Clone)]
pub struct CueVerb {
    /// Lemma ("say").
    pub lemma: String,
    /// Which slots this form fills (a past and participle are often the same word).
    pub slots: Vec<VerbSlot>,
    /// Takes a clause without "that" ("he said the plan failed").
    pub bare: bool,
    /// The base and -s forms are also common nouns ("the state", "his tweets").
    pub noun: bool,
    /// Asks for something: its "that" clause is a request, not a statement
    /// ("asked that Facebook remove the limits").
    pub directive: bool,
    /// Reports a question ("asked whether ...", "wondered how ...").
    pub question: bool,
}

/// How a cue phrase relates to its speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CuePhraseKind {
    /// The speaker follows: "according to X".
    SourceFollows,
    /// Decorates a cue verb: "in a statement".
    Adjunct,
    /// A noun that reports speech: "a statement that".
    NounCue,
}

/// An action verb form ("took down" → remove).
#[derive(Debug, Clone)]
pub struct ActionVerb {
    /// Action class ("remove").
    pub class: String,
    /// CAMEO code of the class.
    pub cameo: String,
    /// Which slots this form fills.
    pub slots: Vec<VerbSlot>,
}

/// A light verb with the action nouns it makes an action of ("filed" + "lawsuit" → sue).
#[derive(Debug, Clone)]
pub struct LightVerb {
    /// The class, code and slots of the verb form.
    pub verb: ActionVerb,
    /// The nouns (lower-case) that make the action with it.
    pub nouns: Vec<String>,
}

/// All word lists, compiled for matching.
#[derive(Debug)]
pub struct Lexicons {
    /// Known actors.
    pub actors: Vec<ActorEntry>,
    /// Canonical name → index in `actors` (the first entry of that name).
    actor_by_name: HashMap<String, usize>,
    /// Proper names and aliases → actor index (case-sensitive, longest first).
    pub actor_names: ActorPatterns,
    /// Descriptors → actor index (ASCII case-insensitive).
    pub actor_descriptors: ActorPatterns,
    /// Demonym ("Russian", lower-cased) → state name.
    pub demonyms: WordMap<String>,
    /// Titles (lower-case, no final period) → gender.
    pub titles: PhraseTable<Gender>,
    /// Role nouns (lower-case).
    pub roles: WordSet,
    /// Last words of company names ("corp", "plc"), lower-case, no period.
    pub company_suffixes: WordSet,
    /// Generic head nouns ("company") → the actor kinds they can refer to.
    pub descriptors: WordMap<Vec<ActorKind>>,
    /// Reporting verb forms.
    pub cue_verbs: PhraseTable<CueVerb>,
    /// Cue phrases ("according to").
    pub cue_phrases: PhraseTable<CuePhraseKind>,
    /// Action verb forms and phrases.
    pub action_verbs: PhraseTable<ActionVerb>,
    /// Light verb forms ("filed") → the actions they make with a noun ("a lawsuit").
    pub light_verbs: WordMap<Vec<LightVerb>>,
    /// Action nouns ("ban") → (class, CAMEO code).
    pub action_nouns: WordMap<(String, String)>,
    /// Given names (lower-case) → gender.
    pub first_names: WordMap<Gender>,
    /// Pronouns (lower-case) → gender and plurality.
    pub pronouns: WordMap<(Gender, bool)>,
    /// Abbreviations with their final period, lower-case ("dr.", "u.s.").
    pub abbreviations: WordSet,
    /// Page furniture rules.
    pub boilerplate: Boilerplate,
}

macro_rules! shipped {
    ($name:literal) => {
        ($name, include_str!(concat!("../../lexicons/en/", $name)))
    };
}

/// The shipped files, by name.
pub const SHIPPED: &[(&str, &str)] = &[
    shipped!("actors.tsv"),
    shipped!("demonyms.tsv"),
    shipped!("titles.tsv"),
    shipped!("roles.txt"),
    shipped!("company_suffixes.txt"),
    shipped!("descriptors.tsv"),
    shipped!("cue_verbs.tsv"),
    shipped!("cue_phrases.tsv"),
    shipped!("action_verbs.tsv"),
    shipped!("action_nouns.tsv"),
    shipped!("light_verbs.tsv"),
    shipped!("first_names.tsv"),
    shipped!("pronouns.tsv"),
    shipped!("abbreviations.txt"),
    shipped!("boilerplate.tsv"),
];

impl Lexicons {
    /// True when the single word `w` (lower-case) is a form of a reporting
    /// or action verb of the lexicons.
    pub fn is_verb_form(&self, w: &str) -> bool {
        self.cue_verbs.longest(&[w]).is_some() || self.action_verbs.longest(&[w]).is_some()
    }

    /// The shipped lexicons, compiled once per process.
    pub fn builtin() -> Arc<Lexicons> {
        static BUILTIN: OnceLock<Arc<Lexicons>> = OnceLock::new();
        BUILTIN
            .get_or_init(|| {
                Arc::new(Lexicons::build(|_| Ok(None)).expect("shipped lexicons are valid"))
            })
            .clone()
    }

    /// The shipped lexicons extended by the files in `dir`.
    pub fn with_user_dir(dir: &Path) -> Result<Arc<Lexicons>> {
        if !dir.is_dir() {
            return Err(Error::Other(format!("lexicon folder {} does not exist", dir.display())));
        }
        let lex = Lexicons::build(|name| {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => Ok(Some((path.display().to_string(), text))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
                Err(e) => Err(Error::io(path, e)),
            }
        })?;
        Ok(Arc::new(lex))
    }

    /// The actor of `actors.tsv` with this canonical name.
    pub fn actor(&self, name: &str) -> Option<&ActorEntry> {
        self.actor_index(name).map(|i| &self.actors[i])
    }

    /// The index in `actors` of the actor with this canonical name.
    pub fn actor_index(&self, name: &str) -> Option<usize> {
        self.actor_by_name.get(name).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_file_loads() {
        let lex = Lexicons::builtin();
        assert!(lex.actors.len() > 100);
        assert!(lex.cue_verbs.len() > 100);
        assert!(lex.action_verbs.len() > 50);
        assert!(lex.abbreviations.contains("dr."));
    }

    #[test]
    fn seed_actors_are_known() {
        let lex = Lexicons::builtin();
        for name in ["Roskomnadzor", "NetBlocks", "Meta", "Twitter", "Russia"] {
            assert!(lex.actor(name).is_some(), "{name} missing from actors.tsv");
        }
    }

    #[test]
    fn an_actor_name_must_begin_with_a_letter_or_digit() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("actors.tsv"), "@example\tperson\t\t\n").unwrap();
        let err = Lexicons::with_user_dir(dir.path()).unwrap_err().to_string();
        assert!(err.contains(":1:") && err.contains("@example"), "{err}");
    }
}
