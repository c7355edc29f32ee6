//! The format `dialogmote1/v1` as every stage knows it: its identifier,
//! its JSON Schema as text, and its words (the property names and enum
//! values of the schema), the only document words a message may show.

use std::collections::BTreeSet;

use serde_json::Value;

/// The format identifier this crate reads.
pub const FORMAT: &str = "dialogmote1/v1";

/// The schema text: `schema/dialogmote1.schema.json` without the white
/// space between its tokens (the same JSON value; the file itself is
/// indented for people, and `dialogmote schema` prints the file). Compact,
/// so that the WebAssembly package carries 12 KB less.
pub const SCHEMA_JSON: &str = match std::str::from_utf8(&COMPACT) {
    Ok(s) => s,
    Err(_) => panic!("the schema is not UTF-8"),
};

/// `schema/dialogmote1.schema.json` as shipped, indented.
const SCHEMA_FILE: &[u8] = include_bytes!("../../schema/dialogmote1.schema.json");
const COMPACT_LEN: usize = compact_json(SCHEMA_FILE, &mut [0; 0]);
static COMPACT: [u8; COMPACT_LEN] = {
    let mut out = [0; COMPACT_LEN];
    compact_json(SCHEMA_FILE, &mut out);
    out
};

/// Copies JSON `text` without the white space outside its strings into
/// `out` (when `out` is large enough: a first call with an empty `out`
/// measures), and returns the compact length. Evaluated at compile time.
const fn compact_json(text: &[u8], out: &mut [u8]) -> usize {
    let (mut i, mut n) = (0, 0);
    let (mut in_string, mut escaped) = (false, false);
    while i < text.len() {
        let b = text[i];
        i += 1;
        if in_string {
            if escaped {
                escaped = false;
            } else if b == b'\\' {
                escaped = true;
            } else if b == b'"' {
                in_string = false;
            }
        } else if matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            continue;
        } else if b == b'"' {
            in_string = true;
        }
        if n < out.len() {
            out[n] = b;
        }
        n += 1;
    }
    n
}

/// Enum values and property names of the shipped schema, plus the format
/// identifier: the only document words that messages and pointers may show.
pub(crate) fn vocabulary() -> &'static BTreeSet<String> {
    static WORDS: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = BTreeSet::from([FORMAT.to_owned()]);
        if let Ok(doc) = serde_json::from_str::<Value>(SCHEMA_JSON) {
            collect_vocabulary(&doc, &mut words);
        }
        words
    })
}

/// `key`, when it may be shown in a message: a word of the vocabulary.
pub(crate) fn shown_key(key: &str) -> Option<&str> {
    vocabulary().contains(key).then_some(key)
}

fn collect_vocabulary(v: &Value, out: &mut BTreeSet<String>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Array(items)) = m.get("enum") {
                out.extend(items.iter().filter_map(Value::as_str).map(str::to_owned));
            }
            if let Some(Value::Object(props)) = m.get("properties") {
                out.extend(props.keys().cloned());
            }
            m.values().for_each(|x| collect_vocabulary(x, out));
        }
        Value::Array(a) => a.iter().for_each(|x| collect_vocabulary(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compact_schema_is_the_file_without_white_space() {
        let file: Value = serde_json::from_slice(SCHEMA_FILE).unwrap();
        let compact: Value = serde_json::from_str(SCHEMA_JSON).unwrap();
        assert_eq!(compact, file);
        assert!(!SCHEMA_JSON.contains('\n') && SCHEMA_JSON.len() < SCHEMA_FILE.len() * 3 / 4);
        // White space inside strings (descriptions) is kept.
        assert!(SCHEMA_JSON.contains("dialogmote1/v1"));
        let mut out = [0; 24];
        let n = compact_json(br#"{ "a b" : [ "\" c" , 1 ] }"#, &mut out);
        assert_eq!(&out[..n], br#"{"a b":["\" c",1]}"#);
    }
}
