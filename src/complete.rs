//! Completion and key documentation from the schema, for editors (the
//! language server) and forms: what may be written at a place in a document.

use crate::i18n::Text;

/// What a completion inserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum CompletionKind {
    /// A mapping key valid at the place.
    Key,
    /// A value of an enum (a role, a measure, a decision, a mode).
    Value,
    /// A block to fill in (a new participant or action).
    Snippet,
}

/// One thing that may be written at a place.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Completion {
    /// What the list shows (a schema word, never document text).
    pub label: String,
    /// Key, value or snippet.
    pub kind: CompletionKind,
    /// The text to insert; for a snippet, in LSP snippet syntax (`$1`,
    /// `${2:placeholder}`, `$0`).
    pub insert_text: String,
    /// Whether `insert_text` is snippet syntax.
    pub is_snippet: bool,
    /// A short line shown beside the label, in every language.
    pub detail: Option<Text>,
    /// The guide's wording for the key or value, in every language.
    pub documentation: Option<Text>,
}

/// What may be written at byte `offset` of `text` (a YAML document, possibly
/// broken while being typed): the keys the schema allows in the mapping
/// around the cursor that are not there yet, the enum values of the key
/// whose value is being written, and snippets for new list items.
pub fn complete(text: &str, offset: usize) -> Vec<Completion> {
    let _ = (text, offset);
    Vec::new()
}

/// The documentation of the key (or enum value) at byte `offset` of `text`,
/// from the schema, in every language: for hover.
pub fn describe(text: &str, offset: usize) -> Option<Text> {
    let _ = (text, offset);
    None
}
