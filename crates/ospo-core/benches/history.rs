//! History speed on the 1,000-line plan: an edit with its history record, the diff of two such
//! plans, restoring a version; and how much 10,000 small edits add to the database (printed).
#![allow(clippy::inconsistent_digit_grouping)]

mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use ospo_core::compare::diff;
use ospo_core::model::Edit;
use ospo_core::Store;
use std::path::Path;

/// The database's size with its write-ahead log folded in.
fn size(store: &Store, path: &Path) -> u64 {
    store.checkpoint().expect("checkpoint");
    std::fs::metadata(path).expect("metadata").len()
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("history.db");
    let mut store = Store::open(&path).expect("open");
    let id = store.create(&support::large_plan()).expect("create");

    let mut copy = store.get(id).expect("get");
    let mut position = copy.positions[50].clone();
    let mut n = 0u32;
    c.bench_function(
        "edit with its history record, on the editor's copy (1,000-line plan)",
        |b| {
            b.iter(|| {
                n += 1;
                position.fte = if n.is_multiple_of(2) { 1.0 } else { 0.5 };
                store
                    .apply_to_copy(&mut copy, &Edit::PutPosition(position.clone()))
                    .expect("apply")
            })
        },
    );
    c.bench_function(
        "edit with its history record, reading the plan (`ospo edit`)",
        |b| {
            b.iter(|| {
                n += 1;
                position.fte = if n.is_multiple_of(2) { 1.0 } else { 0.5 };
                store
                    .apply(id, &Edit::PutPosition(position.clone()))
                    .expect("apply")
            })
        },
    );

    let a = store.get(id).expect("get");
    let mut b = a.clone();
    for line in b.budget.lines.iter_mut().step_by(10) {
        line.amounts[2] += 500_00;
    }
    b.positions.truncate(90);
    b.stakeholders[7].name = "Renamed group".into();
    c.bench_function("diff of two 1,000-line plans", |bench| {
        bench.iter(|| diff(&a, &b))
    });

    let v1 = store.snapshot(id, "before").expect("snapshot");
    for line in a.budget.lines.iter().step_by(4) {
        let mut line = line.clone();
        line.amounts[0] += 1;
        store.apply(id, &Edit::PutBudgetLine(line)).expect("apply");
    }
    store
        .apply(id, &Edit::RemovePosition("p99".into()))
        .expect("remove");
    let v2 = store.snapshot(id, "after").expect("snapshot");
    let mut flip = false;
    c.bench_function(
        "restore a version (250 lines and a position differ)",
        |bench| {
            bench.iter(|| {
                flip = !flip;
                store
                    .restore(id, if flip { v1 } else { v2 })
                    .expect("restore")
            })
        },
    );

    let before = size(&store, &path);
    for i in 0..10_000u32 {
        position.fte = if i.is_multiple_of(2) { 0.75 } else { 0.25 };
        store
            .apply(id, &Edit::PutPosition(position.clone()))
            .expect("apply");
    }
    let after = size(&store, &path);
    eprintln!(
        "10,000 small edits (a position's FTE) added {:.2} MB to the database ({:.0} bytes each)",
        (after - before) as f64 / 1e6,
        (after - before) as f64 / 10_000.0
    );
}

criterion_group!(benches, bench);
criterion_main!(benches);
