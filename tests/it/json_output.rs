//! The JSON output contract: real output of the binary validates against
//! schema/findings.schema.json, and its shape is the documented one.

use crate::common;

use serde_json::Value;
use std::process::Command;

fn findings_schema() -> jsonschema::Validator {
    let text = std::fs::read_to_string(common::root().join("schema/findings.schema.json")).unwrap();
    let schema: Value = serde_json::from_str(&text).unwrap();
    jsonschema::draft202012::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

#[test]
fn json_output_validates_against_its_schema() {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(common::root())
        .args([
            "lint",
            "--format",
            "json",
            "--as-of",
            "2026-11-20",
            "tests/fixtures",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1), "fixtures hold errors");
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let validator = findings_schema();
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let files = report["files"].as_array().unwrap();
    assert!(files.len() >= 20);
    assert_eq!(
        report["summary"]["files"].as_u64().unwrap() as usize,
        files.len()
    );
    let total: usize = files
        .iter()
        .map(|f| f["findings"].as_array().unwrap().len())
        .sum();
    let s = &report["summary"];
    assert_eq!(
        total as u64,
        s["errors"].as_u64().unwrap()
            + s["warnings"].as_u64().unwrap()
            + s["infos"].as_u64().unwrap()
    );
    let misspelt = files
        .iter()
        .find(|f| f["path"].as_str().unwrap().ends_with("misspelt-key.yaml"))
        .unwrap();
    let f = &misspelt["findings"][0];
    assert_eq!(
        (
            f["code"].as_str(),
            f["name"].as_str(),
            f["severity"].as_str(),
            f["pointer"].as_str()
        ),
        (
            Some("DM002"),
            Some("schema-violation"),
            Some("error"),
            Some("/participants/0")
        )
    );
    assert_eq!(
        (
            f["line"].as_u64(),
            f["column"].as_u64(),
            f["end_line"].as_u64(),
            f["end_column"].as_u64()
        ),
        (Some(22), Some(5), Some(22), Some(12))
    );
    // Issue 11: the misspelt key carries a safe fix that renames exactly
    // the key's bytes; applied to the file, it gives the right key.
    assert_eq!(report["lang"], "nb");
    let fix = &f["fixes"][0];
    assert_eq!(fix["applicability"], "safe");
    assert_eq!(fix["title"], "rett feltnavnet til `attended`");
    let edit = &fix["edits"][0];
    let (start, end) = (
        edit["start"].as_u64().unwrap() as usize,
        edit["end"].as_u64().unwrap() as usize,
    );
    let mut bytes = std::fs::read(common::root().join("tests/fixtures/misspelt-key.yaml")).unwrap();
    assert_eq!(&bytes[start..end], b"atended");
    bytes.splice(start..end, edit["replacement"].as_str().unwrap().bytes());
    let fixed = String::from_utf8(bytes).unwrap();
    assert!(fixed.contains("\n    attended: true\n"));
    let after = common::linter().lint_str(&fixed, &common::opts());
    assert!(after.iter().all(|f| f.code != "DM002"), "{after:#?}");
}

/// Issue 11: every message of the report is in the language asked for, and
/// the report says which.
#[test]
fn json_output_speaks_the_language_asked_for() {
    let run = |lang: &str| -> Value {
        let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
            .current_dir(common::root().join("tests/fixtures"))
            .args([
                "lint",
                "-f",
                "json",
                "--as-of",
                "2026-11-20",
                "--lang",
                lang,
            ])
            .arg("misspelt-key.yaml")
            .output()
            .unwrap();
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let validator = findings_schema();
    let mut seen = Vec::new();
    for lang in ["nb", "nn", "en"] {
        let report = run(lang);
        assert!(validator.is_valid(&report), "{lang}");
        assert_eq!(report["lang"], lang);
        let f = &report["files"][0]["findings"][0];
        seen.push((
            f["message"].as_str().unwrap().to_owned(),
            f["help"].as_str().unwrap().to_owned(),
            f["fixes"][0]["title"].as_str().unwrap().to_owned(),
        ));
    }
    assert_eq!(
        seen[1],
        (
            "deltakar 1 (Arbeidstakar) har eit feltnamn formatet ikkje kjenner".to_owned(),
            "meinte du `attended` («Deltok»)?".to_owned(),
            "rett feltnamnet til `attended`".to_owned()
        )
    );
    assert_eq!(
        seen[2].0,
        "participant 1 (Employee) has a field name the format does not know"
    );
    assert_ne!(seen[0].0, seen[1].0);
}

#[test]
fn the_schema_describes_fixes_and_related_places() {
    let validator = findings_schema();
    let finding = serde_json::json!({
        "code": "DM108", "name": "duplicate", "severity": "warning",
        "message": "m", "pointer": "/a/1", "line": 3, "column": 1,
        "end_line": 3, "end_column": 2, "offset": 20,
        "fixes": [{"title": "t", "applicability": "unsafe",
                   "edits": [{"start": 20, "end": 22, "replacement": ""}]}],
        "related": [{"pointer": "/a/0", "line": 2, "column": 1, "end_line": 2,
                     "end_column": 2, "offset": 10, "message": "the first"},
                    {"pointer": "/a/0", "message": "without a place"}]
    });
    let report = |f: Value| {
        serde_json::json!({"files": [{"path": "x", "findings": [f], "suppressed": []}],
            "summary": {"files": 1, "errors": 0, "warnings": 1, "infos": 0, "suppressed": 0}})
    };
    assert!(validator.is_valid(&report(finding.clone())));
    for (pointer, bad) in [
        ("/fixes/0/applicability", serde_json::json!("maybe")),
        ("/fixes/0/edits", serde_json::json!([])),
        ("/fixes/0/edits/0/start", serde_json::json!(-1)),
        ("/related/0/message", serde_json::json!("")),
    ] {
        let mut f = finding.clone();
        *f.pointer_mut(pointer).unwrap() = bad;
        assert!(!validator.is_valid(&report(f)), "{pointer}");
    }
}

/// The JSON report of `lint ARGS` run in `dir` (as of 2026-11-20), after
/// checking that it validates against the schema.
fn valid_json_report(dir: &std::path::Path, args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(dir)
        .args(["lint", "--format", "json", "--as-of", "2026-11-20"])
        .args(args)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&out.stdout).unwrap();
    let errors: Vec<String> = findings_schema()
        .iter_errors(&report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    report
}

#[test]
fn json_output_with_suppressions_validates_and_lists_them() {
    let report = valid_json_report(&common::root().join("tests/cmd/multi"), &["."]);
    assert_eq!(report["summary"]["suppressed"], 2);
    let a = &report["files"][0];
    assert_eq!(a["path"], "a.yaml");
    let s = &a["suppressed"][0];
    assert_eq!(
        (
            s["code"].as_str(),
            s["suppression"]["source"]["kind"].as_str()
        ),
        (Some("DM508"), Some("comment"))
    );
    assert_eq!(s["suppression"]["reason"], "eieren signerer med initialer");
}

#[test]
fn the_schema_rejects_a_malformed_report() {
    let validator = findings_schema();
    let bad: Value = serde_json::json!({"files": [{"path": "x", "findings": [{"code": "DM002"}]}], "summary": {"files": 1, "errors": 1, "warnings": 0, "infos": 0}});
    assert!(!validator.is_valid(&bad));
}

#[test]
fn the_document_schema_is_what_the_binary_prints() {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .arg("schema")
        .output()
        .unwrap();
    let on_disk = std::fs::read(common::root().join("schema/dialogmote1.schema.json")).unwrap();
    assert_eq!(out.stdout, on_disk);
}

/// Every kind of fix (replacements, insertions, deletions, safe and
/// unsafe), from the fix cases of `tests/fixes`, validates.
#[test]
fn json_output_with_every_kind_of_fix_validates() {
    let report = valid_json_report(&common::root(), &["--lang", "nn", "tests/fixes"]);
    let fixes: Vec<&Value> = report["files"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["findings"].as_array().unwrap())
        .flat_map(|f| f["fixes"].as_array().into_iter().flatten())
        .collect();
    assert!(fixes.len() > 50, "{}", fixes.len());
    assert!(fixes.iter().any(|f| f["applicability"] == "unsafe"));
}
