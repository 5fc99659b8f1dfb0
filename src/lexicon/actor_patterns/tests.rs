//! Unit tests of the word-pair groups, against a brute-force longest-prefix
//! reference; in their own file so that `actor_patterns.rs` stays short.

use super::*;
use proptest::prelude::*;
use std::cmp::Reverse;

fn set(patterns: &[&str], ignore_case: bool) -> ActorPatterns {
    let patterns = patterns.iter().enumerate().map(|(i, p)| (p.to_string(), i)).collect();
    ActorPatterns::new(patterns, ignore_case).unwrap()
}

/// `set` as if every word pair had the same hash: one group holding every
/// pattern, longest first, and a filter that lets every word through.
fn all_colliding(mut set: ActorPatterns) -> ActorPatterns {
    set.candidates.sort_by_key(|c| (Reverse(c.len), c.index));
    set.word_pairs.fill(u64::MAX);
    set.first_words.fill(u64::MAX);
    set.all_colliding = true;
    set
}

/// (start, end, actor) of every match of `set` in `text`.
fn spans(set: &ActorPatterns, text: &str) -> Vec<(usize, usize, usize)> {
    let none = ActorPatterns::new(Vec::<(String, usize)>::new(), false).unwrap();
    let mut out = Vec::new();
    find_actors(text, set, &none, |s, e, id, _| out.push((s, e, id)));
    out
}

fn matches(patterns: &[&str], ignore_case: bool, text: &str) -> Vec<String> {
    let got = spans(&set(patterns, ignore_case), text);
    got.into_iter().map(|(s, e, id)| format!("{}={}", &text[s..e], patterns[id])).collect()
}

/// What the anchored leftmost-longest automaton found, by brute force: at
/// each word start not inside the last match, the longest pattern the
/// text starts with (of equally long ones, the first), if it ends on a
/// boundary.
fn reference(patterns: &[&str], ignore_case: bool, text: &str) -> Vec<(usize, usize, usize)> {
    reference_at(patterns, ignore_case, text, |_| true)
}

/// [`reference`] at the word starts where `opens` says a match may start.
fn reference_at(
    patterns: &[&str],
    ignore_case: bool,
    text: &str,
    opens: impl Fn(usize) -> bool,
) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    let mut until = 0;
    let mut next = next_word(text, 0);
    while let Some(word) = next {
        next = next_word(text, word.end);
        if word.start < until || !opens(word.start) {
            continue;
        }
        let rest = &text.as_bytes()[word.start..];
        let longest = (patterns.iter().enumerate())
            .filter(|(_, p)| {
                rest.get(..p.len()).is_some_and(|here| {
                    if ignore_case {
                        here.eq_ignore_ascii_case(p.as_bytes())
                    } else {
                        here == p.as_bytes()
                    }
                })
            })
            .max_by_key(|(i, p)| (p.len(), Reverse(*i)));
        if let Some((i, p)) = longest {
            let end = word.start + p.len();
            if ends_on_boundary(text, end) {
                out.push((word.start, end, i));
                until = end;
            }
        }
    }
    out
}

#[test]
fn whole_words_only_longest_first() {
    const TEXT: &str = "Meta and Metallica; Meta Platforms’s unit, MetaMeta, éMeta.";
    let got = matches(&["Meta", "Meta Platforms"], false, TEXT);
    assert_eq!(got, ["Meta=Meta", "Meta Platforms=Meta Platforms"]);
}

#[test]
fn the_longest_match_wins_and_the_first_of_equals() {
    const TEXT: &str = "Bank of America Merrill Lynch, Bank of America, Bank of Japan, Bank.";
    let patterns = ["Bank", "Bank of America", "Bank of America Merrill Lynch", "Bank"];
    let got = matches(&patterns, false, TEXT);
    let want = [
        "Bank of America Merrill Lynch=Bank of America Merrill Lynch",
        "Bank of America=Bank of America",
        "Bank=Bank",
        "Bank=Bank",
    ];
    assert_eq!(got, want);
    // Equally long descriptors ignoring case: the first given.
    assert_eq!(
        matches(&["the Kremlin", "The Kremlin"], true, "THE KREMLIN"),
        ["THE KREMLIN=the Kremlin"]
    );
}

#[test]
fn a_match_ends_on_a_word_boundary() {
    assert!(matches(&["Meta"], false, "Metadata, Meta2, Metaé").is_empty());
    assert_eq!(matches(&["Meta"], false, "Meta-data"), ["Meta=Meta"]);
    // As the automaton did: a longer pattern that ends inside the next word
    // hides the shorter one; ending inside the first word, it does not.
    assert!(matches(&["US", "US Army"], false, "the US Armyish, US Armyé").is_empty());
    assert_eq!(matches(&["US", "US Army", "U"], false, "US Arm"), ["US=US"]);
    assert_eq!(matches(&["US", "US A"], false, "US a"), ["US=US"]);
}

#[test]
fn a_possessive_may_follow_a_name() {
    const TEXT: &str = "Meta’s unit, Meta's unit, Metas, Meta2’s, Meta’ unit";
    let got = matches(&["Meta"], false, TEXT);
    assert_eq!(got, ["Meta=Meta", "Meta=Meta", "Meta=Meta"]);
}

#[test]
fn descriptors_ignore_ascii_case() {
    const TEXT: &str = "The Russian telecom watchdog said; the RUSSIAN TELECOM WATCHDOG";
    let got = matches(&["Russian telecom watchdog"], true, TEXT);
    assert_eq!(got.len(), 2);
    // Only ASCII case: É is not é.
    assert!(matches(&["état"], true, "ÉTAT").is_empty());
    assert_eq!(matches(&["état"], true, "éTAT"), ["éTAT=état"]);
}

#[test]
fn patterns_of_one_group_are_compared_byte_by_byte() {
    // The same first two words, so the same group; only the bytes differ.
    let patterns = ["Meta Platforms Inc", "Meta Platforms Group", "Meta Platforms Group Ltd"];
    assert!(matches(&patterns, false, "Meta Platforms Ltd and Meta Platforms").is_empty());
    let got = matches(&patterns, false, "Meta Platforms Group said");
    assert_eq!(got, ["Meta Platforms Group=Meta Platforms Group"]);
    // Every pattern in one group, as if all hashes collided: no false match.
    let set = all_colliding(set(&["Meta", "Metal", "US Army", "Army"], false));
    assert_eq!(spans(&set, "Metallica, Metal, US Navy, Army"), [(11, 16, 1), (27, 31, 3)]);
}

#[test]
fn a_shorter_bounded_name_inside_a_failed_longer_one_still_counts() {
    // "Sputnik" starts a word after the unbounded "RT" candidate fails.
    const TEXT: &str = "RTX, Sputnik and RT.";
    let got = matches(&["RT", "Sputnik"], false, TEXT);
    assert_eq!(got, ["Sputnik=Sputnik", "RT=RT"]);
}

#[test]
fn one_and_two_word_patterns_with_the_same_first_word() {
    const TEXT: &str = "US Navy, US Army’s staff, US-Army, USA, the US.";
    let got = matches(&["US", "US Army"], false, TEXT);
    assert_eq!(got, ["US=US", "US Army=US Army", "US=US", "US=US"]);
    assert_eq!(matches(&["us army"], true, "the US ARMY and US armies").len(), 1);
}

/// The word tokens of `text` as the extractor cuts them: runs of letters
/// and digits, joined by an inner ' ’ . - or &; (range, all ASCII?).
fn word_tokens(text: &str) -> Vec<(Range<usize>, bool)> {
    let joiner = |c: char| matches!(c, '\'' | '’' | '.' | '-' | '&');
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        if !chars[k].1.is_alphanumeric() {
            k += 1;
            continue;
        }
        let start = chars[k].0;
        k += 1;
        while k < chars.len()
            && (chars[k].1.is_alphanumeric()
                || joiner(chars[k].1) && chars.get(k + 1).is_some_and(|c| c.1.is_alphanumeric()))
        {
            k += 1;
        }
        let end = chars.get(k).map_or(text.len(), |c| c.0);
        out.push((start..end, text[start..end].is_ascii()));
    }
    out
}

/// (start, end, actor) of every match of `set` at the word tokens of
/// `text`, scanned in two stretches split before token `split`; a token
/// is marked as one a pattern may start with when its text,
/// ASCII-lower-cased, is a pattern's first word lower-cased (as the
/// extractor's marks would say, without their collisions).
fn token_spans(set: &ActorPatterns, text: &str, split: usize) -> Vec<(usize, usize, usize)> {
    let none = ActorPatterns::new(Vec::<(String, usize)>::new(), false).unwrap();
    let first_words: Vec<String> = set.first_words().map(str::to_ascii_lowercase).collect();
    let tokens: Vec<_> = word_tokens(text)
        .into_iter()
        .map(|(range, ascii)| {
            let marked = first_words.contains(&text[range.clone()].to_ascii_lowercase());
            let one_word = ascii && text[range.clone()].bytes().all(|b| b.is_ascii_alphanumeric());
            (range, one_word, marked)
        })
        .collect();
    let (first, second) = tokens.split_at(split.min(tokens.len()));
    let mut scan = ActorScan::default();
    let mut out = Vec::new();
    for stretch in [first, second] {
        let found = |s, e, id, _| out.push((s, e, id));
        find_actors_in_tokens(text, stretch.iter().cloned(), &mut scan, set, &none, found);
    }
    out
}

#[test]
fn no_match_starts_inside_a_token() {
    const TEXT: &str = "the U.S-Army and the US Army, pro-Army";
    let patterns = ["S-Army", "Army", "US Army"];
    let set = set(&patterns, false);
    assert_eq!(spans(&set, TEXT), [(6, 12, 0), (21, 28, 2), (34, 38, 1)]);
    assert_eq!(token_spans(&set, TEXT, 1), [(21, 28, 2)]);
}

const WORDS: &[&str] = &[
    "US", "us", "Army", "ARMY", "Armyish", "Arm", "A", "a", "Meta", "Metadata", "é", "Ünion", "7",
];
const SEPARATORS: &[&str] = &[" ", " ", "-", ". ", "’s ", "'s ", "’", ", ", ""];

/// Up to `words` words of `WORDS` with `SEPARATORS` between them.
/// One to eleven patterns of up to three words, some ending in a period.
fn patterns() -> impl Strategy<Value = Vec<String>> {
    prop::collection::vec(
        (phrase(3), prop::sample::select(&[".", "", ""][..])).prop_map(|(p, end)| p + end),
        1..12,
    )
}

fn phrase(words: usize) -> impl Strategy<Value = String> {
    prop::collection::vec(
        (prop::sample::select(WORDS), prop::sample::select(SEPARATORS)),
        1..=words,
    )
    .prop_map(|parts| {
        let mut s: String = parts.iter().map(|(w, sep)| format!("{w}{sep}")).collect();
        s.truncate(s.len() - parts.last().map_or(0, |(_, sep)| sep.len()));
        s
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, failure_persistence: None, ..ProptestConfig::default() })]

    /// The same matches as the automaton, hashes colliding or not.
    #[test]
    fn same_matches_as_the_longest_prefix(
        patterns in patterns(),
        text in phrase(14),
        ignore_case: bool,
    ) {
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let want = reference(&patterns, ignore_case, &text);
        prop_assert_eq!(&spans(&set(&patterns, ignore_case), &text), &want);
        prop_assert_eq!(&spans(&all_colliding(set(&patterns, ignore_case)), &text), &want);
    }

    /// At the word tokens: the same matches as the automaton at the tokens'
    /// starts, the text scanned in one stretch or two.
    #[test]
    fn at_tokens_the_same_matches_as_the_longest_prefix(
        patterns in patterns(),
        text in phrase(14),
        ignore_case: bool,
        split in 0..16usize,
    ) {
        let patterns: Vec<&str> = patterns.iter().map(String::as_str).collect();
        let starts: Vec<usize> = word_tokens(&text).iter().map(|t| t.0.start).collect();
        let want = reference_at(&patterns, ignore_case, &text, |at| starts.contains(&at));
        prop_assert_eq!(&token_spans(&set(&patterns, ignore_case), &text, split), &want);
        let colliding = all_colliding(set(&patterns, ignore_case));
        prop_assert_eq!(&token_spans(&colliding, &text, split), &want);
    }
}
