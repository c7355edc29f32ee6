//! An open document's text as the server keeps it: a list of chunks of a
//! few kilobytes, each with its length in bytes and UTF-16 units and its
//! number of line breaks, so that an incremental `didChange` costs the
//! size of the change, not of the document. A change finds its chunks by
//! those counts, converts its LSP positions by scanning only the chunks
//! its lines are in, and rebuilds only the chunks it touches. The whole
//! text is put together once per version, when something reads it (a
//! request, or the lint thread after the debounce).
//!
//! Line breaks are `\n`, `\r\n` and a lone `\r`, as in LSP and in the
//! library's line index; no chunk ends between the `\r` and `\n` of a
//! `\r\n`, so each chunk counts its own breaks.

use std::sync::Arc;

use serde_json::Value;

use super::convert::Encoding;

/// The largest chunk, in bytes (a chunk is cut at a character boundary,
/// so it may hold up to 3 bytes more).
const CHUNK: usize = 4096;

#[derive(Clone)]
struct Chunk {
    text: Arc<str>,
    /// Line breaks in `text`.
    breaks: usize,
    /// UTF-16 code units in `text`.
    utf16: usize,
}

impl Chunk {
    fn new(text: &str, scanned: &mut usize) -> Chunk {
        *scanned += text.len();
        let b = text.as_bytes();
        let breaks = b
            .iter()
            .enumerate()
            .filter(|&(i, &c)| c == b'\n' || (c == b'\r' && b.get(i + 1) != Some(&b'\n')))
            .count();
        Chunk {
            text: Arc::from(text),
            breaks,
            utf16: text.chars().map(char::len_utf16).sum(),
        }
    }

    fn units(&self, encoding: Encoding) -> usize {
        match encoding {
            Encoding::Utf8 => self.text.len(),
            Encoding::Utf16 => self.utf16,
        }
    }
}

/// A document's text. Cloning it shares the chunks (a snapshot for the
/// lint thread costs one pointer per chunk, not a copy of the text).
#[derive(Clone)]
pub(crate) struct Text {
    chunks: Vec<Chunk>,
    len: usize,
    /// The largest chunk: [`CHUNK`] (smaller in some tests).
    chunk: usize,
    /// Bytes of text read so far by changes (counted for the tests that
    /// check a change's cost).
    scanned: usize,
}

impl Text {
    pub(crate) fn new(s: &str) -> Text {
        Text::with_chunk(s, CHUNK)
    }

    fn with_chunk(s: &str, chunk: usize) -> Text {
        let mut scanned = 0;
        Text {
            chunks: chunked(s, chunk, &mut scanned),
            len: s.len(),
            chunk,
            scanned,
        }
    }

    /// Its length in bytes.
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn len(&self) -> usize {
        self.len
    }

    /// How many bytes of text changes have read (each change reads the
    /// chunks it touches and the new text, not the document).
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn scanned(&self) -> usize {
        self.scanned
    }

    /// The whole text.
    pub(crate) fn to_text(&self) -> String {
        let mut s = String::with_capacity(self.len);
        for c in &self.chunks {
            s.push_str(&c.text);
        }
        s
    }

    /// Applies one `TextDocumentContentChangeEvent`: a range and its new
    /// text, or (without a range) the whole new text. A position past the
    /// end of its line is the line's end; a line past the end is the end
    /// of the text; a character inside a surrogate pair is the pair's
    /// start; a range given backwards is taken forwards.
    pub(crate) fn apply(&mut self, change: &Value, encoding: Encoding) {
        let Some(new) = change.get("text").and_then(Value::as_str) else {
            return;
        };
        match change.get("range") {
            Some(range) if range.is_object() => {
                let mut at = |k: &str| {
                    let p = range.get(k).unwrap_or(&Value::Null);
                    let get = |k: &str| {
                        p.get(k)
                            .and_then(Value::as_u64)
                            .map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX))
                    };
                    self.offset(get("line"), get("character"), encoding)
                };
                let (start, end) = (at("start"), at("end"));
                self.replace(start.min(end), start.max(end), new);
            }
            _ => {
                let scanned = self.scanned;
                *self = Text::with_chunk(new, self.chunk);
                self.scanned += scanned;
            }
        }
    }

    /// The chunk holding byte `offset` and the offset of its start: the
    /// last chunk for the end of the text.
    fn chunk_at(&self, offset: usize) -> (usize, usize) {
        let mut start = 0;
        for (i, c) in self.chunks.iter().enumerate() {
            if offset < start + c.text.len() || i + 1 == self.chunks.len() {
                return (i, start);
            }
            start += c.text.len();
        }
        (0, 0)
    }

    /// The byte offset of an LSP position (0-based line, character in
    /// `encoding`'s units), reading only the chunks of that line.
    pub(crate) fn offset(&mut self, line: usize, character: usize, encoding: Encoding) -> usize {
        // The chunk where the line starts, and the line's start.
        let mut before = 0;
        let mut chunk_start = 0;
        let mut i = 0;
        let mut start = None;
        if line == 0 {
            start = Some(0);
        }
        while start.is_none() && i < self.chunks.len() {
            let c = &self.chunks[i];
            if before + c.breaks >= line {
                // The `line - before`-th break in this chunk ends before it.
                let b = c.text.as_bytes();
                let mut seen = 0;
                let mut j = 0;
                while j < b.len() {
                    let brk = match b[j] {
                        b'\n' => 1,
                        b'\r' if b.get(j + 1) == Some(&b'\n') => 2,
                        b'\r' => 1,
                        _ => 0,
                    };
                    j += brk.max(1);
                    if brk > 0 {
                        seen += 1;
                        if before + seen == line {
                            break;
                        }
                    }
                }
                self.scanned += j;
                start = Some(chunk_start + j);
                break;
            }
            before += c.breaks;
            chunk_start += c.text.len();
            i += 1;
        }
        let Some(start) = start else {
            return self.len;
        };
        // From the line's start, `character` units, not past its end.
        let (mut i, mut chunk_start) = self.chunk_at(start);
        let mut from = start - chunk_start;
        let mut seen = 0;
        while i < self.chunks.len() {
            let c = &self.chunks[i];
            let rest = c.units(encoding);
            if from == 0 && c.breaks == 0 && seen + rest <= character {
                // The whole chunk is on the line and before the position.
                seen += rest;
            } else {
                let s = &c.text[from..];
                for (k, ch) in s.char_indices() {
                    let w = match encoding {
                        Encoding::Utf8 => ch.len_utf8(),
                        Encoding::Utf16 => ch.len_utf16(),
                    };
                    if ch == '\n' || ch == '\r' || seen + w > character {
                        self.scanned += k;
                        return chunk_start + from + k;
                    }
                    seen += w;
                }
                self.scanned += s.len();
            }
            chunk_start += c.text.len();
            from = 0;
            i += 1;
        }
        self.len
    }

    /// Replaces bytes `start..end` (character boundaries) by `new`,
    /// rebuilding only the chunks the range touches and their neighbours.
    pub(crate) fn replace(&mut self, start: usize, end: usize, new: &str) {
        let (start, end) = (start.min(self.len), end.min(self.len));
        if self.chunks.is_empty() {
            self.chunks = chunked(new, self.chunk, &mut self.scanned);
            self.len = new.len();
            return;
        }
        let (a, a_start) = self.chunk_at(start);
        let (b, _) = self.chunk_at(end);
        // One chunk more on each side: a `\r` and a `\n` that come to meet
        // at the edge of the change end up in one chunk.
        let first = a.saturating_sub(1);
        let last = (b + 1).min(self.chunks.len() - 1);
        let region_start = a_start
            - if a > first {
                self.chunks[first].text.len()
            } else {
                0
            };
        let mut region = String::new();
        for c in &self.chunks[first..=last] {
            region.push_str(&c.text);
        }
        let old_len = region.len();
        region.replace_range(start - region_start..end - region_start, new);
        self.scanned += old_len + new.len();
        let rebuilt = chunked(&region, self.chunk, &mut self.scanned);
        self.len = self.len - old_len + region.len();
        self.chunks.splice(first..=last, rebuilt);
    }
}

/// `s` cut into chunks of at most `chunk` bytes (nearly equal ones), at
/// character boundaries and never inside a `\r\n`.
fn chunked(s: &str, chunk: usize, scanned: &mut usize) -> Vec<Chunk> {
    let n = s.len().div_ceil(chunk);
    let mut chunks = Vec::with_capacity(n);
    let mut from = 0;
    for k in 1..=n {
        let mut to = (s.len() * k / n).max(from);
        while !s.is_char_boundary(to) {
            to += 1;
        }
        if to < s.len() && to > 0 && s.as_bytes()[to - 1] == b'\r' && s.as_bytes()[to] == b'\n' {
            to += 1;
        }
        if to > from {
            chunks.push(Chunk::new(&s[from..to], scanned));
        }
        from = to;
    }
    chunks
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use serde_json::json;

    /// The byte offset of an LSP position, the slow and obvious way: every
    /// line of the whole text, then the line's characters.
    fn naive_offset(text: &str, line: usize, character: usize, encoding: Encoding) -> usize {
        let b = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\r' if b.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 2;
                }
                b'\r' | b'\n' => {
                    starts.push(i + 1);
                    i += 1;
                }
                _ => i += 1,
            }
        }
        let Some(&start) = starts.get(line) else {
            return text.len();
        };
        let mut seen = 0;
        for (k, c) in text[start..].char_indices() {
            let w = match encoding {
                Encoding::Utf8 => c.len_utf8(),
                Encoding::Utf16 => c.len_utf16(),
            };
            if c == '\r' || c == '\n' || seen + w > character {
                return start + k;
            }
            seen += w;
        }
        text.len()
    }

    fn naive_apply(text: &mut String, change: &Value, encoding: Encoding) {
        let new = change["text"].as_str().unwrap();
        let r = &change["range"];
        let at = |p: &Value| {
            naive_offset(
                text,
                p["line"].as_u64().unwrap() as usize,
                p["character"].as_u64().unwrap() as usize,
                encoding,
            )
        };
        let (s, e) = (at(&r["start"]), at(&r["end"]));
        text.replace_range(s.min(e)..s.max(e), new);
    }

    fn change(l1: usize, c1: usize, l2: usize, c2: usize, new: &str) -> Value {
        json!({
            "range": {
                "start": { "line": l1, "character": c1 },
                "end": { "line": l2, "character": c2 },
            },
            "text": new,
        })
    }

    /// Text from pieces that test the edges: Norwegian letters, CJK, an
    /// emoji (two UTF-16 units, four bytes), and each kind of line break.
    fn piece() -> impl Strategy<Value = &'static str> {
        prop::sample::select(vec![
            "a", "b: ", "ø", "Å", "語", "😀", "\r", "\n", "\r\n", "  ", "#", "\u{200b}",
        ])
    }

    fn pieces(max: usize) -> impl Strategy<Value = String> {
        prop::collection::vec(piece(), 0..max).prop_map(|v| v.concat())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Random changes, in both encodings and small chunks (so that they
        /// cross chunks), give what the obvious implementation gives.
        #[test]
        fn random_changes_give_the_naive_result(
            start in pieces(200),
            edits in prop::collection::vec(
                (0usize..40, 0usize..12, 0usize..40, 0usize..12, pieces(8)),
                1..30,
            ),
            utf8 in any::<bool>(),
            chunk in 1usize..24,
        ) {
            let encoding = if utf8 { Encoding::Utf8 } else { Encoding::Utf16 };
            let mut text = Text::with_chunk(&start, chunk);
            let mut naive = start.clone();
            for (l1, c1, l2, c2, new) in edits {
                let ch = change(l1, c1, l2, c2, &new);
                naive_apply(&mut naive, &ch, encoding);
                text.apply(&ch, encoding);
                prop_assert_eq!(text.len(), naive.len());
                prop_assert_eq!(text.to_text(), naive.clone());
                for c in &text.chunks {
                    prop_assert!(!c.text.is_empty());
                }
                for w in text.chunks.windows(2) {
                    prop_assert!(!(w[0].text.ends_with('\r') && w[1].text.starts_with('\n')));
                }
            }
        }
    }

    #[test]
    fn chunks_never_split_a_crlf_and_count_breaks_of_every_kind() {
        let s = "a\r\n".repeat(5000);
        let t = Text::new(&s);
        assert!(t.chunks.len() > 1);
        for c in &t.chunks {
            assert!(!c.text.ends_with('\r'));
        }
        assert_eq!(t.chunks.iter().map(|c| c.breaks).sum::<usize>(), 5000);
        let t = Text::new("a\rb\nc\r\nd");
        assert_eq!(t.chunks[0].breaks, 3);
        // A `\r` and a `\n` brought together by a change are one break.
        let mut t = Text::with_chunk("ab\rX\ncd", 2);
        t.replace(3, 4, "");
        assert_eq!(t.to_text(), "ab\r\ncd");
        assert_eq!(t.offset(1, 0, Encoding::Utf16), 4);
        assert_eq!(t.chunks.iter().map(|c| c.breaks).sum::<usize>(), 1);
    }

    /// A reference for a large text: its lines (each with its break), a
    /// change rebuilding only the lines it touches and the next one.
    struct Lines(Vec<String>);

    impl Lines {
        fn split(s: &str) -> Vec<String> {
            let mut out = Vec::new();
            let b = s.as_bytes();
            let (mut from, mut i) = (0, 0);
            while i < b.len() {
                let brk = match b[i] {
                    b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
                    b'\r' | b'\n' => 1,
                    _ => 0,
                };
                if brk > 0 {
                    out.push(s[from..i + brk].to_owned());
                    from = i + brk;
                    i += brk;
                } else {
                    i += 1;
                }
            }
            out.push(s[from..].to_owned());
            out
        }

        fn apply(&mut self, l1: usize, c1: usize, l2: usize, c2: usize, new: &str) {
            // One line more on each side: a `\r` and a `\n` may meet.
            let first = l1.saturating_sub(1);
            let last = (l2 + 1).min(self.0.len() - 1);
            let mut region: String = self.0[first..=last].concat();
            let s = naive_offset(&region, l1 - first, c1, Encoding::Utf16);
            let e = naive_offset(&region, l2 - first, c2, Encoding::Utf16);
            region.replace_range(s..e, new);
            let mut lines = Lines::split(&region);
            if last + 1 < self.0.len() && lines.last().is_some_and(String::is_empty) {
                lines.pop();
            }
            self.0.splice(first..=last, lines);
        }
    }

    /// 1,000 small changes to a 7 MB text (mixed line breaks, Norwegian
    /// letters, emoji) give exactly the right text, and each reads a few
    /// chunks, not the document: the whole run reads less than 1 % of
    /// what 1,000 scans of the text would.
    #[test]
    fn a_thousand_changes_to_seven_megabytes_read_only_what_they_touch() {
        thousand_changes(7_000_000);
    }

    fn thousand_changes(size: usize) {
        let breaks = ["\n", "\r\n", "\r"];
        let mut big = String::new();
        let mut k = 0usize;
        while big.len() < size {
            big.push_str("  - what: «Tilrettelegging» for Åse 😀 语 ø");
            big.push_str(&"x".repeat(k % 50));
            big.push_str(breaks[k % 3]);
            k += 1;
        }
        let mut text = Text::new(&big);
        let mut lines = Lines(Lines::split(&big));
        let before = text.scanned();
        let mut seed = 7u64;
        let mut rnd = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            ((seed >> 33) as usize) % n
        };
        let news = ["", "ø", "😀", "a\r\nb", "\r", "\n", "Kari Nordmann", "語語"];
        for _ in 0..1000 {
            let l1 = rnd(lines.0.len() - 2);
            let l2 = l1 + rnd(2);
            let (c1, c2) = (rnd(50), rnd(50));
            let (c1, c2) = if l1 == l2 {
                (c1.min(c2), c1.max(c2))
            } else {
                (c1, c2)
            };
            let new = news[rnd(news.len())];
            text.apply(&change(l1, c1, l2, c2, new), Encoding::Utf16);
            lines.apply(l1, c1, l2, c2, new);
        }
        let read = text.scanned() - before;
        assert!(text.to_text() == lines.0.concat(), "the texts differ");
        assert!(
            read < 1000 * big.len() / 100,
            "1,000 changes read {read} bytes of a {} byte text",
            big.len()
        );
        // Each change reads at most its chunks, their neighbours and its
        // lines: a few chunks.
        assert!(read < 1000 * 12 * CHUNK, "{read}");
    }
}
