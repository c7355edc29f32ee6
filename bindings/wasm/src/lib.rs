//! The dialogmote engine for the browser and Node: a WebAssembly module
//! with a small raw ABI ([`abi`]), and a hand-written ES module
//! (`bindings/wasm/js/dialogmote.js`) that `web/build.sh` puts beside it
//! in `web/dist/pkg/` as the npm package `dialogmote` (docs/web.md).
//!
//! Glue only: every rule, message, fix, position and rendered referat
//! comes from the `dialogmote` library, exactly as the command line gets
//! them, and so does every message about a wrong argument. This crate
//! converts options and results at the boundary; the clock is read by the
//! JavaScript glue and passed in (the library reads none).
//!
//! Across the boundary go bytes: the document (UTF-8 text or a file's
//! bytes), options as JSON text (`JSON.stringify`, read here into typed
//! structs that reject unknown or misspelt names), and results as JSON
//! text written by the library's own JSON renderer (the same bytes as
//! `dialogmote lint --format json`), UTF-8 text, or a PDF's bytes. The
//! shape of a finding is defined once, by the library.

// The exports need `#[unsafe(no_mangle)]`, and WebAssembly's source of
// random numbers an `unsafe extern` block: allowed in `abi` alone, where
// each use says why it is sound. Everything else stays free of `unsafe`.
#[allow(unsafe_code)]
pub mod abi;
mod core;

pub use core::{Failure, Input};
