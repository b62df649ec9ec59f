//! The brief: at most two pages an executive reads in minutes — the ask, the case, the budget chart,
//! staffing, the first milestones and the top risks. Lists are cut by whole items, never mid-sentence,
//! until the brief fits its two pages.

use super::facts;
use super::fonts::Style;
use super::layout::{Column, Composer, Table, ACCENT, BODY, INK, MUTED};
use crate::chart;
use crate::model::{Plan, Role};
use crate::wording::{self, fte, Money};

pub const PAGES: usize = 2;

/// How many items of each list the brief shows.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    case: usize,
    milestones: usize,
    risks: usize,
}

impl Limits {
    /// The most the brief shows, then fewer and fewer items, for when long text needs the room.
    pub fn tries() -> impl Iterator<Item = Limits> {
        (0..=5).rev().map(|n| Limits {
            case: n,
            milestones: n,
            risks: n.min(3),
        })
    }
}

/// `items` bounded to `max`, saying how many more the proposal lists.
fn bounded(mut items: Vec<String>, max: usize) -> Vec<String> {
    let more = items.len().saturating_sub(max);
    items.truncate(max);
    if more > 0 {
        items.push(format!("{more} more in the full proposal"));
    }
    items
}

pub fn compose(c: &mut Composer, plan: &Plan, limits: Limits) {
    let t = plan.totals();
    let money = Money::for_plan(plan);
    let w = c.content_width();
    let left = c.left;
    c.text(left, c.y + 8.0, 8.0, Style::Bold, MUTED, "OSPO BRIEF");
    c.y += 14.0;
    c.block(left, w, &plan.name, 18.0, Style::Bold, ACCENT);
    let org = facts::or_unset(&plan.organization.name);
    let line = format!(
        "{org} · prepared {}",
        wording::day_month_year(chrono::Utc::now().date_naive())
    );
    c.block(left, w, &line, BODY, Style::Regular, MUTED);
    c.y += 6.0;

    c.heading("The ask");
    c.facts(&facts::ask(plan, &t, &money));

    c.heading("The case");
    let case = bounded(plan.organization.value_propositions.clone(), limits.case);
    if case.is_empty() {
        c.paragraph("No value propositions written yet.");
    } else {
        c.bullets(&case);
    }

    c.heading("Budget by category");
    c.figure(&chart::budget_bars(c.fonts, plan, &t, w));
    let per_year: Vec<String> = t
        .years
        .iter()
        .zip(&t.per_year)
        .map(|(y, v)| format!("{y} {}", money.format(*v)))
        .collect();
    c.block(
        left,
        w,
        &format!(
            "Total {} — {}",
            money.format(t.grand_total),
            per_year.join(" · ")
        ),
        BODY,
        Style::Bold,
        INK,
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
            fte(of_role.iter().map(|p| p.fte).sum()),
        ]);
    }
    table.footer = Some(vec![
        "All positions".into(),
        t.positions.to_string(),
        t.open_positions.to_string(),
        fte(t.total_fte),
    ]);
    c.table(&table);

    c.heading("First milestones");
    let mut upcoming: Vec<_> = plan.milestones.iter().filter(|m| !m.done).collect();
    upcoming.sort_by_key(|m| m.date);
    let items: Vec<String> = upcoming
        .iter()
        .map(|m| format!("{} — {}", wording::date(m.date), m.title))
        .collect();
    let items = bounded(items, limits.milestones);
    if items.is_empty() {
        c.paragraph("No open milestones.");
    } else {
        c.bullets(&items);
    }

    c.heading("Top risks");
    let mut risks: Vec<_> = plan.risks.iter().collect();
    risks.sort_by_key(|r| std::cmp::Reverse(r.score()));
    let items: Vec<String> = risks
        .iter()
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
    let items = bounded(items, limits.risks);
    if items.is_empty() {
        c.paragraph("No risks recorded.");
    } else {
        c.bullets(&items);
    }

    let note = format!(
        "Figures in {}; the plan is attached to this PDF",
        t.currency
    );
    c.flush();
    c.decorate(0, "OSPO brief", &plan.name, &note);
}
