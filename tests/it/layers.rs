//! The library is a house in layers: its folders are the stages of the
//! pipeline, and a stage imports only the stages before it (no import back
//! up, so no circle between stages). This reads every source file's
//! non-test code and fails on an import that points up; the map of the
//! stages is `docs/architecture.md`, which this also holds to the same
//! order.

use std::path::{Path, PathBuf};

/// The stages, in the order data flows. A module of `src/` belongs to the
/// stage of its top folder (or file).
const STAGES: &[&str] = &[
    "texts", "base", "input", "load", "findings", "rules", "check", "report", "model", "lint",
    "referat", "export",
];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a file without its comments and its test modules (tests may
/// build a whole linter to check a low stage).
fn product_code(text: &str) -> String {
    let end = text.find("#[cfg(test)]\nmod ").unwrap_or(text.len());
    text[..end]
        .lines()
        .map(|l| l.split("//").next().unwrap_or_default())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The stages `code` imports: every `crate::NAME` and each first name in
/// `crate::{…}`.
fn imported(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in code.match_indices("crate::") {
        let rest = &code[i + "crate::".len()..];
        if let Some(group) = rest.strip_prefix('{') {
            let body = &group[..group.find(';').unwrap_or(group.len())];
            for part in body.split([',', '{', '}']) {
                let first = part.trim().split("::").next().unwrap_or_default();
                out.push(first.to_owned());
            }
        } else {
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_' || c.is_ascii_digit())
                .collect();
            out.push(name);
        }
    }
    out.retain(|n| STAGES.contains(&n.as_str()));
    out
}

#[test]
fn no_stage_imports_a_later_one() {
    let src = crate::common::root().join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut up = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap();
        let top = rel.iter().next().unwrap().to_string_lossy();
        let top = top.trim_end_matches(".rs");
        if top == "lib" || top == "main" {
            continue;
        }
        let Some(own) = STAGES.iter().position(|s| *s == top) else {
            panic!(
                "{}: the folder `{top}` is not a stage of STAGES",
                rel.display()
            );
        };
        seen.insert(top.to_owned());
        let code = product_code(&std::fs::read_to_string(file).unwrap());
        for stage in imported(&code) {
            let at = STAGES.iter().position(|s| *s == stage).unwrap();
            if at > own {
                up.push(format!("{} ({top}) imports {stage}", rel.display()));
            }
        }
    }
    assert!(
        up.is_empty(),
        "imports that point up a layer:\n{}",
        up.join("\n")
    );
    // Every stage exists: the list is the tree, not a wish.
    let missing: Vec<_> = STAGES.iter().filter(|s| !seen.contains(**s)).collect();
    assert!(missing.is_empty(), "stages without a folder: {missing:?}");
}

/// The test reads imports as they are written: one pointing up is found.
#[test]
fn an_import_up_is_seen() {
    let code = "use crate::texts::Lang;\nuse crate::{lint::Linter, base::pointer};\n\
                // use crate::referat::x;\nfn f() { crate::report::human(); }\n\
                #[cfg(test)]\nmod tests { use crate::referat::y; }\n";
    assert_eq!(
        imported(&product_code(code)),
        ["texts", "lint", "base", "report"]
    );
}

/// `docs/architecture.md` names the stages in the same order.
#[test]
fn the_architecture_page_lists_the_stages_in_order() {
    let page = std::fs::read_to_string(crate::common::root().join("docs/architecture.md")).unwrap();
    let table: Vec<&str> = page
        .lines()
        .filter_map(|l| l.strip_prefix("| `src/"))
        .filter_map(|l| l.split(['/', '`']).next())
        .collect();
    assert_eq!(table, STAGES, "the stage table of docs/architecture.md");
}
