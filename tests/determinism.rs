//! The same input gives the same output whatever the order of paths on the
//! command line, the directory listing order, or the number of threads.

mod common;

use std::process::Command;

fn run(args: &[&str]) -> (Option<i32>, Vec<u8>) {
    let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
        .current_dir(common::root())
        .args(["lint", "--as-of", "2026-11-20"])
        .args(args)
        .output()
        .unwrap();
    (out.status.code(), out.stdout)
}

#[test]
fn output_does_not_depend_on_threads_or_path_order() {
    for format in ["human", "json", "sarif"] {
        let reference = run(&[
            "--format",
            format,
            "--jobs",
            "1",
            "tests/fixtures",
            "tests/hostile",
            "examples",
        ]);
        assert_eq!(reference.0, Some(1));
        for args in [
            &[
                "--format",
                format,
                "--jobs",
                "2",
                "tests/fixtures",
                "tests/hostile",
                "examples",
            ][..],
            &[
                "--format",
                format,
                "--jobs",
                "8",
                "examples",
                "tests/hostile",
                "tests/fixtures",
            ],
            &[
                "--format",
                format,
                "tests/hostile",
                "examples",
                "tests/fixtures",
                "tests/fixtures",
            ],
        ] {
            assert!(
                run(args) == reference,
                "{args:?} differs from one thread in path order"
            );
        }
    }
}

/// Listing order: the same files copied into a new directory in reverse
/// creation order give the same report.
#[test]
fn output_does_not_depend_on_directory_listing_order() {
    let src = common::root().join("tests/fixtures");
    let mut names: Vec<_> = std::fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| !n.to_string_lossy().ends_with(".expected"))
        .collect();
    names.sort();
    let mut outputs = Vec::new();
    for reverse in [false, true] {
        let dir =
            std::env::temp_dir().join(format!("dialogmote-order-{}-{reverse}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let order: Vec<_> = if reverse {
            names.iter().rev().collect()
        } else {
            names.iter().collect()
        };
        for n in order {
            std::fs::copy(src.join(n), dir.join(n)).unwrap();
        }
        let out = Command::new(env!("CARGO_BIN_EXE_dialogmote"))
            .current_dir(&dir)
            .args(["lint", "--as-of", "2026-11-20", "--format", "json", "."])
            .output()
            .unwrap();
        std::fs::remove_dir_all(&dir).ok();
        outputs.push(out.stdout);
    }
    assert!(!outputs[0].is_empty());
    assert!(outputs[0] == outputs[1]);
}
