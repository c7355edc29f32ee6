//! The library's error: the linter could not be built or run at all. A
//! problem in a document is a finding, never an error.

/// Why linting could not start.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The embedded JSON Schema did not compile (a bug in this crate).
    #[error("the built-in schema is invalid: {0}")]
    Schema(String),
    /// A rule file is invalid.
    #[error("{file}:{line}:{column}: {message}")]
    Rule {
        /// The rule file's name.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong.
        message: String,
    },
    /// The configuration is invalid.
    #[error("{file}:{line}:{column}: {message}")]
    Config {
        /// The configuration file's name.
        file: String,
        /// 1-based line.
        line: usize,
        /// 1-based column, in characters.
        column: usize,
        /// What is wrong.
        message: String,
    },
}
