//! One input document as the linter sees it ([`Source`]: bytes, decoded
//! text, kind, line index), and positions in it: byte offsets, and 1-based
//! line and column (in characters).

use std::sync::OnceLock;

use crate::input::decode::{LoadProblem, SourceKind};
use crate::input::position::LineIndex;

/// One input document: its bytes, its text decoded once, its kind (YAML or
/// JSON, decided once) and a line index built once, on first use, plus the
/// path it is shown under. The loader, the suppressions and every renderer
/// read the same `Source`, so no stage decodes or indexes the file again.
///
/// The source borrows its bytes or text: keep them alive while it is used.
///
/// ```
/// use dialogmote::{Source, SourceKind};
///
/// let source = Source::from_bytes("referat.yaml", b"\xEF\xBB\xBFformat: dialogmote1/v1\n");
/// assert_eq!(source.text(), "format: dialogmote1/v1\n");
/// assert_eq!(source.bom_len(), 3);
/// assert_eq!(source.kind(), SourceKind::Yaml);
/// assert_eq!(source.line_index().line_count(), 2);
/// ```
#[derive(Debug)]
pub struct Source<'a> {
    path: String,
    match_path: Option<String>,
    bytes: &'a [u8],
    /// The decoded text after any BOM; when the bytes are not UTF-8, the
    /// valid prefix (where the problem is located).
    text: &'a str,
    bom: usize,
    /// Why the bytes could not be decoded (DM001), if so.
    problem: Option<LoadProblem>,
    /// As declared by the caller (`Auto` when not).
    declared: SourceKind,
    /// Decided once: `Yaml` or `Json`.
    kind: SourceKind,
    index: OnceLock<LineIndex<'a>>,
}

impl<'a> Source<'a> {
    /// A source from text (an editor buffer, a string in a browser). A
    /// leading BOM (`U+FEFF`) is skipped and counted in byte offsets.
    pub fn from_str(path: impl Into<String>, text: &'a str) -> Self {
        let (text, bom) = match text.strip_prefix('\u{feff}') {
            Some(t) => (t, 3),
            None => (text, 0),
        };
        Source::build(path.into(), text.as_bytes(), text, bom, None)
    }

    /// A source from raw file contents: UTF-8, with or without a BOM. Bytes
    /// that are not UTF-8 (or UTF-16) are not an error here: linting the
    /// source reports them as DM001, located in the valid part.
    pub fn from_bytes(path: impl Into<String>, bytes: &'a [u8]) -> Self {
        match crate::input::decode::decode(bytes) {
            Ok((text, bom)) => Source::build(path.into(), bytes, text, bom, None),
            Err(problem) => {
                let bom = usize::from(bytes.starts_with(b"\xEF\xBB\xBF")) * 3;
                let prefix = crate::input::decode::valid_prefix(bytes);
                Source::build(path.into(), bytes, prefix, bom, Some(problem))
            }
        }
    }

    fn build(
        path: String,
        bytes: &'a [u8],
        text: &'a str,
        bom: usize,
        problem: Option<LoadProblem>,
    ) -> Self {
        Source {
            path,
            match_path: None,
            bytes,
            text,
            bom,
            problem,
            declared: SourceKind::Auto,
            kind: crate::input::decode::detect_kind(text, SourceKind::Auto),
            index: OnceLock::new(),
        }
    }

    /// Declares the kind (from a file extension, say): a file declared JSON
    /// must be strict JSON. `Auto` (the default) decides from the text: JSON
    /// when it starts with `{` or `[`, else YAML.
    pub fn with_kind(mut self, kind: SourceKind) -> Self {
        self.declared = kind;
        self.kind = crate::input::decode::detect_kind(self.text, kind);
        self
    }

    /// Sets the path that the configuration's `ignore` globs are matched
    /// against: the file's path relative to the configuration's folder, with
    /// `/` between segments. Without it, the display path is matched.
    pub fn with_match_path(mut self, path: impl Into<String>) -> Self {
        self.match_path = Some(path.into());
        self
    }

    /// The path the source is shown under (`-` for standard input, a URI in
    /// an editor).
    pub fn path(&self) -> &str {
        &self.path
    }

    /// The path that `ignore` globs are matched against.
    pub fn match_path(&self) -> &str {
        self.match_path.as_deref().unwrap_or(&self.path)
    }

    /// The raw bytes, BOM included (the same as the text's bytes for
    /// [`Source::from_str`], without the BOM).
    pub fn bytes(&self) -> &'a [u8] {
        self.bytes
    }

    /// The decoded text, after any BOM. When the bytes are not valid UTF-8,
    /// the valid part before the first bad byte.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Whether the bytes decoded as UTF-8 (when not, linting gives DM001).
    pub fn is_decoded(&self) -> bool {
        self.problem.is_none()
    }

    /// Bytes of the BOM skipped before the text (0 or 3); byte offsets in
    /// findings count them.
    pub fn bom_len(&self) -> usize {
        self.bom
    }

    /// YAML or JSON, as declared or as decided from the text.
    pub fn kind(&self) -> SourceKind {
        self.kind
    }

    /// The kind as declared by the caller (`Auto` when not).
    pub(crate) fn declared_kind(&self) -> SourceKind {
        self.declared
    }

    /// Why the bytes could not be decoded, if so.
    pub(crate) fn decode_problem(&self) -> Option<&LoadProblem> {
        self.problem.as_ref()
    }

    /// The line index of [`text`](Self::text), built on first use and then kept.
    pub fn line_index(&self) -> &LineIndex<'a> {
        self.index.get_or_init(|| LineIndex::new(self.text))
    }
}
