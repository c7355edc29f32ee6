//! The vocabulary of the format (roles, measures, decisions, assessments,
//! meeting modes) is written once, in the schema. This test fails when the
//! model's enums, the values the built-in rules compare with, the draft
//! template or the help texts disagree with the schema's enums.

use std::collections::BTreeSet;

use chrono::NaiveDate;
use dialogmote::{
    Decision, EmployerAssessment, LintOptions, Linter, MeasureKey, MedicalAssessment,
    MedicalAssessor, Mode, Role, SCHEMA_JSON,
};
use serde_json::Value;

fn schema() -> Value {
    serde_json::from_str(SCHEMA_JSON).unwrap()
}

/// The string values of the `enum` at `pointer` in the schema, in order.
fn schema_enum(pointer: &str) -> Vec<String> {
    let s = schema();
    let e = s
        .pointer(&format!("{pointer}/enum"))
        .unwrap_or_else(|| panic!("no enum at {pointer}"));
    e.as_array()
        .unwrap()
        .iter()
        .filter_map(|v| v.as_str().map(str::to_owned))
        .collect()
}

/// The schema's measures a–h: the keys of `solutions.measures`.
fn schema_measures() -> Vec<String> {
    let s = schema();
    let m = s
        .pointer("/properties/solutions/properties/measures/properties")
        .and_then(Value::as_object)
        .unwrap();
    // The schema keeps them in the guide's order; serde_json sorts keys, so
    // read the order from the text.
    let mut keys: Vec<(usize, String)> = m
        .keys()
        .map(|k| (SCHEMA_JSON.find(&format!("\"{k}\":{{")).unwrap(), k.clone()))
        .collect();
    keys.sort();
    keys.into_iter().map(|(_, k)| k).collect()
}

fn strs<T: Copy>(all: &[T], f: fn(T) -> &'static str) -> Vec<String> {
    all.iter().map(|v| f(*v).to_owned()).collect()
}

/// The schema's enums, by the property that holds them.
fn by_property() -> Vec<(&'static str, Vec<String>)> {
    vec![
        ("mode", schema_enum("/properties/meeting/properties/mode")),
        ("role", schema_enum("/$defs/role")),
        (
            "proposed_by",
            schema_enum("/$defs/proposal/properties/proposed_by"),
        ),
        (
            "employer_assessment",
            schema_enum("/$defs/proposal/properties/employer_assessment"),
        ),
        (
            "medical_assessment",
            schema_enum("/$defs/proposal/properties/medical_assessment"),
        ),
        (
            "medical_assessor",
            schema_enum("/$defs/proposal/properties/medical_assessor"),
        ),
        (
            "decision",
            schema_enum("/$defs/measure/properties/decision"),
        ),
        ("measure", schema_enum("/$defs/action/properties/measure")),
    ]
}

fn enum_of(property: &str) -> Option<Vec<String>> {
    by_property()
        .into_iter()
        .find(|(p, _)| *p == property)
        .map(|(_, e)| e)
}

#[test]
fn the_model_has_the_schemas_enums_in_order() {
    assert_eq!(strs(Mode::ALL, Mode::as_str), enum_of("mode").unwrap());
    assert_eq!(strs(Role::ALL, Role::as_str), enum_of("role").unwrap());
    assert_eq!(
        strs(Role::ALL, Role::as_str),
        enum_of("proposed_by").unwrap()
    );
    assert_eq!(
        strs(EmployerAssessment::ALL, EmployerAssessment::as_str),
        enum_of("employer_assessment").unwrap()
    );
    assert_eq!(
        strs(MedicalAssessment::ALL, MedicalAssessment::as_str),
        enum_of("medical_assessment").unwrap()
    );
    assert_eq!(
        strs(MedicalAssessor::ALL, MedicalAssessor::as_str),
        enum_of("medical_assessor").unwrap()
    );
    assert_eq!(
        strs(Decision::ALL, Decision::as_str),
        enum_of("decision").unwrap()
    );
    let measures = strs(MeasureKey::ALL, MeasureKey::as_str);
    assert_eq!(measures, enum_of("measure").unwrap());
    assert_eq!(measures, schema_measures());
}

/// Every `equals: {path: …/P, value: V}` with a string V, where the schema
/// has an enum for the property P: `(file, P, V)`.
fn compared(v: &Value, file: &str, out: &mut Vec<(String, String, String)>) {
    match v {
        Value::Object(m) => {
            if let Some(Value::Object(eq)) = m.get("equals")
                && let (Some(path), Some(value)) = (
                    eq.get("path").and_then(Value::as_str),
                    eq.get("value").and_then(Value::as_str),
                )
            {
                let property = path.rsplit('/').next().unwrap_or_default();
                out.push((file.to_owned(), property.to_owned(), value.to_owned()));
            }
            m.values().for_each(|x| compared(x, file, out));
        }
        Value::Array(a) => a.iter().for_each(|x| compared(x, file, out)),
        _ => {}
    }
}

#[test]
fn the_rules_compare_only_with_words_of_the_schema() {
    let mut found = Vec::new();
    let mut params: Vec<(String, String, Vec<String>)> = Vec::new();
    for (file, text) in crate::common::builtin_rule_files() {
        let file = file.as_str();
        let v: Value = serde_yaml::from_str(&text).unwrap();
        compared(&v, file, &mut found);
        for rule in v["rules"].as_array().unwrap() {
            if let Some(p) = rule.get("params").and_then(Value::as_object) {
                for (name, value) in p {
                    if let Some(list) = value.as_array() {
                        let words = list
                            .iter()
                            .filter_map(|x| x.as_str().map(str::to_owned))
                            .collect();
                        params.push((
                            rule["code"].as_str().unwrap().to_owned(),
                            name.clone(),
                            words,
                        ));
                    }
                }
            }
        }
    }
    let mut checked = 0;
    for (file, property, value) in &found {
        if let Some(words) = enum_of(property) {
            assert!(
                words.contains(value),
                "{file}: `equals` compares `{property}` with `{value}`, which the schema's enum {words:?} lacks"
            );
            checked += 1;
        }
    }
    assert!(checked >= 5, "the rules compare roles: {found:?}");
    // Parameters that are lists of roles or measures.
    let roles = enum_of("role").unwrap();
    let measures = enum_of("measure").unwrap();
    let mut lists = 0;
    for (code, name, words) in &params {
        let vocabulary = match name.as_str() {
            "roles" => &roles,
            "measures" => &measures,
            _ => continue,
        };
        lists += 1;
        for w in words {
            assert!(
                vocabulary.contains(w),
                "{code}: parameter `{name}` holds `{w}`, which the schema lacks"
            );
        }
    }
    assert!(lists >= 2, "{params:?}");
}

#[test]
fn the_draft_names_every_word_of_the_schema() {
    let draft = dialogmote::draft(NaiveDate::from_ymd_opt(2026, 11, 16).unwrap(), "s.json");
    let words: BTreeSet<&str> = draft
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .collect();
    for (property, values) in by_property() {
        for v in values {
            assert!(
                words.contains(v.as_str()),
                "the draft template never mentions `{v}` ({property})"
            );
        }
    }
    // Every measure is a key of the draft's `solutions.measures`.
    let doc = dialogmote::Source::from_str("draft.yaml", &draft)
        .with_kind(dialogmote::SourceKind::Yaml)
        .load(&Default::default())
        .unwrap()
        .into_value();
    let keys: Vec<&String> = doc["solutions"]["measures"]
        .as_object()
        .unwrap()
        .keys()
        .collect();
    let mut expected = schema_measures();
    expected.sort();
    assert_eq!(keys, expected.iter().collect::<Vec<_>>());
}

#[test]
fn the_help_for_a_missing_role_lists_the_schemas_roles() {
    let linter = Linter::new().unwrap();
    let opts = LintOptions::new(NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    let text = "format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\nparticipants:\n  - {name: Kari, attended: true}\n";
    let findings = linter.lint_str(text, &opts);
    let help = findings
        .iter()
        .find(|f| f.code == "DM002" && f.pointer == "/participants/0")
        .and_then(|f| f.help.clone())
        .unwrap_or_else(|| panic!("no help for the missing role: {findings:?}"));
    let roles = enum_of("role").unwrap();
    // In every language, the roles in the schema's order, each once.
    for help in [&help.nb, &help.nn, &help.en] {
        let mut at = 0;
        for r in &roles {
            let found = help[at..]
                .find(r.as_str())
                .unwrap_or_else(|| panic!("`{r}` missing or out of order in {help:?}"));
            at += found + r.len();
        }
    }
}
