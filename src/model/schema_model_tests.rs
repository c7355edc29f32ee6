//! The JSON Schema and the typed model agree: every document one accepts,
//! the other accepts. Documents come from the complete example with one
//! node replaced, removed, or given an extra key, for every node.

//!
//! A unit test of the library, because it reads documents with serde alone
//! (`Minutes::from_value_unchecked`), which is no part of the public API.

use serde_json::{Value, json};

use crate::{LintOptions, Linter, Minutes};

mod common {
    use chrono::NaiveDate;

    pub fn root() -> std::path::PathBuf {
        std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
    }

    pub fn date(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    pub fn linter() -> crate::Linter {
        crate::Linter::new().unwrap()
    }

    pub fn opts() -> crate::LintOptions {
        crate::LintOptions::new(date("2026-11-20"))
    }
}

fn complete() -> Value {
    let text = std::fs::read_to_string(common::root().join("examples/complete.yaml")).unwrap();
    let mut v = crate::Source::from_str("complete.yaml", &text)
        .load(&Default::default())
        .unwrap()
        .into_value();
    // Every optional key of the format, also those the example leaves out.
    v["sick_leave"]["full_absence_start"] = json!("2026-10-05");
    v
}

fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Object(m) => m
            .iter()
            .for_each(|(k, x)| pointers(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a
            .iter()
            .enumerate()
            .for_each(|(i, x)| pointers(x, format!("{at}/{i}"), out)),
        _ => {}
    }
    out.push(at);
}

fn candidates() -> Vec<Value> {
    let mut c = vec![
        json!(null),
        json!(true),
        json!(false),
        json!(0),
        json!(1),
        json!(-1),
        json!(100),
        json!(101),
        json!(1.5),
        json!(5.0),
        json!(""),
        json!("x"),
        json!("2026-11-16"),
        json!("2026-02-30"),
        json!("2024-02-29"),
        json!("16.11.2026"),
        json!("2026-1-16"),
        json!("09:00"),
        json!("23:59"),
        json!("24:00"),
        json!("9:00"),
        json!("09:00:00"),
        json!([]),
        json!({}),
        json!(["nav"]),
        json!([{"role": "lege"}]),
        json!({"decision": "apply"}),
        json!("dialogmote1/v1"),
    ];
    for word in [
        "in_person",
        "hybrid",
        "arbeidstaker",
        "annen",
        "lege",
        "bht",
        "feasible",
        "not_sound",
        "apply",
        "not_relevant",
        "kid_kurs",
        "gradert_sykmelding",
    ] {
        c.push(json!(word));
    }
    c
}

/// How the schema and the serde types (read without the schema: the
/// model's own types, `Minutes::from_value_unchecked`) judged the
/// documents: the model may be looser than the schema (a grade of 101 fits
/// its integer), never stricter.
#[derive(Default)]
struct Tally {
    both_accept: usize,
    both_reject: usize,
    only_schema_rejects: usize,
}

fn agree(linter: &Linter, doc: &Value, what: &str, tally: &mut Tally) {
    let findings = linter.lint_value(doc, &LintOptions::new(common::date("2026-11-20")));
    let schema_ok = findings.is_empty();
    let serde = Minutes::from_value_unchecked(doc);
    match (schema_ok, serde) {
        (true, Ok(_)) => tally.both_accept += 1,
        (true, Err(e)) => {
            panic!("{what}: the schema accepts it, the serde types reject it: {e}")
        }
        (false, Err(_)) => tally.both_reject += 1,
        (false, Ok(_)) => tally.only_schema_rejects += 1,
    }
    // The checked reader is the schema, then serde: it accepts exactly what
    // the schema accepts (which, by the panic above, serde can hold).
    assert_eq!(Minutes::from_value(doc).is_ok(), schema_ok, "{what}");
}

#[test]
fn schema_and_model_accept_the_same_documents() {
    let linter = Linter::builder().schema_only().build().unwrap();
    let base = complete();
    let mut ptrs = Vec::new();
    pointers(&base, String::new(), &mut ptrs);
    let mut checked = 0;
    let mut tally = Tally::default();
    for p in &ptrs {
        for c in candidates() {
            let mut doc = base.clone();
            match doc.pointer_mut(p) {
                Some(slot) => *slot = c.clone(),
                None => continue,
            }
            agree(&linter, &doc, &format!("{p} = {c}"), &mut tally);
            checked += 1;
        }
        if let Some((parent, key)) = p.rsplit_once('/') {
            let mut doc = base.clone();
            match doc.pointer_mut(parent) {
                Some(Value::Object(m)) => {
                    m.remove(key);
                }
                Some(Value::Array(a)) => {
                    a.remove(key.parse::<usize>().unwrap());
                }
                _ => {}
            }
            agree(&linter, &doc, &format!("without {p}"), &mut tally);
        }
        let mut doc = base.clone();
        if let Some(Value::Object(m)) = doc.pointer_mut(p) {
            m.insert("atended".into(), json!(true));
            agree(
                &linter,
                &doc,
                &format!("{p} with an unknown key"),
                &mut tally,
            );
        }
    }
    assert!(checked > 3000, "only {checked} documents checked");
    // Both sides were exercised: many documents each type accepts, and
    // many it rejects, so the implication is not true for want of cases.
    let Tally {
        both_accept,
        both_reject,
        only_schema_rejects,
    } = tally;
    eprintln!(
        "accepted by both: {both_accept}, rejected by both: {both_reject}, by the schema only: {only_schema_rejects}"
    );
    assert!(both_accept > 200, "{both_accept}");
    assert!(both_reject > 1000, "{both_reject}");
}

#[test]
fn the_model_round_trips_yaml_and_json() {
    let base = complete();
    let minutes = Minutes::from_value(&base).unwrap();
    assert_eq!(minutes.to_value(), base, "model → value keeps every field");
    assert_eq!(
        Minutes::parse(&minutes.to_yaml()).unwrap(),
        minutes,
        "YAML round trip"
    );
    assert_eq!(
        Minutes::parse(&minutes.to_json()).unwrap(),
        minutes,
        "JSON round trip"
    );
    let linter = common::linter();
    assert!(
        linter
            .lint_str(&minutes.to_yaml(), &common::opts())
            .is_empty()
    );
    assert!(
        linter
            .lint_str(&minutes.to_json(), &common::opts())
            .is_empty()
    );
}

#[test]
fn null_reads_as_absent() {
    let doc = json!({"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16", "start": null}, "status": null});
    let m = Minutes::from_value(&doc).unwrap();
    assert!(m.meeting.start.is_none() && m.status.is_none());
    assert_eq!(
        m.to_value(),
        json!({"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"}})
    );
}

#[test]
fn a_schema_value_in_the_wrong_case_is_dm002_with_help_naming_the_value() {
    let linter = Linter::new().unwrap();
    let mut doc = complete();
    doc["referat"]["recipients"] = json!(["NAV", "arbeidstaker"]);
    doc["participants"][0]["role"] = json!("Arbeidstaker");
    doc["solutions"]["proposals"][0]["proposed_by"] = json!("NAV");
    let findings = linter.lint_value(&doc, &common::opts());
    let helps: Vec<(&str, Option<&str>)> = findings
        .iter()
        .map(|f| (f.pointer.as_str(), f.help.as_ref().map(|h| h.nb.as_str())))
        .collect();
    assert_eq!(
        helps,
        vec![
            (
                "/participants/0/role",
                Some("skriv `arbeidstaker` (Arbeidstaker) med små bokstaver")
            ),
            (
                "/referat/recipients/0",
                Some("skriv `nav` (NAV) med små bokstaver")
            ),
            (
                "/solutions/proposals/0/proposed_by",
                Some("skriv `nav` (NAV) med små bokstaver")
            ),
        ],
        "{findings:#?}"
    );
    assert!(findings.iter().all(|f| f.code == "DM002"));
}

#[test]
fn a_document_the_model_cannot_read_says_where() {
    // Not a mapping, or another format: said before the schema is asked.
    let e = Minutes::from_value(&json!(["format"])).unwrap_err();
    assert_eq!(e.pointer, "");
    for format in [json!("dialogmote1/v2"), json!(1), Value::Null] {
        let e = Minutes::from_value(&json!({"format": format})).unwrap_err();
        assert_eq!(e.pointer, "/format", "{format}");
        assert!(e.message.contains("dialogmote1/v1"), "{}", e.message);
    }
    let e = Minutes::from_value(&json!({"meeting": {"date": "2026-11-16"}})).unwrap_err();
    assert_eq!(e.pointer, "/format");
    // Otherwise the schema's first violation, at its node.
    let mut doc = complete();
    doc["participants"][1]["attended"] = json!("kanskje");
    let e = Minutes::from_value(&doc).unwrap_err();
    assert_eq!(e.pointer, "/participants/1/attended", "{e}");
    doc = complete();
    doc["status"]["extra"] = json!("x");
    assert_eq!(Minutes::from_value(&doc).unwrap_err().pointer, "/status");
}
