//! One user edit to a stored plan: the unit that is validated, committed in one transaction and undone.

use super::{
    new_id, BudgetLine, Communication, FiscalYearName, Kpi, Maturity, Milestone, Organization,
    Plan, Position, ResponsibilityAssignment, Risk, Stakeholder, Structure,
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
    pub fiscal_year_named_by: FiscalYearName,
    pub horizon_years: u8,
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

impl Edit {
    /// Makes the change on `plan` in memory, checking nothing but that what it names is there;
    /// the plan's own checks (`Plan::problems`) judge the result. Returns the id of a put item.
    /// The sample marks the edit clears (see [`Plan::samples_cleared_by`]) go with it.
    pub fn apply_to(&self, plan: &mut Plan) -> crate::Result<Option<String>> {
        let cleared = plan.samples_cleared_by(self)?;
        plan.samples.retain(|k| !cleared.contains(k));
        match self {
            Edit::Rename(name) => plan.name = name.clone(),
            Edit::SetLocale(locale) => plan.locale = locale.clone(),
            Edit::SetOrganization(org) => plan.organization = org.clone(),
            Edit::SetStructure(structure) => plan.structure = structure.clone(),
            Edit::SetMaturity(maturity) => plan.maturity = maturity.clone(),
            Edit::SetBudgetSettings(s) => {
                let b = &mut plan.budget;
                b.currency = s.currency.clone();
                b.first_fiscal_year = s.first_fiscal_year;
                b.first_month = s.first_month;
                b.fiscal_year_named_by = s.fiscal_year_named_by;
                b.horizon_years = s.horizon_years;
                // New years start at zero; years past a shorter horizon are dropped.
                for line in &mut b.lines {
                    line.amounts.resize(usize::from(s.horizon_years), 0);
                }
            }
            Edit::SetResponsibilities(items) => plan.responsibilities = items.clone(),
            Edit::SetAssumptions(items) => plan.assumptions = items.clone(),
            Edit::PutPosition(item) => return Ok(Some(put(&mut plan.positions, item, "pos"))),
            Edit::PutBudgetLine(item) => return Ok(Some(put(&mut plan.budget.lines, item, "bud"))),
            Edit::PutStakeholder(item) => {
                return Ok(Some(put(&mut plan.stakeholders, item, "stk")))
            }
            Edit::PutCommunication(item) => {
                return Ok(Some(put(&mut plan.communications, item, "com")))
            }
            Edit::PutMilestone(item) => return Ok(Some(put(&mut plan.milestones, item, "mil"))),
            Edit::PutKpi(item) => return Ok(Some(put(&mut plan.kpis, item, "kpi"))),
            Edit::PutRisk(item) => return Ok(Some(put(&mut plan.risks, item, "rsk"))),
            Edit::RemovePosition(id) => {
                remove(&mut plan.positions, id, "position")?;
                // Whoever reported to it or was owned by it is left without.
                let cleared = |r: &mut Option<String>| {
                    if r.as_deref() == Some(id.as_str()) {
                        *r = None;
                    }
                };
                plan.positions
                    .iter_mut()
                    .for_each(|p| cleared(&mut p.reports_to));
                plan.stakeholders
                    .iter_mut()
                    .for_each(|s| cleared(&mut s.owner));
                plan.communications
                    .iter_mut()
                    .for_each(|c| cleared(&mut c.owner));
                plan.responsibilities
                    .iter_mut()
                    .for_each(|r| cleared(&mut r.owner));
            }
            Edit::RemoveStakeholder(id) => {
                let addressed = plan
                    .communications
                    .iter()
                    .filter(|c| c.audience == *id)
                    .count();
                if addressed > 0 {
                    return Err(crate::Error::Conflict(format!(
                        "stakeholder group \"{id}\" still has {addressed} communication(s); remove or re-address them first"
                    )));
                }
                remove(&mut plan.stakeholders, id, "stakeholder group")?;
            }
            Edit::RemoveBudgetLine(id) => remove(&mut plan.budget.lines, id, "budget line")?,
            Edit::RemoveCommunication(id) => remove(&mut plan.communications, id, "communication")?,
            Edit::RemoveMilestone(id) => remove(&mut plan.milestones, id, "milestone")?,
            Edit::RemoveKpi(id) => remove(&mut plan.kpis, id, "KPI")?,
            Edit::RemoveRisk(id) => remove(&mut plan.risks, id, "risk")?,
            Edit::KeepSample(_) => {}
        }
        Ok(None)
    }
}

/// An item of a plan section, known by its plan-local id.
pub(crate) trait Item: Clone {
    fn id(&self) -> &str;
    fn id_mut(&mut self) -> &mut String;
}

macro_rules! items {
    ($($t:ty),*) => {$(
        impl Item for $t {
            fn id(&self) -> &str {
                &self.id
            }
            fn id_mut(&mut self) -> &mut String {
                &mut self.id
            }
        }
    )*};
}
items!(
    Position,
    BudgetLine,
    Stakeholder,
    Communication,
    Milestone,
    Kpi,
    Risk
);

/// Replaces the item with `item`'s id, or adds it at the end; an item without an id gets a fresh one.
fn put<T: Item>(list: &mut Vec<T>, item: &T, prefix: &str) -> String {
    let mut item = item.clone();
    if item.id().is_empty() {
        *item.id_mut() = new_id(prefix);
    }
    let id = item.id().to_owned();
    match list.iter_mut().find(|x| x.id() == id) {
        Some(slot) => *slot = item,
        None => list.push(item),
    }
    id
}

fn remove<T: Item>(list: &mut Vec<T>, id: &str, what: &str) -> crate::Result<()> {
    let before = list.len();
    list.retain(|x| x.id() != id);
    if list.len() == before {
        return Err(crate::Error::NotFound(format!(
            "no {what} with id \"{id}\" in this plan"
        )));
    }
    Ok(())
}
