//! The Tauri commands: each one to three lines over ospo-core. Names are snake_case; the UI passes
//! arguments in camelCase (Tauri converts them). Every command returns `Result<T, CommandError>`,
//! `CommandError = {code: ErrorCode, message, problems: {path, message}[]}` (the core's
//! `ErrorPayload`). Types: ui/src/bindings.
//!
//! Commands (the final list; the UI's one wrapper is ui/src/lib/api.ts):
//!
//! plans.rs
//!   list_plans() -> PlanSummary[]                      most recently changed first
//!   list_starters() -> Starter[]
//!   create_plan(name: string, starter: string | null) -> number
//!   get_plan(id) -> PlanView                           with can_undo/can_redo from the stored history
//!   rename_plan(id, name), delete_plan(id), duplicate_plan(id, name) -> number
//!   get_setting(key) -> string | null, set_setting(key, value)
//! edits.rs
//!   apply_edit(id, edit: Edit) -> PlanPatch            one transaction with its history record;
//!                                                      the reply is what changed from the plan last sent
//!   undo(id) -> PlanPatch, redo(id) -> PlanPatch       nothing to undo: no change
//! history.rs (undo and redo themselves are edits.rs's; all history lives in the database)
//!   list_versions(id) -> Version[]                     newest first
//!   save_version(id, message) -> number                restore_version(id, version) -> PlanView (undoable)
//!   changes_since(id, version) -> PlanDiff             from the version to the plan now
//!   create_scenario(id, name) -> number                scenario_family(id) -> PlanSummary[] (base first)
//!   compare_plans(ids: number[]) -> Comparison         the first against the others
//! files.rs (async: they run off the UI thread)
//!   import_plan(path, name: string | null) -> number   .ospo.json or a PDF made by the app
//!   merge_plan(id, path, sections: MergeSection[]) -> MergeOutcome   undoable
//!   export_plan(id, path, anonymize: boolean) -> string
//!   export_csv(id, dir) -> string[], export_xlsx(id, path) -> string, export_ics(id, path) -> string
//!   open_path(path)                                    system handler; does nothing under tests
//! pdf.rs (async)
//!   export_pdf(id, path, document: PdfDocument, paper: PaperSize | null) -> string
//! calendar.rs
//!   communication_calendar(communications, year, month) -> CalendarMonth[]   twelve months from there
//! guide.rs
//!   knowledge() -> Knowledge
//!   advise_structure(questions: StructureQuestions) -> StructureFit[]
//!   advise_staffing(id) -> StaffingAdvice, ladder(id) -> LadderOffer[]
//!   assessment_questions() -> Questionnaire
//!   assess(answers, target: number) -> Assessment     current stage and gaps, nothing saved
//!   save_assessment(id, answers: {[question]: boolean}, takenOn: string | null) -> StoredAssessment
//!   assessments(id) -> StoredAssessment[]              most recent first, each with its stage
//!   presumed_answers(stage: number) -> Answers          "yes" up to the stage: where to start
//! dialogs.rs (async; native dialogs opened from Rust)
//!   choose_save_path(title, defaultName, extensions: string[]) -> string | null
//!   choose_open_path(title, extensions: string[]) -> string | null
//!   choose_folder(title) -> string | null
//!   With OSPO_DIALOG_DIR set (end-to-end tests) no dialog is shown: save gives
//!   OSPO_DIALOG_DIR/<defaultName>, folder gives OSPO_DIALOG_DIR, open gives the file named by
//!   OSPO_DIALOG_OPEN (relative to OSPO_DIALOG_DIR unless absolute), or null when it is unset.

pub mod calendar;
pub mod dialogs;
pub mod edits;
pub mod files;
pub mod guide;
pub mod history;
pub mod pdf;
pub mod plans;

pub use crate::view::{CommandError, Reply};
