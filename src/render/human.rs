//! The human format: `path:line:col: severity[CODE] message`, then a summary.

use std::fmt::Write;

use crate::finding::{Lang, Report, Severity};

/// Options of the human format.
#[derive(Debug, Clone, Copy, Default)]
#[non_exhaustive]
pub struct HumanOptions {
    /// Colour the severity (ANSI).
    pub color: bool,
    /// Print each finding's help on the next line.
    pub help: bool,
    /// The language of the summary line.
    pub lang: Lang,
}

impl HumanOptions {
    /// Options with colour and help as given.
    pub fn new(color: bool, help: bool, lang: Lang) -> Self {
        HumanOptions { color, help, lang }
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

/// Renders the report for people.
pub fn render_human(report: &Report, opts: &HumanOptions) -> String {
    let mut out = String::new();
    for file in &report.files {
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
            if opts.help
                && let Some(h) = &f.help
            {
                let _ = writeln!(out, "    = help: {h}");
            }
        }
    }
    let s = &report.summary;
    let _ = match opts.lang {
        Lang::En => writeln!(
            out,
            "{} file{} checked: {} error{}, {} warning{}, {} info",
            s.files,
            plural(s.files),
            s.errors,
            plural(s.errors),
            s.warnings,
            plural(s.warnings),
            s.infos
        ),
        _ => writeln!(
            out,
            "{} fil(er) kontrollert: {} feil, {} advarsler, {} info",
            s.files, s.errors, s.warnings, s.infos
        ),
    };
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
