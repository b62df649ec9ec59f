//! The shape of a starting plan as static data, and the one function that turns it into a `Plan`.

use crate::guide::Source;
use crate::model::{
    Budget, BudgetCategory, BudgetLine, Cadence, Communication, Employment, FiscalYearName, Kpi,
    Level, Maturity, Milestone, Organization, Petal, Plan, Position, Problem, Responsibility,
    ResponsibilityAssignment, Risk, Role, Sponsor, Stakeholder, StrategyRung, Structure,
    StructureKind, Unit,
};
use crate::{Error, Result};
use chrono::NaiveDate;

/// A calendar date as (year, month, day); checked when the plan is built.
pub type Ymd = (i32, u32, u32);

/// Every budget line of a starter spans this many fiscal years.
pub const HORIZON: usize = 3;

/// A year's cost of work billed by the hour: `hours` a year at `rate` (minor units per hour).
pub const fn hours_at(rate: i64, hours: [i64; HORIZON]) -> [i64; HORIZON] {
    [hours[0] * rate, hours[1] * rate, hours[2] * rate]
}

pub struct Spec {
    pub id: &'static str,
    pub name: &'static str,
    pub structure: StructureKind,
    pub summary: &'static str,
    pub org: Org,
    pub reports_to: &'static str,
    /// (id, name, parent id)
    pub units: &'static [(&'static str, &'static str, Option<&'static str>)],
    /// (current, target)
    pub stages: (u8, u8),
    pub rungs: (StrategyRung, StrategyRung),
    pub currency: &'static str,
    pub first_fiscal_year: i32,
    pub first_month: u8,
    pub seats: &'static [Seat],
    /// (responsibility, owning seat id, notes)
    pub duties: &'static [(Responsibility, &'static str, &'static str)],
    /// (category, description, amount per year in minor units)
    pub lines: &'static [(BudgetCategory, &'static str, [i64; HORIZON])],
    pub reach: &'static [Reach],
    pub milestones: &'static [(&'static str, Ymd)],
    pub kpis: &'static [KpiSpec],
    /// (description, likelihood, impact, mitigation)
    pub risks: &'static [(&'static str, Level, Level, &'static str)],
    pub assumptions: &'static [&'static str],
    pub sources: &'static [Source],
}

/// The organization a starter is written for; its name comes from the user, its sponsor is left
/// for the user to name.
pub struct Org {
    pub employees: u32,
    pub industry: &'static str,
    pub sponsor_title: &'static str,
    pub value_propositions: &'static [&'static str],
}

/// One position in a starter.
pub struct Seat {
    pub id: &'static str,
    pub title: &'static str,
    pub role: Role,
    pub employment: Employment,
    pub fte: f64,
    pub start: Ymd,
    /// Annual base cost of one full-time person, minor units.
    pub base: i64,
    pub multiplier: f64,
    pub reports_to: Option<&'static str>,
}

/// One stakeholder group and the communication that keeps it informed.
pub struct Reach {
    pub id: &'static str,
    pub group: &'static str,
    pub petal: Petal,
    pub interest: Level,
    pub influence: Level,
    pub owner: &'static str,
    pub key_message: &'static str,
    pub message: &'static str,
    pub channel: &'static str,
    pub cadence: Cadence,
    pub first: Ymd,
}

pub struct KpiSpec {
    pub goal: &'static str,
    pub metric: &'static str,
    pub baseline: &'static str,
    pub target: &'static str,
    pub due: Ymd,
}

/// Stands for the organization's name in starter text; replaced when the plan is built.
const ORG_TOKEN: &str = "{org}";

/// `s` with the organization's name for every `{org}`, or "the organization" when it has none
/// (capitalised at the start of the text).
fn fill(s: &str, organization: &str) -> String {
    if !s.contains(ORG_TOKEN) {
        return s.to_owned();
    }
    let name = organization.trim();
    if !name.is_empty() {
        return s.replace(ORG_TOKEN, name);
    }
    let generic = s.replace(ORG_TOKEN, "the organization");
    match generic.strip_prefix("the organization") {
        Some(rest) if s.starts_with(ORG_TOKEN) => format!("The organization{rest}"),
        _ => generic,
    }
}

impl Spec {
    /// The starter's plan for `organization` (may be blank), every item marked as sample.
    pub fn build(&self, organization: &str) -> Result<Plan> {
        let date = |(y, m, d): Ymd| -> Result<NaiveDate> {
            NaiveDate::from_ymd_opt(y, m, d).ok_or_else(|| {
                Error::Invalid(vec![Problem {
                    path: format!("starters.{}", self.id),
                    message: format!("{y}-{m}-{d} is not a calendar date"),
                }])
            })
        };
        let text = |s: &str| fill(s, organization);
        let mut plan = Plan::empty(self.name);
        plan.starter = Some(self.id.to_owned());
        plan.organization = Organization {
            name: organization.trim().to_owned(),
            employees: self.org.employees,
            industry: text(self.org.industry),
            sponsor: Sponsor {
                name: String::new(),
                title: text(self.org.sponsor_title),
            },
            value_propositions: self
                .org
                .value_propositions
                .iter()
                .map(|v| text(v))
                .collect(),
        };
        plan.structure = Structure {
            kind: self.structure,
            reports_to: text(self.reports_to),
            units: self
                .units
                .iter()
                .map(|(id, name, parent)| Unit {
                    id: text(id),
                    name: text(name),
                    parent: parent.map(text),
                })
                .collect(),
        };
        plan.maturity = Maturity {
            current_stage: self.stages.0,
            target_stage: self.stages.1,
            current_rung: self.rungs.0,
            target_rung: self.rungs.1,
        };
        plan.positions = self
            .seats
            .iter()
            .map(|s| {
                let mut position = Position {
                    id: text(s.id),
                    title: text(s.title),
                    role: s.role,
                    person: None,
                    employment: s.employment,
                    fte: s.fte,
                    start_date: Some(date(s.start)?),
                    end_date: None,
                    annual_base_cost: s.base,
                    loaded_cost_multiplier: s.multiplier,
                    reports_to: s.reports_to.map(text),
                };
                position.fte = position.budgeted_fte();
                Ok(position)
            })
            .collect::<Result<_>>()?;
        plan.responsibilities = self
            .duties
            .iter()
            .map(|(r, owner, notes)| ResponsibilityAssignment {
                responsibility: *r,
                owner: Some(text(owner)),
                notes: text(notes),
            })
            .collect();
        plan.budget = Budget {
            currency: text(self.currency),
            first_fiscal_year: self.first_fiscal_year,
            first_month: self.first_month,
            fiscal_year_named_by: FiscalYearName::EndYear,
            horizon_years: HORIZON as u8,
            lines: self
                .lines
                .iter()
                .enumerate()
                .map(|(i, (category, description, amounts))| BudgetLine {
                    id: format!("b{}", i + 1),
                    category: *category,
                    description: text(description),
                    amounts: amounts.to_vec(),
                })
                .collect(),
        };
        for r in self.reach {
            plan.stakeholders.push(Stakeholder {
                id: text(r.id),
                name: text(r.group),
                petal: r.petal,
                interest: r.interest,
                influence: r.influence,
                owner: Some(text(r.owner)),
                key_message: text(r.key_message),
            });
            plan.communications.push(Communication {
                id: format!("c-{}", r.id),
                audience: text(r.id),
                message: text(r.message),
                channel: text(r.channel),
                cadence: Some(r.cadence),
                first_date: date(r.first)?,
                owner: Some(text(r.owner)),
            });
        }
        plan.milestones = self
            .milestones
            .iter()
            .enumerate()
            .map(|(i, (title, when))| {
                Ok(Milestone {
                    id: format!("m{}", i + 1),
                    title: text(title),
                    date: date(*when)?,
                    done: false,
                })
            })
            .collect::<Result<_>>()?;
        plan.kpis = self
            .kpis
            .iter()
            .enumerate()
            .map(|(i, k)| {
                Ok(Kpi {
                    id: format!("k{}", i + 1),
                    goal: text(k.goal),
                    metric: text(k.metric),
                    baseline: text(k.baseline),
                    target: text(k.target),
                    due: Some(date(k.due)?),
                })
            })
            .collect::<Result<_>>()?;
        plan.risks = self
            .risks
            .iter()
            .enumerate()
            .map(|(i, (description, likelihood, impact, mitigation))| Risk {
                id: format!("r{}", i + 1),
                description: text(description),
                likelihood: *likelihood,
                impact: *impact,
                mitigation: text(mitigation),
            })
            .collect();
        plan.assumptions = self.assumptions.iter().map(|a| text(a)).collect();
        plan.sources = self.sources.iter().map(Source::cite).collect();
        plan.mark_all_samples();
        Ok(plan)
    }
}
