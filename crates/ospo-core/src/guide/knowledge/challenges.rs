//! The five areas where OSPOs meet friction — culture, processes, tools, continuity, education — and what helps.

use crate::guide::source::{seeds, Source};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ChallengeArea {
    pub id: &'static str,
    pub name: &'static str,
    pub problem: &'static str,
    pub remedies: &'static [&'static str],
    pub source: Source,
}

pub const CHALLENGES: [ChallengeArea; 5] = [
    ChallengeArea {
        id: "culture",
        name: "Culture",
        problem: "Traditional development habits clash with how open source is built",
        remedies: &[
            "Hire open source experts to coach teams new to the model",
            "Release early and often, with peer review, in internal processes too",
            "Make departments more transparent to each other",
            "Form teams on merit",
            "Measure and reward open source and cross-team contributions",
        ],
        source: Source::new(seeds::DEEP_DIVE, "Culture"),
    },
    ChallengeArea {
        id: "processes",
        name: "Processes",
        problem: "Open source moves fast; internal code policies that slow contributions leave the organization behind",
        remedies: &[
            "Give one team the job of compliance and keep approvals simple",
            "Replace heavy policies with a plain path to review and approve contributions",
            "Balance legal, engineering and open source interests; give the open source team blanket approval for many projects",
            "Grade approvals by what is contributed: a bug fix, an improvement, a new feature, a new project",
        ],
        source: Source::new(seeds::DEEP_DIVE, "Processes"),
    },
    ChallengeArea {
        id: "tools",
        name: "Tools",
        problem: "Corporate IT can block the tools and channels open source work depends on",
        remedies: &[
            "Let staff write to public mailing lists from company accounts",
            "Let engineers use devices and distributions of their choice",
            "Make vital internal tools reachable from Linux or a compatible device",
            "Support remote, distributed teams with secure access and help-desk policies",
        ],
        source: Source::new(seeds::DEEP_DIVE, "Tools"),
    },
    ChallengeArea {
        id: "continuity",
        name: "Continuity",
        problem: "The business changes; the open source effort must survive the changes",
        remedies: &[
            "Keep current and new staff informed as the strategy evolves",
            "Keep projects and priorities going through reorganizations",
            "Secure lasting executive support and funding",
        ],
        source: Source::new(seeds::DEEP_DIVE, "Continuity"),
    },
    ChallengeArea {
        id: "education",
        name: "Education",
        problem: "Knowledge gaps stop the organization from getting the benefit of open source",
        remedies: &[
            "Executive training on building open source practice",
            "Compliance training on licenses, copyright and your policies",
            "Mentoring: senior open source developers guiding juniors one to one",
            "Technical training on current open source technology",
        ],
        source: Source::new(seeds::DEEP_DIVE, "Education"),
    },
];
