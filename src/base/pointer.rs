//! JSON Pointers (RFC 6901): escaping and splitting.

/// Appends `segment` to `pointer`, escaping `~` as `~0` and `/` as `~1`.
pub(crate) fn push(pointer: &mut String, segment: &str) {
    pointer.push('/');
    // Bytes, not characters: both are ASCII, and no byte of a wider
    // character is.
    if !segment.bytes().any(|b| b == b'~' || b == b'/') {
        pointer.push_str(segment);
        return;
    }
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

/// The pointer to where a deserialisation with `serde_path_to_error`
/// failed: map keys are taken whole (a key may hold `.`, `/` or `~`),
/// sequence indexes as numbers, enum variants as the keys they are written as.
pub(crate) fn from_serde_path(path: &serde_path_to_error::Path) -> String {
    from_segments(path.iter().filter_map(|s| match s {
        serde_path_to_error::Segment::Seq { index } => Some(index.to_string()),
        serde_path_to_error::Segment::Map { key } => Some(key.clone()),
        serde_path_to_error::Segment::Enum { variant } => Some(variant.clone()),
        serde_path_to_error::Segment::Unknown => None,
    }))
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
        .map(|s| {
            if s.contains('~') {
                s.replace("~1", "/").replace("~0", "~")
            } else {
                s.to_owned()
            }
        })
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
    fn serde_paths_keep_keys_whole() {
        use std::collections::BTreeMap;
        // A key with `.`, `/` and `~`, then a list index, then a bad value.
        let v = serde_json::json!({"a.b/c~d": [1, "x"]});
        let e = serde_path_to_error::deserialize::<_, BTreeMap<String, Vec<u32>>>(&v)
            .expect_err("a string is no number");
        let p = from_serde_path(e.path());
        assert_eq!(p, "/a.b~1c~0d/1");
        assert_eq!(segments(&p), vec!["a.b/c~d".to_string(), "1".to_string()]);
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
