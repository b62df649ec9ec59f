//! The brief: at most two pages an executive reads in minutes — the ask, the case, the budget chart,
//! staffing, the first milestones and the top risks. Every list is bounded so it cannot spill to a third page.

use super::charts;
use super::facts;
use super::fonts::Style;
use super::layout::{Column, Composer, Table, ACCENT, BODY, INK, MUTED};
use crate::model::{currency::format_money, Plan, Role};

const MAX_CASE: usize = 5;
const MAX_MILESTONES: usize = 5;
const MAX_RISKS: usize = 3;

pub fn compose(c: &mut Composer, plan: &Plan) {
    let t = plan.totals();
    let w = c.content_width();
    let left = c.left;
    c.text(left, c.y + 8.0, 8.0, Style::Bold, MUTED, "OSPO BRIEF");
    c.y += 14.0;
    c.block(left, w, &plan.name, 18.0, Style::Bold, ACCENT, Some(2));
    let org = facts::or_unset(&plan.organization.name);
    let line = format!(
        "{org} · prepared {}",
        facts::date(chrono::Utc::now().date_naive())
    );
    c.block(left, w, &line, BODY, Style::Regular, MUTED, Some(1));
    c.y += 6.0;

    c.heading("The ask");
    c.facts(&facts::ask(plan, &t));

    c.heading("The case");
    let case: Vec<String> = plan
        .organization
        .value_propositions
        .iter()
        .take(MAX_CASE)
        .cloned()
        .collect();
    if case.is_empty() {
        c.paragraph("No value propositions written yet.");
    } else {
        c.bullets(&case, Some(3));
    }

    c.heading("Budget by category");
    charts::bars(c, &facts::chart_items(&t), &t.currency);
    let per_year: Vec<String> = t
        .years
        .iter()
        .zip(&t.per_year)
        .map(|(y, v)| format!("{y} {}", format_money(*v, &t.currency, true)))
        .collect();
    c.block(
        left,
        w,
        &format!(
            "Total {} — {}",
            format_money(t.grand_total, &t.currency, true),
            per_year.join(" · ")
        ),
        BODY,
        Style::Bold,
        INK,
        Some(2),
    );
    c.y += 4.0;

    c.heading("Staffing");
    let mut table = Table::new(vec![
        Column::left("Role", 3.0),
        Column::right("Positions", 1.0),
        Column::right("Open", 1.0),
        Column::right("FTE", 1.0),
    ]);
    for role in Role::ALL {
        let of_role: Vec<_> = plan.positions.iter().filter(|p| p.role == role).collect();
        if of_role.is_empty() {
            continue;
        }
        table.rows.push(vec![
            role.label().to_owned(),
            of_role.len().to_string(),
            of_role.iter().filter(|p| p.is_open()).count().to_string(),
            facts::fte(of_role.iter().map(|p| p.fte).sum()),
        ]);
    }
    table.footer = Some(vec![
        "All positions".into(),
        t.positions.to_string(),
        t.open_positions.to_string(),
        facts::fte(t.total_fte),
    ]);
    c.table(&table);

    c.heading("First milestones");
    let mut upcoming: Vec<_> = plan.milestones.iter().filter(|m| !m.done).collect();
    upcoming.sort_by_key(|m| m.date);
    let items: Vec<String> = upcoming
        .iter()
        .take(MAX_MILESTONES)
        .map(|m| format!("{} — {}", facts::date(m.date), m.title))
        .collect();
    if items.is_empty() {
        c.paragraph("No open milestones.");
    } else {
        c.bullets(&items, Some(2));
    }

    c.heading("Top risks");
    let mut risks: Vec<_> = plan.risks.iter().collect();
    risks.sort_by_key(|r| std::cmp::Reverse(r.score()));
    let items: Vec<String> = risks
        .iter()
        .take(MAX_RISKS)
        .map(|r| {
            let mitigation = if r.mitigation.trim().is_empty() {
                String::new()
            } else {
                format!(" Mitigation: {}", r.mitigation)
            };
            format!(
                "{} (likelihood {}, impact {}).{mitigation}",
                r.description,
                r.likelihood.label().to_lowercase(),
                r.impact.label().to_lowercase()
            )
        })
        .collect();
    if items.is_empty() {
        c.paragraph("No risks recorded.");
    } else {
        c.bullets(&items, Some(3));
    }

    let note = format!(
        "Figures in {}; the plan is attached to this PDF",
        t.currency
    );
    c.decorate(0, "OSPO brief", &plan.name, &note);
}
