//! The index schema: which claim fields are searchable, and how.
//!
//! A claim is stored whole as one JSON string (`claim_json`), so what comes back
//! out of the index is exactly what went in, and the searchable fields are
//! indexed only, shaped for the query syntax (`speaker:netblocks`).

use super::doc::DocsBuilder;
use crate::model::Claim;
use tantivy::schema::{
    Field, IndexRecordOption, NumericOptions, Schema, TextFieldIndexing, TextOptions, FAST, STORED,
};
use tantivy::tokenizer::{LowerCaser, RawTokenizer, TextAnalyzer};
use tantivy::Index;

/// English stemming tokenizer, built into tantivy: "restricting" finds "restricted".
pub(crate) const STEMMED: &str = "en_stem";
/// Words, lower-cased and ASCII-folded but not stemmed: for names.
pub(crate) const NAMES: &str = "nc_names";
/// The whole value as one lower-cased token: for exact, case-insensitive matches.
pub(crate) const LOWER: &str = "nc_lower";
/// The whole value as it is (tantivy's own tokenizer).
const RAW: &str = "raw";

/// `doc_type` of an article marker document.
pub(crate) const ARTICLE_DOC: &str = "article";

/// The handles of every field of the schema.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Fields {
    pub doc_type: Field,
    pub article: Field,
    pub hash: Field,
    pub source: Field,
    pub claims: Field,
    pub kind: Field,
    pub content: Field,
    pub speaker: Field,
    pub speaker_exact: Field,
    pub speaker_mention: Field,
    pub speaker_role: Field,
    pub cue: Field,
    pub actor: Field,
    pub actor_exact: Field,
    pub action: Field,
    pub target: Field,
    pub target_exact: Field,
    pub negated: Field,
    pub start: Field,
    pub rule: Field,
    pub cameo: Field,
    pub modality: Field,
    pub claim_json: Field,
}

/// A text field indexed with `tokenizer`; positions when phrases should work.
fn text(tokenizer: &str, positions: bool) -> TextOptions {
    let record = match positions {
        true => IndexRecordOption::WithFreqsAndPositions,
        false => IndexRecordOption::Basic,
    };
    let indexing = TextFieldIndexing::default().set_tokenizer(tokenizer).set_index_option(record);
    TextOptions::default().set_indexing_options(indexing)
}

/// A text field whose value is one token (`raw`, or `LOWER`: the whole value),
/// without norms: a document's norm in it would be 1, and 1 is what tantivy
/// scores a field without norms with, so no score changes.
fn one_token(tokenizer: &str) -> TextOptions {
    let indexing = TextFieldIndexing::default()
        .set_tokenizer(tokenizer)
        .set_index_option(IndexRecordOption::Basic)
        .set_fieldnorms(false);
    TextOptions::default().set_indexing_options(indexing)
}

/// Builds the schema and returns it with its field handles.
///
/// Only `claim_json` is stored: the search reads nothing else from the
/// document store, and the marker fields are read from their columns.
/// Changing the schema makes older indexes foreign (see `FOREIGN_SCHEMA`).
pub(crate) fn build_schema() -> (Schema, Fields) {
    let mut b = Schema::builder();
    let fields = Fields {
        // Markers only: a claim is any document that is not a marker.
        doc_type: b.add_text_field("doc_type", one_token(RAW)),
        // Raw and case-sensitive: article ids are paths, and delete-by-term needs the raw id.
        article: b.add_text_field("article", one_token(RAW) | FAST),
        // Marker fields are columns only, so that loading every marker for an
        // incremental run never touches the document store; nothing searches them.
        hash: b.add_text_field("hash", FAST),
        source: b.add_text_field("source", FAST),
        claims: b.add_u64_field("claims", FAST),
        kind: b.add_text_field("kind", one_token(LOWER)),
        content: b.add_text_field("content", text(STEMMED, true)),
        speaker: b.add_text_field("speaker", text(NAMES, true)),
        speaker_exact: b.add_text_field("speaker_exact", one_token(LOWER)),
        speaker_mention: b.add_text_field("speaker_mention", text(NAMES, true)),
        speaker_role: b.add_text_field("speaker_role", text(NAMES, true)),
        cue: b.add_text_field("cue", text(NAMES, true)),
        actor: b.add_text_field("actor", text(NAMES, true)),
        actor_exact: b.add_text_field("actor_exact", one_token(LOWER)),
        action: b.add_text_field("action", one_token(LOWER)),
        target: b.add_text_field("target", text(NAMES, true)),
        target_exact: b.add_text_field("target_exact", one_token(LOWER)),
        negated: b.add_bool_field("negated", NumericOptions::default().set_indexed()),
        // Fast, for ordering hits by (article, start).
        start: b.add_u64_field("start", FAST),
        rule: b.add_text_field("rule", one_token(RAW)),
        cameo: b.add_text_field("cameo", one_token(RAW)),
        modality: b.add_text_field("modality", one_token(LOWER)),
        claim_json: b.add_text_field("claim_json", STORED),
    };
    (b.build(), fields)
}

/// The field handles of an opened index, or `None` when its schema is not ours
/// (another program's index, or an older newsclaims).
pub(crate) fn fields_of(index: &Index) -> Option<Fields> {
    let (expected, fields) = build_schema();
    (index.schema() == expected).then_some(fields)
}

/// Registers the tokenizers the schema names; tantivy does not persist them.
pub(crate) fn register_tokenizers(index: &Index) {
    let lower = TextAnalyzer::builder(RawTokenizer::default()).filter(LowerCaser).build();
    // The same tokens as tantivy's chains, in one pass (`words.rs`).
    index.tokenizers().register(NAMES, super::words::names());
    index.tokenizers().register(LOWER, lower);
    index.tokenizers().register(STEMMED, super::words::stemmed());
}

/// The marker document that records an article as indexed.
pub(crate) fn article_doc(
    docs: &mut DocsBuilder,
    f: &Fields,
    id: &str,
    hash: &str,
    source: &str,
    n: usize,
) {
    docs.text(f.doc_type, ARTICLE_DOC);
    docs.text(f.article, id);
    docs.text(f.hash, hash);
    docs.text(f.source, source);
    docs.u64(f.claims, n as u64);
    docs.end_doc();
}

/// The document of one claim, filed under article `id`: a differing
/// `claim.article` is overwritten so that filters and stored claim agree.
pub(crate) fn claim_doc(docs: &mut DocsBuilder, f: &Fields, id: &str, claim: &Claim) {
    // In the schema's field order: tantivy sorts a document's values by field
    // before indexing them, and a sorted list costs that sort least.
    docs.text(f.article, id);
    docs.text(f.kind, claim.kind.as_str());
    docs.text(f.content, &claim.content);
    add_name(docs, f.speaker, f.speaker_exact, claim.speaker.as_deref());
    docs.opt_text(f.speaker_mention, claim.speaker_mention.as_deref());
    docs.opt_text(f.speaker_role, claim.speaker_role.as_deref());
    docs.opt_text(f.cue, claim.cue.as_deref());
    add_name(docs, f.actor, f.actor_exact, claim.actor.as_deref());
    docs.opt_text(f.action, claim.action.as_deref());
    add_name(docs, f.target, f.target_exact, claim.target.as_deref());
    docs.bool(f.negated, claim.negated);
    docs.u64(f.start, claim.start as u64);
    docs.text(f.rule, &claim.rule);
    docs.opt_text(f.cameo, claim.cameo.as_deref());
    docs.opt_text(f.modality, claim.modality.as_deref());
    // The stored copy: what `serde_json::to_string` writes, without its nulls.
    docs.text_with(f.claim_json, |json| crate::claim_json::write_stored_claim(json, claim, id));
    docs.end_doc();
}

/// A canonical name goes both to its word field and to its exact field (the next).
fn add_name(docs: &mut DocsBuilder, words: Field, exact: Field, name: Option<&str>) {
    docs.opt_text(words, name);
    docs.opt_text(exact, name);
}
