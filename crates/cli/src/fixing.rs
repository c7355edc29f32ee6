//! `lint --fix`, `--fix-unsafe` and `--diff`: the command line's side of
//! fixing. The fixes themselves come from [`dialogmote::Linter::fix`], the
//! one driver that the language server and the browser use too; here they
//! are written back (atomically, only when something changed), shown as a
//! unified diff, and listed on standard error.

use std::fmt::Write as _;
use std::io::{self, Write};
use std::path::Path;

use dialogmote::{Applicability, AppliedFix, Finding, FixLevel, Lang, UiText, escape_controls};

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

    /// `--fix` refuses standard input, by any of its names (`-`,
    /// `/dev/stdin`, `/dev/fd/0`, `/proc/self/fd/0`, a link to one): there
    /// is no file to write it back to. (`--fix /dev/stdin < FILE` replaced
    /// FILE, which the command line does not name.)
    pub(crate) fn check_paths(self, paths: &[String]) -> Result<(), Fatal> {
        if matches!(self, Mode::Fix(_))
            && paths
                .iter()
                .any(|p| p == "-" || names_a_descriptor(Path::new(p)))
        {
            return Err(Fatal::Message(crate::say(UiText::FixStdin, &[])));
        }
        Ok(())
    }
}

/// Whether `path` names an open file of the process rather than a file
/// (`/dev/stdin`, `/dev/fd/N`, `/proc/self/fd/N`), itself or through the
/// symbolic links it leads through. Lexical: `..` is resolved by name.
pub(crate) fn names_a_descriptor(path: &Path) -> bool {
    let descriptor = |p: &Path| {
        ["/dev/stdin", "/dev/stdout", "/dev/stderr"]
            .iter()
            .any(|d| p == Path::new(d))
            || p.starts_with("/dev/fd")
            || p.starts_with("/proc")
    };
    let mut p = dialogmote_host::files::lexical(path);
    // A chain of links, followed as far as the kernel would (40 links).
    for _ in 0..40 {
        if descriptor(&p) {
            return true;
        }
        match std::fs::read_link(&p) {
            Ok(next) => {
                let dir = p.parent().map(Path::to_path_buf).unwrap_or_default();
                p = dialogmote_host::files::lexical(&dir.join(next));
            }
            Err(_) => return false,
        }
    }
    false
}

/// The file `--fix` read, held open until it is replaced, so that it is
/// replaced only if it is still that file with what was read: an editor
/// that saves by renaming puts another file in its place, one that saves in
/// place changes what it holds. Held open, its identity (device and inode)
/// cannot pass to a new file meanwhile, as a freed inode number would.
pub(crate) struct Original {
    file: std::fs::File,
    #[cfg(unix)]
    id: (u64, u64),
}

impl Original {
    /// Opens the file at `path` (symbolic links followed).
    pub(crate) fn open(path: &Path) -> io::Result<Original> {
        let file = std::fs::File::open(path)?;
        #[cfg(unix)]
        let id = {
            use std::os::unix::fs::MetadataExt;
            let m = file.metadata()?;
            (m.dev(), m.ino())
        };
        Ok(Original {
            file,
            #[cfg(unix)]
            id,
        })
    }

    /// Reads at most `limit` bytes of it, from the start.
    pub(crate) fn read(&self, limit: u64) -> io::Result<Vec<u8>> {
        use std::io::{Read, Seek};
        let mut f = &self.file;
        f.rewind()?;
        let mut bytes = Vec::new();
        if let Ok(m) = f.metadata() {
            let room = m.len().min(limit).saturating_add(1);
            bytes.reserve_exact(usize::try_from(room).unwrap_or(0));
        }
        f.take(limit).read_to_end(&mut bytes)?;
        Ok(bytes)
    }

    /// Whether `meta` is this file and it holds `read`, byte for byte.
    fn unchanged(&self, meta: &std::fs::Metadata, read: &[u8]) -> bool {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            if (meta.dev(), meta.ino()) != self.id {
                return false;
            }
        }
        meta.len() == read.len() as u64
            && self
                .read(read.len() as u64 + 1)
                .is_ok_and(|now| now == read)
    }
}

/// Writes the fixed `text` over `path`: to a temporary file beside it,
/// put in place of the file, keeping its permissions and extended
/// attributes. A symbolic link named on the command line stays a link and
/// the file it points to is fixed (as an editor saving it would). Refuses,
/// leaving the file as it is, when it is not a regular file, is read-only,
/// has other hard links (the rename would separate them) or, at the moment
/// it would be replaced, is not the file `original` holding `read`: an
/// editor that saved meanwhile keeps its save (see
/// [`AtomicFile::commit_if`]).
pub(crate) fn write_fixed(
    path: &Path,
    text: &str,
    original: &Original,
    read: &[u8],
) -> Result<(), Fatal> {
    let name = path.display().to_string();
    let refuse = |why: UiText| {
        Fatal::Message(crate::say(
            UiText::FixRefused,
            &[("name", &name), ("why", why.text(crate::lang()))],
        ))
    };
    let meta = std::fs::metadata(path).map_err(Fatal::write(name.clone()))?;
    if !meta.is_file() {
        return Err(refuse(UiText::FixNotRegular));
    }
    if meta.permissions().readonly() {
        return Err(refuse(UiText::FixReadOnly));
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if meta.nlink() > 1 {
            return Err(refuse(UiText::FixHardLinks));
        }
    }
    let mut file =
        AtomicFile::create(path, Existing::Replace).map_err(Fatal::write(name.clone()))?;
    file.write_all(text.as_bytes())
        .and_then(|()| file.flush())
        .map_err(Fatal::write(name.clone()))?;
    let unchanged = |m: &std::fs::Metadata| original.unchanged(m, read);
    if !file
        .commit_if(&unchanged)
        .map_err(Fatal::write(name.clone()))?
    {
        return Err(refuse(UiText::FixChanged));
    }
    Ok(())
}

/// Why the fixed text of the file shown as `name` is not written: it would
/// be larger than `max` bytes, the largest file the linter reads, so the
/// next run would check nothing in it but its size.
pub(crate) fn too_large(name: &str, max: usize, lang: Lang) -> Fatal {
    let name = escape_controls(name);
    Fatal::Message(UiText::FixedTooLarge.fill(lang, &[("name", &name), ("max", &max.to_string())]))
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
        Mode::Diff(_) => UiText::Fixable.text(lang),
        _ => UiText::Fixed.text(lang),
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
    if n == 0 {
        return format!("{}\n", UiText::NothingToFix.text(lang));
    }
    let count = |n: usize, one: UiText, many: UiText| {
        (if n == 1 { one } else { many }).fill(lang, &[("n", &n.to_string())])
    };
    let fixes = count(n, UiText::FixesOne, UiText::FixesMany);
    let files = count(f, UiText::FilesOne, UiText::FilesMany);
    let line = match mode {
        Mode::Diff(_) => UiText::FixesAvailable.fill(
            lang,
            &[("fixes", &fixes), ("files", &files), ("flag", flag)],
        ),
        _ => UiText::FixesApplied.fill(lang, &[("fixes", &fixes), ("files", &files)]),
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
    let text = if n == 1 {
        UiText::UnsafeFixesOne
    } else {
        UiText::UnsafeFixesMany
    };
    let line = text.fill(lang, &[("n", &n.to_string())]);
    format!("{line}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Runs `write_fixed` of `fixed` over a file holding `old`, with
    /// `meanwhile` done at the moment of replacement; whether it wrote,
    /// what the file holds then, and the names left in its folder.
    fn fix_with(
        old: &str,
        fixed: &str,
        meanwhile: impl Fn(&Path) + 'static,
    ) -> (bool, String, Vec<String>) {
        use super::super::atomic::tests::set_before_replacing;
        let d = tempfile::tempdir().unwrap();
        let p = d.path().join("kladd.yaml");
        std::fs::write(&p, old).unwrap();
        let original = Original::open(&p).unwrap();
        let read = original.read(1000).unwrap();
        set_before_replacing(Some(Box::new(meanwhile)));
        let wrote = write_fixed(&p, fixed, &original, &read);
        set_before_replacing(None);
        if let Err(e) = &wrote {
            assert!(
                e.to_string().contains("ble endret mens den ble rettet"),
                "{e}"
            );
        }
        let mut names: Vec<String> = std::fs::read_dir(d.path())
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        (wrote.is_ok(), std::fs::read_to_string(&p).unwrap(), names)
    }

    /// Issue 23, item 6: an editor's save at the very moment `--fix`
    /// replaces the file (by rename, or in place) is kept, and `--fix`
    /// says the file changed; with nothing saved meanwhile, it is fixed.
    #[test]
    fn a_save_at_the_moment_of_replacement_is_kept() {
        let by_rename = |target: &Path| {
            let tmp = target.with_extension("editor");
            std::fs::write(&tmp, "saved\n").unwrap();
            std::fs::rename(&tmp, target).unwrap();
        };
        let in_place = |target: &Path| std::fs::write(target, "saved\n").unwrap();
        let same_length = |target: &Path| std::fs::write(target, "odd\n").unwrap();
        for (how, want) in [
            (Box::new(by_rename) as Box<dyn Fn(&Path)>, "saved\n"),
            (Box::new(in_place), "saved\n"),
            (Box::new(same_length), "odd\n"),
        ] {
            let (wrote, now, names) = fix_with("old\n", "fixed\n", how);
            assert!(!wrote);
            assert_eq!(now, want);
            assert_eq!(names, ["kladd.yaml"]);
        }
        let (wrote, now, names) = fix_with("old\n", "fixed\n", |_| {});
        assert!(wrote);
        assert_eq!(now, "fixed\n");
        assert_eq!(names, ["kladd.yaml"]);
    }

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
