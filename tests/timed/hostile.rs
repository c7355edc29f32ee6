//! Hostile inputs too large to keep in the repository, generated here: each
//! gives the documented finding within a loose time bound, and the binary
//! stays within a loose memory bound. (The small hostile corpus is in
//! tests/hostile/, run by tests/fixtures.rs.)

use crate::common;

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
    let _serial = crate::serial();
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
    let _serial = crate::serial();
    // Compact nested block sequences: `- - - … x`, one level per `- `.
    let text = format!("{HEAD}x:\n  {}x\n", "- ".repeat(100_000));
    assert_only(text.as_bytes(), "DM004");
}

#[test]
fn a_5_mb_single_string_is_linted() {
    let _serial = crate::serial();
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
    let _serial = crate::serial();
    let mut text = String::from(HEAD);
    for _ in 0..10_000 {
        text.push_str("x: 1\n");
    }
    let (got, took) = codes(text.as_bytes());
    assert_eq!(got.len(), 9_999);
    assert!(got.iter().all(|c| c == "DM001"));
    assert!(took < TIME, "took {took:?}");
}

fn participants(n: usize) -> String {
    let mut text = String::from(HEAD);
    text.push_str("participants:\n");
    for i in 0..n {
        text.push_str(&format!(
            "  - {{role: annen, function: f{i}, attended: true}}\n"
        ));
    }
    text
}

/// The best of two runs (the machine is shared; the minimum is the least noisy).
fn best_time(text: &str) -> Duration {
    (0..2)
        .map(|_| {
            let (got, took) = codes(text.as_bytes());
            assert!(got.contains(&"DM101".to_string()));
            took
        })
        .min()
        .unwrap()
}

/// Four times the participants take about four times as long: a quadratic
/// step would take sixteen times as long, so the ratio must stay well under.
/// (12,500 against 50,000 participants: a debug build on a shared machine;
/// the release build lints 100,000 in well under a second.)
#[test]
fn a_hundred_thousand_participants_stay_linear() {
    let _serial = crate::serial();
    let n = 12_500;
    let small = best_time(&participants(n));
    let large = best_time(&participants(4 * n));
    let ratio = large.as_secs_f64() / small.as_secs_f64();
    eprintln!(
        "{n} participants: {small:?}; {}: {large:?}; ratio {ratio:.2}",
        4 * n
    );
    assert!(
        ratio < 8.0,
        "{n} participants took {small:?}, {} took {large:?}: ratio {ratio:.1} (linear is 4, quadratic 16)",
        4 * n
    );
    assert!(large < 3 * TIME, "took {large:?}");
}

fn write_big_file(path: &std::path::Path, megabytes: usize) {
    let mut f = std::io::BufWriter::new(std::fs::File::create(path).unwrap());
    f.write_all(HEAD.as_bytes()).unwrap();
    let line = "# fyll fyll fyll fyll fyll fyll fyll fyll fyll fyll fyll fyll\n";
    for _ in 0..(megabytes * 1024 * 1024 / line.len()) {
        f.write_all(line.as_bytes()).unwrap();
    }
}

fn assert_one_size_finding(out: &std::process::Output) {
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let f = &report["files"][0]["findings"];
    assert_eq!(f.as_array().unwrap().len(), 1, "{f}");
    assert_eq!(f[0]["code"], "DM004");
    assert_eq!(
        (f[0]["line"].as_u64(), f[0]["column"].as_u64()),
        (Some(1), Some(1))
    );
}

/// Runs the binary on a file under GNU time; the exit status and report,
/// and the peak resident set in KiB.
fn peak_rss_kib(path: &std::path::Path) -> (std::process::Output, u64) {
    assert!(
        std::path::Path::new("/usr/bin/time").exists(),
        "this test reads the peak memory with GNU time: install it (`apt-get install time`)"
    );
    let rss_file = path.with_extension("rss");
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%M", "-o"])
        .arg(&rss_file)
        .arg(env!("CARGO_BIN_EXE_dialogmote"))
        .args([
            "lint",
            "--format",
            "json",
            "--as-of",
            "2026-11-20",
            "--jobs",
            "1",
        ])
        .arg(path)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .unwrap();
    let rss = std::fs::read_to_string(&rss_file).unwrap();
    let kib = rss.trim().lines().last().unwrap().parse().unwrap();
    (out, kib)
}

/// The binary reads at most the size limit (8 MiB) plus one byte, so a
/// 50 MB file costs no more memory than a 9 MB one: both refused with DM004,
/// and the peak resident set stays below the 50 MB a full read would need.
#[test]
fn a_50_mb_file_is_refused_quickly_within_bounded_memory() {
    let _serial = crate::serial();
    let dir = std::env::temp_dir().join(format!("dialogmote-hostile-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let big = dir.join("big.yaml");
    let just_over = dir.join("just-over.yaml");
    write_big_file(&big, 50);
    write_big_file(&just_over, 9);
    let start = Instant::now();
    let (out, big_kib) = peak_rss_kib(&big);
    let took = start.elapsed();
    let (out_small, small_kib) = peak_rss_kib(&just_over);
    std::fs::remove_dir_all(&dir).ok();
    assert_one_size_finding(&out);
    assert_one_size_finding(&out_small);
    assert!(took < TIME, "took {took:?}");
    assert!(
        big_kib < 40 * 1024,
        "peak memory {big_kib} KiB for a 50 MB file: it was read beyond the limit"
    );
    assert!(
        big_kib < small_kib + 4 * 1024,
        "a 50 MB file took {big_kib} KiB, a 9 MB one {small_kib} KiB: the read is not capped"
    );
}

/// The bytes read, counted from outside: 50 MB offered on standard input,
/// and the binary stops reading after the limit plus one byte (what a pipe
/// holds comes on top).
#[test]
fn fifty_mb_on_stdin_is_not_read_beyond_the_limit() {
    let _serial = crate::serial();
    let mut child = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .args(["lint", "--format", "json", "--as-of", "2026-11-20", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = [b'#'; 64 * 1024];
        let mut written = 0usize;
        stdin.write_all(HEAD.as_bytes()).unwrap();
        while written < 50 * 1024 * 1024 {
            match stdin.write(&chunk) {
                Ok(n) => written += n,
                Err(_) => break, // the reader closed the pipe
            }
        }
        written + HEAD.len()
    });
    let out = child.wait_with_output().unwrap();
    let written = writer.join().unwrap();
    assert_one_size_finding(&out);
    let limit = 8 * 1024 * 1024;
    // Linux pipes hold at most 1 MiB (64 KiB by default).
    assert!(
        written <= limit + 1 + 1024 * 1024 + 64 * 1024,
        "the binary read {written} bytes of standard input; the limit is {limit}"
    );
}

/// Every small hostile case, through the binary, exits 1 (findings), never
/// 2 or a crash, within the time bound.
#[test]
fn the_binary_survives_every_hostile_case() {
    let _serial = crate::serial();
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
