//! A YAML file of this crate's own (the configuration, a rule file), read
//! with the crate's loader and its positions kept, so that an error about
//! any part of it is said at `file:line:col`.

use serde_json::Value;

use crate::base::error::Error;
use crate::input::decode::SourceKind;
use crate::input::position::LineIndex;
use crate::load::{self, Document, Limits};

/// Where something is in a file: its 1-based line and column (in
/// characters) and its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Place {
    pub line: usize,
    pub column: usize,
    pub range: std::ops::Range<usize>,
}

impl Place {
    /// The start of the file.
    pub(crate) fn start() -> Place {
        Place {
            line: 1,
            column: 1,
            range: 0..0,
        }
    }
}

/// Which kind of file, for the kind of [`Error`] its problems become.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    /// `dialogmote.yaml`.
    Config,
    /// A rule file.
    Rules,
}

/// A loaded YAML file: its value tree, and where each node is.
pub(crate) struct YamlFile<'t> {
    name: String,
    kind: FileKind,
    doc: Document,
    text: &'t str,
    /// Built when a position is first asked for (an error).
    index: std::cell::OnceCell<LineIndex<'t>>,
}

impl<'t> YamlFile<'t> {
    /// Loads `text`, named `name` in errors. A syntax error is located at
    /// its place; its message never quotes the file.
    pub(crate) fn load(name: &str, text: &'t str, kind: FileKind) -> Result<Self, Error> {
        match load::load(text, SourceKind::Yaml, &Limits::default()) {
            Ok(doc) => Ok(YamlFile {
                name: name.to_owned(),
                kind,
                doc,
                text,
                index: std::cell::OnceCell::new(),
            }),
            Err(problems) => {
                let index = LineIndex::new(text);
                let errors = problems
                    .iter()
                    .map(|p| {
                        let pos = index.position(p.span.start);
                        let place = Place {
                            line: pos.line,
                            column: pos.column,
                            range: p.span.start..p.span.end.max(p.span.start),
                        };
                        error(kind, name, place, p.message().message.en)
                    })
                    .collect();
                Err(Error::from_list(errors))
            }
        }
    }

    /// The file's value tree.
    pub(crate) fn value(&self) -> &Value {
        self.doc.value()
    }

    /// The 1-based line and column of the node at `pointer` (or of its
    /// nearest ancestor): of its key when `at_key` and it has one, else of
    /// its value.
    pub(crate) fn position(&self, pointer: &str, at_key: bool) -> (usize, usize) {
        let p = self.place(pointer, at_key);
        (p.line, p.column)
    }

    /// Where the node at `pointer` is (see [`YamlFile::position`]), with
    /// its byte range.
    pub(crate) fn place(&self, pointer: &str, at_key: bool) -> Place {
        let span = self
            .doc
            .span_of(pointer)
            .map(|s| {
                if at_key {
                    s.key.unwrap_or(s.value)
                } else {
                    s.value
                }
            })
            .unwrap_or_default();
        let p = self
            .index
            .get_or_init(|| LineIndex::new(self.text))
            .position(span.start);
        Place {
            line: p.line,
            column: p.column,
            range: span.start..span.end.max(span.start),
        }
    }

    /// An error about the node at `pointer` (see [`YamlFile::position`]).
    pub(crate) fn error(&self, pointer: &str, message: impl Into<String>, at_key: bool) -> Error {
        error(
            self.kind,
            &self.name,
            self.place(pointer, at_key),
            message.into(),
        )
    }
}

/// An error of a file of `kind` at `place`.
pub(crate) fn error(kind: FileKind, file: &str, place: Place, message: String) -> Error {
    let file = file.to_owned();
    let Place {
        line,
        column,
        range,
    } = place;
    match kind {
        FileKind::Config => Error::Config {
            file,
            line,
            column,
            range,
            message,
        },
        FileKind::Rules => Error::Rule {
            file,
            line,
            column,
            range,
            message,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_are_located_at_key_or_value() {
        let f = YamlFile::load("c.yaml", "a:\n  bb: 1\n", FileKind::Config).unwrap();
        assert_eq!(f.position("/a/bb", true), (2, 3));
        assert_eq!(f.position("/a/bb", false), (2, 7));
        // A missing node: its nearest ancestor.
        assert_eq!(f.position("/a/zz", false), (2, 3));
        let e = f.error("/a/bb", "wrong", false).to_string();
        assert_eq!(e, "c.yaml:2:7: wrong");
    }

    #[test]
    fn a_syntax_error_is_located_and_quotes_nothing() {
        let Err(e) = YamlFile::load("r.yaml", "a: [secret\n", FileKind::Rules) else {
            panic!("accepted bad YAML")
        };
        let s = e.to_string();
        assert!(s.starts_with("r.yaml:"), "{s}");
        assert!(!s.contains("secret"), "{s}");
    }
}
