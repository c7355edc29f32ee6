//! What every stage may use and that uses no stage: the format's fixed
//! facts, JSON Pointers, dates as people write them, "did you mean", the
//! error a linter cannot be built with, and a small hash.

pub(crate) mod dates;
pub(crate) mod error;
pub(crate) mod fields;
pub(crate) mod fnv;
pub(crate) mod format;
pub(crate) mod names;
pub(crate) mod pointer;
