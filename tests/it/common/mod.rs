//! Helpers shared by the integration tests.
#![allow(dead_code)]

use chrono::NaiveDate;
use dialogmote::{LintOptions, Linter};
use std::path::PathBuf;
use std::sync::OnceLock;

/// Whether the tests run in CI: the `CI` variable set and not `false` or
/// `0`, as `tests/integration/common.sh` reads it (GitHub sets `true`,
/// others `1`). There a check whose tool is missing fails instead of
/// skipping.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

pub fn linter() -> &'static Linter {
    static L: OnceLock<Linter> = OnceLock::new();
    L.get_or_init(|| Linter::new().expect("built-in rules compile"))
}

pub fn date(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn opts() -> LintOptions {
    LintOptions::new(date("2026-11-20"))
}

/// The repository's root. These tests belong to the program's package
/// (`crates/cli`, which alone is given the program's path), and read the
/// library's files from the top.
pub fn root() -> PathBuf {
    let root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    root.canonicalize().unwrap_or(root)
}

/// The built-in rule files as shipped (`rules/*.yaml`), by the name a
/// finding's rule gives (`rules/input.yaml`), in name order.
pub fn builtin_rule_files() -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = std::fs::read_dir(root().join("rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "yaml"))
        .map(|p| {
            let name = format!("rules/{}", p.file_name().unwrap().to_string_lossy());
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    out.sort();
    out
}

/// `../shared` beside the project, when present (tests may read it; the product never does).
pub fn shared() -> Option<PathBuf> {
    let p = root().join("../shared");
    p.is_dir().then_some(p)
}

/// Runs the binary with `args` and `stdin` as its standard input, with the
/// `CI` variable unset; the exit status, stdout and stderr.
pub fn run_with_stdin(args: &[&str], stdin: &str) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dialogmote"));
    cmd.args(args).env_remove("CI");
    with_stdin(&mut cmd, stdin)
}

/// Runs the binary in `dir` with `args` and `stdin` as its standard input.
pub fn run_in_with_stdin(
    dir: &std::path::Path,
    args: &[&str],
    stdin: &str,
) -> std::process::Output {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_dialogmote"));
    cmd.current_dir(dir).args(args);
    with_stdin(&mut cmd, stdin)
}

/// Runs `cmd` with `stdin` as its standard input, written from a thread.
pub fn with_stdin(
    cmd: &mut std::process::Command,
    stdin: impl AsRef<[u8]>,
) -> std::process::Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = cmd
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.as_ref().to_vec();
    // Write from a thread: a large input must not block on a full stdout.
    let writer = std::thread::spawn(move || input.write_all(&bytes));
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap().ok();
    out
}

/// Runs the binary in `dir` with `args` and no standard input.
pub fn run_in(dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(dir)
        .args(args)
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

/// What a run wrote to standard error, as text.
pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The weights of a fødselsnummer's two check digits, and a check digit
/// computed independently of the engine (the tests' own oracle): `None`
/// where the remainder makes no valid number.
pub const FNR_W1: [u32; 9] = [3, 7, 6, 1, 8, 9, 4, 5, 2];
/// See [`FNR_W1`].
pub const FNR_W2: [u32; 10] = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/// See [`FNR_W1`].
pub fn check_digit(digits: &[u32], weights: &[u32]) -> Option<u32> {
    let sum: u32 = digits.iter().zip(weights).map(|(d, w)| d * w).sum();
    match 11 - sum % 11 {
        11 => Some(0),
        10 => None,
        k => Some(k),
    }
}
