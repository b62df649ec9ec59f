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
}

const MODEL: &str = "OSPO Maturity Model";

pub const STAGES: [Stage; 5] = [
    Stage {
        stage: 0,
        name: "Ad hoc",
        summary: "Open source is used everywhere, but nobody coordinates it",
        description: "Developers pick up open source to solve problems as they come. Licenses get little \
                      thought beyond defaults, and nobody weighs what shipping products built on it means \
                      in the long run. There is no strategy or policy yet, only scattered experts.",
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
            Question {
                id: "s1.policy",
                text: "Is there a written policy for using open source?",
                milestone: "Open source usage policy approved",
            },
            Question {
                id: "s1.licensing",
                text: "Are the licenses of open source components reviewed before a product ships?",
                milestone: "License review built into the release process",
            },
            Question {
                id: "s1.inventory",
                text: "Do you keep an inventory (software bill of materials) of the open source in your products?",
                milestone: "Software bill of materials for every product",
            },
            Question {
                id: "s1.education",
                text: "Are developers trained on open source licenses and your policy?",
                milestone: "Compliance training rolled out to developers",
            },
        ],
        source: Source::new(seeds::DEEP_DIVE, "Stage 1: Legal-Driven Adoption"),
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
            Question {
                id: "s2.ambassadors",
                text: "Do ambassadors or champions promote approved open source inside teams?",
                milestone: "Open source ambassador network launched",
            },
            Question {
                id: "s2.training",
                text: "Do you fund technical training or certification in open source skills?",
                milestone: "Open source skills training funded",
            },
            Question {
                id: "s2.contributions",
                text: "Can developers contribute to outside projects through a simple, fast approval path?",
                milestone: "Streamlined contribution approval in place",
            },
            Question {
                id: "s2.maintainers",
                text: "Are some developers active contributors or maintainers of projects critical to you?",
                milestone: "Contributors funded on business-critical projects",
            },
        ],
        source: Source::new(seeds::DEEP_DIVE, "Stage 2: Community-Driven Adoption"),
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
            Question {
                id: "s3.hosting",
                text: "Does the organization launch and host open source projects of its own?",
                milestone: "First organization-led open source project launched",
            },
            Question {
                id: "s3.dedicated",
                text: "Are full-time staff assigned to the community of a project you lead?",
                milestone: "Full-time maintainers assigned to a hosted project",
            },
            Question {
                id: "s3.playbooks",
                text: "Are there playbooks, checklists and tooling to vet and launch projects?",
                milestone: "Project launch playbook and checklist published",
            },
        ],
        source: Source::new(seeds::DEEP_DIVE, "Stage 3: Engagement-Driven Adoption"),
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
            Question {
                id: "s4.advise",
                text: "Does technology leadership consult the OSPO on open source to adopt or drop?",
                milestone: "OSPO seat in technology architecture decisions",
            },
            Question {
                id: "s4.criteria",
                text: "Does the OSPO set the criteria for judging whether a project is acceptable?",
                milestone: "Open source project evaluation criteria adopted",
            },
            Question {
                id: "s4.politics",
                text: "Does the OSPO brief leaders on the politics of the projects you depend on?",
                milestone: "Regular briefing on strategic project governance",
            },
        ],
        source: Source::new(seeds::DEEP_DIVE, "Stage 4: Leadership-Driven Adoption"),
    },
];

/// The model's frame: what the stages measure.
pub const MODEL_NOTE: &str = "Stages are read on two axes — the ability to execute and the level of open \
    source involvement. Not every function has to reach the top stage; aim for the stage that delivers \
    the value the organization needs.";

pub const MODEL_SOURCE: Source = Source::new(seeds::DEEP_DIVE, MODEL);

pub fn stage(n: u8) -> Option<&'static Stage> {
    STAGES.get(usize::from(n))
}

/// Every question of every stage, with its stage.
pub fn questions() -> impl Iterator<Item = (u8, &'static Question)> {
    STAGES
        .iter()
        .flat_map(|s| s.checklist.iter().map(move |q| (s.stage, q)))
}
