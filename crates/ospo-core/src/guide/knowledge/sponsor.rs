//! Why the executive sponsor matters, and the three kinds of continuity an OSPO must protect.

use crate::guide::source::{seeds, Source};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct SponsorGuidance {
    /// What the sponsor does for the OSPO.
    pub duties: &'static [&'static str],
    pub continuity: &'static [Continuity],
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Continuity {
    pub name: &'static str,
    pub meaning: &'static str,
    pub source: Source,
}

const CONTINUITY: Source = Source::new(seeds::DEEP_DIVE, "Continuity");

pub const SPONSOR: SponsorGuidance = SponsorGuidance {
    duties: &[
        "Backs the creation of the OSPO and funds it",
        "Commits for the long term to growing open source engineering",
        "Helps find a trusted open source leader to build the office",
        "Carries the value of the work and what is expected across the organization",
    ],
    continuity: &[
        Continuity {
            name: "Continuity of the strategy",
            meaning: "Current and future staff hear about the strategy as it changes, when it changes",
            source: CONTINUITY,
        },
        Continuity {
            name: "Continuity of projects and priorities",
            meaning: "Involvement in projects carries on through disruption, keeping the momentum built before",
            source: CONTINUITY,
        },
        Continuity {
            name: "Continuity of executive support and funding",
            meaning: "Money and executive backing last, with enough resources for the program",
            source: CONTINUITY,
        },
    ],
    source: Source::new(seeds::DEEP_DIVE, "Introduction; Continuity"),
};
