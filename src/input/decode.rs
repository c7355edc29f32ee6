//! Bytes to text: UTF-8 or a DM001 (UTF-16, Latin-1, invalid bytes), the
//! BOM, and whether the text is YAML or JSON; and the problem that stops
//! reading a document, which the loader reports too.

use crate::input::position::Span;
use crate::texts::{EngineText, Message};

/// Whether the text is YAML or JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[non_exhaustive]
pub enum SourceKind {
    /// YAML 1.2.
    Yaml,
    /// JSON (read as YAML 1.2 flow syntax, tabs allowed between tokens).
    Json,
    /// JSON if the first non-blank character is `{` or `[`, else YAML.
    #[default]
    Auto,
}

impl SourceKind {
    /// The kind a file's name declares: `.json` is JSON, `.yaml` and `.yml`
    /// YAML, anything else (or no name: standard input, an editor's
    /// untitled buffer) decided from the text. The one reading of a name
    /// for every frontend; `path` may use `/` or `\\`.
    pub fn from_path(path: &str) -> SourceKind {
        let name = path.rsplit(['/', '\\']).next().unwrap_or(path);
        // As `Path::extension`: a name that only starts with a dot
        // (`.json`) has none.
        match name
            .rsplit_once('.')
            .filter(|(stem, _)| !stem.is_empty())
            .map(|(_, ext)| ext)
        {
            Some("json") => SourceKind::Json,
            Some("yaml" | "yml") => SourceKind::Yaml,
            _ => SourceKind::Auto,
        }
    }
}

/// Why a document could not be loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ProblemKind {
    /// Not valid YAML/JSON (DM001).
    Syntax,
    /// A safety limit was exceeded (DM004).
    Limit,
}

/// A text by its id, with the values of its placeholders: numbers, key
/// names the schema knows, kinds of values, codes; never document text.
pub(crate) type TextRef = (EngineText, Vec<(&'static str, String)>);

/// A problem that stops loading, with its position. What it says is the
/// catalogue's text `id` of its code (DM001 or DM004), with `args`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct LoadProblem {
    /// Syntax or limit.
    pub kind: ProblemKind,
    /// Where, in bytes of the text after any BOM.
    pub span: Span,
    /// The id of the text.
    pub id: EngineText,
    /// The values of its placeholders.
    pub args: Vec<(&'static str, String)>,
}

impl LoadProblem {
    /// A DM001 problem: the catalogue's text `id` with `args`.
    pub(crate) fn syntax(span: Span, id: EngineText, args: Vec<(&'static str, String)>) -> Self {
        LoadProblem {
            kind: ProblemKind::Syntax,
            span,
            id,
            args,
        }
    }

    /// A DM004 problem: the catalogue's text `id` with numbers `args`.
    pub(crate) fn limit(span: Span, id: EngineText, args: &[(&'static str, usize)]) -> Self {
        LoadProblem {
            kind: ProblemKind::Limit,
            span,
            id,
            args: args.iter().map(|&(k, v)| (k, v.to_string())).collect(),
        }
    }

    /// The arguments as the catalogue takes them.
    pub(crate) fn arg_refs(&self) -> Vec<(&str, &str)> {
        self.args.iter().map(|(k, v)| (*k, v.as_str())).collect()
    }

    /// What the problem says.
    pub(crate) fn message(&self) -> Message {
        self.id.fill(&self.arg_refs())
    }
}

/// Decodes input bytes as UTF-8. Returns the text without a UTF-8 BOM and
/// the number of BOM bytes removed.
pub(crate) fn decode(bytes: &[u8]) -> Result<(&str, usize), LoadProblem> {
    #[cfg(test)]
    DECODES.with(|n| n.set(n.get() + 1));
    let (body, bom) = match bytes.strip_prefix(b"\xEF\xBB\xBF") {
        Some(rest) => (rest, 3),
        None => (bytes, 0),
    };
    let utf16 = bytes.starts_with(b"\xFF\xFE")
        || bytes.starts_with(b"\xFE\xFF")
        || (bytes.len() >= 4
            && bytes.iter().take(64).step_by(2).all(|&b| b == 0)
                != bytes.iter().skip(1).take(64).step_by(2).all(|&b| b == 0));
    if utf16 {
        return Err(LoadProblem::syntax(
            Span::new(0, 0),
            EngineText::Utf16,
            Vec::new(),
        ));
    }
    match std::str::from_utf8(body) {
        Ok(text) => Ok((text, bom)),
        Err(e) => {
            let at = e.valid_up_to();
            let byte = body[at];
            let id = if (0x80..=0xFF).contains(&byte) {
                EngineText::Latin1
            } else {
                EngineText::InvalidUtf8
            };
            // The span is in the valid prefix, which is what positions are computed on.
            Err(LoadProblem::syntax(
                Span::new(at, at),
                id,
                vec![("byte", format!("{byte:02X}"))],
            ))
        }
    }
}

#[cfg(test)]
thread_local! {
    /// Decodings on this thread, for tests that prove a file is decoded once.
    pub(crate) static DECODES: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// The valid UTF-8 prefix of `bytes` after any BOM (for locating a decoding problem).
pub(crate) fn valid_prefix(bytes: &[u8]) -> &str {
    let body = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(body) {
        Ok(t) => t,
        Err(e) => std::str::from_utf8(&body[..e.valid_up_to()]).unwrap_or_default(),
    }
}

/// `Json` or `Yaml`: as declared, or for `Auto` JSON when the first
/// non-blank character is `{` or `[`.
pub(crate) fn detect_kind(text: &str, declared: SourceKind) -> SourceKind {
    match declared {
        SourceKind::Auto => {
            if matches!(text.trim_start().as_bytes().first(), Some(b'{' | b'[')) {
                SourceKind::Json
            } else {
                SourceKind::Yaml
            }
        }
        kind => kind,
    }
}
