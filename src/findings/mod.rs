//! Findings, severities and reports: the one result type every renderer projects.

pub(crate) mod fixes;
pub(crate) mod suppress;

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use crate::input::position::{LineIndex, Span};
use crate::texts::Text;

/// How serious a finding is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Severity {
    /// Informational.
    Info,
    /// Something is probably missing or wrong.
    Warning,
    /// The minutes are incomplete or wrong; CI fails by default.
    Error,
}

impl Severity {
    /// `error`, `warning` or `info`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses `error`, `warning` or `info`.
    pub fn parse(s: &str) -> Option<Severity> {
        match s {
            "error" => Some(Severity::Error),
            "warning" => Some(Severity::Warning),
            "info" => Some(Severity::Info),
            _ => None,
        }
    }
}

/// Where in the source a finding is: 1-based lines and columns (columns in
/// characters; the end column is exclusive) and the 0-based byte offset of
/// the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Location {
    /// 1-based start line.
    pub line: usize,
    /// 1-based start column, in characters.
    pub column: usize,
    /// 1-based end line.
    pub end_line: usize,
    /// 1-based end column, in characters, exclusive.
    pub end_column: usize,
    /// 0-based byte offset of the start in the input (a UTF-8 BOM counts).
    pub offset: usize,
}

impl Location {
    /// Computes a location from a byte span, given the line index of the text
    /// and the number of bytes stripped before it (a BOM).
    pub(crate) fn from_span(index: &LineIndex<'_>, span: Span, shift: usize) -> Location {
        let a = index.position(span.start);
        let b = index.position(span.end);
        Location {
            line: a.line,
            column: a.column,
            end_line: b.line,
            end_column: b.column,
            offset: a.offset + shift,
        }
    }
}

/// One problem found in one document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Finding {
    /// Stable rule code, e.g. `DM504`.
    pub code: String,
    /// Stable kebab-case rule name, e.g. `action-without-owner`.
    pub name: String,
    /// Severity after configuration.
    pub severity: Severity,
    /// One sentence in every language (a renderer picks one); never quotes
    /// free text from the document.
    pub message: Text,
    /// Advice on how to fix it, if any, in every language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<Text>,
    /// JSON Pointer (RFC 6901) to the most specific node that exists.
    pub pointer: String,
    /// Where it is in the source, when the document could be read.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// Ways to mend it mechanically, as text edits on the input.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fixes: Vec<Fix>,
    /// Other places that explain it (e.g. the first of two duplicates).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub related: Vec<Related>,
}

/// Whether a fix may be applied without a person looking at it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Applicability {
    /// Exactly one right answer; `lint --fix` applies it.
    Safe,
    /// Probably right, but a person must confirm it (`--fix-unsafe`, or an
    /// editor action).
    Unsafe,
}

/// One replacement of a byte range of the input. Offsets count every byte of
/// the input, a UTF-8 BOM included, and fall on character boundaries.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Edit {
    /// 0-based byte offset where the replaced range starts.
    pub start: usize,
    /// 0-based byte offset where it ends (exclusive).
    pub end: usize,
    /// The new text.
    pub replacement: String,
}

/// A mechanical repair of a finding: non-overlapping edits that keep every
/// other byte of the input.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Fix {
    /// What the fix does, in every language.
    pub title: Text,
    /// Whether it is safe to apply unattended.
    pub applicability: Applicability,
    /// The edits, sorted by `start`, not overlapping.
    pub edits: Vec<Edit>,
}

impl Fix {
    /// A fix from its title, applicability and edits (sorted here by start).
    pub fn new(title: Text, applicability: Applicability, mut edits: Vec<Edit>) -> Self {
        edits.sort_by_key(|e| (e.start, e.end));
        Fix {
            title,
            applicability,
            edits,
        }
    }
}

impl Related {
    /// A related place: its pointer, its position when known, and what it
    /// has to do with the finding.
    pub fn new(pointer: impl Into<String>, location: Option<Location>, message: Text) -> Self {
        Related {
            pointer: pointer.into(),
            location,
            message,
        }
    }
}

/// Applies the edits of `fixes` to `input` (every byte, a BOM included).
/// `None` when edits overlap or fall outside the input or inside a
/// character.
pub fn apply_fixes<'f>(input: &str, fixes: impl IntoIterator<Item = &'f Fix>) -> Option<String> {
    let mut edits: Vec<&Edit> = fixes.into_iter().flat_map(|f| &f.edits).collect();
    edits.sort_by_key(|e| (e.start, e.end));
    let mut out = String::with_capacity(input.len());
    let mut at = 0;
    for e in edits {
        if e.start < at || e.end < e.start {
            return None;
        }
        out.push_str(input.get(at..e.start)?);
        input.get(e.start..e.end)?;
        out.push_str(&e.replacement);
        at = e.end;
    }
    out.push_str(input.get(at..)?);
    Some(out)
}

/// Another place in the document that belongs to a finding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Related {
    /// JSON Pointer to the place.
    pub pointer: String,
    /// Where it is in the source, when known.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
    /// What the place has to do with the finding; never document text.
    pub message: Text,
}

impl Finding {
    /// Builds a finding without a location; the linter locates it later.
    pub fn new(
        code: impl Into<String>,
        name: impl Into<String>,
        severity: Severity,
        message: Text,
        pointer: impl Into<String>,
    ) -> Self {
        Finding {
            code: code.into(),
            name: name.into(),
            severity,
            message,
            help: None,
            pointer: pointer.into(),
            location: None,
            fixes: Vec::new(),
            related: Vec::new(),
        }
    }

    /// Adds help text.
    pub fn with_help(mut self, help: Text) -> Self {
        self.help = Some(help);
        self
    }

    /// Sorting key: line, column, code, pointer, then the bokmål message,
    /// so that the order does not depend on the language shown.
    pub(crate) fn sort_key(&self) -> (usize, usize, &str, &str, &str) {
        let (l, c) = self.location.map_or((0, 0), |l| (l.line, l.column));
        (l, c, &self.code, &self.pointer, &self.message.nb)
    }
}

/// Counts of findings by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// Number of files linted.
    pub files: usize,
    /// Error-level findings.
    pub errors: usize,
    /// Warning-level findings.
    pub warnings: usize,
    /// Info-level findings.
    pub infos: usize,
    /// Findings hidden by suppressions (not counted above).
    pub suppressed: usize,
}

impl Summary {
    /// Adds one file's report, counting the findings left out past the cap.
    pub fn add(&mut self, file: &FileReport) {
        self.files += 1;
        self.suppressed += file.suppressed.len() + file.omitted.suppressed;
        self.errors += file.omitted.errors;
        self.warnings += file.omitted.warnings;
        self.infos += file.omitted.infos;
        for f in &file.findings {
            self.count(f.severity);
        }
    }

    fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }

    /// The highest severity present, if any.
    pub fn worst(&self) -> Option<Severity> {
        if self.errors > 0 {
            Some(Severity::Error)
        } else if self.warnings > 0 {
            Some(Severity::Warning)
        } else if self.infos > 0 {
            Some(Severity::Info)
        } else {
            None
        }
    }
}

/// Findings of one file left out past the cap (`limits.max_findings`):
/// counted, so that the summary stays exact, but not kept.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Omitted {
    /// Error-level findings left out.
    pub errors: usize,
    /// Warning-level findings left out.
    pub warnings: usize,
    /// Info-level findings left out.
    pub infos: usize,
    /// Suppressed findings left out.
    pub suppressed: usize,
}

impl Omitted {
    /// Findings left out, suppressed ones not included.
    pub fn findings(&self) -> usize {
        self.errors + self.warnings + self.infos
    }

    fn is_zero(&self) -> bool {
        *self == Omitted::default()
    }
}

/// The findings of one document, sorted by line, column and code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FileReport {
    /// The path as given by the caller (`-` for standard input), for display.
    /// A name that is not valid UTF-8 holds U+FFFD here; see `source_path`.
    pub path: String,
    /// The file's path exactly as the operating system gave it, when the
    /// report is of a file (`None` for standard input and for reports built
    /// from a display path only). Renderers use it to name the file exactly:
    /// SARIF percent-encodes its bytes, human output marks bytes that are not
    /// UTF-8.
    #[serde(skip)]
    pub source_path: Option<PathBuf>,
    /// The findings, in order.
    pub findings: Vec<Finding>,
    /// Findings hidden by a suppression, with its reason.
    pub suppressed: Vec<SuppressedFinding>,
    /// Findings left out past the per-file cap, counted by severity.
    #[serde(default, skip_serializing_if = "Omitted::is_zero")]
    pub omitted: Omitted,
}

impl FileReport {
    /// A report for `path`; the findings are sorted.
    pub fn new(path: impl Into<String>, mut findings: Vec<Finding>) -> Self {
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        FileReport {
            path: path.into(),
            source_path: None,
            findings,
            suppressed: Vec::new(),
            omitted: Omitted::default(),
        }
    }

    /// Sets the path as the operating system gave it (see `source_path`).
    pub fn with_source_path(mut self, path: impl Into<PathBuf>) -> Self {
        self.source_path = Some(path.into());
        self
    }

    /// Keeps the first `max` findings and the first `max` suppressed ones,
    /// and counts the rest in `omitted`. When findings were left out, `notice`
    /// gets their number and may give one final finding that says so; it is
    /// placed where the first left-out finding was.
    pub(crate) fn cap(&mut self, max: usize, notice: impl FnOnce(usize) -> Option<Finding>) {
        if self.suppressed.len() > max {
            self.omitted.suppressed += self.suppressed.len() - max;
            self.suppressed.truncate(max);
        }
        if self.findings.len() <= max {
            return;
        }
        let first = self.findings[max].location;
        let mut counts = Summary::default();
        for f in self.findings.drain(max..) {
            counts.count(f.severity);
        }
        self.omitted.errors += counts.errors;
        self.omitted.warnings += counts.warnings;
        self.omitted.infos += counts.infos;
        if let Some(mut f) = notice(self.omitted.findings()) {
            f.location = first.or(f.location);
            // The notice is a finding in its own right, not one of the left-out ones.
            self.findings.push(f);
        }
    }
}

/// The result of a run over several documents.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// One entry per document, in path order.
    pub files: Vec<FileReport>,
    /// Counts over all files.
    pub summary: Summary,
    /// The configuration file used, as a display path; `None` without one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub config_path: Option<String>,
    /// The absolute working directory of the run, when known. SARIF names a
    /// file below it by a relative URI (`%SRCROOT%`) and any other by an
    /// absolute `file:` URI. Never printed.
    #[serde(skip)]
    pub working_dir: Option<PathBuf>,
}

impl Report {
    /// Adds one file's report.
    pub fn push(&mut self, file: FileReport) {
        self.summary.add(&file);
        self.files.push(file);
    }
}

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

/// Is `code` a privacy rule's (DM800–DM899)? The linter runs these in a
/// pass of their own for the render gate, and the gate refuses on them.
pub(crate) fn is_privacy_code(code: &str) -> bool {
    code.len() == 5 && code.starts_with("DM8") && code[3..].bytes().all(|b| b.is_ascii_digit())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(severity: Severity, line: usize) -> Finding {
        let mut f = Finding::new("DM801", "national-id", severity, Text::same("m"), "/x");
        f.location = Some(Location {
            line,
            column: 1,
            end_line: line,
            end_column: 2,
            offset: 0,
        });
        f
    }

    /// Issue 9, item 14: past the cap one finding says how many more there
    /// were, and the summary still counts every finding.
    #[test]
    fn the_cap_keeps_the_first_findings_and_counts_the_rest() {
        let mut findings: Vec<Finding> = (1..=7).map(|l| at(Severity::Warning, l)).collect();
        findings.push(at(Severity::Error, 8));
        let mut file = FileReport::new("a.yaml", findings);
        let mut more = None;
        file.cap(3, |n| {
            more = Some(n);
            Some(Finding::new(
                "DM004",
                "input-limit",
                Severity::Error,
                Text::same("n"),
                "",
            ))
        });
        assert_eq!(more, Some(5));
        assert_eq!(file.findings.len(), 4);
        let notice = &file.findings[3];
        assert_eq!(notice.code, "DM004");
        assert_eq!(
            notice.location.unwrap().line,
            4,
            "where the first left-out one was"
        );
        assert_eq!(
            (
                file.omitted.errors,
                file.omitted.warnings,
                file.omitted.infos
            ),
            (1, 4, 0)
        );
        let mut report = Report::default();
        report.push(file);
        let s = report.summary;
        assert_eq!(
            (s.errors, s.warnings),
            (2, 7),
            "1 left out + the notice; 3 + 4"
        );
    }

    #[test]
    fn under_the_cap_nothing_changes() {
        let mut file = FileReport::new("a.yaml", vec![at(Severity::Info, 1)]);
        let before = file.clone();
        file.cap(1, |_| panic!("no notice under the cap"));
        assert_eq!(file, before);
    }

    #[test]
    fn overlapping_or_misplaced_edits_are_not_applied() {
        let fix = |start, end| Fix {
            title: Text::same("t"),
            applicability: Applicability::Safe,
            edits: vec![Edit {
                start,
                end,
                replacement: "x".into(),
            }],
        };
        assert_eq!(
            apply_fixes("abcdef", [&fix(1, 3), &fix(4, 5)]).as_deref(),
            Some("axdxf")
        );
        assert_eq!(apply_fixes("abcdef", [&fix(1, 3), &fix(2, 4)]), None);
        assert_eq!(apply_fixes("abcdef", [&fix(5, 9)]), None);
        assert_eq!(apply_fixes("ø", [&fix(1, 2)]), None, "inside a character");
    }
}
