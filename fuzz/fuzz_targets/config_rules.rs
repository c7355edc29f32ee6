//! Configuration plus a user rule file, through the public API: the bytes
//! before the first NUL are a `dialogmote.yaml`, the rest a rule file. Any
//! text either builds a linter or is an `Error` (never a panic), and a
//! linter that builds lints a complete referat.
#![no_main]

mod common;

use dialogmote::{Config, LintOptions, Linter};
use libfuzzer_sys::fuzz_target;

const REFERAT: &str = include_str!("../../examples/complete.yaml");

fuzz_target!(|data: &[u8]| {
    let (config, rules) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let (Ok(config), Ok(rules)) = (std::str::from_utf8(config), std::str::from_utf8(rules)) else {
        return;
    };
    let mut builder = Linter::builder();
    match Config::from_yaml("dialogmote.yaml", config) {
        Ok(c) => builder = builder.config(c),
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    }
    if !rules.is_empty() {
        builder = builder.rule_file("fuzz-rules.yaml", rules);
    }
    let linter = match builder.build() {
        Ok(l) => l,
        Err(e) => {
            let _ = e.to_string();
            return;
        }
    };
    let as_of = common::as_of();
    {
        let opts = LintOptions::new(as_of);
        let report = linter.lint_file("referat.yaml", "referat.yaml", REFERAT.as_bytes(), &opts);
        for f in &report.findings {
            let loc = f.location.expect("file findings are located");
            assert!(loc.offset <= REFERAT.len());
        }
    }
});
