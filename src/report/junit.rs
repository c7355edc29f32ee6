//! JUnit XML: one test case per file, one failure per error-level finding.

use std::fmt::Write;

use crate::findings::{Report, Severity};
use crate::report::human::label;
use crate::report::path::display_path;
use crate::texts::Lang;

/// Whether XML 1.0 allows `c` at all (§2.2 `Char`), even as a reference.
fn xml_allows(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{d7ff}' | '\u{e000}'..='\u{fffd}' | '\u{10000}'..)
}

/// Escapes markup, and replaces what XML 1.0 forbids (C0 controls other
/// than tab, CR and LF; U+FFFE and U+FFFF) with U+FFFD, so the document is
/// always well-formed.
pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if !xml_allows(c) => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The report as JUnit XML, messages and severities in `lang`.
pub fn render_junit(report: &Report, lang: Lang) -> String {
    let tests = report.files.len();
    let failing = report
        .files
        .iter()
        .filter(|f| f.findings.iter().any(|x| x.severity == Severity::Error))
        .count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"dialogmote\" tests=\"{tests}\" failures=\"{failing}\" errors=\"0\">"
    );
    let _ = writeln!(
        out,
        "  <testsuite name=\"dialogmote\" tests=\"{tests}\" failures=\"{failing}\" errors=\"0\" skipped=\"0\">"
    );
    for file in &report.files {
        // Control characters are escaped visibly, as in human output.
        let path = xml_escape(&display_path(file).0);
        let _ = write!(
            out,
            "    <testcase classname=\"dialogmote\" name=\"{path}\""
        );
        let errors: Vec<_> = file
            .findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .collect();
        let others = file.findings.len() - errors.len();
        if errors.is_empty() && others == 0 {
            out.push_str("/>\n");
            continue;
        }
        out.push_str(">\n");
        for f in &errors {
            let (l, c) = f.location.map_or((1, 1), |l| (l.line, l.column));
            let _ = writeln!(
                out,
                "      <failure type=\"{}\" message=\"{}\">{path}:{l}:{c}: {}[{}] {}</failure>",
                xml_escape(&f.code),
                xml_escape(&format!("{} {}", f.code, f.message.get(lang))),
                label(f.severity, lang),
                xml_escape(&f.code),
                xml_escape(f.message.get(lang))
            );
        }
        if others > 0 {
            out.push_str("      <system-out>");
            for f in file
                .findings
                .iter()
                .filter(|f| f.severity != Severity::Error)
            {
                let (l, c) = f.location.map_or((1, 1), |l| (l.line, l.column));
                let _ = writeln!(
                    out,
                    "{path}:{l}:{c}: {}[{}] {}",
                    label(f.severity, lang),
                    xml_escape(&f.code),
                    xml_escape(f.message.get(lang))
                );
            }
            out.push_str("</system-out>\n");
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::findings::{FileReport, Finding};

    /// Issue 9, item 17: U+FFFE in a file name made the XML ill-formed.
    #[test]
    fn characters_xml_forbids_never_reach_the_output() {
        assert_eq!(
            xml_escape("a\u{fffe}b\u{ffff}c\u{1}d\te"),
            "a\u{fffd}b\u{fffd}c\u{fffd}d\te"
        );
        let mut r = Report::default();
        r.push(FileReport::new(
            "x\u{fffe}\u{1}\n<&>.yaml",
            vec![Finding::new(
                "DM003",
                "not-minutes",
                Severity::Error,
                crate::texts::Text::same("m"),
                "",
            )],
        ));
        let xml = render_junit(&r, Lang::En);
        assert!(!xml.chars().any(|c| !xml_allows(c)));
        assert!(
            xml.contains("name=\"x\u{fffd}\\u{1}\\n&lt;&amp;&gt;.yaml\""),
            "{xml}"
        );
    }
}
