//! The OSPO flower: its six stakeholder petals, the external regulators outside it, and one petal the
//! app adds (internal ecosystem), attributed as guidance.

use crate::guide::source::{seeds, Source};
use crate::model::Petal;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct PetalInfo {
    pub petal: Petal,
    pub name: &'static str,
    /// What the OSPO works on with this group.
    pub focus: &'static str,
    /// Typical groups on the petal, as suggestions for stakeholders.
    pub groups: &'static [&'static str],
    /// Where the groups come from: the app's suggestions, except the regulators the source names.
    pub groups_source: Source,
    pub source: Source,
}

const FLOWER: Source = Source::new(seeds::CREATING, "Identifying Your OSPO's Stakeholders");
const REGULATORS: Source = Source::new(seeds::CREATING, "Collaborating With External Regulators");

pub const PETALS: [PetalInfo; 8] = [
    PetalInfo {
        petal: Petal::IndividualContributors,
        name: "Individual contributors",
        focus: "What moves people to contribute, from inside and outside; a culture change helped by mentoring",
        groups: &["Developers", "Engineering teams", "Contractors"],
        groups_source: Source::Guidance,
        source: FLOWER,
    },
    PetalInfo {
        petal: Petal::Management,
        name: "Management",
        focus: "Strategy: lining up open source with the business strategy and using it on managers' own problems",
        groups: &["Executives", "Engineering managers", "Product leadership"],
        groups_source: Source::Guidance,
        source: FLOWER,
    },
    PetalInfo {
        petal: Petal::Legal,
        name: "Legal",
        focus: "The legal duties that come with open source: compliance and lower legal risk",
        groups: &["Legal department", "Outside counsel", "Intellectual property team"],
        groups_source: Source::Guidance,
        source: FLOWER,
    },
    PetalInfo {
        petal: Petal::Business,
        name: "Business",
        focus: "Making the parts of the organization fit together: shared practice and knowledge across units",
        groups: &["Business units", "Product management", "Sales and customer success"],
        groups_source: Source::Guidance,
        source: FLOWER,
    },
    PetalInfo {
        petal: Petal::OpenSourceEcosystem,
        name: "Open source ecosystem",
        focus: "The communities, projects, companies and people outside: trading ideas, collaborating, contributing",
        groups: &["Project maintainers", "Foundations", "Peer companies"],
        groups_source: Source::Guidance,
        source: FLOWER,
    },
    PetalInfo {
        petal: Petal::Ospo,
        name: "The OSPO",
        focus: "The office itself: coordinating every open source initiative and supporting the other groups",
        groups: &["OSPO staff", "Ambassadors", "Division OSPO leads"],
        groups_source: Source::Guidance,
        source: FLOWER,
    },
    PetalInfo {
        petal: Petal::InternalEcosystem,
        name: "Internal ecosystem",
        focus: "Internal functions the work depends on, such as IT, security, procurement and HR. Not one of the \
                flower's six petals: an extra petal this app adds, as an organization may",
        groups: &["IT and security", "Procurement", "Human resources"],
        groups_source: Source::Guidance,
        source: Source::Guidance,
    },
    PetalInfo {
        petal: Petal::ExternalRegulators,
        name: "External regulators",
        focus: "A special case outside the flower: bodies whose rules shape policy; plan how to approach them and what role they play",
        groups: &[
            "Government agencies",
            "Industry regulators and professional bodies",
            "Consumer protection agencies",
        ],
        groups_source: REGULATORS,
        source: REGULATORS,
    },
];

pub fn petal(p: Petal) -> &'static PetalInfo {
    match p {
        Petal::IndividualContributors => &PETALS[0],
        Petal::Management => &PETALS[1],
        Petal::Legal => &PETALS[2],
        Petal::Business => &PETALS[3],
        Petal::OpenSourceEcosystem => &PETALS[4],
        Petal::Ospo => &PETALS[5],
        Petal::InternalEcosystem => &PETALS[6],
        Petal::ExternalRegulators => &PETALS[7],
    }
}
