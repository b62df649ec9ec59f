//! Store speed on a large plan: open it, commit one edit, compute totals.
#![allow(clippy::inconsistent_digit_grouping)]

use chrono::NaiveDate;
use criterion::{criterion_group, criterion_main, Criterion};
use ospo_core::model::*;
use ospo_core::Store;

/// 1,000 budget lines, 100 positions, 300 stakeholders (and a communication each).
fn large_plan() -> Plan {
    let mut plan = Plan::empty("Large");
    plan.budget.currency = "EUR".into();
    plan.budget.horizon_years = 5;
    let day = |i: usize| NaiveDate::from_ymd_opt(2027, 1 + (i % 12) as u32, 1 + (i % 28) as u32);
    plan.positions = (0..100)
        .map(|i| Position {
            id: format!("p{i}"),
            title: format!("Engineer {i}"),
            role: Role::ALL[i % Role::ALL.len()],
            person: (i % 3 != 0).then(|| format!("Person {i}")),
            employment: if i % 4 == 0 {
                Employment::Shared { percent: 40 }
            } else {
                Employment::Dedicated
            },
            fte: if i % 4 == 0 { 0.4 } else { 1.0 },
            start_date: day(i),
            end_date: None,
            annual_base_cost: 90_000_00 + i as i64 * 1_000_00,
            loaded_cost_multiplier: 1.25,
            reports_to: (i > 0).then(|| format!("p{}", (i - 1) / 5)),
        })
        .collect();
    plan.budget.lines = (0..1000)
        .map(|i| BudgetLine {
            id: format!("b{i}"),
            category: BudgetCategory::ALL[1 + i % 7],
            description: format!("Budget line {i}"),
            amounts: vec![1_000_00 + i as i64; 5],
        })
        .collect();
    plan.stakeholders = (0..300)
        .map(|i| Stakeholder {
            id: format!("s{i}"),
            name: format!("Group {i}"),
            petal: Petal::ALL[i % Petal::ALL.len()],
            interest: Level::High,
            influence: Level::Medium,
            owner: Some(format!("p{}", i % 100)),
            key_message: "Open source is part of how we build".into(),
        })
        .collect();
    plan.communications = (0..300)
        .map(|i| Communication {
            id: format!("c{i}"),
            audience: format!("s{i}"),
            message: "Quarterly update".into(),
            channel: "Newsletter".into(),
            cadence: Some(Cadence::Quarterly),
            first_date: day(i).expect("date"),
            owner: Some(format!("p{}", i % 100)),
        })
        .collect();
    plan
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("bench.db");
    let id = {
        let mut store = Store::open(&path).expect("open");
        store.create(&large_plan()).expect("create")
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
