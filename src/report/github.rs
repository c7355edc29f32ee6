//! GitHub Actions workflow commands: `::error file=…,line=…::message`.

use std::fmt::Write;

use crate::findings::{Report, Severity};
use crate::report::path::{display_path, push_escaped};
use crate::texts::Lang;

/// Escapes a command's data as the runner expects: `%`, CR and LF.
fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escapes a property value: as data, plus `:` and `,`.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// Text that is not ours to trust (a file name, a rule author's message) on
/// one line, with control characters shown escaped.
fn one_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

/// One workflow command per finding (suppressed findings are left out). The
/// message is followed by the finding's help on its own line: both are rule
/// text, never document text. Messages are in `lang`.
pub fn render_github(report: &Report, lang: Lang) -> String {
    let mut out = String::new();
    for file in &report.files {
        // Control characters in a file name are escaped before the runner's
        // own escaping, so that no name can end the command or start another.
        let path = escape_property(&display_path(file).0);
        for f in &file.findings {
            let command = match f.severity {
                Severity::Error => "error",
                Severity::Warning => "warning",
                Severity::Info => "notice",
            };
            let _ = write!(out, "::{command} file={path}");
            if let Some(l) = f.location {
                let _ = write!(
                    out,
                    ",line={},col={},endLine={},endColumn={}",
                    l.line, l.column, l.end_line, l.end_column
                );
            }
            let title = format!("{} {}", f.code, f.name);
            let _ = write!(
                out,
                ",title={}::{}",
                escape_property(&one_line(&title)),
                escape_data(&one_line(f.message.get(lang)))
            );
            if let Some(h) = &f.help {
                let _ = write!(out, "%0A→ {}", escape_data(&one_line(h.get(lang))));
            }
            for fix in &f.fixes {
                let _ = write!(out, "%0A✎ {}", escape_data(&one_line(fix.title.get(lang))));
            }
            out.push('\n');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{FileReport, Finding};
    use crate::texts::Text;

    #[test]
    fn escapes_per_the_workflow_command_rules() {
        assert_eq!(escape_data("50%\nx"), "50%25%0Ax");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
    }

    /// Issue 9, item 17: a newline in a file name forged a second command.
    #[test]
    fn a_file_name_cannot_forge_a_command() {
        let mut r = Report::default();
        r.push(FileReport::new(
            "evil\n::error file=evil.yaml,line=1::PWNED\r\u{1b}[31m%0A.yaml",
            vec![
                Finding::new("DM003", "not-minutes", Severity::Error, Text::same("m"), "")
                    .with_help(Text::same("h")),
            ],
        ));
        let out = render_github(&r, Lang::Nn);
        assert_eq!(out.lines().count(), 1, "{out}");
        assert!(!out.contains('\u{1b}'));
        assert_eq!(
            out,
            "::error file=evil\\n%3A%3Aerror file=evil.yaml%2Cline=1%3A%3APWNED\\r\\u{1b}[31m%250A.yaml,title=DM003 not-minutes::m%0A→ h\n"
        );
    }
}
