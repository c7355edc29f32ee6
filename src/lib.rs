#![doc = include_str!("../README.md")]
#![forbid(unsafe_code)]

mod config;
mod draft;
mod error;
mod explain;
mod finding;
mod linter;
mod model;
mod parse;
mod pointer;
mod referat;
mod render;
mod rules;
mod schema;
mod source;
mod suppress;
mod syntax;

pub use config::{CONFIG_FILE, Config, Ignore};
pub use draft::{DEFAULT_SCHEMA_REF, draft};
pub use error::Error;
pub use explain::{explain, rules_markdown};
pub use finding::{
    Applicability, Edit, FileReport, Finding, Fix, Lang, Location, Omitted, Related, Report,
    Severity, Summary, Text,
};
pub use linter::{ExampleOutcome, LintOptions, Linter, LinterBuilder};
pub use model::*;
pub use parse::{Document, Limits, LoadProblem, NodeSpan, ProblemKind, SourceKind, decode, load};
pub use pointer::{from_segments as pointer_from_segments, segments as pointer_segments};
pub use referat::{
    Missing, Refusal, RenderError, RenderFormat, RenderOptions, check_render, is_privacy_finding,
    render as render_referat, render_checked as render_referat_checked,
};
pub use render::{
    HumanOptions, escape_controls, render_github, render_human, render_human_file,
    render_human_summary, render_json, render_junit, render_sarif, write_json, write_sarif,
};
pub use rules::{BUILTIN_RULE_FILES, Rule, RuleDocs, RuleExample};
pub use schema::{FORMAT, SCHEMA_JSON};
pub use source::{LineIndex, Position, Span};
pub use suppress::{SuppressedFinding, Suppression, SuppressionSource};
