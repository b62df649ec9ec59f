//! The money: currency, fiscal years and budget lines by category; staff cost is derived, never typed.

use super::currency;
use super::problems::{limits, Problems};
use super::staffing::MAX_AMOUNT;
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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// ISO 4217 code, e.g. "EUR".
    pub currency: String,
    pub first_fiscal_year: i32,
    /// Month (1–12) in which each fiscal year starts.
    pub first_month: u8,
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
            horizon_years: 3,
            lines: Vec::new(),
        }
    }
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

impl Budget {
    pub fn validate_settings(&self, path: &str, p: &mut Problems) {
        p.require(
            currency::is_known(&self.currency),
            format!("{path}.currency"),
            format!(
                "unknown currency \"{}\" (use an ISO 4217 code such as EUR or USD)",
                self.currency
            ),
        );
        p.require(
            (2000..=2100).contains(&self.first_fiscal_year),
            format!("{path}.first_fiscal_year"),
            format!(
                "must be between 2000 and 2100 (got {})",
                self.first_fiscal_year
            ),
        );
        p.require(
            (1..=12).contains(&self.first_month),
            format!("{path}.first_month"),
            format!("must be a month from 1 to 12 (got {})", self.first_month),
        );
        p.require(
            (1..=MAX_HORIZON).contains(&self.horizon_years),
            format!("{path}.horizon_years"),
            format!(
                "must be from 1 to {MAX_HORIZON} years (got {})",
                self.horizon_years
            ),
        );
    }
}

impl BudgetLine {
    pub fn validate(&self, path: &str, horizon_years: u8, p: &mut Problems) {
        super::check_id(&self.id, &format!("{path}.id"), p);
        p.require(
            self.category != BudgetCategory::Headcount,
            format!("{path}.category"),
            "headcount is computed from positions; add a position instead",
        );
        p.text(
            &self.description,
            format!("{path}.description"),
            limits::SHORT_TEXT,
            true,
        );
        p.require(
            self.amounts.len() == usize::from(horizon_years),
            format!("{path}.amounts"),
            format!(
                "must hold one amount per year of the {horizon_years}-year horizon (got {})",
                self.amounts.len()
            ),
        );
        for (i, amount) in self.amounts.iter().enumerate() {
            p.require(
                (0..=MAX_AMOUNT).contains(amount),
                format!("{path}.amounts[{i}]"),
                format!("must not be negative and at most {MAX_AMOUNT} (got {amount})"),
            );
        }
    }
}
