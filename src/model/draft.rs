//! `dialogmote new`: a draft referat that follows the guide.

use chrono::NaiveDate;

const TEMPLATE: &str = include_str!("draft.yaml");
const PLAN_TEMPLATE: &str = include_str!("plan_draft.yaml");

/// The default schema reference of a draft: a file beside it, which
/// `dialogmote schema > dialogmote1.schema.json` writes.
pub const DEFAULT_SCHEMA_REF: &str = "dialogmote1.schema.json";

/// The default schema reference of a plan's draft (`dialogmote schema
/// --format oppfolgingsplan1/v1 > oppfolgingsplan1.schema.json`).
pub const DEFAULT_PLAN_SCHEMA_REF: &str = "oppfolgingsplan1.schema.json";

/// A draft referat for a meeting on `date`: every section in the guide's
/// order, each key with the guide's prompt as a comment, and a first line
/// that points YAML editors at the schema (`schema_ref`: a path or URL).
pub fn draft(date: NaiveDate, schema_ref: &str) -> String {
    TEMPLATE
        .replace("{{DATE}}", &crate::base::dates::iso(date))
        .replace("{{SCHEMA}}", schema_ref)
}

/// A draft follow-up plan (`oppfolgingsplan1/v1`) made on `date`: the
/// employer, the employee by name, the sick leave, every field of the plan
/// in the order of NAV's own form with its words as a comment, the
/// exception (commented out) and what was sent; a first line that points
/// YAML editors at the plan's schema (`schema_ref`).
pub fn draft_plan(date: NaiveDate, schema_ref: &str) -> String {
    PLAN_TEMPLATE
        .replace("{{DATE}}", &crate::base::dates::iso(date))
        .replace("{{SCHEMA}}", schema_ref)
}
