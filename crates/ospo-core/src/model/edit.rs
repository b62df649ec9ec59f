//! One user edit to a stored plan: the unit that is validated, committed in one transaction and undone.

use super::{
    Budget, BudgetLine, Communication, Kpi, Maturity, Milestone, Organization, Position, Problems,
    ResponsibilityAssignment, Risk, Stakeholder, Structure,
};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The budget's settings without its lines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(deny_unknown_fields)]
pub struct BudgetSettings {
    pub currency: String,
    pub first_fiscal_year: i32,
    pub first_month: u8,
    pub horizon_years: u8,
}

impl BudgetSettings {
    pub fn validate(&self, p: &mut Problems) {
        Budget {
            currency: self.currency.clone(),
            first_fiscal_year: self.first_fiscal_year,
            first_month: self.first_month,
            horizon_years: self.horizon_years,
            lines: Vec::new(),
        }
        .validate_settings("budget", p);
    }
}

/// `Put*` inserts an item, or replaces the one with the same id; an empty id gets a fresh one.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
#[serde(tag = "op", content = "value", rename_all = "snake_case")]
pub enum Edit {
    Rename(String),
    SetLocale(String),
    SetOrganization(Organization),
    SetStructure(Structure),
    SetMaturity(Maturity),
    /// Changing the horizon pads new years with zero or drops years past it on every line.
    SetBudgetSettings(BudgetSettings),
    SetResponsibilities(Vec<ResponsibilityAssignment>),
    SetAssumptions(Vec<String>),
    PutPosition(Position),
    RemovePosition(String),
    PutBudgetLine(BudgetLine),
    RemoveBudgetLine(String),
    PutStakeholder(Stakeholder),
    RemoveStakeholder(String),
    PutCommunication(Communication),
    RemoveCommunication(String),
    PutMilestone(Milestone),
    RemoveMilestone(String),
    PutKpi(Kpi),
    RemoveKpi(String),
    PutRisk(Risk),
    RemoveRisk(String),
    /// Keeps a starter's sample item as it is (its path, e.g. `positions[2]`): it stops being sample.
    KeepSample(String),
}
