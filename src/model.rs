//! The shared vocabulary: articles in, claims out.
//!
//! Every other module speaks in these types. They are plain serde data, so a
//! claim read back from JSON Lines or from the index is the same value that the
//! extractor produced.

use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// One news article, as the extractors see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// Stable name: the path relative to the folder given (for a single file its
    /// file name); for a JSON Lines record its `id` field, or `FILE#LINE`.
    pub id: String,
    /// The file the article was read from.
    pub source: PathBuf,
    /// Headline, when the input has one.
    pub title: Option<String>,
    /// Canonical URL, when the input gives one.
    pub url: Option<String>,
    /// Publication date as written in the input.
    pub date: Option<String>,
    /// The normalised text that every claim's offsets point into: paragraphs
    /// separated by blank lines, page furniture removed.
    pub text: String,
}

impl Article {
    /// A hex content hash of the text (xxh3-64): the same words give the same hash
    /// whatever the file is called, which is what de-duplication keys on.
    pub fn content_hash(&self) -> String {
        format!("{:016x}", xxhash_rust::xxh3::xxh3_64(self.text.as_bytes()))
    }
}

/// What a claim records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, PartialOrd, Ord)]
#[serde(rename_all = "lowercase")]
pub enum ClaimKind {
    /// Words inside quotation marks, also partial quotes.
    Quote,
    /// Reported speech without quotation marks.
    Indirect,
    /// An actor doing something to a target.
    Action,
}

impl ClaimKind {
    /// The contract's name for the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ClaimKind::Quote => "quote",
            ClaimKind::Indirect => "indirect",
            ClaimKind::Action => "action",
        }
    }

    /// Parses the contract's name.
    pub fn parse(s: &str) -> Option<ClaimKind> {
        match s {
            "quote" => Some(ClaimKind::Quote),
            "indirect" => Some(ClaimKind::Indirect),
            "action" => Some(ClaimKind::Action),
            _ => None,
        }
    }
}

/// One claim, in the field order and meaning of the claims contract
/// (`newsclaims extract --format jsonl`). Fields after `sentence` are extensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Claim {
    /// The article's stable name ([`Article::id`]).
    pub article: String,
    /// quote, indirect or action.
    pub kind: ClaimKind,
    /// Canonical speaker name; null when none was found.
    pub speaker: Option<String>,
    /// The words that name the speaker ("he", "Sir Nick", "the company").
    pub speaker_mention: Option<String>,
    /// Title or role given in the text.
    pub speaker_role: Option<String>,
    /// The reporting words as written.
    pub cue: Option<String>,
    /// Quote: the words inside the marks; indirect: the reported clause; action: the sentence.
    pub content: String,
    /// Action: who acts, canonical name.
    pub actor: Option<String>,
    /// Action: the action class (a verb lemma of the action lexicon).
    pub action: Option<String>,
    /// Action: what or whom it is done to, canonical name.
    pub target: Option<String>,
    /// The text says it did not happen.
    pub negated: bool,
    /// Byte offset where `content` starts in the article's text.
    pub start: usize,
    /// Byte offset where `content` ends.
    pub end: usize,
    /// The whole sentence (or sentences) the claim was read from.
    pub sentence: String,
    /// Extension: the name of the rule that produced the claim.
    pub rule: String,
    /// Extension: the CAMEO event code of an action.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cameo: Option<String>,
    /// Extension: "possible" for actions that are only planned, threatened or
    /// conditional ("could ban"); absent for asserted ones.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<String>,
    /// Extension: the kind of actor the speaker is (person, company, state, ...),
    /// from the lexicon or from what the article says of it ("Dr.", "a company that").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_kind: Option<ActorKind>,
    /// Extension: the kind of actor the action's actor is.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor_kind: Option<ActorKind>,
    /// Extension: the kind of actor the action's target is, when it is an actor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_kind: Option<ActorKind>,
}

impl Claim {
    /// An empty claim of `kind` for `article`; extractors fill in the rest.
    pub fn new(article: &str, kind: ClaimKind, rule: &str) -> Claim {
        Claim {
            article: article.to_string(),
            kind,
            speaker: None,
            speaker_mention: None,
            speaker_role: None,
            cue: None,
            content: String::new(),
            actor: None,
            action: None,
            target: None,
            negated: false,
            start: 0,
            end: 0,
            sentence: String::new(),
            rule: rule.to_string(),
            cameo: None,
            modality: None,
            speaker_kind: None,
            actor_kind: None,
            target_kind: None,
        }
    }

    /// The person or organisation the claim is about first: speaker for
    /// statements, actor for actions.
    pub fn who(&self) -> Option<&str> {
        match self.kind {
            ClaimKind::Action => self.actor.as_deref(),
            _ => self.speaker.as_deref(),
        }
    }
}

/// Actor kinds of the actor lexicon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A human being.
    Person,
    /// An organisation that is none of the more specific kinds.
    Organisation,
    /// A company, platform or brand.
    Company,
    /// A government body or agency.
    Government,
    /// A country acting as a state.
    State,
    /// A news outlet or agency.
    Media,
    /// A political party.
    Party,
    /// An international body.
    International,
}

impl ActorKind {
    /// Parses a lexicon kind name.
    pub fn parse(s: &str) -> Option<ActorKind> {
        Some(match s {
            "person" => ActorKind::Person,
            "organisation" | "organization" => ActorKind::Organisation,
            "company" => ActorKind::Company,
            "government" => ActorKind::Government,
            "state" => ActorKind::State,
            "media" => ActorKind::Media,
            "party" => ActorKind::Party,
            "international" => ActorKind::International,
            _ => return None,
        })
    }

    /// The lexicon name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::Organisation => "organisation",
            ActorKind::Company => "company",
            ActorKind::Government => "government",
            ActorKind::State => "state",
            ActorKind::Media => "media",
            ActorKind::Party => "party",
            ActorKind::International => "international",
        }
    }

    /// True for every kind but a person.
    pub fn is_group(self) -> bool {
        self != ActorKind::Person
    }
}

/// A file or record that could not be read as an article, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The file (and for JSON Lines, `FILE#LINE`).
    pub path: String,
    /// Why, in a few words a user can act on.
    pub reason: String,
}
