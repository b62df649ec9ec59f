//! The people of the OSPO: positions, their roles and cost, and who owns which responsibility.

use super::problems::{limits, Problems};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    HeadOfOspo,
    SoftwareArchitect,
    TechnicalEvangelist,
    ComplianceEngineer,
    LegalCounsel,
    CommunityManager,
    ProgramManager,
    Other,
}

impl Role {
    pub const ALL: [Role; 8] = [
        Role::HeadOfOspo,
        Role::SoftwareArchitect,
        Role::TechnicalEvangelist,
        Role::ComplianceEngineer,
        Role::LegalCounsel,
        Role::CommunityManager,
        Role::ProgramManager,
        Role::Other,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            Role::HeadOfOspo => "Head of OSPO",
            Role::SoftwareArchitect => "Software architect",
            Role::TechnicalEvangelist => "Technical evangelist",
            Role::ComplianceEngineer => "Compliance engineer",
            Role::LegalCounsel => "Legal counsel",
            Role::CommunityManager => "Community manager",
            Role::ProgramManager => "Program manager",
            Role::Other => "Other",
        }
    }
}

/// How a person is attached to the OSPO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Employment {
    Dedicated,
    /// Shared with another team; `percent` of their time goes to the OSPO.
    Shared {
        percent: u8,
    },
    Contractor,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Position {
    pub id: String,
    pub title: String,
    pub role: Role,
    /// The person in the position; none while the role is open.
    pub person: Option<String>,
    pub employment: Employment,
    /// Full-time equivalent the OSPO budgets for, 0 to 1.
    pub fte: f64,
    pub start_date: Option<NaiveDate>,
    pub end_date: Option<NaiveDate>,
    /// Annual base cost of one full-time person, in minor units of the plan's currency.
    pub annual_base_cost: i64,
    /// Benefits, taxes and overhead on top of base cost, e.g. 1.3.
    pub loaded_cost_multiplier: f64,
    /// The position this one reports to.
    pub reports_to: Option<String>,
}

pub const MAX_LOADED_MULTIPLIER: f64 = 5.0;
/// Ten billion minor units: a bound that keeps every total far from overflow.
pub const MAX_AMOUNT: i64 = 10_000_000_000_00;

impl Position {
    /// The FTE the OSPO budgets for: a shared position's share of time (50% → 0.5), else `fte`.
    /// The store keeps `fte` equal to it, so the two can never disagree.
    pub fn budgeted_fte(&self) -> f64 {
        match self.employment {
            Employment::Shared { percent } => f64::from(percent) / 100.0,
            _ => self.fte,
        }
    }

    pub fn is_open(&self) -> bool {
        self.person.as_deref().is_none_or(|p| p.trim().is_empty())
    }

    pub fn validate(&self, path: &str, p: &mut Problems) {
        super::check_id(&self.id, format_args!("{path}.id"), p);
        p.text(
            &self.title,
            format_args!("{path}.title"),
            limits::SHORT_TEXT,
            true,
        );
        if let Some(start) = self.start_date {
            p.date(start, format_args!("{path}.start_date"));
        }
        if let Some(end) = self.end_date {
            p.date(end, format_args!("{path}.end_date"));
        }
        if let Some(person) = &self.person {
            p.text(
                person,
                format_args!("{path}.person"),
                limits::SHORT_TEXT,
                false,
            );
        }
        if let Employment::Shared { percent } = self.employment {
            p.require(
                (1..=100).contains(&percent),
                format_args!("{path}.employment.percent"),
                format_args!("must be between 1 and 100 (got {percent})"),
            );
        }
        p.require(
            self.fte.is_finite() && (0.0..=1.0).contains(&self.fte),
            format_args!("{path}.fte"),
            format_args!("must be between 0 and 1 (got {})", self.fte),
        );
        p.require(
            (0..=MAX_AMOUNT).contains(&self.annual_base_cost),
            format_args!("{path}.annual_base_cost"),
            format_args!(
                "must not be negative and at most {MAX_AMOUNT} (got {})",
                self.annual_base_cost
            ),
        );
        p.require(
            self.loaded_cost_multiplier.is_finite()
                && (1.0..=MAX_LOADED_MULTIPLIER).contains(&self.loaded_cost_multiplier),
            format_args!("{path}.loaded_cost_multiplier"),
            format_args!(
                "must be between 1 and {MAX_LOADED_MULTIPLIER} (got {})",
                self.loaded_cost_multiplier
            ),
        );
        if let (Some(start), Some(end)) = (self.start_date, self.end_date) {
            p.require(
                start <= end,
                format_args!("{path}.start_date"),
                format_args!("start {start} is after end {end}"),
            );
        }
        if self.reports_to.as_deref() == Some(self.id.as_str()) {
            p.push(
                format_args!("{path}.reports_to"),
                "a position cannot report to itself",
            );
        }
    }
}

/// The twelve things an OSPO can be responsible for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Responsibility {
    Strategy,
    EliminateFriction,
    Infrastructure,
    Advice,
    Talent,
    InnerSource,
    Metrics,
    OpenSourceOrganizations,
    UpstreamDevelopment,
    PoliciesAndProcesses,
    Compliance,
    CorporateDevelopment,
}

impl Responsibility {
    pub const ALL: [Responsibility; 12] = [
        Responsibility::Strategy,
        Responsibility::EliminateFriction,
        Responsibility::Infrastructure,
        Responsibility::Advice,
        Responsibility::Talent,
        Responsibility::InnerSource,
        Responsibility::Metrics,
        Responsibility::OpenSourceOrganizations,
        Responsibility::UpstreamDevelopment,
        Responsibility::PoliciesAndProcesses,
        Responsibility::Compliance,
        Responsibility::CorporateDevelopment,
    ];

    pub const fn label(self) -> &'static str {
        match self {
            Responsibility::Strategy => "Set and carry out the open source strategy",
            Responsibility::EliminateFriction => "Remove friction from using and contributing",
            Responsibility::Infrastructure => "Run open source infrastructure",
            Responsibility::Advice => "Advise on open source",
            Responsibility::Talent => "Grow and keep open source talent",
            Responsibility::InnerSource => "Bring in InnerSource practices",
            Responsibility::Metrics => "Track performance metrics",
            Responsibility::OpenSourceOrganizations => "Work with open source foundations",
            Responsibility::UpstreamDevelopment => "Prioritize upstream development",
            Responsibility::PoliciesAndProcesses => "Set and improve policies and processes",
            Responsibility::Compliance => "Oversee license compliance",
            Responsibility::CorporateDevelopment => "Support mergers and acquisitions",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ResponsibilityAssignment {
    pub responsibility: Responsibility,
    /// The position that owns it.
    pub owner: Option<String>,
    pub notes: String,
}

impl ResponsibilityAssignment {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        p.multiline(
            &self.notes,
            format_args!("{path}.notes"),
            limits::LONG_TEXT,
            false,
        );
    }
}
