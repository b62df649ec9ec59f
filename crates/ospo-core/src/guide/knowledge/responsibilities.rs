//! The twelve responsibilities an OSPO can take on, described in our words.

use crate::guide::source::{seeds, Source};
use crate::model::Responsibility;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct ResponsibilityInfo {
    pub responsibility: Responsibility,
    pub name: &'static str,
    pub description: &'static str,
    pub source: Source,
}

const fn r(
    responsibility: Responsibility,
    description: &'static str,
    section: &'static str,
) -> ResponsibilityInfo {
    ResponsibilityInfo {
        responsibility,
        name: responsibility.label(),
        description,
        source: Source::new(seeds::DEEP_DIVE, section),
    }
}

pub const RESPONSIBILITIES: [ResponsibilityInfo; 12] = [
    r(
        Responsibility::Strategy,
        "Decide where the organization stands on the ladder from consumer to leader and where it should go, then steer the work to get there.",
        "Develop and Execute an Open Source Strategy",
    ),
    r(
        Responsibility::EliminateFriction,
        "Help people through internal politics and policies, keep up relations with key communities, and keep cutting the manual effort and learning curve of open source work.",
        "Eliminate Friction From Using and Contributing to Open Source",
    ),
    r(
        Responsibility::Infrastructure,
        "Make sure developers have what open source work needs — wikis and websites, mailing lists and chat, code hosting and bug trackers — even where it is looser than corporate IT rules.",
        "Manage Open Source IT Infrastructure",
    ),
    r(
        Responsibility::Advice,
        "Act as the adviser on every open source matter, internal or external: compliance, foundations, standards, acquisitions; and say no to releases that are not ready.",
        "Offer Advice on Open Source; Know When to Say No",
    ),
    r(
        Responsibility::Talent,
        "Run workshops, technical and compliance training, mentoring and internal evangelism; work with universities to find new talent.",
        "Grow Open Source Talent Inside the Organization; Collaborate with Universities on Open Source Projects",
    ),
    r(
        Responsibility::InnerSource,
        "Bring open source ways of working to internal projects, which also gives the OSPO visibility with other teams.",
        "Implement InnerSource Practices",
    ),
    r(
        Responsibility::Metrics,
        "Choose metrics that fit open source work — product metrics do not — and use tools to follow contributions and their patterns.",
        "Track Performance Metrics",
    ),
    r(
        Responsibility::OpenSourceOrganizations,
        "Work with the foundations that host what matters to your products, and with legal-minded organizations where licensing is the concern.",
        "Engage with Open Source Organizations",
    ),
    r(
        Responsibility::UpstreamDevelopment,
        "Find where products depend on open source from a survey and the SBOM, rank those projects and set a contribution strategy that pays back across products.",
        "Prioritize and Drive Upstream Open Source Development",
    ),
    r(
        Responsibility::PoliciesAndProcesses,
        "Set the policies the current and target rung need: usage and compliance first, with checkpoints in development, then what contribution requires.",
        "Establish Open Source Policies and Processes",
    ),
    r(
        Responsibility::Compliance,
        "Meet license obligations and supplier terms, make open source usable in products, and keep license obligations from reaching proprietary code — either by running the full program or by setting policy that divisions carry out.",
        "Oversee Open Source Compliance",
    ),
    r(
        Responsibility::CorporateDevelopment,
        "Bring open source due diligence, technical and compliance, to mergers, acquisitions and outsourced development.",
        "Support Corporate Development Activities",
    ),
];

pub fn responsibility(r: Responsibility) -> &'static ResponsibilityInfo {
    use Responsibility as R;
    let i = match r {
        R::Strategy => 0,
        R::EliminateFriction => 1,
        R::Infrastructure => 2,
        R::Advice => 3,
        R::Talent => 4,
        R::InnerSource => 5,
        R::Metrics => 6,
        R::OpenSourceOrganizations => 7,
        R::UpstreamDevelopment => 8,
        R::PoliciesAndProcesses => 9,
        R::Compliance => 10,
        R::CorporateDevelopment => 11,
    };
    &RESPONSIBILITIES[i]
}
