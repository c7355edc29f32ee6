//! Conversions between the library's byte offsets and LSP's positions
//! (0-based line, character counted in UTF-16 code units, or bytes when the
//! client and server agreed on UTF-8), and between `file:` URIs and paths.

use std::path::{Path, PathBuf};

use dialogmote::LineIndex;
use serde_json::{Value, json};

/// How a position's `character` counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Encoding {
    /// UTF-16 code units: LSP's default, which every client supports.
    Utf16,
    /// Bytes of UTF-8, when the client offers `utf-8` in
    /// `general.positionEncodings`.
    Utf8,
}

impl Encoding {
    /// The name in `positionEncoding`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Encoding::Utf16 => "utf-16",
            Encoding::Utf8 => "utf-8",
        }
    }

    fn units(self, s: &str) -> usize {
        match self {
            Encoding::Utf8 => s.len(),
            Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        }
    }
}

/// The lines of a document's whole text (a BOM included, as the client
/// has it), found by the library's [`LineIndex`]: line breaks are `\n`,
/// `\r\n` and a lone `\r`, as in LSP.
pub(crate) struct Lines<'a> {
    text: &'a str,
    index: LineIndex<'a>,
    encoding: Encoding,
    /// Whether a character outside the Basic Multilingual Plane (an emoji:
    /// two UTF-16 units) is in the text; without one, a UTF-16 column is
    /// the character column, which the line index finds without scanning
    /// the line (a minified JSON file is one long line).
    astral: bool,
}

impl<'a> Lines<'a> {
    pub(crate) fn new(text: &'a str, encoding: Encoding) -> Self {
        Lines {
            text,
            index: LineIndex::new(text),
            encoding,
            astral: text.bytes().any(|b| b >= 0xF0),
        }
    }

    /// The byte range of 0-based `line`'s content, without its break.
    fn content(&self, line: usize) -> (usize, usize) {
        (
            self.index.line_start(line + 1),
            self.index.line_end(line + 1),
        )
    }

    /// The LSP position of byte `offset` (clamped to the text and moved back
    /// to a character boundary): 0-based line and character.
    pub(crate) fn position(&self, offset: usize) -> (usize, usize) {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let at = self.index.position(offset);
        let line = at.line - 1;
        let (start, end) = self.content(line);
        // An offset inside a `\r\n` is the end of the line's content.
        if offset > end {
            return (line, self.encoding.units(&self.text[start..end]));
        }
        let units = match self.encoding {
            Encoding::Utf8 => offset - start,
            Encoding::Utf16 if !self.astral => at.column - 1,
            Encoding::Utf16 => self.encoding.units(&self.text[start..offset]),
        };
        (line, units)
    }

    /// The byte offset of an LSP position. A line past the end is the end
    /// of the text; a character past the line's end is its end (as LSP
    /// says); a character inside a surrogate pair is the pair's start.
    pub(crate) fn offset(&self, line: usize, character: usize) -> usize {
        if line >= self.index.line_count() {
            return self.text.len();
        }
        let (start, end) = self.content(line);
        let character = character.min(end - start);
        if self.encoding == Encoding::Utf16 && !self.astral {
            return self.index.offset_of(line + 1, character.saturating_add(1));
        }
        let mut seen = 0;
        for (i, c) in self.text[start..end].char_indices() {
            let w = match self.encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if seen + w > character {
                return start + i;
            }
            seen += w;
        }
        end
    }

    /// An LSP `Position`.
    pub(crate) fn json_position(&self, offset: usize) -> Value {
        let (line, character) = self.position(offset);
        json!({ "line": line, "character": character })
    }

    /// An LSP `Range` of bytes `start..end`.
    pub(crate) fn json_range(&self, start: usize, end: usize) -> Value {
        json!({ "start": self.json_position(start), "end": self.json_position(end.max(start)) })
    }

    /// The byte offset of an LSP `Position` given as JSON (missing fields
    /// count as 0).
    pub(crate) fn offset_of_json(&self, position: &Value) -> usize {
        let get = |k: &str| {
            position
                .get(k)
                .and_then(Value::as_u64)
                .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX))
        };
        self.offset(get("line"), get("character"))
    }
}

/// The path of a `file:` URI (percent-decoded), or `None` for another
/// scheme (`untitled:`) or a URI that does not decode to a path.
pub(crate) fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri
        .strip_prefix("file://")
        .or_else(|| uri.strip_prefix("FILE://"))?;
    // `file:///p` (empty host) and `file://localhost/p`.
    let rest = rest.strip_prefix("localhost").unwrap_or(rest);
    if !rest.starts_with('/') {
        return None;
    }
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    let bytes = percent_decode(rest)?;
    let decoded = String::from_utf8(bytes).ok()?;
    if cfg!(windows) {
        // `/C:/x` is `C:/x` on Windows.
        let b = decoded.as_bytes();
        if b.len() >= 3 && b[0] == b'/' && b[2] == b':' {
            return Some(PathBuf::from(&decoded[1..]));
        }
    }
    Some(PathBuf::from(decoded))
}

fn percent_decode(s: &str) -> Option<Vec<u8>> {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' {
            let hex = std::str::from_utf8(b.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(b[i]);
            i += 1;
        }
    }
    Some(out)
}

/// The `file:` URI of an absolute path, percent-encoded as VS Code does
/// (everything but unreserved characters and `/`).
pub(crate) fn path_to_uri(path: &Path) -> String {
    let s = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !s.starts_with('/') {
        out.push('/');
    }
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// The smallest single edit that turns `old` into `new`: the byte range
/// of `old` to replace and its replacement (common prefix and suffix kept,
/// cut on character boundaries).
pub(crate) fn minimal_edit<'n>(old: &str, new: &'n str) -> (usize, usize, &'n str) {
    let mut prefix = old
        .bytes()
        .zip(new.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(prefix) || !new.is_char_boundary(prefix) {
        prefix -= 1;
    }
    let max_suffix = old.len().min(new.len()) - prefix;
    let mut suffix = old
        .bytes()
        .rev()
        .zip(new.bytes().rev())
        .take(max_suffix)
        .take_while(|(a, b)| a == b)
        .count();
    while !old.is_char_boundary(old.len() - suffix) || !new.is_char_boundary(new.len() - suffix) {
        suffix -= 1;
    }
    (prefix, old.len() - suffix, &new[prefix..new.len() - suffix])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_count_utf16_units_with_norwegian_letters_emoji_and_crlf() {
        let text = "\u{feff}a: æøå\r\nb: 😀x\rc\n";
        let lines = Lines::new(text, Encoding::Utf16);
        let x = text.find('x').unwrap();
        // "b: " is 3 units, the emoji 2.
        assert_eq!(lines.position(x), (1, 5));
        assert_eq!(lines.offset(1, 5), x);
        // Inside the surrogate pair: the pair's start.
        assert_eq!(lines.offset(1, 4), text.find('😀').unwrap());
        // The BOM is one unit on line 0.
        assert_eq!(lines.position(text.find('a').unwrap()), (0, 1));
        // Past the end of a line: its end, before the break.
        assert_eq!(lines.offset(0, 99), text.find('\r').unwrap());
        assert_eq!(lines.position(text.find('c').unwrap()), (2, 0));
        assert_eq!(lines.offset(9, 0), text.len());
        // Without emoji, the line index's character columns are used.
        let plain = "a: æøå\r\nb: ø x\rc\n";
        let lines = Lines::new(plain, Encoding::Utf16);
        let px = plain.find('x').unwrap();
        assert_eq!(lines.position(px), (1, 5));
        assert_eq!(lines.offset(1, 5), px);
        assert_eq!(lines.offset(0, usize::MAX), plain.find('\r').unwrap());
        assert_eq!(lines.position(plain.find('\n').unwrap()), (0, 6));
        let utf8 = Lines::new(text, Encoding::Utf8);
        assert_eq!(utf8.position(x), (1, 7));
        assert_eq!(utf8.offset(1, 7), x);
    }

    #[test]
    fn file_uris_and_paths_round_trip() {
        let p = Path::new("/tmp/møte referat/a#1.yaml");
        let uri = path_to_uri(p);
        assert_eq!(uri, "file:///tmp/m%C3%B8te%20referat/a%231.yaml");
        assert_eq!(uri_to_path(&uri).unwrap(), p);
        assert_eq!(uri_to_path("file://localhost/x").unwrap(), Path::new("/x"));
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
        assert_eq!(uri_to_path("file:///bad%zz"), None);
    }

    #[test]
    fn the_minimal_edit_keeps_the_common_ends() {
        assert_eq!(minimal_edit("ab æ cd", "ab ø cd"), (3, 5, "ø"));
        assert_eq!(minimal_edit("aaa", "aaaa"), (3, 3, "a"));
        assert_eq!(minimal_edit("same", "same"), (4, 4, ""));
    }
}
