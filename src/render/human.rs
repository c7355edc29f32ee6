//! The human format: `path:line:col: severity[CODE] message`; with a source
//! text, also the line with the span underlined and the help; then a summary.

use std::fmt::Write;

use crate::finding::{FileReport, Lang, Report, Severity, Summary};
use crate::source::LineIndex;

/// Options of the human format.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct HumanOptions {
    /// Colour the severity (ANSI).
    pub color: bool,
    /// The language of the summary line.
    pub lang: Lang,
}

impl HumanOptions {
    /// Options with colour as given.
    pub fn new(color: bool, lang: Lang) -> Self {
        HumanOptions { color, lang }
    }
}

fn paint(s: Severity, color: bool) -> String {
    if !color {
        return s.as_str().to_owned();
    }
    let code = match s {
        Severity::Error => "1;31",
        Severity::Warning => "1;33",
        Severity::Info => "1;36",
    };
    format!("\x1b[{code}m{}\x1b[0m", s.as_str())
}

/// One file's findings. With `source` (the document's text, after any BOM),
/// each finding also shows its source line, underlined, and its help: this
/// prints document text, so callers pass it only on a person's terminal or
/// when asked (`--show-source`).
pub fn render_human_file(file: &FileReport, source: Option<&str>, opts: &HumanOptions) -> String {
    let mut out = String::new();
    let index = source.map(LineIndex::new);
    for f in &file.findings {
        let (line, col) = f.location.map_or((1, 1), |l| (l.line, l.column));
        let _ = writeln!(
            out,
            "{}:{line}:{col}: {}[{}] {}",
            file.path,
            paint(f.severity, opts.color),
            f.code,
            f.message
        );
        let Some(index) = &index else { continue };
        if let Some(l) = f.location {
            let text = index.line_text(l.line).replace('\t', " ");
            let width = l.line.to_string().len();
            let end = if l.end_line == l.line {
                l.end_column.max(l.column + 1)
            } else {
                text.chars().count() + 1
            };
            let marks = "^".repeat(end.saturating_sub(l.column).max(1));
            let _ = writeln!(out, "{:width$} |", "");
            let _ = writeln!(out, "{} | {text}", l.line);
            let _ = writeln!(out, "{:width$} | {}{marks}", "", " ".repeat(l.column - 1));
        }
        if let Some(h) = &f.help {
            let _ = writeln!(out, "  = help: {h}");
        }
    }
    out
}

/// The summary line.
pub fn render_human_summary(s: &Summary, opts: &HumanOptions) -> String {
    let suppressed_nb = if s.suppressed > 0 {
        format!(" ({} undertrykt)", s.suppressed)
    } else {
        String::new()
    };
    let suppressed_en = if s.suppressed > 0 {
        format!(" ({} suppressed)", s.suppressed)
    } else {
        String::new()
    };
    match opts.lang {
        Lang::En => format!(
            "{} file{} checked: {} error{}, {} warning{}, {} info{suppressed_en}\n",
            s.files,
            plural(s.files),
            s.errors,
            plural(s.errors),
            s.warnings,
            plural(s.warnings),
            s.infos
        ),
        _ => format!(
            "{} fil(er) kontrollert: {} feil, {} advarsler, {} info{suppressed_nb}\n",
            s.files, s.errors, s.warnings, s.infos
        ),
    }
}

/// The whole report without source lines.
pub fn render_human(report: &Report, opts: &HumanOptions) -> String {
    let mut out: String = report
        .files
        .iter()
        .map(|f| render_human_file(f, None, opts))
        .collect();
    out.push_str(&render_human_summary(&report.summary, opts));
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
