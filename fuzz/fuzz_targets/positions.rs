//! Line breaks and positions, differentially (issue 23, item 1): any
//! bytes, with line breaks of every kind (`\n`, `\r\n`, a lone `\r`, as the
//! YAML loader counts them) and any characters. Asserts that
//!
//! - every finding's line and column are those the line index gives for
//!   its byte offset, and a plain count of the line breaks before it agrees;
//! - the line index agrees with that count at every character, and
//!   `offset_of` is the inverse of `position` there;
//! - `offset_of` clamps any line and column (0, past the end, `usize::MAX`)
//!   to a character boundary within the line;
//! - nothing panics where source lines are shown or sliced: the human
//!   format with source lines, the suppression fix, completion and hover.
#![no_main]

mod common;

use dialogmote::{HumanOptions, Lang, LintOptions, Source, SourceKind};
use libfuzzer_sys::fuzz_target;

/// Whether byte `at` is the `\n` of a `\r\n` (the middle of one line break).
fn inside_crlf(b: &[u8], at: usize) -> bool {
    at > 0 && b[at - 1] == b'\r' && b.get(at) == Some(&b'\n')
}

fuzz_target!(|data: &[u8]| {
    let kind = match data.first() {
        Some(b) if b % 3 == 0 => SourceKind::Yaml,
        Some(b) if b % 3 == 1 => SourceKind::Json,
        _ => SourceKind::Auto,
    };
    let source = Source::from_bytes("fuzz.yaml", data).with_kind(kind);
    let text = source.text();
    let b = text.as_bytes();
    let index = source.line_index();

    // The index against a plain count, at every character.
    let (mut line, mut line_start) = (1, 0);
    let mut column = 1;
    let mut i = 0;
    while i <= b.len() {
        if text.is_char_boundary(i) && !inside_crlf(b, i) {
            let p = index.position(i);
            assert_eq!((p.line, p.column, p.offset), (line, column, i), "at byte {i}");
            assert_eq!(index.line_start(line), line_start);
            assert_eq!(index.offset_of(p.line, p.column), i, "back from {p:?}");
        }
        let Some(&c) = b.get(i) else { break };
        let brk = match c {
            b'\n' => 1,
            b'\r' => 1 + usize::from(b.get(i + 1) == Some(&b'\n')),
            _ => 0,
        };
        if brk > 0 {
            assert_eq!(index.line_end(line), i);
            i += brk;
            line += 1;
            line_start = i;
            column = 1;
        } else {
            // A character's first byte (not `10xxxxxx`) starts the next column.
            if c & 0xC0 != 0x80 {
                column += 1;
            }
            i += 1;
        }
    }
    assert_eq!(index.line_count(), line);

    // Any line and column, clamped.
    let tail: Vec<usize> = data
        .chunks(2)
        .rev()
        .take(8)
        .map(|c| usize::from(c[0]) << 8 | usize::from(*c.get(1).unwrap_or(&0)))
        .collect();
    let lines = [0, 1, 2, line, line + 1, usize::MAX]
        .into_iter()
        .chain(tail.iter().map(|&n| n % (line + 2)));
    for l in lines {
        for c in [0, 1, 2, 300, usize::MAX].into_iter().chain(tail.iter().copied()) {
            let at = index.offset_of(l, c);
            assert!(text.is_char_boundary(at), "offset_of({l}, {c}) = {at}");
            if (1..=index.line_count()).contains(&l) {
                assert!(index.line_start(l) <= at && at <= index.line_end(l));
            } else {
                assert_eq!(at, text.len());
            }
            assert!(!index.line_text(l).contains(['\n', '\r']));
        }
    }

    // Every finding where the index puts it.
    let file = common::linter().lint(&source, &LintOptions::new(common::as_of()));
    let bom = source.bom_len();
    for f in &file.findings {
        let loc = f.location.expect("file findings are located");
        let off = loc.offset - bom;
        let p = index.position(off);
        assert_eq!((p.line, p.column), (loc.line, loc.column), "{} at {off}", f.code);
        let end = index.offset_of(loc.end_line, loc.end_column);
        assert!(end <= text.len() && (loc.end_line, loc.end_column) >= (loc.line, loc.column));
        let _ = dialogmote::suppression_fix(&source, f);
    }
    // Source lines shown, sliced and completed.
    let _ = dialogmote::render_human_file(&file, Some(&source), &HumanOptions::new(false, Lang::Nb));
    for at in tail.iter().take(2).map(|&n| n % (text.len() + 1)) {
        let _ = dialogmote::complete(text, at);
        let _ = dialogmote::describe(text, at);
    }
});
