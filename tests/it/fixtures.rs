//! Data-driven tests: each `tests/fixtures/<case>.{yaml,yml,json}` and each
//! case of the hostile-input corpus `tests/hostile/` is linted
//! (as of 2026-11-20) and compared with `<case>.expected`, one finding a
//! line: `LINE:COL-END_LINE:END_COL CODE POINTER`. Adding a case means
//! adding two files. A case may also have `<case>.messages`: each finding's
//! Norwegian message and help as a user reads them, for the cases whose
//! wording matters (syntax errors, privacy). `UPDATE_FIXTURES=1 cargo test
//! --test it fixtures::` rewrites the expected files, and the messages files that
//! exist (review the diff before committing).

use crate::common;

use dialogmote::{Source, SourceKind};
use std::fmt::Write;

#[test]
fn fixtures_give_their_expected_findings() {
    run_folder("tests/fixtures", 20);
}

#[test]
fn hostile_inputs_give_their_expected_findings() {
    run_folder("tests/hostile", 40);
}

fn run_folder(folder: &str, at_least: usize) {
    let dir = common::root().join(folder);
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            )
        })
        .collect();
    cases.sort();
    assert!(
        cases.len() >= at_least,
        "only {} cases in {folder}",
        cases.len()
    );
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let bytes = std::fs::read(case).unwrap();
        let kind = if case.extension().unwrap() == "json" {
            SourceKind::Json
        } else {
            SourceKind::Yaml
        };
        let source = Source::from_bytes(case.display().to_string(), &bytes).with_kind(kind);
        let findings = common::linter().lint(&source, &common::opts()).findings;
        let mut got = String::new();
        for f in &findings {
            let l = f.location.expect("file input is always located");
            let _ = writeln!(
                got,
                "{}:{}-{}:{} {} {}",
                l.line, l.column, l.end_line, l.end_column, f.code, f.pointer
            );
        }
        let expected_path = case.with_extension("expected");
        let messages_path = case.with_extension("messages");
        if messages_path.exists() {
            let mut got = String::new();
            for f in &findings {
                let l = f.location.expect("file input is always located");
                // Bokmål, then nynorsk, so that both are reviewed in the diff.
                let _ = writeln!(got, "{}:{} {} {}", l.line, l.column, f.code, f.message.nb);
                if let Some(help) = &f.help {
                    let _ = writeln!(got, "  help: {}", help.nb);
                }
                let _ = writeln!(got, "  nn: {}", f.message.nn);
                if let Some(help) = &f.help {
                    let _ = writeln!(got, "  nn help: {}", help.nn);
                }
            }
            if update {
                std::fs::write(&messages_path, &got).unwrap();
            } else {
                let want = std::fs::read_to_string(&messages_path).unwrap();
                if got != want {
                    failures.push(format!(
                        "{}:\n--- expected\n{want}--- got\n{got}",
                        messages_path.display()
                    ));
                }
            }
        }
        if update {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected_path)
            .unwrap_or_else(|_| format!("(missing {})\n", expected_path.display()));
        if got != want {
            failures.push(format!(
                "{}:\n--- expected\n{want}--- got\n{got}",
                case.display()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `complete.yaml` and `complete.json` are the same minutes in two syntaxes
/// and share `complete.expected`; say so explicitly: the same value tree,
/// and both clean.
#[test]
fn complete_yaml_and_json_are_the_same_clean_minutes() {
    let dir = common::root().join("tests/fixtures");
    let mut values = Vec::new();
    for (name, kind) in [
        ("complete.yaml", SourceKind::Yaml),
        ("complete.json", SourceKind::Json),
    ] {
        let bytes = std::fs::read(dir.join(name)).unwrap();
        let source = Source::from_bytes(name, &bytes).with_kind(kind);
        let findings = common::linter().lint(&source, &common::opts()).findings;
        assert!(findings.is_empty(), "{name}: {findings:#?}");
        let doc = source.load(&dialogmote::Limits::default()).unwrap();
        values.push(doc.into_value());
    }
    assert_eq!(values[0], values[1], "the two files hold the same minutes");
    assert_eq!(
        std::fs::read_to_string(dir.join("complete.expected")).unwrap(),
        ""
    );
}
