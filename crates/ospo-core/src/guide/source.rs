//! Where a piece of built-in knowledge comes from, so the app and the PDF can attribute it.

use serde::Serialize;
use ts_rs::TS;

/// A source document: its file among the seeds and the title a reader recognises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Seed {
    pub file: &'static str,
    pub title: &'static str,
}

/// The seed files the knowledge was taken from (facts only; the wording is ours).
pub mod seeds {
    use super::Seed;

    /// Seven steps from defining scope to networking with peers.
    pub const TRAILMAP: Seed = Seed {
        file: "000_ccd92debcdc9c193.txt",
        title: "OSPO Career Trailmap",
    };
    /// The five-stage OSPO maturity model, archetypes and the twelve responsibilities.
    pub const FIVE_STAGE_TALK: Seed = Seed {
        file: "001_e507dea5b2f96668.txt",
        title: "A walk through the OSPO five-stage model and personas (talk)",
    };
    /// Strategy, the OSPO flower, external regulators, maturity models.
    pub const CREATING: Seed = Seed {
        file: "002_d0fc539281713c53.txt",
        title: "Creating your OSPO",
    };
    /// What an OSPO does and how it measures success.
    pub const OSPO_101: Seed = Seed {
        file: "003_09596936312b8a5c.txt",
        title: "OSPO 101, module 2",
    };
    /// Stages, structures, staffing, responsibilities, challenges.
    pub const DEEP_DIVE: Seed = Seed {
        file: "004_57744791593fd305.txt",
        title: "A deep dive into OSPOs",
    };
    /// Rules that follow from planning practice rather than a seed.
    pub const OWN: Seed = Seed {
        file: "OSPO Planner guidance",
        title: "OSPO Planner guidance",
    };
}

/// A source document and the section of it that a fact comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Source {
    /// The seed file, for tracing a fact back to the text it came from.
    pub seed: &'static str,
    /// The document's title, for people.
    pub document: &'static str,
    pub section: &'static str,
}

impl Source {
    pub const fn new(seed: Seed, section: &'static str) -> Source {
        Source {
            seed: seed.file,
            document: seed.title,
            section,
        }
    }

    /// One line for a plan's sources list or a footnote: `A deep dive into OSPOs — Staffing an OSPO`.
    pub fn cite(&self) -> String {
        format!("{} — {}", self.document, self.section)
    }
}
