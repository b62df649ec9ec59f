//! The two further maturity models "Creating your OSPO" sets beside the OSPO stages, so a reader who
//! knows one of them can place the plan; how their levels line up with the stages is the app's reading.

use crate::guide::source::{seeds, Source};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ModelLevel {
    pub name: &'static str,
    pub meaning: &'static str,
    /// The OSPO maturity stage (0–4) this level sits beside, by its place from tactical to strategic.
    pub stage: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct MaturityModel {
    pub id: &'static str,
    pub name: &'static str,
    /// Least to most strategic.
    pub levels: &'static [ModelLevel],
    /// Where the levels and their meanings come from.
    pub source: Source,
    /// Where the line-up with the stages comes from: the source gives none.
    pub alignment_source: Source,
}

const fn level(name: &'static str, meaning: &'static str, stage: u8) -> ModelLevel {
    ModelLevel {
        name,
        meaning,
        stage,
    }
}

pub const MATURITY_MODELS: [MaturityModel; 2] = [
    MaturityModel {
        id: "engagement_adoption",
        name: "Open source engagement adoption (Ibrahim Haddad)",
        levels: &[
            level(
                "Denial",
                "Open source is not used, or used without anyone being aware of it",
                0,
            ),
            level("Consumption / usage", "Open source is used passively", 1),
            level(
                "Participation",
                "The organization takes part in open source communities",
                2,
            ),
            level(
                "Contribution",
                "It contributes to open source projects where that pays",
                3,
            ),
            level(
                "Leadership",
                "It is strategically involved in open source to drive business value",
                4,
            ),
        ],
        source: Source::new(
            seeds::CREATING,
            "Maturity Model 1 - Open Source Engagement Adoption by Dr. Ibrahim H",
        ),
        alignment_source: Source::Guidance,
    },
    MaturityModel {
        id: "corporate_adoption",
        name: "Five stages of corporate open source adoption (Carl-Eric)",
        levels: &[
            level(
                "Accidental",
                "Open source is used without the organization knowing it",
                0,
            ),
            level(
                "Repetitive",
                "Processes exist for using and contributing, but contributions are occasional",
                1,
            ),
            level(
                "Directed",
                "The organization takes an active part in critical projects",
                2,
            ),
            level(
                "Collaborate",
                "Collaborating in open source is a tool for business value",
                3,
            ),
            level(
                "Prevail",
                "Open source shapes strategic areas of the business and its technology",
                4,
            ),
        ],
        source: Source::new(
            seeds::CREATING,
            "Maturity Model 2 - Five Stages of Corporate Open Source Adoption Talk by Carl-Eric",
        ),
        alignment_source: Source::Guidance,
    },
];

/// What the source says of the models together.
pub const MODELS_NOTE: &str =
    "Each model runs from tactical, less intentional engagement with open source to \
    strategic, more intentional engagement.";

pub const MODELS_SOURCE: Source = Source::new(seeds::CREATING, "Example Maturity Models");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_level_lines_up_with_one_stage_in_order() {
        for m in MATURITY_MODELS {
            let stages: Vec<u8> = m.levels.iter().map(|l| l.stage).collect();
            assert_eq!(stages, [0, 1, 2, 3, 4], "{}", m.id);
            assert_eq!(m.alignment_source, Source::Guidance);
        }
    }
}
