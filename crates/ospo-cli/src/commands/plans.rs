//! Verbs on whole plans: new, list, show, totals, rename, delete.

use super::{open_store, print_json};
use crate::table::{escape, Table};
use ospo_core::guide;
use ospo_core::model::{currency::format_money, stage_name};
use ospo_core::{Error, Result};
use std::io::{BufRead, IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

pub fn starters(json: bool) -> Result<ExitCode> {
    let list = guide::starters();
    if json {
        print_json(&list);
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&["ID", "NAME", "STRUCTURE"]);
    for s in list {
        t.row(vec![
            s.id.to_owned(),
            s.name.to_owned(),
            s.structure.label().to_owned(),
        ]);
    }
    print!("{}", t.render());
    Ok(ExitCode::SUCCESS)
}

pub fn new(
    db: Option<PathBuf>,
    name: &str,
    from: Option<&str>,
    organization: Option<&str>,
) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let plan = ospo_core::defaults::new_plan(&store, name, from, organization.unwrap_or_default())?;
    let id = store.create(&plan)?;
    println!("{id}");
    Ok(ExitCode::SUCCESS)
}

pub fn list(db: Option<PathBuf>, json: bool) -> Result<ExitCode> {
    let store = open_store(db)?;
    let plans = store.list()?;
    if json {
        print_json(&plans);
        return Ok(ExitCode::SUCCESS);
    }
    if plans.is_empty() {
        println!("No plans yet. Create one with `ospo new NAME`.");
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&["ID", "NAME", "STRUCTURE", "LAST CHANGE"]);
    for p in plans {
        t.row(vec![
            p.id.to_string(),
            p.name,
            p.structure.label().to_owned(),
            p.updated_at.format("%Y-%m-%d %H:%M UTC").to_string(),
        ]);
    }
    print!("{}", t.render());
    Ok(ExitCode::SUCCESS)
}

pub fn show(db: Option<PathBuf>, plan: &str, json: bool) -> Result<ExitCode> {
    let store = open_store(db)?;
    let plan = store.get(store.resolve(plan)?)?;
    if json {
        println!("{}", ospo_core::files::to_json_string(&plan));
        return Ok(ExitCode::SUCCESS);
    }
    let o = &plan.organization;
    let m = &plan.maturity;
    let t = plan.totals();
    let money = |v: i64| format_money(v, &t.currency, true);
    let or_unset = |s: &str| {
        if s.trim().is_empty() {
            "(not set)".to_owned()
        } else {
            escape(s).into_owned()
        }
    };
    println!("{} (id {})", escape(&plan.name), plan.id);
    println!(
        "Organization:  {} — {} employees, {}",
        or_unset(&o.name),
        o.employees,
        or_unset(&o.industry)
    );
    println!(
        "Sponsor:       {}, {}",
        or_unset(&o.sponsor.name),
        or_unset(&o.sponsor.title)
    );
    println!(
        "Structure:     {}, reporting to {}",
        plan.structure.kind.label(),
        or_unset(&plan.structure.reports_to)
    );
    println!(
        "Maturity:      stage {} {} → stage {} {}; strategy {} → {}",
        m.current_stage,
        stage_name(m.current_stage),
        m.target_stage,
        stage_name(m.target_stage),
        m.current_rung.label(),
        m.target_rung.label()
    );
    println!(
        "Staffing:      {} positions ({} open), {} FTE",
        t.positions, t.open_positions, t.total_fte
    );
    println!(
        "Budget:        {} over {} ({} in {})",
        money(t.grand_total),
        t.years
            .iter()
            .map(|y| y.label.as_str())
            .collect::<Vec<_>>()
            .join("–"),
        money(t.per_year.first().copied().unwrap_or(0)),
        t.years.first().map_or("", |y| y.label.as_str())
    );
    for v in &o.value_propositions {
        println!("  • {}", escape(v));
    }
    println!(
        "Sections:      {} responsibilities, {} budget lines, {} stakeholder groups, {} communications, \
         {} milestones, {} KPIs, {} risks",
        plan.responsibilities.len(),
        plan.budget.lines.len(),
        plan.stakeholders.len(),
        plan.communications.len(),
        plan.milestones.len(),
        plan.kpis.len(),
        plan.risks.len()
    );
    Ok(ExitCode::SUCCESS)
}

pub fn totals(db: Option<PathBuf>, plan: &str, json: bool) -> Result<ExitCode> {
    let store = open_store(db)?;
    let totals = store.get(store.resolve(plan)?)?.totals();
    if json {
        print_json(&totals);
        return Ok(ExitCode::SUCCESS);
    }
    let money = |v: i64| format_money(v, &totals.currency, false);
    let mut header = vec!["CATEGORY"];
    header.extend(totals.years.iter().map(|y| y.label.as_str()));
    header.push("TOTAL");
    let amounts: Vec<usize> = (1..header.len()).collect();
    let mut t = Table::new(&header).right_align(&amounts);
    for c in &totals.by_category {
        let mut row = vec![c.label.clone()];
        row.extend(c.per_year.iter().map(|&v| money(v)));
        row.push(money(c.total));
        t.row(row);
    }
    let mut row = vec!["Total".to_owned()];
    row.extend(totals.per_year.iter().map(|&v| money(v)));
    row.push(money(totals.grand_total));
    t.row(row);
    print!("{}", t.render());
    println!();
    let staff: Vec<String> = totals
        .staff_cost_per_year
        .iter()
        .map(|&v| money(v))
        .collect();
    println!("Staff cost per year: {}", staff.join(", "));
    println!(
        "FTE: {} in {} positions ({} open)",
        totals.total_fte, totals.positions, totals.open_positions
    );
    if let Some(c) = totals.cost_per_fte {
        println!("Cost per FTE: {}", money(c));
    }
    println!("Grand total: {}", money(totals.grand_total));
    Ok(ExitCode::SUCCESS)
}

pub fn rename(db: Option<PathBuf>, plan: &str, name: &str) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let id = store.resolve(plan)?;
    store.rename(id, name)?;
    Ok(ExitCode::SUCCESS)
}

pub fn delete(db: Option<PathBuf>, plan: &str, yes: bool) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let id = store.resolve(plan)?;
    if !yes
        && !confirm(&format!(
            "Delete plan \"{}\" (id {id})?",
            escape(&store.get(id)?.name)
        ))?
    {
        eprintln!("ospo: not deleted");
        return Ok(ExitCode::FAILURE);
    }
    store.delete(id)?;
    Ok(ExitCode::SUCCESS)
}

/// Asks on the terminal; without one there is nobody to ask, so the answer is an error.
fn confirm(question: &str) -> Result<bool> {
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        return Err(Error::Conflict(
            "refusing to delete without confirmation; pass --yes".into(),
        ));
    }
    eprint!("{question} [y/N] ");
    std::io::stderr()
        .flush()
        .map_err(|e| Error::io("stderr", e))?;
    let mut answer = String::new();
    stdin
        .lock()
        .read_line(&mut answer)
        .map_err(|e| Error::io("stdin", e))?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes"))
}
