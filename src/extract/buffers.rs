//! The vectors extraction reuses from sentence to sentence and, on one
//! thread, from article to article: most articles are a few sentences
//! long, and vectors made anew for each grew again in each (tokens, words,
//! mentions, sentences).

use super::mentions::Mention;
use super::tokens::Token;
use crate::lexicon::KeyedWord;
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
        BUFFERS.set(self);
    }
}

/// An empty vector with the allocation of `words`, for words of another
/// lifetime. The map never runs, and the collect reuses the allocation in place.
pub(super) fn recycle_words<'b>(mut words: Vec<&str>) -> Vec<&'b str> {
    words.clear();
    words.into_iter().map(|_| "").collect()
}
