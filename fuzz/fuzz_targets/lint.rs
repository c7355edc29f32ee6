//! Text in, report out: any bytes, as YAML, as JSON and detected, through
//! the whole linter (loader, schema, rules, suppressions) and the cheap
//! renderers. (SARIF is a projection of the same report with every rule's
//! metadata; rendering it per input would cut the rate tenfold.)
#![no_main]

mod common;

use dialogmote::{FileReport, Lang, LintOptions, Report, Source, SourceKind};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let as_of = common::as_of();
    let kind = match data.first() {
        Some(b) if b % 3 == 0 => SourceKind::Yaml,
        Some(b) if b % 3 == 1 => SourceKind::Json,
        _ => SourceKind::Auto,
    };
    let opts = LintOptions::new(as_of);
    let source = Source::from_bytes("fuzz.yaml", data).with_kind(kind);
    let file: FileReport = common::linter().lint(&source, &opts);
    for f in &file.findings {
        // Every finding is located, and within the input.
        let loc = f.location.expect("file findings are located");
        assert!(loc.line >= 1 && loc.column >= 1 && loc.offset <= data.len());
        assert!((loc.end_line, loc.end_column) >= (loc.line, loc.column));
    }
    let mut report = Report::default();
    report.push(file);
    let _ = dialogmote::render_json(&report, Lang::Nn);
    let _ = dialogmote::render_github(&report, Lang::En);
    let _ = dialogmote::render_junit(&report, Lang::Nb);
});
