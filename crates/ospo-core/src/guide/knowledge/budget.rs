//! What each budget category pays for in an OSPO.

use crate::guide::source::{seeds, Source};
use crate::model::BudgetCategory;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct CategoryInfo {
    pub category: BudgetCategory,
    pub name: &'static str,
    pub covers: &'static str,
    pub source: Source,
}

const RND: Source = Source::new(
    seeds::DEEP_DIVE,
    "OSPO Structure — Example 1: OSPO Within an R&D Department",
);

pub const CATEGORIES: [CategoryInfo; 8] = [
    CategoryInfo {
        category: BudgetCategory::Headcount,
        name: "Headcount",
        covers: "The people of the OSPO; computed from positions, never typed",
        source: RND,
    },
    CategoryInfo {
        category: BudgetCategory::Travel,
        name: "Travel",
        covers: "Travel, such as to open source events",
        source: RND,
    },
    CategoryInfo {
        category: BudgetCategory::EventSponsorship,
        name: "Event sponsorship",
        covers: "Sponsorship of open source events",
        source: RND,
    },
    CategoryInfo {
        category: BudgetCategory::FoundationMemberships,
        name: "Foundation memberships",
        covers: "Membership dues for open source foundations",
        source: RND,
    },
    CategoryInfo {
        category: BudgetCategory::ToolingInfrastructure,
        name: "Tooling and infrastructure",
        covers: "Hardware and software expenses",
        source: RND,
    },
    CategoryInfo {
        category: BudgetCategory::Training,
        name: "Training",
        covers: "Executive, compliance and technical training, mentoring programs",
        source: Source::new(seeds::DEEP_DIVE, "Education"),
    },
    CategoryInfo {
        category: BudgetCategory::LegalCompliance,
        name: "Legal and compliance services",
        covers: "Outside counsel, audits and due diligence you buy rather than staff",
        source: Source::new(
            seeds::DEEP_DIVE,
            "Staffing an OSPO — Legal Counsel; Support Corporate Development Activities",
        ),
    },
    CategoryInfo {
        category: BudgetCategory::Miscellaneous,
        name: "Miscellaneous",
        covers: "Everything else, e.g. promotional items such as shirts and hats",
        source: RND,
    },
];
