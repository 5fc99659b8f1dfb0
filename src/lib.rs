//! newsclaims: who said what, and who did what to whom, in a folder of news.
//!
//! Data flows one way:
//!
//! * [`ingest`] reads text, HTML and JSON Lines files into [`Article`]s;
//! * [`extract`] turns an article into [`Claim`]s (quotes, reported speech,
//!   actions) with rules over the word lists of [`lexicon`];
//! * [`index`] stores claims in a tantivy index and searches them;
//! * [`export`] writes claims and tables as CSV; [`eval`] scores claims
//!   against a gold file.
//!
//! [`model`] is the shared vocabulary of all of them.
#![deny(missing_docs)]

mod byte_class;
mod claim_json;
pub mod cli;
pub mod error;
pub mod eval;
pub mod export;
pub mod extract;
pub mod index;
pub mod ingest;
pub mod lexicon;
pub mod model;

pub use error::{Error, Result};
pub use model::{ActorKind, Article, Claim, ClaimKind, Skipped};
