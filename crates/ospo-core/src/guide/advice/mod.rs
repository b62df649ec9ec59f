//! Recommendations drawn from the knowledge base: which structure fits, who to staff, which strategy actions to plan.

pub mod ladder;
pub mod staffing;
pub mod structure;

pub use ladder::{ladder, LadderOffer};
pub use staffing::{advise_staffing, CompliancePart, RoleAdvice, StaffingAdvice};
pub use structure::{advise_structure, BudgetOwner, StructureFit, StructureQuestions};
