//! GitHub Actions workflow commands: `::error file=…,line=…::message`.

use std::fmt::Write;

use crate::finding::{Report, Severity};

fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// One workflow command per finding (suppressed findings are left out).
pub fn render_github(report: &Report) -> String {
    let mut out = String::new();
    for file in &report.files {
        for f in &file.findings {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let _ = write!(out, "::{command} file={}", escape_property(&file.path));
            if let Some(l) = f.location {
                let _ = write!(
                    out,
                    ",line={},col={},endLine={},endColumn={}",
                    l.line, l.column, l.end_line, l.end_column
                );
            }
            let title = format!("{} {}", f.code, f.name);
            let _ = writeln!(
                out,
                ",title={}::{}",
                escape_property(&title),
                escape_data(&f.message)
            );
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_per_the_workflow_command_rules() {
        assert_eq!(escape_data("50%\nx"), "50%25%0Ax");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }
}
