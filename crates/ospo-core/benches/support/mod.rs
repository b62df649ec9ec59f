//! Generated plans the benchmarks share, sized as the issues state their targets.
#![allow(dead_code)] // each benchmark binary uses only some of these plans
#![allow(clippy::inconsistent_digit_grouping)] // money literals read as units_minor: 150_000_00

use chrono::NaiveDate;
use ospo_core::model::*;

/// 1,000 budget lines, 100 positions, 300 stakeholders (and a communication each).
pub fn large_plan() -> Plan {
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

/// A plan whose portable file is about 5 MB: the large plan with 8,000 budget lines and
/// 2,500 stakeholders and communications, each with a few sentences.
pub fn five_mb_plan() -> Plan {
    let mut plan = large_plan();
    let words =
        "Upstream maintenance and compliance work for the shared platform, reviewed each quarter. ";
    plan.budget.lines = (0..8_000)
        .map(|i| BudgetLine {
            id: format!("b{i}"),
            category: BudgetCategory::ALL[1 + i % 7],
            description: format!("Line {i}: {}", words.repeat(2).trim_end()),
            amounts: vec![1_000_00 + i as i64; 5],
        })
        .collect();
    plan.stakeholders = (0..2_500)
        .map(|i| Stakeholder {
            id: format!("s{i}"),
            name: format!("Group {i}"),
            petal: Petal::ALL[i % Petal::ALL.len()],
            interest: Level::High,
            influence: Level::Medium,
            owner: Some(format!("p{}", i % 100)),
            key_message: words.repeat(2).trim_end().to_owned(),
        })
        .collect();
    plan.communications = (0..2_500)
        .map(|i| Communication {
            id: format!("c{i}"),
            audience: format!("s{i}"),
            message: words.trim_end().to_owned(),
            channel: "Newsletter".into(),
            cadence: Some(Cadence::Monthly),
            first_date: NaiveDate::from_ymd_opt(2027, 1 + (i % 12) as u32, 1).expect("date"),
            owner: Some(format!("p{}", i % 100)),
        })
        .collect();
    plan
}

/// The plan of the PDF target: a full starter plan with 200 budget lines.
pub fn plan_with_200_lines() -> Plan {
    let mut plan = ospo_core::guide::starter_plan("corporate_with_divisions").expect("starter");
    plan.budget.lines = (0..200)
        .map(|i| BudgetLine {
            id: format!("b{i}"),
            category: BudgetCategory::ALL[1 + i % 7],
            description: format!("Budget line {i} for the program"),
            amounts: vec![10_000_00 + i as i64 * 100_00; plan.budget.horizon_years as usize],
        })
        .collect();
    plan
}
