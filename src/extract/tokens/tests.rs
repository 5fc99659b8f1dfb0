//! The tokenizer on small texts: offsets, words, possessives.

use super::*;

const TEXT: &str = "Dr. Schmidt’s U.S. “don’t” vice-president, Lenta.Ru";

#[test]
fn initials_are_single_capitals_between_periods() {
    let split =
        |w: &str| w.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase));
    let words = ["", "G", "G.", ".G", "G.K", "G..K", "GK", "G.KK", "J.R.R", "g.K", "1", "É.K"];
    for w in words {
        assert_eq!(is_initials(w), split(w), "{w}");
    }
}

#[test]
fn words_keep_inner_marks() {
    let toks = tokenize(TEXT, 0..TEXT.len(), &[]);
    let words: Vec<&str> = toks.iter().map(|t| t.text(TEXT)).collect();
    assert_eq!(
        words,
        ["Dr", ".", "Schmidt’s", "U.S", ".", "“", "don’t", "”", "vice-president", ",", "Lenta.Ru"]
    );
}

#[test]
fn the_ascii_flag_is_the_text_s() {
    let text = format!("{TEXT} café Zürich’s naïve—x A‑B «Ü» 1.5 U.S.-led al-Baghdadi el-sisi");
    let toks = tokenize(&text, 0..text.len(), &[]);
    assert!(toks.iter().all(|t| t.ascii == t.text(&text).is_ascii()));
    assert!(toks.iter().all(|t| t.capitalised == is_capitalised(t.text(&text))));
    assert!(toks.iter().any(|t| t.capitalised && !t.ascii));
    assert!(toks.iter().any(|t| !t.ascii) && toks.iter().any(|t| t.ascii));
    // Joined: a word of more than one run of letters and digits.
    let runs = |w: &str| w.split(|c: char| !c.is_alphanumeric()).count();
    assert!(toks.iter().all(|t| !t.word || t.joined == (runs(t.text(&text)) > 1)));
    assert!(toks.iter().any(|t| t.joined) && toks.iter().any(|t| t.word && !t.joined));
}

#[test]
fn quoted_flag_follows_ranges() {
    let start = TEXT.find("don").unwrap();
    let quoted_range = start..start + 7;
    let toks = tokenize(TEXT, 0..TEXT.len(), std::slice::from_ref(&quoted_range));
    let quoted: Vec<&str> = toks.iter().filter(|t| t.quoted).map(|t| t.text(TEXT)).collect();
    assert_eq!(quoted, ["don’t"]);
}

#[test]
fn the_byte_classes_agree_with_the_char_classes() {
    for b in 0u8..128 {
        let c = char::from(b);
        let class = match (c.is_whitespace(), c.is_alphanumeric()) {
            (true, _) => SPACE,
            (_, true) => WORD,
            _ => MARK,
        };
        assert_eq!(BYTE_CLASS[usize::from(b)], class, "{b}");
        // The marks that may join word parts are the ASCII inner joiners.
        let joiner = matches!(b, b'\'' | b'.' | b'-' | b'&');
        assert_eq!(joiner, inner_joiner(c), "{b}");
    }
    assert!(BYTE_CLASS[128..].iter().all(|&c| c == NOT_ASCII));
}

#[test]
fn the_lowered_words_are_lower_s() {
    let text = format!("{TEXT} Zürich’s ÖBB x");
    let toks = tokenize(&text, 0..text.len(), &[]);
    let mut buf = "leftover text".to_string();
    let words = lowered_words(&toks, &text, &mut buf, |_| u32::MAX);
    let expected: Vec<String> = toks.iter().map(|t| lower(t.text(&text))).collect();
    assert_eq!(words, expected);
}

#[test]
fn possessives() {
    assert_eq!(strip_possessive("Russia’s"), ("Russia", true));
    assert_eq!(strip_possessive("Jones"), ("Jones", false));
}

#[test]
fn plural_possessives() {
    const TEXT: &str = "Woods' agent and the Joneses’ house; 'we say yes' Jones' aide said";
    let quote = TEXT.find("we say").unwrap()..TEXT.find("yes'").unwrap() + 3;
    let toks = tokenize(TEXT, 0..TEXT.len(), &[quote]);
    let after = |word: &str| {
        let k = toks.iter().position(|t| t.text(TEXT) == word).unwrap();
        plural_possessive_at(&toks, TEXT, k + 1)
    };
    assert!(after("Woods"));
    assert!(after("Joneses"));
    assert!(!after("house"));
    assert!(!after("yes"));
    assert!(after("Jones"));
}

#[test]
fn a_headline_leaves_only_minor_words_in_lower_case() {
    let title_case = |text: &str| {
        let toks = tokenize(text, 0..text.len(), &[]);
        let (mut buf, mut lowered) = (String::new(), Vec::new());
        lowered_words_into(&toks, text, &mut buf, |_| 0, &mut lowered);
        is_title_case(&toks, &lowered)
    };
    let headlines = [
        "Trump Fires Comey over Russia Probe",
        "U.S. SENATE PANEL VOTES 12-3 ON BILL",
        "IS Beheads Briton David Haines, Threatens to Execute Another Briton http://t.co/GOgalAc1mA (@siteintelgroup)",
    ];
    for headline in headlines {
        assert!(title_case(headline), "{headline}");
    }
    for sentence in ["Trump criticised Mitch McConnell.", "The EU banned Iran.", "Russia blocked X"]
    {
        assert!(!title_case(sentence), "{sentence}");
    }
}
