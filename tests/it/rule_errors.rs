//! Data-driven tests of rule-file errors: each `tests/rule_errors/NAME.yaml`
//! is given to the linter as an organisation's rule file, which must fail
//! with exactly the error lines of `NAME.expected`, each at
//! `file:line:col`, all of them (not only the first). Adding a case means
//! adding two files. `UPDATE_FIXTURES=1 cargo test --test it rule_errors::`
//! rewrites the expected files (review the diff before committing).

use crate::common;

use dialogmote::Linter;

#[test]
fn rule_files_give_their_expected_errors() {
    let dir = common::root().join("tests/rule_errors");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().and_then(|e| e.to_str()) == Some("yaml"))
        .collect();
    cases.sort();
    assert!(cases.len() >= 13, "only {} cases", cases.len());
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let mut failures = Vec::new();
    for case in &cases {
        let name = format!(
            "tests/rule_errors/{}",
            case.file_name().unwrap().to_string_lossy()
        );
        let text = std::fs::read_to_string(case).unwrap();
        let got = match Linter::builder().rule_file(&name, text).build() {
            Ok(_) => "(no error)\n".to_owned(),
            Err(e) => e.problems().iter().map(|p| format!("{p}\n")).collect(),
        };
        let expected = case.with_extension("expected");
        if update {
            std::fs::write(&expected, &got).unwrap();
            continue;
        }
        let want = std::fs::read_to_string(&expected).unwrap_or_default();
        if got != want {
            failures.push(format!("{name}:\n--- expected\n{want}--- got\n{got}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn several_errors_come_one_a_line() {
    let text =
        std::fs::read_to_string(common::root().join("tests/rule_errors/several-errors.yaml"))
            .unwrap();
    let err = Linter::builder()
        .rule_file("several.yaml", text)
        .build()
        .unwrap_err();
    assert!(err.problems().len() >= 5, "{err}");
    assert_eq!(err.to_string().lines().count(), err.problems().len());
}
