//! What "removed", "pulled" or "sacked" takes when it is no removal (CAMEO
//! 1721): things, not people or content. "removed her sunglasses", "removed
//! a matchhead-sized insect", "removed an obstacle", "the insurgents sacked
//! the town".

use super::objects::head;
use super::subjects::people_noun;
use super::Sentence;
use crate::lexicon::Lexicons;

/// What is taken down or removed that is someone's speech or standing.
const CONTENT_NOUNS: &[&str] = &[
    "content", "post", "posts", "video", "videos", "page", "pages", "account", "accounts", "app",
    "apps", "article", "articles", "tweet", "tweets", "comment", "comments", "photo", "photos",
    "image", "images", "picture", "pictures", "ad", "ads", "advert", "adverts", "site", "sites",
    "website", "websites", "channel", "channels", "book", "books", "film", "story", "stories",
    "statue", "statues", "flag", "flags", "sign", "signs", "material", "footage", "clip", "clips",
];
/// People named by a common noun, besides the role and descriptor lexicons.
const PEOPLE_NOUNS: &[&str] = &[
    "man",
    "men",
    "woman",
    "women",
    "person",
    "people",
    "child",
    "children",
    "boy",
    "girl",
    "son",
    "daughter",
    "staff",
    "employee",
    "employees",
    "worker",
    "workers",
    "member",
    "members",
    "player",
    "players",
    "student",
    "students",
    "team",
    "government",
    "regime",
    "judge",
    "servant",
    "servants",
    "troops",
    "soldiers",
    "forces",
    "officers",
    "peers",
    "lords",
    "miners",
    "pickets",
    "protesters",
    "protestors",
    "demonstrators",
    "settlers",
    "residents",
    "migrants",
];
/// What is sacked that is a place, looted.
const PLACE_NOUNS: &[&str] = &["town", "city", "village", "capital", "palace", "temple"];

/// True when the removal verb at `first` acts on `targets` (none a name
/// mention) that are things: no one removed.
#[rustfmt::skip]
pub(super) fn thing_removed(
    s: &Sentence,
    first: usize,
    targets: &[Option<String>],
    lex: &Lexicons,
) -> bool {
    let w = s.lowered[first].as_str();
    let is = |list: &[&str], t: &Option<String>| head(t).is_some_and(|h| list.contains(&h.as_str()));
    // "sacked" is of people, but for a place.
    if w.starts_with("sack") {
        return targets.iter().any(|t| is(PLACE_NOUNS, t));
    }
    // "after Jane Hutt was sacked": a name in words is someone.
    let capitalised = |t: &Option<String>| {
        t.as_deref().and_then(|t| t.rsplit(' ').next()).is_some_and(|h| h.starts_with(char::is_uppercase))
    };
    let kept = |t: &Option<String>| {
        capitalised(t)
            || is(CONTENT_NOUNS, t)
            || is(PEOPLE_NOUNS, t)
            || head(t).is_some_and(|h| people_noun(&h, lex))
    };
    let physical = w.starts_with("remov") || w.starts_with("pull");
    physical && !targets.is_empty() && !targets.iter().any(kept)
}
