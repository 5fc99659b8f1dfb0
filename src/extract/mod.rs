//! Extraction: an [`Article`] in, its [`Claim`]s out.
//!
//! A pipeline of stages over each paragraph: quotation spans → sentences →
//! tokens → mentions (resolved against the article's entities as they appear)
//! → statements (quotes and reported speech) → actions. Every stage is a rule
//! over the lexicons, and every claim names the rule that made it.
//!
//! ```
//! use newsclaims::{extract::Extractor, lexicon::Lexicons, Article, ClaimKind};
//! let article = Article {
//!     id: "a.txt".into(), source: "a.txt".into(), title: None, url: None, date: None,
//!     text: "“We refused,” said Meta spokesman Andy Stone.".into(),
//! };
//! let claims = Extractor::new(Lexicons::builtin()).extract(&article);
//! let quote = claims.iter().find(|c| c.kind == ClaimKind::Quote).unwrap();
//! assert_eq!(quote.content, "We refused,");
//! assert_eq!(quote.speaker.as_deref(), Some("Andy Stone"));
//! // "We" inside the quote is the speaker: an action claim records the refusal.
//! assert!(claims.iter().any(|c| c.action.as_deref() == Some("refuse")));
//! ```

mod actions;
mod actor_matches;
mod apposition;
mod buffers;
mod characterize;
mod clause;
mod coordination;
mod cues;
pub mod entities;
mod entity_index;
mod function_words;
mod mention_anonymous;
mod mention_lexicon;
mod mention_names;
mod mention_phrases;
mod mention_pronouns;
mod mention_qualified;
mod mention_spokes;
mod mention_words;
pub mod mentions;
mod merge;
mod nesting;
mod nouns;
mod openers;
mod participle;
mod questions;
mod quote_marks;
pub mod quotes;
pub mod segment;
pub mod sentence;
mod speaker;
mod speech;
pub mod tokens;
mod transcript;
mod unclaimed;
mod verb_cue;
mod word_list;

use crate::lexicon::Lexicons;
use crate::model::{Article, Claim};
use buffers::{recycle_words, SentenceBuffers};
use entities::Entities;
use mentions::{ActorMatches, MentionFinder};
use sentence::Sentence;
use std::sync::Arc;

/// Articles longer than this are cut at a paragraph end before extraction, so
/// one pathological input cannot stall a run.
pub const MAX_ARTICLE_BYTES: usize = 4 * 1024 * 1024;

/// Sentences longer than this are cut at white space: the rules look at a
/// sentence as a whole, so one run-on "sentence" must not cost quadratic time.
pub const MAX_SENTENCE_BYTES: usize = 4096;

/// A speaker as claims carry it.
#[derive(Debug, Clone, Default)]
pub struct SpeakerInfo {
    /// Canonical name.
    pub name: Option<String>,
    /// The words that named it.
    pub mention: Option<String>,
    /// Role given in the text.
    pub role: Option<String>,
}

/// What the rules remember while reading one article.
#[derive(Debug, Default)]
pub struct ArticleState {
    /// The article's entities.
    pub entities: Entities,
    /// Byte offset where the current paragraph starts.
    pub para_start: usize,
    /// Byte offset where the current paragraph ends.
    pub para_end: usize,
    /// The paragraph that ended with a speaker's lead-in colon ("He said:").
    lead_in_para: Option<usize>,
    /// The last speaker, and the paragraph it spoke in.
    last_speaker: Option<(usize, SpeakerInfo)>,
    /// The last speaker of the paragraph before the current one.
    previous_paragraph_speaker: Option<SpeakerInfo>,
    /// Byte offset where the last sentence that made a statement ends.
    last_statement_end: Option<usize>,
    /// The last list of names ("Shearson, Salomon and Goldman") and its paragraph,
    /// for plural noun phrases that refer back to it ("the three firms").
    pub last_group: Option<(usize, Vec<entities::EntityId>)>,
    /// The last unnamed group that acted as a subject ("The Lebanese security
    /// forces have cracked down"), with the byte offset of its sentence, for a
    /// "they" after it ("They have arrested dozens").
    pub last_people_subject: Option<(usize, Vec<String>)>,
    /// The paragraph of the last transcript turn ("WALLACE: ..."), claimed
    /// whole, and the byte offset where the turn ends.
    transcript_turn: Option<(usize, usize)>,
}

impl ArticleState {
    /// Remembers the speaker of a statement in paragraph `para`.
    pub fn remember_speaker(&mut self, para: usize, c: &Claim) {
        let info = SpeakerInfo {
            name: c.speaker.clone(),
            mention: c.speaker_mention.clone(),
            role: c.speaker_role.clone(),
        };
        self.last_speaker = Some((para, info));
    }

    /// The last speaker in paragraph `para`.
    pub fn speaker_in(&self, para: usize) -> Option<SpeakerInfo> {
        self.last_speaker.as_ref().filter(|(p, _)| *p == para).map(|(_, s)| s.clone())
    }

    /// The last speaker of the paragraph before the current one.
    pub fn speaker_before(&self) -> Option<SpeakerInfo> {
        self.previous_paragraph_speaker.clone()
    }

    /// True when the sentence starting at `start` directly follows the last
    /// sentence that made a statement (nothing but white space between).
    pub fn follows_statement(&self, text: &str, start: usize) -> bool {
        self.last_statement_end.is_some_and(|e| e <= start && text[e..start].trim().is_empty())
    }

    /// Notes that the sentence ending at `end` made a statement.
    pub fn statement_made(&mut self, end: usize) {
        self.last_statement_end = Some(end);
    }

    /// Notes that paragraph `para` ends with a speaker's lead-in colon.
    pub fn lead_in(&mut self, para: usize) {
        self.lead_in_para = Some(para);
    }

    /// True when the paragraph before `para` ended with a lead-in colon.
    pub fn lead_in_before(&self, para: usize) -> bool {
        self.lead_in_para.is_some_and(|p| p + 1 == para)
    }

    fn start_paragraph(&mut self, para: usize, start: usize, end: usize) {
        self.para_end = end;
        // Paragraphs come in order: the last speaker of an earlier paragraph
        // is never asked for again (`speaker_in` wants this one's), so it
        // moves here instead of being copied.
        self.previous_paragraph_speaker =
            self.last_speaker.take().filter(|(p, _)| p + 1 == para).map(|(_, s)| s);
        self.para_start = start;
    }
}

/// Runs the rules of one lexicon set over articles.
#[derive(Debug, Clone)]
pub struct Extractor {
    lex: Arc<Lexicons>,
    /// Which stages each word may matter to, by its filter bit.
    openers: Arc<openers::Openers>,
    /// Keep actions that are only possible ("could ban"), with modality "possible".
    pub keep_possible: bool,
    /// Print each sentence's mentions to standard error (`NEWSCLAIMS_TRACE=1`).
    pub trace: bool,
}

impl Extractor {
    /// An extractor over `lex`.
    pub fn new(lex: Arc<Lexicons>) -> Extractor {
        let trace = std::env::var_os("NEWSCLAIMS_TRACE").is_some_and(|v| v == "1");
        let openers = Arc::new(openers::Openers::new(&lex));
        Extractor { lex, openers, keep_possible: false, trace }
    }

    /// The lexicons in use.
    pub fn lexicons(&self) -> &Lexicons {
        &self.lex
    }

    /// All claims of `article`, in text order.
    pub fn extract(&self, article: &Article) -> Vec<Claim> {
        let lex = &*self.lex;
        let text = truncate(&article.text);
        let mut matches = ActorMatches::default();
        let mut state = ArticleState::default();
        let mut claims = Vec::new();
        // A sentence's vectors go back here after it, for the next.
        let buffers = SentenceBuffers::take();
        let (mut lowered_text, mut toks_buf) = (buffers.lowered_text, buffers.toks);
        let (mut mentions_buf, mut sentences) = (buffers.mentions, buffers.sentences);
        let mut lowered_buf = tokens::recycle(buffers.lowered);
        let mut name_words = recycle_words(buffers.name_words);
        let (mut quotes_buf, mut quoted) = (buffers.quotes, buffers.quoted);
        let mut quote_speakers = buffers.quote_speakers;
        for (p, para) in segment::paragraphs(text).into_iter().enumerate() {
            state.start_paragraph(p, para.start, para.end);
            let quotes = quotes::find_quotes(text, para.clone());
            segment::sentences_into(text, para.clone(), &quotes, lex, &mut sentences);
            for range in
                sentences.drain(..).flat_map(|r| segment::bounded(text, r, MAX_SENTENCE_BYTES))
            {
                let mut sent_quotes = std::mem::take(&mut quotes_buf);
                sent_quotes.clear();
                let opens_here =
                    |q: &&quotes::QuoteSpan| q.open >= range.start && q.open < range.end;
                sent_quotes.extend(quotes.iter().filter(opens_here));
                quoted.clear();
                quoted.extend(sent_quotes.iter().map(|q| q.start..q.end));
                let mut toks = std::mem::take(&mut toks_buf);
                tokens::tokenize_into(text, range.clone(), &quoted, &mut toks);
                let marks = |bit| self.openers.of_bit(bit);
                let mut lowered = tokens::recycle(std::mem::take(&mut lowered_buf));
                tokens::lowered_words_into(&toks, text, &mut lowered_text, marks, &mut lowered);
                let headline = tokens::is_title_case(&toks, &lowered);
                let mut mentions = std::mem::take(&mut mentions_buf);
                matches.find_in_sentence(text, &toks, &lowered, lex);
                let finder = MentionFinder {
                    text,
                    lex,
                    matches: &matches,
                    headline: Default::default(),
                    name_words: std::mem::take(&mut name_words).into(),
                };
                finder.find_into(&toks, &lowered, headline, &mut state.entities, &mut mentions);
                // Emptied, the vector borrows nothing: it goes on to the next sentence's finder.
                name_words = recycle_words(finder.name_words.into_inner());
                let quotes = sent_quotes;
                let s =
                    Sentence { text, range, para: p, toks, lowered, headline, mentions, quotes };
                if self.trace {
                    trace(&s, &state);
                }
                let first_new = claims.len();
                speech::statements(&s, lex, &mut state, &mut claims);
                buffers::copy_speakers(&claims[first_new..], &mut quote_speakers);
                let first_action = claims.len();
                actions::actions(&s, lex, &state, &quote_speakers, self.keep_possible, &mut claims);
                if let Some(group) = actions::people_subject(&s, &claims[first_action..], &state) {
                    state.last_people_subject = Some((s.range.start, group));
                }
                if let Some(group) = actions::coordinated_names(&s) {
                    state.last_group = Some((p, group));
                }
                (toks_buf, mentions_buf, quotes_buf) = (s.toks, s.mentions, s.quotes);
                lowered_buf = tokens::recycle(s.lowered);
            }
        }
        let lowered = tokens::recycle(lowered_buf);
        let name_words = recycle_words(name_words);
        let (toks, mentions) = (toks_buf, mentions_buf);
        SentenceBuffers {
            lowered_text,
            toks,
            lowered,
            mentions,
            sentences,
            name_words,
            quotes: quotes_buf,
            quoted,
            quote_speakers,
        }
        .give_back();
        claims.sort_by_key(|c| (c.start, c.kind));
        let mut claims = merge::merge_interrupted_quotes(text, claims);
        for c in &mut claims {
            c.article.clone_from(&article.id);
            characterise_names(c, &state.entities, lex);
        }
        claims
    }
}

/// Gives the claim's speaker, actor and target their actor kinds: what the
/// article said of them (a title, "a company that ..."), else the lexicon's.
fn characterise_names(c: &mut Claim, entities: &Entities, lex: &Lexicons) {
    let kind = |name: &Option<String>| {
        let name = name.as_deref()?;
        entities.kind_by_name(name).or_else(|| lex.actor(name).map(|a| a.kind))
    };
    c.speaker_kind = kind(&c.speaker);
    c.actor_kind = kind(&c.actor);
    c.target_kind = kind(&c.target);
}

/// The text up to [`MAX_ARTICLE_BYTES`], cut at a paragraph or char boundary.
fn truncate(text: &str) -> &str {
    if text.len() <= MAX_ARTICLE_BYTES {
        return text;
    }
    let mut cut = MAX_ARTICLE_BYTES;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let head = &text[..cut];
    head.rfind("\n\n").map_or(head, |p| &head[..p])
}

/// Prints a sentence's mentions, for rule writers.
fn trace(s: &Sentence, state: &ArticleState) {
    eprintln!("SENTENCE {:?}", s.as_str());
    for m in &s.mentions {
        let entity = m.entity.map(|e| state.entities.get(e).name.as_str());
        eprintln!(
            "  {:?} {:?} -> {:?} role={:?} pp={} parens={} poss={} quoted={}",
            m.kind,
            &s.text[m.span.0..m.span.1],
            entity,
            m.role,
            m.in_pp,
            m.in_parens,
            m.possessive,
            m.quoted
        );
    }
}

/// The claims of `text` as one article, with the shipped lexicons: the rules' unit tests.
#[cfg(test)]
pub(crate) fn claims_of(text: &str) -> Vec<Claim> {
    let article = Article {
        id: "a.txt".into(),
        source: "a.txt".into(),
        title: None,
        url: None,
        date: None,
        text: text.into(),
    };
    Extractor::new(Lexicons::builtin()).extract(&article)
}

/// (speaker mention, content) of the statements of `text`: the rules' unit tests.
#[cfg(test)]
pub(crate) fn statement_mentions(text: &str) -> Vec<(Option<String>, String)> {
    let statements =
        claims_of(text).into_iter().filter(|c| c.kind != crate::model::ClaimKind::Action);
    statements.map(|c| (c.speaker_mention, c.content)).collect()
}

/// (kind, content) of the statements of `text`: the rules' unit tests.
#[cfg(test)]
pub(crate) fn statement_kinds(text: &str) -> Vec<(crate::model::ClaimKind, String)> {
    let statements =
        claims_of(text).into_iter().filter(|c| c.kind != crate::model::ClaimKind::Action);
    statements.map(|c| (c.kind, c.content)).collect()
}

#[cfg(test)]
mod tests;
