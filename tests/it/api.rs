//! The public API is curated: `docs/api.md` lists every name the library
//! exports, by what it is for, and nothing else. A name exported and not
//! listed (an inside that leaked), or listed and not exported (a stale
//! page), fails here.

use std::collections::BTreeSet;

/// Every name `src/lib.rs` exports with `pub use` (the name after `as`
/// when it is renamed).
fn exported() -> BTreeSet<String> {
    let lib = std::fs::read_to_string(crate::common::root().join("src/lib.rs")).unwrap();
    let mut out = BTreeSet::new();
    let mut rest = lib.as_str();
    while let Some(i) = rest.find("\npub use ") {
        let tail = &rest[i + "\npub use ".len()..];
        let end = tail.find(';').unwrap();
        let item = &tail[..end];
        let names = match item.find('{') {
            Some(open) => item[open + 1..item.rfind('}').unwrap()].to_owned(),
            None => item.rsplit("::").next().unwrap().to_owned(),
        };
        for name in names.split(',') {
            let name = name.trim();
            if name.is_empty() {
                continue;
            }
            let shown = name
                .rsplit(" as ")
                .next()
                .unwrap()
                .rsplit("::")
                .next()
                .unwrap();
            out.insert(shown.trim().to_owned());
        }
        rest = &tail[end..];
    }
    out
}

/// Every name `docs/api.md` lists: the backticked names at the head of
/// each bullet, before its first colon (a bullet may run over lines).
fn listed() -> BTreeSet<String> {
    let page = std::fs::read_to_string(crate::common::root().join("docs/api.md")).unwrap();
    let mut bullets: Vec<String> = Vec::new();
    let mut in_code = false;
    for line in page.lines() {
        if line.starts_with("```") {
            in_code = !in_code;
        } else if in_code {
            continue;
        } else if let Some(b) = line.strip_prefix("- ") {
            bullets.push(b.to_owned());
        } else if let (Some(last), Some(more)) = (bullets.last_mut(), line.strip_prefix("  ")) {
            last.push(' ');
            last.push_str(more);
        }
    }
    let mut out = BTreeSet::new();
    for bullet in bullets {
        let head = bullet.split_once(": ").map_or(bullet.as_str(), |(h, _)| h);
        for (i, part) in head.split('`').enumerate() {
            if i % 2 == 1 && part.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                out.insert(part.to_owned());
            }
        }
    }
    out
}

#[test]
fn the_page_lists_exactly_what_the_library_exports() {
    let exported = exported();
    let listed = listed();
    assert!(exported.len() > 50, "only {} exports found", exported.len());
    let leaked: Vec<_> = exported.difference(&listed).collect();
    let stale: Vec<_> = listed.difference(&exported).collect();
    assert!(
        leaked.is_empty() && stale.is_empty(),
        "exported, not in docs/api.md: {leaked:?}\nin docs/api.md, not exported: {stale:?}"
    );
}
