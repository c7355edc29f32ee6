//! Atomic writes: every file the tool writes goes to a temporary file in
//! the target's folder and is renamed into place only when the whole run
//! has completed. On failure, or when dropped without `commit`, the
//! temporary file is removed and the target is left as it was.
//!
//! Used by `lint` (`--output`, `--format FMT=FILE`, and `--fix`, which
//! replaces the inputs it fixes), `render`, `new -o` and `export -o`
//! (readable by its owner only: [`Access::OwnerOnly`]).
//!
//! A replaced file keeps its permissions, its owner where the process may
//! set it, and its extended attributes (`user.*`, `security.*` and the
//! access control list, where the platform and the file system have them).
//!
//! [`AtomicFile::commit_if`] replaces a file only if it is still the one
//! that was read, checked at the moment of replacement and never by
//! writing over a file that was not checked (see [`replace_if`]): an
//! editor that saves by renaming while `--fix` runs keeps its save.

use std::fs::{File, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard, PoisonError};

use tempfile::{NamedTempFile, TempPath};

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

/// Who may read a file the tool writes.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Access {
    /// A new file gets the usual mode less the umask; a replaced file keeps
    /// its own mode, owner and extended attributes.
    Usual,
    /// Readable and writable by its owner only (Unix mode 0600), also when
    /// it replaces a file, whatever the umask; no extended attribute of a
    /// replaced file is kept (an access control list could open it to
    /// others). For `export`, whose output holds an identity number.
    OwnerOnly,
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
        AtomicFile::create_with(target, existing, Access::Usual)
    }

    /// [`AtomicFile::create`] for a file only its owner may read (see
    /// [`Access::OwnerOnly`]).
    pub(crate) fn create_private(target: &Path, existing: Existing) -> io::Result<AtomicFile> {
        AtomicFile::create_with(target, existing, Access::OwnerOnly)
    }

    fn create_with(target: &Path, existing: Existing, access: Access) -> io::Result<AtomicFile> {
        // A symbolic link is kept: the file it points to is replaced.
        let target = std::fs::canonicalize(target).unwrap_or_else(|_| target.to_path_buf());
        let meta = std::fs::metadata(&target).ok();
        if let Some(m) = &meta {
            if m.is_dir() {
                return Err(io::Error::from(io::ErrorKind::IsADirectory));
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
        let (dir, prefix) = beside(&target);
        let mut builder = tempfile::Builder::new();
        builder.prefix(&prefix).suffix(".dialogmote-tmp");
        // A new file gets the usual mode less the umask (not the 0600 of a
        // temporary file); a replaced file keeps its own.
        #[cfg(unix)]
        let mode = {
            use std::os::unix::fs::PermissionsExt;
            let mode = match access {
                Access::Usual => 0o666,
                Access::OwnerOnly => 0o600,
            };
            builder.permissions(std::fs::Permissions::from_mode(mode));
            std::fs::Permissions::from_mode(mode)
        };
        if !dir.is_dir() {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                crate::say(dialogmote::UiText::FolderMissing, &[]),
            ));
        }
        // The error names the kind only: the temporary name means nothing
        // to the user.
        let temp = builder
            .tempfile_in(dir)
            .map_err(|e| io::Error::from(e.kind()))?;
        match (&meta, access) {
            (Some(m), Access::Usual) => {
                temp.as_file().set_permissions(m.permissions())?;
                keep_owner(temp.as_file(), m);
                keep_attributes(&target, temp.as_file());
            }
            (_, Access::OwnerOnly) => {
                // Exactly 0600, whatever the umask made of it.
                #[cfg(unix)]
                temp.as_file().set_permissions(mode)?;
                if let Some(m) = &meta {
                    keep_owner(temp.as_file(), m);
                }
            }
            (None, Access::Usual) => {}
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
                let mut pending = pending();
                let temp = finish(w, &mut pending)?;
                let persisted = match self.existing {
                    Existing::Replace => temp.persist(&self.target),
                    Existing::Keep => temp.persist_noclobber(&self.target),
                };
                persisted.map(drop).map_err(|e| e.error)
            }
        }
    }

    /// Moves the finished file into place only if the file it replaces is
    /// still one that `unchanged` accepts (its metadata, symbolic links
    /// followed), checked at the moment of replacement (see the module
    /// documentation): `Ok(false)`, and the target as it was, when it is
    /// not, or when it is gone.
    pub(crate) fn commit_if(
        self,
        unchanged: &dyn Fn(&std::fs::Metadata) -> bool,
    ) -> io::Result<bool> {
        let Inner::Temp(w) = self.inner else {
            // Not a regular file: nothing to compare, nothing to replace.
            return Ok(false);
        };
        let mut pending = pending();
        let temp = finish(w, &mut pending)?.into_temp_path();
        #[cfg(test)]
        tests::before_replacing(&self.target);
        replace_if(temp, &self.target, unchanged)
    }
}

/// The folder of `target` and the prefix of the hidden names the tool
/// makes beside it (`.NAME.`): temporary files and a file set aside.
fn beside(target: &Path) -> (&Path, String) {
    let dir = match target.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (dir, format!(".{name}."))
}

/// The temporary file flushed to disk and taken off `pending`, the list
/// of pending ones (whose lock the caller holds until the file is in place,
/// so that [`abandon_all`] waits for it).
fn finish(w: BufWriter<NamedTempFile>, pending: &mut Vec<PathBuf>) -> io::Result<NamedTempFile> {
    let temp = w.into_inner().map_err(io::IntoInnerError::into_error)?;
    temp.as_file().sync_all()?;
    let at = pending.iter().position(|p| p == temp.path());
    let Some(at) = at else {
        // Abandoned meanwhile: the process is ending.
        return Err(io::Error::from(io::ErrorKind::Interrupted));
    };
    pending.swap_remove(at);
    Ok(temp)
}

/// Replaces `target` by `temp` if what is in place is `unchanged`, without
/// ever writing over a file that was not checked: the file in place is
/// first moved aside (one rename: whatever is there at that instant), then
/// checked; when it is the one expected, `temp` takes its place only if
/// the place is still free (a hard link, which fails on an existing name),
/// and the old file is removed; when not (an editor saved meanwhile), the
/// save moves back, again only if the place is free (a save that came
/// later stands there, and the one set aside is older). For those few
/// microseconds the name is free: a reader finds no file there, and an
/// editor saving then keeps its save. What remains: an editor writing into
/// the old file in place (not saving by rename) in the microseconds between
/// its check and its removal loses that write.
#[cfg(unix)]
fn replace_if(
    temp: TempPath,
    target: &Path,
    unchanged: &dyn Fn(&std::fs::Metadata) -> bool,
) -> io::Result<bool> {
    // A fresh name beside it for the file in place, in the temporary
    // files' form, so that nothing lints it or takes it for a referat.
    let (dir, prefix) = beside(target);
    let aside = tempfile::Builder::new()
        .prefix(&prefix)
        .suffix(".dialogmote-old")
        .tempfile_in(dir)?
        .into_temp_path();
    match std::fs::rename(target, &aside) {
        Ok(()) => {}
        // Gone meanwhile: it is not made again.
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(false),
        Err(e) => return Err(e),
    }
    let expected = std::fs::symlink_metadata(&aside).is_ok_and(|m| unchanged(&m));
    let back: &Path = if expected { &temp } else { &aside };
    match std::fs::hard_link(back, target) {
        // In place; the other one (the old file, or the fixed text not
        // wanted) goes with its temporary name when dropped.
        Ok(()) => Ok(expected),
        // A save came while the name was free: it stands, and what was set
        // aside is older than it.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => {
            // Nothing is removed that may be the only copy of a save.
            let _ = aside.keep();
            Err(e)
        }
    }
}

/// Where there is no rename of the Unix kind: the check, then the rename.
#[cfg(not(unix))]
fn replace_if(
    temp: TempPath,
    target: &Path,
    unchanged: &dyn Fn(&std::fs::Metadata) -> bool,
) -> io::Result<bool> {
    compare_then_rename(temp, target, unchanged)
}

/// The check, then the rename: an editor saving in the instant between the
/// two loses its save.
#[cfg(not(unix))]
fn compare_then_rename(
    temp: TempPath,
    target: &Path,
    unchanged: &dyn Fn(&std::fs::Metadata) -> bool,
) -> io::Result<bool> {
    if !std::fs::metadata(target).is_ok_and(|m| unchanged(&m)) {
        return Ok(false);
    }
    temp.persist(target).map_err(|e| e.error)?;
    Ok(true)
}

/// The extended attributes of a replaced file that its replacement keeps:
/// those of users and of security modules, and the access control list.
/// Others (`trusted.*`, the file system's own) are not the file's content.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "macos"))]
fn kept_attribute(name: &[u8]) -> bool {
    name.starts_with(b"user.")
        || name.starts_with(b"security.")
        || name == b"system.posix_acl_access"
        || cfg!(target_os = "macos")
}

/// Gives `file` the extended attributes of the file at `from` that it
/// replaces (see [`kept_attribute`]), as far as the file system and the
/// process's rights allow: one that cannot be set (a security label only
/// an administrator may give) is left out.
#[cfg(any(target_os = "linux", target_os = "android", target_os = "macos"))]
fn keep_attributes(from: &Path, file: &File) {
    use rustix::fs::{XattrFlags, fsetxattr, getxattr, getxattr_query, listxattr, listxattr_query};
    let Ok(size) = listxattr_query(from) else {
        return;
    };
    if size == 0 {
        return;
    }
    let mut names = vec![0u8; size];
    let Ok(n) = listxattr(from, &mut names[..]) else {
        return;
    };
    names.truncate(n);
    let mut value = Vec::new();
    for name in names.split(|&b| b == 0).filter(|n| !n.is_empty()) {
        if !kept_attribute(name) {
            continue;
        }
        let Ok(name) = std::ffi::CString::new(name) else {
            continue;
        };
        let Ok(len) = getxattr_query(from, name.as_c_str()) else {
            continue;
        };
        value.resize(len, 0);
        let Ok(len) = getxattr(from, name.as_c_str(), &mut value[..]) else {
            continue;
        };
        let _ = fsetxattr(file, name.as_c_str(), &value[..len], XattrFlags::empty());
    }
}

#[cfg(not(any(target_os = "linux", target_os = "android", target_os = "macos")))]
fn keep_attributes(_from: &Path, _file: &File) {}

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
pub(crate) mod tests {
    use super::*;
    use std::cell::RefCell;

    /// What a test does at the moment a file is about to be replaced.
    pub(crate) type Hook = Box<dyn Fn(&Path)>;

    thread_local! {
        static BEFORE_REPLACING: RefCell<Option<Hook>> = RefCell::new(None);
    }

    /// Runs the hook a test set with [`set_before_replacing`], if any.
    pub(super) fn before_replacing(target: &Path) {
        BEFORE_REPLACING.with(|h| {
            if let Some(h) = h.borrow().as_ref() {
                h(target);
            }
        });
    }

    /// Sets what happens, on this thread, right before a file is replaced.
    pub(crate) fn set_before_replacing(hook: Option<Hook>) {
        BEFORE_REPLACING.with(|h| *h.borrow_mut() = hook);
    }

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

    #[cfg(unix)]
    #[test]
    fn a_private_file_is_0600_new_or_replacing_one_that_was_not() {
        use std::os::unix::fs::PermissionsExt;
        let d = dir();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let t = d.path().join("body.json");
        let mut f = AtomicFile::create_private(&t, Existing::Keep).unwrap();
        f.write_all(b"{}").unwrap();
        f.commit().unwrap();
        assert_eq!(mode(&t), 0o600);
        std::fs::set_permissions(&t, std::fs::Permissions::from_mode(0o644)).unwrap();
        let mut f = AtomicFile::create_private(&t, Existing::Replace).unwrap();
        f.write_all(b"{ }").unwrap();
        f.commit().unwrap();
        assert_eq!(mode(&t), 0o600);
        assert_eq!(std::fs::read_to_string(&t).unwrap(), "{ }");
        assert!(leftovers(d.path()).is_empty());
    }

    #[test]
    fn device_is_written_directly() {
        let mut f = AtomicFile::create(Path::new("/dev/null"), Existing::Replace).unwrap();
        f.write_all(b"x").unwrap();
        f.commit().unwrap();
        assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
    }
}
