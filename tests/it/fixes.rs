//! Data-driven tests of the fixes: each case in `tests/fixes/` is an input
//! `NAME.yaml` (or `NAME.json`), the text expected after
//! `Linter::fix(.., FixLevel::Safe)` in `NAME.fixed.yaml` (or `.json`), and
//! the findings left after fixing in `NAME.left`, one a line: `LINE CODE
//! POINTER`. A case whose name starts with `unsafe-` is fixed at
//! `FixLevel::Unsafe`. Every case is also checked to be fixed once and for
//! all (fixing the result again changes nothing), and a fixed JSON case to
//! be JSON still. Adding a case means adding its input and running
//! `UPDATE_FIXTURES=1 cargo test --test it fixes::`, which writes the other two
//! files (review the diff before committing).
//!
//! The suppression action for editors is tested here too: it inserts a
//! comment that suppresses the finding once a reason is written, and the
//! fix driver never applies it.

use crate::common;

use dialogmote::{FixLevel, Linter, Source, SourceKind, suppression_fix};
use std::fmt::Write;
use std::path::{Path, PathBuf};

fn kind_of(path: &Path) -> SourceKind {
    if path.extension().is_some_and(|e| e == "json") {
        SourceKind::Json
    } else {
        SourceKind::Yaml
    }
}

fn source<'a>(path: &Path, bytes: &'a [u8]) -> Source<'a> {
    Source::from_bytes(path.display().to_string(), bytes).with_kind(kind_of(path))
}

fn cases() -> Vec<PathBuf> {
    let dir = common::root().join("tests/fixes");
    let mut cases: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            (name.ends_with(".yaml") || name.ends_with(".json")) && !name.contains(".fixed.")
        })
        .collect();
    cases.sort();
    cases
}

/// `NAME.fixed.EXT` beside `NAME.EXT`.
fn fixed_path(case: &Path) -> PathBuf {
    let ext = case.extension().unwrap().to_string_lossy();
    case.with_extension(format!("fixed.{ext}"))
}

fn left(linter: &Linter, path: &Path, text: &str) -> String {
    let report = linter.lint(
        &Source::from_str(path.display().to_string(), text).with_kind(kind_of(path)),
        &common::opts(),
    );
    let mut out = String::new();
    for f in &report.findings {
        let line = f.location.map_or(0, |l| l.line);
        let _ = writeln!(out, "{line} {} {}", f.code, f.pointer);
    }
    out
}

#[test]
fn each_case_is_fixed_as_expected() {
    let cases = cases();
    assert!(cases.len() >= 15, "only {} cases", cases.len());
    let update = std::env::var_os("UPDATE_FIXTURES").is_some();
    let linter = common::linter();
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let level = if name.starts_with("unsafe-") {
            FixLevel::Unsafe
        } else {
            FixLevel::Safe
        };
        let bytes = std::fs::read(case).unwrap();
        let fixed = linter.fix(&source(case, &bytes), &common::opts(), level);
        let left = left(linter, case, &fixed.text);

        // Fixed once and for all.
        let again = linter.fix(&source(case, fixed.text.as_bytes()), &common::opts(), level);
        if again.changed() || again.text != fixed.text {
            failures.push(format!("{name}: fixing twice changed the text again"));
        }
        if kind_of(case) == SourceKind::Json
            && serde_json::from_str::<serde_json::Value>(fixed.text.trim_start_matches('\u{feff}'))
                .is_err()
        {
            failures.push(format!("{name}: the fixed text is no longer JSON"));
        }
        if fixed.text.contains("dialogmote: ignore")
            && !String::from_utf8_lossy(&bytes).contains("dialogmote: ignore")
        {
            failures.push(format!("{name}: fixing inserted a suppression"));
        }
        for (path, got) in [
            (fixed_path(case), &fixed.text),
            (case.with_extension("left"), &left),
        ] {
            if update {
                std::fs::write(&path, got.as_bytes()).unwrap();
                continue;
            }
            let want = std::fs::read_to_string(&path).unwrap_or_default();
            if &want != got {
                failures.push(format!(
                    "{}:\n--- expected\n{want}\n--- got\n{got}",
                    path.display()
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Every fix the folder's cases get is applied: the safe ones by the Safe
/// level, the rest by the Unsafe level (an `unsafe-` case). So the folder
/// shows each kind of fix at work, and a case whose fix stopped applying
/// shows in its `.fixed` file.
#[test]
fn the_cases_cover_every_kind_of_fix() {
    let linter = common::linter();
    let mut titles = std::collections::BTreeSet::new();
    for case in cases() {
        let bytes = std::fs::read(&case).unwrap();
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let level = if name.starts_with("unsafe-") {
            FixLevel::Unsafe
        } else {
            FixLevel::Safe
        };
        let fixed = linter.fix(&source(&case, &bytes), &common::opts(), level);
        for a in fixed.applied {
            // The English title up to its first backtick: the kind of fix.
            let kind = a
                .title
                .en
                .split('`')
                .next()
                .unwrap_or_default()
                .trim()
                .to_owned();
            titles.insert(format!(
                "{kind}{}",
                if a.title.en.contains("check it") {
                    " (guess)"
                } else {
                    ""
                }
            ));
        }
    }
    let want = [
        "correct the field name to",
        "put the value in quotes to make it text",
        "write",
        "write (guess)",
        "write the date as",
        "write the date as (guess)",
        "write the number without",
        "write the number without quotes",
        "write the time as",
    ];
    for w in want {
        assert!(titles.contains(w), "no case applies `{w}`: {titles:?}");
    }
}

/// A referat with findings that no fix mends (rule findings): `--fix` and
/// `--fix-unsafe` leave it as it is, and never insert a suppression.
#[test]
fn fixing_never_inserts_a_suppression() {
    let linter = common::linter();
    let text = std::fs::read_to_string(common::root().join("tests/fixtures/action-problems.yaml"))
        .unwrap();
    let report = linter.lint(&Source::from_str("a.yaml", &text), &common::opts());
    assert!(report.findings.len() > 2, "{:?}", report.findings);
    // Each of them has a suppression action for an editor …
    let source = Source::from_str("a.yaml", &text);
    assert!(
        report
            .findings
            .iter()
            .any(|f| suppression_fix(&source, f).is_some())
    );
    // … which the fix driver does not take.
    for level in [FixLevel::Safe, FixLevel::Unsafe] {
        let fixed = linter.fix(&source, &common::opts(), level);
        assert!(!fixed.changed(), "{:?}", fixed.applied);
        assert_eq!(fixed.text, text);
    }
}

/// The document with `line` (1-based) of `text` replaced by `with`.
fn replace_line(text: &str, line: usize, with: &str) -> String {
    let mut lines: Vec<&str> = text.split_inclusive('\n').collect();
    lines[line - 1] = with;
    lines.concat()
}

const REFERAT: &str = "tests/fixtures/complete.yaml";

fn complete() -> String {
    std::fs::read_to_string(common::root().join(REFERAT)).unwrap()
}

/// The findings of `text` with `code`, and those suppressed with it.
fn outcome(text: &str, code: &str) -> (usize, usize) {
    let report = common::linter().lint(&Source::from_str("r.yaml", text), &common::opts());
    (
        report.findings.iter().filter(|f| f.code == code).count(),
        report
            .suppressed
            .iter()
            .filter(|s| s.finding.code == code)
            .count(),
    )
}

/// Applies the suppression action of the one `code` finding of `text`,
/// types `reason` where the cursor is left (the end of the inserted text,
/// before its line break), and returns the new text.
fn suppress(text: &str, code: &str, reason: &str) -> Option<String> {
    let source = Source::from_str("r.yaml", text);
    let report = common::linter().lint(&source, &common::opts());
    let finding = report.findings.iter().find(|f| f.code == code)?;
    let fix = suppression_fix(&source, finding)?;
    assert_eq!(fix.applicability, dialogmote::Applicability::Unsafe);
    assert!(fix.title.en.contains(code) && fix.title.nn.contains("grunngjevinga"));
    assert_eq!(fix.edits.len(), 1);
    let e = &fix.edits[0];
    assert_eq!(e.start, e.end, "an insertion");
    let cursor = e.start + e.replacement.trim_end_matches(['\r', '\n']).len();
    let mut edit = e.clone();
    edit.replacement.insert_str(cursor - e.start, reason);
    let with_reason = dialogmote::Fix::new(fix.title.clone(), fix.applicability, vec![edit]);
    // Offsets count a BOM, as the source's bytes do.
    let mut bytes = text.to_owned();
    if source.bom_len() > 0 && !bytes.starts_with('\u{feff}') {
        bytes.insert(0, '\u{feff}');
    }
    dialogmote::apply_fixes(&bytes, [&with_reason])
}

#[test]
fn the_suppression_action_suppresses_once_a_reason_is_written() {
    // DM508: an owner who is no participant, in a list item.
    let text = complete().replace("      owner: lege\n", "      owner: Ekstern\n");
    assert_eq!(outcome(&text, "DM508"), (1, 0));
    let done = suppress(&text, "DM508", "ekstern konsulent").unwrap();
    assert!(
        done.contains(
            "      # dialogmote: ignore DM508 -- ekstern konsulent\n      owner: Ekstern\n"
        ),
        "{done}"
    );
    assert_eq!(outcome(&done, "DM508"), (0, 1));
    // Without a reason it is a DM005 (as the title says: write one).
    let bare = suppress(&text, "DM508", "").unwrap();
    assert_eq!(outcome(&bare, "DM005").0, 1);
}

#[test]
fn the_suppression_keeps_crlf_and_a_bom() {
    let text = format!(
        "\u{feff}{}",
        complete()
            .replace("      owner: lege\n", "      owner: Ekstern\n")
            .replace('\n', "\r\n")
    );
    assert_eq!(outcome(&text, "DM508"), (1, 0));
    let done = suppress(&text, "DM508", "ekstern").unwrap();
    assert!(done.starts_with('\u{feff}'));
    assert!(
        done.contains(
            "\r\n      # dialogmote: ignore DM508 -- ekstern\r\n      owner: Ekstern\r\n"
        ),
        "{done:?}"
    );
    assert!(!done.replace("\r\n", "").contains('\n'));
    assert_eq!(outcome(&done, "DM508"), (0, 1));
}

#[test]
fn under_a_suppression_comment_the_new_one_goes_at_the_end_of_the_line() {
    // The line above already suppresses something else on the finding's line.
    let text = complete().replace(
        "      owner: lege\n",
        "      # dialogmote: ignore DM509 -- annet\n      owner: Ekstern\n",
    );
    let done = suppress(&text, "DM508", "ekstern").unwrap();
    assert!(
        done.contains(
            "      # dialogmote: ignore DM509 -- annet\n      owner: Ekstern  # dialogmote: ignore DM508 -- ekstern\n"
        ),
        "{done}"
    );
    assert_eq!(outcome(&done, "DM508"), (0, 1));
}

#[test]
fn no_suppression_action_where_no_comment_can_reach() {
    let linter = common::linter();
    // JSON has no comments.
    let json = r#"{"format": "dialogmote1/v1", "meeting": {"date": "2026-11-16"}}"#;
    let source = Source::from_str("a.json", json).with_kind(SourceKind::Json);
    let report = linter.lint(&source, &common::opts());
    assert!(!report.findings.is_empty());
    assert!(
        report
            .findings
            .iter()
            .all(|f| suppression_fix(&source, f).is_none())
    );
    // DM001 (a syntax error) and DM003 (no format) can never be suppressed.
    for text in ["format: [\n", "meeting:\n  date: 2026-11-16\n"] {
        let source = Source::from_str("a.yaml", text);
        let report = linter.lint(&source, &common::opts());
        assert!(!report.findings.is_empty());
        for f in &report.findings {
            assert!(suppression_fix(&source, f).is_none(), "{}", f.code);
        }
    }
    // A national id on the second line of a block scalar: a comment there
    // would be text.
    let base = complete();
    let notes = base[..base.find("  notes: Alle fikk").unwrap()]
        .matches('\n')
        .count()
        + 1;
    let text = replace_line(
        &base,
        notes,
        "  notes: |\n    Alle fikk presentere seg.\n    Fnr 15058500027 ble nevnt.\n",
    );
    let source = Source::from_str("r.yaml", &text);
    let report = linter.lint(&source, &common::opts());
    let f = report
        .findings
        .iter()
        .find(|f| f.code == "DM801")
        .expect("the national id is found");
    assert_eq!(f.location.unwrap().line, notes + 2);
    assert_eq!(suppression_fix(&source, f), None);
}

/// The fixture and hostile corpora, fixed: what is left has no safe fix
/// (it needs a person), a document that could be read still can, and fixing
/// again changes nothing.
#[test]
fn fixing_the_corpora_leaves_only_what_needs_a_person() {
    let linter = common::linter();
    let mut applied = 0;
    for folder in ["tests/fixtures", "tests/hostile"] {
        let dir = common::root().join(folder);
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| {
                p.extension()
                    .is_some_and(|e| e == "yaml" || e == "yml" || e == "json")
            })
            .collect();
        files.sort();
        for path in files {
            let bytes = std::fs::read(&path).unwrap();
            let source = source(&path, &bytes);
            let fixed = linter.fix(&source, &common::opts(), FixLevel::Safe);
            applied += fixed.applied.len();
            if !fixed.changed() {
                continue;
            }
            let name = path.display();
            let after =
                Source::from_str(path.display().to_string(), &fixed.text).with_kind(kind_of(&path));
            let report = linter.lint(&after, &common::opts());
            let safe_left: Vec<_> = report
                .findings
                .iter()
                .filter(|f| {
                    f.fixes
                        .iter()
                        .any(|x| x.applicability == dialogmote::Applicability::Safe)
                })
                .map(|f| format!("{} {}", f.code, f.pointer))
                .collect();
            assert!(safe_left.is_empty(), "{name}: {safe_left:?}");
            assert!(
                after.load(&dialogmote::Limits::default()).is_some(),
                "{name}: no longer readable"
            );
            let again = linter.fix(&after, &common::opts(), FixLevel::Safe);
            assert!(!again.changed(), "{name}: {:?}", again.applied);
        }
    }
    assert!(applied >= 14, "{applied}");
}
