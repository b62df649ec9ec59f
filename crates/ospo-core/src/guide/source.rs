//! Where a piece of built-in knowledge comes from, so the app and the PDF can attribute it.

use serde::Serialize;
use ts_rs::TS;

/// The seed files the knowledge was taken from (facts only; the wording is ours).
pub mod seeds {
    /// OSPO career trailmap: seven steps from defining scope to networking with peers.
    pub const TRAILMAP: &str = "000_ccd92debcdc9c193.txt";
    /// Talk: the five-stage OSPO maturity model, archetypes and the twelve responsibilities.
    pub const FIVE_STAGE_TALK: &str = "001_e507dea5b2f96668.txt";
    /// "Creating your OSPO": strategy, the OSPO flower, external regulators, maturity models.
    pub const CREATING: &str = "002_d0fc539281713c53.txt";
    /// OSPO 101 module: what an OSPO does and how it measures success.
    pub const OSPO_101: &str = "003_09596936312b8a5c.txt";
    /// "A deep dive into OSPOs": stages, structures, staffing, responsibilities, challenges.
    pub const DEEP_DIVE: &str = "004_57744791593fd305.txt";
    /// OSPO Planner's own guidance, for rules that follow from planning practice rather than a seed.
    pub const OWN: &str = "OSPO Planner guidance";
}

/// A seed file and the section of it that a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Source {
    pub seed: &'static str,
    pub section: &'static str,
}

impl Source {
    pub const fn new(seed: &'static str, section: &'static str) -> Source {
        Source { seed, section }
    }

    /// One line for a plan's sources list or a footnote: `004_… — Staffing an OSPO`.
    pub fn cite(&self) -> String {
        format!("{} — {}", self.seed, self.section)
    }
}
