//! Criterion benchmarks of the referat renderer (issue 13): one typical
//! referat (`examples/complete.yaml`, four A4 pages) as HTML,
//! Markdown and PDF/A. The goals: HTML ≤ 2 ms, PDF ≤ 50 ms.
//!
//! `cargo bench --bench render`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dialogmote::{Lang, Minutes, RenderFormat, RenderOptions, render_referat};

fn bench(c: &mut Criterion) {
    let text = include_str!("../examples/complete.yaml");
    let minutes = Minutes::parse(text).unwrap();
    for (name, format) in [
        ("html", RenderFormat::Html),
        ("md", RenderFormat::Markdown),
        ("pdf", RenderFormat::Pdf),
    ] {
        if format == RenderFormat::Pdf && cfg!(not(feature = "pdf")) {
            continue;
        }
        let opts = RenderOptions::new(format, Lang::Nb);
        c.bench_function(&format!("render/typical/{name}"), |b| {
            b.iter(|| render_referat(black_box(&minutes), black_box(&opts)).unwrap())
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
