//! Shared by the fuzz targets: one linter with the built-in rules, and the
//! fixed date every target lints as of.

#![allow(dead_code)] // each target uses what it needs

use std::sync::OnceLock;

use dialogmote::Linter;

/// The built-in linter, built once per process.
pub fn linter() -> &'static Linter {
    static L: OnceLock<Linter> = OnceLock::new();
    L.get_or_init(|| Linter::new().expect("built-in rules compile"))
}

/// 2026-11-20, the date the fixtures are linted as of.
pub fn as_of() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}
