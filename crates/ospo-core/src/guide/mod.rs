//! Built-in OSPO knowledge in our own words, each item with its source: starting plans, the
//! knowledge base, self-assessment, advice and the plan review.

pub mod advice;
pub mod assessment;
pub mod knowledge;
pub mod review;
pub mod source;
pub mod starters;

pub use advice::{advise_staffing, advise_structure, ladder};
pub use assessment::{assess, Answers, Assessment, Gap};
pub use knowledge::{knowledge, Knowledge};
pub use review::{review, Finding, Review, Rule, Severity, RULES};
pub use source::{seeds, Source};
pub use starters::{starter_plan, starter_plan_for, starters, Starter};
