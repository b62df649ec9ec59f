//! Where the organization stands with open source and where the OSPO should take it.

use super::problems::Problems;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Highest maturity stage: 0 ad hoc, 1 legal-driven, 2 community-driven, 3 engagement-driven,
/// 4 leadership-driven.
pub const MAX_STAGE: u8 = 4;

pub const STAGE_NAMES: [&str; 5] = [
    "Ad hoc",
    "Legal-driven",
    "Community-driven",
    "Engagement-driven",
    "Leadership-driven",
];

/// The rungs of an open source strategy, from using open source to leading it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, TS, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum StrategyRung {
    Consumer,
    Participant,
    Contributor,
    Leader,
}

impl StrategyRung {
    pub const ALL: [StrategyRung; 4] = [
        StrategyRung::Consumer,
        StrategyRung::Participant,
        StrategyRung::Contributor,
        StrategyRung::Leader,
    ];

    pub fn label(self) -> &'static str {
        match self {
            StrategyRung::Consumer => "Consumer",
            StrategyRung::Participant => "Participant",
            StrategyRung::Contributor => "Contributor",
            StrategyRung::Leader => "Leader",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, TS, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Maturity {
    /// 0 (ad hoc) to 4 (leadership-driven).
    pub current_stage: u8,
    pub target_stage: u8,
    pub current_rung: StrategyRung,
    pub target_rung: StrategyRung,
}

impl Default for Maturity {
    fn default() -> Self {
        Maturity {
            current_stage: 0,
            target_stage: 1,
            current_rung: StrategyRung::Consumer,
            target_rung: StrategyRung::Participant,
        }
    }
}

pub fn stage_name(stage: u8) -> &'static str {
    STAGE_NAMES
        .get(usize::from(stage))
        .copied()
        .unwrap_or("Unknown")
}

impl Maturity {
    pub fn validate(&self, path: &str, p: &mut Problems) {
        for (field, stage) in [
            ("current_stage", self.current_stage),
            ("target_stage", self.target_stage),
        ] {
            p.require(
                stage <= MAX_STAGE,
                format_args!("{path}.{field}"),
                format_args!("must be a stage from 0 to {MAX_STAGE} (got {stage})"),
            );
        }
    }
}
