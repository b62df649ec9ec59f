//! The full proposal: cover, contents with page numbers, then one section per part of the plan, with
//! its figures and tables, any extra sections (the plan review) and an appendix of assumptions and sources.

use super::charts;
use super::facts;
use super::fonts::Style;
use super::layout::{
    Column, Composer, Paint, Placement, Table, ACCENT, BODY, HEAD_FILL, INK, MUTED, RULE,
};
use super::{Block, Section};
use crate::model::{
    currency::format_money, stage_name, Employment, Plan, Responsibility, StrategyRung, Totals,
    STAGE_NAMES,
};

const CONTENTS_PAGE: usize = 1;

pub fn compose(c: &mut Composer, plan: &Plan, extra: &[Section]) {
    let t = plan.totals();
    cover(c, plan, &t);
    c.new_page(); // contents, drawn once the page numbers are known
    c.new_page();

    executive_summary(c, plan, &t);
    why_now(c, plan);
    structure(c, plan);
    staffing(c, plan, &t);
    budget(c, plan, &t);
    stakeholders(c, plan);
    communications(c, plan);
    responsibilities(c, plan);
    milestones(c, plan);
    kpis(c, plan);
    risks(c, plan);
    for section in extra {
        extra_section(c, section);
    }
    appendix(c, plan);

    contents(c);
    c.decorate(
        CONTENTS_PAGE,
        "Proposal for an Open Source Program Office",
        &plan.name,
        &format!("Figures in {}", t.currency),
    );
}

fn none_yet(c: &mut Composer, what: &str) {
    c.paragraph_limited(what, BODY, Style::Regular, MUTED, None);
}

fn cover(c: &mut Composer, plan: &Plan, t: &Totals) {
    let (left, w) = (c.left, c.content_width());
    c.rect(0.0, 0.0, c.width, 10.0, Paint::fill(ACCENT));
    c.y = c.height * 0.22;
    c.text(
        left,
        c.y,
        10.0,
        Style::Bold,
        MUTED,
        "PROPOSAL FOR AN OPEN SOURCE PROGRAM OFFICE",
    );
    c.y += 16.0;
    c.block(left, w, &plan.name, 26.0, Style::Bold, ACCENT, Some(3));
    c.y += 6.0;
    let org = &plan.organization;
    if !org.name.trim().is_empty() {
        c.block(left, w, &org.name, 14.0, Style::Regular, INK, Some(2));
    }
    let sponsor = &org.sponsor;
    if !sponsor.name.trim().is_empty() || !sponsor.title.trim().is_empty() {
        let who = [sponsor.name.as_str(), sponsor.title.as_str()]
            .iter()
            .filter(|s| !s.trim().is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(", ");
        c.block(
            left,
            w,
            &format!("Prepared for {who}"),
            11.0,
            Style::Regular,
            MUTED,
            Some(2),
        );
    }
    let today = facts::date(chrono::Utc::now().date_naive());
    c.block(left, w, &today, 11.0, Style::Regular, MUTED, Some(1));

    // Three key figures in boxes.
    c.y += 30.0;
    let money = |v: i64| format_money(v, &t.currency, true);
    let figures = [
        (
            "Positions",
            format!("{} ({} FTE)", t.positions, facts::fte(t.total_fte)),
        ),
        (
            "Year-one budget",
            money(t.per_year.first().copied().unwrap_or(0)),
        ),
        ("Total budget", money(t.grand_total)),
    ];
    let gap = 12.0;
    let bw = (w - 2.0 * gap) / 3.0;
    let y = c.y;
    for (i, (label, value)) in figures.iter().enumerate() {
        let x = left + i as f32 * (bw + gap);
        c.rect(x, y, bw, 58.0, Paint::both(HEAD_FILL, RULE, 0.6));
        c.text(x + 10.0, y + 18.0, 8.5, Style::Bold, MUTED, label);
        let v = c.fit(value, bw - 20.0, 15.0, Style::Bold);
        c.text(x + 10.0, y + 42.0, 15.0, Style::Bold, INK, &v);
    }
    c.y = y + 80.0;
    let structure = format!(
        "{} · reporting to {}",
        plan.structure.kind.label(),
        facts::or_unset(&plan.structure.reports_to)
    );
    c.block(left, w, &structure, 11.0, Style::Regular, INK, Some(2));
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
        let title = c.fit(&title, w - nw - 30.0, size, Style::Regular);
        let tw = c.measure(&title, Style::Regular, size);
        c.text(left, c.y + size, size, Style::Regular, INK, &title);
        c.text_in(
            left,
            w,
            c.y + size,
            size,
            Style::Regular,
            INK,
            Placement::End,
            &number,
        );
        let dots_from = left + tw + 6.0;
        let dots_to = left + w - nw - 6.0;
        if dots_to > dots_from {
            let y = c.y + size - 1.0;
            c.line(
                &[(dots_from, y), (dots_to, y)],
                RULE,
                0.8,
                super::layout::Dash::Dotted,
            );
        }
        c.y += size * 1.9;
    }
    c.resume(saved);
}

fn executive_summary(c: &mut Composer, plan: &Plan, t: &Totals) {
    c.heading("Executive summary");
    let org = if plan.organization.name.trim().is_empty() {
        "The organization".to_owned()
    } else {
        plan.organization.name.clone()
    };
    let first = t.per_year.first().copied().unwrap_or(0);
    let text = format!(
        "{org} proposes an Open Source Program Office organised as \"{}\". It asks for {} positions \
         ({} FTE) and a budget of {} in {}, {} over the {}-year plan. The office takes the organization \
         from maturity stage {} ({}) to stage {} ({}), and from {} to {} of open source.",
        plan.structure.kind.label(),
        t.positions,
        facts::fte(t.total_fte),
        format_money(first, &t.currency, true),
        t.years.first().map_or("", |y| y.label.as_str()),
        format_money(t.grand_total, &t.currency, true),
        t.years.len(),
        plan.maturity.current_stage,
        stage_name(plan.maturity.current_stage).to_lowercase(),
        plan.maturity.target_stage,
        stage_name(plan.maturity.target_stage).to_lowercase(),
        rung_phrase(plan.maturity.current_rung),
        rung_phrase(plan.maturity.target_rung),
    );
    c.paragraph(&text);
    c.subheading("The ask");
    c.facts(&facts::ask(plan, t));
    c.subheading("The case");
    if plan.organization.value_propositions.is_empty() {
        none_yet(c, "No value propositions written yet.");
    } else {
        c.bullets(&plan.organization.value_propositions, None);
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

fn why_now(c: &mut Composer, plan: &Plan) {
    let m = &plan.maturity;
    c.heading("Why now");
    c.paragraph(&format!(
        "Today the organization is at maturity stage {} of 4, {}. This plan sets stage {}, {}, as the target.",
        m.current_stage,
        stage_name(m.current_stage).to_lowercase(),
        m.target_stage,
        stage_name(m.target_stage).to_lowercase()
    ));
    c.ensure(170.0);
    c.subheading("Maturity stage");
    let stages: Vec<String> = STAGE_NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{i} {n}"))
        .collect();
    let labels: Vec<&str> = stages.iter().map(String::as_str).collect();
    charts::ladder(
        c,
        &labels,
        usize::from(m.current_stage),
        usize::from(m.target_stage),
    );
    super::maturity_models::table(c, m);
    c.ensure(190.0);
    c.subheading("Strategy rung");
    c.paragraph(&format!(
        "On the ladder of open source strategy the organization stands as a {} and aims to become a {}.",
        m.current_rung.label().to_lowercase(),
        m.target_rung.label().to_lowercase()
    ));
    let rungs: Vec<&str> = StrategyRung::ALL.iter().map(|r| r.label()).collect();
    let index = |r: StrategyRung| StrategyRung::ALL.iter().position(|x| *x == r).unwrap_or(0);
    charts::ladder(c, &rungs, index(m.current_rung), index(m.target_rung));
}

fn structure(c: &mut Composer, plan: &Plan) {
    let s = &plan.structure;
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
        c.bullets(&paths, None);
    }
    c.ensure(160.0);
    c.subheading("Organization chart");
    if plan.positions.is_empty() {
        none_yet(c, "No positions yet.");
    } else {
        charts::org_chart(c, plan);
    }
}

fn staffing(c: &mut Composer, plan: &Plan, t: &Totals) {
    c.heading("Staffing");
    if plan.positions.is_empty() {
        none_yet(c, "No positions yet.");
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
        let employment = match p.employment {
            Employment::Dedicated => "Dedicated".to_owned(),
            Employment::Shared { percent } => format!("Shared {percent}%"),
            Employment::Contractor => "Contractor".to_owned(),
        };
        let dates = match (p.start_date, p.end_date) {
            (Some(s), Some(e)) => format!("{} – {}", facts::date(s), facts::date(e)),
            (Some(s), None) => format!("from {}", facts::date(s)),
            (None, Some(e)) => format!("until {}", facts::date(e)),
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
            employment,
            facts::fte(p.fte),
            dates,
            format_money(p.annual_base_cost, &t.currency, false),
            format!("×{}", p.loaded_cost_multiplier),
        ]);
    }
    table.footer = Some(vec![
        format!("{} positions ({} open)", t.positions, t.open_positions),
        String::new(),
        String::new(),
        String::new(),
        facts::fte(t.total_fte),
        String::new(),
        String::new(),
        String::new(),
    ]);
    c.table(&table);
    let per_year: Vec<String> = t
        .years
        .iter()
        .zip(&t.staff_cost_per_year)
        .map(|(y, v)| format!("{y}: {}", format_money(*v, &t.currency, false)))
        .collect();
    c.paragraph(&format!(
        "Staff cost is the base cost times the load (benefits, taxes, overhead) times FTE, prorated by each \
         position's dates: {}.",
        per_year.join("; ")
    ));
}

fn budget(c: &mut Composer, plan: &Plan, t: &Totals) {
    c.heading("Budget");
    c.paragraph(&format!(
        "The budget is in {} over {} fiscal years starting on {}. Headcount is the staff cost derived \
         from the positions; every other category is the sum of its budget lines.",
        t.currency,
        t.years.len(),
        plan.budget.year_start(0).format("%-d %B %Y")
    ));
    let mut columns = vec![Column::left("Category", 2.6)];
    columns.extend(t.years.iter().map(|y| Column::right(&y.label, 1.6)));
    columns.push(Column::right("Total", 1.8));
    let mut table = Table::new(columns);
    table.size = 7.5;
    for cat in &t.by_category {
        let mut row = vec![cat.label.clone()];
        row.extend(
            cat.per_year
                .iter()
                .map(|v| format_money(*v, &t.currency, false)),
        );
        row.push(format_money(cat.total, &t.currency, false));
        table.rows.push(row);
    }
    let mut footer = vec!["Total".to_owned()];
    footer.extend(
        t.per_year
            .iter()
            .map(|v| format_money(*v, &t.currency, false)),
    );
    footer.push(format_money(t.grand_total, &t.currency, false));
    table.footer = Some(footer);
    c.table(&table);
    c.ensure(facts::chart_items(t).len() as f32 * 15.0 + 50.0);
    c.subheading("By category, whole plan");
    charts::bars(c, &facts::chart_items(t), &t.currency);

    c.subheading("Budget lines");
    if plan.budget.lines.is_empty() {
        none_yet(c, "No budget lines yet.");
        return;
    }
    let mut columns = vec![Column::left("Line", 2.6), Column::left("Category", 1.8)];
    columns.extend(t.years.iter().map(|y| Column::right(&y.label, 1.5)));
    columns.push(Column::right("Total", 1.6));
    let mut lines = Table::new(columns);
    lines.size = 7.5;
    for line in &plan.budget.lines {
        let mut row = vec![line.description.clone(), line.category.label().to_owned()];
        row.extend((0..t.years.len()).map(|y| {
            format_money(
                line.amounts.get(y).copied().unwrap_or(0),
                &t.currency,
                false,
            )
        }));
        let total: i64 = line.amounts.iter().take(t.years.len()).sum();
        row.push(format_money(total, &t.currency, false));
        lines.rows.push(row);
    }
    c.table(&lines);
}

fn stakeholders(c: &mut Composer, plan: &Plan) {
    c.ensure(440.0); // the heading, its sentence and the flower stay together
    c.heading("Stakeholders");
    c.paragraph(
        "The OSPO flower: the office at the centre, the groups it serves and works with on the petals, \
         and the regulators outside the organization.",
    );
    charts::flower(c, plan);
    if plan.stakeholders.is_empty() {
        none_yet(c, "No stakeholder groups yet.");
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

fn communications(c: &mut Composer, plan: &Plan) {
    c.heading("Communication plan");
    if plan.communications.is_empty() {
        none_yet(c, "No communications planned yet.");
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
            facts::date(m.first_date),
            facts::owner(plan, m.owner.as_deref()),
        ]);
    }
    c.table(&table);
    c.ensure(90.0);
    c.subheading("The first twelve months");
    charts::calendar(c, plan);
}

fn responsibilities(c: &mut Composer, plan: &Plan) {
    c.heading("Responsibilities and owners");
    if !plan.responsibilities.is_empty() {
        let mut table = Table::new(vec![
            Column::left("Responsibility", 3.0),
            Column::left("Owner", 2.0),
            Column::left("Notes", 3.4),
        ]);
        for r in &plan.responsibilities {
            table.rows.push(vec![
                r.responsibility.label().to_owned(),
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
        .map(|r| r.label().to_owned())
        .collect();
    if !unassigned.is_empty() {
        c.subheading("Not taken on in this plan");
        c.bullets(&unassigned, None);
    }
}

fn milestones(c: &mut Composer, plan: &Plan) {
    c.heading("Milestones");
    if plan.milestones.is_empty() {
        none_yet(c, "No milestones yet.");
        return;
    }
    charts::timeline(c, plan);
    let mut table = Table::new(vec![
        Column::right("#", 0.5),
        Column::left("Date", 1.4),
        Column::left("Milestone", 5.0),
        Column::left("Status", 1.1),
    ]);
    for (i, m) in plan.milestones.iter().enumerate() {
        table.rows.push(vec![
            (i + 1).to_string(),
            facts::date(m.date),
            m.title.clone(),
            if m.done { "Done" } else { "Planned" }.to_owned(),
        ]);
    }
    c.table(&table);
}

fn kpis(c: &mut Composer, plan: &Plan) {
    c.heading("KPIs");
    if plan.kpis.is_empty() {
        none_yet(c, "No KPIs yet.");
        return;
    }
    let mut table = Table::new(vec![
        Column::left("Goal", 2.4),
        Column::left("Metric", 2.8),
        Column::left("Baseline", 1.2),
        Column::left("Target", 1.2),
        Column::left("Due", 1.3),
    ]);
    for k in &plan.kpis {
        table.rows.push(vec![
            k.goal.clone(),
            k.metric.clone(),
            k.baseline.clone(),
            k.target.clone(),
            k.due.map_or_else(|| "—".to_owned(), facts::date),
        ]);
    }
    c.table(&table);
}

fn risks(c: &mut Composer, plan: &Plan) {
    c.heading("Risks and mitigations");
    if plan.risks.is_empty() {
        none_yet(c, "No risks recorded.");
        return;
    }
    let mut sorted: Vec<_> = plan.risks.iter().collect();
    sorted.sort_by_key(|r| std::cmp::Reverse(r.score()));
    let mut table = Table::new(vec![
        Column::left("Risk", 3.2),
        Column::left("Likelihood", 1.1),
        Column::left("Impact", 1.0),
        Column::left("Mitigation", 3.4),
    ]);
    for r in sorted {
        table.rows.push(vec![
            r.description.clone(),
            r.likelihood.label().to_owned(),
            r.impact.label().to_owned(),
            r.mitigation.clone(),
        ]);
    }
    c.table(&table);
}

fn extra_section(c: &mut Composer, section: &Section) {
    c.heading(&section.title);
    for block in &section.blocks {
        match block {
            Block::Paragraph(p) => c.paragraph(p),
            Block::Bullets(items) => c.bullets(items, None),
            Block::Table { columns, rows } => {
                let mut table = Table::new(
                    columns
                        .iter()
                        .map(|(title, width)| Column::left(title, *width))
                        .collect(),
                );
                table.rows = rows.clone();
                c.table(&table);
            }
        }
    }
}

fn appendix(c: &mut Composer, plan: &Plan) {
    c.heading("Appendix: assumptions and sources");
    c.subheading("Assumptions");
    if plan.assumptions.is_empty() {
        none_yet(c, "No assumptions listed.");
    } else {
        c.bullets(&plan.assumptions, None);
    }
    c.subheading("Sources");
    if plan.sources.is_empty() {
        none_yet(c, "No sources listed.");
    } else {
        c.bullets(&plan.sources, None);
    }
    c.paragraph_limited(
        &format!(
            "This PDF carries the whole plan as the attachment {}; `ospo import` on this file restores it.",
            super::ATTACHMENT_NAME
        ),
        8.0,
        Style::Regular,
        MUTED,
        None,
    );
}
