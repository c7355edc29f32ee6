//! The same input gives the same output whatever the order of paths on the
//! command line (set explicitly: sorted, reversed, shuffled), or the number
//! of threads.

use crate::common;

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

/// A fixed permutation of `items` (xorshift from `seed`, Fisher–Yates), so a
/// failure can be reproduced.
fn shuffled<T: Clone>(items: &[T], seed: u64) -> Vec<T> {
    let mut out = items.to_vec();
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    for i in (1..out.len()).rev() {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.swap(i, (x % (i as u64 + 1)) as usize);
    }
    out
}

/// Order of the files handed in: every fixture and hostile case named on
/// the command line in sorted, reversed and shuffled order gives the same
/// report, on one thread and on several. The order is set here, not left to
/// the file system's listing.
#[test]
fn output_does_not_depend_on_the_order_of_files() {
    let mut paths: Vec<String> = Vec::new();
    for folder in ["tests/fixtures", "tests/hostile"] {
        for e in std::fs::read_dir(common::root().join(folder)).unwrap() {
            let name = e.unwrap().file_name().to_string_lossy().into_owned();
            if !name.ends_with(".expected") {
                paths.push(format!("{folder}/{name}"));
            }
        }
    }
    paths.sort();
    assert!(paths.len() > 60);
    let mut orders = vec![paths.clone(), paths.iter().rev().cloned().collect()];
    orders.extend((1..=3).map(|seed| shuffled(&paths, seed)));
    for order in &orders[1..] {
        assert_ne!(order, &paths, "each order differs from the sorted one");
    }
    for format in ["json", "human"] {
        let mut reference = None;
        for (i, order) in orders.iter().enumerate() {
            let jobs = ["1", "2"][i % 2];
            let mut args = vec!["--format", format, "--jobs", jobs];
            args.extend(order.iter().map(String::as_str));
            let got = run(&args);
            assert_eq!(got.0, Some(1));
            let reference = reference.get_or_insert_with(|| got.clone());
            assert!(
                got == *reference,
                "{format}: order {i} on {jobs} thread(s) differs from the sorted order"
            );
        }
    }
}
