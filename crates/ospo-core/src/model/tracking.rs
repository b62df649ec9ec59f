//! How progress is tracked and threats are handled: milestones, KPIs and risks.

use super::problems::{limits, Problems};
use super::stakeholders::Level;
use chrono::NaiveDate;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub id: String,
    pub title: String,
    pub date: NaiveDate,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Kpi {
    pub id: String,
    pub goal: String,
    pub metric: String,
    pub baseline: String,
    pub target: String,
    pub due: Option<NaiveDate>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Risk {
    pub id: String,
    pub description: String,
    pub likelihood: Level,
    pub impact: Level,
    pub mitigation: String,
}

impl Milestone {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        super::check_id(&self.id, format_args!("{path}.id"), p);
        p.text(
            &self.title,
            format_args!("{path}.title"),
            limits::SHORT_TEXT,
            true,
        );
        p.date(self.date, format_args!("{path}.date"));
    }
}

impl Kpi {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        super::check_id(&self.id, format_args!("{path}.id"), p);
        p.text(
            &self.goal,
            format_args!("{path}.goal"),
            limits::SHORT_TEXT,
            true,
        );
        p.text(
            &self.metric,
            format_args!("{path}.metric"),
            limits::SHORT_TEXT,
            true,
        );
        p.text(
            &self.baseline,
            format_args!("{path}.baseline"),
            limits::SHORT_TEXT,
            false,
        );
        p.text(
            &self.target,
            format_args!("{path}.target"),
            limits::SHORT_TEXT,
            false,
        );
        if let Some(due) = self.due {
            p.date(due, format_args!("{path}.due"));
        }
    }
}

impl Risk {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        super::check_id(&self.id, format_args!("{path}.id"), p);
        p.multiline(
            &self.description,
            format_args!("{path}.description"),
            limits::LONG_TEXT,
            true,
        );
        p.multiline(
            &self.mitigation,
            format_args!("{path}.mitigation"),
            limits::LONG_TEXT,
            false,
        );
    }

    /// Likelihood × impact, 1 (low/low) to 9 (high/high), for ordering the top risks.
    pub fn score(&self) -> u8 {
        let v = |l: Level| match l {
            Level::Low => 1,
            Level::Medium => 2,
            Level::High => 3,
        };
        v(self.likelihood) * v(self.impact)
    }
}
