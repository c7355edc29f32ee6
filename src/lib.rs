//! dialogmote (WIP)
pub mod error;
pub mod finding;
pub mod parse;
pub mod pointer;
mod schema;
pub mod source;
