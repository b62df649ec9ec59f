//! `ospo diff A B`: what changed between two plans, each a stored plan, `PLAN@VERSION`, or a file
//! (.ospo.json or a PDF made by the app). Exits 0 when they are the same, 1 when they differ (and 2
//! on an error), as diff does; `--git` takes the seven arguments git gives an external diff.

use super::{open_store, print_json};
use crate::table::escape;
use ospo_core::compare::{diff, FieldChange, PlanDiff};
use ospo_core::model::currency::format_money;
use ospo_core::model::Plan;
use ospo_core::{files, Error, Result, Store};
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(db: Option<PathBuf>, a: &str, b: &str, json: bool) -> Result<ExitCode> {
    let mut store = None;
    let (left, right) = (load(&db, &mut store, a)?, load(&db, &mut store, b)?);
    show(&left, &right, a, b, json)
}

/// git's external diff: `path old-file old-hex old-mode new-file new-hex new-mode`; a file that
/// does not exist on one side (`/dev/null`) is an empty plan.
pub fn git(args: &[String], json: bool) -> Result<ExitCode> {
    let [path, old, _, _, new, _, _] = args else {
        return Err(Error::NotFound(
            "--git takes the seven arguments git passes to an external diff".into(),
        ));
    };
    let read = |f: &str| {
        if f == "/dev/null" {
            Ok(Plan::empty(""))
        } else {
            read_file(Path::new(f))
        }
    };
    show(&read(old)?, &read(new)?, path, path, json)?;
    Ok(ExitCode::SUCCESS)
}

fn show(left: &Plan, right: &Plan, a: &str, b: &str, json: bool) -> Result<ExitCode> {
    let d = diff(left, right);
    if json {
        print_json(&d);
    } else {
        for line in render(&d, a, b).lines() {
            println!("{}", escape(line));
        }
    }
    Ok(if d.same {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

/// A file if one is there, else a stored plan by id or name, else `PLAN@VERSION`.
fn load(db: &Option<PathBuf>, store: &mut Option<Store>, spec: &str) -> Result<Plan> {
    let path = Path::new(spec);
    if path.is_file() {
        return read_file(path);
    }
    if store.is_none() {
        *store = Some(open_store(db.clone())?);
    }
    let Some(store) = store.as_ref() else {
        return Err(Error::NotFound("no plan database".into()));
    };
    match store.resolve(spec) {
        Ok(id) => store.get(id),
        Err(not_found) => match spec.rsplit_once('@') {
            Some((plan, version)) => {
                let version: i64 = version.trim().parse().map_err(|_| {
                    Error::NotFound(format!(
                        "\"{spec}\": after @ comes a version number (see `ospo versions {plan}`)"
                    ))
                })?;
                store.version_plan(store.resolve(plan)?, version)
            }
            None => Err(Error::NotFound(format!(
                "{not_found}, and there is no file \"{spec}\""
            ))),
        },
    }
}

fn read_file(path: &Path) -> Result<Plan> {
    files::read_plan_file(path).map_err(|e| match e {
        Error::File(m) => Error::File(format!("{}: {m}", path.display())),
        other => other,
    })
}

const SECTION_TITLES: &[(&str, &str)] = &[
    ("units", "Structure (units)"),
    ("responsibilities", "Responsibilities"),
    ("positions", "Positions"),
    ("budget_lines", "Budget lines"),
    ("stakeholders", "Stakeholders"),
    ("communications", "Communications"),
    ("milestones", "Milestones"),
    ("kpis", "KPIs"),
    ("risks", "Risks"),
];

/// The diff as text: the plan's own fields, then each section, then the budget by category and year.
pub fn render(d: &PlanDiff, a: &str, b: &str) -> String {
    let mut out = format!("--- {a}\n+++ {b}\n");
    if d.same {
        out.push_str("No differences.\n");
        return out;
    }
    let [cur_a, cur_b] = &d.currency;
    for f in &d.fields {
        out.push_str(&format!("{}\n", field(f, cur_a, cur_b)));
    }
    for s in &d.sections {
        let title = SECTION_TITLES
            .iter()
            .find(|(k, _)| *k == s.section)
            .map_or(s.section.as_str(), |(_, t)| t);
        out.push_str(&format!("\n{title}\n"));
        for i in &s.added {
            out.push_str(&format!("  + {} [{}]\n", i.label, i.id));
        }
        for i in &s.removed {
            out.push_str(&format!("  - {} [{}]\n", i.label, i.id));
        }
        for i in &s.changed {
            out.push_str(&format!("  ~ {} [{}]\n", i.label, i.id));
            for f in &i.fields {
                out.push_str(&format!("      {}\n", field(f, cur_a, cur_b)));
            }
        }
    }
    if !d.budget.is_empty() || d.grand_total[0] != d.grand_total[1] {
        out.push_str(&format!("\nBudget ({cur_b})\n"));
        for x in &d.budget {
            out.push_str(&format!(
                "  {} {}: {} → {} ({})\n",
                x.label,
                x.year,
                format_money(x.from, cur_a, true),
                format_money(x.to, cur_b, true),
                signed(x.to - x.from, cur_b)
            ));
        }
        let [from, to] = d.grand_total;
        out.push_str(&format!(
            "  Grand total: {} → {} ({})\n",
            format_money(from, cur_a, true),
            format_money(to, cur_b, true),
            signed(to - from, cur_b)
        ));
    }
    out
}

fn signed(v: i64, currency: &str) -> String {
    let s = format_money(v, currency, true);
    if v > 0 {
        format!("+{s}")
    } else {
        s
    }
}

/// `field: from → to`, amounts of money in the plan's currency.
fn field(f: &FieldChange, cur_a: &str, cur_b: &str) -> String {
    let money = f.field == "annual_base_cost" || f.field == "amounts";
    let show = |v: &Value, cur: &str| match v {
        Value::Number(n) if money => n
            .as_i64()
            .map_or_else(|| n.to_string(), |m| format_money(m, cur, false)),
        Value::Array(xs) if money => {
            let items: Vec<String> = xs
                .iter()
                .map(|x| {
                    x.as_i64()
                        .map_or_else(|| x.to_string(), |m| format_money(m, cur, false))
                })
                .collect();
            format!("[{}]", items.join(", "))
        }
        Value::Null => "(none)".to_owned(),
        other => other.to_string(),
    };
    format!(
        "{}: {} → {}",
        f.field,
        show(&f.from, cur_a),
        show(&f.to, cur_b)
    )
}
