//! Who is asking for the OSPO: the organization, its executive sponsor and the case it makes.

use super::problems::{limits, Problems};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Organization {
    pub name: String,
    /// Number of employees.
    pub employees: u32,
    pub industry: String,
    pub sponsor: Sponsor,
    /// The case for the OSPO, strongest first.
    pub value_propositions: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Sponsor {
    pub name: String,
    pub title: String,
}

impl Organization {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        p.text(
            &self.name,
            format_args!("{path}.name"),
            limits::SHORT_TEXT,
            false,
        );
        p.text(
            &self.industry,
            format_args!("{path}.industry"),
            limits::SHORT_TEXT,
            false,
        );
        p.text(
            &self.sponsor.name,
            format_args!("{path}.sponsor.name"),
            limits::SHORT_TEXT,
            false,
        );
        p.text(
            &self.sponsor.title,
            format_args!("{path}.sponsor.title"),
            limits::SHORT_TEXT,
            false,
        );
        p.require(
            self.value_propositions.len() <= limits::VALUE_PROPOSITIONS,
            format_args!("{path}.value_propositions"),
            format_args!("at most {} value propositions", limits::VALUE_PROPOSITIONS),
        );
        for (i, v) in self.value_propositions.iter().enumerate() {
            p.multiline(
                v,
                format_args!("{path}.value_propositions[{i}]"),
                limits::LONG_TEXT,
                true,
            );
        }
    }
}
