//! The five ways organizations place an OSPO: what the deep dive says of each, and the app's own
//! reading of its strengths and trade-offs, which the deep dive does not give.

use crate::guide::source::{seeds, Source};
use crate::model::StructureKind;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct StructureInfo {
    pub kind: StructureKind,
    pub name: &'static str,
    pub summary: &'static str,
    /// The kind of organization it suits.
    pub fits: &'static str,
    /// Who holds the money.
    pub budget: &'static str,
    /// Strengths and trade-offs: the app's reading, attributed by `pros_cons_source`.
    pub pros: &'static [&'static str],
    pub cons: &'static [&'static str],
    pub pros_cons_source: Source,
    /// Where summary, fit and budget come from.
    pub source: Source,
}

pub const STRUCTURES: [StructureInfo; 5] = [
    StructureInfo {
        kind: StructureKind::WithinRnd,
        name: StructureKind::WithinRnd.label(),
        summary: "The open source leader runs open source engineering plus strategy and support, and reports to the head of R&D.",
        fits: "Organizations that want the OSPO independent of product divisions and free to work with outside parties",
        budget: "A dedicated budget for headcount, travel, event sponsorship, foundation dues, hardware, software and sundries",
        pros: &[
            "Independent of product divisions, financially and in choice of projects",
            "Does not turn into an extra development arm for one division",
            "Well placed for work with universities and other outside partners",
        ],
        cons: &[
            "Further from product teams, so their buy-in has to be earned",
            "Needs its own budget line that R&D must defend each year",
        ],
        pros_cons_source: Source::Guidance,
        source: Source::new(seeds::DEEP_DIVE, "OSPO Structure — Example 1: OSPO Within an R&D Department"),
    },
    StructureInfo {
        kind: StructureKind::CorporateWithDivisions,
        name: StructureKind::CorporateWithDivisions.label(),
        summary: "A corporate OSPO sets policy and strategy and handles foundations; division OSPOs carry out the strategy, training and often upstream engineering.",
        fits: "Large organizations with several product divisions",
        budget: "Not described in the source",
        pros: &[
            "One set of policies and processes across the whole organization",
            "Execution stays close to each division's products",
            "Foundation relations and major initiatives are handled once, centrally",
        ],
        cons: &[
            "With no engineers beyond a senior architect or principal engineer, the corporate office must keep its technical credibility",
            "Coordination cost: divisions can drift from corporate policy",
        ],
        pros_cons_source: Source::Guidance,
        source: Source::new(
            seeds::DEEP_DIVE,
            "OSPO Structure — Example 2: Corporate-Level OSPO With Supporting Division-Level OSPOs",
        ),
    },
    StructureInfo {
        kind: StructureKind::CtoOffice,
        name: StructureKind::CtoOffice.label(),
        summary: "The OSPO sits under the CTO or the engineering organization, sometimes with engineers working upstream.",
        fits: "Medium-sized organizations",
        budget: "A dedicated budget managed by the executive sponsor (CTO or SVP of engineering), who approves all spending and outside commitments",
        pros: &[
            "Close to the technology decisions and the people who make them",
            "A budget of its own, with a sponsor who is directly involved",
        ],
        cons: &[
            "Every expense and outside commitment waits for the sponsor's approval",
            "Upstream engineers, if any, risk being pulled back into product work",
        ],
        pros_cons_source: Source::Guidance,
        source: Source::new(
            seeds::DEEP_DIVE,
            "OSPO Structure — Example 3: OSPO as Part of the CTO Office or Engineering Department",
        ),
    },
    StructureInfo {
        kind: StructureKind::Virtual,
        name: StructureKind::Virtual.label(),
        summary: "A head of open source, usually in engineering, works with people from legal, engineering and marketing who each give a share of their time.",
        fits: "Organizations with a head of open source, usually in engineering, but no dedicated staff",
        budget: "Usually no budget of its own; spending comes from engineering or the CTO office",
        pros: &[
            "Cheap to start: no new headcount",
            "Draws on experts who already sit in legal, engineering and marketing",
        ],
        cons: &[
            "Time shares compete with everyone's main job",
            "No dedicated budget, so every expense is negotiated",
        ],
        pros_cons_source: Source::Guidance,
        source: Source::new(seeds::DEEP_DIVE, "OSPO Structure — Example 4: Virtual OSPO"),
    },
    StructureInfo {
        kind: StructureKind::NoOfficial,
        name: StructureKind::NoOfficial.label(),
        summary: "Different people take on the duties of an OSPO without any formal office.",
        fits: "Small organizations and start-ups",
        budget: "None dedicated; costs sit in the teams of the people doing the work",
        pros: &["Flexible and light for a small organization"],
        cons: &[
            "Hard to scale as the organization grows",
            "Duties depend on individuals and can lapse unnoticed",
        ],
        pros_cons_source: Source::Guidance,
        source: Source::new(seeds::DEEP_DIVE, "OSPO Structure — Example 5: No Official OSPO"),
    },
];

/// No two organizations are alike: the structure follows strategy, reliance on open source and open positions.
pub const CHOOSING: Source = Source::new(seeds::DEEP_DIVE, "OSPO Structure");

pub fn structure(kind: StructureKind) -> &'static StructureInfo {
    match kind {
        StructureKind::WithinRnd => &STRUCTURES[0],
        StructureKind::CorporateWithDivisions => &STRUCTURES[1],
        StructureKind::CtoOffice => &STRUCTURES[2],
        StructureKind::Virtual => &STRUCTURES[3],
        StructureKind::NoOfficial => &STRUCTURES[4],
    }
}
