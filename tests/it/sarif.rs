//! SARIF output validates against the official OASIS SARIF 2.1.0 schema
//! (tests/data, copied from the upstream file) and meets GitHub code
//! scanning's intake rules.

use crate::common;

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
    let validator = oasis_validator();
    for lang in ["nb", "nn", "en"] {
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

fn oasis_validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(common::root().join("tests/data/sarif-schema-2.1.0.json"))
            .unwrap(),
    )
    .unwrap();
    jsonschema::draft4::new(&schema).expect("the OASIS schema compiles")
}

/// Fails, naming `what`, unless `sarif` is valid by the OASIS schema.
fn assert_valid(sarif: &Value, what: &str) {
    let errors: Vec<String> = oasis_validator()
        .iter_errors(sarif)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{what}: {errors:#?}");
}

/// SARIF for one input named `path`, run in `tests/cmd/multi`; the
/// artifact location of its first result after validating the whole log.
fn artifact_of(path: &str, stdin: Option<&str>) -> Value {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(common::root().join("tests/cmd/multi"))
        .args(["lint", "--as-of", "2026-11-20", "--format", "sarif", path])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&sarif, path);
    sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"].clone()
}

/// Issue 10, §3: a path inside the working directory is a normalised
/// relative URI against `%SRCROOT%`, however it was written.
#[test]
fn paths_inside_the_working_directory_are_relative() {
    let multi = common::root().join("tests/cmd/multi");
    let absolute = multi.join("c.json").display().to_string();
    let dotted = multi.join("../multi/./c.json").display().to_string();
    for path in ["c.json", "./c.json", "../multi/c.json", &absolute, &dotted] {
        let loc = artifact_of(path, None);
        assert_eq!(
            loc,
            serde_json::json!({"uri": "c.json", "uriBaseId": "%SRCROOT%"}),
            "{path}"
        );
    }
}

/// Issue 10, §3: a path outside the working directory is an absolute
/// `file:` URI, with no `uriBaseId`.
#[test]
fn paths_outside_the_working_directory_are_file_uris() {
    let fixture = common::root().join("tests/fixtures/misspelt-key.yaml");
    let expected = format!("file://{}", fixture.canonicalize().unwrap().display());
    for path in [
        "../../fixtures/misspelt-key.yaml".to_owned(),
        fixture.display().to_string(),
    ] {
        let loc = artifact_of(&path, None);
        assert_eq!(loc, serde_json::json!({"uri": expected}), "{path}");
    }
}

/// Standard input has no file; GitHub rejects a result without a location,
/// so it is named `stdin`, with no base, and described (in the language of
/// the run, bokmål by default).
#[test]
fn stdin_is_named_stdin() {
    let loc = artifact_of("-", Some("format: dialogmote1/v1\n"));
    assert_eq!(
        loc,
        serde_json::json!({"uri": "stdin", "description": {"text": "standardinndata"}})
    );
}

/// Issue 9, item 19: the configuration used is in the invocation and is an
/// artifact with its role.
#[test]
fn the_configuration_used_is_recorded() {
    let sarif = sarif_for(&["."]);
    let run = &sarif["runs"][0];
    assert_eq!(
        run["invocations"][0]["properties"]["configurationFile"],
        "dialogmote.yaml"
    );
    assert_eq!(
        run["artifacts"][0],
        serde_json::json!({
            "location": {"uri": "dialogmote.yaml", "uriBaseId": "%SRCROOT%"},
            "roles": ["userSpecifiedConfiguration"]
        })
    );
}

/// Issue 9, item 17: a file name that is not UTF-8 is percent-encoded byte
/// for byte, so the URI names the file.
#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_are_percent_encoded() {
    use std::os::unix::ffi::OsStrExt;
    let dir = tempdir().join("raw");
    std::fs::create_dir_all(&dir).unwrap();
    let name = std::ffi::OsStr::from_bytes(b"m\xF8te.yaml");
    std::fs::write(dir.join(name), "format: dialogmote1/v1\n").unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(&dir)
        .args([
            "lint",
            "--as-of",
            "2026-11-20",
            "--format",
            "sarif",
            "--format",
            "human=h.txt",
        ])
        // Arguments must be UTF-8; such names come from a folder.
        .arg(".")
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let loc = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"];
    assert_eq!(loc["artifactLocation"]["uri"], "m%F8te.yaml");
    let human = std::fs::read_to_string(dir.join("h.txt")).unwrap();
    assert!(
        human.contains("m\\xF8te.yaml: merk: filnavnet er ikke gyldig UTF-8"),
        "{human}"
    );
    assert!(human.contains("m\\xF8te.yaml:1:1: feil["), "{human}");
}

fn tempdir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("dialogmote-sarif-{}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Issue 11: a finding's fix is a SARIF `fix` (a byte range replaced, the
/// original text not repeated), the messages are in the language asked
/// for, and `run.language` says which.
#[test]
fn fixes_and_the_language_are_in_the_log() {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(common::root().join("tests/fixtures"))
        .args(["lint", "--as-of", "2026-11-20", "--format", "sarif"])
        .args(["--lang", "nn", "misspelt-key.yaml"])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&sarif, "misspelt-key.yaml");
    let run = &sarif["runs"][0];
    assert_eq!(run["language"], "nn-NO");
    let result = &run["results"][0];
    assert_eq!(
        result["message"]["text"],
        "deltakar 1 (Arbeidstakar) har eit feltnamn formatet ikkje kjenner"
    );
    let fix = &result["fixes"][0];
    assert_eq!(fix["description"]["text"], "rett feltnamnet til `attended`");
    let change = &fix["artifactChanges"][0];
    assert_eq!(
        change["artifactLocation"]["uri"],
        result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
    );
    let r = &change["replacements"][0];
    let bytes = std::fs::read(common::root().join("tests/fixtures/misspelt-key.yaml")).unwrap();
    let start = r["deletedRegion"]["byteOffset"].as_u64().unwrap() as usize;
    let len = r["deletedRegion"]["byteLength"].as_u64().unwrap() as usize;
    assert_eq!(&bytes[start..start + len], b"atended");
    assert_eq!(r["insertedContent"]["text"], "attended");
    let text = serde_json::to_string(&sarif).unwrap();
    assert!(
        !text.contains("atended"),
        "the log never repeats the original text"
    );
    // Without a fix, the result has no `fixes`: only the schema finding
    // of the folder has one (a time written `9:00`).
    let multi = sarif_for(&["--lang", "en", "."]);
    let results = multi["runs"][0]["results"].as_array().unwrap();
    let with_fixes: Vec<&Value> = results
        .iter()
        .filter(|r| r.get("fixes").is_some())
        .collect();
    assert_eq!(with_fixes.len(), 1, "{with_fixes:?}");
    assert_eq!(with_fixes[0]["ruleId"], "DM002");
    assert!(results.len() > 3);
    assert_eq!(multi["runs"][0]["language"], "en");
}

/// Issue 11: related places are SARIF `relatedLocations` (with a region
/// when the place is known), and the log stays valid.
#[test]
fn related_places_are_related_locations() {
    use dialogmote::{
        Applicability, Edit, FileReport, Finding, Fix, Lang, Location, Related, Report, Severity,
        Text,
    };
    let at = |line| Location {
        line,
        column: 3,
        end_line: line,
        end_column: 9,
        offset: 10 * line,
    };
    let mut f = Finding::new(
        "DM002",
        "schema-violation",
        Severity::Error,
        Text::new("to", "to", "two"),
        "/participants/1",
    );
    f.location = Some(at(4));
    f.related = vec![
        Related::new(
            "/participants/0",
            Some(at(2)),
            Text::new("først", "først", "first"),
        ),
        Related::new(
            "/participants",
            None,
            Text::new("lista", "lista", "the list"),
        ),
    ];
    f.fixes = vec![Fix::new(
        Text::new("fjern", "fjern", "remove"),
        Applicability::Unsafe,
        vec![Edit {
            start: 40,
            end: 46,
            replacement: String::new(),
        }],
    )];
    let mut report = Report::default();
    report.push(FileReport::new("a.yaml", vec![f]));
    let linter = common::linter();
    let sarif: Value =
        serde_json::from_str(&dialogmote::render_sarif(&report, linter.rules(), Lang::En)).unwrap();
    assert_valid(&sarif, "related");
    let related = &sarif["runs"][0]["results"][0]["relatedLocations"];
    assert_eq!(related[0]["message"]["text"], "first");
    assert_eq!(related[0]["physicalLocation"]["region"]["startLine"], 2);
    assert_eq!(related[1]["message"]["text"], "the list");
    assert!(related[1].get("physicalLocation").is_none());
    let fix = &sarif["runs"][0]["results"][0]["fixes"][0];
    assert_eq!(
        fix["artifactChanges"][0]["replacements"][0]["deletedRegion"]["byteLength"],
        6
    );
}

/// Every kind of fix (replacements, insertions, deletions, safe and
/// unsafe), from the fix cases of `tests/fixes`, is a valid SARIF `fix`.
#[test]
fn every_kind_of_fix_is_valid_sarif() {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(common::root())
        .args(["lint", "--as-of", "2026-11-20", "--format", "sarif"])
        .arg("tests/fixes")
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_valid(&sarif, "tests/fixes");
    let fixes = sarif["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["fixes"].as_array())
        .flatten()
        .count();
    assert!(fixes > 50, "{fixes}");
}

/// Issue 25, item 7: each rule has a `helpUri` only where the
/// configuration's `docs_url` says the rule reference is published, and
/// the SARIF with it still validates; without one, no rule has one.
#[test]
fn help_uri_only_where_the_configuration_says() {
    let none = sarif_for(&["."]);
    let rules = none["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(rules.iter().all(|r| r.get("helpUri").is_none()));
    assert!(!none.to_string().contains("dialogmote.example"));

    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    std::fs::write(
        d.path().join("dialogmote.yaml"),
        "docs_url: https://intranett.example.no/dialogmote/regler.html\n",
    )
    .unwrap();
    std::fs::copy(
        common::root().join("tests/cmd/multi/a.yaml"),
        d.path().join("a.yaml"),
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(d.path())
        .args([
            "lint",
            "--as-of",
            "2026-11-20",
            "--format",
            "sarif",
            "a.yaml",
        ])
        .output()
        .unwrap();
    let sarif: Value = serde_json::from_slice(&out.stdout).unwrap();
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    assert!(!rules.is_empty());
    for r in rules {
        let code = r["id"].as_str().unwrap().to_lowercase();
        assert_eq!(
            r["helpUri"],
            format!("https://intranett.example.no/dialogmote/regler.html#{code}")
        );
    }
    assert_valid(&sarif, "SARIF with helpUri");
}
