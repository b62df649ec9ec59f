//! The strategy ladder — consumer, participant, contributor, leader — and the actions of each rung.

use crate::guide::source::{seeds, Source};
use crate::model::{Responsibility, StrategyRung};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct Rung {
    pub rung: StrategyRung,
    pub name: &'static str,
    pub summary: &'static str,
    pub actions: &'static [Action],
    pub source: Source,
}

/// One action of a rung, offered to the plan as a milestone and, where it fits, a responsibility.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Action {
    pub id: &'static str,
    pub text: &'static str,
    /// The milestone title to add when the action is taken up.
    pub milestone: &'static str,
    pub responsibility: Option<Responsibility>,
}

const fn a(
    id: &'static str,
    text: &'static str,
    milestone: &'static str,
    responsibility: Option<Responsibility>,
) -> Action {
    Action {
        id,
        text,
        milestone,
        responsibility,
    }
}

use Responsibility as R;

pub const RUNGS: [Rung; 4] = [
    Rung {
        rung: StrategyRung::Consumer,
        name: "Consumer",
        summary: "Use open source widely in products to differentiate them and cut cost and time to market.",
        actions: &[
            a("consumer.review_board", "Set up an open source review board that clears all open source activity, license compliance included", "Open source review board in place", Some(R::Compliance)),
            a("consumer.classification", "Adopt a classification scheme that guides which open source to use", "Open source selection criteria adopted", Some(R::PoliciesAndProcesses)),
            a("consumer.sbom", "Inventory all software through SBOMs to check licenses and known vulnerabilities", "SBOM inventory of all software", Some(R::Compliance)),
            a("consumer.workflow", "Automate the evaluation and approval of open source use", "Automated approval workflow live", Some(R::EliminateFriction)),
            a("consumer.investment", "Plan step-by-step investment in engineering, product and legal staff and infrastructure", "Incremental investment plan agreed", Some(R::Strategy)),
            a("consumer.educate", "Communicate the strategy and train staff on compliance and the open source model", "Strategy communicated and staff trained", Some(R::Talent)),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Develop and Execute an Open Source Strategy — Consumer Scenario"),
    },
    Rung {
        rung: StrategyRung::Participant,
        name: "Participant",
        summary: "Take part in the communities behind what you use: be visible and start attracting talent.",
        actions: &[
            a("participant.monitor", "Follow the chat, mailing lists and forums of the projects you depend on", "Project channels monitored for key dependencies", Some(R::UpstreamDevelopment)),
            a("participant.events", "Attend the conferences and meetups of those communities", "Community event plan for the year", None),
            a("participant.sponsor", "Sponsor project events and foundations for visibility", "First foundation membership or event sponsorship", Some(R::OpenSourceOrganizations)),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Develop and Execute an Open Source Strategy — Participant Scenario"),
    },
    Rung {
        rung: StrategyRung::Contributor,
        name: "Contributor",
        summary: "Contribute code to the projects critical to the business to influence them and earn a reputation.",
        actions: &[
            a("contributor.educate", "Teach teams community development practice", "Community practice training delivered", Some(R::Talent)),
            a("contributor.contribute", "Report bugs and contribute fixes, features, tests and documentation, acting on feedback", "Contribution program for critical projects", Some(R::UpstreamDevelopment)),
            a("contributor.director", "Hire a director to lead the strategy and run the OSPO", "Head of OSPO hired", Some(R::Strategy)),
            a("contributor.committers", "Hire contributors and committers from communities vital to your products", "Committers hired for vital projects", Some(R::Talent)),
            a("contributor.tools", "Deploy collaboration tools that support contribution", "Contribution tooling deployed", Some(R::Infrastructure)),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Develop and Execute an Open Source Strategy — Contributor Scenario"),
    },
    Rung {
        rung: StrategyRung::Leader,
        name: "Leader",
        summary: "Earn a leading position through trust and steady contribution, and set the agenda in chosen communities.",
        actions: &[
            a("leader.steward", "Take part in planning, development, testing and releases to show good stewardship", "Active in release management of a strategic project", Some(R::UpstreamDevelopment)),
            a("leader.release_code", "Contribute internal code to open source under a suitable license where it helps the community", "Internal component released as open source", Some(R::PoliciesAndProcesses)),
            a("leader.maintainers", "Support employees in becoming maintainers", "Maintainer seats held in strategic projects", Some(R::Talent)),
            a("leader.foundations", "Increase participation in foundations; sponsor events and project infrastructure", "Board or steering seat in a foundation", Some(R::OpenSourceOrganizations)),
            a("leader.architecture", "Lead architecture and requirements work in communities and consortia", "Leading a community architecture initiative", None),
            a("leader.architect_role", "Create an open source architect role to guide use and contribution", "Open source architect role created", Some(R::Advice)),
        ],
        source: Source::new(seeds::DEEP_DIVE, "Develop and Execute an Open Source Strategy — Leadership Scenario"),
    },
];

/// Each rung builds on the one below it; how far to climb depends on the organization's goals.
pub const LADDER_NOTE: &str =
    "Each rung needs the one below it to work first. Some organizations stay consumers by choice; \
     others aim for leadership. Know where you stand and where you are heading.";

/// Where the ladder note and the objectives come from (the objectives follow the leadership scenario).
pub const STRATEGY_SOURCE: Source = Source::new(
    seeds::DEEP_DIVE,
    "Develop and Execute an Open Source Strategy",
);

/// Objectives common to organizations that use and build open source.
pub const OBJECTIVES: [&str; 5] = [
    "Lower development costs",
    "Better product quality and flexibility",
    "Faster time to market",
    "More engineering capacity through communities",
    "Wider and deeper developer commitment to your projects",
];

pub fn rung(r: StrategyRung) -> &'static Rung {
    match r {
        StrategyRung::Consumer => &RUNGS[0],
        StrategyRung::Participant => &RUNGS[1],
        StrategyRung::Contributor => &RUNGS[2],
        StrategyRung::Leader => &RUNGS[3],
    }
}
