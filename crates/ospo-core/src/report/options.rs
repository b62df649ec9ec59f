//! The "Options" of a proposal: the plan set beside its scenarios (cost per year, FTE, what each
//! option does and does not do) with the plan recommended, and the brief's one-table summary.

use super::{render_with, review, Block, Document, Paper, Section};
use crate::compare::{compare, diff, ComparedPlan, Comparison, SectionItem};
use crate::model::{currency::format_money, Plan};
use crate::wording::Spelling;
use crate::Result;

/// Most points listed for one option before "and N more".
const MAX_POINTS: usize = 8;

/// `document` of `plan` with its options: the proposal gets an Options section after the review,
/// the brief a one-table summary.
pub fn render_with_options(
    plan: &Plan,
    options: &[Plan],
    document: Document,
    paper: Paper,
) -> Result<Vec<u8>> {
    let today = chrono::Local::now().date_naive();
    let mut all = vec![plan.clone()];
    all.extend(options.iter().cloned());
    let c = compare(&all, today);
    let extra = match document {
        Document::Proposal => vec![
            review::review_section(
                &crate::guide::review::review(plan, today),
                Spelling::of(&plan.locale),
            ),
            options_section(&all, &c),
        ],
        Document::Brief => vec![summary_section(&c)],
    };
    render_with(plan, document, paper, &extra)
}

fn money(p: &ComparedPlan, v: i64) -> String {
    format_money(v, &p.currency, true)
}

fn fte(v: f64) -> String {
    let s = format!("{v:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

fn option_name(i: usize, p: &ComparedPlan) -> String {
    if i == 0 {
        format!("Proposed: {}", p.name)
    } else {
        format!("Option {}: {}", i, p.name)
    }
}

fn options_section(plans: &[Plan], c: &Comparison) -> Section {
    let proposed = &c.plans[0];
    let mut blocks = vec![Block::Paragraph(format!(
        "The plan is proposed together with {} other option{} considered. The table sets their cost per \
         fiscal year and in total, their staff (FTE) and positions side by side; the lists below say \
         what each option does and does not do compared with the proposed plan.",
        c.plans.len() - 1,
        if c.plans.len() == 2 { "" } else { "s" }
    ))];
    let mut columns = vec![("Option".to_owned(), 2.6)];
    columns.extend(c.years.iter().map(|y| (y.clone(), 1.2)));
    columns.extend([
        ("Total".to_owned(), 1.3),
        ("FTE".to_owned(), 0.7),
        ("Positions".to_owned(), 0.9),
    ]);
    let rows = c
        .plans
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let mut row = vec![option_name(i, p)];
            row.extend(p.per_year.iter().map(|&v| money(p, v)));
            row.extend([
                money(p, p.grand_total),
                fte(p.total_fte),
                p.positions.to_string(),
            ]);
            row
        })
        .collect();
    blocks.push(Block::Table { columns, rows });

    for (i, p) in c.plans.iter().enumerate().skip(1) {
        blocks.push(Block::Paragraph(format!(
            "{} — {} over the horizon ({} than proposed), {} FTE against {}.",
            option_name(i, p),
            money(p, p.grand_total),
            difference(proposed, p),
            fte(p.total_fte),
            fte(proposed.total_fte)
        )));
        let points = points(&plans[0], &plans[i], p);
        blocks.push(Block::Bullets(if points.is_empty() {
            vec!["Has the same items as the proposed plan; only amounts differ.".to_owned()]
        } else {
            points
        }));
    }
    blocks.push(Block::Paragraph(recommendation(c)));
    Section {
        title: "Options".into(),
        blocks,
    }
}

/// "€40,000 less" / "€12,000 more" / "the same cost".
fn difference(proposed: &ComparedPlan, option: &ComparedPlan) -> String {
    let d = option.grand_total - proposed.grand_total;
    match d {
        0 => "the same cost".to_owned(),
        d if d < 0 => format!("{} less", money(option, -d)),
        d => format!("{} more", money(option, d)),
    }
}

/// What `option` does that the proposed plan does not, what it leaves out, and what it changes.
fn points(proposed: &Plan, option: &Plan, compared: &ComparedPlan) -> Vec<String> {
    let label = |i: &SectionItem| format!("{} ({})", i.label, i.section.replace('_', " "));
    let mut out: Vec<String> = compared
        .lacks
        .iter()
        .map(|i| format!("Does not include {}", label(i)))
        .collect();
    out.extend(compared.adds.iter().map(|i| format!("Adds {}", label(i))));
    for s in diff(proposed, option).sections {
        for item in s.changed {
            let fields: Vec<String> = item
                .fields
                .iter()
                .map(|f| format!("{} {} → {}", f.field.replace('_', " "), f.from, f.to))
                .collect();
            out.push(format!("Changes {}: {}", item.label, fields.join(", ")));
        }
    }
    if out.len() > MAX_POINTS {
        let more = out.len() - (MAX_POINTS - 1);
        out.truncate(MAX_POINTS - 1);
        out.push(format!("… and {more} more differences"));
    }
    out
}

fn recommendation(c: &Comparison) -> String {
    let p = &c.plans[0];
    let cheaper = c.plans[1..]
        .iter()
        .filter(|o| o.grand_total < p.grand_total)
        .count();
    let fewer_findings = c.plans[1..]
        .iter()
        .all(|o| (p.errors, p.warnings) <= (o.errors, o.warnings));
    let mut text = format!(
        "Recommendation: the proposed plan, {}, at {} with {} FTE.",
        p.name,
        money(p, p.grand_total),
        fte(p.total_fte)
    );
    if cheaper > 0 {
        text.push_str(
            " The cheaper options save money by leaving out or reducing the work listed above.",
        );
    }
    if fewer_findings {
        text.push_str(" It raises no more review findings than any other option.");
    }
    text
}

fn summary_section(c: &Comparison) -> Section {
    let rows = c
        .plans
        .iter()
        .enumerate()
        .map(|(i, p)| {
            vec![
                option_name(i, p),
                money(p, p.grand_total),
                fte(p.total_fte),
                p.positions.to_string(),
                if i == 0 { "Recommended" } else { "" }.to_owned(),
            ]
        })
        .collect();
    Section {
        title: "Options".into(),
        blocks: vec![Block::Table {
            columns: vec![
                ("Option".into(), 3.0),
                ("Total".into(), 1.4),
                ("FTE".into(), 0.8),
                ("Positions".into(), 1.0),
                ("".into(), 1.4),
            ],
            rows,
        }],
    }
}
