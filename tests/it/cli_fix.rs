//! `lint --fix` as a user meets it on disk (issue 12 §2): every other byte
//! kept, permissions kept, nothing half-written, no file touched that has
//! nothing to fix or is not a referat that could be read, links and hard
//! links handled on purpose, and fixing twice changes nothing. The output
//! side is in `tests/cmd/fix-*.toml`; fixing twice as the user types it is
//! `tests/cmd/fix-twice.trycmd`, run here.

use crate::common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use common::{run_in as run, stderr};

const AS_OF: &str = "--as-of=2026-11-20";

/// A draft whose one fixable mistake is the misspelt key `datee`, with a
/// BOM, CRLF line ends, comments and odd quoting that must all survive.
const DRAFT: &str = "\u{feff}# Kladd \u{2013} ikke send\r\nformat: 'dialogmote1/v1'\r\nmeeting:\r\n  datee: 2026-11-16   # dato\r\n  start: \"09:00\"\r\n";
const FIXED: &str = "\u{feff}# Kladd \u{2013} ikke send\r\nformat: 'dialogmote1/v1'\r\nmeeting:\r\n  date: 2026-11-16   # dato\r\n  start: \"09:00\"\r\n";

#[test]
fn fixing_twice_as_typed() {
    trycmd::TestCases::new().case(crate::common::root().join("tests/cmd/fix-*.trycmd"));
}

/// A scratch folder with a `.git` folder, so that no configuration above it
/// is used.
fn scratch() -> tempfile::TempDir {
    let d = tempfile::tempdir().unwrap();
    fs::create_dir(d.path().join(".git")).unwrap();
    d
}

/// Files left in `dir` besides `expected` (temporary files, say).
fn names(dir: &Path) -> Vec<String> {
    let mut n: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    n.sort();
    n
}

/// Writes [`DRAFT`] to `dir/name`, with the permission bits `mode`.
#[cfg(unix)]
fn draft(dir: &Path, name: &str, mode: u32) -> PathBuf {
    use std::os::unix::fs::PermissionsExt;
    let p = dir.join(name);
    fs::write(&p, DRAFT).unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(mode)).unwrap();
    p
}

/// What tells whether a file was replaced or written: inode and mtime.
#[cfg(unix)]
fn identity(p: &Path) -> (u64, SystemTime) {
    use std::os::unix::fs::MetadataExt;
    let m = fs::metadata(p).unwrap();
    (m.ino(), m.modified().unwrap())
}

/// Sets `p`'s modification time well into the past, so that any write shows.
fn age(p: &Path) {
    let past = SystemTime::UNIX_EPOCH + Duration::from_secs(1_000_000_000);
    fs::File::options()
        .write(true)
        .open(p)
        .unwrap()
        .set_modified(past)
        .unwrap();
}

#[cfg(unix)]
#[test]
fn fix_keeps_every_other_byte_and_the_mode_and_leaves_no_temporary_file() {
    use std::os::unix::fs::PermissionsExt;
    let d = scratch();
    let p = draft(d.path(), "kladd.yaml", 0o640);
    let o = run(
        d.path(),
        &["lint", "--fix", "--schema-only", AS_OF, "kladd.yaml"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(&p).unwrap(), FIXED);
    assert_eq!(
        fs::metadata(&p).unwrap().permissions().mode() & 0o777,
        0o640
    );
    assert_eq!(names(d.path()), [".git", "kladd.yaml"]);
    // Standard error names the line, the code and the fix, never the text.
    let e = stderr(&o);
    assert!(e.starts_with("kladd.yaml:4: rettet[DM002] "), "{e}");
    assert!(!e.contains("2026-11-16") && !e.contains("Kladd"), "{e}");
}

#[cfg(unix)]
#[test]
fn the_second_fix_writes_nothing_and_reports_the_same() {
    let d = scratch();
    let p = draft(d.path(), "kladd.yaml", 0o644);
    let args = ["lint", "--fix", "--lang", "en", AS_OF, "kladd.yaml"];
    let first = run(d.path(), &args);
    assert_eq!(fs::read_to_string(&p).unwrap(), FIXED);
    age(&p);
    let before = identity(&p);
    let second = run(d.path(), &args);
    assert_eq!(identity(&p), before, "the file was written again");
    assert_eq!(fs::read_to_string(&p).unwrap(), FIXED);
    assert_eq!(stderr(&second), "nothing to fix\n");
    assert_eq!(first.stdout, second.stdout, "what is left is the same");
    assert_eq!(first.status.code(), second.status.code());
}

#[cfg(unix)]
#[test]
fn files_with_nothing_to_fix_or_that_cannot_be_read_are_not_touched() {
    let d = scratch();
    let root = &crate::common::root();
    let misspelt = "format: dialogmote1/v1\nmeeting:\n  datee: 2026-11-16\n";
    let files: [(&str, Vec<u8>); 5] = [
        // Clean.
        (
            "ferdig.yaml",
            fs::read(root.join("examples/complete.yaml")).unwrap(),
        ),
        // Not a referat: its keys are not ours to rename.
        (
            "ci.yml",
            b"name: ci\non: push\nmeeting:\n  datee: 1\n".to_vec(),
        ),
        // Not YAML (DM001) after the misspelt key.
        ("brutt.yaml", format!("{misspelt}  x: [\n").into_bytes()),
        // Not UTF-8 (a Latin-1 `ø`) after the misspelt key.
        (
            "latin1.yaml",
            [misspelt.as_bytes(), b"# m\xf8te\n"].concat(),
        ),
        // Not UTF-8: UTF-16 with a BOM.
        (
            "utf16.yaml",
            [0xFF, 0xFE]
                .into_iter()
                .chain(misspelt.encode_utf16().flat_map(u16::to_le_bytes))
                .collect(),
        ),
    ];
    let mut before = Vec::new();
    for (name, bytes) in &files {
        let p = d.path().join(name);
        fs::write(&p, bytes).unwrap();
        age(&p);
        before.push(identity(&p));
    }
    let o = run(d.path(), &["lint", "--fix-unsafe", AS_OF, "."]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(
        stderr(&o).ends_with("ingenting å rette\n"),
        "{}",
        stderr(&o)
    );
    for ((name, bytes), was) in files.iter().zip(before) {
        let p = d.path().join(name);
        assert_eq!(&fs::read(&p).unwrap(), bytes, "{name}");
        assert_eq!(identity(&p), was, "{name} was written");
    }
}

#[cfg(unix)]
#[test]
fn a_file_over_the_size_limit_is_never_fixed_and_so_never_cut_short() {
    let d = scratch();
    fs::write(
        d.path().join("dialogmote.yaml"),
        "limits:\n  max_bytes: 100\n",
    )
    .unwrap();
    let p = d.path().join("stor.yaml");
    let text = format!(
        "format: dialogmote1/v1\nmeeting:\n  datee: 2026-11-16\n{}",
        "# fyll\n".repeat(40)
    );
    fs::write(&p, &text).unwrap();
    let o = run(d.path(), &["lint", "--fix", AS_OF, "stor.yaml"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stdout).contains("DM004"));
    assert_eq!(fs::read_to_string(&p).unwrap(), text);
}

#[cfg(unix)]
#[test]
fn a_link_named_on_the_command_line_is_followed_and_stays_a_link() {
    let d = scratch();
    fs::create_dir(d.path().join("arkiv")).unwrap();
    let target = d.path().join("arkiv/kladd.yaml");
    fs::write(&target, DRAFT).unwrap();
    let link = d.path().join("kladd.yaml");
    std::os::unix::fs::symlink("arkiv/kladd.yaml", &link).unwrap();
    let o = run(
        d.path(),
        &["lint", "--fix", "--schema-only", AS_OF, "kladd.yaml"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(fs::symlink_metadata(&link).unwrap().is_symlink());
    assert_eq!(fs::read_to_string(&target).unwrap(), FIXED);
    assert_eq!(names(&d.path().join("arkiv")), ["kladd.yaml"]);
}

#[cfg(unix)]
#[test]
fn a_link_inside_a_folder_is_not_followed() {
    let d = scratch();
    let outside = tempfile::tempdir().unwrap();
    let target = outside.path().join("kladd.yaml");
    fs::write(&target, DRAFT).unwrap();
    fs::create_dir(d.path().join("mapp")).unwrap();
    std::os::unix::fs::symlink(&target, d.path().join("mapp/kladd.yaml")).unwrap();
    let o = run(d.path(), &["lint", "--fix", AS_OF, "mapp"]);
    assert!(
        stderr(&o).contains("1 symbolske lenker i mappene ble hoppet over"),
        "{}",
        stderr(&o)
    );
    assert_eq!(fs::read_to_string(&target).unwrap(), DRAFT);
}

/// Exit 2, a message naming the file and containing `why`, and the file as
/// it was.
#[cfg(unix)]
fn refused(dir: &Path, name: &str, why: &str) {
    let p: PathBuf = dir.join(name);
    let o = run(dir, &["lint", "--fix", AS_OF, name]);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(
        e.contains(&format!("kan ikke rette {name}: {why}")) && e.contains("latt være som den var"),
        "{e}"
    );
    assert_eq!(fs::read_to_string(&p).unwrap(), DRAFT);
}

#[cfg(unix)]
#[test]
fn a_read_only_file_and_a_file_with_other_hard_links_are_refused() {
    let d = scratch();
    draft(d.path(), "lest.yaml", 0o444);
    refused(d.path(), "lest.yaml", "den kan bare leses");
    let h = draft(d.path(), "delt.yaml", 0o644);
    fs::hard_link(&h, d.path().join("kopi.yaml")).unwrap();
    refused(d.path(), "delt.yaml", "den har andre harde lenker");
    assert_eq!(
        fs::read_to_string(d.path().join("kopi.yaml")).unwrap(),
        DRAFT
    );
}

#[cfg(unix)]
#[test]
fn standard_input_by_its_path_is_refused_too() {
    let d = scratch();
    let o = common::run_in_with_stdin(d.path(), &["lint", "--fix", AS_OF, "/dev/stdin"], DRAFT);
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(
        e.contains("standard inn (`-`, `/dev/stdin`) er ikke en fil"),
        "{e}"
    );
}

/// A file that may not be replaced stops the run (exit 2), but the files
/// fixed beside it are still listed: nothing is changed silently.
#[cfg(unix)]
#[test]
fn after_a_refusal_the_files_fixed_beside_it_are_still_listed() {
    let d = scratch();
    draft(d.path(), "a.yaml", 0o444);
    let b = draft(d.path(), "b.yaml", 0o644);
    let o = run(
        d.path(),
        &["lint", "--fix", "--jobs", "2", "--lang", "en", AS_OF, "."],
    );
    let e = stderr(&o);
    assert_eq!(o.status.code(), Some(2), "{e}");
    assert!(e.contains("cannot fix a.yaml: it is read-only"), "{e}");
    assert!(e.contains("b.yaml:4: fixed[DM002] "), "{e}");
    assert_eq!(fs::read_to_string(&b).unwrap(), FIXED);
    assert_eq!(fs::read_to_string(d.path().join("a.yaml")).unwrap(), DRAFT);
}

/// The diff, applied by git, gives exactly what `--fix` writes.
#[test]
fn the_diff_applies_with_git_and_gives_what_fix_writes() {
    let d = scratch();
    for sub in ["a", "b"] {
        fs::create_dir(d.path().join(sub)).unwrap();
        fs::write(d.path().join(sub).join("kladd.yaml"), DRAFT).unwrap();
    }
    let diff = run(
        &d.path().join("a"),
        &["lint", "--diff", AS_OF, "kladd.yaml"],
    );
    assert_eq!(diff.status.code(), Some(1), "{}", stderr(&diff));
    assert_eq!(
        fs::read_to_string(d.path().join("a/kladd.yaml")).unwrap(),
        DRAFT
    );
    let patch = d.path().join("fix.patch");
    fs::write(&patch, &diff.stdout).unwrap();
    let git = Command::new("git")
        .current_dir(d.path().join("a"))
        .env("GIT_CEILING_DIRECTORIES", d.path())
        .args(["apply", "--whitespace=nowarn"])
        .arg(&patch)
        .output()
        .expect("git must be installed for this test");
    assert!(git.status.success(), "{}", stderr(&git));
    run(&d.path().join("b"), &["lint", "--fix", AS_OF, "kladd.yaml"]);
    assert_eq!(
        fs::read(d.path().join("a/kladd.yaml")).unwrap(),
        fs::read(d.path().join("b/kladd.yaml")).unwrap()
    );
    // Nothing to fix: no diff, exit 0.
    let none = run(
        &d.path().join("b"),
        &["lint", "--diff", AS_OF, "kladd.yaml"],
    );
    assert_eq!(none.status.code(), Some(0));
    assert!(none.stdout.is_empty());
}

/// Issue 23, item 10: a fix that would take a file past `max_bytes` is not
/// written (the file would have become one DM004 with every other finding
/// gone); the refusal says so in the user's language.
#[cfg(unix)]
#[test]
fn a_fix_that_would_take_the_file_past_the_size_limit_is_not_written() {
    let d = scratch();
    let p = d.path().join("kladd.yaml");
    // `dat` becomes `date`: one byte more.
    let text = format!(
        "format: dialogmote1/v1\nmeeting:\n  dat: 2026-11-16\n{}",
        "# fyll\n".repeat(20)
    );
    fs::write(&p, &text).unwrap();
    let max = text.len();
    fs::write(
        d.path().join("dialogmote.yaml"),
        format!("limits:\n  max_bytes: {max}\n"),
    )
    .unwrap();
    let before = identity(&p);
    for (lang, want) in [
        (
            "en",
            format!("cannot fix kladd.yaml: with the fixes it would be larger than {max} bytes"),
        ),
        (
            "nb",
            format!(
                "kan ikke rette kladd.yaml: med rettingene ville filen bli større enn {max} byte"
            ),
        ),
        (
            "nn",
            format!(
                "kan ikkje rette kladd.yaml: med rettingane ville fila bli større enn {max} byte"
            ),
        ),
    ] {
        let o = run(
            d.path(),
            &["lint", "--fix", AS_OF, "--lang", lang, "kladd.yaml"],
        );
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{e}");
        assert!(e.contains(&want), "{e}");
        assert_eq!(fs::read_to_string(&p).unwrap(), text);
        assert_eq!(identity(&p), before);
    }
    assert_eq!(names(d.path()), [".git", "dialogmote.yaml", "kladd.yaml"]);
    // One byte more room, and it is fixed.
    fs::write(
        d.path().join("dialogmote.yaml"),
        format!("limits:\n  max_bytes: {}\n", max + 1),
    )
    .unwrap();
    let o = run(d.path(), &["lint", "--fix", AS_OF, "kladd.yaml"]);
    assert_ne!(o.status.code(), Some(2), "{}", stderr(&o));
    assert!(
        fs::read_to_string(&p)
            .unwrap()
            .contains("  date: 2026-11-16\n")
    );
}

/// Issue 23, item 10: `--fix /dev/stdin < FILE` replaced FILE with a new
/// file while `--fix -` was refused; every name of standard input is
/// refused alike, and the file is left as it was.
#[cfg(target_os = "linux")]
#[test]
fn standard_input_redirected_from_a_file_is_refused_by_every_name() {
    let d = scratch();
    let p = draft(d.path(), "kladd.yaml", 0o644);
    std::os::unix::fs::symlink("/dev/stdin", d.path().join("inn.yaml")).unwrap();
    let before = identity(&p);
    for name in [
        "/dev/stdin",
        "/dev/fd/0",
        "/proc/self/fd/0",
        "/dev/../dev/stdin",
        "inn.yaml",
    ] {
        let o = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
            .current_dir(d.path())
            .args(["lint", "--fix", AS_OF, name])
            .stdin(fs::File::open(&p).unwrap())
            .output()
            .unwrap();
        let e = stderr(&o);
        assert_eq!(o.status.code(), Some(2), "{name}: {e}");
        assert!(e.contains("standard inn"), "{name}: {e}");
        assert_eq!(fs::read_to_string(&p).unwrap(), DRAFT, "{name}");
        assert_eq!(identity(&p), before, "{name}");
    }
    // `--diff` still reads it.
    let o = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(d.path())
        .args(["lint", "--diff", AS_OF, "/dev/stdin"])
        .stdin(fs::File::open(&p).unwrap())
        .output()
        .unwrap();
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert!(String::from_utf8_lossy(&o.stdout).contains("+  date: 2026-11-16"));
}

/// Issue 23, item 10: extended attributes (a user's tags, a security
/// label, an access control list) survive `--fix`, which replaces the file.
#[cfg(target_os = "linux")]
#[test]
fn extended_attributes_are_kept_by_fix() {
    use rustix::fs::{XattrFlags, getxattr, setxattr};
    let d = scratch();
    let p = draft(d.path(), "kladd.yaml", 0o640);
    match setxattr(&p, "user.dialogmote.tag", b"personal", XattrFlags::empty()) {
        Ok(()) => {}
        Err(e) => {
            eprintln!("this file system keeps no user attributes ({e}); not tested");
            return;
        }
    }
    setxattr(&p, "user.other", b"", XattrFlags::empty()).unwrap();
    let before = identity(&p);
    let o = run(
        d.path(),
        &["lint", "--fix", "--schema-only", AS_OF, "kladd.yaml"],
    );
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert_eq!(fs::read_to_string(&p).unwrap(), FIXED);
    assert_ne!(identity(&p).0, before.0, "the file was replaced");
    let mut value = [0u8; 64];
    let n = getxattr(&p, "user.dialogmote.tag", &mut value[..]).unwrap();
    assert_eq!(&value[..n], b"personal");
    assert_eq!(getxattr(&p, "user.other", &mut value[..]).unwrap(), 0);
}

/// Issue 23, item 6: an editor that saves by renaming while `--fix` runs
/// never loses a save. The editor watches for `--fix`'s temporary file and
/// saves right then (within the few milliseconds before it is renamed into
/// place, where the old check-then-rename lost the save: an fsync comes
/// between them), then checks that its save is still there before the next
/// one. Every save holds the same
/// fixable mistake, so `--fix` has something to write each time.
#[cfg(unix)]
#[test]
fn an_editor_saving_by_rename_during_fix_never_loses_a_save() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
    let d = scratch();
    let dir = d.path().to_path_buf();
    let p = dir.join("kladd.yaml");
    let save = |i: usize| DRAFT.replace("# Kladd", &format!("# Kladd {i:06}"));
    fs::write(&p, save(0)).unwrap();
    let stop = Arc::new(AtomicBool::new(false));
    let saves = Arc::new(AtomicUsize::new(0));
    let editor = {
        let (stop, saves, dir, p) = (stop.clone(), saves.clone(), dir.clone(), p.clone());
        std::thread::spawn(move || -> Result<(), String> {
            let marker = |t: &str| t.split("# Kladd ").nth(1).map(|r| r[..6].to_owned());
            // While `--fix` checks the file set aside, for a few
            // microseconds, there is no file by its name.
            let read = |p: &Path| loop {
                match fs::read_to_string(p) {
                    Err(e) if e.kind() == std::io::ErrorKind::NotFound => std::thread::yield_now(),
                    other => break other.unwrap(),
                }
            };
            let mut last = 0;
            let mut since = std::time::Instant::now();
            while !stop.load(Ordering::Relaxed) {
                // A temporary file of `--fix` (not the editor's own); or
                // else a save now and then.
                let fixing = fs::read_dir(&dir).unwrap().any(|e| {
                    e.unwrap()
                        .file_name()
                        .to_string_lossy()
                        .ends_with(".dialogmote-tmp")
                });
                if !fixing && since.elapsed() < Duration::from_millis(250) {
                    std::thread::sleep(Duration::from_micros(50));
                    continue;
                }
                since = std::time::Instant::now();
                // Check the last save, then save anew.
                let now = read(&p);
                if marker(&now).as_deref() != Some(&format!("{last:06}")) {
                    return Err(format!("save {last} was lost: {now:?}"));
                }
                last += 1;
                let tmp = dir.join("kladd.yaml~editor");
                fs::write(&tmp, save(last)).unwrap();
                fs::rename(&tmp, &p).unwrap();
                saves.store(last, Ordering::Relaxed);
                std::thread::sleep(Duration::from_micros(200 * (last as u64 % 8)));
            }
            let now = read(&p);
            if marker(&now).as_deref() != Some(&format!("{last:06}")) {
                return Err(format!("save {last} was lost: {now:?}"));
            }
            Ok(())
        })
    };
    let mut written = 0;
    for _ in 0..60 {
        let o = run(
            &dir,
            &["lint", "--fix", "--schema-only", AS_OF, "kladd.yaml"],
        );
        match o.status.code() {
            Some(0) => written += 1,
            Some(2) => assert!(
                stderr(&o).contains("ble endret mens den ble rettet"),
                "{}",
                stderr(&o)
            ),
            other => panic!("{other:?}: {}", stderr(&o)),
        }
        if editor.is_finished() {
            break;
        }
    }
    stop.store(true, Ordering::Relaxed);
    let result = editor.join().unwrap();
    eprintln!(
        "{} editor saves, {written} fixes written",
        saves.load(Ordering::Relaxed)
    );
    result.unwrap();
    let left: Vec<String> = names(&dir)
        .into_iter()
        .filter(|n| n.ends_with(".dialogmote-tmp") || n.ends_with(".dialogmote-old"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
