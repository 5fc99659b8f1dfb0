//! Compiling the word-list files into [`Lexicons`]: each file, shipped and
//! user's merged by `parse.rs`, checked and turned into its table.

use super::parse::{list, load, verb_forms, Entries};
use super::{
    ActionVerb, ActorEntry, ActorPatterns, Boilerplate, BoilerplateAction, CuePhraseKind, CueVerb,
    Gender, Lexicons, LightVerb, PhraseTable, VerbSlot, WordMap, SHIPPED,
};
use crate::error::{Error, Result};
use crate::model::ActorKind;
use rustc_hash::FxHashMap as HashMap;
use std::borrow::Cow;

const SLOTS: [VerbSlot; 5] =
    [VerbSlot::Base, VerbSlot::ThirdPerson, VerbSlot::Past, VerbSlot::Participle, VerbSlot::Gerund];

impl Lexicons {
    /// The shipped files, each merged with the user's file that `user(name)`
    /// returns (path and text), if any.
    pub(super) fn build(
        user: impl Fn(&str) -> Result<Option<(String, String)>>,
    ) -> Result<Lexicons> {
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

        let mut demonyms = WordMap::default();
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
        let mut descriptors = WordMap::default();
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
        let mut action_nouns = WordMap::default();
        for l in file("action_nouns.tsv", 2, 2)?.lines {
            let class = l.fields[0].to_lowercase();
            let cameo = cameo_of.get(&class).cloned().unwrap_or_default();
            for noun in list(l.fields.get(1)) {
                action_nouns.insert(noun.to_lowercase(), (class.clone(), cameo.clone()));
            }
        }
        let mut light_verbs: WordMap<Vec<LightVerb>> = WordMap::default();
        for l in file("light_verbs.tsv", 3, 3)?.lines {
            let class = l.fields[0].to_lowercase();
            let Some(cameo) = cameo_of.get(&class).cloned() else {
                return Err(bad("light_verbs.tsv", l.number, format!("unknown class {class:?}")));
            };
            let nouns: Vec<String> =
                list(l.fields.get(2)).iter().map(|n| n.to_lowercase()).collect();
            for (form, slots) in slot_forms(&verb_forms("light_verbs.tsv", &l, 1)?) {
                let verb = ActionVerb { class: class.clone(), cameo: cameo.clone(), slots };
                light_verbs.get_or_default(form).push(LightVerb { verb, nouns: nouns.clone() });
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
/// a straight apostrophe is matched in its typographic form too. Borrowed:
/// the patterns are copied once more, into the groups, and ~13k names need
/// no copy of their own on the way.
fn actor_patterns<'a>(actors: &'a [ActorEntry], descriptors: bool) -> Vec<(Cow<'a, str>, usize)> {
    let mut patterns = Vec::new();
    for (i, a) in actors.iter().enumerate() {
        let mut push = |n: &'a str| {
            // Most names hold no apostrophe.
            if n.contains('\'') {
                patterns.push((Cow::Owned(n.replace('\'', "’")), i));
            }
            patterns.push((Cow::Borrowed(n), i));
        };
        if descriptors {
            a.descriptors.iter().for_each(|n| push(n));
        } else {
            push(&a.name);
            a.aliases.iter().for_each(|n| push(n));
        }
    }
    patterns
}
