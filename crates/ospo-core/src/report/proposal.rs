//! The full proposal: cover, contents with page numbers, then one section per part of the plan, with
//! its figures and tables, any extra sections (the plan review) and an appendix of assumptions and sources.

use super::facts;
use super::fonts::Style;
use super::layout::{
    Column, Composer, Dash, Paint, Placement, Table, ACCENT, HEAD_FILL, INK, MUTED, RULE,
};
use super::{Block, Section};
use crate::chart;
use crate::model::{stage_name, Plan, Responsibility, StrategyRung, Totals};
use crate::typeset;
use crate::wording::{self, fte, Money};

const CONTENTS_PAGE: usize = 1;

/// What every section is drawn from: the plan, its totals, and the document's money format.
pub struct Context<'p> {
    pub plan: &'p Plan,
    pub totals: Totals,
    pub money: Money,
}

impl Context<'_> {
    /// The app's own words as the plan's locale spells them.
    fn say(&self, text: &str) -> String {
        wording::spell(text, &self.plan.locale)
    }
}

type SectionFn = fn(&mut Composer, &Context);

/// The sections in the order they print; a new section is one more entry here.
const SECTIONS: &[SectionFn] = &[
    executive_summary,
    why_now,
    structure,
    staffing,
    budget,
    stakeholders,
    communications,
    responsibilities,
    milestones,
    kpis,
    risks,
];

pub fn compose(c: &mut Composer, plan: &Plan, extra: &[Section]) {
    let cx = Context {
        plan,
        totals: plan.totals(),
        money: Money::for_plan(plan),
    };
    cover(c, &cx);
    c.new_page(); // contents, drawn once the page numbers are known
    c.new_page();
    for section in SECTIONS {
        section(c, &cx);
    }
    for section in extra {
        extra_section(c, section);
    }
    appendix(c, &cx);
    c.flush();

    contents(c);
    c.decorate(
        CONTENTS_PAGE,
        &cx.say("Proposal for an Open Source Program Office"),
        &plan.name,
        &format!("Figures in {}", cx.totals.currency),
    );
}

fn cover(c: &mut Composer, cx: &Context) {
    let (plan, t) = (cx.plan, &cx.totals);
    let (left, w) = (c.left, c.content_width());
    c.rect(0.0, 0.0, c.width, 10.0, Paint::fill(ACCENT));
    c.y = c.height * 0.22;
    let kicker = cx.say("PROPOSAL FOR AN OPEN SOURCE PROGRAM OFFICE");
    c.text(left, c.y, 10.0, Style::Bold, MUTED, &kicker);
    c.y += 16.0;
    c.block(left, w, &plan.name, 26.0, Style::Bold, ACCENT);
    c.y += 6.0;
    let org = &plan.organization;
    if !org.name.trim().is_empty() {
        c.block(left, w, &org.name, 14.0, Style::Regular, INK);
    }
    let sponsor = &org.sponsor;
    let who = [sponsor.name.as_str(), sponsor.title.as_str()]
        .iter()
        .filter(|s| !s.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if !who.is_empty() {
        let line = format!("Prepared for {who}");
        c.block(left, w, &line, 11.0, Style::Regular, MUTED);
    }
    let today = wording::day_month_year(chrono::Utc::now().date_naive());
    c.block(left, w, &today, 11.0, Style::Regular, MUTED);

    // Three key figures in boxes; a long figure shrinks, then wraps.
    c.y += 30.0;
    let figures = [
        (
            "Positions",
            format!("{} ({} FTE)", t.positions, fte(t.total_fte)),
        ),
        (
            "Year-one budget",
            cx.money.format(t.per_year.first().copied().unwrap_or(0)),
        ),
        ("Total budget", cx.money.format(t.grand_total)),
    ];
    let gap = 12.0;
    let bw = (w - 2.0 * gap) / 3.0;
    let y = c.y;
    for (i, (label, value)) in figures.iter().enumerate() {
        let x = left + i as f32 * (bw + gap);
        c.rect(x, y, bw, 58.0, Paint::both(HEAD_FILL, RULE, 0.6));
        c.text(x + 10.0, y + 18.0, 8.5, Style::Bold, MUTED, label);
        let size = typeset::fit_size(c.fonts, value, bw - 20.0, 15.0, 9.0, Style::Bold);
        for (k, line) in c
            .wrap(value, bw - 20.0, size, Style::Bold)
            .iter()
            .enumerate()
        {
            c.text(
                x + 10.0,
                y + 42.0 + k as f32 * size * 1.1,
                size,
                Style::Bold,
                INK,
                line,
            );
        }
    }
    c.y = y + 80.0;
    let structure = format!(
        "{} · reporting to {}",
        plan.structure.kind.label(),
        facts::or_unset(&plan.structure.reports_to)
    );
    c.block(left, w, &structure, 11.0, Style::Regular, INK);
}

fn contents(c: &mut Composer) {
    let entries: Vec<(String, usize)> = c
        .headings()
        .iter()
        .map(|h| (h.title.clone(), h.page + 1))
        .collect();
    let saved = c.revisit(CONTENTS_PAGE);
    let (left, w) = (c.left, c.content_width());
    c.text(left, c.y + 16.0, 16.0, Style::Bold, ACCENT, "Contents");
    c.y += 34.0;
    let size = 10.5;
    for (title, page) in entries {
        let number = page.to_string();
        let nw = c.measure(&number, Style::Regular, size);
        let lines = c.wrap(&title, w - nw - 30.0, size, Style::Regular);
        for (k, line) in lines.iter().enumerate() {
            c.text(left, c.y + size, size, Style::Regular, INK, line);
            if k + 1 < lines.len() {
                c.y += size * 1.3;
            }
        }
        let tw = lines
            .last()
            .map_or(0.0, |l| c.measure(l, Style::Regular, size));
        let baseline = c.y + size;
        c.text_in(
            left,
            w,
            baseline,
            size,
            Style::Regular,
            INK,
            Placement::End,
            &number,
        );
        let (from, to) = (left + tw + 6.0, left + w - nw - 6.0);
        if to > from {
            c.line(
                &[(from, baseline - 1.0), (to, baseline - 1.0)],
                RULE,
                0.8,
                Dash::Dotted,
            );
        }
        c.y += size * 1.9;
    }
    c.resume(saved);
}

fn executive_summary(c: &mut Composer, cx: &Context) {
    let (plan, t) = (cx.plan, &cx.totals);
    c.heading("Executive summary");
    let org = if plan.organization.name.trim().is_empty() {
        "The organization".to_owned()
    } else {
        wording::keep(&plan.organization.name)
    };
    let first = t.per_year.first().copied().unwrap_or(0);
    let text = format!(
        "{org} proposes an Open Source Program Office organized as \"{}\". It asks for {} positions \
         ({} FTE) and a budget of {} in {}, {} over the {}-year plan. The office takes the organization \
         from maturity stage {} ({}) to stage {} ({}), and from {} to {} of open source.",
        plan.structure.kind.label(),
        t.positions,
        fte(t.total_fte),
        cx.money.format(first),
        t.years.first().map_or("", |y| y.label.as_str()),
        cx.money.format(t.grand_total),
        t.years.len(),
        plan.maturity.current_stage,
        stage_name(plan.maturity.current_stage).to_lowercase(),
        plan.maturity.target_stage,
        stage_name(plan.maturity.target_stage).to_lowercase(),
        rung_phrase(plan.maturity.current_rung),
        rung_phrase(plan.maturity.target_rung),
    );
    c.paragraph(&cx.say(&text));
    c.subheading("The ask");
    c.facts(&facts::ask(plan, t, &cx.money));
    c.subheading("The case");
    if plan.organization.value_propositions.is_empty() {
        c.none_yet("No value propositions written yet.");
    } else {
        c.bullets(&plan.organization.value_propositions);
    }
}

fn rung_phrase(rung: StrategyRung) -> String {
    format!(
        "{} (a {})",
        match rung {
            StrategyRung::Consumer => "using",
            StrategyRung::Participant => "taking part in",
            StrategyRung::Contributor => "contributing to",
            StrategyRung::Leader => "leading",
        },
        rung.label().to_lowercase()
    )
}

fn why_now(c: &mut Composer, cx: &Context) {
    let m = &cx.plan.maturity;
    let w = c.content_width();
    c.heading("Why now");
    c.paragraph(&cx.say(&format!(
        "Today the organization is at maturity stage {} of 4, {}. This plan sets stage {}, {}, as the target.",
        m.current_stage,
        stage_name(m.current_stage).to_lowercase(),
        m.target_stage,
        stage_name(m.target_stage).to_lowercase()
    )));
    c.subheading("Maturity stage");
    c.figure(&chart::stage_ladder(c.fonts, cx.plan, w));
    super::maturity_models::table(c, m);
    c.subheading("Strategy rung");
    c.paragraph(&cx.say(&format!(
        "On the ladder of open source strategy the organization stands as a {} and aims to become a {}.",
        m.current_rung.label().to_lowercase(),
        m.target_rung.label().to_lowercase()
    )));
    c.figure(&chart::strategy_ladder(c.fonts, cx.plan, w));
}

fn structure(c: &mut Composer, cx: &Context) {
    let s = &cx.plan.structure;
    c.heading("Structure");
    let mut pairs = vec![
        ("Structure".to_owned(), s.kind.label().to_owned()),
        ("Reports to".to_owned(), facts::or_unset(&s.reports_to)),
    ];
    if !s.units.is_empty() {
        pairs.push(("Units".to_owned(), s.units.len().to_string()));
    }
    c.facts(&pairs);
    if !s.units.is_empty() {
        let paths: Vec<String> = s
            .units
            .iter()
            .map(|u| {
                let mut chain = vec![u.name.clone()];
                let mut parent = u.parent.as_deref();
                let mut depth = 0;
                while let Some(p) = parent.and_then(|id| s.units.iter().find(|x| x.id == id)) {
                    depth += 1;
                    if depth > crate::model::limits::UNIT_DEPTH {
                        break;
                    }
                    chain.push(p.name.clone());
                    parent = p.parent.as_deref();
                }
                chain.reverse();
                chain.join(" › ")
            })
            .collect();
        c.bullets(&paths);
    }
    c.subheading(&cx.say("Organization chart"));
    if cx.plan.positions.is_empty() {
        c.none_yet("No positions yet.");
    } else {
        let w = c.content_width();
        c.figure(&chart::org_chart(c.fonts, cx.plan, w).figure);
    }
}

fn staffing(c: &mut Composer, cx: &Context) {
    let (plan, t) = (cx.plan, &cx.totals);
    c.heading("Staffing");
    if plan.positions.is_empty() {
        c.none_yet("No positions yet.");
        return;
    }
    let mut table = Table::new(vec![
        Column::left("Position", 3.0),
        Column::left("Role", 2.2),
        Column::left("Person", 2.0),
        Column::left("Employment", 1.9),
        Column::right("FTE", 0.8),
        Column::left("Dates", 1.8),
        Column::right("Base cost / year", 2.0),
        Column::right("Load", 0.9),
    ]);
    for p in &plan.positions {
        let dates = match (p.start_date, p.end_date) {
            (Some(s), Some(e)) => format!("{} – {}", wording::date(s), wording::date(e)),
            (Some(s), None) => format!("from {}", wording::date(s)),
            (None, Some(e)) => format!("until {}", wording::date(e)),
            (None, None) => "whole plan".to_owned(),
        };
        table.rows.push(vec![
            p.title.clone(),
            p.role.label().to_owned(),
            if p.is_open() {
                "Open".to_owned()
            } else {
                p.person.clone().unwrap_or_default()
            },
            wording::employment(p.employment),
            fte(p.budgeted_fte()),
            dates,
            cx.money.format(p.annual_base_cost),
            format!("×{}", p.loaded_cost_multiplier),
        ]);
    }
    table.footer = Some(vec![
        format!("{} positions ({} open)", t.positions, t.open_positions),
        String::new(),
        String::new(),
        String::new(),
        fte(t.total_fte),
        String::new(),
        String::new(),
        String::new(),
    ]);
    c.table(&table);
    let per_year: Vec<String> = t
        .years
        .iter()
        .zip(&t.staff_cost_per_year)
        .map(|(y, v)| format!("{y}: {}", cx.money.format(*v)))
        .collect();
    c.paragraph(&format!(
        "Staff cost is the base cost times the load (benefits, taxes, overhead) times FTE, prorated by each \
         position's dates: {}.",
        per_year.join("; ")
    ));
}

fn budget(c: &mut Composer, cx: &Context) {
    let (plan, t) = (cx.plan, &cx.totals);
    c.heading("Budget");
    let start = wording::month_year(plan.budget.year_start(0));
    c.paragraph(&format!(
        "The budget is in {} over {} fiscal years, from {start}. Headcount is the staff cost derived \
         from the positions; every other category is the sum of its budget lines.",
        t.currency,
        t.years.len(),
    ));
    let mut columns = vec![Column::left("Category", 2.6)];
    columns.extend(t.years.iter().map(|y| Column::right(&y.label, 1.6)));
    columns.push(Column::right("Total", 1.8));
    let mut table = Table::new(columns);
    table.size = 7.5;
    for cat in &t.by_category {
        let mut row = vec![cat.label.clone()];
        row.extend(cat.per_year.iter().map(|v| cx.money.format(*v)));
        row.push(cx.money.format(cat.total));
        table.rows.push(row);
    }
    let mut footer = vec!["Total".to_owned()];
    footer.extend(t.per_year.iter().map(|v| cx.money.format(*v)));
    footer.push(cx.money.format(t.grand_total));
    table.footer = Some(footer);
    c.table(&table);
    c.subheading("By category, whole plan");
    let w = c.content_width();
    c.figure(&chart::budget_bars(c.fonts, plan, t, w));

    c.subheading("Budget lines");
    if plan.budget.lines.is_empty() {
        c.none_yet("No budget lines yet.");
        return;
    }
    let mut columns = vec![Column::left("Line", 2.6), Column::left("Category", 1.8)];
    columns.extend(t.years.iter().map(|y| Column::right(&y.label, 1.5)));
    columns.push(Column::right("Total", 1.6));
    let mut lines = Table::new(columns);
    lines.size = 7.5;
    for line in &plan.budget.lines {
        let mut row = vec![line.description.clone(), line.category.label().to_owned()];
        row.extend(
            (0..t.years.len()).map(|y| cx.money.format(line.amounts.get(y).copied().unwrap_or(0))),
        );
        let total: i64 = line.amounts.iter().take(t.years.len()).sum();
        row.push(cx.money.format(total));
        lines.rows.push(row);
    }
    c.table(&lines);
}

fn stakeholders(c: &mut Composer, cx: &Context) {
    let plan = cx.plan;
    c.heading("Stakeholders");
    let w = c.content_width();
    c.introduced_figure(
        &cx.say(
            "The OSPO flower: the office at the center, the groups it serves and works with on the \
             petals, and the regulators outside the organization.",
        ),
        &chart::flower(c.fonts, plan, w),
    );
    if plan.stakeholders.is_empty() {
        c.none_yet("No stakeholder groups yet.");
        return;
    }
    let mut table = Table::new(vec![
        Column::left("Group", 2.4),
        Column::left("Petal", 1.8),
        Column::left("Interest", 1.0),
        Column::left("Influence", 1.0),
        Column::left("Owner", 1.8),
        Column::left("Key message", 3.6),
    ]);
    for s in &plan.stakeholders {
        table.rows.push(vec![
            s.name.clone(),
            s.petal.label().to_owned(),
            s.interest.label().to_owned(),
            s.influence.label().to_owned(),
            facts::owner(plan, s.owner.as_deref()),
            s.key_message.clone(),
        ]);
    }
    c.table(&table);
}

fn communications(c: &mut Composer, cx: &Context) {
    let plan = cx.plan;
    c.heading("Communication plan");
    if plan.communications.is_empty() {
        c.none_yet("No communications planned yet.");
        return;
    }
    let mut table = Table::new(vec![
        Column::left("Audience", 2.0),
        Column::left("Message", 3.4),
        Column::left("Channel", 1.5),
        Column::left("Cadence", 1.1),
        Column::left("First", 1.3),
        Column::left("Owner", 1.7),
    ]);
    for m in &plan.communications {
        table.rows.push(vec![
            plan.stakeholder(&m.audience)
                .map_or_else(|| m.audience.clone(), |s| s.name.clone()),
            m.message.clone(),
            m.channel.clone(),
            m.cadence.map_or("Once", |x| x.label()).to_owned(),
            wording::date(m.first_date),
            facts::owner(plan, m.owner.as_deref()),
        ]);
    }
    c.table(&table);
    c.subheading("The first twelve months");
    let w = c.content_width();
    c.figure(&chart::communication_calendar(c.fonts, plan, w));
}

fn responsibilities(c: &mut Composer, cx: &Context) {
    let plan = cx.plan;
    c.heading("Responsibilities and owners");
    if !plan.responsibilities.is_empty() {
        let mut table = Table::new(vec![
            Column::left("Responsibility", 3.0),
            Column::left("Owner", 2.0),
            Column::left("Notes", 3.4),
        ]);
        for r in &plan.responsibilities {
            table.rows.push(vec![
                cx.say(r.responsibility.label()),
                facts::owner(plan, r.owner.as_deref()),
                r.notes.clone(),
            ]);
        }
        c.table(&table);
    }
    let unassigned: Vec<String> = Responsibility::ALL
        .iter()
        .filter(|r| {
            !plan
                .responsibilities
                .iter()
                .any(|a| a.responsibility == **r)
        })
        .map(|r| cx.say(r.label()))
        .collect();
    if !unassigned.is_empty() {
        c.subheading("Not taken on in this plan");
        c.bullets(&unassigned);
    }
}

fn milestones(c: &mut Composer, cx: &Context) {
    let plan = cx.plan;
    c.heading("Milestones");
    if plan.milestones.is_empty() {
        c.none_yet("No milestones yet.");
        return;
    }
    let w = c.content_width();
    let timeline = chart::timeline(c.fonts, plan, w);
    let mut table = Table::new(vec![
        Column::right("#", 0.5),
        Column::left("Date", 1.4),
        Column::left("Milestone", 5.0),
        Column::left("Status", 1.1),
    ]);
    for (i, m) in plan.milestones.iter().enumerate() {
        table.rows.push(vec![
            (i + 1).to_string(),
            wording::date(m.date),
            m.title.clone(),
            if m.done { "Done" } else { "Planned" }.to_owned(),
        ]);
    }
    c.keyed_figure(&timeline, &table);
}

fn kpis(c: &mut Composer, cx: &Context) {
    let plan = cx.plan;
    c.heading("KPIs");
    if plan.kpis.is_empty() {
        c.none_yet("No KPIs yet.");
        return;
    }
    c.table(&facts::kpi_table(&plan.kpis));
}

fn risks(c: &mut Composer, cx: &Context) {
    let plan = cx.plan;
    c.heading("Risks and mitigations");
    if plan.risks.is_empty() {
        c.none_yet("No risks recorded.");
        return;
    }
    let w = c.content_width();
    let heat_map = chart::risk_heat_map(c.fonts, plan, w);
    let mut table = Table::new(vec![
        Column::right("#", 0.4),
        Column::left("Risk", 3.2),
        Column::left("Likelihood", 1.1),
        Column::left("Impact", 1.0),
        Column::left("Mitigation", 3.4),
    ]);
    for (i, r) in plan.risks.iter().enumerate() {
        table.rows.push(vec![
            (i + 1).to_string(),
            r.description.clone(),
            r.likelihood.label().to_owned(),
            r.impact.label().to_owned(),
            r.mitigation.clone(),
        ]);
    }
    c.keyed_figure(&heat_map, &table);
}

pub(super) fn extra_section(c: &mut Composer, section: &Section) {
    c.heading(&section.title);
    let table_of = |columns: &[(String, f32)], rows: &[Vec<String>]| {
        let mut table = Table::new(
            columns
                .iter()
                .map(|(title, width)| Column::left(title, *width))
                .collect(),
        );
        table.rows = rows.to_vec();
        table
    };
    let mut blocks = section.blocks.iter().peekable();
    while let Some(block) = blocks.next() {
        match (block, blocks.peek()) {
            // A paragraph that introduces a table stays with it.
            (Block::Paragraph(p), Some(Block::Table { columns, rows })) => {
                c.introduced_table(p, &table_of(columns, rows));
                blocks.next();
            }
            (Block::Paragraph(p), _) => c.paragraph(p),
            (Block::Bullets(items), _) => c.bullets(items),
            (Block::Table { columns, rows }, _) => c.table(&table_of(columns, rows)),
        }
    }
}

fn appendix(c: &mut Composer, cx: &Context) {
    let plan = cx.plan;
    c.heading("Appendix: assumptions and sources");
    c.subheading("Assumptions");
    if plan.assumptions.is_empty() {
        c.none_yet("No assumptions listed.");
    } else {
        c.bullets(&plan.assumptions);
    }
    c.subheading("Sources");
    if plan.sources.is_empty() {
        c.none_yet("No sources listed.");
    } else {
        c.bullets(&plan.sources);
    }
    c.paragraph_styled(
        &format!(
            "This PDF carries the whole plan as the attachment {}; OSPO Planner opens it as a plan.",
            super::ATTACHMENT_NAME
        ),
        8.0,
        Style::Regular,
        MUTED,
    );
}
