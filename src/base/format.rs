//! The formats this crate reads, as every stage knows them: their
//! identifiers, their JSON Schemas as text, and their words (the property
//! names and enum values of the schemas), the only document words a
//! message may show.
//!
//! Two formats: `dialogmote1/v1`, the referat of Dialogmøte 1, and
//! `oppfolgingsplan1/v1`, one version of a follow-up plan. They share the
//! employer and the plan object (`$defs` of both schemas, kept equal by a
//! test).

use std::collections::BTreeSet;

use serde_json::Value;

/// The identifier of the referat's format, the one `new` writes by default.
pub const FORMAT: &str = "dialogmote1/v1";

/// The identifier of the follow-up plan's format.
pub const PLAN_FORMAT: &str = "oppfolgingsplan1/v1";

/// A document format this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// `dialogmote1/v1`: the referat of Dialogmøte 1.
    Referat,
    /// `oppfolgingsplan1/v1`: one version of a follow-up plan.
    Plan,
}

impl Format {
    /// Every format, the referat's first.
    pub const ALL: [Format; 2] = [Format::Referat, Format::Plan];

    /// The format named `id` (`dialogmote1/v1`, `oppfolgingsplan1/v1`).
    pub fn from_id(id: &str) -> Option<Format> {
        Format::ALL.into_iter().find(|f| f.id() == id)
    }

    /// The format a document declares in its `format` member, if known.
    pub fn of(doc: &Value) -> Option<Format> {
        doc.get("format")
            .and_then(Value::as_str)
            .and_then(Format::from_id)
    }

    /// The identifier written in a document's `format`.
    pub const fn id(self) -> &'static str {
        match self {
            Format::Referat => FORMAT,
            Format::Plan => PLAN_FORMAT,
        }
    }

    /// The schema, compact (see [`SCHEMA_JSON`]).
    pub fn schema_json(self) -> &'static str {
        // An index, not a `match` over the two constants: clippy (1.9x)
        // crashes evaluating a `match` whose arms are constants read from
        // statics.
        const SCHEMAS: [&str; 2] = [SCHEMA_JSON, PLAN_SCHEMA_JSON];
        SCHEMAS[self as usize]
    }

    /// The schema file's name in `schema/`.
    pub const fn schema_file_name(self) -> &'static str {
        match self {
            Format::Referat => "dialogmote1.schema.json",
            Format::Plan => "oppfolgingsplan1.schema.json",
        }
    }

    /// The JSON Pointer of the plan object in a document of this format:
    /// `/revised_plan` in a referat, `/plan` in a plan document.
    pub const fn plan_root(self) -> &'static str {
        match self {
            Format::Referat => "/revised_plan",
            Format::Plan => "/plan",
        }
    }
}

/// The referat's schema text: `schema/dialogmote1.schema.json` without the
/// white space between its tokens (the same JSON value; the file itself is
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

/// The plan's schema text, compact: `schema/oppfolgingsplan1.schema.json`.
pub const PLAN_SCHEMA_JSON: &str = match std::str::from_utf8(&PLAN_COMPACT) {
    Ok(s) => s,
    Err(_) => panic!("the schema is not UTF-8"),
};

const PLAN_SCHEMA_FILE: &[u8] = include_bytes!("../../schema/oppfolgingsplan1.schema.json");
const PLAN_COMPACT_LEN: usize = compact_json(PLAN_SCHEMA_FILE, &mut [0; 0]);
static PLAN_COMPACT: [u8; PLAN_COMPACT_LEN] = {
    let mut out = [0; PLAN_COMPACT_LEN];
    compact_json(PLAN_SCHEMA_FILE, &mut out);
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

/// Enum values and property names of the shipped schemas, plus the formats'
/// identifiers: the only document words that messages and pointers may show.
pub(crate) fn vocabulary() -> &'static BTreeSet<String> {
    static WORDS: std::sync::OnceLock<BTreeSet<String>> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = BTreeSet::new();
        for format in Format::ALL {
            words.insert(format.id().to_owned());
            if let Ok(doc) = serde_json::from_str::<Value>(format.schema_json()) {
                collect_vocabulary(&doc, &mut words);
            }
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
        let plan: Value = serde_json::from_slice(PLAN_SCHEMA_FILE).unwrap();
        assert_eq!(
            serde_json::from_str::<Value>(PLAN_SCHEMA_JSON).unwrap(),
            plan
        );
    }

    #[test]
    fn the_two_formats_share_the_employer_and_the_plan() {
        // One plan object, two places (follow-up-plan.md): the definitions
        // the plan's schema takes from the referat's are the same JSON.
        let referat: Value = serde_json::from_str(SCHEMA_JSON).unwrap();
        let plan: Value = serde_json::from_str(PLAN_SCHEMA_JSON).unwrap();
        for def in ["date", "organisation_number", "email", "employer", "plan"] {
            assert_eq!(referat["$defs"][def], plan["$defs"][def], "$defs/{def}");
        }
        assert_eq!(
            referat["properties"]["sick_leave"]["properties"]["start"],
            plan["properties"]["sick_leave"]["properties"]["start"]
        );
        for f in Format::ALL {
            assert_eq!(Format::from_id(f.id()), Some(f));
            let schema: Value = serde_json::from_str(f.schema_json()).unwrap();
            assert_eq!(schema["properties"]["format"]["const"], f.id());
            assert!(
                schema["$id"]
                    .as_str()
                    .unwrap()
                    .ends_with(f.schema_file_name())
            );
        }
    }
}
