//! Plan file speed on a 5 MB file: read and validate it, import it into SQLite, export it.
#![allow(clippy::inconsistent_digit_grouping)]

mod support;

use criterion::{criterion_group, criterion_main, Criterion};
use ospo_core::{files, Store};

fn bench(c: &mut Criterion) {
    let plan = support::five_mb_plan();
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("big.ospo.json");
    files::write_plan_file(&plan, &file).expect("write");
    let size = std::fs::metadata(&file).expect("metadata").len();
    eprintln!("plan file: {:.2} MB", size as f64 / 1e6);

    let mut g = c.benchmark_group("5 MB plan file");
    g.sample_size(20);
    g.bench_function("read and validate", |b| {
        b.iter(|| files::read_plan_file(&file).expect("read"))
    });
    g.bench_function("validate (Plan::problems)", |b| b.iter(|| plan.problems()));
    g.bench_function("import into SQLite (read, validate, store)", |b| {
        b.iter_batched(
            || {
                let db = dir.path().join(format!("i{}.db", rand_suffix()));
                Store::open(db).expect("open")
            },
            |mut store| files::import_file(&mut store, &file, None).expect("import"),
            criterion::BatchSize::PerIteration,
        )
    });
    g.bench_function("export to a string", |b| {
        b.iter(|| files::to_json_string(&plan))
    });
    let out = dir.path().join("out.ospo.json");
    let mut store = Store::open(dir.path().join("export.db")).expect("open");
    let id = store.create(&plan).expect("create");
    g.bench_function("export to disk (load from SQLite, write)", |b| {
        b.iter(|| {
            let plan = store.get(id).expect("get");
            files::write_plan_file(&plan, &out).expect("write")
        })
    });
    g.finish();
}

fn rand_suffix() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0)
}

criterion_group!(benches, bench);
criterion_main!(benches);
