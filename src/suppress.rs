//! Suppressions: `# dialogmote: ignore CODE[, CODE…] -- reason` comments in
//! YAML, and `ignore` entries in the configuration. Pure: the caller passes
//! the text and the path to match.

use serde::{Deserialize, Serialize};

use crate::finding::Finding;
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

/// Rule codes that mean "this document was not checked" (a syntax error, a
/// missing format, a limit): hiding them would hide the whole document, so no
/// suppression may name them.
pub(crate) const UNSUPPRESSIBLE: [&str; 3] = ["DM001", "DM003", "DM004"];

/// Finds `# dialogmote: ignore …` comments. Only real YAML comments count:
/// a `#` that starts a line or follows white space, outside quoted strings
/// (which may span lines) and outside block scalars (`|`, `>`), whose lines
/// are document text whatever they hold. One pass over the text.
pub(crate) fn comments(text: &str) -> Vec<CommentSuppression> {
    let mut out = Vec::new();
    if !text.contains(DIRECTIVE) {
        return out;
    }
    let index = LineIndex::new(text);
    let mut scanner = Scanner::default();
    for line_no in 1..=index.line_count() {
        let line = index.line_text(line_no);
        let Some(hash) = scanner.comment_in(line) else {
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

/// What the scanner is inside of at the start of a line.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Mode {
    /// Ordinary YAML.
    #[default]
    Normal,
    /// A quoted scalar that continues from an earlier line.
    Quoted { double: bool },
    /// A block scalar introduced on a line indented `parent`; its content
    /// indentation is known once its first non-blank line is seen (or from
    /// an explicit indentation indicator).
    Block {
        parent: usize,
        content: Option<usize>,
    },
}

/// A line-by-line YAML lexer that knows just enough to tell a comment from
/// document text: quoted scalars (which start only where a node starts, so an
/// apostrophe inside plain text is text), block scalars and flow nesting.
#[derive(Debug, Default)]
struct Scanner {
    mode: Mode,
    /// Depth of `[`/`{` nesting, which may span lines.
    flow: usize,
    /// In flow context, whether the next token starts a node (carried over lines).
    flow_expect: bool,
}

impl Scanner {
    /// Feeds one line (without its break); returns the byte offset of a
    /// comment's `#` in it, if the line holds a real comment.
    fn comment_in(&mut self, line: &str) -> Option<usize> {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Mode::Block { parent, content } = self.mode {
            if line.trim().is_empty() {
                return None;
            }
            match content {
                None if indent > parent => {
                    self.mode = Mode::Block {
                        parent,
                        content: Some(indent),
                    };
                    return None;
                }
                Some(c) if indent >= c => return None,
                _ => self.mode = Mode::Normal,
            }
        }
        let bytes = line.as_bytes();
        let next_is_blank = |i: usize| matches!(bytes.get(i + 1), None | Some(b' ' | b'\t'));
        // Whether the next non-blank token starts a node (where a quote or
        // a block indicator means something).
        let mut expect = if self.flow > 0 {
            self.flow_expect
        } else {
            true
        };
        let mut prev_blank = true;
        let mut property = false;
        let mut escaped = false;
        let mut block: Option<Option<usize>> = None;
        let mut skip_next = false;
        let mut comment = None;
        for (i, c) in line.char_indices() {
            if skip_next {
                skip_next = false;
                continue;
            }
            match self.mode {
                Mode::Quoted { double: true } => {
                    if escaped {
                        escaped = false;
                    } else if c == '\\' {
                        escaped = true;
                    } else if c == '"' {
                        self.mode = Mode::Normal;
                        expect = false;
                        prev_blank = false;
                    }
                    continue;
                }
                Mode::Quoted { double: false } => {
                    if c == '\'' {
                        if bytes.get(i + 1) == Some(&b'\'') {
                            skip_next = true;
                        } else {
                            self.mode = Mode::Normal;
                            expect = false;
                            prev_blank = false;
                        }
                    }
                    continue;
                }
                _ => {}
            }
            if c == ' ' || c == '\t' {
                prev_blank = true;
                property = false;
                continue;
            }
            if c == '#' && prev_blank {
                comment = Some(i);
                break;
            }
            prev_blank = false;
            if property {
                continue;
            }
            if expect {
                match c {
                    '"' => self.mode = Mode::Quoted { double: true },
                    '\'' => self.mode = Mode::Quoted { double: false },
                    '&' | '!' => property = true,
                    '[' | '{' => self.flow += 1,
                    '-' | '?' | ':' if next_is_blank(i) => {}
                    '|' | '>' if self.flow == 0 => {
                        let header = line[i + 1..].split([' ', '\t']).next().unwrap_or("");
                        if header.len() <= 2
                            && header
                                .bytes()
                                .all(|b| matches!(b, b'1'..=b'9' | b'+' | b'-'))
                        {
                            let explicit = header
                                .bytes()
                                .find(u8::is_ascii_digit)
                                .map(|d| usize::from(d - b'0'));
                            let node = line.len() - line.trim_start_matches([' ', '-']).len();
                            block = Some(explicit.map(|d| node + d));
                        }
                        expect = false;
                    }
                    ']' | '}' => {
                        self.flow = self.flow.saturating_sub(1);
                        expect = false;
                    }
                    ',' if self.flow > 0 => {}
                    _ => expect = false,
                }
            } else {
                match c {
                    ':' if next_is_blank(i)
                        || (self.flow > 0
                            && matches!(bytes.get(i + 1), Some(b',' | b']' | b'}'))) =>
                    {
                        expect = true;
                    }
                    ',' if self.flow > 0 => expect = true,
                    ']' | '}' if self.flow > 0 => self.flow -= 1,
                    _ => {}
                }
            }
        }
        if self.flow > 0 {
            self.flow_expect = expect;
        }
        if let (Some(content), Mode::Normal) = (block, self.mode) {
            self.mode = Mode::Block {
                parent: indent,
                content,
            };
        }
        comment
    }
}

/// Why a suppression is invalid (DM005).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Invalid {
    /// No reason after `--`.
    MissingReason,
    /// No code, or a code that is no rule.
    BadCode,
    /// It names DM001, DM003 or DM004 (this one).
    NotSuppressible(&'static str),
}

impl Invalid {
    /// Checks a suppression's codes and reason; `known` says whether a code
    /// names a rule. The codes are checked first: a suppression of DM001
    /// is wrong whatever its reason.
    pub(crate) fn check(
        codes: &[String],
        reason: Option<&str>,
        known: impl Fn(&str) -> bool,
    ) -> Option<Invalid> {
        if let Some(code) = UNSUPPRESSIBLE
            .iter()
            .find(|u| codes.iter().any(|c| c == *u))
        {
            return Some(Invalid::NotSuppressible(code));
        }
        if codes.is_empty() || !codes.iter().all(|c| known(c)) {
            return Some(Invalid::BadCode);
        }
        reason.is_none().then_some(Invalid::MissingReason)
    }

    /// The id of the DM005 text in the catalogue (`rules/input.yaml`) and
    /// its arguments.
    pub(crate) fn text_id(self) -> (&'static str, Vec<(&'static str, &'static str)>) {
        match self {
            Invalid::MissingReason => ("missing-reason", Vec::new()),
            Invalid::BadCode => ("bad-code", Vec::new()),
            Invalid::NotSuppressible(code) => ("not-suppressible", vec![("code", code)]),
        }
    }
}

/// The id of the DM006 text in the catalogue.
pub(crate) const UNUSED: &str = "unused";

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
        assert_eq!(c.len(), 2);
        assert!(c.iter().all(|c| c.reason.is_none()));
    }

    /// The lines of `text` that hold a real suppression comment.
    fn lines(text: &str) -> Vec<usize> {
        comments(text).iter().map(|c| c.line).collect()
    }

    const IGNORE: &str = "# dialogmote: ignore DM801 -- x";

    #[test]
    fn block_scalar_lines_are_text() {
        for header in ["|", "|-", ">", ">+", "|2", "| # a comment"] {
            let text = format!(
                "summary: {header}\n  Første linje\n  {IGNORE}\n\n  {IGNORE}\nnext: 1\n{IGNORE}\n"
            );
            assert_eq!(lines(&text), vec![7], "{header}: {text}");
        }
        // In a sequence and in a nested mapping; a comment less indented
        // than the content ends the scalar and counts.
        let text =
            format!("a:\n  - |\n    x\n    {IGNORE}\n  - b: >\n      {IGNORE}\n  {IGNORE}\n");
        assert_eq!(lines(&text), vec![7]);
        // The first content line may itself look like a comment.
        let text = format!("summary: |\n  {IGNORE}\nb: 1 {IGNORE}\n");
        assert_eq!(lines(&text), vec![3]);
        // A comment on the header line is a comment.
        let text = format!("summary: | {IGNORE}\n  x\n");
        assert_eq!(lines(&text), vec![1]);
    }

    #[test]
    fn quoted_strings_over_several_lines_are_text() {
        let text = format!(
            "a: \"first\n  {IGNORE}\n  last\"\nb: 'it''s\n  {IGNORE}'\nc: [x,\n  \"y\n  {IGNORE}\"]  {IGNORE}\n{IGNORE}\n"
        );
        assert_eq!(lines(&text), vec![8, 9]);
        // An escaped quote does not close a double-quoted string.
        let text = format!("a: \"x \\\" {IGNORE}\"\nb: 1\n");
        assert!(lines(&text).is_empty());
    }

    #[test]
    fn apostrophes_and_quotes_inside_plain_text_are_text() {
        let text = "owner: Kari O'Neil  # dialogmote: ignore DM508 -- reason\nname: Ola \"Olsen\" Berg  # dialogmote: ignore DM508 -- r\n- It's  # dialogmote: ignore DM508 -- r\n";
        assert_eq!(lines(text), vec![1, 2, 3]);
        // A quote where a node starts is a quoted string, keys included.
        let text = "'a # dialogmote: ignore DM508 -- r': 1\n- \"x # dialogmote: ignore DM508 -- r\"\n? !!str 'k # dialogmote: ignore DM508 -- r'\n";
        assert!(lines(text).is_empty());
    }
}
