//! The JSON Schema and the typed model agree: every document one accepts,
//! the other accepts. Documents come from the complete example with one
//! node replaced, removed, or given an extra key, for every node.

use crate::common;

use dialogmote::{LintOptions, Linter, Minutes};
use serde_json::{Value, json};

fn complete() -> Value {
    let text = std::fs::read_to_string(common::root().join("examples/complete.yaml")).unwrap();
    let mut v = dialogmote::Source::from_str("complete.yaml", &text)
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

fn agree(linter: &Linter, doc: &Value, what: &str) {
    let findings = linter.lint_value(doc, &LintOptions::new(common::date("2026-11-20")));
    let schema_ok = findings.is_empty();
    if schema_ok {
        // Everything the schema accepts, the serde types can hold.
        if let Err(e) = Minutes::from_value_unchecked(doc) {
            panic!("{what}: the schema accepts it, the serde types reject it: {e}");
        }
    }
    let model = Minutes::from_value(doc);
    assert_eq!(
        schema_ok,
        model.is_ok(),
        "{what}: schema says {schema_ok} ({:?}), model says {:?}",
        findings.first().map(|f| &f.message),
        model.err()
    );
}

#[test]
fn schema_and_model_accept_the_same_documents() {
    let linter = Linter::builder().schema_only().build().unwrap();
    let base = complete();
    let mut ptrs = Vec::new();
    pointers(&base, String::new(), &mut ptrs);
    let mut checked = 0;
    for p in &ptrs {
        for c in candidates() {
            let mut doc = base.clone();
            match doc.pointer_mut(p) {
                Some(slot) => *slot = c.clone(),
                None => continue,
            }
            agree(&linter, &doc, &format!("{p} = {c}"));
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
            agree(&linter, &doc, &format!("without {p}"));
        }
        let mut doc = base.clone();
        if let Some(Value::Object(m)) = doc.pointer_mut(p) {
            m.insert("atended".into(), json!(true));
            agree(&linter, &doc, &format!("{p} with an unknown key"));
        }
    }
    assert!(checked > 3000, "only {checked} documents checked");
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
                Some("skriv `arbeidstaker` med små bokstaver")
            ),
            (
                "/referat/recipients/0",
                Some("skriv `nav` med små bokstaver")
            ),
            (
                "/solutions/proposals/0/proposed_by",
                Some("skriv `nav` med små bokstaver")
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
