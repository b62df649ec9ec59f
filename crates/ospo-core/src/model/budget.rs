//! The money: currency, fiscal years and budget lines by category; staff cost is derived, never typed.

use super::currency;
use super::problems::{limits, Problems};
use super::staffing::MAX_AMOUNT;
use chrono::{Months, NaiveDate};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

pub const MAX_HORIZON: u8 = 5;

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum BudgetCategory {
    /// Derived from positions; budget lines may not use it.
    Headcount,
    Travel,
    EventSponsorship,
    FoundationMemberships,
    ToolingInfrastructure,
    Training,
    LegalCompliance,
    Miscellaneous,
}

impl BudgetCategory {
    pub const ALL: [BudgetCategory; 8] = [
        BudgetCategory::Headcount,
        BudgetCategory::Travel,
        BudgetCategory::EventSponsorship,
        BudgetCategory::FoundationMemberships,
        BudgetCategory::ToolingInfrastructure,
        BudgetCategory::Training,
        BudgetCategory::LegalCompliance,
        BudgetCategory::Miscellaneous,
    ];

    pub fn label(self) -> &'static str {
        match self {
            BudgetCategory::Headcount => "Headcount",
            BudgetCategory::Travel => "Travel",
            BudgetCategory::EventSponsorship => "Event sponsorship",
            BudgetCategory::FoundationMemberships => "Foundation memberships",
            BudgetCategory::ToolingInfrastructure => "Tooling and infrastructure",
            BudgetCategory::Training => "Training",
            BudgetCategory::LegalCompliance => "Legal and compliance services",
            BudgetCategory::Miscellaneous => "Miscellaneous",
        }
    }
}

/// Which calendar year gives a fiscal year its name when it does not start in January.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FiscalYearName {
    /// The year it ends in, as finance usually names it: FY2027 runs October 2026 – September 2027.
    #[default]
    EndYear,
    /// The year it starts in: FY2027 runs October 2027 – September 2028.
    StartYear,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// ISO 4217 code, e.g. "EUR".
    pub currency: String,
    /// The name of the first fiscal year planned (FY2027 → 2027).
    pub first_fiscal_year: i32,
    /// Month (1–12) in which each fiscal year starts.
    pub first_month: u8,
    /// Whether a fiscal year is named by the year it ends or starts in.
    pub fiscal_year_named_by: FiscalYearName,
    /// Number of fiscal years planned, 1 to 5.
    pub horizon_years: u8,
    pub lines: Vec<BudgetLine>,
}

impl Default for Budget {
    fn default() -> Self {
        Budget {
            currency: "USD".into(),
            first_fiscal_year: 2027,
            first_month: 1,
            fiscal_year_named_by: FiscalYearName::EndYear,
            horizon_years: 3,
            lines: Vec::new(),
        }
    }
}

/// One fiscal year of the plan: its name and the days it covers.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct FiscalYear {
    /// e.g. "FY2027".
    pub label: String,
    pub start: NaiveDate,
    /// The last day of the year (inclusive).
    pub end: NaiveDate,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BudgetLine {
    pub id: String,
    pub category: BudgetCategory,
    pub description: String,
    /// One amount per fiscal year of the horizon, in minor units.
    pub amounts: Vec<i64>,
}

impl std::fmt::Display for FiscalYear {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label)
    }
}

impl Budget {
    /// First day of fiscal year `index` (0 is the first year planned).
    pub fn year_start(&self, index: usize) -> NaiveDate {
        let shift = match self.fiscal_year_named_by {
            FiscalYearName::EndYear if self.first_month > 1 => 1,
            _ => 0,
        };
        let month = u32::from(self.first_month.clamp(1, 12));
        NaiveDate::from_ymd_opt(self.first_fiscal_year - shift, month, 1)
            .and_then(|d| d.checked_add_months(Months::new(12 * u32::try_from(index).ok()?)))
            .unwrap_or(NaiveDate::MAX)
    }

    /// Every fiscal year of the horizon with its label, first and last day.
    pub fn years(&self) -> Vec<FiscalYear> {
        (0..usize::from(self.horizon_years))
            .map(|i| FiscalYear {
                label: format!("FY{}", i64::from(self.first_fiscal_year) + i as i64),
                start: self.year_start(i),
                end: self.year_start(i + 1).pred_opt().unwrap_or(NaiveDate::MIN),
            })
            .collect()
    }

    pub fn validate_settings(&self, path: &str, p: &mut Problems) {
        p.require(
            currency::is_known(&self.currency),
            format_args!("{path}.currency"),
            format_args!(
                "unknown currency \"{}\" (use an ISO 4217 code such as EUR or USD)",
                self.currency
            ),
        );
        p.require(
            (2000..=2100).contains(&self.first_fiscal_year),
            format_args!("{path}.first_fiscal_year"),
            format_args!(
                "must be between 2000 and 2100 (got {})",
                self.first_fiscal_year
            ),
        );
        p.require(
            (1..=12).contains(&self.first_month),
            format_args!("{path}.first_month"),
            format_args!("must be a month from 1 to 12 (got {})", self.first_month),
        );
        p.require(
            (1..=MAX_HORIZON).contains(&self.horizon_years),
            format_args!("{path}.horizon_years"),
            format_args!(
                "must be from 1 to {MAX_HORIZON} years (got {})",
                self.horizon_years
            ),
        );
    }
}

impl BudgetLine {
    pub fn validate(&self, path: &str, horizon_years: u8, p: &mut Problems) {
        super::check_id(&self.id, format_args!("{path}.id"), p);
        p.require(
            self.category != BudgetCategory::Headcount,
            format_args!("{path}.category"),
            "headcount is computed from positions; add a position instead",
        );
        p.text(
            &self.description,
            format_args!("{path}.description"),
            limits::SHORT_TEXT,
            true,
        );
        p.require(
            self.amounts.len() == usize::from(horizon_years),
            format_args!("{path}.amounts"),
            format_args!(
                "must hold one amount per year of the {horizon_years}-year horizon (got {})",
                self.amounts.len()
            ),
        );
        for (i, amount) in self.amounts.iter().enumerate() {
            p.require(
                (0..=MAX_AMOUNT).contains(amount),
                format_args!("{path}.amounts[{i}]"),
                format_args!("must not be negative and at most {MAX_AMOUNT} (got {amount})"),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn budget(first_month: u8, named_by: FiscalYearName) -> Budget {
        Budget {
            first_fiscal_year: 2027,
            first_month,
            fiscal_year_named_by: named_by,
            horizon_years: 2,
            ..Budget::default()
        }
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn a_fiscal_year_is_named_by_the_year_it_ends_in_by_default() {
        assert_eq!(
            Budget::default().fiscal_year_named_by,
            FiscalYearName::EndYear
        );
        let years = budget(10, FiscalYearName::EndYear).years();
        assert_eq!(years[0].label, "FY2027");
        assert_eq!(
            (years[0].start, years[0].end),
            (day(2026, 10, 1), day(2027, 9, 30))
        );
        assert_eq!(
            (years[1].start, years[1].end),
            (day(2027, 10, 1), day(2028, 9, 30))
        );
    }

    #[test]
    fn the_other_convention_names_it_by_the_year_it_starts_in() {
        let years = budget(10, FiscalYearName::StartYear).years();
        assert_eq!(years[0].label, "FY2027");
        assert_eq!(
            (years[0].start, years[0].end),
            (day(2027, 10, 1), day(2028, 9, 30))
        );
    }

    #[test]
    fn a_calendar_fiscal_year_is_the_same_under_both_conventions() {
        for named_by in [FiscalYearName::EndYear, FiscalYearName::StartYear] {
            let years = budget(1, named_by).years();
            assert_eq!(
                (years[0].start, years[0].end),
                (day(2027, 1, 1), day(2027, 12, 31))
            );
            assert_eq!(years[1].label, "FY2028");
        }
    }
}
