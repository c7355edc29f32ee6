//! JUnit XML: one test case per file, one failure per error-level finding.

use std::fmt::Write;

use crate::finding::{Report, Severity};

pub(crate) fn xml_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

/// The report as JUnit XML.
pub fn render_junit(report: &Report) -> String {
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
        let _ = write!(
            out,
            "    <testcase classname=\"dialogmote\" name=\"{}\"",
            xml_escape(&file.path)
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
                "      <failure type=\"{}\" message=\"{}\">{}:{l}:{c}: {}[{}] {}</failure>",
                xml_escape(&f.code),
                xml_escape(&format!("{} {}", f.code, f.message)),
                xml_escape(&file.path),
                f.severity.as_str(),
                xml_escape(&f.code),
                xml_escape(&f.message)
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
                    "{}:{l}:{c}: {}[{}] {}",
                    xml_escape(&file.path),
                    f.severity.as_str(),
                    xml_escape(&f.code),
                    xml_escape(&f.message)
                );
            }
            out.push_str("</system-out>\n");
        }
        out.push_str("    </testcase>\n");
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
