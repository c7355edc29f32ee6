//! Issue 23, item 9: `"\ud83d\ude00"` — a UTF-16 surrogate pair, what
//! Python's `json.dumps` writes for every emoji — is valid JSON (and, in a
//! double-quoted scalar, YAML 1.2, a superset of JSON), and means one
//! character. `lint`, `lint --fix` and `render` used to refuse such a
//! referat with DM001 "unknown escape sequence". A lone surrogate is no
//! character: still DM001, with a message that says so, in every language.

use crate::common;

use std::process::Command;

use dialogmote::*;

const FIXTURE: &str = "tests/fixtures/json-surrogate-pairs.json";

fn dialogmote(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn codes(text: &str, kind: SourceKind) -> Vec<String> {
    let source = Source::from_str("r", text).with_kind(kind);
    common::linter()
        .lint(&source, &common::opts())
        .findings
        .iter()
        .map(|f| f.code.clone())
        .collect()
}

#[test]
fn a_surrogate_pair_is_one_character_in_json_and_in_double_quoted_yaml() {
    let json = std::fs::read_to_string(common::root().join(FIXTURE)).unwrap();
    let value = |text: &str| {
        Minutes::parse(text)
            .expect("loads")
            .meeting
            .location
            .unwrap()
    };
    let fixed = json.replace("\"9.00\"", "\"09:00\"");
    assert_eq!(codes(&fixed, SourceKind::Json), Vec::<String>::new());
    assert_eq!(value(&fixed), "Møterom 😀 Fjord, Storgata 12, Tromsø");
    // The same in YAML: a pair in double quotes, as JSON; upper case hex too.
    let complete = include_str!("../../examples/complete.yaml");
    let yaml = complete.replace(
        "location: Møterom Fjord, Storgata 12, Tromsø",
        "location: \"M\\u00f8terom \\uD83D\\uDE00 \\ud83d\\ude00Fjord\"",
    );
    assert_eq!(codes(&yaml, SourceKind::Yaml), Vec::<String>::new());
    assert_eq!(value(&yaml), "Møterom 😀 😀Fjord");
    // As a key, and where the text is not an escape (single quotes, plain,
    // block, a comment, an escaped backslash), the characters stay as written.
    let yaml = complete.replace(
        "location: Møterom Fjord, Storgata 12, Tromsø",
        "location: 'a \\ud83d\\ude00' # \\ud83d\n  \"\\ud83d\\ude00\": 1",
    );
    let doc = Source::from_str("r", &yaml)
        .load(&Limits::default())
        .unwrap();
    assert_eq!(doc.value()["meeting"]["location"], "a \\ud83d\\ude00");
    assert_eq!(doc.value()["meeting"]["😀"], 1);
    for (written, read) in [
        ("plain \\ud83d\\ude00 x", "plain \\ud83d\\ude00 x"),
        ("\"\\\\ud83d\\\\ude00\"", "\\ud83d\\ude00"),
        ("|\n    \\ud83d\n", "\\ud83d\n"),
        // A block scalar's text may begin as an anchor or a tag would; it
        // is text all the same (the CI's proptest found the first).
        ("|-\n    &a\\ud83d\n    \"", "&a\\ud83d\n\""),
        (">-\n    !t \\ud83d\\ude00", "!t \\ud83d\\ude00"),
        ("&x |-\n    &a \\ud83d", "&a \\ud83d"),
    ] {
        let yaml = complete.replace(
            "location: Møterom Fjord, Storgata 12, Tromsø",
            &format!("location: {written}"),
        );
        let doc = Source::from_str("r", &yaml)
            .load(&Limits::default())
            .unwrap();
        assert_eq!(doc.value()["meeting"]["location"], read, "{written}");
    }
}

#[test]
fn a_lone_surrogate_is_dm001_saying_so_in_every_language() {
    let complete = include_str!("../../examples/complete.yaml");
    for (written, kind) in [
        ("\"a \\ud83d b\"", SourceKind::Yaml),
        ("\"\\ude00\"", SourceKind::Yaml),
        ("\"\\ude00\\ud83d\"", SourceKind::Yaml),
        ("\"\\ud83d\\u0041\"", SourceKind::Yaml),
    ] {
        let yaml = complete.replace(
            "location: Møterom Fjord, Storgata 12, Tromsø",
            &format!("location: {written}"),
        );
        let source = Source::from_str("r", &yaml).with_kind(kind);
        let found = common::linter().lint(&source, &common::opts()).findings;
        assert_eq!(found.len(), 1, "{written}: {found:?}");
        let f = &found[0];
        assert_eq!(f.code, "DM001");
        assert!(f.message.en.contains("surrogate"), "{}", f.message.en);
        assert!(f.message.nb.contains("halvdel"), "{}", f.message.nb);
        assert!(f.message.nn.contains("halvdel"), "{}", f.message.nn);
        let at = yaml.find("\\ud83d").or(yaml.find("\\ude00")).unwrap();
        let line = yaml[..at].lines().count();
        assert_eq!(f.location.unwrap().line, line, "{written}");
    }
    // JSON, checked strictly by its own parser first.
    let json = std::fs::read_to_string(common::root().join(FIXTURE)).unwrap();
    let lone = json.replace("\\ude00", "x");
    let source = Source::from_str("r.json", &lone).with_kind(SourceKind::Json);
    let found = common::linter().lint(&source, &common::opts()).findings;
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].code, "DM001");
    assert!(
        found[0].message.en.contains("surrogate"),
        "{}",
        found[0].message.en
    );
}

#[test]
fn lint_fix_and_render_take_such_a_referat() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("referat.json");
    std::fs::copy(common::root().join(FIXTURE), &file).unwrap();
    let path = file.to_str().unwrap();
    let out = dialogmote(&["lint", "--as-of", "2026-11-20", "--lang", "en", path]);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(stdout.contains("DM002"), "{stdout}");
    assert!(!stdout.contains("DM001"), "{stdout}");
    let out = dialogmote(&["lint", "--fix", "--as-of", "2026-11-20", path]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
    let fixed = std::fs::read_to_string(&file).unwrap();
    assert!(fixed.contains("\"start\": \"09:00\""), "{fixed}");
    assert!(
        fixed.contains("\\ud83d\\ude00"),
        "the escapes stay as written"
    );
    let html = dir.path().join("referat.html");
    let out = dialogmote(&[
        "render",
        path,
        "--format",
        "html",
        "--as-of",
        "2026-11-20",
        "-o",
        html.to_str().unwrap(),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&html).unwrap();
    assert!(html.contains("Møterom 😀 Fjord"), "{html}");
}
