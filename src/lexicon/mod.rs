//! Word lists as data: actors, titles, roles, cue verbs, action verbs, names.
//!
//! The shipped lists live in `lexicons/en/` and are embedded in the binary with
//! `include_str!`. A user folder (`--lexicons DIR` or `NEWSCLAIMS_LEXICONS`)
//! holding files of the same names extends or overrides them; see
//! `lexicons/README.md` for the formats.

mod actor_patterns;
mod boilerplate;
mod parse;
mod phrases;

pub use actor_patterns::{find_actors, ActorPatterns};
pub use boilerplate::{Boilerplate, BoilerplateAction};
pub use phrases::{PhraseMatch, PhraseTable};

use crate::error::{Error, Result};
use crate::model::ActorKind;
use parse::{list, load, verb_forms, Entries};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
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

const SLOTS: [VerbSlot; 5] =
    [VerbSlot::Base, VerbSlot::ThirdPerson, VerbSlot::Past, VerbSlot::Participle, VerbSlot::Gerund];

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
    pub demonyms: HashMap<String, String>,
    /// Titles (lower-case, no final period) → gender.
    pub titles: PhraseTable<Gender>,
    /// Role nouns (lower-case).
    pub roles: HashSet<String>,
    /// Last words of company names ("corp", "plc"), lower-case, no period.
    pub company_suffixes: HashSet<String>,
    /// Generic head nouns ("company") → the actor kinds they can refer to.
    pub descriptors: HashMap<String, Vec<ActorKind>>,
    /// Reporting verb forms.
    pub cue_verbs: PhraseTable<CueVerb>,
    /// Cue phrases ("according to").
    pub cue_phrases: PhraseTable<CuePhraseKind>,
    /// Action verb forms and phrases.
    pub action_verbs: PhraseTable<ActionVerb>,
    /// Light verb forms ("filed") → the actions they make with a noun ("a lawsuit").
    pub light_verbs: HashMap<String, Vec<LightVerb>>,
    /// Action nouns ("ban") → (class, CAMEO code).
    pub action_nouns: HashMap<String, (String, String)>,
    /// Given names (lower-case) → gender.
    pub first_names: HashMap<String, Gender>,
    /// Pronouns (lower-case) → gender and plurality.
    pub pronouns: HashMap<String, (Gender, bool)>,
    /// Abbreviations with their final period, lower-case ("dr.", "u.s.").
    pub abbreviations: HashSet<String>,
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

    fn build(user: impl Fn(&str) -> Result<Option<(String, String)>>) -> Result<Lexicons> {
        let file = |name: &str, min: usize, max: usize| -> Result<Entries> {
            let shipped = SHIPPED.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).unwrap_or("");
            let user = user(name)?;
            // Files whose first field is a class or an action are keyed by the whole line.
            let key_fields = if matches!(
                name,
                "action_verbs.tsv" | "boilerplate.tsv" | "action_nouns.tsv" | "light_verbs.tsv"
            ) {
                max
            } else {
                1
            };
            load(
                name,
                shipped,
                user.as_ref().map(|(p, t)| (p.as_str(), t.as_str())),
                min,
                max,
                key_fields,
            )
        };
        let actors = actors(&file("actors.tsv", 2, 4)?)?;
        let actor_names = ActorPatterns::new(actor_patterns(&actors, false), false)?;
        let actor_descriptors = ActorPatterns::new(actor_patterns(&actors, true), true)?;

        let mut demonyms = HashMap::default();
        for l in file("demonyms.tsv", 2, 2)?.lines {
            for d in list(l.fields.get(1)) {
                demonyms.insert(d.to_lowercase(), l.fields[0].clone());
            }
        }
        let mut titles = PhraseTable::default();
        for l in file("titles.tsv", 1, 2)?.lines {
            let gender = Gender::parse(l.fields.get(1).map(String::as_str).unwrap_or("-"));
            titles.insert(&l.fields[0].to_lowercase().replace('.', ""), gender);
        }
        let roles = file("roles.txt", 1, 1)?.lines.into_iter().map(|l| l.fields[0].to_lowercase());
        let company_suffixes = file("company_suffixes.txt", 1, 1)?
            .lines
            .into_iter()
            .map(|l| l.fields[0].to_lowercase().trim_end_matches('.').to_string());
        let mut descriptors = HashMap::default();
        for l in file("descriptors.tsv", 2, 2)?.lines {
            let kinds = kinds("descriptors.tsv", l.number, &list(l.fields.get(1)))?;
            descriptors.insert(l.fields[0].to_lowercase(), kinds);
        }
        let mut cue_verbs = PhraseTable::default();
        for l in file("cue_verbs.tsv", 2, 4)?.lines {
            let bare = l.fields.get(2).map(|b| b == "y").unwrap_or(false);
            let (mut noun, mut directive, mut question) = (false, false, false);
            for flag in list(l.fields.get(3)) {
                match flag.as_str() {
                    "noun" => noun = true,
                    "directive" => directive = true,
                    "question" => question = true,
                    other => {
                        return Err(bad(
                            "cue_verbs.tsv",
                            l.number,
                            format!("unknown flag {other:?}"),
                        ))
                    }
                }
            }
            for (form, slots) in slot_forms(&verb_forms("cue_verbs.tsv", &l, 1)?) {
                let lemma = l.fields[0].clone();
                let verb = CueVerb { lemma, slots, bare, noun, directive, question };
                cue_verbs.insert(&form, verb);
            }
        }
        let mut cue_phrases = PhraseTable::default();
        for l in file("cue_phrases.tsv", 2, 2)?.lines {
            let kind = match l.fields[1].as_str() {
                "source_follows" => CuePhraseKind::SourceFollows,
                "adjunct" => CuePhraseKind::Adjunct,
                "noun_cue" => CuePhraseKind::NounCue,
                other => {
                    return Err(bad("cue_phrases.tsv", l.number, format!("unknown type {other:?}")))
                }
            };
            cue_phrases.insert(&l.fields[0].to_lowercase(), kind);
        }
        let mut action_verbs = PhraseTable::default();
        let mut cameo_of = HashMap::default();
        for l in file("action_verbs.tsv", 3, 3)?.lines {
            let (class, cameo) = (l.fields[0].to_lowercase(), l.fields[1].clone());
            cameo_of.insert(class.clone(), cameo.clone());
            for (form, slots) in slot_forms(&verb_forms("action_verbs.tsv", &l, 2)?) {
                let verb = ActionVerb { class: class.clone(), cameo: cameo.clone(), slots };
                action_verbs.insert(&form, verb);
            }
        }
        let mut action_nouns = HashMap::default();
        for l in file("action_nouns.tsv", 2, 2)?.lines {
            let class = l.fields[0].to_lowercase();
            let cameo = cameo_of.get(&class).cloned().unwrap_or_default();
            for noun in list(l.fields.get(1)) {
                action_nouns.insert(noun.to_lowercase(), (class.clone(), cameo.clone()));
            }
        }
        let mut light_verbs: HashMap<String, Vec<LightVerb>> = HashMap::default();
        for l in file("light_verbs.tsv", 3, 3)?.lines {
            let class = l.fields[0].to_lowercase();
            let Some(cameo) = cameo_of.get(&class).cloned() else {
                return Err(bad("light_verbs.tsv", l.number, format!("unknown class {class:?}")));
            };
            let nouns: Vec<String> =
                list(l.fields.get(2)).iter().map(|n| n.to_lowercase()).collect();
            for (form, slots) in slot_forms(&verb_forms("light_verbs.tsv", &l, 1)?) {
                let verb = ActionVerb { class: class.clone(), cameo: cameo.clone(), slots };
                light_verbs.entry(form).or_default().push(LightVerb { verb, nouns: nouns.clone() });
            }
        }
        let first_names = file("first_names.tsv", 1, 2)?
            .lines
            .into_iter()
            .map(|l| {
                let g = Gender::parse(l.fields.get(1).map(String::as_str).unwrap_or("-"));
                (l.fields[0].to_lowercase(), g)
            })
            .collect();
        let pronouns = file("pronouns.tsv", 3, 3)?
            .lines
            .into_iter()
            .map(|l| {
                (l.fields[0].to_lowercase(), (Gender::parse(&l.fields[1]), l.fields[2] == "pl"))
            })
            .collect();
        let abbreviations = file("abbreviations.txt", 1, 1)?
            .lines
            .into_iter()
            .map(|l| l.fields[0].to_lowercase())
            .collect();
        let mut boilerplate = Boilerplate::default();
        for l in file("boilerplate.tsv", 2, 2)?.lines {
            let action = match l.fields[0].as_str() {
                "line" => BoilerplateAction::Line,
                "exact" => BoilerplateAction::Exact,
                "cut" => BoilerplateAction::Cut,
                other => {
                    return Err(bad(
                        "boilerplate.tsv",
                        l.number,
                        format!("unknown action {other:?}"),
                    ))
                }
            };
            boilerplate.push(action, &l.fields[1]);
        }
        let actor_by_name =
            actors.iter().enumerate().rev().map(|(i, a)| (a.name.clone(), i)).collect();
        Ok(Lexicons {
            actors,
            actor_by_name,
            actor_names,
            actor_descriptors,
            demonyms,
            titles,
            roles: roles.collect(),
            company_suffixes: company_suffixes.collect(),
            descriptors,
            cue_verbs,
            cue_phrases,
            action_verbs,
            action_nouns,
            light_verbs,
            first_names,
            pronouns,
            abbreviations,
            boilerplate,
        })
    }

    /// The actor of `actors.tsv` with this canonical name.
    pub fn actor(&self, name: &str) -> Option<&ActorEntry> {
        self.actor_by_name.get(name).map(|&i| &self.actors[i])
    }
}

fn bad(path: &str, line: usize, message: String) -> Error {
    Error::Lexicon { path: path.to_string(), line, message }
}

fn kinds(path: &str, line: usize, names: &[String]) -> Result<Vec<ActorKind>> {
    names
        .iter()
        .map(|k| {
            ActorKind::parse(k).ok_or_else(|| bad(path, line, format!("unknown actor kind {k:?}")))
        })
        .collect()
}

fn actors(entries: &Entries) -> Result<Vec<ActorEntry>> {
    let mut out = Vec::with_capacity(entries.lines.len());
    for l in &entries.lines {
        let kind = ActorKind::parse(&l.fields[1]).ok_or_else(|| {
            bad("actors.tsv", l.number, format!("unknown actor kind {:?}", l.fields[1]))
        })?;
        let entry = ActorEntry {
            name: l.fields[0].clone(),
            kind,
            aliases: list(l.fields.get(2)),
            descriptors: list(l.fields.get(3)),
        };
        // Names are matched from word starts (see `actor_patterns.rs`).
        let names = std::iter::once(&entry.name).chain(&entry.aliases).chain(&entry.descriptors);
        for n in names {
            if !n.chars().next().is_some_and(char::is_alphanumeric) {
                let msg = format!("{n:?} must begin with a letter or digit");
                return Err(bad("actors.tsv", l.number, msg));
            }
        }
        out.push(entry);
    }
    Ok(out)
}

/// Groups the five slots of a verb by distinct form ("said" fills past and participle).
fn slot_forms(forms: &[String; 5]) -> Vec<(String, Vec<VerbSlot>)> {
    let mut out: Vec<(String, Vec<VerbSlot>)> = Vec::new();
    for (form, slot) in forms.iter().zip(SLOTS) {
        let form = form.to_lowercase();
        match out.iter_mut().find(|(f, _)| *f == form) {
            Some((_, slots)) => slots.push(slot),
            None => out.push((form, vec![slot])),
        }
    }
    out
}

/// The names and aliases (or the descriptors) of every actor, with its index;
/// a straight apostrophe is matched in its typographic form too.
fn actor_patterns(actors: &[ActorEntry], descriptors: bool) -> Vec<(String, usize)> {
    let mut patterns = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        let names: Vec<&String> = if descriptors {
            a.descriptors.iter().collect()
        } else {
            std::iter::once(&a.name).chain(&a.aliases).collect()
        };
        for n in names {
            patterns.push((n.replace('\'', "’"), i));
            if n.contains('\'') {
                patterns.push((n.clone(), i));
            }
        }
    }
    patterns
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
