//! The shapes the commands send that the core does not define: a plan as the editor shows it, the
//! error every command may return, and the choices of the export commands.

use chrono::Local;
use ospo_core::chart::Charts;
use ospo_core::guide::{review, Review};
use ospo_core::model::{Plan, Totals};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// A plan with what the editor shows beside it: totals, the review as of today, and whether undo
/// and redo have anything to do.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlanView {
    pub plan: Plan,
    pub totals: Totals,
    pub review: Review,
    /// Every chart as the core lays it out, for the window to draw.
    pub charts: Charts,
    pub can_undo: bool,
    pub can_redo: bool,
}

impl PlanView {
    pub fn new(plan: Plan, can_undo: bool, can_redo: bool) -> PlanView {
        PlanView {
            totals: plan.totals(),
            review: review(&plan, Local::now().date_naive()),
            charts: Charts::of(&plan),
            plan,
            can_undo,
            can_redo,
        }
    }
}

/// What a command sends when it fails: a stable `code`, a one-line `message`, and for invalid
/// input every problem with the path of its field (e.g. `positions[0].fte`), so the UI can show
/// each beside its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CommandError {
    pub code: String,
    pub message: String,
    pub problems: Vec<FieldProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct FieldProblem {
    pub path: String,
    pub message: String,
}

impl From<ospo_core::Error> for CommandError {
    fn from(e: ospo_core::Error) -> Self {
        let ospo_core::error::ErrorPayload { code, message } = e.payload();
        let problems = match e {
            ospo_core::Error::Invalid(problems) => problems
                .into_iter()
                .map(|p| FieldProblem {
                    path: p.path,
                    message: p.message,
                })
                .collect(),
            _ => Vec::new(),
        };
        CommandError {
            code,
            message,
            problems,
        }
    }
}

impl From<ospo_core::error::ErrorPayload> for CommandError {
    fn from(p: ospo_core::error::ErrorPayload) -> Self {
        CommandError {
            code: p.code,
            message: p.message,
            problems: Vec::new(),
        }
    }
}

impl CommandError {
    pub fn new(code: &str, message: impl Into<String>) -> Self {
        CommandError {
            code: code.to_owned(),
            message: message.into(),
            problems: Vec::new(),
        }
    }
}

/// Every command's result.
pub type Reply<T> = Result<T, CommandError>;

/// Which PDF to export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PdfDocument {
    Brief,
    Proposal,
}

impl From<PdfDocument> for ospo_core::report::Document {
    fn from(d: PdfDocument) -> Self {
        match d {
            PdfDocument::Brief => Self::Brief,
            PdfDocument::Proposal => Self::Proposal,
        }
    }
}

/// Paper size of an exported PDF; none means the plan locale's usual paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum PaperSize {
    A4,
    Letter,
}

impl From<PaperSize> for ospo_core::report::Paper {
    fn from(p: PaperSize) -> Self {
        match p {
            PaperSize::A4 => Self::A4,
            PaperSize::Letter => Self::Letter,
        }
    }
}

/// A section of a peer's plan that can be merged into the open plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum MergeSection {
    Positions,
    Budget,
    Stakeholders,
    Communications,
    Milestones,
    Kpis,
    Risks,
}

impl From<MergeSection> for ospo_core::files::Section {
    fn from(s: MergeSection) -> Self {
        use ospo_core::files::Section;
        match s {
            MergeSection::Positions => Section::Positions,
            MergeSection::Budget => Section::Budget,
            MergeSection::Stakeholders => Section::Stakeholders,
            MergeSection::Communications => Section::Communications,
            MergeSection::Milestones => Section::Milestones,
            MergeSection::Kpis => Section::Kpis,
            MergeSection::Risks => Section::Risks,
        }
    }
}

/// What `merge_plan` did: the plan after the merge, and per section how many items were added
/// or already there, with notes on anything adjusted.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct MergeOutcome {
    pub view: PlanView,
    pub sections: Vec<SectionCount>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct SectionCount {
    pub section: MergeSection,
    pub added: u32,
    pub already_there: u32,
}

/// The self-assessment questionnaire: stages 1–4 with their yes/no questions.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Questionnaire {
    pub stages: Vec<ospo_core::guide::knowledge::Stage>,
    /// A stage counts as met with at most this many questions not answered "yes".
    pub allowed_nos: u32,
    pub note: String,
}

impl From<&ospo_core::files::SectionMerge> for SectionCount {
    fn from(m: &ospo_core::files::SectionMerge) -> Self {
        use ospo_core::files::Section;
        let section = match m.section {
            Section::Positions => MergeSection::Positions,
            Section::Budget => MergeSection::Budget,
            Section::Stakeholders => MergeSection::Stakeholders,
            Section::Communications => MergeSection::Communications,
            Section::Milestones => MergeSection::Milestones,
            Section::Kpis => MergeSection::Kpis,
            Section::Risks => MergeSection::Risks,
        };
        SectionCount {
            section,
            added: u32::try_from(m.added).unwrap_or(u32::MAX),
            already_there: u32::try_from(m.already_there).unwrap_or(u32::MAX),
        }
    }
}
