//! `dialogmote new`: a draft referat that follows the guide.

use chrono::NaiveDate;

const TEMPLATE: &str = include_str!("draft.yaml");

/// The default schema reference of a draft: a file beside it, which
/// `dialogmote schema > dialogmote1.schema.json` writes.
pub const DEFAULT_SCHEMA_REF: &str = "dialogmote1.schema.json";

/// A draft referat for a meeting on `date`: every section in the guide's
/// order, each key with the guide's prompt as a comment, and a first line
/// that points YAML editors at the schema (`schema_ref`: a path or URL).
pub fn draft(date: NaiveDate, schema_ref: &str) -> String {
    TEMPLATE
        .replace("{{DATE}}", &crate::base::dates::iso(date))
        .replace("{{SCHEMA}}", schema_ref)
}
