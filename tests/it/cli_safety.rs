//! The command line loses nothing and leaks nothing (issue 9, items 1–3, 6,
//! 16 and 19): outputs never replace an input, the configuration, a rule
//! file or each other; a failed run leaves existing files as they were;
//! configuration errors never print what the file holds; limits have
//! ceilings; one file named twice is linted once.

use crate::common;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

use common::{run_in as run, stderr};

const BIN: &str = env!("CARGO_BIN_EXE_dialogmote");

fn example() -> String {
    let root = &crate::common::root();
    std::fs::read_to_string(root.join("examples/complete.yaml")).unwrap()
}

/// A scratch folder holding `referat.yaml` and `ref/a.yaml` (copies of the
/// example) and a `.git` folder, so that no configuration above it is used.
fn scratch() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    std::fs::create_dir(d.path().join(".git")).unwrap();
    std::fs::create_dir(d.path().join("ref")).unwrap();
    std::fs::write(d.path().join("referat.yaml"), example()).unwrap();
    std::fs::write(d.path().join("ref/a.yaml"), example()).unwrap();
    d
}

/// Exit 2 with one line on standard error containing `want`.
fn refused(o: &Output, want: &str) {
    let e = stderr(o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert_eq!(e.lines().count(), 1, "{e}");
    assert!(e.contains(want), "expected `{want}` in: {e}");
}

/// Temporary files left in `dir` by an atomic write.
fn leftovers(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".dialogmote-tmp"))
        .collect()
}

const AS_OF: &str = "--as-of=2026-11-20";

#[test]
fn an_output_that_is_an_input_or_the_configuration_is_refused() {
    let d = scratch();
    let p = d.path();
    std::fs::write(p.join("dialogmote.yaml"), "severity: {}\n").unwrap();
    let o = run(
        p,
        &["lint", AS_OF, "referat.yaml", "--output", "referat.yaml"],
    );
    refused(&o, "utdatafilen referat.yaml er inndatafilen referat.yaml");
    let o = run(
        p,
        &[
            "lint",
            AS_OF,
            "ref",
            "--format",
            "sarif=./ref/../ref/a.yaml",
        ],
    );
    refused(&o, "er inndatafilen ref/a.yaml");
    let o = run(
        p,
        &["lint", AS_OF, "ref", "--format", "json=dialogmote.yaml"],
    );
    refused(&o, "er konfigurasjonen dialogmote.yaml");
    // A hard link to an input is the input.
    std::fs::hard_link(p.join("referat.yaml"), p.join("link.txt")).unwrap();
    let o = run(p, &["lint", AS_OF, "referat.yaml", "-f", "json=link.txt"]);
    refused(&o, "er inndatafilen referat.yaml");
    assert_eq!(
        std::fs::read_to_string(p.join("referat.yaml")).unwrap(),
        example()
    );
    assert_eq!(
        std::fs::read_to_string(p.join("ref/a.yaml")).unwrap(),
        example()
    );
    assert_eq!(
        std::fs::read_to_string(p.join("dialogmote.yaml")).unwrap(),
        "severity: {}\n"
    );
}

#[test]
fn an_output_that_is_a_rule_file_is_refused() {
    let d = scratch();
    let p = d.path();
    let rules = "rules: []\n";
    std::fs::write(p.join("org.yaml"), rules).unwrap();
    std::fs::write(p.join("dialogmote.yaml"), "rule_files: [org.yaml]\n").unwrap();
    let o = run(
        p,
        &["lint", AS_OF, "referat.yaml", "-f", "sarif=./org.yaml"],
    );
    refused(&o, "er regelfilen");
    assert_eq!(std::fs::read_to_string(p.join("org.yaml")).unwrap(), rules);
}

#[cfg(unix)]
#[test]
fn two_outputs_into_one_file_are_refused_however_spelled() {
    let d = scratch();
    let p = d.path();
    std::fs::write(p.join("o.txt"), "old").unwrap();
    std::os::unix::fs::symlink("o.txt", p.join("l.txt")).unwrap();
    for args in [
        &["-f", "json=o.txt", "-f", "sarif=./o.txt"][..],
        &["--output", "./o.txt", "-f", "json=o.txt", "-f", "sarif"],
        &["-f", "json=o.txt", "-f", "sarif=l.txt"],
        &["-f", "json=new.txt", "-f", "sarif=ref/../new.txt"],
    ] {
        let mut all = vec!["lint", AS_OF, "referat.yaml"];
        all.extend_from_slice(args);
        refused(&run(p, &all), "to formater ville bli skrevet til én fil");
    }
    assert_eq!(std::fs::read_to_string(p.join("o.txt")).unwrap(), "old");
    assert!(!p.join("new.txt").exists());
    assert!(leftovers(p).is_empty());
}

#[test]
fn a_failed_run_leaves_existing_outputs_as_they_were() {
    let d = scratch();
    let p = d.path();
    std::fs::write(p.join("p.sarif"), "old").unwrap();
    // An output into a folder that does not exist.
    let o = run(
        p,
        &[
            "lint",
            AS_OF,
            "referat.yaml",
            "-f",
            "sarif=p.sarif",
            "-f",
            "json=nodir/x.json",
        ],
    );
    refused(
        &o,
        "kan ikke skrive nodir/x.json: mappen den skal skrives i, finnes ikke",
    );
    // An input that does not exist.
    let o = run(
        p,
        &[
            "lint",
            AS_OF,
            "referat.yaml",
            "missing.yaml",
            "-f",
            "sarif=p.sarif",
        ],
    );
    refused(&o, "kan ikke lese missing.yaml");
    // An input that fails while it is read, after the outputs were opened.
    #[cfg(target_os = "linux")]
    {
        let o = run(
            p,
            &[
                "lint",
                AS_OF,
                "referat.yaml",
                "/proc/self/mem",
                "-f",
                "sarif=p.sarif",
            ],
        );
        refused(&o, "kan ikke lese /proc/self/mem");
    }
    assert_eq!(std::fs::read_to_string(p.join("p.sarif")).unwrap(), "old");
    assert!(leftovers(p).is_empty(), "{:?}", leftovers(p));
    // A successful run replaces it, keeping no temporary file.
    let o = run(p, &["lint", AS_OF, "referat.yaml", "-f", "sarif=p.sarif"]);
    assert!(o.status.code() != Some(2), "{}", stderr(&o));
    assert!(
        std::fs::read_to_string(p.join("p.sarif"))
            .unwrap()
            .contains("\"runs\"")
    );
    assert!(leftovers(p).is_empty());
}

/// A scratch folder with an old `p.sarif` and a FIFO `never.yaml` that no
/// one writes to.
#[cfg(unix)]
fn scratch_with_fifo() -> tempfile::TempDir {
    let d = scratch();
    std::fs::write(d.path().join("p.sarif"), "old").unwrap();
    let made = Command::new("mkfifo")
        .arg(d.path().join("never.yaml"))
        .status()
        .unwrap();
    assert!(made.success());
    d
}

#[cfg(unix)]
#[test]
fn a_blocked_run_leaves_existing_outputs_as_they_were() {
    let d = scratch_with_fifo();
    let p = d.path();
    let mut child = Command::new(BIN)
        .current_dir(p)
        .args(["lint", AS_OF, "never.yaml", "-f", "sarif=p.sarif"])
        .stdin(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(std::fs::read_to_string(p.join("p.sarif")).unwrap(), "old");
    child.kill().unwrap();
    child.wait().unwrap();
    assert_eq!(std::fs::read_to_string(p.join("p.sarif")).unwrap(), "old");
}

#[cfg(unix)]
#[test]
fn timeout_ends_a_blocked_run_and_leaves_outputs_as_they_were() {
    let d = scratch_with_fifo();
    let p = d.path();
    let start = Instant::now();
    let o = run(
        p,
        &[
            "lint",
            AS_OF,
            "--timeout",
            "1",
            "never.yaml",
            "-f",
            "sarif=p.sarif",
        ],
    );
    assert!(start.elapsed() < Duration::from_secs(20));
    refused(&o, "kjøringen tok lengre tid enn 1 s (`--timeout`)");
    assert_eq!(std::fs::read_to_string(p.join("p.sarif")).unwrap(), "old");
    assert!(leftovers(p).is_empty(), "{:?}", leftovers(p));
    // Standard input left open (the handle is kept until the child ends).
    let mut child = Command::new(BIN)
        .current_dir(p)
        .args(["lint", AS_OF, "--timeout", "1", "-", "-f", "json=p.sarif"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let open = child.stdin.take();
    let mut err = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().unwrap(), &mut err).unwrap();
    assert_eq!(child.wait().unwrap().code(), Some(2), "{err}");
    assert!(err.contains("`--timeout`"), "{err}");
    drop(open);
    assert_eq!(std::fs::read_to_string(p.join("p.sarif")).unwrap(), "old");
    assert!(leftovers(p).is_empty(), "{:?}", leftovers(p));
    let o = run(p, &["lint", AS_OF, "--timeout", "0", "referat.yaml"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn new_writes_atomically_and_never_overwrites() {
    let d = scratch();
    let p = d.path();
    let o = run(p, &["new", "--date", "2026-11-16", "-o", "draft.yaml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let draft = std::fs::read_to_string(p.join("draft.yaml")).unwrap();
    assert!(draft.starts_with("# yaml-language-server"));
    let o = run(p, &["new", "--date", "2026-11-17", "-o", "./draft.yaml"]);
    refused(&o, "finnes allerede; `new` skriver aldri over en fil");
    assert_eq!(
        std::fs::read_to_string(p.join("draft.yaml")).unwrap(),
        draft
    );
    let o = run(p, &["new", "-o", "nodir/draft.yaml"]);
    refused(&o, "mappen den skal skrives i, finnes ikke");
    assert!(leftovers(p).is_empty());
}

/// A configuration error names file, line and column, and quotes nothing
/// from the file.
fn config_error(dir: &Path, config: &str, secret: &str) {
    for cmd in [
        vec!["rules", "--config", config],
        vec!["explain", "DM001", "--config", config],
        vec!["lint", AS_OF, "referat.yaml", "--config", config],
    ] {
        let o = run(dir, &cmd);
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{cmd:?}: {e}");
        // One line per problem, each naming the file (at its place when
        // the file could be read).
        assert!(e.lines().count() >= 1, "{cmd:?}: {e}");
        assert!(
            e.lines()
                .all(|l| l.starts_with("dialogmote: feil: ") && l.contains(config)),
            "{cmd:?}: {e}"
        );
        assert!(!e.contains(secret), "{cmd:?} leaks the file: {e}");
        assert!(o.stdout.is_empty(), "{cmd:?}");
    }
}

#[test]
fn configuration_errors_never_print_the_file() {
    let d = scratch();
    let p = d.path();
    std::fs::write(p.join("passwd"), "root:x:0:0:root:/root:/bin/bash\n").unwrap();
    config_error(p, "passwd", "root:x");
    std::fs::write(p.join(".env"), "API_TOKEN=hemmelig-123\nDEBUG=1\n").unwrap();
    config_error(p, ".env", "hemmelig");
    // A key file that parses as a mapping: unknown keys are not named.
    std::fs::write(p.join("key.yaml"), "hemmelig-nokkel: x\n").unwrap();
    config_error(p, "key.yaml", "hemmelig");
    std::fs::write(
        p.join("v.yaml"),
        "rule_files: hemmelig\nlimits: {max_depth: hemmelig}\n",
    )
    .unwrap();
    config_error(p, "v.yaml", "hemmelig");
    std::fs::write(p.join("s.yaml"), "severity: {hemmelig: off}\n").unwrap();
    config_error(p, "s.yaml", "hemmelig");
    std::fs::write(
        p.join("i.yaml"),
        "ignore: [{files: '[hemmelig', codes: [DM508], reason: r}]\n",
    )
    .unwrap();
    config_error(p, "i.yaml", "hemmelig");
    std::fs::write(
        p.join("c.yaml"),
        "ignore: [{files: '*', codes: [hemmelig], reason: r}]\n",
    )
    .unwrap();
    config_error(p, "c.yaml", "hemmelig");
    let random: Vec<u8> = (0..4096u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(p.join("random.bin"), random).unwrap();
    config_error(p, "random.bin", "\u{fffd}");
    let o = run(p, &["rules", "--config", "passwd"]);
    assert_eq!(
        stderr(&o),
        "dialogmote: feil: passwd:1:1: expected the configuration (with the keys `severity`, \
         `params`, `rule_files`, `limits`, `ignore`, `docs_url`) to be a mapping; found text\n"
    );
}

#[cfg(unix)]
#[test]
fn rule_files_outside_the_configuration_folder_are_refused() {
    let d = scratch();
    let p = d.path();
    std::fs::write(p.join("dialogmote.yaml"), "rule_files:\n  - /etc/passwd\n").unwrap();
    config_error(p, "dialogmote.yaml", "root:");
    let o = run(p, &["rules"]);
    refused(
        &o,
        "dialogmote.yaml:2:5: denne regelfilen ligger utenfor mappen til konfigurasjonen",
    );
    // Also through a link inside the folder.
    std::os::unix::fs::symlink("/etc/passwd", p.join("r.yaml")).unwrap();
    std::fs::write(p.join("dialogmote.yaml"), "rule_files: [r.yaml]\n").unwrap();
    refused(
        &run(p, &["rules"]),
        "ligger utenfor mappen til konfigurasjonen",
    );
    std::fs::write(
        p.join("dialogmote.yaml"),
        "rule_files: [../x/../../r.yaml]\n",
    )
    .unwrap();
    refused(
        &run(p, &["rules"]),
        "dialogmote.yaml:1:14: kan ikke lese denne regelfilen",
    );
}

#[cfg(unix)]
#[test]
fn devices_and_fifos_are_refused_at_once() {
    let d = scratch();
    let p = d.path();
    assert!(
        Command::new("mkfifo")
            .arg(p.join("fifo"))
            .status()
            .unwrap()
            .success()
    );
    std::fs::write(p.join("big.yaml"), vec![b'#'; 1024 * 1024 + 1]).unwrap();
    for config in ["/dev/zero", "/dev/stdin", "fifo", ".", "big.yaml"] {
        let start = Instant::now();
        let o = Command::new(BIN)
            .current_dir(p)
            .args(["rules", "--config", config])
            .stdin(Stdio::piped()) // empty; a config is never read from it
            .output()
            .unwrap();
        assert!(start.elapsed() < Duration::from_secs(10), "{config}");
        let want = if config == "big.yaml" {
            "større enn 1024 KiB"
        } else {
            "ikke en vanlig fil"
        };
        refused(&o, want);
        // The same for a rule file.
        std::fs::write(p.join("dialogmote.yaml"), "rule_files: [x]\n").unwrap();
        let _ = std::fs::remove_file(p.join("x"));
        std::os::unix::fs::symlink(
            if config.starts_with('/') {
                PathBuf::from(config)
            } else {
                p.join(config)
            },
            p.join("x"),
        )
        .unwrap();
        let o = run(p, &["rules"]);
        // A link to /dev lies outside the folder; one inside is refused for its type.
        assert_eq!(o.status.code(), Some(2), "{config}: {}", stderr(&o));
        std::fs::remove_file(p.join("dialogmote.yaml")).unwrap();
    }
    std::fs::write(p.join("dialogmote.yaml"), "rule_files: [fifo]\n").unwrap();
    refused(
        &run(p, &["rules"]),
        "dialogmote.yaml:1:14: kan ikke lese denne regelfilen: det er ikke en vanlig fil",
    );
}

#[test]
fn limits_above_their_ceilings_are_refused_with_a_position() {
    let d = scratch();
    let p = d.path();
    for (limits, want) in [
        (
            "max_bytes: 18446744073709551615",
            "c.yaml:2:14: `max_bytes` must be a whole number from 1 to 67108864",
        ),
        (
            "max_bytes: 99999999999999999999999",
            "c.yaml:2:14: `max_bytes` must be a whole number",
        ),
        (
            "max_depth: 100000",
            "c.yaml:2:14: `max_depth` must be a whole number from 1 to 128",
        ),
        ("max_depth: -1", "c.yaml:2:14: `max_depth` must be"),
        (
            "max_nodes: 2000001",
            "`max_nodes` must be a whole number from 1 to 2000000",
        ),
        (
            "max_alias_nodes: 1000001",
            "`max_alias_nodes` must be a whole number from 1 to 1000000",
        ),
        (
            "max_findings: 1000001",
            "`max_findings` must be a whole number from 1 to 1000000",
        ),
        ("max_nodes: 0", "`max_nodes` must be a whole number from 1"),
        (
            "max_dept: 3",
            "unknown key in `limits`; did you mean `max_depth`?",
        ),
    ] {
        std::fs::write(p.join("c.yaml"), format!("limits:\n  {limits}\n")).unwrap();
        refused(
            &run(p, &["lint", AS_OF, "referat.yaml", "--config", "c.yaml"]),
            want,
        );
    }
    // At the ceilings a clean referat is clean (before, `max_bytes + 1`
    // overflowed, every file was read as empty and got DM003).
    std::fs::write(
        p.join("c.yaml"),
        "limits: {max_bytes: 67108864, max_depth: 128, max_nodes: 2000000, \
         max_alias_nodes: 1000000, max_findings: 1000000}\n",
    )
    .unwrap();
    let o = run(
        p,
        &[
            "lint",
            AS_OF,
            "referat.yaml",
            "--config",
            "c.yaml",
            "-f",
            "json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

fn json_paths(o: &Output) -> Vec<String> {
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!("{e}: {}", stderr(o));
    });
    v["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["path"].as_str().unwrap().to_owned())
        .collect()
}

#[cfg(unix)]
#[test]
fn one_file_named_several_ways_is_linted_once() {
    let d = scratch();
    let p = d.path();
    std::fs::hard_link(p.join("referat.yaml"), p.join("hard.yaml")).unwrap();
    std::os::unix::fs::symlink("referat.yaml", p.join("soft.yaml")).unwrap();
    let o = run(
        p,
        &[
            "lint",
            AS_OF,
            "-f",
            "json",
            "referat.yaml",
            "./referat.yaml",
            "ref/../referat.yaml",
            "hard.yaml",
            "soft.yaml",
        ],
    );
    assert_eq!(json_paths(&o).len(), 1, "{:?}", json_paths(&o));
    // A folder and a file in it.
    let o = run(
        p,
        &[
            "lint",
            AS_OF,
            "-f",
            "json",
            "ref",
            "ref/a.yaml",
            "./ref/a.yaml",
        ],
    );
    assert_eq!(json_paths(&o), ["ref/a.yaml"]);
}

#[cfg(target_os = "linux")]
#[test]
fn standard_input_named_twice_is_one_input() {
    let d = scratch();
    let o = common::run_in_with_stdin(
        d.path(),
        &["lint", AS_OF, "-f", "json", "-", "/dev/stdin", "-"],
        &example(),
    );
    assert_eq!(json_paths(&o), ["-"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}

#[cfg(unix)]
#[test]
fn symbolic_links_inside_a_folder_are_skipped_and_counted() {
    let d = scratch();
    let p = d.path();
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("out.yaml"), example()).unwrap();
    std::os::unix::fs::symlink(outside.path(), p.join("ref/outdir")).unwrap();
    std::os::unix::fs::symlink(outside.path().join("out.yaml"), p.join("ref/out.yaml")).unwrap();
    std::os::unix::fs::symlink("..", p.join("ref/loop")).unwrap();
    std::os::unix::fs::symlink("a.yaml", p.join("ref/notes.txt")).unwrap();
    let o = run(p, &["lint", AS_OF, "-f", "json", "ref"]);
    assert_eq!(json_paths(&o), ["ref/a.yaml"]);
    assert_eq!(
        stderr(&o),
        "dialogmote: merk: 3 symbolske lenker i mappene ble hoppet over; lenker følges ikke\n"
    );
    // A link named on the command line is followed.
    let o = run(p, &["lint", AS_OF, "-f", "json", "ref/out.yaml"]);
    assert_eq!(json_paths(&o), ["ref/out.yaml"]);
}

#[test]
fn jobs_are_capped() {
    let d = scratch();
    let start = Instant::now();
    for j in ["100000", "0", "1"] {
        let o = run(
            d.path(),
            &["lint", AS_OF, "-j", j, "-f", "json", "ref", "referat.yaml"],
        );
        assert_eq!(o.status.code(), Some(0), "-j {j}: {}", stderr(&o));
        assert_eq!(json_paths(&o).len(), 2);
    }
    assert!(start.elapsed() < Duration::from_secs(30));
}

#[test]
fn the_configuration_search_stops_at_the_repository_root() {
    let d = tempfile::tempdir().unwrap();
    let p = d.path();
    // A configuration above the repository that would break the run.
    std::fs::write(p.join("dialogmote.yaml"), "nonsense: 1\n").unwrap();
    let repo = p.join("repo");
    std::fs::create_dir_all(repo.join(".git")).unwrap();
    std::fs::create_dir_all(repo.join("sub")).unwrap();
    std::fs::write(repo.join("sub/r.yaml"), example()).unwrap();
    let o = run(&repo.join("sub"), &["lint", AS_OF, "r.yaml"]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // Without `.git` it is found (and refused).
    std::fs::remove_dir(repo.join(".git")).unwrap();
    let o = run(&repo.join("sub"), &["lint", AS_OF, "r.yaml"]);
    refused(&o, "unknown key in the configuration");
    // The configuration at the root itself is used.
    std::fs::create_dir(repo.join(".git")).unwrap();
    std::fs::write(repo.join("dialogmote.yaml"), "nonsense: 1\n").unwrap();
    let o = run(&repo.join("sub"), &["lint", AS_OF, "r.yaml"]);
    refused(&o, "unknown key in the configuration");
}

#[test]
fn help_documents_exit_codes_and_files() {
    let d = scratch();
    for args in [&["--help"][..], &["lint", "--help"]] {
        let o = run(d.path(), args);
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(out.contains("Exit codes:"), "{out}");
        assert!(out.contains("2  could not run"), "{out}");
    }
    let o = run(d.path(), &["lint", "--help"]);
    let out = String::from_utf8_lossy(&o.stdout);
    for want in [
        "--timeout",
        "renamed into place",
        "not followed",
        "4 × the CPUs",
    ] {
        assert!(out.contains(want), "{want}: {out}");
    }
}

/// Issue 9, item 17, on standard error: a path holding a newline and a
/// GitHub workflow command is printed on one line, escaped, so it cannot
/// forge an annotation; an ANSI escape is shown, not obeyed.
#[test]
fn an_error_naming_a_path_cannot_forge_a_ci_line() {
    let d = scratch();
    let o = run(
        d.path(),
        &[
            "lint",
            "nope\n::error file=evil.yaml,line=1::PWNED\u{1b}[2J.yaml",
        ],
    );
    refused(&o, "nope\\n::error file=evil.yaml");
    let e = stderr(&o);
    assert!(!e.lines().any(|l| l.starts_with("::")), "{e}");
    assert!(!e.contains('\u{1b}'), "{e}");
}

/// Issue 11, item 8: an error names what it concerns (the input that could
/// not be read, the output that could not be written) and exits with 2.
#[test]
fn errors_name_the_file_or_output_they_concern() {
    let d = scratch();
    let o = run(d.path(), &["lint", AS_OF, "missing.yaml"]);
    refused(&o, "kan ikke lese missing.yaml: ");
    let o = run(
        d.path(),
        &[
            "lint",
            AS_OF,
            "-f",
            "json=nofolder/out.json",
            "referat.yaml",
        ],
    );
    refused(&o, "kan ikke skrive nofolder/out.json: ");
    if Path::new("/dev/full").exists() {
        for args in [
            &["lint", AS_OF, "-f", "json", "referat.yaml"][..],
            &["schema"],
            &["rules"],
        ] {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .unwrap();
            let o = Command::new(BIN)
                .current_dir(d.path())
                .args(args)
                .stdin(Stdio::null())
                .stdout(full)
                .output()
                .unwrap();
            refused(&o, "kan ikke skrive standard ut: ");
        }
    }
}

// Issue 23, item 5: a repository nobody checked cannot make the tool read
// without bound.

/// Runs the binary in `dir` with `args` under GNU time, with `stdin` as its
/// standard input: its output and its peak resident set in KiB.
fn peak_kib(dir: &Path, args: &[&str], stdin: &[u8]) -> (Output, u64) {
    assert!(
        Path::new("/usr/bin/time").exists(),
        "this test reads the peak memory with GNU time: install it (`apt-get install time`)"
    );
    let rss = tempfile::NamedTempFile::new().unwrap();
    let out = common::with_stdin(
        Command::new("/usr/bin/time")
            .args(["-f", "%M", "-o"])
            .arg(rss.path())
            .arg(BIN)
            .args(args)
            .current_dir(dir),
        stdin,
    );
    let text = std::fs::read_to_string(rss.path()).unwrap();
    (out, text.trim().lines().last().unwrap().parse().unwrap())
}

/// A valid rule file of `bytes` bytes (one rule, then a comment), its rule
/// coded `code`.
fn big_rule_file(code: &str, bytes: usize) -> Vec<u8> {
    let mut out = format!(
        "rules:\n  - code: {code}\n    name: x\n    severity: warning\n    when: {{empty: /a}}\n    message: m\n#"
    )
    .into_bytes();
    out.resize(bytes - 1, b'x');
    out.push(b'\n');
    out
}

#[test]
fn one_rule_file_named_many_times_is_read_once() {
    let d = scratch();
    let p = d.path();
    std::fs::write(p.join("org.yaml"), big_rule_file("ORG1", 1_000_000)).unwrap();
    std::fs::write(p.join("dialogmote.yaml"), "rule_files: [org.yaml]\n").unwrap();
    let (o, once) = peak_kib(p, &["rules"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    // 64 names of the one file: `org.yaml`, `./org.yaml`, `././org.yaml`…
    let names: Vec<String> = (0..64)
        .map(|i| format!("{}org.yaml", "./".repeat(i)))
        .collect();
    let config = format!(
        "rule_files:\n{}",
        names
            .iter()
            .map(|n| format!("  - {n}\n"))
            .collect::<String>()
    );
    std::fs::write(p.join("dialogmote.yaml"), config).unwrap();
    let (o, many) = peak_kib(p, &["rules"], b"");
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    let listed = String::from_utf8_lossy(&o.stdout);
    assert_eq!(listed.matches("ORG1").count(), 1, "{listed}");
    assert!(
        many < once + 16 * 1024,
        "one 1 MB rule file named 64 times took {many} KiB, named once {once} KiB"
    );
}

#[test]
fn rule_files_are_bounded_in_number_and_in_size() {
    let d = scratch();
    let p = d.path();
    // 65 entries: refused at the 65th, before any is read.
    let config = format!(
        "rule_files:\n{}",
        (0..65)
            .map(|i| format!("  - r{i}.yaml\n"))
            .collect::<String>()
    );
    std::fs::write(p.join("dialogmote.yaml"), &config).unwrap();
    refused(
        &run(p, &["rules", "--lang", "en"]),
        "dialogmote.yaml:66:5: the configuration names more than 64 rule files",
    );
    refused(
        &run(p, &["rules"]),
        "dialogmote.yaml:66:5: konfigurasjonen viser til flere enn 64 regelfiler",
    );
    refused(
        &run(p, &["lint", AS_OF, "--lang", "nn", "referat.yaml"]),
        "dialogmote.yaml:66:5: konfigurasjonen viser til fleire enn 64 regelfiler",
    );
    // Five distinct files of 1 MB each: the fifth goes past 4 MiB.
    for i in 0..5 {
        let code = format!("ORG{}", i + 1);
        std::fs::write(
            p.join(format!("r{i}.yaml")),
            big_rule_file(&code, 1_000_000),
        )
        .unwrap();
    }
    std::fs::write(
        p.join("dialogmote.yaml"),
        "rule_files: [r0.yaml, r1.yaml, r2.yaml, r3.yaml]\n",
    )
    .unwrap();
    assert_eq!(run(p, &["rules"]).status.code(), Some(0));
    std::fs::write(
        p.join("dialogmote.yaml"),
        "rule_files: [r0.yaml, r1.yaml, r2.yaml, r3.yaml, r4.yaml]\n",
    )
    .unwrap();
    let o = run(p, &["rules", "--lang", "en"]);
    refused(
        &o,
        "dialogmote.yaml:1:50: with this rule file the rule files come to more than 4 MiB in all",
    );
    assert!(!stderr(&o).contains("xxxx"));
}

/// The language server places a problem of a configuration larger than
/// 1 MiB without reading it: a 300 MB file (sparse, so cheap to make) costs
/// no more memory than a small one.
#[cfg(unix)]
#[test]
fn the_language_server_never_reads_a_large_configuration_whole() {
    let d = scratch();
    let p = d.path().canonicalize().unwrap();
    let frame = |body: serde_json::Value| {
        let body = body.to_string();
        format!("Content-Length: {}\r\n\r\n{body}", body.len()).into_bytes()
    };
    let doc = format!("file://{}", p.join("referat.yaml").display());
    let mut session = Vec::new();
    for m in [
        serde_json::json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
            "params": {"processId": null, "rootUri": format!("file://{}", p.display()), "capabilities": {}}}),
        serde_json::json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}),
        serde_json::json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument":
            {"uri": doc, "languageId": "yaml", "version": 1, "text": example()}}}),
        serde_json::json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}),
        serde_json::json!({"jsonrpc": "2.0", "method": "exit"}),
    ] {
        session.extend(frame(m));
    }
    let config = std::fs::File::create(p.join("dialogmote.yaml")).unwrap();
    config.set_len(2 * 1024 * 1024).unwrap();
    let (o, small) = peak_kib(&p, &["lsp"], &session);
    assert_eq!(o.status.code(), Some(0));
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("larger than 1024 KiB"), "{out}");
    config.set_len(300 * 1024 * 1024).unwrap();
    let (o, large) = peak_kib(&p, &["lsp"], &session);
    assert_eq!(o.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&o.stdout).contains("larger than 1024 KiB"));
    assert!(
        large < small + 16 * 1024 && large < 100 * 1024,
        "the server took {large} KiB with a 300 MB configuration, {small} KiB with a 2 MB one"
    );
}

/// Every problem of a configuration at once: its own shape (a severity
/// that is no severity, a limit out of range) and what only the rules
/// know (a code that does not exist, a parameter a rule does not have),
/// each at its line and column, in the order of their places.
#[test]
fn a_configuration_s_problems_come_all_at_once() {
    let d = scratch();
    let p = d.path();
    std::fs::write(
        p.join("dialogmote.yaml"),
        "severity:\n  DM999: error\n  DM102: loud\nparams:\n  DM701: {deadline: 7}\nlimits: {max_bytes: 0}\n",
    )
    .unwrap();
    let o = run(p, &["lint", AS_OF, "--lang", "en", "referat.yaml"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    let places: Vec<&str> = e
        .lines()
        .map(|l| {
            l.trim_start_matches("dialogmote: error: ")
                .split(": ")
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        places,
        [
            "dialogmote.yaml:2:3",
            "dialogmote.yaml:3:10",
            "dialogmote.yaml:5:11",
            "dialogmote.yaml:6:21"
        ],
        "{e}"
    );
    // A rule file that cannot be read is reported with the file's shape;
    // the codes wait until every rule file can be read.
    std::fs::write(
        p.join("dialogmote.yaml"),
        "rule_files: [gone.yaml]\nseverity:\n  DM102: loud\n",
    )
    .unwrap();
    let o = run(p, &["lint", AS_OF, "--lang", "en", "referat.yaml"]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert_eq!(e.lines().count(), 2, "{e}");
    assert!(
        e.lines()
            .next()
            .unwrap()
            .contains("dialogmote.yaml:1:14: cannot read this rule file"),
        "{e}"
    );
    assert!(
        e.lines().nth(1).unwrap().contains("dialogmote.yaml:3:10: "),
        "{e}"
    );
}
