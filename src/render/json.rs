//! The stable JSON output (`schema/findings.schema.json`).

use crate::finding::Report;

/// The report as pretty-printed JSON, ending in a newline.
pub fn render_json(report: &Report) -> String {
    let mut s = serde_json::to_string_pretty(report).expect("a report always serialises");
    s.push('\n');
    s
}
