//! PDF speed: the full proposal and the brief of a plan with 200 budget lines, in process.

mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use ospo_core::report::{self, Document, Paper};

fn bench(c: &mut Criterion) {
    let plan = support::plan_with_200_lines();
    let mut g = c.benchmark_group("PDF, 200 budget lines");
    g.sample_size(30);
    g.bench_function("full proposal", |b| {
        b.iter(|| report::render(&plan, Document::Proposal, Paper::A4).expect("render"))
    });
    g.bench_function("brief", |b| {
        b.iter(|| report::render(&plan, Document::Brief, Paper::A4).expect("render"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
