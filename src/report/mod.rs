//! Renderers: each output format is a projection of the same [`Report`](crate::Report).

pub(crate) mod explain;
mod github;
mod human;
mod json;
mod junit;
mod path;
mod sarif;

pub use github::render_github;
pub use human::{HumanOptions, render_human, render_human_file, render_human_summary};
pub use json::{render_json, write_json};
pub use junit::render_junit;
pub(crate) use junit::xml_escape;
pub use path::escape_controls;
pub use sarif::{render_sarif, write_sarif, write_sarif_with_docs};
