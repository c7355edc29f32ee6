//! Findings, severities and reports: the one result type every renderer projects.

use serde::{Deserialize, Serialize};

use crate::source::{LineIndex, Span};
use crate::suppress::SuppressedFinding;

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

/// The language of messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Lang {
    /// Norwegian bokmål (the default).
    #[default]
    #[serde(rename = "nb")]
    Nb,
    /// English.
    #[serde(rename = "en")]
    En,
}

impl Lang {
    /// Parses `nb` or `en`.
    pub fn parse(s: &str) -> Option<Lang> {
        match s {
            "nb" => Some(Lang::Nb),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
pub struct Text {
    /// Norwegian bokmål.
    pub nb: String,
    /// English.
    pub en: String,
}

impl Text {
    /// A text from its two translations.
    pub fn new(nb: impl Into<String>, en: impl Into<String>) -> Self {
        Text {
            nb: nb.into(),
            en: en.into(),
        }
    }

    /// The translation for `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Nb => &self.nb,
            Lang::En => &self.en,
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
    /// One sentence, in the requested language; never quotes free text from the document.
    pub message: String,
    /// Advice on how to fix it, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// JSON Pointer (RFC 6901) to the most specific node that exists.
    pub pointer: String,
    /// Where it is in the source, when the document could be read.
    #[serde(flatten, default, skip_serializing_if = "Option::is_none")]
    pub location: Option<Location>,
}

impl Finding {
    /// Builds a finding without a location; the linter locates it later.
    pub fn new(
        code: impl Into<String>,
        name: impl Into<String>,
        severity: Severity,
        message: impl Into<String>,
        pointer: impl Into<String>,
    ) -> Self {
        Finding {
            code: code.into(),
            name: name.into(),
            severity,
            message: message.into(),
            help: None,
            pointer: pointer.into(),
            location: None,
        }
    }

    /// Adds help text.
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }

    /// Sorting key: line, column, code, pointer, message.
    pub(crate) fn sort_key(&self) -> (usize, usize, &str, &str, &str) {
        let (l, c) = self.location.map_or((0, 0), |l| (l.line, l.column));
        (l, c, &self.code, &self.pointer, &self.message)
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
    /// Adds one file's report.
    pub fn add(&mut self, file: &FileReport) {
        self.files += 1;
        self.suppressed += file.suppressed.len();
        for f in &file.findings {
            match f.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Info => self.infos += 1,
            }
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

/// The findings of one document, sorted by line, column and code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FileReport {
    /// The path as given by the caller (`-` for standard input).
    pub path: String,
    /// The findings, in order.
    pub findings: Vec<Finding>,
    /// Findings hidden by a suppression, with its reason.
    pub suppressed: Vec<SuppressedFinding>,
}

impl FileReport {
    /// A report for `path`; the findings are sorted.
    pub fn new(path: impl Into<String>, mut findings: Vec<Finding>) -> Self {
        findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        FileReport {
            path: path.into(),
            findings,
            suppressed: Vec::new(),
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
    /// The configuration file used, as a display path (`None`: none was
    /// found or given), for the human summary and SARIF `invocations`.
    #[serde(skip)]
    pub config_path: Option<String>,
}

impl Report {
    /// Adds one file's report.
    pub fn push(&mut self, file: FileReport) {
        self.summary.add(&file);
        self.files.push(file);
    }
}
