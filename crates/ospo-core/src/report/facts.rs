//! What both documents say the same way: the ask in figures, owners, the KPI table, and the words
//! for empty fields.

use super::layout::{Column, Table};
use crate::model::{Kpi, Plan, Totals};
use crate::wording::{self, fte, Money};

pub fn or_unset(s: &str) -> String {
    if s.trim().is_empty() {
        "(not set)".to_owned()
    } else {
        s.to_owned()
    }
}

/// The title of the position `id`, or a dash when none owns it.
pub fn owner(plan: &Plan, id: Option<&str>) -> String {
    id.and_then(|id| plan.position(id))
        .map_or_else(|| "—".to_owned(), |p| p.title.clone())
}

fn sponsor(plan: &Plan) -> String {
    let s = &plan.organization.sponsor;
    match (s.name.trim().is_empty(), s.title.trim().is_empty()) {
        (true, true) => "(not set)".to_owned(),
        (false, true) => s.name.clone(),
        (true, false) => s.title.clone(),
        (false, false) => format!("{}, {}", s.name, s.title),
    }
}

/// The ask as label–value pairs: headcount, year-one and total budget, structure, reporting line, sponsor.
pub fn ask(plan: &Plan, t: &Totals, money: &Money) -> Vec<(String, String)> {
    let first_year = t.years.first().map(|y| y.label.clone()).unwrap_or_default();
    let span = match (t.years.first(), t.years.last()) {
        (Some(a), Some(b)) if a != b => format!("{a}–{b}"),
        (Some(a), _) => a.label.clone(),
        _ => String::new(),
    };
    vec![
        (
            "Headcount".into(),
            format!(
                "{} positions, {} FTE ({} open)",
                t.positions,
                fte(t.total_fte),
                t.open_positions
            ),
        ),
        (
            "Year-one budget".into(),
            format!(
                "{} in {first_year}",
                money.format(t.per_year.first().copied().unwrap_or(0))
            ),
        ),
        (
            "Total budget".into(),
            format!("{} over {span}", money.format(t.grand_total)),
        ),
        ("Structure".into(), plan.structure.kind.label().to_owned()),
        (
            "Reporting line".into(),
            format!(
                "Head of the OSPO reports to {}",
                or_unset(&plan.structure.reports_to)
            ),
        ),
        ("Sponsor".into(), sponsor(plan)),
    ]
}

/// The KPIs as the documents list them: goal, metric, baseline, target and due date.
pub fn kpi_table(kpis: &[Kpi]) -> Table {
    let mut table = Table::new(vec![
        Column::left("Goal", 2.3),
        Column::left("Metric", 2.8),
        Column::left("Baseline", 1.1),
        Column::left("Target", 1.1),
        Column::left("Due", 1.2),
    ]);
    for k in kpis {
        table.rows.push(vec![
            k.goal.clone(),
            k.metric.clone(),
            k.baseline.clone(),
            k.target.clone(),
            k.due.map_or_else(|| "—".to_owned(), wording::date),
        ]);
    }
    table
}
