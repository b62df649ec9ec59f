//! Plans set against each other: the field-by-field diff of two plans (`ospo diff`, "changes
//! since this version") and the side-by-side comparison of a plan with its scenarios
//! (`ospo compare`, the app's compare view, the proposal's Options section).

mod diff;

pub use diff::{diff, BudgetDelta, FieldChange, ItemChange, ItemRef, PlanDiff, SectionDiff};

use crate::guide::{review, Severity};
use crate::model::Plan;
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

/// Plans side by side; the first is the one the others are measured against.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Comparison {
    /// Every fiscal year any of the plans covers, in order.
    pub years: Vec<String>,
    pub plans: Vec<ComparedPlan>,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ComparedPlan {
    pub id: i64,
    pub name: String,
    pub currency: String,
    /// Total cost in each of `Comparison::years` (zero where the plan does not reach that year).
    pub per_year: Vec<i64>,
    pub grand_total: i64,
    pub total_fte: f64,
    pub positions: usize,
    /// What this plan has that the first lacks, by section (empty for the first plan).
    pub adds: Vec<SectionItem>,
    /// What the first plan has that this one lacks.
    pub lacks: Vec<SectionItem>,
    pub errors: usize,
    pub warnings: usize,
    /// The review's findings, most severe first.
    pub findings: Vec<FindingLine>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SectionItem {
    pub section: String,
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FindingLine {
    pub rule: String,
    pub severity: Severity,
    pub message: String,
}

/// `plans[0]` against each of the others; `today` is the review's date.
pub fn compare(plans: &[Plan], today: NaiveDate) -> Comparison {
    let totals: Vec<_> = plans.iter().map(Plan::totals).collect();
    let mut years: Vec<String> = Vec::new();
    for t in &totals {
        for y in &t.years {
            if !years.contains(&y.label) {
                years.push(y.label.clone());
            }
        }
    }
    years.sort();
    let columns = plans
        .iter()
        .zip(&totals)
        .enumerate()
        .map(|(i, (plan, t))| {
            let (adds, lacks) = match i {
                0 => (Vec::new(), Vec::new()),
                _ => what_differs(&plans[0], plan),
            };
            let r = review(plan, today);
            ComparedPlan {
                id: plan.id,
                name: plan.name.clone(),
                currency: t.currency.clone(),
                per_year: years
                    .iter()
                    .map(|y| {
                        t.years
                            .iter()
                            .position(|l| l.label == *y)
                            .map_or(0, |i| t.per_year[i])
                    })
                    .collect(),
                grand_total: t.grand_total,
                total_fte: t.total_fte,
                positions: t.positions,
                adds,
                lacks,
                errors: r.count(Severity::Error),
                warnings: r.count(Severity::Warning),
                findings: r
                    .findings
                    .iter()
                    .map(|f| FindingLine {
                        rule: f.rule.to_owned(),
                        severity: f.severity,
                        message: f.message.clone(),
                    })
                    .collect(),
            }
        })
        .collect();
    Comparison {
        years,
        plans: columns,
    }
}

/// Items (by section and id) only in `other`, and only in `first`.
fn what_differs(first: &Plan, other: &Plan) -> (Vec<SectionItem>, Vec<SectionItem>) {
    let d = diff(first, other);
    let mut adds = Vec::new();
    let mut lacks = Vec::new();
    for s in &d.sections {
        let item = |r: &ItemRef| SectionItem {
            section: s.section.clone(),
            id: r.id.clone(),
            label: r.label.clone(),
        };
        adds.extend(s.added.iter().map(item));
        lacks.extend(s.removed.iter().map(item));
    }
    (adds, lacks)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::starter_plan;

    #[test]
    fn a_scenario_without_a_position_lacks_it_and_costs_less() {
        let base = starter_plan("within_rnd").unwrap();
        let mut lean = base.clone();
        lean.id = base.id + 1;
        lean.name = "Lean".into();
        let gone = lean.positions.pop().unwrap();
        let c = compare(&[base, lean], NaiveDate::from_ymd_opt(2027, 1, 1).unwrap());
        assert_eq!(c.plans[0].lacks, vec![]);
        assert_eq!(c.plans[1].lacks.len(), 1);
        assert_eq!(c.plans[1].lacks[0].id, gone.id);
        assert!(c.plans[1].grand_total < c.plans[0].grand_total);
        assert_eq!(c.plans[1].positions + 1, c.plans[0].positions);
    }
}
