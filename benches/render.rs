//! Criterion benchmarks of the renderer (issue 13): one typical referat
//! (`examples/complete.yaml`, four A4 pages) and one follow-up plan
//! (`tests/fixtures/oppfolgingsplan.yaml`, two pages; issue 26) as HTML,
//! Markdown and PDF/A. The goals: HTML ≤ 2 ms, PDF ≤ 50 ms.
//!
//! `cargo bench --bench render`.

use std::hint::black_box;

use criterion::{Criterion, criterion_group, criterion_main};
use dialogmote::{
    Lang, Limits, Minutes, PlanDocument, RenderFormat, RenderOptions, Source, render_plan,
    render_referat,
};

fn bench(c: &mut Criterion) {
    let text = include_str!("../examples/complete.yaml");
    let minutes = Minutes::parse(text).unwrap();
    let plan = include_str!("../tests/fixtures/oppfolgingsplan.yaml");
    let plan = Source::from_str("plan.yaml", plan)
        .load(&Limits::default())
        .unwrap()
        .into_value();
    let plan = PlanDocument::from_value(&plan).unwrap();
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
        c.bench_function(&format!("render/plan/{name}"), |b| {
            b.iter(|| render_plan(black_box(&plan), black_box(&opts)).unwrap())
        });
    }
}

criterion_group!(benches, bench);
criterion_main!(benches);
