//! Who the OSPO must win over and how it keeps them informed: the OSPO flower and the communication plan.

use super::problems::{limits, Problems};
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The petals of the OSPO flower, plus the regulators outside it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Petal {
    IndividualContributors,
    Management,
    Legal,
    Business,
    OpenSourceEcosystem,
    Ospo,
    InternalEcosystem,
    ExternalRegulators,
}

impl Petal {
    pub const ALL: [Petal; 8] = [
        Petal::IndividualContributors,
        Petal::Management,
        Petal::Legal,
        Petal::Business,
        Petal::OpenSourceEcosystem,
        Petal::Ospo,
        Petal::InternalEcosystem,
        Petal::ExternalRegulators,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Petal::IndividualContributors => "Individual contributors",
            Petal::Management => "Management",
            Petal::Legal => "Legal",
            Petal::Business => "Business",
            Petal::OpenSourceEcosystem => "Open source ecosystem",
            Petal::Ospo => "The OSPO",
            Petal::InternalEcosystem => "Internal ecosystem",
            Petal::ExternalRegulators => "External regulators",
        }
    }
}

#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Low,
    Medium,
    High,
}

impl Level {
    pub const ALL: [Level; 3] = [Level::Low, Level::Medium, Level::High];

    pub fn label(self) -> &'static str {
        match self {
            Level::Low => "Low",
            Level::Medium => "Medium",
            Level::High => "High",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Stakeholder {
    pub id: String,
    /// The group, e.g. "Product engineering teams".
    pub name: String,
    pub petal: Petal,
    pub interest: Level,
    pub influence: Level,
    /// The position that owns the relationship.
    pub owner: Option<String>,
    pub key_message: String,
}

impl Stakeholder {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        super::check_id(&self.id, format_args!("{path}.id"), p);
        p.text(
            &self.name,
            format_args!("{path}.name"),
            limits::SHORT_TEXT,
            true,
        );
        p.multiline(
            &self.key_message,
            format_args!("{path}.key_message"),
            limits::LONG_TEXT,
            false,
        );
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Cadence {
    Once,
    Weekly,
    Monthly,
    Quarterly,
    Yearly,
}

impl Cadence {
    pub const ALL: [Cadence; 5] = [
        Cadence::Once,
        Cadence::Weekly,
        Cadence::Monthly,
        Cadence::Quarterly,
        Cadence::Yearly,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Cadence::Once => "Once",
            Cadence::Weekly => "Weekly",
            Cadence::Monthly => "Monthly",
            Cadence::Quarterly => "Quarterly",
            Cadence::Yearly => "Yearly",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Communication {
    pub id: String,
    /// The stakeholder group addressed.
    pub audience: String,
    pub message: String,
    /// e.g. "All-hands", "Newsletter", "1:1".
    pub channel: String,
    pub cadence: Option<Cadence>,
    pub first_date: NaiveDate,
    /// The position that sends it.
    pub owner: Option<String>,
}

impl Communication {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        super::check_id(&self.id, format_args!("{path}.id"), p);
        p.multiline(
            &self.message,
            format_args!("{path}.message"),
            limits::LONG_TEXT,
            true,
        );
        p.date(self.first_date, format_args!("{path}.first_date"));
        p.text(
            &self.channel,
            format_args!("{path}.channel"),
            limits::SHORT_TEXT,
            false,
        );
    }

    /// Dates this communication falls on from `from` up to and including `to` (see `calendar`).
    pub fn occurrences(&self, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        super::calendar::occurrences(self.first_date, self.cadence, from, to)
    }
}
