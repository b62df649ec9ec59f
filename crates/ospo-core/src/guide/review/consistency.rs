//! Checks that the plan agrees with itself: no sample text left from a starter, a sponsor titled
//! the way the reporting line names them, nothing dated before the plan starts.

use super::{Finding, Rule, Severity};
use crate::guide::source::Source;
use crate::model::Plan;
use chrono::NaiveDate;
use std::collections::BTreeSet;

/// The consistency rules, in the order their findings are reported.
pub const RULES: [Rule; 3] = [
    Rule {
        id: "sample_content",
        severity: Severity::Warning,
        title: "No item is still a starter's sample",
        why: "A starter's text describes an example organization; a proposal that keeps it unread says things nobody decided",
        source: Source::Guidance,
    },
    Rule {
        id: "sponsor_title_vs_reporting_line",
        severity: Severity::Warning,
        title: "The sponsor's title and the reporting line agree",
        why: "Two spellings of one executive's title make the reader wonder who backs the office",
        source: Source::Guidance,
    },
    Rule {
        id: "dated_before_start",
        severity: Severity::Warning,
        title: "No milestone, KPI or communication is dated before the plan starts",
        why: "A date before the first month of the plan belongs to no budget year and reads as a typing error",
        source: Source::Guidance,
    },
];

type Check = fn(&Plan) -> Vec<(String, Vec<String>, String)>;

const CHECKS: [Check; 3] = [
    sample_content,
    sponsor_title_vs_reporting_line,
    dated_before_start,
];

pub(super) fn run(plan: &Plan, _today: NaiveDate) -> Vec<Finding> {
    RULES
        .iter()
        .zip(CHECKS)
        .flat_map(|(rule, check)| {
            check(plan)
                .into_iter()
                .map(|(message, items, fix)| Finding {
                    rule: rule.id,
                    severity: rule.severity,
                    message,
                    items,
                    fix,
                    source: rule.source,
                })
        })
        .collect()
}

/// One finding per sample item, so each can be kept or edited on its own.
fn sample_content(plan: &Plan) -> Vec<(String, Vec<String>, String)> {
    plan.samples_left()
        .into_iter()
        .map(|s| {
            (
                format!(
                    "{} “{}” is still the starter's sample",
                    s.kind,
                    s.text.trim()
                ),
                vec![s.path],
                "Edit it to fit your organization, remove it, or keep it as it is".to_owned(),
            )
        })
        .collect()
}

/// The words of a title that say who someone is, with "&" and "R&D" spelled out.
fn title_words(title: &str) -> BTreeSet<String> {
    let spelled = title
        .to_lowercase()
        .replace("r&d", "research and development")
        .replace('&', " and ");
    spelled
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty() && !["and", "of", "the", "for"].contains(w))
        .map(str::to_owned)
        .collect()
}

/// Flags two titles that are close enough to name one executive but are not the same title
/// ("Chief Technology & Product Officer" beside "Chief Technology Officer").
fn sponsor_title_vs_reporting_line(plan: &Plan) -> Vec<(String, Vec<String>, String)> {
    let sponsor = plan.organization.sponsor.title.trim();
    let line = plan.structure.reports_to.trim();
    if sponsor.is_empty() || line.is_empty() {
        return Vec::new();
    }
    let (a, b) = (title_words(sponsor), title_words(line));
    if a == b {
        return Vec::new();
    }
    let shared = a.intersection(&b).count() as f32;
    let all = a.union(&b).count().max(1) as f32;
    if shared / all < 0.5 {
        return Vec::new();
    }
    vec![(
        format!("the sponsor is titled “{sponsor}” but the head of the OSPO reports to “{line}”"),
        vec![
            "organization.sponsor.title".to_owned(),
            "structure.reports_to".to_owned(),
        ],
        "If they are one person, use the same title in both places; if not, name both in the plan"
            .to_owned(),
    )]
}

fn dated_before_start(plan: &Plan) -> Vec<(String, Vec<String>, String)> {
    let start = plan.budget.year_start(0);
    let month = crate::wording::month_year(start);
    let mut out = Vec::new();
    let mut flag = |what: String, date: NaiveDate, path: String| {
        if date < start {
            out.push((
                format!(
                    "{what} is dated {}, before the plan starts in {month}",
                    crate::wording::day_month_year(date)
                ),
                vec![path],
                format!("Move it to {month} or later, or start the plan earlier"),
            ));
        }
    };
    for (i, m) in plan.milestones.iter().enumerate() {
        flag(
            format!("milestone “{}”", m.title),
            m.date,
            format!("milestones[{i}]"),
        );
    }
    for (i, k) in plan.kpis.iter().enumerate() {
        if let Some(due) = k.due {
            flag(format!("KPI “{}”", k.metric), due, format!("kpis[{i}]"));
        }
    }
    for (i, c) in plan.communications.iter().enumerate() {
        flag(
            format!("communication “{}”", c.message),
            c.first_date,
            format!("communications[{i}]"),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::starter_plan_for;

    fn settled() -> Plan {
        let mut plan = starter_plan_for("cto_office", "Acme").unwrap();
        plan.samples.clear();
        plan
    }

    #[test]
    fn every_sample_item_is_listed_until_kept() {
        let plan = starter_plan_for("cto_office", "Acme").unwrap();
        let found = sample_content(&plan);
        assert_eq!(found.len(), plan.samples_left().len());
        assert!(found.iter().any(|(_, items, _)| items == &["positions[0]"]));
        assert!(sample_content(&settled()).is_empty());
    }

    #[test]
    fn a_sponsor_titled_like_but_not_as_the_reporting_line_is_flagged() {
        let mut plan = settled();
        plan.organization.sponsor.title = "Chief Technology & Product Officer".into();
        plan.structure.reports_to = "Chief Technology Officer".into();
        assert_eq!(sponsor_title_vs_reporting_line(&plan).len(), 1);
        plan.organization.sponsor.title = "chief technology officer".into();
        assert!(sponsor_title_vs_reporting_line(&plan).is_empty());
        plan.organization.sponsor.title = "Senior Vice President, Research and Development".into();
        plan.structure.reports_to = "Head of R&D".into();
        assert!(sponsor_title_vs_reporting_line(&plan).is_empty());
    }

    #[test]
    fn dates_before_the_first_month_are_flagged() {
        let mut plan = settled();
        plan.budget.first_fiscal_year = 2028;
        plan.budget.first_month = 10;
        plan.budget.fiscal_year_named_by = crate::model::FiscalYearName::EndYear;
        plan.milestones[0].date = NaiveDate::from_ymd_opt(2027, 9, 30).unwrap();
        let found = dated_before_start(&plan);
        assert!(found
            .iter()
            .any(|(m, items, _)| items == &["milestones[0]"] && m.contains("October 2027")));
        plan.budget.first_month = 1;
        plan.budget.first_fiscal_year = 2020;
        assert!(dated_before_start(&plan).is_empty());
    }

    #[test]
    fn the_starters_sponsors_match_their_reporting_lines() {
        for s in crate::guide::starters() {
            let plan = starter_plan_for(s.id, "Acme").unwrap();
            let found = sponsor_title_vs_reporting_line(&plan);
            assert!(found.is_empty(), "{}: {found:?}", s.id);
        }
    }
}
