//! The roles an OSPO staffs, what each does, when the seeds call it required, and its career steps.

use crate::guide::source::{seeds, Source};
use crate::model::Role;
use serde::Serialize;
use ts_rs::TS;

/// How strongly the deep dive calls for a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// Required in every OSPO, whatever its structure (one person may hold several roles).
    Always,
    /// Required, but access to it (counsel outside the OSPO) is usually enough.
    UsuallyReached,
    /// Not among the roles the deep dive requires; useful depending on strategy and stage.
    Optional,
}

/// A career step for a role, tied to a step of the trailmap: the step is the trailmap's, the advice
/// applying it to the role is the app's guidance unless the trailmap says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct CareerStep {
    /// The trailmap step (1–7) this applies.
    pub trail_step: u8,
    pub advice: &'static str,
    pub source: Source,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct RoleInfo {
    pub role: Role,
    pub name: &'static str,
    pub does: &'static str,
    pub traits: &'static [&'static str],
    pub need: Need,
    pub career: &'static [CareerStep],
    pub source: Source,
}

const fn c(trail_step: u8, advice: &'static str) -> CareerStep {
    CareerStep {
        trail_step,
        advice,
        source: Source::Guidance,
    }
}

const STAFFING: &str = "Staffing an OSPO";

pub const ROLES: [RoleInfo; 8] = [
    RoleInfo {
        role: Role::HeadOfOspo,
        name: Role::HeadOfOspo.label(),
        does: "Often titled director or VP of open source. Runs the organization-wide open source strategy and the business \
               metrics that show whether it works; depending on the structure also leads open source engineering, \
               compliance, representation in foundations and open standards work.",
        traits: &[
            "Strong engineering and software development background",
            "Contacts in open source organizations",
            "Thorough understanding of open source licenses",
            "Knows industry practice and how project communities operate",
            "Has set company-wide policies and processes before",
            "Knows the organization's products and the history of open source",
        ],
        need: Need::Always,
        career: &[
            c(1, "Own the office's scope and revisit it as the strategy changes"),
            c(5, "Keep a director/VP rung open above the role so leaders can grow in place"),
            c(7, "Meet peers in other OSPOs to mentor and be mentored"),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Head of OSPO"),
    },
    RoleInfo {
        role: Role::SoftwareArchitect,
        name: Role::SoftwareArchitect.label(),
        does: "A senior architect or principal engineer who makes the high-level technical calls on open source, from \
               design choices to platforms and coding standards. The deep dive calls this role mandatory.",
        traits: &[],
        need: Need::Always,
        career: &[
            c(2, "Keep the architect on the engineering ladder, with upstream leadership counted as impact"),
            c(6, "Support talks and maintainer roles that build a public technical profile"),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Software Architect"),
    },
    RoleInfo {
        role: Role::TechnicalEvangelist,
        name: Role::TechnicalEvangelist.label(),
        does: "Promotes the open source work and solutions of the group to customers, prospects, partners and the wider \
               community: demos at events, talks and documentation that build critical mass behind a technology.",
        traits: &["Strong technical background"],
        need: Need::Always,
        career: &[
            c(4, "Map the role's skills onto developer relations and product marketing buckets"),
            c(6, "Coach the evangelist on a personal brand that also serves the company"),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Technical Evangelist"),
    },
    RoleInfo {
        role: Role::ComplianceEngineer,
        name: Role::ComplianceEngineer.label(),
        does: "Carries out the compliance policy and process and makes sure every license obligation of the open source \
               in products and services is met. An OSPO that owns compliance outright may need several.",
        traits: &[],
        need: Need::Always,
        career: &[
            c(2, "Refit the engineering ladder so compliance work earns promotion like feature work"),
            c(4, "Map the skills onto legal-operations and security buckets for movement across teams"),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Compliance Engineer"),
    },
    RoleInfo {
        role: Role::LegalCounsel,
        name: Role::LegalCounsel.label(),
        does: "Few OSPOs have counsel on staff. For small and medium organizations, access to a lawyer who knows open \
               source licensing is usually enough.",
        traits: &["Versed in open source licensing"],
        need: Need::UsuallyReached,
        career: &[c(3, "Keep counsel on the legal department's path; agree a standard share of time for the OSPO")],
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Legal Counsel"),
    },
    RoleInfo {
        role: Role::CommunityManager,
        name: Role::CommunityManager.label(),
        does: "Named by the trailmap as OSPO staff whose career ladder can be refitted from engineering's; the \
               sources describe no duties for the role.",
        traits: &[],
        need: Need::Optional,
        career: &[
            CareerStep {
                trail_step: 2,
                advice: "Refit the engineering ladder for community managers",
                source: Source::new(seeds::TRAILMAP, "Refit Existing Career Ladders"),
            },
            c(5, "Offer senior community rungs so the best people stay"),
        ],
        source: Source::new(seeds::TRAILMAP, "Refit Existing Career Ladders"),
    },
    RoleInfo {
        role: Role::ProgramManager,
        name: Role::ProgramManager.label(),
        does: "Open source program managers must show the return on the OSPO's investment; choosing what to \
               measure and how to define success is a core OSPO task.",
        traits: &[],
        need: Need::Optional,
        career: &[c(4, "Map the skills onto the company's program-management ladder")],
        source: Source::new(seeds::OSPO_101, "The OSPO's Role in Defining Success Metrics"),
    },
    RoleInfo {
        role: Role::Other,
        name: Role::Other.label(),
        does: "People from across the organization who make up the matrix of experts an OSPO builds to bring open \
               source into existing processes.",
        traits: &[],
        need: Need::Optional,
        career: &[c(3, "Fit the role to a standard ladder and note what is unique to it")],
        source: Source::new(seeds::FIVE_STAGE_TALK, "OSPO Roles"),
    },
];

/// Roles need not be separate positions: one strong person may hold several.
pub const ROLES_NOTE: Source = Source::new(seeds::DEEP_DIVE, STAFFING);

pub fn role(role: Role) -> &'static RoleInfo {
    match role {
        Role::HeadOfOspo => &ROLES[0],
        Role::SoftwareArchitect => &ROLES[1],
        Role::TechnicalEvangelist => &ROLES[2],
        Role::ComplianceEngineer => &ROLES[3],
        Role::LegalCounsel => &ROLES[4],
        Role::CommunityManager => &ROLES[5],
        Role::ProgramManager => &ROLES[6],
        Role::Other => &ROLES[7],
    }
}

/// The smallest compliance team: legal, engineering or product, and a compliance expert (often in the OSPO).
pub const CORE_COMPLIANCE_TEAM: [&str; 3] = [
    "A legal representative",
    "An engineering or product representative",
    "An open source compliance expert, often from the OSPO",
];

pub const CORE_COMPLIANCE_TEAM_SOURCE: Source =
    Source::new(seeds::DEEP_DIVE, "Oversee Open Source Compliance");
