#![doc = include_str!("../README.md")]
//!
//! # The stable surface
//!
//! Everything a frontend (the command line, a language server, a browser
//! build) needs, and nothing of the loader's or the evaluator's insides:
//!
//! - **Input**: [`Source`] (bytes or text, decoded once, its kind and a line
//!   index built once), [`SourceKind`], and positions: [`Span`],
//!   [`Position`], [`LineIndex`]. [`Source::load`] gives a [`Document`]'s
//!   value tree for programs that want the data without findings.
//! - **Linting**: [`Linter`] (built once by [`LinterBuilder`] from a
//!   [`Config`] and rule files), [`LintOptions`], [`Linter::lint`] for one
//!   source, a [`Run`] for several (it reports the configuration's unused
//!   `ignore` entries in [`Run::finish`]); [`Linter::lint_str`],
//!   [`Linter::lint_bytes`], [`Linter::lint_value`] and [`Linter::lint_file`]
//!   are shorthands through the same pipeline.
//! - **Results**: [`Report`], [`FileReport`], [`Finding`] (with [`Location`],
//!   [`Fix`], [`Edit`], [`Related`]), [`SuppressedFinding`], [`Summary`],
//!   [`Severity`], and messages as [`Text`] in a [`Lang`].
//! - **Rendering**: `render_*`/`write_*` for human, JSON, SARIF, GitHub and
//!   JUnit output, and [`escape_controls`].
//! - **Rules and format**: [`Rule`], [`explain`], [`rules_markdown`],
//!   [`FORMAT`], [`SCHEMA_JSON`], the typed document ([`Minutes`] and its
//!   parts) and [`draft`].
//!
//! Structs and enums that may grow are `#[non_exhaustive]`.
#![forbid(unsafe_code)]

mod catalogue;
mod complete;
mod config;
mod dates;
mod draft;
mod error;
mod explain;
mod finding;
mod fix;
mod fixes;
mod fnv;

mod linter;
mod model;
mod names;
mod parse;
mod pointer;
mod referat;
mod render;
mod rules;
mod schema;
mod source;
mod suppress;
mod syntax;
mod texts;
mod yaml_file;
mod yaml_write;

pub use catalogue::{Catalogue, CatalogueBuilder};
pub use complete::{Completion, CompletionKind, complete, describe};
pub use config::{CONFIG_FILE, Config, Ignore};
pub use draft::{DEFAULT_SCHEMA_REF, draft};
pub use error::Error;
pub use explain::{explain, rules_markdown};
pub use finding::{
    Applicability, Edit, FileReport, Finding, Fix, Location, Omitted, Related, Report, Severity,
    Summary, SuppressedFinding, Suppression, SuppressionSource, apply_fixes,
};
pub use fix::{AppliedFix, FixLevel, Fixed};
pub use fixes::suppression_fix;
pub use linter::{ExampleOutcome, LintOptions, Linter, LinterBuilder, Run};
pub use model::{
    Action, Conclusion, Covered, Date, Decision, EmployeeStatus, EmployerAssessment,
    EmployerStatus, FollowUpPlan, FormatV1, Introduction, Measure, MeasureKey, Measures,
    MedicalAssessment, MedicalAssessor, Meeting, Minutes, Mode, ModelError, Participant, Proposal,
    Referat, Role, SickLeave, Solutions, Status, Time,
};
pub use parse::{Document, Limits, SourceKind};
pub use referat::{
    Missing, PdfError, Refusal, RenderError, RenderFormat, RenderOptions, check_render,
    is_privacy_finding, render as render_referat, render_checked as render_referat_checked,
};
pub use render::{
    HumanOptions, escape_controls, render_github, render_human, render_human_file,
    render_human_summary, render_json, render_junit, render_sarif, write_json, write_sarif,
};
pub use rules::{BUILTIN_RULE_FILES, Rule, RuleDocs, RuleExample};
pub use schema::{FORMAT, SCHEMA_JSON};
pub use source::{LineIndex, Position, Source, Span};
pub use texts::{Lang, Text};
