//! `Linter::lint_value` on values built in code, as a library user would:
//! either a document loaded from the bytes (the seeds are real referats), or,
//! when the first byte is 0xFF, an arbitrary `serde_json::Value` drawn from
//! the rest, nesting as deep as the input allows.
#![no_main]

mod common;

use dialogmote::{Lang, Limits, LintOptions, Source};
use libfuzzer_sys::arbitrary::{Result, Unstructured};
use libfuzzer_sys::fuzz_target;
use serde_json::{Map, Value};

/// Words the rules and the schema look for, so that drawn values reach them.
const KEYS: &[&str] = &[
    "format",
    "meeting",
    "date",
    "start",
    "end",
    "participants",
    "role",
    "name",
    "attended",
    "introduction",
    "notes",
    "status",
    "arbeidstaker",
    "arbeidsgiver",
    "lege",
    "bht",
    "nav",
    "conclusion",
    "actions",
    "owner",
    "due",
    "agreed",
    "referat",
    "sent",
    "recipients",
    "solutions",
    "measures",
    "decision",
    "15058500027",
];
const STRINGS: &[&str] = &[
    "dialogmote1/v1",
    "2026-11-16",
    "09:00",
    "arbeidstaker",
    "arbeidsgiver",
    "lege",
    "bht",
    "nav",
    "F32.1",
    "15058500027",
    "",
    "ja",
];

/// A value drawn from `u` without recursion: containers are opened and
/// closed as the bytes say, so depth is bounded only by the input's length.
fn value(u: &mut Unstructured) -> Result<Value> {
    enum Open {
        Array(Vec<Value>),
        Object(Map<String, Value>, String),
    }
    let mut stack: Vec<Open> = Vec::new();
    loop {
        let op: u8 = if u.is_empty() { 255 } else { u.arbitrary()? };
        let done = match op % 16 {
            0..=2 => {
                let key = if u.ratio(1, 2)? {
                    (*u.choose(KEYS)?).to_owned()
                } else {
                    u.arbitrary()?
                };
                stack.push(Open::Object(Map::new(), key));
                continue;
            }
            3..=4 => {
                stack.push(Open::Array(Vec::new()));
                continue;
            }
            5 => Value::Null,
            6 => Value::Bool(u.arbitrary()?),
            7 => Value::from(u.arbitrary::<i64>()?),
            8 => Value::from(u.arbitrary::<f64>()?),
            9 => Value::from(u.arbitrary::<u64>()?),
            10..=12 => Value::String((*u.choose(STRINGS)?).to_owned()),
            13 => Value::String(u.arbitrary()?),
            // Close the innermost container as a value.
            _ => match stack.pop() {
                None => return Ok(Value::Null),
                Some(Open::Array(a)) => Value::Array(a),
                Some(Open::Object(m, _)) => Value::Object(m),
            },
        };
        // Place `done` into the innermost container, or return it.
        match stack.last_mut() {
            None => return Ok(done),
            Some(Open::Array(a)) => a.push(done),
            Some(Open::Object(m, key)) => {
                m.insert(std::mem::take(key), done);
                *key = u.arbitrary().unwrap_or_default();
                if u.ratio(1, 2).unwrap_or(false) {
                    *key = (*u.choose(KEYS).unwrap_or(&"x")).to_owned();
                }
            }
        }
    }
}

/// Drops a value without recursion (the derived drop recurses, and a deep
/// value would overflow the harness's stack, not the linter's).
fn drop_flat(v: Value) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            Value::Array(a) => stack.extend(a),
            Value::Object(m) => stack.extend(m.into_iter().map(|(_, v)| v)),
            _ => {}
        }
    }
}

fuzz_target!(|data: &[u8]| {
    let as_of = common::as_of();
    let v = if data.first() == Some(&0xFF) {
        let Ok(v) = value(&mut Unstructured::new(&data[1..])) else {
            return;
        };
        v
    } else {
        let Ok(text) = std::str::from_utf8(data) else {
            return;
        };
        match Source::from_str("fuzz", text).load(&Limits::default()) {
            Some(doc) => doc.into_value(),
            None => return,
        }
    };
    let findings = common::linter().lint_value(&v, &LintOptions::new(as_of));
    for f in &findings {
        assert!(
            f.pointer.is_empty() || f.pointer.starts_with('/'),
            "{}",
            f.pointer
        );
        for lang in Lang::ALL {
            assert!(
                !f.message.get(lang).is_empty(),
                "{} has no {lang:?} message",
                f.code
            );
        }
    }
    drop_flat(v);
});
