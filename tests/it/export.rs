//! `dialogmote export --to nav-lps` (`follow-up-plan.md` §5): the shared
//! example's exact bytes, every refusal and its exit code, `--force` and
//! mode 0600, outputs that are inputs (through links too), a terminal on
//! standard output, the identity number never anywhere but in the output,
//! and generated plans whose bodies pass NAV's contract or are refused.
//!
//! Runs that need the plan in the engine (the format `oppfolgingsplan1/v1`,
//! `employer`, `revised_plan`; the rules DM901–DM912) first assert that the
//! engine has it ([`plans_are_read`], [`plan_rules_are_in`]).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use proptest::test_runner::{Config as PropConfig, TestRunner};
use serde_json::{Value, json};

use crate::common;
use dialogmote::{
    EmployeeId, ExportError, ExportOptions, Gap, GapKind, IdProblem, Lang, Sender, Source,
    SourceKind,
};

/// NAV's test number of the shared example (synthetic: month 90, October
/// plus 80).
const NAV_TEST_ID: &str = "05908399546";

/// The 22 members of `FollowUpPlanDTO`, in the order of §5.2.
const MEMBERS: [&str; 22] = [
    "employeeIdentificationNumber",
    "typicalWorkday",
    "tasksThatCanStillBeDone",
    "tasksThatCanNotBeDone",
    "previousFacilitation",
    "plannedFacilitation",
    "otherFacilitationOptions",
    "followUp",
    "evaluationDate",
    "sendPlanToNav",
    "needsHelpFromNav",
    "needsHelpFromNavDescription",
    "sendPlanToGeneralPractitioner",
    "messageToGeneralPractitioner",
    "additionalInformation",
    "contactPersonFullName",
    "contactPersonPhoneNumber",
    "contactPersonEmail",
    "employeeHasContributedToPlan",
    "employeeHasNotContributedToPlanDescription",
    "lpsName",
    "lpsEmail",
];

/// Whether the linter reads plans (`follow-up-plan.md` §2–§4): a plan
/// document has a known format. A test that needs it fails without.
fn plans_are_read() -> bool {
    let findings =
        common::linter().lint_str("format: oppfolgingsplan1/v1\nplan: {}\n", &common::opts());
    known(
        !findings.iter().any(|f| f.code == "DM003"),
        "the format oppfolgingsplan1/v1",
    )
}

/// Whether the plan's rules are in the catalogue: DM901 fires on an empty
/// plan (as [`plans_are_read`]: a failure without).
fn plan_rules_are_in() -> bool {
    let findings =
        common::linter().lint_str("format: oppfolgingsplan1/v1\nplan: {}\n", &common::opts());
    known(
        findings.iter().any(|f| f.code == "DM901"),
        "the plan's rules (DM901)",
    )
}

fn known(known: bool, what: &str) -> bool {
    assert!(known, "the engine does not have {what}");
    known
}

/// A valid fødselsnummer (a D-nummer when `ddmmyy` has the day plus 40),
/// with the first individual number from `from` that gives check digits:
/// computed here, apart from the engine.
fn identity(ddmmyy: &str, from: u32) -> String {
    (from..from + 100)
        .find_map(|i| {
            let mut d: Vec<u32> = format!("{ddmmyy}{i:03}")
                .bytes()
                .map(|b| u32::from(b - b'0'))
                .collect();
            d.push(common::check_digit(&d, &common::FNR_W1)?);
            d.push(common::check_digit(&d, &common::FNR_W2)?);
            Some(d.iter().map(|x| char::from(b'0' + *x as u8)).collect())
        })
        .unwrap()
}

/// A person's number for these tests: 15 May 1985.
fn person() -> String {
    identity("150585", 100)
}

/// A folder of its own for one test, removed when dropped.
fn folder() -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix("dialogmote-export-")
        .tempdir()
        .unwrap()
}

/// The shared example's folder, copied into `dir` (the files are
/// read-only there); `None` when `../shared` is not beside the repository.
fn example_in(dir: &Path) -> Option<PathBuf> {
    let from = common::shared()?.join("spec/examples/plan");
    for name in [
        "referat-revised-plan.yaml",
        "employee-id.txt",
        "oppfolgingsplan.yaml",
    ] {
        std::fs::write(dir.join(name), std::fs::read(from.join(name)).unwrap()).unwrap();
    }
    Some(from)
}

/// The shared example's exact bytes.
fn expected_body() -> Option<Vec<u8>> {
    let from = common::shared()?.join("spec/examples/plan/referat-revised-plan.nav-lps.json");
    Some(std::fs::read(from).unwrap())
}

/// Runs `dialogmote export ARGS` in `dir` (the `CI` variable unset), with
/// `stdin` as standard input (none when `None`).
fn export(dir: &Path, args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dialogmote"));
    cmd.current_dir(dir)
        .arg("export")
        .args(args)
        .env_remove("CI");
    match stdin {
        Some(bytes) => common::with_stdin(&mut cmd, bytes),
        None => cmd
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .output()
            .unwrap(),
    }
}

/// Every file under `dir`, recursively.
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                todo.push(p);
            } else {
                out.push(p);
            }
        }
    }
    out
}

/// The identity number `number` is nowhere but where it belongs: not on
/// standard error, not on standard output unless it is the body, not in
/// any file under `dir` but `allowed` (the identity file, the output).
fn assert_private(out: &Output, number: &str, dir: &Path, allowed: &[&Path], body_on_stdout: bool) {
    let stderr = common::stderr(out);
    assert!(
        !stderr.contains(number),
        "the number on standard error: {stderr}"
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    if !body_on_stdout {
        assert!(
            !stdout.contains(number),
            "the number on standard output: {stdout}"
        );
    }
    for f in files(dir) {
        if allowed.iter().any(|a| f.ends_with(a) || f == *a) {
            continue;
        }
        let bytes = std::fs::read(&f).unwrap();
        assert!(
            !String::from_utf8_lossy(&bytes).contains(number),
            "the number in {}",
            f.display()
        );
    }
}

/// The Unix mode of a file, permission bits only.
#[cfg(unix)]
fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

/// The README's command of the shared example, with `-o OUT`.
fn example_args(out: &str) -> Vec<&str> {
    vec![
        "referat-revised-plan.yaml",
        "--to",
        "nav-lps",
        "--employee-id-file",
        "employee-id.txt",
        "--allow-synthetic-id",
        "--lps-name",
        "Fjordlager HR",
        "--lps-email",
        "hr@fjordlager.example",
        "--as-of",
        "2026-11-20",
        "-o",
        out,
    ]
}

#[test]
fn the_shared_example_gives_its_exact_bytes() {
    let dir = folder();
    let Some(_) = example_in(dir.path()) else {
        assert!(!common::in_ci(), "../shared is missing under CI");
        eprintln!("SKIP: ../shared is not beside the repository");
        return;
    };
    if !plans_are_read() {
        return;
    }
    let want = expected_body().unwrap();
    let out = export(dir.path(), &example_args("out.json"), None);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let written = std::fs::read(dir.path().join("out.json")).unwrap();
    assert_eq!(
        String::from_utf8_lossy(&written),
        String::from_utf8_lossy(&want)
    );
    #[cfg(unix)]
    assert_eq!(mode(&dir.path().join("out.json")), 0o600);
    assert!(out.stdout.is_empty());
    assert_private(
        &out,
        NAV_TEST_ID,
        dir.path(),
        &[Path::new("employee-id.txt"), Path::new("out.json")],
        false,
    );

    // To a pipe (`-o -`, and no `-o`): the same bytes; in any language; from
    // standard input; and from the same document written as JSON.
    for args in [example_args("-"), example_args("-")[..12].to_vec()] {
        for lang in ["nb", "nn", "en"] {
            let mut args = args.clone();
            args.extend(["--lang", lang]);
            let out = export(dir.path(), &args, None);
            assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
            assert_eq!(out.stdout, want, "{args:?}");
            assert!(out.stderr.is_empty(), "{}", common::stderr(&out));
        }
    }
    let yaml = std::fs::read(dir.path().join("referat-revised-plan.yaml")).unwrap();
    let mut args = example_args("-");
    args[0] = "-";
    let out = export(dir.path(), &args, Some(&yaml));
    assert_eq!(out.stdout, want, "{}", common::stderr(&out));
    let value: Value = serde_yaml::from_slice(&yaml).unwrap();
    std::fs::write(
        dir.path().join("referat.json"),
        serde_json::to_string_pretty(&value).unwrap(),
    )
    .unwrap();
    let mut args = example_args("-");
    args[0] = "referat.json";
    let out = export(dir.path(), &args, None);
    assert_eq!(out.stdout, want, "{}", common::stderr(&out));
    // The identity number from standard input.
    let mut args = example_args("-");
    args[4] = "-";
    let out = export(dir.path(), &args, Some(b"05908399546\n"));
    assert_eq!(out.stdout, want, "{}", common::stderr(&out));
}

#[test]
fn the_plan_example_is_exported_with_its_own_contact_person() {
    let dir = folder();
    if example_in(dir.path()).is_none() || !plans_are_read() {
        return;
    }
    std::fs::write(dir.path().join("id.txt"), format!("{}\n", person())).unwrap();
    let out = export(
        dir.path(),
        &[
            "oppfolgingsplan.yaml",
            "--to",
            "nav-lps",
            "--employee-id-file",
            "id.txt",
            "--as-of",
            "2026-10-30",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(body["employeeIdentificationNumber"], person().as_str());
    assert_eq!(body["contactPersonEmail"], "ola.hansen@fjordlager.example");
    assert_eq!(body["lpsName"], "dialogmote");
    assert_eq!(body["lpsEmail"], Value::Null);
    assert_eq!(body["needsHelpFromNav"], false);
    assert_eq!(body["needsHelpFromNavDescription"], Value::Null);
    // Its evaluation date (16 November) is not after a later as-of: DM910.
    let out = export(
        dir.path(),
        &[
            "oppfolgingsplan.yaml",
            "--to",
            "nav-lps",
            "--employee-id-file",
            "id.txt",
            "--as-of",
            "2026-11-16",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(1));
    let err = common::stderr(&out);
    assert!(err.contains("[DM910]") || !plan_rules_are_in(), "{err}");
    assert!(err.contains("ble ikke eksportert"), "{err}");
    assert!(out.stdout.is_empty());
}

#[cfg(unix)]
#[test]
fn force_replaces_an_existing_output_and_it_is_0600() {
    use std::os::unix::fs::PermissionsExt;
    let dir = folder();
    if example_in(dir.path()).is_none() {
        return;
    }
    let out_path = dir.path().join("out.json");
    std::fs::write(&out_path, "old").unwrap();
    std::fs::set_permissions(&out_path, std::fs::Permissions::from_mode(0o644)).unwrap();
    // Without --force: exit 2, the file as it was, checked before the
    // document is read.
    let out = export(dir.path(), &example_args("out.json"), None);
    assert_eq!(out.status.code(), Some(2), "{}", common::stderr(&out));
    assert!(
        common::stderr(&out).contains("--force"),
        "{}",
        common::stderr(&out)
    );
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "old");
    assert_eq!(mode(&out_path), 0o644);
    assert_private(
        &out,
        NAV_TEST_ID,
        dir.path(),
        &[Path::new("employee-id.txt")],
        false,
    );
    if !plans_are_read() {
        return;
    }
    let mut args = example_args("out.json");
    args.push("--force");
    let out = export(dir.path(), &args, None);
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    assert_eq!(std::fs::read(&out_path).unwrap(), expected_body().unwrap());
    assert_eq!(mode(&out_path), 0o600);
    // A refusal with --force leaves the file as it was.
    std::fs::write(&out_path, "old").unwrap();
    let mut args = example_args("out.json");
    args.extend(["--force"]);
    args[11] = "2026-12-14"; // --as-of the evaluation date: DM910
    let out = export(dir.path(), &args, None);
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert_eq!(std::fs::read_to_string(&out_path).unwrap(), "old");
    assert_private(
        &out,
        NAV_TEST_ID,
        dir.path(),
        &[Path::new("employee-id.txt")],
        false,
    );
}

#[cfg(unix)]
#[test]
fn an_output_that_is_an_input_is_refused_also_through_a_link() {
    let dir = folder();
    if example_in(dir.path()).is_none() {
        return;
    }
    let d = dir.path();
    std::os::unix::fs::symlink("referat-revised-plan.yaml", d.join("link.yaml")).unwrap();
    std::os::unix::fs::symlink("employee-id.txt", d.join("id-link")).unwrap();
    std::fs::hard_link(d.join("employee-id.txt"), d.join("id-hard")).unwrap();
    std::fs::write(d.join("dialogmote.yaml"), "severity:\n  DM101: off\n").unwrap();
    std::os::unix::fs::symlink("dialogmote.yaml", d.join("config-link")).unwrap();
    let before: Vec<(PathBuf, Vec<u8>)> = files(d)
        .into_iter()
        .map(|f| {
            let b = std::fs::read(&f).unwrap();
            (f, b)
        })
        .collect();
    for (out, what) in [
        ("link.yaml", "referat-revised-plan.yaml"),
        ("./referat-revised-plan.yaml", "referat-revised-plan.yaml"),
        ("id-link", "fødselsnummeret"),
        ("id-hard", "fødselsnummeret"),
        ("config-link", "dialogmote.yaml"),
    ] {
        let mut args = example_args(out);
        args.extend(["--force", "--config", "dialogmote.yaml"]);
        let o = export(d, &args, None);
        assert_eq!(o.status.code(), Some(2), "{out}: {}", common::stderr(&o));
        let err = common::stderr(&o);
        assert!(err.contains(what), "{out}: {err}");
        assert_private(
            &o,
            NAV_TEST_ID,
            d,
            &[
                Path::new("employee-id.txt"),
                Path::new("id-hard"),
                Path::new("id-link"),
            ],
            false,
        );
    }
    // Standard input as the identity file, and OUT the file standard input
    // is read from.
    let mut args = example_args("employee-id.txt");
    args[4] = "-";
    args.push("--force");
    let id = std::fs::File::open(d.join("employee-id.txt")).unwrap();
    let o = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(d)
        .arg("export")
        .args(&args)
        .stdin(id)
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(2), "{}", common::stderr(&o));
    for (f, b) in before {
        assert_eq!(std::fs::read(&f).unwrap(), b, "{} changed", f.display());
    }
}

/// Runs the program on a pseudo-terminal (`script`, util-linux): what the
/// terminal showed and the exit code; `None` when `script` is missing
/// (a local run skips; CI fails).
fn on_a_terminal(dir: &Path, args: &str) -> Option<(String, Option<i32>)> {
    let cmd = format!(
        "cd '{}' && '{}' export {args}",
        dir.display(),
        env!("CARGO_BIN_EXE_dialogmote")
    );
    let out = Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .env_remove("CI")
        .stdin(Stdio::null())
        .output();
    match out {
        Ok(o) => Some((
            String::from_utf8_lossy(&o.stdout).into_owned(),
            o.status.code(),
        )),
        Err(_) => {
            assert!(
                !common::in_ci(),
                "`script` (util-linux) is missing under CI"
            );
            eprintln!("SKIP: `script` (util-linux) is missing");
            None
        }
    }
}

#[test]
fn standard_output_on_a_terminal_is_refused() {
    let dir = folder();
    if example_in(dir.path()).is_none() {
        return;
    }
    let base = "referat-revised-plan.yaml --to nav-lps --employee-id-file employee-id.txt --allow-synthetic-id --as-of 2026-11-20 --lang en";
    for (args, words) in [
        (base.to_owned(), "standard output is a terminal"),
        (format!("{base} -o -"), "standard output is a terminal"),
        (format!("{base} -o /dev/tty"), "is a terminal"),
        (format!("{base} -o /dev/stdout"), "is a terminal"),
    ] {
        let Some((shown, code)) = on_a_terminal(dir.path(), &args) else {
            return;
        };
        assert_eq!(code, Some(2), "{args}: {shown}");
        assert!(shown.contains(words), "{args}: {shown}");
        assert!(!shown.contains(NAV_TEST_ID), "{args}: {shown}");
    }
}

/// What a terminal shows while `cmd` runs on it (`script`) and a person
/// types `typed` a moment after it starts; `None` when `script` cannot run
/// (a local run skips, CI fails).
fn typed_on_a_terminal(cmd: &str, typed: &str) -> Option<String> {
    let shell =
        format!("(sleep 2; printf '{typed}\\n'; sleep 2) | script -qec \"{cmd}\" /dev/null");
    let out = Command::new("sh")
        .args(["-c", &shell])
        .env_remove("CI")
        .output()
        .ok()?;
    let shown = String::from_utf8_lossy(&out.stdout).into_owned();
    if shown.is_empty() && !out.status.success() {
        assert!(!common::in_ci(), "`script` did not run under CI");
        eprintln!("SKIP: `script` (util-linux) did not run");
        return None;
    }
    Some(shown)
}

/// The number typed on a terminal is read without echo, from standard
/// input and from `/dev/tty` named as the file: the terminal never shows
/// it, and the body has it. (The control: a program that reads with echo
/// shows what is typed, so the test would see an echo.)
#[test]
fn the_number_typed_on_a_terminal_is_not_echoed() {
    let dir = folder();
    if example_in(dir.path()).is_none() || !plans_are_read() {
        return;
    }
    let Some(control) = typed_on_a_terminal("head -n 1 >/dev/null", "typed-with-echo") else {
        return;
    };
    assert!(control.contains("typed-with-echo"), "{control}");
    for (source, out) in [("-", "typed.json"), ("/dev/tty", "tty.json")] {
        let cmd = format!(
            "cd '{}' && '{}' export referat-revised-plan.yaml --to nav-lps --employee-id-file {source} --allow-synthetic-id --lps-name 'Fjordlager HR' --lps-email hr@fjordlager.example --as-of 2026-11-20 --lang en -o {out}",
            dir.path().display(),
            env!("CARGO_BIN_EXE_dialogmote")
        );
        let Some(shown) = typed_on_a_terminal(&cmd, NAV_TEST_ID) else {
            return;
        };
        assert!(shown.contains("Identity number"), "{source}: {shown}");
        assert!(!shown.contains(NAV_TEST_ID), "{source}: echoed: {shown}");
        assert_eq!(
            std::fs::read(dir.path().join(out)).unwrap(),
            expected_body().unwrap(),
            "{source}: {shown}"
        );
    }
}

#[test]
fn arguments_that_cannot_go_together_or_are_wrong_exit_2() {
    let dir = folder();
    if example_in(dir.path()).is_none() {
        return;
    }
    let d = dir.path();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec![
                "-",
                "--to",
                "nav-lps",
                "--employee-id-file",
                "-",
                "--lang",
                "en",
            ],
            "cannot both read standard input",
        ),
        (
            vec![
                "-",
                "--to",
                "nav-lps",
                "--employee-id-file",
                "/dev/stdin",
                "--lang",
                "en",
            ],
            "cannot both read standard input",
        ),
        (
            vec![
                "referat-revised-plan.yaml",
                "--to",
                "nav-lps",
                "--employee-id-file",
                "employee-id.txt",
                "--lps-name",
                "  ",
                "-o",
                "x.json",
                "--lang",
                "en",
            ],
            "`--lps-name`",
        ),
        (
            vec![
                "referat-revised-plan.yaml",
                "--to",
                "nav-lps",
                "--employee-id-file",
                "employee-id.txt",
                "--lps-email",
                "hr at fjordlager",
                "-o",
                "x.json",
                "--lang",
                "en",
            ],
            "`--lps-email`",
        ),
        (
            vec![
                "referat-revised-plan.yaml",
                "--to",
                "nav",
                "--employee-id-file",
                "employee-id.txt",
                "--lang",
                "en",
            ],
            "nav-lps",
        ),
        (
            vec![
                "referat-revised-plan.yaml",
                "--employee-id-file",
                "employee-id.txt",
                "--lang",
                "en",
            ],
            "--to",
        ),
        (
            vec![
                "referat-revised-plan.yaml",
                "--to",
                "nav-lps",
                "--lang",
                "en",
            ],
            "--employee-id-file",
        ),
        (
            vec![
                "referat-revised-plan.yaml",
                "--to",
                "nav-lps",
                "--employee-id-file",
                "employee-id.txt",
                "--allow-synthetic-id",
                "--as-of",
                "2026-11-20",
                "--config",
                "missing.yaml",
                "-o",
                "x.json",
                "--lang",
                "en",
            ],
            "missing.yaml",
        ),
        (
            vec![
                "missing.yaml",
                "--to",
                "nav-lps",
                "--employee-id-file",
                "employee-id.txt",
                "--allow-synthetic-id",
                "--as-of",
                "2026-11-20",
                "-o",
                "x.json",
                "--lang",
                "en",
            ],
            "missing.yaml",
        ),
        (
            vec![
                "referat-revised-plan.yaml",
                "--to",
                "nav-lps",
                "--employee-id-file",
                "employee-id.txt",
                "--allow-synthetic-id",
                "--as-of",
                "2026-11-20",
                "-o",
                "no/such/folder/x.json",
                "--lang",
                "en",
            ],
            "x.json",
        ),
    ];
    for (args, words) in cases {
        let out = export(d, &args, Some(b""));
        assert_eq!(
            out.status.code(),
            Some(2),
            "{args:?}: {}",
            common::stderr(&out)
        );
        assert!(
            common::stderr(&out).contains(words),
            "{args:?}: {}",
            common::stderr(&out)
        );
        assert!(out.stdout.is_empty(), "{args:?}");
        assert!(!d.join("x.json").exists());
        assert_private(&out, NAV_TEST_ID, d, &[Path::new("employee-id.txt")], false);
    }
    let help = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .args(["export", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&help.stdout);
    for words in [
        "Exit codes:",
        "  0  the request body was written",
        "  1  refused",
        "  2  could not run",
        "--allow-synthetic-id",
        "--employee-id-file",
    ] {
        assert!(help.contains(words), "{words}: {help}");
    }
}

/// Every problem of an identity number is exit code 2, said in words that
/// never hold the number, checked before the document is read.
#[test]
fn identity_numbers_that_are_not_valid_exit_2() {
    let dir = folder();
    if example_in(dir.path()).is_none() {
        return;
    }
    let d = dir.path();
    let n = person();
    let mut wrong_check = n.clone().into_bytes();
    wrong_check[10] = if wrong_check[10] == b'9' {
        b'0'
    } else {
        wrong_check[10] + 1
    };
    let wrong_check = String::from_utf8(wrong_check).unwrap();
    let future = identity("211126", 500);
    let not_a_date = identity("300290", 100);
    let cases: Vec<(String, &[&str], &str)> = vec![
        (String::new(), &[], "the identity number is missing"),
        (format!("{n}{}", " ".repeat(60)), &[], "too long"),
        (n[..10].to_owned(), &[], "does not have 11 digits"),
        (
            format!("{} {}", &n[..6], &n[6..]),
            &[],
            "does not have 11 digits",
        ),
        (wrong_check.clone(), &[], "check digits do not match"),
        (not_a_date.clone(), &[], "real date of birth"),
        (future.clone(), &[], "later than 20 November 2026"),
        (NAV_TEST_ID.to_owned(), &[], "synthetic test number"),
        (identity("055083", 100), &[], "synthetic test number"),
    ];
    for (number, extra, words) in cases {
        std::fs::write(d.join("id.txt"), &number).unwrap();
        let mut args = vec![
            "referat-revised-plan.yaml",
            "--to",
            "nav-lps",
            "--employee-id-file",
            "id.txt",
            "--as-of",
            "2026-11-20",
            "--lang",
            "en",
            "-o",
            "x.json",
        ];
        args.extend(extra);
        let out = export(d, &args, None);
        assert_eq!(
            out.status.code(),
            Some(2),
            "{words}: {}",
            common::stderr(&out)
        );
        let err = common::stderr(&out);
        assert!(err.contains(words), "{words}: {err}");
        assert!(!d.join("x.json").exists());
        let private = |out: &Output| {
            for secret in [
                &n[..10],
                &wrong_check,
                &future,
                &not_a_date,
                NAV_TEST_ID,
                &n[6..],
            ] {
                assert_private(
                    out,
                    secret,
                    d,
                    &[Path::new("id.txt"), Path::new("employee-id.txt")],
                    false,
                );
            }
        };
        private(&out);
        // The same from standard input.
        args[4] = "-";
        let out = export(d, &args, Some(number.as_bytes()));
        assert_eq!(out.status.code(), Some(2), "{words} (stdin)");
        assert!(
            common::stderr(&out).contains(words),
            "{words}: {}",
            common::stderr(&out)
        );
        private(&out);
    }
    // In bokmål, the words of the brief.
    std::fs::write(d.join("id.txt"), &n[..10]).unwrap();
    let out = export(
        d,
        &[
            "referat-revised-plan.yaml",
            "--to",
            "nav-lps",
            "--employee-id-file",
            "id.txt",
            "-o",
            "x.json",
        ],
        None,
    );
    assert!(
        common::stderr(&out).contains("fødselsnummeret har ikke 11 siffer"),
        "{}",
        common::stderr(&out)
    );
    // A path that is the number itself is never shown: the identity file
    // is not named, and FILE and OUT are shown without the number.
    let out = export(
        d,
        &[
            "referat-revised-plan.yaml",
            "--to",
            "nav-lps",
            "--employee-id-file",
            &n,
            "-o",
            "x.json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert_private(&out, &n, d, &[], false);
    std::fs::write(d.join("id.txt"), &n).unwrap();
    let missing = format!("{n}.yaml");
    let out = export(
        d,
        &[
            &missing,
            "--to",
            "nav-lps",
            "--employee-id-file",
            "id.txt",
            "-o",
            "x.json",
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("•••••••••••.yaml"),
        "{}",
        common::stderr(&out)
    );
    assert_private(&out, &n, d, &[Path::new("id.txt")], false);
    let named = format!("{n}.json");
    std::fs::write(d.join(&named), "old").unwrap();
    let out = export(
        d,
        &[
            "referat-revised-plan.yaml",
            "--to",
            "nav-lps",
            "--employee-id-file",
            "id.txt",
            "-o",
            &named,
        ],
        None,
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        common::stderr(&out).contains("•••••••••••.json"),
        "{}",
        common::stderr(&out)
    );
}

/// A document `dialogmote1/v1` or `oppfolgingsplan1/v1` written to `dir`.
fn write_doc(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

/// A complete plan document, clean as of 2026-10-30.
fn plan_yaml() -> String {
    let dir = folder();
    example_in(dir.path()).map_or_else(String::new, |_| {
        std::fs::read_to_string(dir.path().join("oppfolgingsplan.yaml")).unwrap()
    })
}

/// What refuses, whatever the engine knows: a document that cannot be
/// read, an unknown format, and a privacy finding, also when the
/// configuration turns the rule off or a suppression gives no reason.
#[test]
fn refusals_that_need_no_plan_rules_exit_1() {
    let dir = folder();
    let d = dir.path();
    let n = person();
    std::fs::write(d.join("id.txt"), format!("{n}\n")).unwrap();
    let other = identity("010190", 100);
    write_doc(d, "latin1.yaml", "");
    std::fs::write(
        d.join("latin1.yaml"),
        b"format: oppfolgingsplan1/v1\nplan:\n  follow_up: \xe6\xf8\xe5\n",
    )
    .unwrap();
    write_doc(d, "unknown.yaml", "format: dialogmote2/v9\n");
    write_doc(
        d,
        "privacy.yaml",
        &format!(
            "format: dialogmote1/v1\nmeeting: {{date: 2026-11-16}}\nrevised_plan:\n  additional_information: Kari ({other}) er syk.\n"
        ),
    );
    write_doc(d, "dialogmote.yaml", "severity:\n  DM801: off\n");
    write_doc(
        d,
        "unexplained.yaml",
        &format!(
            "format: dialogmote1/v1\nmeeting: {{date: 2026-11-16}}\nrevised_plan:\n  # dialogmote: ignore DM801\n  additional_information: Kari ({other}) er syk.\n"
        ),
    );
    for (file, code) in [
        ("latin1.yaml", "DM001"),
        ("unknown.yaml", "DM003"),
        ("privacy.yaml", "DM801"),
        ("unexplained.yaml", "DM801"),
    ] {
        let out = export(
            d,
            &[
                file,
                "--to",
                "nav-lps",
                "--employee-id-file",
                "id.txt",
                "--as-of",
                "2026-11-20",
                "--lang",
                "en",
                "-o",
                "x.json",
            ],
            None,
        );
        assert_eq!(
            out.status.code(),
            Some(1),
            "{file}: {}",
            common::stderr(&out)
        );
        let err = common::stderr(&out);
        assert!(
            err.lines()
                .any(|l| l.starts_with(&format!("{file}:")) && l.contains(&format!("[{code}]"))),
            "{file}: {err}"
        );
        assert!(
            err.contains("was not exported: the plan cannot be sent to NAV"),
            "{err}"
        );
        assert!(
            !err.contains(&other) && !err.contains("er syk"),
            "document text: {err}"
        );
        assert!(out.stdout.is_empty());
        assert!(!d.join("x.json").exists());
        assert_private(&out, &n, d, &[Path::new("id.txt")], false);
        // Nothing left behind: no temporary file.
        assert!(
            files(d)
                .iter()
                .all(|f| !f.to_string_lossy().contains("dialogmote-tmp"))
        );
    }
}

/// A privacy finding suppressed with a reason does not refuse (as for
/// `render`): the plan is exported.
#[test]
fn a_privacy_finding_suppressed_with_a_reason_does_not_refuse() {
    let dir = folder();
    let d = dir.path();
    if example_in(d).is_none() || !plans_are_read() {
        return;
    }
    let other = identity("010190", 100);
    let referat = std::fs::read_to_string(d.join("referat-revised-plan.yaml")).unwrap();
    let with = |comment: &str| {
        referat.replace(
            "  message_to_doctor:",
            &format!(
                "  {comment}\n  additional_information: Kari har nummer {other}.\n  message_to_doctor:"
            ),
        )
    };
    write_doc(
        d,
        "reason.yaml",
        &with("# dialogmote: ignore DM801 -- et kontonummer, ikke et fødselsnummer"),
    );
    write_doc(d, "no-reason.yaml", &with("# dialogmote: ignore DM801"));
    let run = |file: &str| {
        let mut args = example_args("-");
        args[0] = file;
        export(d, &args, None)
    };
    let out = run("reason.yaml");
    assert_eq!(out.status.code(), Some(0), "{}", common::stderr(&out));
    let body: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        body["additionalInformation"],
        format!("Kari har nummer {other}.")
    );
    let out = run("no-reason.yaml");
    assert_eq!(out.status.code(), Some(1), "{}", common::stderr(&out));
    assert!(common::stderr(&out).contains("[DM801]"));
    assert!(!common::stderr(&out).contains(&other));
}

/// The refusals of the plan rules: DM901 on an empty or absent plan, in
/// both formats; DM709; DM903–DM907 and DM910; a configuration that turns
/// them off changes nothing.
#[test]
fn refusals_of_the_plan_rules_exit_1() {
    let dir = folder();
    let d = dir.path();
    if example_in(d).is_none() || !plan_rules_are_in() {
        return;
    }
    let n = person();
    std::fs::write(d.join("id.txt"), format!("{n}\n")).unwrap();
    let plan = plan_yaml();
    let referat = std::fs::read_to_string(d.join("referat-revised-plan.yaml")).unwrap();
    let cut = referat.find("revised_plan:").unwrap();
    let end = referat.find("referat:\n").unwrap();
    let without_plan = format!("{}{}", &referat[..cut], &referat[end..]);
    let unflagged = referat.replace(
        "revised_follow_up_plan: true",
        "revised_follow_up_plan: false",
    );
    let plan_cut = plan.find("plan:\n").unwrap();
    let sharing = plan.find("sharing:\n").unwrap();
    let exception = format!(
        "{}exception:\n  reason: too_ill\n  explanation: Planen lages når det blir mulig.\n  date: 2026-10-20\n\n{}",
        &plan[..plan_cut],
        &plan[sharing..]
    );
    let cases: Vec<(&str, String, &str, &[&str])> = vec![
        (
            "empty.yaml",
            "format: oppfolgingsplan1/v1\nplan: {}\n".into(),
            "2026-10-30",
            &["DM901", "DM902"],
        ),
        ("exception.yaml", exception, "2026-10-30", &["DM901"]),
        ("no-plan.yaml", without_plan, "2026-11-20", &["DM901"]),
        ("unflagged.yaml", unflagged, "2026-11-20", &["DM709"]),
        (
            "help.yaml",
            plan.replace(
                "share_with_nav: true\n  needs_help_from_nav: false",
                "share_with_nav: false\n  needs_help_from_nav: true",
            ),
            "2026-10-30",
            &["DM903", "DM904"],
        ),
        (
            "described.yaml",
            plan.replace(
                "needs_help_from_nav: false",
                "needs_help_from_nav: false\n  needs_help_description: Hjelp til hjelpemidler.",
            ),
            "2026-10-30",
            &["DM905"],
        ),
        (
            "uninvolved.yaml",
            plan.replace("employee_involved: true", "employee_involved: false"),
            "2026-10-30",
            &["DM906"],
        ),
        (
            "involved.yaml",
            plan.replace(
                "employee_involved: true",
                "employee_involved: true\n  employee_not_involved_reason: Var syk.",
            ),
            "2026-10-30",
            &["DM907"],
        ),
        ("due.yaml", plan.clone(), "2026-11-16", &["DM910"]),
        (
            "suppressed.yaml",
            "format: oppfolgingsplan1/v1\n# dialogmote: ignore DM901 -- ikke klar ennå\nplan: {}\n"
                .into(),
            "2026-10-30",
            &["DM901"],
        ),
        (
            "privacy-plan.yaml",
            plan.replace(
                "additional_information: Dialogmøte 1",
                &format!(
                    "additional_information: Kari ({}) har dialogmøte 1",
                    identity("010190", 100)
                ),
            ),
            "2026-10-30",
            &["DM801"],
        ),
    ];
    write_doc(
        d,
        "off.yaml",
        "severity:\n  DM901: off\n  DM902: off\n  DM709: off\n  DM903: off\n  DM904: off\n  DM905: off\n  DM906: off\n  DM907: off\n  DM910: off\n",
    );
    for (file, text, as_of, codes) in cases {
        // Each case changes the example (a replacement that found nothing
        // would test the clean plan).
        assert!(text != plan || file == "due.yaml", "{file}");
        write_doc(d, file, &text);
        for config in [None, Some("off.yaml")] {
            let mut args = vec![
                file,
                "--to",
                "nav-lps",
                "--employee-id-file",
                "id.txt",
                "--as-of",
                as_of,
                "--lang",
                "en",
                "-o",
                "x.json",
            ];
            if let Some(c) = config {
                args.extend(["--config", c]);
            }
            let out = export(d, &args, None);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{file} {config:?}: {}",
                common::stderr(&out)
            );
            let err = common::stderr(&out);
            for code in codes {
                assert!(
                    err.contains(&format!("[{code}]")),
                    "{file} {config:?}: {err}"
                );
            }
            assert!(!d.join("x.json").exists());
            assert_private(
                &out,
                &n,
                d,
                &[Path::new("id.txt"), Path::new("employee-id.txt")],
                false,
            );
        }
    }
}

/// No library type shows the number in `Debug`.
#[test]
fn no_library_type_shows_the_number() {
    let n = person();
    let as_of = common::date("2026-11-20");
    let id = EmployeeId::parse(n.as_bytes(), as_of, false).unwrap();
    let opts = ExportOptions::new(as_of, id.clone(), Sender::default());
    let source = Source::from_str("plan.yaml", "format: oppfolgingsplan1/v1\nplan: {}\n")
        .with_kind(SourceKind::Yaml);
    let result = dialogmote::export_nav_lps(common::linter(), &source, &opts);
    let gap = Gap::new("/plan/typical_workday", "typicalWorkday", GapKind::Missing);
    for shown in [
        format!("{id:?}"),
        format!("{opts:?}"),
        format!("{:?}", Sender::default()),
        format!("{result:?}"),
        format!("{gap:?}"),
        format!("{:?}", ExportError::Incomplete(vec![gap.clone()])),
        format!("{:?}", EmployeeId::parse(n.as_bytes(), as_of, false)),
        format!("{:?}", IdProblem::CheckDigit),
    ] {
        assert!(!shown.contains(&n), "{shown}");
    }
    for lang in Lang::ALL {
        assert!(!gap.message(lang, as_of).contains(&n));
    }
    assert!(result.is_err());
}

// ---------------------------------------------------------------------
// Generated plans.

/// A text as a document may hold it: absent, `null`, blank, or words with
/// what JSON must escape and what it must not (quotes, a backslash, `/`,
/// control characters, line breaks, non-ASCII), with white space around.
///
/// Not among them: U+007F, which the loader refuses in JSON (DM001), and
/// U+2028, where serde_yaml's emitter (YAML 1.1) breaks a line the loader
/// (YAML 1.2) does not: both would only add refusals. The body writer's
/// unit tests escape them.
fn text_value() -> impl Strategy<Value = Option<Value>> {
    let piece = prop::sample::select(vec![
        "arbeid",
        "kontor",
        "tilrettelegging",
        "oppfølging",
        "hjemmekontor",
        "«sitat»",
        "\"sitat\"",
        "a\\b",
        "og/eller",
        "æøå",
        "😀",
        "\t",
        "\n",
        "\r\n",
        "\u{1}",
        "\u{1f}",
        "\u{a0}",
    ]);
    let words = prop::collection::vec(piece, 1..6).prop_map(|w| w.join(" "));
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Value::Null)),
        1 => prop::sample::select(vec!["", "  ", "\n\t "]).prop_map(|s| Some(json!(s))),
        37 => (words, prop::sample::select(vec!["", " ", "\n", "  \n"]))
            .prop_map(|(w, pad)| Some(json!(format!("{pad}{w}{pad}")))),
    ]
}

fn bool_value() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        1 => Just(None),
        1 => Just(Some(Value::Null)),
        10 => Just(Some(json!(true))),
        8 => Just(Some(json!(false))),
    ]
}

/// The evaluation date, around the run's date 2026-11-20.
fn date_value() -> impl Strategy<Value = Option<Value>> {
    prop_oneof![
        1 => Just(None),
        1 => (-30i64..0).prop_map(|d| Some(json!(day(d)))),
        18 => (1i64..300).prop_map(|d| Some(json!(day(d)))),
    ]
}

fn day(offset: i64) -> String {
    (common::date("2026-11-20") + chrono::Duration::days(offset))
        .format("%Y-%m-%d")
        .to_string()
}

/// A person (contact person or nearest leader): absent, empty, partial or
/// whole.
fn person_value() -> impl Strategy<Value = Option<Value>> {
    let whole = (
        text_value(),
        prop::sample::select(vec!["+47 99 99 99 99", "99999999", " 22 33 44 55 "]),
        prop::sample::select(vec!["ola@fjordlager.example", "kari.nordmann@nav.example"]),
    )
        .prop_map(|(name, phone, email)| {
            let name = name.unwrap_or(json!("Ola Hansen"));
            json!({"name": name, "phone": phone, "email": email})
        });
    prop_oneof![
        2 => Just(None),
        1 => Just(Some(json!({}))),
        1 => Just(Some(json!({"name": "Kari Hansen"}))),
        12 => whole.prop_map(Some),
    ]
}

/// A plan document (`oppfolgingsplan1/v1`, or a referat's revised plan
/// when `referat`), as a value.
fn plan_document() -> impl Strategy<Value = Value> {
    let texts = prop::collection::vec(text_value(), 9);
    let bools = prop::collection::vec(bool_value(), 2);
    let pairs = (flag_and_text(true), flag_and_text(false));
    (
        texts,
        bools,
        pairs,
        date_value(),
        person_value(),
        person_value(),
        any::<bool>(),
    )
        .prop_map(|(t, b, (help, involved), eval, contact, leader, referat)| {
            let keys = [
                "typical_workday",
                "tasks_possible",
                "tasks_not_possible",
                "previous_adjustments",
                "planned_adjustments",
                "other_adjustment_options",
                "follow_up",
                "message_to_doctor",
                "additional_information",
            ];
            let mut plan = serde_json::Map::new();
            plan.insert("date".into(), json!("2026-11-19"));
            let mut put = |k: &str, v: Option<Value>| {
                if let Some(v) = v {
                    plan.insert(k.into(), v);
                }
            };
            for (k, v) in keys.iter().zip(t) {
                put(k, v);
            }
            for (k, v) in ["share_with_nav", "share_with_doctor"].iter().zip(b) {
                put(k, v);
            }
            put("needs_help_from_nav", help.0);
            put("needs_help_description", help.1);
            put("employee_involved", involved.0);
            put("employee_not_involved_reason", involved.1);
            put("evaluation_date", eval);
            put("contact_person", contact);
            let mut employer = json!({"name": "Fjordlager AS", "organisation_number": "123456785"});
            if let Some(l) = leader {
                employer["nearest_leader"] = l;
            }
            if referat {
                json!({
                    "format": "dialogmote1/v1",
                    "employer": employer,
                    "meeting": {"date": "2026-11-16"},
                    "revised_plan": plan,
                    "referat": {"revised_follow_up_plan": true},
                })
            } else {
                json!({
                    "format": "oppfolgingsplan1/v1",
                    "employer": employer,
                    "employee": {"name": "Kari Nordmann"},
                    "plan": plan,
                })
            }
        })
}

/// A flag and the text that goes with it when the flag is `with` (help
/// from NAV and what help; the employee's part in the plan and why not):
/// mostly as NAV wants them, sometimes not.
fn flag_and_text(with: bool) -> impl Strategy<Value = (Option<Value>, Option<Value>)> {
    let text = text_value().boxed();
    prop_oneof![
        2 => Just((None, None)),
        4 => Just((Some(json!(!with)), None)),
        4 => text.clone().prop_map(move |t| (Some(json!(with)), t)),
        1 => Just((Some(json!(with)), None)),
        1 => text.clone().prop_map(move |t| (Some(json!(!with)), t)),
        1 => text.prop_map(|t| (None, t)),
    ]
}

/// JSON's own escaping of a string as §5.5 writes it, apart from the
/// library's writer: the tests' oracle.
fn escaped(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What NAV does with a body (§5.3): the members read as the Kotlin DTO
/// reads them (every non-null member present and of its type, `lpsName`
/// included), then the validator's four checks, and the identity number
/// of 11 digits. `Err` says which rule it breaks. Also the form of §5.5.
fn nav_accepts(body: &str) -> Result<(), String> {
    if !body.ends_with("}\n") || !body.starts_with("{\n") || body.contains('\r') {
        return Err("not one object with LF line ends and a final LF".into());
    }
    let lines: Vec<&str> = body.lines().collect();
    if lines.len() != 24 {
        return Err(format!("{} lines", lines.len()));
    }
    let mut obj = serde_json::Map::new();
    for (i, (line, name)) in lines[1..23].iter().zip(MEMBERS).enumerate() {
        let member = line
            .strip_prefix("  ")
            .ok_or("not indented by two spaces")?;
        let member = if i < 21 {
            member.strip_suffix(',').ok_or("no comma")?
        } else {
            member
        };
        let (key, value) = member.split_once(": ").ok_or("no `: `")?;
        if key != escaped(name) {
            return Err(format!("member {i} is {key}, not {name}"));
        }
        let value: Value = serde_json::from_str(value).map_err(|e| e.to_string())?;
        if let Value::String(s) = &value {
            if member.split_once(": ").map(|(_, v)| v) != Some(escaped(s).as_str()) {
                return Err(format!("{name}: escaped otherwise than §5.5"));
            }
            if s.trim() != s || s.is_empty() {
                return Err(format!("{name}: not trimmed, or blank instead of null"));
            }
        }
        obj.insert(name.to_owned(), value);
    }
    let whole: Value = serde_json::from_str(body).map_err(|e| e.to_string())?;
    if whole.as_object().map(|o| o.len()) != Some(22) {
        return Err("not 22 members".into());
    }
    let text = |k: &str| obj[k].as_str();
    let flag = |k: &str| obj[k].as_bool();
    for k in [
        "employeeIdentificationNumber",
        "typicalWorkday",
        "tasksThatCanStillBeDone",
        "tasksThatCanNotBeDone",
        "previousFacilitation",
        "plannedFacilitation",
        "followUp",
        "evaluationDate",
        "contactPersonFullName",
        "contactPersonPhoneNumber",
        "contactPersonEmail",
        "lpsName",
    ] {
        text(k).ok_or(format!("{k} is required"))?;
    }
    for k in [
        "sendPlanToNav",
        "sendPlanToGeneralPractitioner",
        "employeeHasContributedToPlan",
    ] {
        flag(k).ok_or(format!("{k} is required"))?;
    }
    for k in [
        "otherFacilitationOptions",
        "needsHelpFromNavDescription",
        "messageToGeneralPractitioner",
        "additionalInformation",
        "employeeHasNotContributedToPlanDescription",
        "lpsEmail",
    ] {
        if !obj[k].is_null() && !obj[k].is_string() {
            return Err(format!("{k} is neither text nor null"));
        }
    }
    if !obj["needsHelpFromNav"].is_null() && !obj["needsHelpFromNav"].is_boolean() {
        return Err("needsHelpFromNav".into());
    }
    chrono::NaiveDate::parse_from_str(text("evaluationDate").unwrap(), "%Y-%m-%d")
        .map_err(|e| e.to_string())?;
    let id = text("employeeIdentificationNumber").unwrap();
    if id.len() != 11 || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err("the identity number is not 11 digits".into());
    }
    let help = flag("needsHelpFromNav") == Some(true);
    let blank = |k: &str| text(k).is_none_or(|s| s.trim().is_empty());
    if help && flag("sendPlanToNav") == Some(false) {
        return Err("check 1: help from NAV without sending to NAV".into());
    }
    if help && blank("needsHelpFromNavDescription") {
        return Err("check 2: help from NAV without a description".into());
    }
    let contributed = flag("employeeHasContributedToPlan").unwrap();
    if !contributed && blank("employeeHasNotContributedToPlanDescription") {
        return Err("check 3: not contributed, no description".into());
    }
    if contributed && !obj["employeeHasNotContributedToPlanDescription"].is_null() {
        return Err("check 4: contributed, with a description".into());
    }
    // The OpenAPI contract: the description only with help asked for.
    if !help && !obj["needsHelpFromNavDescription"].is_null() {
        return Err("needsHelpFromNavDescription without needsHelpFromNav".into());
    }
    Ok(())
}

/// Exports a generated document as JSON or as YAML.
fn export_value(doc: &Value, yaml: bool) -> Result<String, ExportError> {
    let as_of = common::date("2026-11-20");
    let id = EmployeeId::parse(NAV_TEST_ID.as_bytes(), as_of, true).unwrap();
    let opts = ExportOptions::new(
        as_of,
        id,
        Sender::new(Some("Fjordlager HR"), Some("hr@fjordlager.example")).unwrap(),
    );
    let (text, kind) = if yaml {
        (serde_yaml::to_string(doc).unwrap(), SourceKind::Yaml)
    } else {
        (serde_json::to_string_pretty(doc).unwrap(), SourceKind::Json)
    };
    let source = Source::from_str("plan", &text).with_kind(kind);
    dialogmote::export_nav_lps(common::linter(), &source, &opts)
}

proptest! {
    #![proptest_config(PropConfig { cases: 256, failure_persistence: None, ..PropConfig::default() })]

    /// Every body the export writes is one JSON object with the 22 members
    /// in order and passes NAV's checks; or the export refuses.
    #[test]
    fn every_body_passes_navs_checks_or_the_export_refuses(doc in plan_document(), yaml in any::<bool>()) {
        if let Ok(body) = export_value(&doc, yaml) {
            prop_assert_eq!(nav_accepts(&body), Ok(()), "{}\n{}", doc, body);
            prop_assert_eq!(export_value(&doc, yaml).ok(), Some(body));
        }
    }
}

/// Enough generated plans are exported for the property to mean something,
/// and, when `DIALOGMOTE_NAV_LPS_CORPUS` names a folder, 50 of their
/// bodies are written there for `tests/integration/nav-lps.sh`, which
/// validates them against NAV's OpenAPI contract.
#[test]
fn a_corpus_of_generated_bodies() {
    if !plans_are_read() {
        return;
    }
    let mut runner = TestRunner::deterministic();
    let strategy = plan_document();
    let (mut tried, mut bodies) = (0, Vec::new());
    while bodies.len() < 50 && tried < 2000 {
        tried += 1;
        let doc = strategy.new_tree(&mut runner).unwrap().current();
        if let Ok(body) = export_value(&doc, tried % 2 == 0) {
            assert_eq!(nav_accepts(&body), Ok(()), "{doc}\n{body}");
            bodies.push(body);
        }
    }
    assert_eq!(
        bodies.len(),
        50,
        "only {} of {tried} generated plans were exported",
        bodies.len()
    );
    eprintln!("{} of {tried} generated plans exported", bodies.len());
    if let Some(dir) = std::env::var_os("DIALOGMOTE_NAV_LPS_CORPUS") {
        let dir = PathBuf::from(dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (i, body) in bodies.iter().enumerate() {
            std::fs::write(dir.join(format!("body-{i:02}.json")), body).unwrap();
        }
    }
}

/// The oracle can fail: it rejects each of NAV's checks and a missing
/// member.
#[test]
fn the_oracle_rejects_what_nav_rejects() {
    let Some(good) = expected_body() else {
        return;
    };
    let good = String::from_utf8(good).unwrap();
    assert_eq!(nav_accepts(&good), Ok(()));
    for (from, to) in [
        ("\"sendPlanToNav\": true", "\"sendPlanToNav\": false"),
        (
            "\"needsHelpFromNavDescription\": \"Hjelp til å søke om arbeidsplasshjelpemidler (hev-senk-pult og skjerm til hjemmekontor).\"",
            "\"needsHelpFromNavDescription\": null",
        ),
        (
            "\"employeeHasContributedToPlan\": true",
            "\"employeeHasContributedToPlan\": false",
        ),
        (
            "\"employeeHasNotContributedToPlanDescription\": null",
            "\"employeeHasNotContributedToPlanDescription\": \"x\"",
        ),
        ("\"lpsName\": \"Fjordlager HR\"", "\"lpsName\": null"),
        ("\"followUp\": \"Samtale", "\"followUp\": \" Samtale"),
        ("\"typicalWorkday\"", "\"typicalWorkDay\""),
        (
            "\"evaluationDate\": \"2026-12-14\"",
            "\"evaluationDate\": \"14.12.2026\"",
        ),
    ] {
        assert!(good.contains(from), "{from}");
        assert!(nav_accepts(&good.replace(from, to)).is_err(), "{to}");
    }
    assert!(nav_accepts(&good.replace("\n}\n", "\n}")).is_err());
}
