//! Store speed on a large plan: open it, commit one edit, compute totals.
#![allow(clippy::inconsistent_digit_grouping)]

mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use ospo_core::model::Edit;
use ospo_core::Store;

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench.db");
    let id = {
        let mut store = Store::open(&path).expect("open");
        store.create(&support::large_plan()).expect("create")
    };

    c.bench_function("open database and load large plan", |b| {
        b.iter(|| {
            let store = Store::open(&path).expect("open");
            store.get(id).expect("get")
        })
    });

    let mut store = Store::open(&path).expect("open");
    let mut line = store.get(id).expect("get").budget.lines[500].clone();
    let mut n = 0i64;
    c.bench_function("commit one edit (update a budget line)", |b| {
        b.iter(|| {
            n += 1;
            line.amounts[0] = n;
            store
                .apply(id, &Edit::PutBudgetLine(line.clone()))
                .expect("apply")
        })
    });

    let plan = store.get(id).expect("get");
    c.bench_function("totals of large plan", |b| b.iter(|| plan.totals()));
}

criterion_group!(benches, bench);
criterion_main!(benches);
