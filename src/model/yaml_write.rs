//! The YAML writer of [`Minutes::to_yaml`](crate::Minutes::to_yaml): block
//! mappings and sequences in the model's field order, and every string
//! written so that this crate's loader (YAML 1.2) reads back exactly that
//! string. serde_yaml's emitter (libyaml) follows YAML 1.1, where U+0085,
//! U+2028 and U+2029 are line breaks: it wrote such text in a block
//! scalar and indented the "line" after each, so every write–read round
//! added spaces. Here a string is plain only when it is plainly text
//! (letters first, no indicator, no character YAML folds or cannot carry
//! raw, read back as the same string); text with line breaks is a literal
//! block only when it is safe as one; anything else is double-quoted with
//! escapes for every character outside a small printable set.

use std::fmt::Write;

use serde_yaml::Value;

/// The YAML text of `value` (a mapping at the top), ending in a line break.
pub(crate) fn to_yaml(value: &Value) -> String {
    let mut out = String::new();
    match value {
        Value::Mapping(m) if !m.is_empty() => mapping(&mut out, m, 0),
        Value::Sequence(s) if !s.is_empty() => sequence(&mut out, s, 0),
        other => {
            scalar(&mut out, other, 0);
            out.push('\n');
        }
    }
    out
}

fn indent(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

fn is_collection(v: &Value) -> bool {
    match v {
        Value::Mapping(m) => !m.is_empty(),
        Value::Sequence(s) => !s.is_empty(),
        Value::Tagged(t) => is_collection(&t.value),
        _ => false,
    }
}

fn mapping(out: &mut String, m: &serde_yaml::Mapping, at: usize) {
    for (i, (k, v)) in m.iter().enumerate() {
        if i > 0 {
            indent(out, at);
        }
        scalar(out, k, at);
        out.push(':');
        value_after(out, v, at, at + 2);
    }
}

fn sequence(out: &mut String, s: &[Value], at: usize) {
    for (i, v) in s.iter().enumerate() {
        if i > 0 {
            indent(out, at);
        }
        out.push('-');
        match v {
            // `- key: value` with the other keys under the first.
            Value::Mapping(m) if !m.is_empty() => {
                out.push(' ');
                mapping(out, m, at + 2);
            }
            _ => value_after(out, v, at, at + 2),
        }
    }
}

/// A value after `key:` or `-` on a line indented by `at`; a nested
/// collection starts on the next line (a mapping's sequence at the key's
/// own indentation, as serde_yaml writes it).
fn value_after(out: &mut String, v: &Value, at: usize, inner: usize) {
    match v {
        Value::Mapping(m) if !m.is_empty() => {
            out.push('\n');
            indent(out, inner);
            mapping(out, m, inner);
        }
        Value::Sequence(s) if !s.is_empty() => {
            out.push('\n');
            indent(out, at);
            sequence(out, s, at);
        }
        Value::Tagged(t) if is_collection(&t.value) => value_after(out, &t.value, at, inner),
        _ => {
            out.push(' ');
            scalar(out, v, inner);
            out.push('\n');
        }
    }
}

/// A scalar (or an empty collection) in flow position; `block_at` is the
/// indentation for the lines of a literal block.
fn scalar(out: &mut String, v: &Value, block_at: usize) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            let _ = write!(out, "{n}");
        }
        Value::String(s) => string(out, s, block_at),
        Value::Sequence(_) => out.push_str("[]"),
        Value::Mapping(_) => out.push_str("{}"),
        Value::Tagged(t) => scalar(out, &t.value, block_at),
    }
}

/// Characters that may stand raw in a double-quoted or block scalar:
/// printable, and no line break in any YAML version, BOM or tab.
fn raw_ok(c: char) -> bool {
    matches!(c, ' '..='~' | '\u{a0}'..='\u{2027}' | '\u{202a}'..='\u{d7ff}' | '\u{e000}'..='\u{fefe}' | '\u{ff00}'..='\u{fffd}' | '\u{10000}'..)
}

fn string(out: &mut String, s: &str, block_at: usize) {
    if plain_ok(s) {
        out.push_str(s);
    } else if block_ok(s) {
        out.push_str("|-");
        for line in s.split('\n') {
            out.push('\n');
            if !line.is_empty() {
                indent(out, block_at);
                out.push_str(line);
            }
        }
    } else {
        quoted(out, s);
    }
}

/// Plainly text: a letter first, then letters, digits, blanks and common
/// punctuation, no blank at the end, and read back by the loader as this
/// very string (not `null`, `true`, a number).
fn plain_ok(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_alphabetic()
        && raw_ok(first)
        && s.chars().all(|c| {
            raw_ok(c)
                && (c.is_alphanumeric()
                    || matches!(
                        c,
                        ' ' | '.'
                            | ','
                            | '('
                            | ')'
                            | '/'
                            | '-'
                            | '_'
                            | '+'
                            | '%'
                            | '\''
                            | '?'
                            | '!'
                            | ';'
                            | '='
                    ))
        })
        && !s.ends_with(' ')
        && !s.contains("  ")
        && matches!(
            crate::load::load(s, crate::input::decode::SourceKind::Yaml, &crate::load::Limits::default()),
            Ok(d) if d.value().as_str() == Some(s)
        )
}

/// A literal block (`|-`) reads back exactly when the text has a line
/// break, does not end in one, its first line does not start with a blank
/// (that would need an indentation indicator), no line is blanks only or
/// ends in blanks, and every character may stand raw.
fn block_ok(s: &str) -> bool {
    s.contains('\n')
        && !s.ends_with('\n')
        && !s.starts_with([' ', '\n'])
        && s.chars().all(|c| c == '\n' || raw_ok(c))
        && s.split('\n').all(|l| !l.ends_with(' '))
}

/// Double quotes, with escapes for `"`, `\` and every character that may
/// not stand raw.
fn quoted(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\u{85}' => out.push_str("\\N"),
            '\u{2028}' => out.push_str("\\L"),
            '\u{2029}' => out.push_str("\\P"),
            c if raw_ok(c) => out.push(c),
            c if (c as u32) < 0x100 => {
                let _ = write!(out, "\\x{:02X}", c as u32);
            }
            c if (c as u32) < 0x10000 => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => {
                let _ = write!(out, "\\U{:08X}", c as u32);
            }
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back(s: &str) -> String {
        let mut m = serde_yaml::Mapping::new();
        m.insert("k".into(), s.into());
        let text = to_yaml(&Value::Mapping(m));
        let d = crate::load::load(
            &text,
            crate::input::decode::SourceKind::Yaml,
            &Default::default(),
        )
        .unwrap_or_else(|p| panic!("{text:?}: {}", p[0].message().message.en));
        d.value()["k"].as_str().unwrap().to_owned()
    }

    #[test]
    fn strings_yaml_folds_or_cannot_carry_raw_come_back_as_written() {
        for s in [
            "a\u{2028}b",
            "a\u{2029}\u{2029} b",
            "x\u{85}y",
            "tab\there",
            "a\r\nb",
            "\u{feff}bom",
            "\u{7f}\u{9f}\u{1}",
            "\u{fffe}\u{ffff}",
            "ends\n",
            "  lead\n  more",
            "a\n\n\nb",
            "trail \nx",
            "09:00",
            "2026-11-16",
            "yes",
            "null",
            "1e3",
            "- x",
            "# c",
            "a: b",
            "",
            " ",
            "Kari Nordmann",
            "Møterom Fjord, Storgata 12",
            "line one\nline two",
            "\\ud83d 😀 \"q\" 'a'",
        ] {
            assert_eq!(back(s), s, "{s:?}");
        }
    }
}
