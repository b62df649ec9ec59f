//! The OSPO career trailmap: seven steps an organization takes to give OSPO staff a career path.

use crate::guide::source::{seeds, Source};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct TrailStep {
    /// 1 (first) to 7.
    pub step: u8,
    pub title: &'static str,
    pub meaning: &'static str,
    pub source: Source,
}

/// Step `step` of the trailmap, cited to its heading there (`heading`).
const fn step(
    step: u8,
    title: &'static str,
    heading: &'static str,
    meaning: &'static str,
) -> TrailStep {
    TrailStep {
        step,
        title,
        meaning,
        source: Source::new(seeds::TRAILMAP, heading),
    }
}

pub const TRAILMAP: [TrailStep; 7] = [
    step(
        1,
        "Define the scope of work",
        "Define The Scope Of Work",
        "Decide on purpose whether the office grows or shrinks its scope so the needed work gets done",
    ),
    step(
        2,
        "Refit existing career ladders",
        "Refit Existing Career Ladders",
        "Adapt a ladder the company already has — e.g. engineering's — to OSPO roles such as community managers; other departments with open source talent tend to adopt it too",
    ),
    step(
        3,
        "Mix unique with standard",
        "Mix Unique With Standard",
        "Most companies manage open source in similar ways, but expect local differences and allow for them",
    ),
    step(
        4,
        "Map skill categories",
        "Map Skill Categories",
        "Break an OSPO member's daily work into skills and file them under skill buckets other departments already use",
    ),
    step(
        5,
        "Retain and promote",
        "Retain And Promote",
        "Offer the highest rungs of the ladder; organizations that do attract the strongest people",
    ),
    step(
        6,
        "Build a personal brand",
        "Build Personal Brand",
        "Coach staff to build a visible open source profile, which strengthens team, project and company alike",
    ),
    step(
        7,
        "Network with peers",
        "Network With Peers",
        "Leaders who meet peers in other OSPOs promote their team, mentor others and find new ways to support their reports",
    ),
];
