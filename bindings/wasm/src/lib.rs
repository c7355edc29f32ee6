//! The dialogmote engine for the browser: WebAssembly bindings made with
//! wasm-bindgen (`--target web`), packaged by `web/build.sh` as
//! `web/dist/pkg/dialogmote.js`.
//!
//! Glue only: every rule, message, fix, position and rendered referat
//! comes from the `dialogmote` library, exactly as the command line gets
//! them. This crate converts options and results at the boundary, and is
//! the one place of the browser build that reads the clock (today's date,
//! where an option leaves it out and the command line would default to it).
//!
//! Across the boundary go JSON texts: the library's own JSON renderer
//! writes the findings (the same bytes as `dialogmote lint --format
//! json`), and JavaScript's `JSON.parse` makes them objects. Options come
//! in the other way (`JSON.stringify`) and are read into typed structs that
//! reject unknown or misspelt names. No serde-wasm-bindgen is needed, and
//! the shape of a finding is defined once, by the library.

mod api;
mod core;

pub use api::*;
pub use core::{Failure, Input};
