//! Criterion benchmarks: building the linter (schema and rules compiled)
//! apart from linting, and per document the floor — the same YAML parsed into
//! a value tree by saphyr, and nothing else — against the loader (value tree
//! plus positions), the schema stage and the full lint, for a small draft, a
//! typical referat, and large ones with 100 and 1000 actions; and, for a
//! document with 9,000 misspelt keys, linting against fixing them all (the
//! fix driver applies each round in one sorted pass: within 3× of a lint).
//!
//! `cargo bench --bench lint`. `benches/compare.py` turns a run into the
//! ratios in `docs/performance.md`.

#[path = "corpus/mod.rs"]
mod corpus;

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dialogmote::{FixLevel, Limits, LintOptions, Linter, Source, SourceKind};
use saphyr::LoadableYamlNode;

fn documents() -> Vec<(&'static str, String)> {
    let draft = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/draft.yaml"
    ))
    .unwrap();
    let mut r = corpus::Rng::new(7);
    vec![
        ("small", draft),
        ("typical", corpus::document(&mut r, 3, None)),
        ("actions-100", corpus::document(&mut r, 100, None)),
        ("actions-1000", corpus::document(&mut r, 1000, None)),
    ]
}

fn bench(c: &mut Criterion) {
    c.bench_function("build/linter", |b| b.iter(|| Linter::new().unwrap()));
    let linter = Linter::new().unwrap();
    let schema_only = Linter::builder().schema_only().build().unwrap();
    let opts = LintOptions::new(chrono::NaiveDate::from_ymd_opt(2026, 11, 20).unwrap());
    let limits = Limits::default();
    for (name, text) in documents() {
        let mut g = c.benchmark_group(name);
        g.throughput(Throughput::Bytes(text.len() as u64));
        g.bench_function("floor-saphyr-tree", |b| {
            b.iter(|| saphyr::Yaml::load_from_str(black_box(&text)).unwrap())
        });
        g.bench_function("load", |b| {
            b.iter(|| {
                let source = Source::from_str("bench.yaml", black_box(&text));
                source.with_kind(SourceKind::Yaml).load(&limits).unwrap()
            })
        });
        g.bench_function("lint-schema-only", |b| {
            b.iter(|| schema_only.lint_str(black_box(&text), &opts))
        });
        g.bench_function("lint-full", |b| {
            b.iter(|| linter.lint_str(black_box(&text), &opts))
        });
        g.finish();
    }
    let misspelt = misspelt_keys(3000);
    let mut g = c.benchmark_group("misspelt-9000");
    g.sample_size(10);
    g.bench_function("lint-full", |b| {
        b.iter(|| linter.lint_str(black_box(&misspelt), &opts))
    });
    g.bench_function("fix-safe", |b| {
        b.iter(|| {
            let source = Source::from_str("bench.yaml", black_box(&misspelt));
            let fixed = linter.fix(&source, &opts, FixLevel::Safe);
            assert_eq!(fixed.applied.len(), 9000);
            fixed
        })
    });
    g.finish();
}

/// The bundled complete referat with `n` participants, each with three
/// misspelt keys (`nme`, `functon`, `atended`): 3n safe fixes.
fn misspelt_keys(n: usize) -> String {
    let complete = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/examples/complete.yaml"
    ))
    .unwrap();
    let start = complete.find("participants:\n").unwrap();
    let end = start + complete[start..].find("\n\n").unwrap();
    let mut out = complete[..start].to_owned();
    out.push_str("participants:");
    for _ in 0..n {
        out.push_str(
            "\n  - role: arbeidstaker\n    nme: Kari\n    functon: leder\n    atended: true",
        );
    }
    out.push_str(&complete[end..]);
    out
}

criterion_group!(benches, bench);
criterion_main!(benches);
