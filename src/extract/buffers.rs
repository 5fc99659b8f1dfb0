//! The vectors extraction reuses from sentence to sentence and, on one
//! thread, from article to article: most articles are a few sentences
//! long, and vectors made anew for each grew again in each (tokens, words,
//! mentions, sentences).

use super::mentions::Mention;
use super::quotes::QuoteSpan;
use super::tokens::Token;
use crate::lexicon::KeyedWord;
use crate::model::Claim;
use std::cell::Cell;
use std::ops::Range;

/// A sentence's vectors, empty, kept for their allocations.
#[derive(Default)]
pub(super) struct SentenceBuffers {
    /// The string of a sentence's lower-cased words.
    pub lowered_text: String,
    pub toks: Vec<Token>,
    pub lowered: Vec<KeyedWord<'static>>,
    pub mentions: Vec<Mention>,
    /// A paragraph's sentence ranges.
    pub sentences: Vec<Range<usize>>,
    /// The words of a name being read.
    pub name_words: Vec<&'static str>,
    /// The quotations that open in a sentence.
    pub quotes: Vec<QuoteSpan>,
    /// Their spans, for the tokenizer.
    pub quoted: Vec<Range<usize>>,
    /// Where a sentence's statements are and who made them, for its actions.
    pub quote_speakers: Vec<(usize, usize, Option<String>)>,
}

thread_local! {
    static BUFFERS: Cell<SentenceBuffers> = Cell::new(SentenceBuffers::default());
}

impl SentenceBuffers {
    /// The vectors the last article on this thread left.
    pub(super) fn take() -> SentenceBuffers {
        BUFFERS.take()
    }

    /// Leaves the vectors, emptied, to the next article on this thread.
    pub(super) fn give_back(mut self) {
        self.toks.clear();
        self.mentions.clear();
        self.sentences.clear();
        self.quotes.clear();
        self.quoted.clear();
        BUFFERS.set(self);
    }
}

/// Puts each claim's span and speaker in `speakers`, copied into the
/// strings the last sentence's left there: most sentences have a statement
/// or none, and a new string for each was made and freed again.
pub(super) fn copy_speakers(claims: &[Claim], speakers: &mut Vec<(usize, usize, Option<String>)>) {
    speakers.truncate(claims.len());
    for (c, kept) in claims.iter().zip(speakers.iter_mut()) {
        (kept.0, kept.1) = (c.start, c.end);
        kept.2.clone_from(&c.speaker);
    }
    let copied = speakers.len();
    speakers.extend(claims[copied..].iter().map(|c| (c.start, c.end, c.speaker.clone())));
}

/// An empty vector with the allocation of `words`, for words of another
/// lifetime. The map never runs, and the collect reuses the allocation in place.
pub(super) fn recycle_words<'b>(mut words: Vec<&str>) -> Vec<&'b str> {
    words.clear();
    words.into_iter().map(|_| "").collect()
}
