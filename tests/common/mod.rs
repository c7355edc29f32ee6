//! Helpers shared by the integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use dialogmote::{LintOptions, Linter};
use std::path::PathBuf;
use std::sync::OnceLock;

pub fn linter() -> &'static Linter {
    static L: OnceLock<Linter> = OnceLock::new();
    L.get_or_init(|| Linter::new().expect("built-in rules compile"))
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn opts() -> LintOptions {
    LintOptions::new(date("2026-11-20"))
}

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the project, when present (tests may read it; the product never does).
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.is_dir().then_some(p)
}
