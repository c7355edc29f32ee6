//! SARIF output validates against the official OASIS SARIF 2.1.0 schema
//! (tests/data, copied from the upstream file) and meets GitHub code
//! scanning's intake rules.

mod common;

use serde_json::Value;
use std::collections::BTreeSet;
use std::process::Command;

fn sarif_for(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(common::root().join("tests/cmd/multi"))
        .args(["lint", "--as-of", "2026-11-20", "--format", "sarif"])
        .args(args)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn sarif_validates_against_the_oasis_schema() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("tests/data/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    let validator = jsonschema::draft4::new(&schema).expect("the OASIS schema compiles");
    for lang in ["nb", "en"] {
        let sarif = sarif_for(&["--lang", lang, "."]);
        let errors: Vec<String> = validator
            .iter_errors(&sarif)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{errors:#?}");
    }
    // The schema is strict enough to notice a broken document.
    let mut broken = sarif_for(&["."]);
    broken["runs"][0]["results"][0]["level"] = Value::from("fatal");
    assert!(!validator.is_valid(&broken));
}

#[test]
fn sarif_meets_github_intake_rules() {
    let sarif = sarif_for(&["--lang", "en", "."]);
    let run = &sarif["runs"][0];
    assert_eq!(sarif["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    let linter = common::linter();
    let enabled: Vec<&str> = linter
        .rules()
        .filter(|r| r.severity.is_some())
        .map(|r| r.code.as_str())
        .collect();
    let ids: Vec<&str> = rules.iter().map(|r| r["id"].as_str().unwrap()).collect();
    assert_eq!(ids, enabled, "every enabled rule is listed");
    for r in rules {
        for field in [
            "name",
            "shortDescription",
            "fullDescription",
            "help",
            "defaultConfiguration",
        ] {
            assert!(!r[field].is_null(), "{} lacks {field}", r["id"]);
        }
        assert!(!r["shortDescription"]["text"].as_str().unwrap().is_empty());
        assert!(
            !r["help"]["text"].as_str().unwrap().is_empty()
                && !r["help"]["markdown"].as_str().unwrap().is_empty()
        );
        assert!(
            ["error", "warning", "note"]
                .contains(&r["defaultConfiguration"]["level"].as_str().unwrap())
        );
        assert!(
            r.get("helpUri")
                .is_none_or(|u| !u.as_str().unwrap_or_default().is_empty()),
            "no empty helpUri"
        );
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 7, "7 findings, 2 suppressed ones left out");
    let mut fingerprints = BTreeSet::new();
    for res in results {
        let idx = res["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[idx]["id"], res["ruleId"]);
        assert!(!res["message"]["text"].as_str().unwrap().is_empty());
        let loc = &res["locations"][0]["physicalLocation"];
        let uri = loc["artifactLocation"]["uri"].as_str().unwrap();
        assert!(
            !uri.starts_with('/') && !uri.starts_with("./") && !uri.contains(':'),
            "repository-relative: {uri}"
        );
        for k in ["startLine", "startColumn", "endLine", "endColumn"] {
            assert!(loc["region"][k].as_u64().unwrap() >= 1, "{k}");
        }
        assert!(
            fingerprints.insert(
                res["partialFingerprints"]["dialogmote/v1"]
                    .as_str()
                    .unwrap()
                    .to_owned()
            ),
            "fingerprints are unique"
        );
    }
    assert!(
        !results
            .iter()
            .any(|r| r["ruleId"] == "DM508" || r["ruleId"] == "DM704"),
        "suppressed findings are not in SARIF"
    );
}

/// Fingerprints name the rule, the file and the pointer, not lines: adding
/// lines above a finding keeps its fingerprint.
#[test]
fn fingerprints_survive_moved_lines() {
    let dir = tempdir();
    let text =
        std::fs::read_to_string(common::root().join("tests/fixtures/late-referat.yaml")).unwrap();
    std::fs::write(dir.join("r.yaml"), &text).unwrap();
    let before = fingerprint(&dir);
    std::fs::write(
        dir.join("r.yaml"),
        format!("# a comment\n# and another\n{text}"),
    )
    .unwrap();
    let after = fingerprint(&dir);
    assert_eq!(before.0, after.0);
    assert_eq!(before.1 + 2, after.1, "the line did move");
}

fn fingerprint(dir: &std::path::Path) -> (String, u64) {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(dir)
        .args([
            "lint",
            "--as-of",
            "2026-11-20",
            "--format",
            "sarif",
            "r.yaml",
        ])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let r = &sarif["runs"][0]["results"][0];
    (
        r["partialFingerprints"]["dialogmote/v1"]
            .as_str()
            .unwrap()
            .to_owned(),
        r["locations"][0]["physicalLocation"]["region"]["startLine"]
            .as_u64()
            .unwrap(),
    )
}

fn tempdir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dialogmote-sarif-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}
