//! The five maturity stages of an OSPO and the yes/no questions that tell whether a stage is reached.

use crate::guide::source::{seeds, Source};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct Stage {
    /// 0 (ad hoc) to 4 (leadership-driven).
    pub stage: u8,
    pub name: &'static str,
    /// One line for tables and the PDF.
    pub summary: &'static str,
    pub description: &'static str,
    /// Questions whose "yes" shows the stage is reached; stage 0 has none (everyone starts there).
    pub checklist: &'static [Question],
    pub source: Source,
}

/// One self-assessment question, and the milestone to plan when the answer is "no".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Question {
    /// Stable id stored with answers, e.g. `s1.inventory`.
    pub id: &'static str,
    pub text: &'static str,
    pub milestone: &'static str,
    /// What defines the stage: it is not reached while this is answered "no".
    pub defining: bool,
    pub source: Source,
}

const fn q(
    id: &'static str,
    text: &'static str,
    milestone: &'static str,
    defining: bool,
    source: Source,
) -> Question {
    Question {
        id,
        text,
        milestone,
        defining,
        source,
    }
}

const S1: Source = Source::new(seeds::DEEP_DIVE, "Stage 1: Legal-Driven Adoption");
const S2: Source = Source::new(seeds::DEEP_DIVE, "Stage 2: Community-Driven Adoption");
const S3: Source = Source::new(seeds::DEEP_DIVE, "Stage 3: Engagement-Driven Adoption");
const S4: Source = Source::new(seeds::DEEP_DIVE, "Stage 4: Leadership-Driven Adoption");

pub const STAGES: [Stage; 5] = [
    Stage {
        stage: 0,
        name: "Ad hoc",
        summary: "Open source is used everywhere, but nobody coordinates it",
        description: "Nearly every organization uses open source, and at first developers simply pick it \
                      up to solve problems as they come. Licenses get little thought beyond the defaults, \
                      and nobody weighs what consuming it, or shipping products built on it, means in the \
                      long run.",
        checklist: &[],
        source: Source::new(seeds::DEEP_DIVE, "Stage 0: Ad-Hoc Approach"),
    },
    Stage {
        stage: 1,
        name: "Legal-driven",
        summary: "Compliance, an inventory and developer education",
        description: "The organization sees that open source is central to its technology and business, and \
                      that open source projects handle security differently from vendors. It names its legal \
                      and security risks and answers them with license compliance, an inventory of what it \
                      uses, and training for developers.",
        checklist: &[
            q(
                "s1.policy",
                "Is there a written policy for using open source?",
                "Open source usage policy approved",
                false,
                Source::new(seeds::DEEP_DIVE, "OSPO Characteristics"),
            ),
            q(
                "s1.licensing",
                "Are the licenses of open source components reviewed before a product ships?",
                "License review built into the release process",
                true,
                S1,
            ),
            q(
                "s1.inventory",
                "Do you keep an inventory (software bill of materials) of the open source in your products?",
                "Software bill of materials for every product",
                true,
                S1,
            ),
            q(
                "s1.education",
                "Are developers trained on open source licenses and your policy?",
                "Compliance training rolled out to developers",
                true,
                S1,
            ),
        ],
        source: S1,
    },
    Stage {
        stage: 2,
        name: "Community-driven",
        summary: "Promoting open source use and taking part in communities",
        description: "With compliance in place the organization looks for more of the economic benefit. \
                      Ambassadors promote approved projects, education covers good open source hygiene, and \
                      skills training is funded. As the stage matures, developers become active contributors \
                      or maintainers of projects the business relies on, outbound contributions get a smooth \
                      path, and the first projects of its own are released.",
        checklist: &[
            q(
                "s2.ambassadors",
                "Do ambassadors or champions promote approved open source inside teams?",
                "Open source ambassador network launched",
                true,
                S2,
            ),
            q(
                "s2.training",
                "Do you fund technical training or certification in open source skills?",
                "Open source skills training funded",
                false,
                S2,
            ),
            q(
                "s2.contributions",
                "Can developers contribute to outside projects through a simple, fast approval path?",
                "Streamlined contribution approval in place",
                false,
                S2,
            ),
            q(
                "s2.maintainers",
                "Are some developers active contributors or maintainers of projects critical to you?",
                "Contributors funded on business-critical projects",
                true,
                S2,
            ),
        ],
        source: S2,
    },
    Stage {
        stage: 3,
        name: "Engagement-driven",
        summary: "Hosting projects and growing communities",
        description: "The organization starts, hosts or is the main sponsor of open source projects, puts \
                      full-time people on them and takes responsibility for the health of their communities. \
                      Leaders back launching projects because they see the benefit, and the OSPO builds \
                      processes, playbooks, checklists and tooling to vet and run projects and coach their leads.",
        checklist: &[
            q(
                "s3.hosting",
                "Does the organization start and host open source projects, or act as their main sponsor?",
                "First organization-led open source project launched",
                true,
                S3,
            ),
            q(
                "s3.dedicated",
                "Are full-time staff assigned to a project you host, with care for its community?",
                "Full-time maintainers assigned to a hosted project",
                true,
                S3,
            ),
            q(
                "s3.playbooks",
                "Are there playbooks, checklists and tooling to vet and launch projects?",
                "Project launch playbook and checklist published",
                false,
                S3,
            ),
        ],
        source: S3,
    },
    Stage {
        stage: 4,
        name: "Leadership-driven",
        summary: "A strategic partner in technology decisions",
        description: "The OSPO guides technology choices and long-term commitments to projects. The CTO and \
                      technology leaders ask it which open source to build on and how to judge projects, \
                      because those choices carry lasting costs for engineering and hiring. It advises on \
                      what to adopt or drop, sets the bar for an acceptable project, and helps the organization \
                      understand project politics.",
        checklist: &[
            q(
                "s4.advise",
                "Does technology leadership consult the OSPO on open source to adopt or drop?",
                "OSPO seat in technology architecture decisions",
                true,
                S4,
            ),
            q(
                "s4.criteria",
                "Does the OSPO set the criteria for judging whether a project is acceptable?",
                "Open source project evaluation criteria adopted",
                false,
                S4,
            ),
            q(
                "s4.politics",
                "Does the OSPO brief leaders on the politics of the projects you depend on?",
                "Regular briefing on strategic project governance",
                false,
                S4,
            ),
        ],
        source: S4,
    },
];

/// A remark on the stage model as a whole, with where it comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Note {
    pub text: &'static str,
    pub source: Source,
}

/// The model's frame: what the stages measure, and how far to climb.
pub const MODEL_NOTES: [Note; 2] = [
    Note {
        text: "The model places an OSPO on two variables: its ability to execute and its level.",
        source: Source::new(seeds::DEEP_DIVE, "OSPO Maturity Model"),
    },
    Note {
        text: "Higher is not always better: decide which level suits the OSPO, or each of its functions; a \
               part that already delivers the value needed can stay where it is.",
        source: Source::new(seeds::CREATING, "An Introduction to Maturity Models"),
    },
];

pub fn stage(n: u8) -> Option<&'static Stage> {
    STAGES.get(usize::from(n))
}

/// Every question of every stage, with its stage.
pub fn questions() -> impl Iterator<Item = (u8, &'static Question)> {
    STAGES
        .iter()
        .flat_map(|s| s.checklist.iter().map(move |q| (s.stage, q)))
}
