//! The brief: at most two pages an executive reads in minutes. It opens with what is asked and
//! what it costs (the ask, the case, the budget) and where the office takes the organization (its
//! maturity, the first milestones); then who does the work, how success is measured, who hears what
//! in the first year and the top risks. Lists are cut by whole items, never mid-sentence, the ones
//! an executive misses least first, until the brief fits its two pages.

use super::facts;
use super::fonts::Style;
use super::layout::{Column, Composer, Table, ACCENT, BODY, INK, MUTED};
use crate::chart;
use crate::model::{stage_name, Plan, Role};
use crate::wording::{self, fte, Money};
use chrono::Months;

pub const PAGES: usize = 2;

/// How many items of each list the brief shows.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    case: usize,
    milestones: usize,
    risks: usize,
    kpis: usize,
    communications: usize,
}

impl Limits {
    const MOST: Limits = Limits {
        case: 5,
        milestones: 5,
        risks: 3,
        kpis: 4,
        communications: 5,
    };

    /// The most the brief shows, then one item fewer at a time, taken first from the lists an
    /// executive misses least (communications, then KPIs, milestones and risks, the case last):
    /// each list first down to a few items, then to one, then to none.
    pub fn tries() -> Vec<Limits> {
        std::iter::successors(Some(Limits::MOST), |l| l.fewer()).collect()
    }

    fn fewer(mut self) -> Option<Limits> {
        for floor in [[2, 2, 3, 2, 3], [1; 5], [0; 5]] {
            let lists = [
                &mut self.communications,
                &mut self.kpis,
                &mut self.milestones,
                &mut self.risks,
                &mut self.case,
            ];
            let cut = lists
                .into_iter()
                .zip(floor)
                .find(|(n, least)| **n > *least)
                .map(|(n, _)| *n -= 1)
                .is_some();
            if cut {
                return Some(self);
            }
        }
        None
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

    c.heading("Where the office takes us");
    let m = &plan.maturity;
    c.paragraph(&wording::spell(
        &format!(
            "From maturity stage {} ({}) to stage {} ({}), and from a {} to a {} of open source.",
            m.current_stage,
            stage_name(m.current_stage).to_lowercase(),
            m.target_stage,
            stage_name(m.target_stage).to_lowercase(),
            m.current_rung.label().to_lowercase(),
            m.target_rung.label().to_lowercase(),
        ),
        &plan.locale,
    ));
    c.subheading("First milestones");
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

    kpis(c, plan, limits.kpis);
    first_year_communications(c, plan, limits.communications);

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

/// A line under a table cut short, saying how many more rows the proposal has.
fn more_in_proposal(c: &mut Composer, shown: usize, all: usize, what: &str) {
    if all > shown {
        c.none_yet(&format!("{} more {what} in the full proposal", all - shown));
    }
}

/// The KPIs the office is measured by, the first `max` in plan order.
fn kpis(c: &mut Composer, plan: &Plan, max: usize) {
    c.heading("How success is measured");
    if plan.kpis.is_empty() {
        c.paragraph("No KPIs yet.");
        return;
    }
    let table = facts::kpi_table(&plan.kpis[..max.min(plan.kpis.len())]);
    if !table.rows.is_empty() {
        c.table(&table);
    }
    more_in_proposal(c, table.rows.len(), plan.kpis.len(), "KPIs");
}

/// Who hears what in the plan's first twelve months: the communications that go out then, the
/// most frequent first, each with how many times.
fn first_year_communications(c: &mut Composer, plan: &Plan, max: usize) {
    let start = plan.budget.year_start(0);
    let Some(end) = start
        .checked_add_months(Months::new(12))
        .and_then(|d| d.pred_opt())
    else {
        return;
    };
    let mut sent: Vec<(usize, &crate::model::Communication)> = plan
        .communications
        .iter()
        .map(|comm| (comm.occurrences(start, end).len(), comm))
        .filter(|(n, _)| *n > 0)
        .collect();
    c.heading("Who hears what in the first year");
    if sent.is_empty() {
        c.paragraph("No communications planned in the first twelve months.");
        return;
    }
    let sends: usize = sent.iter().map(|(n, _)| n).sum();
    let groups = {
        let mut ids: Vec<&str> = sent.iter().map(|(_, c)| c.audience.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.len()
    };
    sent.sort_by_key(|(n, _)| std::cmp::Reverse(*n));
    let mut table = Table::new(vec![
        Column::left("Audience", 2.2),
        Column::left("Message", 3.6),
        Column::left("Channel", 1.6),
        Column::right("Times", 0.8),
    ]);
    for (n, comm) in sent.iter().take(max) {
        table.rows.push(vec![
            plan.stakeholder(&comm.audience)
                .map_or_else(|| comm.audience.clone(), |s| s.name.clone()),
            comm.message.clone(),
            comm.channel.clone(),
            n.to_string(),
        ]);
    }
    c.paragraph(&format!(
        "{sends} messages go out to {groups} stakeholder group{} in the twelve months from {}.",
        if groups == 1 { "" } else { "s" },
        wording::month_year(start)
    ));
    if !table.rows.is_empty() {
        c.table(&table);
    }
    more_in_proposal(c, table.rows.len(), sent.len(), "communications");
}
