//! The library's error type: every failure names the file or index it concerns.

use std::path::PathBuf;

/// Errors of the newsclaims library.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A lexicon line is malformed.
    #[error("{path}:{line}: {message}")]
    Lexicon {
        /// The lexicon file.
        path: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// The index could not be opened, written or searched.
    #[error("index {path}: {message}")]
    Index {
        /// The index folder.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// Another `newsclaims index` holds the index's write lock.
    #[error(
        "index {0} is being written by another newsclaims process; try again when it has finished"
    )]
    IndexBusy(PathBuf),
    /// A search query could not be parsed.
    #[error("bad query {query:?}: {message}")]
    Query {
        /// The query as given.
        query: String,
        /// The parser's complaint.
        message: String,
    },
    /// Anything else, with its explanation.
    #[error("{0}")]
    Other(String),
}

/// Result with the library's [`Error`].
pub type Result<T> = std::result::Result<T, Error>;

impl Error {
    /// An I/O error on `path`.
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Error {
        Error::Io { path: path.into(), source }
    }
}
