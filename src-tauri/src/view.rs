//! The shapes the commands send that the core does not define: a plan as the editor shows it, the
//! outcome of a merge and the self-assessment questionnaire. Errors are the core's `ErrorPayload`.

use ospo_core::chart::Charts;
use ospo_core::defaults::today;
use ospo_core::files::SectionMerge;
use ospo_core::guide::{review, Review};
use ospo_core::model::{Plan, Totals};
use ospo_core::wording::Spelling;
use serde::Serialize;
use ts_rs::TS;

pub use ospo_core::error::ErrorPayload as CommandError;

/// A plan with what the editor shows beside it: totals, the review as of today, and whether undo
/// and redo have anything to do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlanView {
    pub plan: Plan,
    pub totals: Totals,
    pub review: Review,
    /// Every chart as the core lays it out, for the window to draw.
    pub charts: Charts,
    /// How the plan's locale spells the app's own words, for the labels the window shows.
    pub spelling: Spelling,
    pub can_undo: bool,
    pub can_redo: bool,
}

impl PlanView {
    pub fn new(plan: Plan, can_undo: bool, can_redo: bool) -> PlanView {
        PlanView {
            totals: plan.totals(),
            review: review(&plan, today()),
            charts: Charts::of(&plan),
            spelling: Spelling::of(&plan.locale),
            plan,
            can_undo,
            can_redo,
        }
    }
}

/// Every command's result.
pub type Reply<T> = Result<T, CommandError>;

/// What `merge_plan` did: the plan after the merge, and per section how many items were added
/// or already there, with notes on anything adjusted.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MergeOutcome {
    pub view: PlanView,
    pub sections: Vec<SectionMerge>,
    pub notes: Vec<String>,
}

/// The self-assessment questionnaire: stages 1–4 with their yes/no questions.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Questionnaire {
    pub stages: Vec<ospo_core::guide::knowledge::Stage>,
    /// A stage counts as met when its defining questions and all but this many others are answered "yes".
    pub allowed_nos: u32,
    pub notes: Vec<ospo_core::guide::knowledge::Note>,
}
