//! One input document as the linter sees it ([`Source`]: bytes, decoded
//! text, kind, line index), and positions in it: byte offsets, and 1-based
//! line and column (in characters).

use std::sync::OnceLock;

use crate::parse::{self, LoadProblem, SourceKind};

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
        match parse::decode(bytes) {
            Ok((text, bom)) => Source::build(path.into(), bytes, text, bom, None),
            Err(problem) => {
                let bom = usize::from(bytes.starts_with(b"\xEF\xBB\xBF")) * 3;
                let prefix = parse::valid_prefix(bytes);
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
            kind: parse::detect_kind(text, SourceKind::Auto),
            index: OnceLock::new(),
        }
    }

    /// Declares the kind (from a file extension, say): a file declared JSON
    /// must be strict JSON. `Auto` (the default) decides from the text: JSON
    /// when it starts with `{` or `[`, else YAML.
    pub fn with_kind(mut self, kind: SourceKind) -> Self {
        self.declared = kind;
        self.kind = parse::detect_kind(self.text, kind);
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

    /// Loads the document's value tree (YAML 1.2 core schema, or JSON),
    /// within `limits`; `None` when it cannot be loaded (lint the source to
    /// learn why and where).
    pub fn load(&self, limits: &parse::Limits) -> Option<parse::Document> {
        parse::load_source(self, limits).ok()
    }

    /// The line index of [`text`](Self::text), built on first use and then kept.
    pub fn line_index(&self) -> &LineIndex<'a> {
        self.index.get_or_init(|| LineIndex::new(self.text))
    }
}

/// A half-open byte range `[start, end)` in the source text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, PartialOrd, Ord)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (bytes).
    pub fn new(start: usize, end: usize) -> Self {
        Span {
            start,
            end: end.max(start),
        }
    }
}

/// A position in the source: 1-based line, 1-based column counted in
/// Unicode scalar values (characters), and the 0-based byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Position {
    /// 1-based line number.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// 0-based byte offset.
    pub offset: usize,
}

/// Bytes between two checkpoints of the character count: a column costs at
/// most two scans of this many bytes, however long the line.
const CHECKPOINT: usize = 256;

/// Maps byte offsets to lines and columns. Line breaks are `\n`, `\r\n` and a
/// lone `\r`, as in YAML and in editors.
///
/// Built once per text in one pass; each lookup is a binary search for the
/// line plus a bounded scan, so locating many findings on one long line (a
/// minified JSON file) stays linear.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    text: &'a str,
    /// Byte offset where each line starts.
    starts: Vec<usize>,
    /// Characters before byte `k * CHECKPOINT`, for every `k`; empty when the
    /// text is ASCII (then a column is a byte difference).
    chars_at: Vec<usize>,
}

impl<'a> LineIndex<'a> {
    /// Builds the index in one pass over `text`.
    pub fn new(text: &'a str) -> Self {
        #[cfg(test)]
        INDEX_BUILDS.with(|n| n.set(n.get() + 1));
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        let chars_at = if text.is_ascii() {
            Vec::new()
        } else {
            let mut seen = 0;
            let mut at = Vec::with_capacity(bytes.len() / CHECKPOINT + 1);
            for chunk in bytes.chunks(CHECKPOINT) {
                at.push(seen);
                seen += chunk.iter().filter(|&&b| !is_continuation(b)).count();
            }
            at.push(seen);
            at
        };
        LineIndex {
            text,
            starts,
            chars_at,
        }
    }

    /// Characters in the text before byte `offset` (a character boundary).
    fn chars_before(&self, offset: usize) -> usize {
        if self.chars_at.is_empty() {
            return offset;
        }
        let k = offset / CHECKPOINT;
        let from = k * CHECKPOINT;
        self.chars_at[k]
            + self.text.as_bytes()[from..offset]
                .iter()
                .filter(|&&b| !is_continuation(b))
                .count()
    }

    /// The position of byte `offset` (clamped to the text, and moved back to
    /// a character boundary).
    pub fn position(&self, offset: usize) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = match self.starts.binary_search(&offset) {
            Ok(l) => l,
            Err(l) => l - 1,
        };
        let start = self.starts[line];
        let column = self.chars_before(offset) - self.chars_before(start) + 1;
        Position {
            line: line + 1,
            column,
            offset,
        }
    }

    /// The text of 1-based line `line`, without its line break.
    pub fn line_text(&self, line: usize) -> &'a str {
        let Some(&start) = self.starts.get(line.wrapping_sub(1)) else {
            return "";
        };
        let end = self.starts.get(line).copied().unwrap_or(self.text.len());
        self.text[start..end].trim_end_matches(['\n', '\r'])
    }

    /// Byte offset where 1-based line `line` starts (the end of the text past the last line).
    pub fn line_start(&self, line: usize) -> usize {
        self.starts
            .get(line.wrapping_sub(1))
            .copied()
            .unwrap_or(self.text.len())
    }

    /// Number of lines.
    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// The byte offset of 1-based `column` (in characters) on 1-based
    /// `line`, clamped to the line's end. The inverse of [`position`](Self::position),
    /// and as cheap: no scan from the start of the line.
    pub fn offset_of(&self, line: usize, column: usize) -> usize {
        let start = self.line_start(line);
        let end = start + self.line_text(line).len();
        let want = column.saturating_sub(1);
        if self.chars_at.is_empty() {
            return (start + want).min(end);
        }
        let target = self.chars_before(start) + want;
        let k = self
            .chars_at
            .partition_point(|&c| c <= target)
            .saturating_sub(1);
        let bytes = self.text.as_bytes();
        let mut b = (k * CHECKPOINT).max(start);
        let mut seen = self.chars_before(b);
        while b < end && seen < target {
            if !is_continuation(bytes[b]) {
                seen += 1;
            }
            b += 1;
        }
        while b < end && is_continuation(bytes[b]) {
            b += 1;
        }
        b.min(end)
    }
}

#[cfg(test)]
thread_local! {
    /// Line indexes built on this thread, for tests that prove a file is
    /// indexed once per lint.
    pub(crate) static INDEX_BUILDS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// A UTF-8 continuation byte (`10xxxxxx`): not the start of a character.
fn is_continuation(b: u8) -> bool {
    b & 0xC0 == 0x80
}

/// Converts character indices (as the YAML scanner reports them) to byte
/// offsets. Positions arrive almost in order, so a cursor that walks from the
/// previous answer is linear over a whole document.
#[derive(Debug)]
pub(crate) struct CharCursor<'a> {
    text: &'a str,
    ascii: bool,
    chars: usize,
    bytes: usize,
}

impl<'a> CharCursor<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharCursor {
            text,
            ascii: text.is_ascii(),
            chars: 0,
            bytes: 0,
        }
    }

    pub(crate) fn byte_of(&mut self, char_index: usize) -> usize {
        if self.ascii {
            return char_index.min(self.text.len());
        }
        // Where the last one was: an event often starts where one ended.
        if char_index == self.chars {
            return self.bytes;
        }
        let b = self.text.as_bytes();
        if char_index >= self.chars {
            // Forward, counting the bytes that start a character, eight bytes
            // at a time while the whole word is still to be passed.
            let mut left = char_index - self.chars;
            let mut i = self.bytes;
            // Most steps (a key, a number, a word) are ASCII: then the
            // characters are the bytes.
            if b.get(i..i + left).is_some_and(<[u8]>::is_ascii) {
                i += left;
                left = 0;
            }
            while left >= 8
                && let Some(word) = b.get(i..i + 8)
            {
                let x = u64::from_le_bytes(word.try_into().unwrap_or_default());
                // Bit 7 of each byte that is `10xxxxxx`.
                let continuations = (x & !(x << 1) & 0x8080_8080_8080_8080).count_ones();
                let starts = 8 - continuations as usize;
                if starts > left {
                    break;
                }
                i += 8;
                left -= starts;
            }
            // The rest of a character the words ended in.
            while i < b.len() && is_continuation(b[i]) {
                i += 1;
            }
            // A character at a time, by its first byte's width.
            while left > 0 && i < b.len() {
                i += utf8_width(b[i]);
                left -= 1;
            }
            let i = i.min(b.len());
            self.bytes = i;
            self.chars = char_index - left;
        } else {
            while self.chars > char_index && self.bytes > 0 {
                self.bytes -= 1;
                while self.bytes > 0 && is_continuation(b[self.bytes]) {
                    self.bytes -= 1;
                }
                self.chars -= 1;
            }
        }
        self.bytes
    }
}

/// The length in bytes of the UTF-8 character that starts with `first`.
fn utf8_width(first: u8) -> usize {
    match first {
        0..0xE0 => 1 + usize::from(first >= 0xC0),
        0xE0..0xF0 => 3,
        _ => 4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_characters() {
        let text = "a: 1\nø: æå x\n";
        let idx = LineIndex::new(text);
        assert_eq!(
            idx.position(0),
            Position {
                line: 1,
                column: 1,
                offset: 0
            }
        );
        let x = text.find('x').unwrap();
        assert_eq!(idx.position(x).line, 2);
        assert_eq!(idx.position(x).column, 7);
        assert_eq!(idx.line_text(2), "ø: æå x");
    }

    #[test]
    fn crlf_and_lone_cr_are_one_break_each() {
        let text = "a\r\nb\rc\nd";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.position(text.find('b').unwrap()).line, 2);
        assert_eq!(idx.position(text.find('c').unwrap()).line, 3);
        assert_eq!(
            idx.position(text.find('d').unwrap()),
            Position {
                line: 4,
                column: 1,
                offset: 7
            }
        );
        assert_eq!(idx.line_text(1), "a");
    }

    #[test]
    fn offsets_past_the_end_clamp() {
        let idx = LineIndex::new("ab");
        assert_eq!(
            idx.position(99),
            Position {
                line: 1,
                column: 3,
                offset: 2
            }
        );
    }

    #[test]
    fn columns_on_long_lines_match_a_plain_count() {
        // Past several checkpoints, with multi-byte characters straddling them.
        let line: String = (0..3000).map(|i| ['a', 'ø', '€', '𝄞'][i % 4]).collect();
        let text = format!("x\n{line}\n");
        let idx = LineIndex::new(&text);
        for (n, (offset, _)) in text.char_indices().enumerate().skip(2).step_by(37) {
            let p = idx.position(offset);
            assert_eq!((p.line, p.column), (2, n - 2 + 1), "at byte {offset}");
            assert_eq!(idx.offset_of(p.line, p.column), offset, "back from {p:?}");
        }
        assert_eq!(idx.offset_of(1, 1), 0);
        assert_eq!(idx.offset_of(1, 99), 1, "clamped to the end of the line");
    }

    /// Issue 9, item 12: 80,000 positions on one 1 MB line were quadratic.
    #[test]
    fn many_positions_on_one_long_line_are_fast() {
        let line = "ø".repeat(500_000);
        let idx = LineIndex::new(&line);
        let start = std::time::Instant::now();
        let mut sum = 0;
        for i in (0..line.len()).step_by(12) {
            sum += idx.position(i).column;
        }
        assert!(sum > 0);
        // Quadratic took minutes here; linear takes milliseconds even unoptimised.
        assert!(start.elapsed() < std::time::Duration::from_secs(5));
    }

    #[test]
    fn cursor_walks_both_ways() {
        let text = "æøå abc ü";
        let mut c = CharCursor::new(text);
        assert_eq!(c.byte_of(3), 6);
        assert_eq!(c.byte_of(8), text.find('ü').unwrap());
        assert_eq!(c.byte_of(1), 2);
        assert_eq!(c.byte_of(100), text.len());
        assert_eq!(c.byte_of(0), 0);
    }

    #[test]
    fn cursor_agrees_with_char_indices_over_long_ascii_runs() {
        let texts = [
            "a\u{e6}bcdefghijklmnop\u{1F600}qrstuvwxyz0123456789 \u{f8}\u{e5} end of the line\n",
            "\u{e6}\u{f8}\u{e5}\u{e6}\u{f8}\u{e5}\u{e6}\u{f8}\u{e5}\u{20ac}\u{20ac}\u{20ac}x\u{20ac}\u{1F600}\u{1F600}abc\u{e6}defghijk\u{e5}",
            "abcdefg\u{20ac}abcdefg\u{1F600}abcdef\u{e6}\u{e6}\u{e6}\u{e6}\u{e6}\u{e6}\u{e6}\u{e6}\u{e6}\u{e6}\u{e6}.",
        ];
        for text in texts {
            walk(text);
        }
    }

    fn walk(text: &str) {
        let expected: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
        let mut c = CharCursor::new(text);
        for (n, &at) in expected.iter().enumerate() {
            assert_eq!(c.byte_of(n), at, "character {n}");
        }
        for (n, &at) in expected.iter().enumerate().rev().step_by(3) {
            assert_eq!(c.byte_of(n), at, "back to character {n}");
        }
        for n in [5, 30 % expected.len(), 2, expected.len() - 1, 11, 0, 17] {
            assert_eq!(c.byte_of(n), expected[n], "jump to character {n}");
        }
        assert_eq!(c.byte_of(expected.len()), text.len());
        assert_eq!(c.byte_of(expected.len() + 50), text.len());
        assert_eq!(c.byte_of(3), expected[3]);
    }
}
