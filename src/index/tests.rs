use super::*;
use crate::model::{Claim, ClaimKind};

fn quote(article: &str, speaker: &str, content: &str, start: usize) -> Claim {
    let mut c = Claim::new(article, ClaimKind::Quote, "test-quote");
    c.speaker = Some(speaker.into());
    c.speaker_mention = Some(speaker.into());
    c.cue = Some("said".into());
    c.content = content.into();
    c.sentence = format!("\"{content}\", {speaker} said.");
    c.start = start;
    c.end = start + content.len();
    c
}

fn action(article: &str, actor: &str, verb: &str, target: &str, start: usize) -> Claim {
    let mut c = Claim::new(article, ClaimKind::Action, "test-action");
    c.actor = Some(actor.into());
    c.action = Some(verb.into());
    c.target = Some(target.into());
    c.content = format!("{actor} {verb}ed {target} on Monday.");
    c.sentence = c.content.clone();
    c.start = start;
    c.end = start + c.content.len();
    c.cameo = Some("171".into());
    c
}

fn article_a() -> Vec<Claim> {
    vec![
        quote("a.txt", "NetBlocks", "Twitter is being restricted in Turkey", 10),
        quote("a.txt", "Alp Toker", "the restrictions are nationwide", 80),
        action("a.txt", "Roskomnadzor", "block", "Twitter", 150),
    ]
}

fn article_b() -> Vec<Claim> {
    let mut possible = action("b.txt", "Ofcom", "ban", "TikTok", 90);
    possible.modality = Some("possible".into());
    vec![quote("b.txt", "Nick Clegg", "we are restricting political ads", 0), possible]
}

/// An index in a temp dir with articles a.txt and b.txt committed.
pub(crate) fn fixture() -> (tempfile::TempDir, ClaimIndex) {
    let dir = tempfile::tempdir().unwrap();
    let index = ClaimIndex::open_or_create(&dir.path().join("idx")).unwrap();
    let mut w = index.writer(50 << 20).unwrap();
    w.put_article("a.txt", "h1", "in/a.txt", &article_a()).unwrap();
    w.put_article("b.txt", "h2", "in/b.txt", &article_b()).unwrap();
    w.commit().unwrap();
    drop(w);
    (dir, index)
}

fn query(q: &str) -> SearchRequest {
    SearchRequest { query: Some(q.into()), ..SearchRequest::default() }
}

fn contents(index: &ClaimIndex, req: &SearchRequest) -> Vec<String> {
    index.searcher().unwrap().search(req).unwrap().into_iter().map(|h| h.claim.content).collect()
}

#[test]
fn claims_round_trip_exactly() {
    let (_dir, index) = fixture();
    let req = SearchRequest { article: Some("a.txt".into()), ..SearchRequest::default() };
    let hits = index.searcher().unwrap().search(&req).unwrap();
    let got: Vec<Claim> = hits.into_iter().map(|h| h.claim).collect();
    assert_eq!(got, article_a(), "all claims of a.txt, in start order");
}

#[test]
fn stemmed_content_search_with_highlights() {
    let (_dir, index) = fixture();
    let hits = index.searcher().unwrap().search(&query("restricting")).unwrap();
    assert_eq!(hits.len(), 3, "restricted, restrictions, restricting: {hits:?}");
    for hit in &hits {
        let (a, b) = hit.highlights[0];
        assert!(hit.claim.content[a..b].starts_with("restrict"), "{hit:?}");
        assert!(hit.score > 0.0);
    }
}

#[test]
fn phrase_query() {
    let (_dir, index) = fixture();
    assert_eq!(
        contents(&index, &query("\"being restricted\"")),
        ["Twitter is being restricted in Turkey"]
    );
    assert!(contents(&index, &query("\"restricted being\"")).is_empty());
}

#[test]
fn field_syntax_is_case_insensitive_for_names() {
    let (_dir, index) = fixture();
    let expected = ["Twitter is being restricted in Turkey"];
    assert_eq!(contents(&index, &query("speaker:netblocks")), expected);
    assert_eq!(contents(&index, &query("speaker:NetBlocks AND content:twitter")), expected);
    assert_eq!(contents(&index, &query("speaker:\"alp toker\"")).len(), 1);
    assert_eq!(contents(&index, &query("action:Block target:twitter kind:action")).len(), 1);
    assert_eq!(
        contents(&index, &query("article:b.txt")).len(),
        1,
        "the possible action is left out"
    );
}

#[test]
fn name_filters_match_whole_words_or_whole_names() {
    let (_dir, index) = fixture();
    let by_speaker =
        |s: &str| SearchRequest { speaker: Some(s.into()), ..SearchRequest::default() };
    assert_eq!(contents(&index, &by_speaker("Toker")), ["the restrictions are nationwide"]);
    assert_eq!(contents(&index, &by_speaker("alp toker")).len(), 1);
    assert!(contents(&index, &by_speaker("Tok")).is_empty(), "no partial words");
    let blocks = SearchRequest {
        action: Some("block".into()),
        target: Some("Twitter".into()),
        ..SearchRequest::default()
    };
    let hits = index.searcher().unwrap().search(&blocks).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].claim.actor.as_deref(), Some("Roskomnadzor"));
}

#[test]
fn possible_actions_only_on_request() {
    let (_dir, index) = fixture();
    let bans = SearchRequest { action: Some("ban".into()), ..SearchRequest::default() };
    let searcher = index.searcher().unwrap();
    assert_eq!(searcher.count(&bans).unwrap(), 0);
    assert_eq!(searcher.count(&SearchRequest { include_possible: true, ..bans }).unwrap(), 1);
}

#[test]
fn no_query_means_every_asserted_claim_in_order() {
    let (_dir, index) = fixture();
    let searcher = index.searcher().unwrap();
    assert_eq!(searcher.num_claims(), 5);
    let all = SearchRequest { limit: usize::MAX, ..SearchRequest::default() };
    let hits = searcher.search(&all).unwrap();
    let order: Vec<(String, usize)> =
        hits.iter().map(|h| (h.claim.article.clone(), h.claim.start)).collect();
    let expected = [("a.txt", 10), ("a.txt", 80), ("a.txt", 150), ("b.txt", 0)];
    assert_eq!(order, expected.map(|(a, s)| (a.to_string(), s)));
    let mut streamed = Vec::new();
    let stream = |c: Claim| {
        streamed.push((c.article, c.start));
        Ok(())
    };
    searcher.for_each_claim(&all, stream).unwrap();
    assert_eq!(streamed, order);
}

#[test]
fn bad_query_is_a_query_error() {
    let (_dir, index) = fixture();
    let err = index.searcher().unwrap().search(&query("nosuchfield:x")).unwrap_err();
    assert!(matches!(err, Error::Query { .. }), "{err}");
}

#[test]
fn putting_an_article_again_replaces_it() {
    let (_dir, index) = fixture();
    let mut w = index.writer(50 << 20).unwrap();
    w.put_article("a.txt", "h1", "in/a.txt", &article_a()).unwrap();
    w.commit().unwrap();
    assert_eq!(index.searcher().unwrap().num_claims(), 5, "no duplicates");
    let changed = vec![quote("a.txt", "NetBlocks", "service is back", 5)];
    w.put_article("a.txt", "h3", "in/a.txt", &changed).unwrap();
    w.commit().unwrap();
    assert_eq!(index.searcher().unwrap().num_claims(), 3);
    assert_eq!(contents(&index, &query("speaker:netblocks")), ["service is back"]);
    let articles = index.articles().unwrap();
    let record = ArticleRecord { hash: "h3".into(), claims: 1, source: "in/a.txt".into() };
    assert_eq!(articles["a.txt"], record);
    assert_eq!(articles.len(), 2);
    // a.txt now sits in a later segment than b.txt: the order must not care.
    let all = SearchRequest { include_possible: true, ..SearchRequest::default() };
    let order: Vec<String> = index
        .searcher()
        .unwrap()
        .search(&all)
        .unwrap()
        .into_iter()
        .map(|h| h.claim.article)
        .collect();
    assert_eq!(order, ["a.txt", "b.txt", "b.txt"]);
}

#[test]
fn article_ids_with_slashes_work_in_queries_and_filters() {
    let (_dir, index) = fixture();
    let mut w = index.writer(50 << 20).unwrap();
    w.put_article("dir/c.txt", "h4", "in/dir/c.txt", &[quote("x", "Meta", "we disagree", 0)])
        .unwrap();
    w.commit().unwrap();
    let filter = SearchRequest { article: Some("dir/c.txt".into()), ..SearchRequest::default() };
    let hits = index.searcher().unwrap().search(&filter).unwrap();
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].claim.article, "dir/c.txt", "claims are filed under the put id");
    assert_eq!(contents(&index, &query("article:\"dir/c.txt\"")), ["we disagree"]);
}

#[test]
fn delete_removes_claims_and_marker() {
    let (_dir, index) = fixture();
    let mut w = index.writer(50 << 20).unwrap();
    w.delete_article("b.txt").unwrap();
    w.finish().unwrap();
    assert_eq!(index.searcher().unwrap().num_claims(), 3);
    assert!(!index.articles().unwrap().contains_key("b.txt"));
}

#[test]
fn rollback_keeps_the_last_commit() {
    let (_dir, index) = fixture();
    let mut w = index.writer(50 << 20).unwrap();
    w.delete_article("a.txt").unwrap();
    w.put_article("c.txt", "h4", "in/c.txt", &article_b()).unwrap();
    w.rollback().unwrap();
    w.commit().unwrap();
    assert_eq!(index.searcher().unwrap().num_claims(), 5);
}

#[test]
fn second_writer_is_busy() {
    let (_dir, index) = fixture();
    let _first = index.writer(50 << 20).unwrap();
    let again = ClaimIndex::open(index.path()).unwrap();
    assert!(matches!(again.writer(50 << 20), Err(Error::IndexBusy(_))));
}

#[test]
fn opening_a_missing_or_foreign_index_explains() {
    let dir = tempfile::tempdir().unwrap();
    let Err(Error::Index { message, .. }) = ClaimIndex::open(&dir.path().join("none")) else {
        panic!("opened a missing index")
    };
    assert!(message.contains("newsclaims index DIR"), "{message}");
    let mut b = tantivy::schema::Schema::builder();
    b.add_text_field("title", tantivy::schema::TEXT);
    tantivy::Index::create_in_dir(dir.path(), b.build()).unwrap();
    let Err(Error::Index { message, .. }) = ClaimIndex::open(dir.path()) else {
        panic!("opened a foreign index")
    };
    assert!(message.contains("not a newsclaims index"), "{message}");
}

#[test]
fn documents_list_their_fields_in_schema_order() {
    use tantivy::schema::document::Document;
    let (_, f) = schema::build_schema();
    let mut claim = action("a.txt", "Roskomnadzor", "block", "Twitter", 150);
    claim.speaker = Some("Roskomnadzor".into());
    claim.speaker_mention = Some("the watchdog".into());
    claim.speaker_role = Some("regulator".into());
    claim.cue = Some("said".into());
    claim.modality = Some("possible".into());
    let mut docs = super::doc::DocsBuilder::default();
    schema::claim_doc(&mut docs, &f, "a.txt", &claim);
    schema::article_doc(&mut docs, &f, "a.txt", "00ff", "a.txt", 1);
    let docs = docs.finish();
    assert_eq!(docs.len(), 2);
    for doc in docs {
        let fields: Vec<_> = doc.iter_fields_and_values().map(|(field, _)| field).collect();
        assert!(fields.windows(2).all(|w| w[0] < w[1]), "{fields:?}");
    }
}

#[test]
fn an_articles_documents_hold_their_own_values() {
    use tantivy::schema::document::{Document, Value};
    let (_, f) = schema::build_schema();
    let claims =
        [quote("a.txt", "Meta", "we disagree", 0), quote("a.txt", "Ofcom", "no comment", 20)];
    let mut docs = super::doc::DocsBuilder::default();
    schema::article_doc(&mut docs, &f, "a.txt", "00ff", "in/a.txt", claims.len());
    for c in &claims {
        schema::claim_doc(&mut docs, &f, "a.txt", c);
    }
    let docs = docs.finish();
    assert_eq!(docs.len(), 3);
    let text = |doc: &super::doc::ClaimDoc, field| -> Vec<String> {
        let values = doc.iter_fields_and_values().filter(|(f, _)| *f == field);
        values.filter_map(|(_, v)| v.as_str().map(str::to_string)).collect()
    };
    assert_eq!(text(&docs[0], f.source), ["in/a.txt"]);
    assert_eq!(text(&docs[0], f.content), Vec::<String>::new());
    for (doc, claim) in docs[1..].iter().zip(&claims) {
        assert_eq!(text(doc, f.content), [claim.content.as_str()]);
        assert_eq!(text(doc, f.speaker_exact), [claim.speaker.as_deref().unwrap()]);
        let json = text(doc, f.claim_json);
        let stored: crate::model::Claim = serde_json::from_str(&json[0]).unwrap();
        assert_eq!(serde_json::to_string(&stored).unwrap(), serde_json::to_string(claim).unwrap());
    }
}
