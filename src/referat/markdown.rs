//! The referat as Markdown (CommonMark with GitHub tables), for pasting
//! into a mail or an HR system.

use super::{Block, Doc};

/// Escapes the characters that Markdown would read as markup, and those
/// that GitHub-style Markdown (GFM) would turn into a link without any
/// markup: a backslash before the `:` of `://` (`https://…`) and the `.`
/// after `www` (a backslash before ASCII punctuation shows the character
/// itself, and GFM finds such links only in unbroken text). An e-mail
/// address (also after `mailto:` or `xmpp:`) is found by cmark-gfm, the
/// renderer GitHub uses, even across escapes and entities, so every `@`
/// is also followed by a WORD JOINER (U+2060): invisible, no line break,
/// and no address starts with it.
fn esc(out: &mut String, s: &str) {
    let mut prev: [char; 3] = ['\0'; 3];
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let link = match c {
            '@' => true,
            ':' => chars.peek() == Some(&'/'),
            '.' => prev.iter().all(|p| p.eq_ignore_ascii_case(&'w')),
            _ => false,
        };
        if link
            || matches!(
                c,
                '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!'
            )
        {
            out.push('\\');
        }
        out.push(c);
        if c == '@' {
            out.push('\u{2060}');
        }
        prev = [prev[1], prev[2], c];
    }
}

/// Escapes what would start a list, a heading underline or a numbered
/// list at the start of a line (`- `, `+`, `=`, `1.`).
fn esc_line_start(out: &mut String, l: &str) {
    let digits = l.chars().take_while(char::is_ascii_digit).count();
    if l.starts_with(['-', '+', '=']) {
        out.push('\\');
        esc(out, l);
    } else if digits > 0 && l[digits..].starts_with(['.', ')']) {
        out.push_str(&l[..digits]);
        out.push('\\');
        esc(out, &l[digits..]);
    } else {
        esc(out, l);
    }
}

/// Text that may span lines: line breaks become hard breaks (a backslash
/// at the end). `at_start`: the text begins a line of its own.
fn line(out: &mut String, s: &str, at_start: bool) {
    for (i, l) in s.lines().enumerate() {
        if i > 0 {
            out.push_str("\\\n");
        }
        if i > 0 || at_start {
            esc_line_start(out, l.trim_start());
        } else {
            esc(out, l.trim_start());
        }
    }
}

/// A table cell: line breaks become `<br>`, the one tag tables allow.
fn cell(out: &mut String, s: &str) {
    for (i, l) in s.lines().enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        esc(out, l.trim());
    }
}

/// Text with paragraphs.
fn paras(out: &mut String, s: &str) {
    for p in s.split("\n\n").map(str::trim).filter(|p| !p.is_empty()) {
        line(out, p, true);
        out.push_str("\n\n");
    }
}

/// The Markdown document.
pub(crate) fn render(doc: &Doc) -> String {
    let mut o = String::with_capacity(8 * 1024);
    o.push_str("# ");
    if doc.draft {
        o.push_str(doc.draft_word);
        o.push_str(": ");
    }
    esc(&mut o, &doc.title);
    o.push_str("\n\n");
    for b in &doc.blocks {
        match b {
            Block::Heading(h) => {
                o.push_str("## ");
                esc(&mut o, h);
                o.push_str("\n\n");
            }
            Block::Subheading(h) => {
                o.push_str("### ");
                esc(&mut o, h);
                o.push_str("\n\n");
            }
            Block::Para(p) => paras(&mut o, p),
            Block::Fields(fields) => {
                for (k, v) in fields {
                    o.push_str("- **");
                    esc(&mut o, k);
                    o.push_str(":** ");
                    line(&mut o, v, false);
                    o.push('\n');
                }
                o.push('\n');
            }
            Block::List(items) => {
                for i in items {
                    o.push_str("- ");
                    line(&mut o, i, false);
                    o.push('\n');
                }
                o.push('\n');
            }
            Block::Table { head, rows, .. } => {
                row(&mut o, head);
                o.push('|');
                for _ in head {
                    o.push_str(" --- |");
                }
                o.push('\n');
                for r in rows {
                    row(&mut o, r);
                }
                o.push('\n');
            }
            Block::Missing(items) => {
                for (code, message) in items {
                    o.push_str("- **");
                    esc(&mut o, code);
                    o.push_str("**: ");
                    // Code spans stay code spans; the rest is escaped.
                    let parts: Vec<&str> = message.split('`').collect();
                    let closed = parts.len() % 2 == 1;
                    for (i, part) in parts.iter().enumerate() {
                        if i % 2 == 1 && (closed || i + 1 < parts.len()) {
                            o.push('`');
                            o.push_str(&part.replace('\n', " "));
                            o.push('`');
                        } else {
                            esc(&mut o, &part.replace('\n', " "));
                        }
                    }
                    o.push('\n');
                }
                o.push('\n');
            }
            Block::Notice { heading, text } => {
                o.push_str("## ");
                esc(&mut o, heading);
                o.push_str("\n\n> ");
                line(&mut o, text, false);
                o.push_str("\n\n");
            }
        }
    }
    while o.ends_with("\n\n") {
        o.pop();
    }
    o
}

/// One table row: `| a | b |` and a line break.
fn row<S: AsRef<str>>(o: &mut String, cells: &[S]) {
    o.push('|');
    for c in cells {
        o.push(' ');
        cell(o, c.as_ref());
        o.push_str(" |");
    }
    o.push('\n');
}
