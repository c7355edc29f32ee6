//! Checking a loaded document: its JSON Schema (DM002), the compiled
//! catalogue of rules (built-in and the configuration's rule files, with
//! severities and parameters) and the configuration that chooses them. The
//! rule engine itself is `crate::rules`.

pub(crate) mod catalogue;
pub(crate) mod config;
pub(crate) mod schema;
