//! Criterion benchmarks: building the linter (schema and rules compiled)
//! apart from linting; per document, the floor (YAML events only, then the
//! value tree with positions) against the schema stage and the full lint.
//!
//! `cargo bench --bench lint`; the ratios are printed at the end of
//! `docs/performance.md` runs (see `benches/compare.sh`, issue 6).

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use dialogmote::{Limits, LintOptions, Linter, SourceKind};

fn documents() -> Vec<(&'static str, String)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |p: &str| std::fs::read_to_string(format!("{root}/{p}")).expect("bundled document");
    vec![
        ("small", read("tests/fixtures/draft.yaml")),
        ("typical", read("examples/complete.yaml")),
    ]
}

/// The floor: every YAML event, nothing built.
fn events_only(text: &str) -> usize {
    let mut parser = saphyr_parser::Parser::new_from_str(text);
    let mut n = 0;
    while let Some(Ok(_)) = parser.next_event() {
        n += 1;
    }
    n
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
        g.bench_function("parse-events", |b| b.iter(|| events_only(black_box(&text))));
        g.bench_function("load", |b| {
            b.iter(|| dialogmote::load(black_box(&text), SourceKind::Yaml, &limits).unwrap())
        });
        g.bench_function("lint-schema-only", |b| {
            b.iter(|| schema_only.lint_str(black_box(&text), &opts))
        });
        g.bench_function("lint-full", |b| {
            b.iter(|| linter.lint_str(black_box(&text), &opts))
        });
        g.finish();
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
