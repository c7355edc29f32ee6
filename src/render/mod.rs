//! Renderers: each output format is a projection of the same [`Report`].

mod human;
mod json;

pub use human::{HumanOptions, render_human};
pub use json::render_json;
