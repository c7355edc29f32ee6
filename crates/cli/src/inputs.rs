//! The inputs of `lint`: paths expanded into files, each file once however
//! it is named, in a stable order; and reading one of them.

use std::collections::HashSet;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};

use dialogmote::{CONFIG_FILE, SourceKind, UiText};

use super::Fatal;
use dialogmote_host::files::{FileId, file_id};

/// One input: standard input or a file.
pub(crate) enum Input {
    Stdin,
    File(PathBuf),
}

impl Input {
    /// The name shown in reports: `-` for standard input.
    pub(crate) fn name(&self) -> String {
        match self {
            Input::Stdin => "-".to_owned(),
            Input::File(p) => p.display().to_string(),
        }
    }

    /// The kind its name declares: `.json` is JSON, `.yaml`/`.yml` YAML.
    pub(crate) fn kind(&self) -> SourceKind {
        match self {
            Input::File(p) => SourceKind::from_path(&p.to_string_lossy()),
            Input::Stdin => SourceKind::Auto,
        }
    }

    /// Reads at most `limit` bytes (one past the size limit is enough to
    /// know that an input is too large).
    pub(crate) fn read(&self, limit: u64) -> Result<Vec<u8>, Fatal> {
        let mut bytes = Vec::new();
        match self {
            Input::Stdin => std::io::stdin()
                .take(limit)
                .read_to_end(&mut bytes)
                .map_err(Fatal::read(UiText::StandardInput.text(crate::lang())))?,
            Input::File(p) => File::open(p)
                .and_then(|f| {
                    // Room for the whole file and the read that finds its
                    // end, so it is read in one go rather than grown into.
                    if let Ok(m) = f.metadata() {
                        let room = m.len().min(limit).saturating_add(1);
                        bytes.reserve_exact(usize::try_from(room).unwrap_or(0));
                    }
                    f.take(limit).read_to_end(&mut bytes)
                })
                .map_err(Fatal::read(p.display().to_string()))?,
        };
        Ok(bytes)
    }
}

/// The inputs of a run.
pub(crate) struct Collected {
    /// Sorted, each file once.
    pub inputs: Vec<Input>,
    /// The identity of each file input (standard input: none).
    pub ids: Vec<FileId>,
    /// Symbolic links found inside folders and not followed.
    pub skipped_links: usize,
}

/// Expands paths into files, sorted and each file once however it is
/// named (by device and inode), so the output does not depend on argument
/// or directory-listing order.
pub(crate) fn collect(paths: &[String]) -> Result<Collected, Fatal> {
    let mut files = Vec::new();
    let mut stdin = false;
    let mut skipped_links = 0;
    for p in paths {
        if p == "-" {
            stdin = true;
            continue;
        }
        let path = PathBuf::from(p);
        let meta = std::fs::metadata(&path).map_err(Fatal::read(p.as_str()))?;
        if meta.is_dir() {
            let root = if path == Path::new(".") {
                PathBuf::new()
            } else {
                path.clone()
            };
            walk(&root, &mut files, &mut skipped_links)
                .map_err(Fatal::read(crate::say(UiText::FolderNamed, &[("path", p)])))?;
        } else {
            files.push(path);
        }
    }
    files.sort();
    files.dedup();
    let mut seen: HashSet<FileId> = HashSet::new();
    if stdin {
        // `-` and `/dev/stdin` (or the file standard input comes from) are
        // one input, read once.
        if let Some(id) = stdin_id() {
            seen.insert(id);
        }
    }
    // Of the names of one file, the shortest is kept (`a.yaml`, not `./a.yaml`).
    let mut named: Vec<(FileId, PathBuf)> = files.into_iter().map(|f| (file_id(&f), f)).collect();
    named.sort_by(|a, b| {
        (&a.0, a.1.as_os_str().len(), &a.1).cmp(&(&b.0, b.1.as_os_str().len(), &b.1))
    });
    named.retain(|(id, _)| seen.insert(id.clone()));
    named.sort_by(|a, b| a.1.cmp(&b.1));
    let (ids, mut inputs): (Vec<FileId>, Vec<Input>) = named
        .into_iter()
        .map(|(id, f)| (id, Input::File(f)))
        .unzip();
    if stdin {
        inputs.insert(0, Input::Stdin);
    }
    Ok(Collected {
        inputs,
        ids,
        skipped_links,
    })
}

/// The identity of the file or pipe standard input reads from.
#[cfg(unix)]
fn stdin_id() -> Option<FileId> {
    use std::os::fd::AsFd;
    let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    dialogmote_host::files::meta_id(&File::from(fd).metadata().ok()?)
}

/// Elsewhere standard input is known only by its name `-`.
#[cfg(not(unix))]
fn stdin_id() -> Option<FileId> {
    None
}

/// Collects minutes below `dir` (an empty path is the current directory,
/// so that its files are named `a.yaml`, not `./a.yaml`). Symbolic links
/// are not followed (they could lead out of the folder, or in a circle);
/// they are counted in `links`.
fn walk(dir: &Path, out: &mut Vec<PathBuf>, links: &mut usize) -> std::io::Result<()> {
    let listing = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    for entry in std::fs::read_dir(listing)? {
        let entry = entry?;
        let path = dir.join(entry.file_name());
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let ty = entry.file_type()?;
        let minutes = name != CONFIG_FILE
            && matches!(
                path.extension().and_then(|e| e.to_str()),
                Some("yaml" | "yml" | "json")
            );
        if ty.is_symlink() {
            // Counted when it would have been linted: a link to a folder,
            // or to a file with a minutes extension.
            if minutes || path.is_dir() {
                *links += 1;
            }
        } else if ty.is_dir() {
            walk(&path, out, links)?;
        } else if ty.is_file() && minutes {
            out.push(path);
        }
    }
    Ok(())
}

/// The bytes of the one document a command reads (`render`, `export`):
/// standard input when `stdin`, else the file `input`; at most one byte
/// past the limit, so that the linter reports an oversized document (DM004)
/// without the program reading all of it. A failure to read says which
/// (`shown`) in the user's language.
pub(crate) fn read_document(
    input: &Path,
    stdin: bool,
    limits: &dialogmote::Limits,
    shown: &str,
    lang: dialogmote::Lang,
) -> Result<Vec<u8>, Fatal> {
    let limit = (limits.max_bytes as u64).saturating_add(1);
    let mut bytes = Vec::new();
    if stdin {
        std::io::stdin()
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(Fatal::read(UiText::StandardInput.text(lang)))?;
    } else {
        File::open(input)
            .and_then(|f| f.take(limit).read_to_end(&mut bytes))
            .map_err(Fatal::read(shown.to_owned()))?;
    }
    Ok(bytes)
}
