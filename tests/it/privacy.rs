//! No output echoes free text from a document: a marker placed in every
//! free-text field, every name, unknown keys and malformed values (and a
//! fødselsnummer and a diagnosis code) never reaches a message, a help text,
//! a pointer, stdout or stderr, in any format (human on and off a terminal,
//! JSON, SARIF, GitHub, JUnit) or language, unless `--show-source` asks.

use crate::common;

use dialogmote::{Lang, LintOptions};
use std::process::{Command, Stdio};

const MARKER: &str = "zqxmarker";

fn marked_document() -> String {
    let m = MARKER;
    let base = std::fs::read_to_string(common::root().join("examples/complete.yaml")).unwrap();
    // Every string value that is free text (not a date, time, enum or role) gets the marker.
    let mut out = String::new();
    for line in base.lines() {
        let free_text_keys = [
            "location:",
            "name:",
            "function:",
            "absence_reason:",
            "notes:",
            "functional_ability:",
            "adjustments_experience:",
            "adjustments_made:",
            "what_worked:",
            "what_did_not_work:",
            "not_implemented:",
            "lege:",
            "summary:",
            "description:",
            "employer_comment:",
            "note:",
            "assessed:",
            "agreed:",
            "workplace_arena_how:",
            "what:",
            "author:",
        ];
        let trimmed = line.trim_start().trim_start_matches("- ");
        if free_text_keys.iter().any(|k| trimmed.starts_with(k)) {
            out.push_str(&format!("{line} {m} {m}-Kari\n"));
        } else {
            out.push_str(line);
            out.push('\n');
        }
    }
    // Owners that are names nobody has, an unknown key that is a name, bad values.
    out = out.replace("owner: Ola Hansen", &format!("owner: {m} Hansen"));
    out = out.replace(
        "  mode: in_person",
        &format!("  mode: {m}\n  {m}_key: 1\n  \"{m} Nordmann\": x"),
    );
    out = out.replace("  date: 2026-11-16", &format!("  date: \"{m}\""));
    out = out.replace("  start: \"09:00\"", &format!("  start: \"{m}\""));
    out = out.replace(
        "    attended: true\n  - role: arbeidsgiver",
        &format!("    attended: {m}\n  - role: arbeidsgiver"),
    );
    out = out.replace(
        "  recipients: [arbeidstaker,",
        &format!("  recipients: [{m}, arbeidstaker,"),
    );
    out.push_str(&format!("x_{m}: \"fnr 15058500027 {m} F32.1\"\n"));
    out
}

#[test]
fn no_message_help_or_pointer_contains_document_text() {
    let doc = marked_document();
    assert!(doc.matches(MARKER).count() > 30);
    let findings = common::linter().lint_str(&doc, &LintOptions::new(common::date("2026-11-20")));
    for lang in Lang::ALL {
        assert!(
            findings.len() >= 8,
            "the marked document has problems: {findings:#?}"
        );
        for f in &findings {
            let all = format!(
                "{} {} {}",
                f.message.get(lang),
                f.help.as_ref().map_or("", |h| h.get(lang)),
                f.pointer
            );
            assert!(!all.to_lowercase().contains(MARKER), "{}: {all}", f.code);
            assert!(
                !all.contains("Kari")
                    && !all.contains("Hansen")
                    && !all.contains("15058500027")
                    && !all.contains("F32"),
                "{}: {all}",
                f.code
            );
        }
    }
}

/// What a leak looks like: the marker, the fødselsnummer or the diagnosis
/// code planted in the document.
fn leak(text: &str) -> Option<&'static str> {
    let lower = text.to_lowercase();
    [MARKER, "15058500027", "f32.1"]
        .into_iter()
        .find(|n| lower.contains(n))
}

/// SARIF without `tool.driver` (fixed rule metadata, whose examples name a
/// diagnosis code and a fødselsnummer of their own).
fn sarif_results(text: &str) -> String {
    let mut sarif: serde_json::Value = serde_json::from_str(text).expect("SARIF is JSON");
    let runs = sarif["runs"].as_array_mut().expect("SARIF has runs");
    assert!(!runs.is_empty());
    for run in runs {
        let tool = run.as_object_mut().unwrap().remove("tool");
        assert!(tool.is_some(), "a SARIF run names its tool");
    }
    sarif.to_string()
}

fn run_on_stdin(args: &[&str], doc: &str) -> std::process::Output {
    let mut all = vec!["lint", "--as-of", "2026-11-20"];
    all.extend_from_slice(args);
    all.push("-");
    common::run_with_stdin(&all, doc)
}

/// Every format, in both languages, off a terminal: findings (each format
/// shows DM002 and DM801), and none of the planted text.
#[test]
fn no_output_format_prints_document_text() {
    let doc = marked_document();
    for lang in ["nb", "en"] {
        for format in ["human", "json", "sarif", "github", "junit"] {
            let out = run_on_stdin(&["--format", format, "--lang", lang], &doc);
            assert_eq!(out.status.code(), Some(1), "{format} {lang}");
            let stdout = String::from_utf8_lossy(&out.stdout);
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert!(
                stdout.contains("DM002") && stdout.contains("DM801"),
                "{format} {lang}: {stdout}"
            );
            let checked = if format == "sarif" {
                sarif_results(&stdout)
            } else {
                stdout.to_string()
            };
            for text in [&checked, &stderr.to_string()] {
                assert_eq!(leak(text), None, "{format} {lang}: {text}");
            }
        }
    }
}

/// Runs the binary on a pseudo-terminal (`script` from util-linux), so that
/// standard output is a terminal; returns what the terminal showed.
fn on_a_terminal(path: &std::path::Path, lang: &str, ci: bool) -> String {
    let cmd = format!(
        "'{}' lint --as-of 2026-11-20 --lang {lang} '{}'",
        env!("CARGO_BIN_EXE_dialogmote"),
        path.display()
    );
    let mut script = Command::new("script");
    script
        .args(["-qec", &cmd, "/dev/null"])
        .env_remove("NO_COLOR");
    if ci {
        script.env("CI", "true");
    } else {
        script.env_remove("CI");
    }
    let out = script
        .stdin(Stdio::null())
        .output()
        .expect("`script` (util-linux) runs the binary on a terminal");
    assert_eq!(out.status.code(), Some(1), "{lang} ci={ci}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// Human output on a terminal, in both languages: under CI no document text
/// at all; on a person's terminal the source lines (by design, README) but
/// never in a finding's message or help line. The colour shows the output
/// really went to a terminal.
#[test]
fn human_output_on_a_terminal_prints_document_text_only_as_source_lines() {
    let dir = std::env::temp_dir().join(format!("dialogmote-privacy-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("referat.yaml");
    std::fs::write(&path, marked_document()).unwrap();
    for lang in ["nb", "en"] {
        let ci = on_a_terminal(&path, lang, true);
        assert!(
            ci.contains("\x1b["),
            "coloured: on a terminal ({lang}): {ci}"
        );
        assert!(ci.contains("DM801"), "{ci}");
        assert_eq!(leak(&ci), None, "CI on a terminal ({lang}): {ci}");

        let person = on_a_terminal(&path, lang, false);
        assert!(
            leak(&person).is_some(),
            "a person's terminal shows the source lines ({lang}): {person}"
        );
        for line in person.lines() {
            // A source line is `N | text`; everything else is ours.
            let source_line = line
                .split_once(" | ")
                .is_some_and(|(n, _)| n.trim().chars().all(|c| c.is_ascii_digit()));
            if !source_line {
                assert_eq!(leak(line), None, "{lang}: {line}");
            }
        }
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// The positive control: asked for the source, the marker shows, so the
/// test above would see a leak.
#[test]
fn show_source_is_the_only_way_to_print_document_text() {
    let out = run_on_stdin(&["--show-source"], &marked_document());
    assert!(String::from_utf8_lossy(&out.stdout).contains(MARKER));
}

fn fires(code: &str, text: &str) -> bool {
    let doc = serde_json::json!({
        "format": "dialogmote1/v1",
        "meeting": {"date": "2026-11-16"},
        "introduction": {"notes": text}
    });
    common::linter()
        .lint_value(&doc, &common::opts())
        .iter()
        .any(|f| f.code == code && f.pointer == "/introduction/notes")
}

/// Recall: valid fødselsnumre and D-numbers, with and without a separator.
#[test]
fn dm801_finds_valid_identity_numbers() {
    for n in [
        "15058500027",
        "01019000083",
        "41019000077",
        "010190 00083",
        "150585.00027",
        "41019000158",
    ] {
        assert!(fires("DM801", &format!("Gjelder {n} i saken")), "{n}");
        assert!(fires("DM801", n), "{n} alone");
    }
}

/// Precision: numbers that look alike but are not identity numbers.
#[test]
fn dm801_ignores_near_misses() {
    for text in [
        "Ring 98765432 eller +47 987 65 432",           // phone numbers
        "Org.nr. 987654321 og 987 654 321",             // organisation numbers (9 digits)
        "Konto 12345678903 og 1234.56.78903", // bank account numbers (11 digits, mod 11 on the last)
        "Kontonummer 86011117947",            // a valid bank account number
        "Møtet 16.11.2026 kl. 09.00, neste 14.12.2026", // dates and times
        "15058500028",                        // a wrong check digit
        "150585000271",                       // 12 digits
        "3015058500027",                      // part of a longer number
        "31029000083",                        // 31 February
        "15058500027".get(..10).unwrap(),     // 10 digits
    ] {
        assert!(!fires("DM801", text), "{text}");
    }
}

#[test]
fn dm802_finds_diagnosis_codes() {
    for text in [
        "Sykmeldt med F32.1",
        "diagnose: F41",
        "Diagnosen er P76",
        "ICD-10 F43.2",
        "ICPC-2 L03",
        "dx M54",
        "kode F32 (diagnose)",
    ] {
        assert!(fires("DM802", text), "{text}");
    }
}

#[test]
fn dm802_ignores_room_names_product_codes_and_times() {
    for text in [
        "Møterom B12, 3. etasje",
        "Bestilt skjerm av type P24 og pult E18",
        "Kl. 9.30 i rom A1",
        "Uke 47, versjon 2.1",
        "Vi diskuterte ikke diagnose",
        "Hev-senk-pult modell X200",
    ] {
        assert!(!fires("DM802", text), "{text}");
    }
}

/// The privacy fuzz target's first find (`fuzz/regressions/`): a fødselsnummer
/// used as a key twice was printed by DM001 ("nøkkelen `…` står to ganger").
/// Every format, both languages.
#[test]
fn a_duplicate_key_is_not_printed() {
    let doc = std::fs::read_to_string(
        crate::common::root().join("fuzz/regressions/privacy-duplicate-key-in-dm001.yaml"),
    )
    .unwrap();
    assert!(doc.matches("01019000083").count() >= 2);
    for lang in ["nb", "en"] {
        for format in ["human", "json", "sarif", "github", "junit"] {
            let out = run_on_stdin(&["--format", format, "--lang", lang], &doc);
            let stdout = String::from_utf8_lossy(&out.stdout);
            assert!(stdout.contains("DM001"), "{format} {lang}: {stdout}");
            let checked = if format == "sarif" {
                sarif_results(&stdout)
            } else {
                stdout.to_string()
            };
            let stderr = String::from_utf8_lossy(&out.stderr).to_string();
            for text in [&checked, &stderr] {
                assert!(!text.contains("01019000083"), "{format} {lang}: {text}");
                assert!(!text.contains("zqxmarker"), "{format} {lang}: {text}");
            }
        }
    }
}

/// On a person's terminal, and even with `--show-source`, the source line
/// under a privacy finding shows the rest of the line but not what the
/// rule found: an identity number or a diagnosis code is masked (a
/// screenshot of the terminal or a support ticket would carry it).
#[test]
fn what_a_privacy_rule_found_is_masked_in_the_source_line() {
    let dir = std::env::temp_dir().join(format!("dialogmote-mask-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("referat.yaml");
    let doc = "format: dialogmote1/v1\nmeeting:\n  date: 2026-11-16\nintroduction:\n  notes: Saken gjelder 15058500027 hos oss\nstatus:\n  summary: Diagnose M75.1 er kjent\n";
    std::fs::write(&path, doc).unwrap();
    for lang in ["nb", "nn", "en"] {
        let person = on_a_terminal(&path, lang, false);
        assert!(person.contains("DM801"), "{person}");
        assert!(
            person.contains("hos oss"),
            "the rest of the line shows: {person}"
        );
        assert!(person.contains("•••••••••••"), "{person}");
        assert!(!person.contains("15058500027"), "{lang}: {person}");
        assert!(!person.contains("M75.1"), "{lang}: {person}");
    }
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .args(["lint", "--show-source", "--as-of", "2026-11-20"])
        .arg(&path)
        .output()
        .unwrap();
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(shown.contains("Saken gjelder"), "{shown}");
    assert!(
        !shown.contains("15058500027") && !shown.contains("M75.1"),
        "{shown}"
    );
    std::fs::remove_dir_all(&dir).ok();
}
