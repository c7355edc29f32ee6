//! Every renderer on the report of any input: JSON, SARIF (with every
//! rule's metadata), GitHub, JUnit, and human output with and without
//! source lines and colour, in every language. JSON and SARIF must be JSON,
//! and every finding must be located within the input.
#![no_main]

mod common;

use dialogmote::{HumanOptions, Lang, LintOptions, Report, Source};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let as_of = common::as_of();
    let source = Source::from_bytes("dir/fuzz.yaml", data).with_match_path("dir/fuzz.yaml");
    let opts = LintOptions::new(as_of);
    let file = common::linter().lint(&source, &opts);
    for f in &file.findings {
        let loc = f.location.expect("file findings are located");
        assert!(loc.line >= 1 && loc.column >= 1 && loc.offset <= data.len());
    }
    for lang in Lang::ALL {
        let file = file.clone();
        for color in [false, true] {
            let human = HumanOptions::new(color, lang);
            let _ = dialogmote::render_human_file(&file, Some(&source), &human);
            let _ = dialogmote::render_human_file(&file, None, &human);
        }
        let mut report = Report::default();
        report.push(file);
        let json = dialogmote::render_json(&report, lang);
        serde_json::from_str::<serde_json::Value>(&json).expect("JSON output is JSON");
        let sarif = dialogmote::render_sarif(&report, common::linter().rules(), lang);
        serde_json::from_str::<serde_json::Value>(&sarif).expect("SARIF output is JSON");
        let _ = dialogmote::render_github(&report, lang);
        let _ = dialogmote::render_junit(&report, lang);
        let _ = dialogmote::render_human(&report, &HumanOptions::new(false, lang));
    }
});
