//! `lint --fix`, `--fix-unsafe` and `--diff`: the command line's side of
//! fixing. The fixes themselves come from [`dialogmote::Linter::fix`], the
//! one driver that the language server and the browser use too; here they
//! are written back (atomically, only when something changed), shown as a
//! unified diff, and listed on standard error.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;
use std::time::SystemTime;

use dialogmote::{Applicability, AppliedFix, Finding, FixLevel, Lang, escape_controls};

use super::Fatal;
use super::atomic::{AtomicFile, Existing};

/// What `lint` does with the fixes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Mode {
    /// Lint only (fixes are shown in human output, never applied).
    Lint,
    /// `--fix` / `--fix-unsafe`: write the fixed files, report what is left.
    Fix(FixLevel),
    /// `--diff`: print what would change, write nothing.
    Diff(FixLevel),
}

impl Mode {
    /// The mode from the flags: `--fix-unsafe` implies `--fix`, and
    /// `--diff` writes nothing whatever else is given.
    pub(crate) fn new(fix: bool, fix_unsafe: bool, diff: bool) -> Mode {
        let level = if fix_unsafe {
            FixLevel::Unsafe
        } else {
            FixLevel::Safe
        };
        if diff {
            Mode::Diff(level)
        } else if fix || fix_unsafe {
            Mode::Fix(level)
        } else {
            Mode::Lint
        }
    }

    /// The level of fixes to compute, if any.
    pub(crate) fn level(self) -> Option<FixLevel> {
        match self {
            Mode::Lint => None,
            Mode::Fix(l) | Mode::Diff(l) => Some(l),
        }
    }

    /// `--fix` refuses standard input: there is no file to write it back to.
    pub(crate) fn check_paths(self, paths: &[String]) -> Result<(), Fatal> {
        if matches!(self, Mode::Fix(_)) && paths.iter().any(|p| p == "-") {
            return Err(Fatal::Message(
                "`--fix` writes the fixed text back into each file, and standard input (`-`) is not a file; \
                 give the file's path, or use `--diff` to see the fixes for standard input"
                    .into(),
            ));
        }
        Ok(())
    }
}

/// What a file was when it was read, so that it is not replaced when it
/// changed meanwhile (an editor saved it while `--fix` ran).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
}

impl Stamp {
    /// The stamp of `path` (symbolic links followed).
    pub(crate) fn of(path: &Path) -> io::Result<Stamp> {
        let meta = std::fs::metadata(path)?;
        Ok(Stamp {
            len: meta.len(),
            modified: meta.modified().ok(),
        })
    }
}

/// Writes the fixed `text` over `path`: to a temporary file beside it,
/// renamed into place, keeping its permissions. A symbolic link named on
/// the command line stays a link and the file it points to is fixed (as an
/// editor saving it would). Refuses, leaving the file as it is, when it is
/// not a regular file, is read-only, has other hard links (the rename would
/// separate them) or changed since it was read (`stamp`).
pub(crate) fn write_fixed(path: &Path, text: &str, stamp: Stamp) -> Result<(), Fatal> {
    let name = path.display().to_string();
    let refuse =
        |why: &str| Fatal::Message(format!("cannot fix {name}: {why}; it is left as it was"));
    let meta = std::fs::metadata(path).map_err(Fatal::write(name.clone()))?;
    if !meta.is_file() {
        return Err(refuse(
            "it is not a regular file (a device, a FIFO or standard input); fix a copy and put it back",
        ));
    }
    if meta.permissions().readonly() {
        return Err(refuse("it is read-only; make it writable to fix it"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(refuse(
                "it has other hard links, which replacing it would separate from it; fix a copy and put it back",
            ));
        }
    }
    let mut file =
        AtomicFile::create(path, Existing::Replace).map_err(Fatal::write(name.clone()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.flush())
        .map_err(Fatal::write(name.clone()))?;
    if Stamp::of(path).ok() != Some(stamp) {
        return Err(refuse("it changed while it was being fixed; run again"));
    }
    file.commit().map_err(Fatal::write(name))
}

/// The unified diff from `old` to `new` of the file shown as `name`, with
/// `--- a/NAME` and `+++ b/NAME` headers as `git apply` and `patch -p1`
/// read them, and three lines of context.
pub(crate) fn unified_diff(name: &str, old: &str, new: &str) -> String {
    let name = escape_controls(name);
    let name = name.trim_start_matches("./");
    similar::TextDiff::from_lines(old, new)
        .unified_diff()
        .context_radius(3)
        .header(&format!("a/{name}"), &format!("b/{name}"))
        .to_string()
}

/// One line per fix applied (`--fix`) or available (`--diff`) in the file
/// shown as `name`: `PATH:LINE: fixed[CODE] TITLE`, the title in `lang`.
/// Never a word of the document: the title is the fix's own text.
pub(crate) fn applied_lines(name: &str, applied: &[AppliedFix], mode: Mode, lang: Lang) -> String {
    let verb = match mode {
        Mode::Diff(_) => lang.pick("kan rettes", "kan rettast", "fixable"),
        _ => lang.pick("rettet", "retta", "fixed"),
    };
    let name = escape_controls(name);
    let mut out = String::new();
    for a in applied {
        let at = a.line.map(|l| format!(":{l}")).unwrap_or_default();
        let title = escape_controls(a.title.get(lang));
        let _ = writeln!(out, "{name}{at}: {verb}[{}] {title}", a.code);
    }
    out
}

/// The last line on standard error: how many fixes in how many files.
pub(crate) fn summary(fixes: usize, files: usize, mode: Mode, lang: Lang) -> String {
    let flag = match mode.level() {
        Some(FixLevel::Unsafe) => "--fix-unsafe",
        _ => "--fix",
    };
    let (n, f) = (fixes, files);
    let nb_files = if f == 1 { "fil" } else { "filer" };
    let en_files = if f == 1 { "file" } else { "files" };
    let en_fixes = if n == 1 { "fix" } else { "fixes" };
    let nb_fixes = if n == 1 { "retting" } else { "rettinger" };
    let nn_fixes = if n == 1 { "retting" } else { "rettingar" };
    if n == 0 {
        return format!(
            "{}\n",
            lang.pick("ingenting å rette", "ingenting å rette", "nothing to fix")
        );
    }
    let line = match (mode, lang) {
        (Mode::Diff(_), Lang::En) => {
            format!("{n} {en_fixes} in {f} {en_files} can be applied with `{flag}`")
        }
        (Mode::Diff(_), Lang::Nn) => {
            format!("{n} {nn_fixes} i {f} {nb_files} kan gjerast med `{flag}`")
        }
        (Mode::Diff(_), _) => {
            format!("{n} {nb_fixes} i {f} {nb_files} kan gjøres med `{flag}`")
        }
        (_, Lang::En) => format!("applied {n} {en_fixes} in {f} {en_files}"),
        (_, Lang::Nn) => format!("gjorde {n} {nn_fixes} i {f} {nb_files}"),
        (_, _) => format!("gjorde {n} {nb_fixes} i {f} {nb_files}"),
    };
    format!("{line}\n")
}

/// Whether `finding` has fixes, but only ones a person should check.
pub(crate) fn needs_unsafe(finding: &Finding) -> bool {
    let unsafe_ = |a: Applicability| a == Applicability::Unsafe;
    !finding.fixes.is_empty() && finding.fixes.iter().all(|f| unsafe_(f.applicability))
}

/// The line after the summary when `n` findings have fixes that only
/// `--fix-unsafe` applies (nothing when none).
pub(crate) fn unsafe_hint(n: usize, lang: Lang) -> String {
    if n == 0 {
        return String::new();
    }
    let line = match lang {
        Lang::En => {
            let fixes = if n == 1 { "fix" } else { "fixes" };
            format!("{n} more {fixes} can be applied with `--fix-unsafe`, but must be checked")
        }
        Lang::Nn => {
            let fixes = if n == 1 { "retting" } else { "rettingar" };
            format!("{n} {fixes} til kan gjerast med `--fix-unsafe`, men må sjekkast")
        }
        _ => {
            let fixes = if n == 1 { "retting" } else { "rettinger" };
            format!("{n} {fixes} til kan gjøres med `--fix-unsafe`, men må sjekkes")
        }
    };
    format!("{line}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fix_unsafe_implies_fix_and_diff_never_writes() {
        assert_eq!(Mode::new(false, false, false), Mode::Lint);
        assert_eq!(Mode::new(true, false, false), Mode::Fix(FixLevel::Safe));
        assert_eq!(Mode::new(false, true, false), Mode::Fix(FixLevel::Unsafe));
        assert_eq!(Mode::new(true, false, true), Mode::Diff(FixLevel::Safe));
        assert_eq!(Mode::new(false, true, true), Mode::Diff(FixLevel::Unsafe));
    }

    #[test]
    fn only_fix_refuses_standard_input() {
        let paths = ["a.yaml".to_owned(), "-".to_owned()];
        assert!(Mode::new(true, false, false).check_paths(&paths).is_err());
        assert!(Mode::new(true, false, true).check_paths(&paths).is_ok());
        assert!(Mode::Lint.check_paths(&paths).is_ok());
    }

    #[test]
    fn the_diff_has_git_headers_and_keeps_line_endings() {
        let d = unified_diff("./x/a.yaml", "a: 1\r\nb: 2\r\n", "a: 1\r\nc: 2\r\n");
        assert!(
            d.starts_with("--- a/x/a.yaml\n+++ b/x/a.yaml\n@@ -1,2 +1,2 @@\n"),
            "{d}"
        );
        assert!(d.contains("-b: 2\r\n+c: 2\r\n"), "{d}");
        let forged = unified_diff("a\n+++ b/evil", "x\n", "y\n");
        assert_eq!(
            forged.lines().filter(|l| l.starts_with("+++")).count(),
            1,
            "{forged}"
        );
    }

    #[test]
    fn only_findings_with_nothing_but_unsafe_fixes_are_counted_for_the_hint() {
        use dialogmote::{Edit, Fix, Severity, Text};
        let fix = |a| Fix::new(Text::same("t"), a, Vec::<Edit>::new());
        let mut f = Finding::new(
            "DM002",
            "schema-violation",
            Severity::Error,
            Text::same("m"),
            "/x",
        );
        assert!(!needs_unsafe(&f), "no fix at all");
        f.fixes = vec![fix(Applicability::Unsafe)];
        assert!(needs_unsafe(&f));
        f.fixes.push(fix(Applicability::Safe));
        assert!(!needs_unsafe(&f), "--fix takes the safe one");
        assert_eq!(unsafe_hint(0, Lang::En), "");
        assert_eq!(
            unsafe_hint(2, Lang::Nb),
            "2 rettinger til kan gjøres med `--fix-unsafe`, men må sjekkes\n"
        );
    }
}
