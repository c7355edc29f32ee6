//! Which file a path names (so that one file spelled two ways is one
//! file), and reading the small files the user trusts us with
//! (configuration, rule files) without hanging, exhausting memory or
//! printing what they hold.

use std::io::Read;
use std::path::{Component, Path, PathBuf};

/// The identity of a file: device and inode where it exists, else its
/// normalised absolute path.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum FileId {
    /// An existing file.
    Inode(u64, u64),
    /// A file that does not exist (yet).
    Path(PathBuf),
}

/// The identity of the file `path` names, symbolic links followed.
pub fn file_id(path: &Path) -> FileId {
    match std::fs::metadata(path) {
        Ok(m) => meta_id(&m).unwrap_or_else(|| FileId::Path(normalise(path))),
        Err(_) => FileId::Path(normalise(path)),
    }
}

/// The identity in `meta`, where the platform has inodes.
pub fn meta_id(meta: &std::fs::Metadata) -> Option<FileId> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some(FileId::Inode(meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        None
    }
}

/// `path` made absolute, `.` and `..` resolved by name (no link followed).
pub fn lexical(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().unwrap_or_default().join(path)
    };
    let mut out = PathBuf::new();
    for c in absolute.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// `path` made absolute, `.` and `..` resolved lexically, and the longest
/// existing leading part canonicalised (so that a symbolic link to a folder
/// names the folder).
pub fn normalise(path: &Path) -> PathBuf {
    let lexical = lexical(path);
    let mut head = lexical.clone();
    let mut tail = Vec::new();
    loop {
        if let Ok(canonical) = head.canonicalize() {
            return tail.iter().rev().fold(canonical, |p, t| p.join(t));
        }
        match (head.file_name().map(ToOwned::to_owned), head.pop()) {
            (Some(name), true) => tail.push(name),
            _ => return lexical,
        }
    }
}

/// The largest configuration or rule file read.
pub const SMALL_FILE_LIMIT: u64 = 1024 * 1024;

/// The most entries a configuration's `rule_files` may have. Fixed: a
/// configuration may come from a repository nobody checked, so it cannot
/// raise it.
pub const MAX_RULE_FILES: usize = 64;

/// The most bytes all the rule files of a configuration may hold together
/// (each file counted once). Fixed, like [`MAX_RULE_FILES`].
pub const MAX_RULE_BYTES: u64 = 4 * 1024 * 1024;

/// Why a configuration or rule file could not be read
/// ([`read_small`]): never what the file holds.
#[derive(Debug)]
#[non_exhaustive]
pub enum SmallFileError {
    /// The system could not open or read it.
    Io(std::io::Error),
    /// A folder, device, FIFO or socket.
    NotRegular,
    /// Larger than [`SMALL_FILE_LIMIT`].
    TooLarge,
    /// Not UTF-8 text.
    NotText,
}

impl SmallFileError {
    /// What is wrong, in plain words in `lang`.
    pub fn message(&self, lang: dialogmote::Lang) -> String {
        use dialogmote::UiText;
        match self {
            SmallFileError::Io(e) => crate::io_reason(e, lang),
            SmallFileError::NotRegular => UiText::NotRegularFile.text(lang).to_owned(),
            SmallFileError::TooLarge => {
                UiText::FileTooLarge.fill(lang, &[("size", &(SMALL_FILE_LIMIT / 1024).to_string())])
            }
            SmallFileError::NotText => UiText::NotText.text(lang).to_owned(),
        }
    }
}

impl std::fmt::Display for SmallFileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message(dialogmote::Lang::En))
    }
}

/// Reads a configuration or rule file: a regular file of at most
/// [`SMALL_FILE_LIMIT`] bytes of UTF-8. A device (`/dev/zero`,
/// `/dev/stdin`), a FIFO or a folder is refused before it is opened, and
/// the file is opened without blocking and checked again, so that swapping
/// it for a FIFO meanwhile cannot hang the run. The error says what is
/// wrong, never what the file holds.
pub fn read_small(path: &Path) -> Result<String, SmallFileError> {
    let meta = std::fs::metadata(path).map_err(SmallFileError::Io)?;
    check_small(&meta)?;
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(SmallFileError::Io)?;
    check_small(&file.metadata().map_err(SmallFileError::Io)?)?;
    let mut bytes = Vec::new();
    file.take(SMALL_FILE_LIMIT + 1)
        .read_to_end(&mut bytes)
        .map_err(SmallFileError::Io)?;
    if bytes.len() as u64 > SMALL_FILE_LIMIT {
        return Err(SmallFileError::TooLarge);
    }
    String::from_utf8(bytes).map_err(|_| SmallFileError::NotText)
}

fn check_small(meta: &std::fs::Metadata) -> Result<(), SmallFileError> {
    if !meta.is_file() {
        return Err(SmallFileError::NotRegular);
    }
    if meta.len() > SMALL_FILE_LIMIT {
        return Err(SmallFileError::TooLarge);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_of_one_path_normalise_alike() {
        let d = tempfile::tempdir().unwrap();
        let base = d.path().canonicalize().unwrap();
        std::fs::create_dir(base.join("dir")).unwrap();
        let a = normalise(&base.join("o.txt"));
        assert_eq!(a, normalise(&base.join("./o.txt")));
        assert_eq!(a, normalise(&base.join("dir/../o.txt")));
        assert_eq!(a, normalise(&base.join("dir/./../x/../o.txt")));
        assert_ne!(a, normalise(&base.join("dir/o.txt")));
    }

    #[cfg(unix)]
    #[test]
    fn symlinked_folder_is_canonicalised() {
        let d = tempfile::tempdir().unwrap();
        let base = d.path().canonicalize().unwrap();
        std::fs::create_dir(base.join("real")).unwrap();
        std::os::unix::fs::symlink(base.join("real"), base.join("link")).unwrap();
        assert_eq!(
            normalise(&base.join("link/new.json")),
            base.join("real/new.json")
        );
    }

    #[cfg(unix)]
    #[test]
    fn hard_link_and_symlink_are_the_same_file() {
        let d = tempfile::tempdir().unwrap();
        let a = d.path().join("a.yaml");
        std::fs::write(&a, "x: 1\n").unwrap();
        std::fs::hard_link(&a, d.path().join("h.yaml")).unwrap();
        std::os::unix::fs::symlink(&a, d.path().join("s.yaml")).unwrap();
        assert_eq!(file_id(&a), file_id(&d.path().join("h.yaml")));
        assert_eq!(file_id(&a), file_id(&d.path().join("s.yaml")));
    }

    #[cfg(unix)]
    #[test]
    fn devices_fifos_and_large_files_are_refused_without_reading() {
        for p in ["/dev/zero", "/dev/stdin", "/dev/null", "/"] {
            let e = read_small(Path::new(p)).unwrap_err().to_string();
            assert!(e.contains("not a regular file"), "{p}: {e}");
        }
        let d = tempfile::tempdir().unwrap();
        let big = d.path().join("big.yaml");
        std::fs::write(&big, vec![b'#'; SMALL_FILE_LIMIT as usize + 1]).unwrap();
        assert!(
            read_small(&big)
                .unwrap_err()
                .to_string()
                .contains("larger than 1024 KiB")
        );
        let exact = d.path().join("exact.yaml");
        std::fs::write(&exact, vec![b'#'; SMALL_FILE_LIMIT as usize]).unwrap();
        assert!(read_small(&exact).is_ok());
        let bin = d.path().join("bin.yaml");
        std::fs::write(&bin, b"ok\xff\xfe secret").unwrap();
        let e = read_small(&bin).unwrap_err();
        assert!(matches!(e, SmallFileError::NotText), "{e}");
        // Plain words: no byte offset, nothing of the file.
        let nb = e.message(dialogmote::Lang::Nb);
        assert_eq!(nb, "den er ikke tekst (UTF-8)");
    }
}
