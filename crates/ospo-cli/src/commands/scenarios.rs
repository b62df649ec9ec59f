//! `ospo scenario` makes a "what if?" copy of a plan; `ospo compare` sets plans side by side:
//! cost per year, FTE, positions, what each has that the first lacks, and the review.

use super::{open_store, print_json};
use crate::table::{escape, Table};
use ospo_core::compare::{compare as compare_plans, SectionItem};
use ospo_core::model::currency::format_money;
use ospo_core::Result;
use std::path::PathBuf;
use std::process::ExitCode;

pub fn scenario(db: Option<PathBuf>, plan: &str, name: &str) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let base = store.resolve(plan)?;
    println!("{}", store.create_scenario(base, name)?);
    Ok(ExitCode::SUCCESS)
}

pub fn compare(db: Option<PathBuf>, plans: &[String], json: bool) -> Result<ExitCode> {
    let store = open_store(db)?;
    let plans = plans
        .iter()
        .map(|p| store.get(store.resolve(p)?))
        .collect::<Result<Vec<_>>>()?;
    let c = compare_plans(&plans, chrono::Local::now().date_naive());
    if json {
        print_json(&c);
        return Ok(ExitCode::SUCCESS);
    }
    let mut header = vec![""];
    header.extend(c.plans.iter().map(|p| p.name.as_str()));
    let right: Vec<usize> = (1..header.len()).collect();
    let mut t = Table::new(&header).right_align(&right);
    let row = |label: &str, cell: &dyn Fn(usize) -> String| {
        let mut r = vec![label.to_owned()];
        r.extend((0..c.plans.len()).map(cell));
        r
    };
    for (y, year) in c.years.iter().enumerate() {
        t.row(row(year, &|i| {
            format_money(c.plans[i].per_year[y], &c.plans[i].currency, true)
        }));
    }
    t.row(row("Total", &|i| {
        format_money(c.plans[i].grand_total, &c.plans[i].currency, true)
    }));
    t.row(row("FTE", &|i| format!("{}", c.plans[i].total_fte)));
    t.row(row("Positions", &|i| c.plans[i].positions.to_string()));
    t.row(row("Review errors", &|i| c.plans[i].errors.to_string()));
    t.row(row("Review warnings", &|i| c.plans[i].warnings.to_string()));
    print!("{}", t.render());
    let first = escape(&c.plans[0].name);
    for p in c.plans.iter().skip(1) {
        if p.adds.is_empty() && p.lacks.is_empty() {
            println!("\n{} has the same items as {first}.", escape(&p.name));
            continue;
        }
        println!();
        list(&format!("{} has, {first} lacks:", escape(&p.name)), &p.adds);
        list(
            &format!("{} lacks, {first} has:", escape(&p.name)),
            &p.lacks,
        );
    }
    for p in &c.plans {
        if p.findings.is_empty() {
            continue;
        }
        println!("\nReview of {}:", escape(&p.name));
        for f in &p.findings {
            println!(
                "  {:<7}  {}  [{}]",
                f.severity.label(),
                escape(&f.message),
                f.rule
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn list(title: &str, items: &[SectionItem]) {
    if items.is_empty() {
        return;
    }
    println!("{title}");
    for i in items {
        println!(
            "  {} ({}): {}",
            escape(&i.label),
            i.section.replace('_', " "),
            escape(&i.id)
        );
    }
}
