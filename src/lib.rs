#![doc = include_str!("../README.md")]
//!
//! # The public API
//!
//! What a program needs to read, check, fix, report and render the minutes,
//! and nothing of the loader's or the evaluator's insides: reading
//! ([`Source`]), linting ([`Linter`], [`LintOptions`], [`Config`]),
//! results ([`Report`], [`Finding`]), fixes ([`Linter::fix`],
//! [`apply_fixes`]), reports (`render_*`), rules ([`Rule`], [`explain`]),
//! the format and the typed meeting ([`Minutes`], [`draft`]), the referat
//! ([`render_referat_checked`]), the export to NAV ([`export_nav_lps`]), editors ([`complete`]) and words
//! ([`Lang`], [`text_catalogue`]). `docs/api.md` lists every export by what
//! it is for, with one example per entry point (run as doc tests), and a
//! test keeps the list and the exports the same.
//!
//! Structs and enums that may grow are `#[non_exhaustive]`.
#![forbid(unsafe_code)]

// The stages, in the order data flows; each imports only the ones above it
// (`tests/it/layers.rs` checks; `docs/architecture.md` draws the picture).
mod base;
mod check;
mod export;
mod findings;
mod input;
mod lint;
mod load;
mod model;
mod referat;
mod report;
mod rules;
mod texts;

pub use base::error::Error;
pub use base::format::{FORMAT, Format, PLAN_FORMAT, PLAN_SCHEMA_JSON, SCHEMA_JSON};
pub use check::catalogue::{Catalogue, CatalogueBuilder};
pub use check::config::{CONFIG_FILE, Config, Ignore};
pub use export::{
    DEFAULT_LPS_NAME, EmployeeId, ExportError, ExportOptions, Gap, GapKind, IdProblem,
    MAX_ID_BYTES, Sender, SenderProblem, export_nav_lps,
};
pub use findings::fixes::suppression_fix;
pub use findings::{
    Applicability, Edit, FileReport, Finding, Fix, Location, Omitted, Related, Report, Severity,
    Summary, SuppressedFinding, Suppression, SuppressionSource, apply_fixes,
};
pub use input::decode::SourceKind;
pub use input::position::{LineIndex, Position, Span};
pub use input::source::Source;
pub use lint::fix::{AppliedFix, FixLevel, Fixed};
pub use lint::{EXPORT_CODES, ExampleOutcome, LintOptions, Linter, LinterBuilder, Run};
pub use load::{Document, Limits};
pub use model::complete::{Completion, CompletionKind, complete, describe};
pub use model::draft::{DEFAULT_PLAN_SCHEMA_REF, DEFAULT_SCHEMA_REF, draft, draft_plan};
pub use model::{
    Action, Conclusion, Covered, Date, Decision, Employee, EmployeeStatus, Employer,
    EmployerAssessment, EmployerStatus, Exception, ExceptionReason, FollowUpPlan, FormatPlanV1,
    FormatV1, Introduction, Measure, MeasureKey, Measures, MedicalAssessment, MedicalAssessor,
    Meeting, Minutes, Mode, ModelError, Participant, Person, Plan, PlanDocument, Proposal, Referat,
    Revises, Role, Sharing, SickLeave, Solutions, Status, Time,
};
pub use referat::{
    Missing, PdfError, Refusal, RenderError, RenderFormat, RenderOptions, check_render,
    is_privacy_finding, render as render_referat, render_checked as render_referat_checked,
    render_plan,
};
pub use report::explain::{explain, rule_docs_url, rules_markdown};
pub use report::{
    HumanOptions, escape_controls, render_github, render_human, render_human_file,
    render_human_summary, render_json, render_junit, render_sarif, write_json, write_sarif,
    write_sarif_with_docs,
};
pub use rules::{Rule, RuleDocs, RuleExample};
pub use texts::{CatalogueText, ExportText, Lang, Text, UiText, text_catalogue};

/// The examples of `docs/api.md`, one per entry point, compiled and run as
/// doc tests.
#[cfg(doctest)]
#[doc = include_str!("../docs/api.md")]
pub struct ApiExamples;
