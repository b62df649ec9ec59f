//! What both documents say the same way: the ask in figures, owner names, dates and levels.

use crate::model::{currency::format_money, Plan, Totals};
use chrono::NaiveDate;

pub fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

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

pub fn fte(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
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
pub fn ask(plan: &Plan, t: &Totals) -> Vec<(String, String)> {
    let money = |v: i64| format_money(v, &t.currency, true);
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
                money(t.per_year.first().copied().unwrap_or(0))
            ),
        ),
        (
            "Total budget".into(),
            format!("{} over {span}", money(t.grand_total)),
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

/// Category totals worth charting: the non-zero ones, or every category when all are zero.
pub fn chart_items(t: &Totals) -> Vec<(String, i64)> {
    let items: Vec<(String, i64)> = t
        .by_category
        .iter()
        .filter(|c| c.total != 0)
        .map(|c| (c.label.clone(), c.total))
        .collect();
    if items.is_empty() {
        t.by_category
            .iter()
            .map(|c| (c.label.clone(), c.total))
            .collect()
    } else {
        items
    }
}
