//! The figures a sponsor asks about: budget by category and year, staff cost derived from positions, FTE.

use super::budget::{BudgetCategory, FiscalYear};
use super::Plan;
use super::Position;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct CategoryTotal {
    pub category: BudgetCategory,
    pub label: String,
    /// One amount per fiscal year, minor units.
    pub per_year: Vec<i64>,
    pub total: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct Totals {
    pub currency: String,
    /// Each fiscal year: its label ("FY2027") and the days it covers.
    pub years: Vec<FiscalYear>,
    /// Every category, headcount first, in a fixed order (zero rows included).
    pub by_category: Vec<CategoryTotal>,
    /// Loaded staff cost per fiscal year, prorated by start/end date and FTE.
    pub staff_cost_per_year: Vec<i64>,
    pub per_year: Vec<i64>,
    pub grand_total: i64,
    pub total_fte: f64,
    pub positions: usize,
    pub open_positions: usize,
    /// Full-year loaded cost of all positions divided by their FTE; none when there is no FTE.
    pub cost_per_fte: Option<i64>,
    /// Full-year loaded cost of each position at its FTE, by position id.
    pub position_costs: BTreeMap<String, i64>,
}

impl Totals {
    pub fn of(plan: &Plan) -> Totals {
        let budget = &plan.budget;
        let horizon = usize::from(budget.horizon_years);
        let year_starts: Vec<NaiveDate> = (0..=horizon).map(|i| budget.year_start(i)).collect();

        let mut staff = vec![0i64; horizon];
        for pos in &plan.positions {
            for (y, cost) in staff.iter_mut().enumerate() {
                *cost += prorated_cost(pos, year_starts[y], year_starts[y + 1]);
            }
        }

        let by_category: Vec<CategoryTotal> = BudgetCategory::ALL
            .iter()
            .map(|&category| {
                let per_year: Vec<i64> = if category == BudgetCategory::Headcount {
                    staff.clone()
                } else {
                    (0..horizon)
                        .map(|y| {
                            budget
                                .lines
                                .iter()
                                .filter(|l| l.category == category)
                                .map(|l| l.amounts.get(y).copied().unwrap_or(0))
                                .sum()
                        })
                        .collect()
                };
                CategoryTotal {
                    category,
                    label: category.label().to_owned(),
                    total: per_year.iter().sum(),
                    per_year,
                }
            })
            .collect();

        let per_year: Vec<i64> = (0..horizon)
            .map(|y| by_category.iter().map(|c| c.per_year[y]).sum())
            .collect();
        let full_year: i64 = plan.positions.iter().map(full_year_cost).sum();
        let fte_milli: i64 = plan.positions.iter().map(|p| milli(p.budgeted_fte())).sum();
        Totals {
            currency: budget.currency.clone(),
            years: budget.years(),
            grand_total: per_year.iter().sum(),
            per_year,
            staff_cost_per_year: staff,
            by_category,
            total_fte: fte_milli as f64 / 1000.0,
            positions: plan.positions.len(),
            open_positions: plan.positions.iter().filter(|p| p.is_open()).count(),
            cost_per_fte: (fte_milli > 0)
                .then(|| div_round(i128::from(full_year) * 1000, i128::from(fte_milli))),
            position_costs: plan
                .positions
                .iter()
                .map(|p| (p.id.clone(), full_year_cost(p)))
                .collect(),
        }
    }

    pub fn category(&self, category: BudgetCategory) -> &CategoryTotal {
        self.by_category
            .iter()
            .find(|c| c.category == category)
            .expect("every category has a row")
    }
}

fn milli(x: f64) -> i64 {
    (x * 1000.0).round() as i64
}

fn div_round(n: i128, d: i128) -> i64 {
    ((n + d / 2) / d) as i64
}

/// Annual loaded cost of the position at its FTE.
fn full_year_cost(pos: &Position) -> i64 {
    div_round(
        i128::from(pos.annual_base_cost)
            * i128::from(milli(pos.loaded_cost_multiplier))
            * i128::from(milli(pos.budgeted_fte())),
        1_000_000,
    )
}

/// The position's loaded cost within [from, to), by the share of days it is filled.
fn prorated_cost(pos: &Position, from: NaiveDate, to: NaiveDate) -> i64 {
    let start = pos.start_date.map_or(from, |d| d.max(from));
    let end = pos
        .end_date
        .and_then(|d| d.succ_opt())
        .map_or(to, |d| d.min(to));
    if start >= end {
        return 0;
    }
    let active = (end - start).num_days();
    let year = (to - from).num_days();
    div_round(
        i128::from(full_year_cost(pos)) * i128::from(active),
        i128::from(year),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{BudgetLine, Employment, Role};

    fn position(fte: f64, start: Option<NaiveDate>) -> Position {
        Position {
            id: "p1".into(),
            title: "Head".into(),
            role: Role::HeadOfOspo,
            person: None,
            employment: Employment::Dedicated,
            fte,
            start_date: start,
            end_date: None,
            annual_base_cost: 100_000_00,
            loaded_cost_multiplier: 1.5,
            reports_to: None,
        }
    }

    #[test]
    fn staff_cost_is_prorated_by_start_date_and_fte() {
        let mut plan = Plan::empty("t");
        plan.budget.first_fiscal_year = 2027;
        plan.budget.first_month = 1;
        plan.budget.horizon_years = 2;
        // Starts on 1 July 2027: 184 of 365 days in FY2027, then a full FY2028.
        plan.positions
            .push(position(0.5, NaiveDate::from_ymd_opt(2027, 7, 1)));
        let t = plan.totals();
        assert_eq!(
            t.staff_cost_per_year[0],
            div_round(75_000_00i128 * 184, 365)
        );
        assert_eq!(t.staff_cost_per_year[1], 75_000_00);
        assert_eq!(t.cost_per_fte, Some(150_000_00));
        assert_eq!(t.total_fte, 0.5);
        assert_eq!(t.open_positions, 1);
        // Each position's full year, whatever its start: 100,000 × 1.5 × 0.5.
        assert_eq!(t.position_costs[&plan.positions[0].id], 75_000_00);
    }

    #[test]
    fn categories_sum_lines_and_grand_total_adds_staff() {
        let mut plan = Plan::empty("t");
        plan.budget.horizon_years = 2;
        plan.budget.lines.push(BudgetLine {
            id: "b1".into(),
            category: BudgetCategory::Travel,
            description: "Conferences".into(),
            amounts: vec![10_00, 20_00],
        });
        plan.budget.lines.push(BudgetLine {
            id: "b2".into(),
            category: BudgetCategory::Travel,
            description: "Meetups".into(),
            amounts: vec![1_00, 2_00],
        });
        plan.positions.push(position(1.0, None));
        let t = plan.totals();
        assert_eq!(
            t.category(BudgetCategory::Travel).per_year,
            vec![11_00, 22_00]
        );
        assert_eq!(t.category(BudgetCategory::Travel).total, 33_00);
        assert_eq!(t.per_year, vec![150_000_00 + 11_00, 150_000_00 + 22_00]);
        assert_eq!(t.grand_total, 300_000_00 + 33_00);
        let labels: Vec<&str> = t.years.iter().map(|y| y.label.as_str()).collect();
        assert_eq!(labels, ["FY2027", "FY2028"]);
    }

    #[test]
    fn position_ended_before_the_horizon_costs_nothing() {
        let mut plan = Plan::empty("t");
        let mut p = position(1.0, NaiveDate::from_ymd_opt(2020, 1, 1));
        p.end_date = NaiveDate::from_ymd_opt(2021, 1, 1);
        plan.positions.push(p);
        assert_eq!(plan.totals().grand_total, 0);
    }
}
