//! Atomic writes: every file the tool writes goes to a temporary file in
//! the target's folder and is renamed into place only when the whole run
//! has completed. On failure, or when dropped without `commit`, the
//! temporary file is removed and the target is left as it was.
//!
//! Used by `lint` (`--output`, `--format FMT=FILE`, and `--fix`, which
//! replaces the inputs it fixes), `render` and `new -o`.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tempfile::NamedTempFile;

/// Temporary files not yet renamed into place, for [`abandon_all`]: a
/// process that ends with `std::process::exit` runs no destructor.
static PENDING: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn pending() -> MutexGuard<'static, Vec<PathBuf>> {
    PENDING.lock().unwrap_or_else(PoisonError::into_inner)
}

/// Removes every temporary file not yet renamed into place, so that a
/// process about to exit (`--timeout`) leaves no temporary file behind.
/// A commit under way finishes first; later commits fail.
pub(crate) fn abandon_all() {
    for p in pending().drain(..) {
        let _ = std::fs::remove_file(p);
    }
}

/// What `commit` does when the target exists.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Existing {
    /// Replace it (reports).
    Replace,
    /// Refuse, with `ErrorKind::AlreadyExists` (`new`): the check is the
    /// rename itself (a hard link that fails on an existing name), so a
    /// file created meanwhile is never overwritten.
    Keep,
}

enum Inner {
    /// A temporary file beside the target.
    Temp(BufWriter<NamedTempFile>),
    /// The target is not a regular file (`/dev/null`, a FIFO): written
    /// directly, as it cannot be replaced by a rename.
    Direct(BufWriter<File>),
}

/// A file being written.
pub(crate) struct AtomicFile {
    inner: Inner,
    target: PathBuf,
    existing: Existing,
}

impl AtomicFile {
    /// Starts writing `target`. Fails at once when its folder does not
    /// exist or cannot be written, or when it is a folder, so that no work
    /// is done for an output that cannot be written.
    pub(crate) fn create(target: &Path, existing: Existing) -> io::Result<AtomicFile> {
        // A symbolic link is kept: the file it points to is replaced.
        let target = std::fs::canonicalize(target).unwrap_or_else(|_| target.to_path_buf());
        let meta = std::fs::metadata(&target).ok();
        if let Some(m) = &meta {
            if m.is_dir() {
                return Err(io::Error::other("it is a folder"));
            }
            if existing == Existing::Keep {
                return Err(io::Error::from(io::ErrorKind::AlreadyExists));
            }
            if !m.is_file() {
                let file = OpenOptions::new()
                    .write(true)
                    .truncate(true)
                    .open(&target)?;
                return Ok(AtomicFile {
                    inner: Inner::Direct(BufWriter::new(file)),
                    target,
                    existing,
                });
            }
        }
        let dir = match target.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let name = target
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let prefix = format!(".{name}.");
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".dialogmote-tmp");
        // A new file gets the usual mode less the umask (not the 0600 of a
        // temporary file); a replaced file keeps its own.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        if !dir.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                "its folder does not exist",
            ));
        }
        // The error names the kind only: the temporary name means nothing
        // to the user.
        let temp = builder
            .tempfile_in(dir)
            .map_err(|e| io::Error::from(e.kind()))?;
        if let Some(m) = &meta {
            temp.as_file().set_permissions(m.permissions())?;
            keep_owner(temp.as_file(), m);
        }
        pending().push(temp.path().to_path_buf());
        Ok(AtomicFile {
            inner: Inner::Temp(BufWriter::new(temp)),
            target,
            existing,
        })
    }

    /// Moves the finished file into place.
    pub(crate) fn commit(self) -> io::Result<()> {
        match self.inner {
            Inner::Direct(mut w) => w.flush(),
            Inner::Temp(w) => {
                let temp = w.into_inner().map_err(io::IntoInnerError::into_error)?;
                temp.as_file().sync_all()?;
                let mut pending = pending();
                let at = pending.iter().position(|p| p == temp.path());
                let Some(at) = at else {
                    // Abandoned meanwhile: the process is ending.
                    return Err(io::Error::from(io::ErrorKind::Interrupted));
                };
                pending.swap_remove(at);
                let persisted = match self.existing {
                    Existing::Replace => temp.persist(&self.target),
                    Existing::Keep => temp.persist_noclobber(&self.target),
                };
                persisted.map(drop).map_err(|e| e.error)
            }
        }
    }
}

/// Gives `file` the owner and group of the file it replaces, where the
/// process may (root may; a user may change the group to one of their own).
/// Otherwise the replacement belongs to whoever ran the tool, as with any
/// editor that saves by renaming.
#[cfg(unix)]
fn keep_owner(file: &File, replaced: &std::fs::Metadata) {
    use std::os::unix::fs::MetadataExt;
    let Ok(now) = file.metadata() else { return };
    if (now.uid(), now.gid()) != (replaced.uid(), replaced.gid()) {
        let _ = std::os::unix::fs::fchown(file, Some(replaced.uid()), Some(replaced.gid()));
        let _ = std::os::unix::fs::fchown(file, None, Some(replaced.gid()));
    }
}

#[cfg(not(unix))]
fn keep_owner(_file: &File, _replaced: &std::fs::Metadata) {}

impl Write for AtomicFile {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match &mut self.inner {
            Inner::Temp(w) => w.write(buf),
            Inner::Direct(w) => w.write(buf),
        }
    }

    fn flush(&mut self) -> io::Result<()> {
        match &mut self.inner {
            Inner::Temp(w) => w.flush(),
            Inner::Direct(w) => w.flush(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> tempfile::TempDir {
        tempfile::tempdir().unwrap()
    }

    fn leftovers(d: &Path) -> Vec<String> {
        std::fs::read_dir(d)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".dialogmote-tmp"))
            .collect()
    }

    #[test]
    fn replaces_only_on_commit() {
        let d = dir();
        let t = d.path().join("p.sarif");
        std::fs::write(&t, "old").unwrap();
        let mut f = AtomicFile::create(&t, Existing::Replace).unwrap();
        f.write_all(b"new").unwrap();
        f.flush().unwrap();
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "old");
        f.commit().unwrap();
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "new");
        assert!(leftovers(d.path()).is_empty());
    }

    #[test]
    fn dropped_leaves_target_and_no_temp() {
        let d = dir();
        let t = d.path().join("p.sarif");
        std::fs::write(&t, "old").unwrap();
        let mut f = AtomicFile::create(&t, Existing::Replace).unwrap();
        f.write_all(b"half").unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "old");
        assert!(leftovers(d.path()).is_empty());
    }

    #[test]
    fn missing_folder_fails_at_create() {
        let d = dir();
        assert!(AtomicFile::create(&d.path().join("no/p.sarif"), Existing::Replace).is_err());
    }

    #[test]
    fn keep_never_overwrites_even_a_file_created_meanwhile() {
        let d = dir();
        let t = d.path().join("referat.yaml");
        let mut f = AtomicFile::create(&t, Existing::Keep).unwrap();
        f.write_all(b"draft").unwrap();
        std::fs::write(&t, "someone else's").unwrap();
        let e = f.commit().unwrap_err();
        assert_eq!(e.kind(), io::ErrorKind::AlreadyExists);
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "someone else's");
        assert!(leftovers(d.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn keeps_mode_of_replaced_file_and_writes_through_symlink() {
        use std::os::unix::fs::PermissionsExt;
        let d = dir();
        let t = d.path().join("p.json");
        std::fs::write(&t, "old").unwrap();
        std::fs::set_permissions(&t, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = d.path().join("link.json");
        std::os::unix::fs::symlink(&t, &link).unwrap();
        let mut f = AtomicFile::create(&link, Existing::Replace).unwrap();
        f.write_all(b"new").unwrap();
        f.commit().unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().is_symlink());
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "new");
        let mode = std::fs::metadata(&t).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }

    #[test]
    fn device_is_written_directly() {
        let mut f = AtomicFile::create(Path::new("/dev/null"), Existing::Replace).unwrap();
        f.write_all(b"x").unwrap();
        f.commit().unwrap();
        assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
    }
}
