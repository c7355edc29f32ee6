//! Suppressions: `# dialogmote: ignore CODE[, CODE…] -- reason` comments in
//! YAML, and `ignore` entries in the configuration. Pure: the caller passes
//! the text and the path to match.

use serde::{Deserialize, Serialize};

use crate::finding::{Finding, Text};
use crate::source::{LineIndex, Span};

/// Where a suppression comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum SuppressionSource {
    /// A comment in the document, at this 1-based line.
    Comment {
        /// The comment's line.
        line: usize,
    },
    /// An `ignore` entry of the configuration (0-based index).
    Config {
        /// The entry's index in `ignore`.
        entry: usize,
    },
}

/// Why a finding was suppressed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Suppression {
    /// The reason given (mandatory).
    pub reason: String,
    /// Where the suppression is.
    pub source: SuppressionSource,
}

/// A finding that a suppression hid.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SuppressedFinding {
    /// The finding.
    #[serde(flatten)]
    pub finding: Finding,
    /// The suppression that hid it.
    pub suppression: Suppression,
}

/// A suppression comment found in a YAML text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CommentSuppression {
    /// 1-based line of the comment.
    pub line: usize,
    /// The line it applies to: its own (trailing comment) or the next.
    pub target: usize,
    pub codes: Vec<String>,
    pub reason: Option<String>,
    pub span: Span,
}

const DIRECTIVE: &str = "dialogmote:";

/// Finds `# dialogmote: ignore …` comments. A `#` counts as a comment when it
/// starts the line or follows white space outside quotes.
pub(crate) fn comments(text: &str) -> Vec<CommentSuppression> {
    let mut out = Vec::new();
    if !text.contains(DIRECTIVE) {
        return out;
    }
    let index = LineIndex::new(text);
    for line_no in 1..=index.line_count() {
        let line = index.line_text(line_no);
        let Some(hash) = comment_start(line) else {
            continue;
        };
        let body = line[hash + 1..].trim();
        let Some(rest) = body.strip_prefix(DIRECTIVE) else {
            continue;
        };
        let Some(rest) = rest.trim_start().strip_prefix("ignore") else {
            continue;
        };
        let (codes, reason) = match rest.split_once("--") {
            Some((c, r)) => (c, Some(r.trim().to_owned()).filter(|r| !r.is_empty())),
            None => (rest, None),
        };
        let codes: Vec<String> = codes
            .split([',', ' '])
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .map(str::to_owned)
            .collect();
        let own_line = line[..hash].trim().is_empty();
        let start = index.line_start(line_no) + hash;
        out.push(CommentSuppression {
            line: line_no,
            target: if own_line { line_no + 1 } else { line_no },
            codes,
            reason,
            span: Span::new(start, start + line.len() - hash),
        });
    }
    out
}

fn comment_start(line: &str) -> Option<usize> {
    let (mut single, mut double) = (false, false);
    let mut prev = ' ';
    for (i, c) in line.char_indices() {
        match c {
            '\'' if !double => single = !single,
            '"' if !single && prev != '\\' => double = !double,
            '#' if !single && !double && prev.is_whitespace() => return Some(i),
            _ => {}
        }
        prev = c;
    }
    None
}

/// The text of DM005 and DM006 findings.
pub(crate) fn invalid_message(missing_reason: bool) -> (Text, Text) {
    if missing_reason {
        (
            Text::new(
                "undertrykkingen mangler begrunnelse",
                "the suppression has no reason",
            ),
            Text::new(
                "skriv begrunnelsen etter `--`, for eksempel `# dialogmote: ignore DM508 -- eieren er ekstern konsulent`",
                "write the reason after `--`, for example `# dialogmote: ignore DM508 -- the owner is an external consultant`",
            ),
        )
    } else {
        (
            Text::new(
                "undertrykkingen nevner en regelkode som ikke finnes, eller ingen kode",
                "the suppression names a rule code that does not exist, or none",
            ),
            Text::new(
                "skriv kodene som `DM508` eller `DM508, DM504`, så `--` og begrunnelsen",
                "write codes like `DM508` or `DM508, DM504`, then `--` and the reason",
            ),
        )
    }
}

pub(crate) fn unused_message() -> (Text, Text) {
    (
        Text::new(
            "undertrykkingen skjuler ingen funn",
            "the suppression suppresses nothing",
        ),
        Text::new(
            "fjern den, eller rett koden eller plasseringen (samme linje eller linjen over funnet)",
            "remove it, or fix its code or place (the finding's line or the line above)",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_own_line_and_trailing_comments() {
        let text = "a: 1\n# dialogmote: ignore DM508 -- ekstern konsulent\nowner: x  # dialogmote: ignore DM504, DM505 -- ok\nb: \"# dialogmote: ignore DM1 -- in a string\"\n";
        let c = comments(text);
        assert_eq!(c.len(), 2);
        assert_eq!(
            (c[0].line, c[0].target, c[0].codes.clone()),
            (2, 3, vec!["DM508".to_string()])
        );
        assert_eq!(c[0].reason.as_deref(), Some("ekstern konsulent"));
        assert_eq!((c[1].line, c[1].target), (3, 3));
        assert_eq!(c[1].codes, vec!["DM504".to_string(), "DM505".to_string()]);
        assert_eq!(&text[c[1].span.start..c[1].span.start + 1], "#");
    }

    #[test]
    fn a_missing_reason_is_kept_as_none() {
        let c = comments("# dialogmote: ignore DM508\n# dialogmote: ignore DM508 --   \n");
        assert!(c.iter().all(|c| c.reason.is_none()));
    }
}
