//! The plan and its parts as plain serde types; each part validates itself where it is defined.

mod budget;
pub mod calendar;
pub mod currency;
mod edit;
pub mod input;
mod maturity;
mod organization;
mod problems;
pub mod reporting;
mod sample;
mod staffing;
mod stakeholders;
mod structure;
mod totals;
mod tracking;

pub use budget::{Budget, BudgetCategory, BudgetLine, FiscalYear, FiscalYearName, MAX_HORIZON};
pub(crate) use edit::Item;
pub use edit::{BudgetSettings, Edit};
pub use maturity::{stage_name, Maturity, StrategyRung, MAX_STAGE, STAGE_NAMES};
pub use organization::{Organization, Sponsor};
pub use problems::{limits, Lazy, Problem, Problems};
pub use sample::SampleItem;
pub use staffing::{
    Employment, Position, Responsibility, ResponsibilityAssignment, Role, MAX_AMOUNT,
    MAX_LOADED_MULTIPLIER,
};
pub use stakeholders::{Cadence, Communication, Level, Petal, Stakeholder};
pub use structure::{Structure, StructureKind, Unit};
pub use totals::{CategoryTotal, Totals};
pub use tracking::{Kpi, Milestone, Risk};

use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

/// A whole OSPO proposal: everything the app edits, checks and exports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Plan {
    /// Database id; 0 for a plan not yet stored.
    pub id: i64,
    pub name: String,
    #[ts(type = "string")]
    pub created_at: DateTime<Utc>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
    /// The built-in starting point this plan came from, if any.
    pub starter: Option<String>,
    /// BCP 47 tag, e.g. "en-US"; picks the paper size of exported documents.
    pub locale: String,
    pub organization: Organization,
    pub structure: Structure,
    pub maturity: Maturity,
    pub responsibilities: Vec<ResponsibilityAssignment>,
    pub positions: Vec<Position>,
    pub budget: Budget,
    pub stakeholders: Vec<Stakeholder>,
    pub communications: Vec<Communication>,
    pub milestones: Vec<Milestone>,
    pub kpis: Vec<Kpi>,
    pub risks: Vec<Risk>,
    /// Assumptions the numbers rest on, listed in the proposal's appendix.
    pub assumptions: Vec<String>,
    /// Where the plan's content came from (seed documents, public references).
    pub sources: Vec<String>,
    /// Items still as a starter wrote them (`positions/head`, `organization`), until the user
    /// edits or keeps them; see [`Plan::samples_left`].
    #[serde(default)]
    pub samples: Vec<String>,
}

/// One row of the plan library.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS)]
pub struct PlanSummary {
    pub id: i64,
    pub name: String,
    pub structure: StructureKind,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

impl Plan {
    /// An empty plan named `name`, with sensible defaults for every setting.
    pub fn empty(name: impl Into<String>) -> Plan {
        let now = Utc::now();
        Plan {
            id: 0,
            name: name.into(),
            created_at: now,
            updated_at: now,
            starter: None,
            locale: "en-US".into(),
            organization: Organization::default(),
            structure: Structure::default(),
            maturity: Maturity::default(),
            responsibilities: Vec::new(),
            positions: Vec::new(),
            budget: Budget::default(),
            stakeholders: Vec::new(),
            communications: Vec::new(),
            milestones: Vec::new(),
            kpis: Vec::new(),
            risks: Vec::new(),
            assumptions: Vec::new(),
            sources: Vec::new(),
            samples: Vec::new(),
        }
    }

    pub fn summary(&self) -> PlanSummary {
        PlanSummary {
            id: self.id,
            name: self.name.clone(),
            structure: self.structure.kind,
            updated_at: self.updated_at,
        }
    }

    pub fn totals(&self) -> Totals {
        Totals::of(self)
    }

    pub fn position(&self, id: &str) -> Option<&Position> {
        self.positions.iter().find(|p| p.id == id)
    }

    pub fn stakeholder(&self, id: &str) -> Option<&Stakeholder> {
        self.stakeholders.iter().find(|s| s.id == id)
    }

    /// Every problem in the plan, each with its path; empty when the plan is sound.
    pub fn problems(&self) -> Problems {
        let mut p = Problems::new();
        validate_name(&self.name, "name", &mut p);
        p.text(&self.locale, "locale", 35, true);
        if !self.locale.trim().is_empty() && self.locale.chars().count() <= 35 {
            p.require(
                is_language_tag(&self.locale),
                "locale",
                "must be a language and region such as en-US or de-DE",
            );
        }
        self.organization.validate("organization", &mut p);
        self.structure.validate("structure", &mut p);
        self.maturity.validate("maturity", &mut p);
        self.budget.validate_settings("budget", &mut p);
        for (name, len) in [
            ("responsibilities", self.responsibilities.len()),
            ("positions", self.positions.len()),
            ("budget.lines", self.budget.lines.len()),
            ("stakeholders", self.stakeholders.len()),
            ("communications", self.communications.len()),
            ("milestones", self.milestones.len()),
            ("kpis", self.kpis.len()),
            ("risks", self.risks.len()),
            ("assumptions", self.assumptions.len()),
            ("sources", self.sources.len()),
        ] {
            p.require(
                len <= limits::ITEMS_PER_SECTION,
                name,
                format_args!("at most {} items", limits::ITEMS_PER_SECTION),
            );
        }
        let positions = unique_ids("positions", self.positions.iter().map(|x| &x.id), &mut p);
        for (i, pos) in self.positions.iter().enumerate() {
            let at = format!("positions[{i}]");
            pos.validate(&at, &mut p);
            reference(
                &pos.reports_to,
                &positions,
                "position",
                format_args!("{at}.reports_to"),
                &mut p,
            );
        }
        self.check_reporting_lines(&mut p);

        let mut seen = HashSet::new();
        for (i, r) in self.responsibilities.iter().enumerate() {
            let at = format!("responsibilities[{i}]");
            r.validate(&at, &mut p);
            if !seen.insert(r.responsibility) {
                p.push(format_args!("{at}.responsibility"), "listed more than once");
            }
            reference(
                &r.owner,
                &positions,
                "position",
                format_args!("{at}.owner"),
                &mut p,
            );
        }

        unique_ids(
            "budget.lines",
            self.budget.lines.iter().map(|x| &x.id),
            &mut p,
        );
        for (i, line) in self.budget.lines.iter().enumerate() {
            line.validate(
                &format!("budget.lines[{i}]"),
                self.budget.horizon_years,
                &mut p,
            );
        }

        let groups = unique_ids(
            "stakeholders",
            self.stakeholders.iter().map(|x| &x.id),
            &mut p,
        );
        for (i, s) in self.stakeholders.iter().enumerate() {
            let at = format!("stakeholders[{i}]");
            s.validate(&at, &mut p);
            reference(
                &s.owner,
                &positions,
                "position",
                format_args!("{at}.owner"),
                &mut p,
            );
        }

        unique_ids(
            "communications",
            self.communications.iter().map(|x| &x.id),
            &mut p,
        );
        for (i, c) in self.communications.iter().enumerate() {
            let at = format!("communications[{i}]");
            c.validate(&at, &mut p);
            if !groups.contains(c.audience.as_str()) {
                p.push(
                    format_args!("{at}.audience"),
                    format_args!(
                        "refers to stakeholder group \"{}\", which is not in the plan",
                        c.audience
                    ),
                );
            }
            reference(
                &c.owner,
                &positions,
                "position",
                format_args!("{at}.owner"),
                &mut p,
            );
        }

        unique_ids("milestones", self.milestones.iter().map(|x| &x.id), &mut p);
        for (i, m) in self.milestones.iter().enumerate() {
            m.validate(&format!("milestones[{i}]"), &mut p);
        }
        unique_ids("kpis", self.kpis.iter().map(|x| &x.id), &mut p);
        for (i, k) in self.kpis.iter().enumerate() {
            k.validate(&format!("kpis[{i}]"), &mut p);
        }
        unique_ids("risks", self.risks.iter().map(|x| &x.id), &mut p);
        for (i, r) in self.risks.iter().enumerate() {
            r.validate(&format!("risks[{i}]"), &mut p);
        }
        for (i, a) in self.assumptions.iter().enumerate() {
            p.multiline(a, format_args!("assumptions[{i}]"), limits::LONG_TEXT, true);
        }
        for (i, s) in self.sources.iter().enumerate() {
            p.multiline(s, format_args!("sources[{i}]"), limits::LONG_TEXT, true);
        }
        p
    }

    /// The plan without the items of its lists, each list written out so a new one cannot be
    /// forgotten; only its own fields are copied.
    pub fn without_items(&self) -> Plan {
        Plan {
            id: self.id,
            name: self.name.clone(),
            created_at: self.created_at,
            updated_at: self.updated_at,
            starter: self.starter.clone(),
            locale: self.locale.clone(),
            organization: self.organization.clone(),
            structure: Structure {
                kind: self.structure.kind,
                reports_to: self.structure.reports_to.clone(),
                units: Vec::new(),
            },
            maturity: self.maturity.clone(),
            responsibilities: Vec::new(),
            positions: Vec::new(),
            budget: Budget {
                currency: self.budget.currency.clone(),
                first_fiscal_year: self.budget.first_fiscal_year,
                first_month: self.budget.first_month,
                fiscal_year_named_by: self.budget.fiscal_year_named_by,
                horizon_years: self.budget.horizon_years,
                lines: Vec::new(),
            },
            stakeholders: Vec::new(),
            communications: Vec::new(),
            milestones: Vec::new(),
            kpis: Vec::new(),
            risks: Vec::new(),
            assumptions: self.assumptions.clone(),
            sources: self.sources.clone(),
            samples: self.samples.clone(),
        }
    }

    /// The plan's own fields as JSON (name, organization, sponsor, maturity, budget settings…):
    /// everything but its ids, times and the items of its sections. History and diff compare these
    /// field by field.
    pub fn own_fields(&self) -> serde_json::Map<String, serde_json::Value> {
        let Ok(serde_json::Value::Object(mut fields)) = serde_json::to_value(self.without_items())
        else {
            unreachable!("a plan serializes to a JSON object with string keys");
        };
        for key in [
            "id",
            "created_at",
            "updated_at",
            "responsibilities",
            "positions",
            "stakeholders",
            "communications",
            "milestones",
            "kpis",
            "risks",
        ] {
            fields.remove(key);
        }
        fields
    }

    pub fn validate(&self) -> crate::Result<()> {
        self.problems().into_result()
    }

    fn check_reporting_lines(&self, p: &mut Problems) {
        let boss: HashMap<&str, &str> = self
            .positions
            .iter()
            .filter_map(|x| Some((x.id.as_str(), x.reports_to.as_deref()?)))
            .collect();
        let problems = reporting::line_problems(&boss);
        if problems.is_empty() {
            return;
        }
        for (i, pos) in self.positions.iter().enumerate() {
            if let Some(problem) = problems.get(pos.id.as_str()) {
                p.push(format_args!("positions[{i}].reports_to"), problem.message());
            }
        }
    }
}

/// A BCP 47 language tag as the documents and the window read it: a language of two or three
/// letters, then subtags of letters and digits ("en-US", "zh-Hant-TW", "es-419").
fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or_default();
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

pub fn validate_name(name: &str, path: &str, p: &mut Problems) {
    p.text(name, path, limits::SHORT_TEXT, true);
}

/// Item ids are plan-local: short, printable, no spaces.
pub(crate) fn check_id(id: &str, path: impl Lazy, p: &mut Problems) {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.');
    p.require(
        ok,
        path,
        "must be 1–64 characters of letters, digits, '-', '_' or '.'",
    );
}

/// A fresh plan-local id such as `pos-3f9a1c2e`.
pub fn new_id(prefix: &str) -> String {
    let hex = uuid::Uuid::new_v4().simple().to_string();
    format!("{prefix}-{}", &hex[..8])
}

fn unique_ids<'a>(
    section: &str,
    ids: impl Iterator<Item = &'a String>,
    p: &mut Problems,
) -> HashSet<&'a str> {
    let mut set = HashSet::new();
    for (i, id) in ids.enumerate() {
        if !set.insert(id.as_str()) {
            p.push(
                format_args!("{section}[{i}].id"),
                format_args!("duplicate id \"{id}\""),
            );
        }
    }
    set
}

fn reference(
    target: &Option<String>,
    known: &HashSet<&str>,
    what: &str,
    path: impl Lazy,
    p: &mut Problems,
) {
    if let Some(id) = target {
        if !known.contains(id.as_str()) {
            p.push(
                path,
                format_args!("refers to {what} \"{id}\", which is not in the plan"),
            );
        }
    }
}
