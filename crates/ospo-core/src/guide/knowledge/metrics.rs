//! What OSPOs measure to show their return, with an example KPI for each (the examples are the app's).

use crate::guide::source::{seeds, Source};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct MetricInfo {
    pub id: &'static str,
    pub name: &'static str,
    pub why: &'static str,
    /// A KPI a plan can adopt: the app's example, attributed by `example_source`.
    pub example: &'static str,
    pub example_source: Source,
    pub source: Source,
}

const SUCCESS: Source = Source::new(
    seeds::OSPO_101,
    "The OSPO's Role in Defining Success Metrics",
);

pub const METRICS: [MetricInfo; 6] = [
    MetricInfo {
        id: "influence",
        name: "Participation and influence",
        why: "How much your developers take part in, and sway, outside projects",
        example: "Merged upstream contributions per quarter",
        example_source: Source::Guidance,
        source: SUCCESS,
    },
    MetricInfo {
        id: "reputation",
        name: "Reputation",
        why: "How open source communities see the organization",
        example: "Maintainer or steering seats held in strategic projects",
        example_source: Source::Guidance,
        source: SUCCESS,
    },
    MetricInfo {
        id: "talent",
        name: "Recruiting and retention",
        why: "Whether open source helps hire and keep strong developers",
        example: "Share of hires who cite our open source work",
        example_source: Source::Guidance,
        source: SUCCESS,
    },
    MetricInfo {
        id: "health",
        name: "Project health",
        why: "The health of your own projects and of the critical ones you contribute to",
        example: "Active outside contributors to our hosted projects",
        example_source: Source::Guidance,
        source: SUCCESS,
    },
    MetricInfo {
        id: "compliance",
        name: "License compliance",
        why: "How well license obligations are managed",
        example: "Share of releases with a complete software bill of materials",
        example_source: Source::Guidance,
        source: SUCCESS,
    },
    MetricInfo {
        id: "contribution_patterns",
        name: "Contribution patterns",
        why: "Product metrics do not fit open source; track the kind and pattern of contributions with dedicated tools",
        example: "Contributions by type (fix, feature, docs) per quarter",
        example_source: Source::Guidance,
        source: Source::new(seeds::DEEP_DIVE, "Track Performance Metrics"),
    },
];
