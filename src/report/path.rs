//! File names in output: shown safely to people, named exactly in URIs.
//!
//! A file name is data from the file system, not from the tool: it may hold
//! a newline that forges a CI workflow command, an ANSI escape that rewrites
//! a terminal, or bytes that are not UTF-8. Human and GitHub output escape
//! such characters visibly; SARIF percent-encodes the raw bytes.

use std::borrow::Cow;
use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

use crate::findings::FileReport;

/// The bytes of an OS path: exact on Unix, lossy UTF-8 elsewhere.
fn os_bytes(s: &OsStr) -> Cow<'_, [u8]> {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        Cow::Borrowed(s.as_bytes())
    }
    #[cfg(not(unix))]
    {
        match s.to_string_lossy() {
            Cow::Borrowed(t) => Cow::Borrowed(t.as_bytes()),
            Cow::Owned(t) => Cow::Owned(t.into_bytes()),
        }
    }
}

/// Characters that must not reach a terminal or a CI log raw: controls (C0,
/// DEL, C1), line and paragraph separators, and the bidirectional controls
/// that reorder what a reader sees.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{2028}' | '\u{2029}' | '\u{200e}' | '\u{200f}' | '\u{202a}'
                ..='\u{202e}' | '\u{2066}'..='\u{2069}'
        )
}

/// Appends `s` with unsafe characters escaped: `\n`, `\r`, `\t`, else `\u{…}`.
pub(crate) fn push_escaped(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_unsafe(c) => out.push_str(&format!("\\u{{{:x}}}", c as u32)),
            c => out.push(c),
        }
    }
}

/// `s` with every control character (and line separator or bidirectional
/// control) escaped visibly, for one line of text on a terminal or in a CI
/// log: an error naming a file whose name holds a newline cannot forge a
/// second line.
pub fn escape_controls(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    push_escaped(&mut out, s);
    out
}

/// A file's name for people: control characters escaped, and bytes that
/// are not UTF-8 shown as `\xNN`. The flag says whether there were any.
pub(crate) fn display_path(file: &FileReport) -> (String, bool) {
    let Some(p) = &file.source_path else {
        let mut out = String::with_capacity(file.path.len());
        push_escaped(&mut out, &file.path);
        return (out, false);
    };
    let bytes = os_bytes(p.as_os_str());
    let mut out = String::with_capacity(bytes.len());
    let mut invalid = false;
    for chunk in bytes.utf8_chunks() {
        push_escaped(&mut out, chunk.valid());
        for b in chunk.invalid() {
            invalid = true;
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    (out, invalid)
}

/// Where SARIF says a file is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum ArtifactUri {
    /// Relative to the working directory, resolved against `%SRCROOT%`.
    Relative(String),
    /// An absolute `file:` URI, outside the working directory.
    Absolute(String),
    /// Standard input: no file.
    Stdin,
}

/// The URI of a report's file: relative (normalised, no `./`, no `a/../a`)
/// when it lies in `working_dir` or when no working directory is known and
/// the path is relative; an absolute `file:` URI otherwise. Lexical only:
/// the library reads no file system.
pub(crate) fn artifact_uri(file: &FileReport, working_dir: Option<&Path>) -> ArtifactUri {
    if file.source_path.is_none() && file.path == "-" {
        return ArtifactUri::Stdin;
    }
    let path = file
        .source_path
        .clone()
        .unwrap_or_else(|| PathBuf::from(&file.path));
    uri_of(&path, working_dir)
}

/// The URI of a path given as display text (the configuration file).
pub(crate) fn uri_of(path: &Path, working_dir: Option<&Path>) -> ArtifactUri {
    let wd = working_dir.filter(|w| w.is_absolute()).map(normalise);
    let full = match (&wd, path.is_absolute()) {
        (_, true) => normalise(path),
        (Some(w), false) => normalise(&w.join(path)),
        (None, false) => return ArtifactUri::Relative(encode_relative(&normalise(path))),
    };
    match wd.as_deref().and_then(|w| full.strip_prefix(w).ok()) {
        Some(rel) if rel.as_os_str().is_empty() => ArtifactUri::Absolute(file_uri(&full)),
        Some(rel) => ArtifactUri::Relative(encode_relative(rel)),
        None => ArtifactUri::Absolute(file_uri(&full)),
    }
}

/// Resolves `.` and `..` lexically. `..` at the root stays at the root; a
/// leading `..` of a relative path is kept.
fn normalise(path: &Path) -> PathBuf {
    let mut out: Vec<Component<'_>> = Vec::new();
    for c in path.components() {
        match c {
            Component::CurDir => {}
            Component::ParentDir => match out.last() {
                Some(Component::Normal(_)) => {
                    out.pop();
                }
                Some(Component::RootDir | Component::Prefix(_)) => {}
                _ => out.push(c),
            },
            c => out.push(c),
        }
    }
    out.iter().collect()
}

/// Appends `bytes` percent-encoded: RFC 3986 unreserved characters stay.
fn push_encoded(out: &mut String, bytes: &[u8]) {
    for &b in bytes {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
}

fn encode_relative(path: &Path) -> String {
    let mut out = String::new();
    for c in path.components() {
        if !out.is_empty() {
            out.push('/');
        }
        match c {
            Component::ParentDir => out.push_str(".."),
            c => push_encoded(&mut out, &os_bytes(c.as_os_str())),
        }
    }
    out
}

fn file_uri(path: &Path) -> String {
    let mut out = String::from("file://");
    for c in path.components() {
        match c {
            // A Windows drive: `file:///C:/…`.
            Component::Prefix(p) => {
                out.push('/');
                out.push_str(&p.as_os_str().to_string_lossy().replace('\\', "/"));
            }
            Component::RootDir => {}
            Component::CurDir => {}
            Component::ParentDir => out.push_str("/.."),
            Component::Normal(n) => {
                out.push('/');
                push_encoded(&mut out, &os_bytes(n));
            }
        }
    }
    if out == "file://" {
        out.push('/');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(path: &str) -> FileReport {
        FileReport::new(path, Vec::new()).with_source_path(path)
    }

    fn uri(path: &str, wd: Option<&str>) -> ArtifactUri {
        artifact_uri(&report(path), wd.map(Path::new))
    }

    #[test]
    fn paths_inside_the_working_directory_are_relative_and_normalised() {
        let wd = Some("/repo");
        let rel = |s: &str| ArtifactUri::Relative(s.to_owned());
        assert_eq!(uri("referater/a.yaml", wd), rel("referater/a.yaml"));
        assert_eq!(uri("./referater/a.yaml", wd), rel("referater/a.yaml"));
        assert_eq!(
            uri("referater/../referater/a.yaml", wd),
            rel("referater/a.yaml")
        );
        assert_eq!(uri("/repo/referater/a.yaml", wd), rel("referater/a.yaml"));
        assert_eq!(uri("/repo/./x/../a.yaml", wd), rel("a.yaml"));
        assert_eq!(uri("møte 1.yaml", wd), rel("m%C3%B8te%201.yaml"));
        assert_eq!(uri("a:b.yaml", wd), rel("a%3Ab.yaml"));
    }

    #[test]
    fn paths_outside_are_absolute_file_uris() {
        let wd = Some("/repo/sub");
        let abs = |s: &str| ArtifactUri::Absolute(s.to_owned());
        assert_eq!(uri("../a.yaml", wd), abs("file:///repo/a.yaml"));
        assert_eq!(uri("/tmp/x y.yaml", wd), abs("file:///tmp/x%20y.yaml"));
        // A sibling whose name starts like the working directory is outside.
        assert_eq!(
            uri("/repo/subway.yaml", wd),
            abs("file:///repo/subway.yaml")
        );
        assert_eq!(uri("/../../a.yaml", wd), abs("file:///a.yaml"));
    }

    #[test]
    fn without_a_working_directory_relative_stays_relative() {
        assert_eq!(
            uri("./a/../b.yaml", None),
            ArtifactUri::Relative("b.yaml".into())
        );
        assert_eq!(
            uri("/abs/b.yaml", None),
            ArtifactUri::Absolute("file:///abs/b.yaml".into())
        );
    }

    #[test]
    fn stdin_has_no_file() {
        assert_eq!(
            artifact_uri(&FileReport::new("-", Vec::new()), Some(Path::new("/r"))),
            ArtifactUri::Stdin
        );
        // A file named `-` given as a path is a file.
        assert_eq!(
            uri("./-", Some("/r")),
            ArtifactUri::Relative("-".to_owned())
        );
    }

    #[test]
    fn control_characters_are_escaped_for_display() {
        let (shown, invalid) = display_path(&report(
            "evil\n::error file=x,line=1::PWNED\u{1b}[31m\u{2028}.yaml",
        ));
        assert_eq!(
            shown,
            "evil\\n::error file=x,line=1::PWNED\\u{1b}[31m\\u{2028}.yaml"
        );
        assert!(!invalid);
        let (shown, _) = display_path(&FileReport::new("a\r\u{85}\u{202e}b", Vec::new()));
        assert_eq!(shown, "a\\r\\u{85}\\u{202e}b");
    }

    #[cfg(unix)]
    #[test]
    fn names_that_are_not_utf8_are_marked_and_encoded_exactly() {
        use std::os::unix::ffi::OsStrExt;
        let raw = OsStr::from_bytes(b"m\xF8te.yaml");
        let file = FileReport::new(raw.to_string_lossy(), Vec::new()).with_source_path(raw);
        assert_eq!(display_path(&file), ("m\\xF8te.yaml".to_owned(), true));
        assert_eq!(
            artifact_uri(&file, Some(Path::new("/r"))),
            ArtifactUri::Relative("m%F8te.yaml".into())
        );
    }
}
