//! Joining the pieces of one quotation.
//!
//! News style interrupts a quote with its attribution and goes on after it:
//! “Q1,” said X, a spokesman. “Q2. Q3.” The pieces are one statement with
//! one cue (annotators join them too), so the pieces that carry no cue of
//! their own are merged into the quote before them when both have the same
//! speaker and stand in the same paragraph: however long the interruption
//! when the piece opens the sentence right after the quote's sentence
//! (`quote_continues_quote`), else across at most five words.

use crate::model::{Claim, ClaimKind};

/// Joins a quote interrupted by its attribution (“Q1,” he said. “Q2.”) into one
/// statement: the second part has no cue of its own and the same speaker. The
/// claim then spans both parts, the interruption included, so its offsets still
/// point at one stretch of text.
pub fn merge_interrupted_quotes(text: &str, claims: Vec<Claim>) -> Vec<Claim> {
    let continues = |c: &Claim| {
        c.kind == ClaimKind::Quote
            && (c.rule.starts_with("quote_continues") || c.rule.starts_with("quote_near"))
    };
    // Most articles have no piece to join: their claims stay where they are,
    // not moved one by one into a new vector.
    if !claims.iter().any(continues) {
        return claims;
    }
    let mut out: Vec<Claim> = Vec::with_capacity(claims.len());
    for c in claims {
        let continues = continues(&c);
        let last_quote = out.iter_mut().rev().find(|p| p.kind != ClaimKind::Action);
        if let Some(prev) = last_quote {
            let gap = text.get(prev.end..c.start).unwrap_or("");
            let joinable = continues
                && prev.kind == ClaimKind::Quote
                && prev.end <= c.start
                && prev.speaker == c.speaker
                && prev.speaker_mention.is_some()
                && same_paragraph(text, gap)
                && (c.rule == "quote_continues_quote" || gap.split_whitespace().count() <= 5);
            if joinable {
                prev.end = c.end;
                prev.content = text[prev.start..prev.end].to_string();
                if !prev.sentence.contains(&c.sentence) {
                    prev.sentence = format!("{} {}", prev.sentence, c.sentence);
                }
                continue;
            }
        }
        out.push(c);
    }
    out
}

/// True when `gap` crosses no paragraph break (a blank line; a line end when
/// the text has no blank lines, as `segment::paragraphs` reads it).
fn same_paragraph(text: &str, gap: &str) -> bool {
    if text.contains("\n\n") {
        !gap.contains("\n\n")
    } else {
        !gap.contains('\n')
    }
}

#[cfg(test)]
mod tests {
    use crate::model::ClaimKind;

    fn quotes(text: &str) -> Vec<(String, Option<String>)> {
        crate::extract::claims_of(text)
            .into_iter()
            .filter(|c| c.kind == ClaimKind::Quote)
            .map(|c| (c.content, c.speaker))
            .collect()
    }

    const LONG_INTERRUPTION: &str = "“Of course it is not right,” Jane Rubino said in response to \
        a question from a reporter ahead of her fourth event of the day. “What a strange world \
        we are in.”\n\nShe left.";

    #[test]
    fn a_long_interruption_still_joins_the_pieces() {
        let q = quotes(LONG_INTERRUPTION);
        assert_eq!(q.len(), 1, "{q:?}");
        assert!(q[0].0.starts_with("Of course") && q[0].0.ends_with("strange world we are in."));
        assert_eq!(q[0].1.as_deref(), Some("Jane Rubino"));
    }

    const NEXT_PARAGRAPH: &str = "“We are done,” said Jane Rubino.\n\n“Nobody will stop this \
        plan now,” she added later.";

    const SENTENCE_BETWEEN: &str = "“We are done,” said Jane Rubino, 32, of Ohio. Rubino \
        supports the plan. “Nobody will stop this plan now.”";

    #[test]
    fn a_sentence_between_keeps_the_pieces_apart() {
        assert_eq!(quotes(SENTENCE_BETWEEN).len(), 2);
    }

    #[test]
    fn pieces_in_other_paragraphs_stay_apart() {
        assert_eq!(quotes(NEXT_PARAGRAPH).len(), 2);
    }
}
