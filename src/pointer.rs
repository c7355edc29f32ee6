//! JSON Pointers (RFC 6901): escaping and splitting.

/// Appends `segment` to `pointer`, escaping `~` as `~0` and `/` as `~1`.
pub(crate) fn push(pointer: &mut String, segment: &str) {
    pointer.push('/');
    for c in segment.chars() {
        match c {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            c => pointer.push(c),
        }
    }
}

/// The escaped pointer for `segments`.
pub fn from_segments<I, S>(segments: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let mut p = String::new();
    for s in segments {
        push(&mut p, s.as_ref());
    }
    p
}

/// Splits an escaped pointer into its unescaped segments. `""` is the root.
pub fn segments(pointer: &str) -> Vec<String> {
    if pointer.is_empty() {
        return Vec::new();
    }
    pointer
        .strip_prefix('/')
        .unwrap_or(pointer)
        .split('/')
        .map(|s| s.replace("~1", "/").replace("~0", "~"))
        .collect()
}

/// The parent of `pointer`, or `None` for the root.
pub fn parent(pointer: &str) -> Option<&str> {
    if pointer.is_empty() {
        None
    } else {
        Some(&pointer[..pointer.rfind('/').unwrap_or(0)])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_tilde_before_slash() {
        let mut p = String::new();
        push(&mut p, "a/b");
        push(&mut p, "~1");
        assert_eq!(p, "/a~1b/~01");
        assert_eq!(segments(&p), vec!["a/b".to_string(), "~1".to_string()]);
    }

    #[test]
    fn root_and_parents() {
        assert!(segments("").is_empty());
        assert_eq!(segments("/"), vec![String::new()]);
        assert_eq!(parent("/a/b"), Some("/a"));
        assert_eq!(parent("/a"), Some(""));
        assert_eq!(parent(""), None);
        assert_eq!(
            from_segments(["participants", "0", "x~y"]),
            "/participants/0/x~0y"
        );
    }
}
