//! Hostile inputs too large to keep in the repository, generated here: each
//! gives the documented finding within a loose time bound, and the binary
//! stays within a loose memory bound. (The small hostile corpus is in
//! tests/hostile/, run by tests/fixtures.rs.)

mod common;

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Loose: a debug build on a busy 2-core machine. Release runs take a fraction.
const TIME: Duration = Duration::from_secs(20);

fn codes(text: &[u8]) -> (Vec<String>, Duration) {
    let start = Instant::now();
    let findings = common::linter().lint_bytes(text, &common::opts());
    (
        findings.iter().map(|f| f.code.clone()).collect(),
        start.elapsed(),
    )
}

fn assert_only(text: &[u8], code: &str) {
    let (got, took) = codes(text);
    assert_eq!(got, vec![code.to_string()], "expected exactly {code}");
    assert!(took < TIME, "took {took:?}");
}

const HEAD: &str = "format: dialogmote1/v1\nmeeting: {date: 2026-11-16}\n";

#[test]
fn flow_nesting_100_000_deep_is_a_limit_finding() {
    let text = format!("{HEAD}x: {}{}\n", "[".repeat(100_000), "]".repeat(100_000));
    assert_only(text.as_bytes(), "DM004");
    let text = format!(
        "{HEAD}x: {}1{}\n",
        "{a: ".repeat(100_000),
        "}".repeat(100_000)
    );
    assert_only(text.as_bytes(), "DM004");
}

#[test]
fn block_nesting_100_000_deep_is_a_limit_finding() {
    // Compact nested block sequences: `- - - … x`, one level per `- `.
    let text = format!("{HEAD}x:\n  {}x\n", "- ".repeat(100_000));
    assert_only(text.as_bytes(), "DM004");
}

#[test]
fn a_5_mb_single_string_is_linted() {
    let text = format!(
        "{HEAD}introduction: {{notes: \"{}\"}}\n",
        "ordene er mange ".repeat(5 * 1024 * 1024 / 16)
    );
    let (got, took) = codes(text.as_bytes());
    assert!(
        !got.iter().any(|c| c.starts_with("DM00")),
        "no input finding: {got:?}"
    );
    assert!(got.contains(&"DM101".to_string()), "the rules ran");
    assert!(took < TIME, "took {took:?}");
}

#[test]
fn ten_thousand_duplicate_keys_are_each_reported() {
    let mut text = String::from(HEAD);
    for _ in 0..10_000 {
        text.push_str("x: 1\n");
    }
    let (got, took) = codes(text.as_bytes());
    assert_eq!(got.len(), 9_999);
    assert!(got.iter().all(|c| c == "DM001"));
    assert!(took < TIME, "took {took:?}");
}

#[test]
fn a_hundred_thousand_participants_stay_linear() {
    let mut text = String::from(HEAD);
    text.push_str("participants:\n");
    for i in 0..100_000 {
        text.push_str(&format!(
            "  - {{role: annen, function: f{i}, attended: true}}\n"
        ));
    }
    let (got, took) = codes(text.as_bytes());
    assert!(got.contains(&"DM101".to_string()));
    assert!(took < TIME, "took {took:?}");
}

/// The binary reads at most the size limit plus one byte, so a 50 MB file
/// costs no more memory than an 8 MB one. `ulimit -v` bounds the process.
#[test]
fn a_50_mb_file_is_refused_quickly_within_bounded_memory() {
    let dir = std::env::temp_dir().join(format!("dialogmote-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("big.yaml");
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).unwrap());
        f.write_all(HEAD.as_bytes()).unwrap();
        let line = "# fyll fyll fyll fyll fyll fyll fyll fyll fyll fyll fyll fyll\n";
        for _ in 0..(50 * 1024 * 1024 / line.len()) {
            f.write_all(line.as_bytes()).unwrap();
        }
    }
    let start = Instant::now();
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 1048576; exec '{}' lint --format json --as-of 2026-11-20 '{}'",
            env!("CARGO_BIN_EXE_dialogmote"),
            path.display()
        ))
        .stdout(Stdio::piped())
        .output()
        .unwrap();
    let took = start.elapsed();
    std::fs::remove_dir_all(&dir).ok();
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &report["files"][0]["findings"];
    assert_eq!(f.as_array().unwrap().len(), 1);
    assert_eq!(f[0]["code"], "DM004");
    assert_eq!(
        (f[0]["line"].as_u64(), f[0]["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert!(took < TIME, "took {took:?}");
}

/// Every small hostile case, through the binary, exits 1 (findings), never
/// 2 or a crash, within the time bound.
#[test]
fn the_binary_survives_every_hostile_case() {
    let dir = common::root().join("tests/hostile");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let p = entry.unwrap().path();
        if p.extension().is_some_and(|e| e == "expected") {
            continue;
        }
        let start = Instant::now();
        let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
            .args(["lint", "--as-of", "2026-11-20"])
            .arg(&p)
            .output()
            .unwrap();
        let clean = std::fs::read_to_string(p.with_extension("expected"))
            .unwrap()
            .is_empty();
        assert_eq!(
            out.status.code(),
            Some(if clean { 0 } else { 1 }),
            "{}: {}",
            p.display(),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(start.elapsed() < TIME);
        n += 1;
    }
    assert!(n >= 40);
}
