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
        /// The byte range in the file of what is wrong (a key, a value, an
        /// entry), for an editor to underline; never shown as text.
        range: std::ops::Range<usize>,
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
        /// The byte range in the file of what is wrong (a key, a value, an
        /// entry), for an editor to underline; never shown as text.
        range: std::ops::Range<usize>,
        /// What is wrong.
        message: String,
    },
    /// Several problems, in the order of their files and places; each is
    /// shown on its own line. Never empty, never nested.
    #[error("{}", lines(.0))]
    Several(Vec<Error>),
}

/// Errors of one file put in the order of their places.
pub(crate) trait Sorted {
    /// Sorted by line and column (stable: problems at one place keep
    /// their order).
    fn sorted(self) -> Self;
}

impl Sorted for Vec<Error> {
    fn sorted(mut self) -> Self {
        self.sort_by_key(|e| match e {
            Error::Rule { line, column, .. } | Error::Config { line, column, .. } => {
                (*line, *column)
            }
            _ => (0, 0),
        });
        self
    }
}

fn lines(errors: &[Error]) -> String {
    errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n")
}

impl Error {
    /// One error for all of `errors`: the error itself when there is one,
    /// else [`Error::Several`] (nested lists flattened).
    pub(crate) fn from_list(errors: Vec<Error>) -> Error {
        let mut flat: Vec<Error> = errors.into_iter().flat_map(Error::into_problems).collect();
        if flat.len() == 1 {
            flat.pop().expect("one")
        } else {
            Error::Several(flat)
        }
    }

    /// One error for the problems of a configuration and its rule files,
    /// found in several steps: the configuration's first, in the order of
    /// their places, then each rule file's. `None` when there are none.
    pub fn combined(errors: Vec<Error>) -> Option<Error> {
        let mut flat: Vec<Error> = errors.into_iter().flat_map(Error::into_problems).collect();
        // Stable: a rule file's problems keep their order after the
        // configuration's.
        flat.sort_by_key(|e| match e {
            Error::Config { line, column, .. } => (0, *line, *column),
            _ => (1, 0, 0),
        });
        (!flat.is_empty()).then(|| Error::from_list(flat))
    }

    /// `Ok(())` when `errors` is empty, else their [`Error::from_list`].
    pub(crate) fn check(errors: Vec<Error>) -> Result<(), Error> {
        if errors.is_empty() {
            Ok(())
        } else {
            Err(Error::from_list(errors))
        }
    }

    /// Each problem on its own: the errors of [`Error::Several`], or the
    /// error itself. An editor shows each at its place.
    pub fn problems(&self) -> &[Error] {
        match self {
            Error::Several(list) => list,
            one => std::slice::from_ref(one),
        }
    }

    /// Each problem on its own, owned (see [`Error::problems`]).
    pub fn into_problems(self) -> Vec<Error> {
        match self {
            Error::Several(list) => list,
            one => vec![one],
        }
    }
}
