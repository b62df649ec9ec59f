//! OSPO knowledge and advice on the user's plan: self-assessment, structure, staffing, strategy.

use super::Reply;
use crate::state::AppState;
use crate::view::Questionnaire;
use chrono::NaiveDate;
use ospo_core::guide::advice::LadderOffer;
use ospo_core::guide::advice::{StaffingAdvice, StructureFit, StructureQuestions};
use ospo_core::guide::{self, assessment, knowledge::stages, Answers, Assessment, Knowledge};
use ospo_core::store::StoredAssessment;
use tauri::State;

#[tauri::command]
pub fn knowledge() -> Knowledge {
    guide::knowledge()
}

#[tauri::command]
pub fn advise_structure(questions: StructureQuestions) -> Vec<StructureFit> {
    guide::advise_structure(&questions)
}

#[tauri::command]
pub fn advise_staffing(state: State<AppState>, id: i64) -> Reply<StaffingAdvice> {
    Ok(guide::advise_staffing(&state.lock()?.plan(id)?))
}

#[tauri::command]
pub fn ladder(state: State<AppState>, id: i64) -> Reply<Vec<LadderOffer>> {
    Ok(guide::ladder(&state.lock()?.plan(id)?))
}

#[tauri::command]
pub fn assessment_questions() -> Questionnaire {
    Questionnaire::current()
}

#[tauri::command]
pub fn assess(answers: Answers, target: u8) -> Reply<Assessment> {
    Ok(guide::assess(&answers, target)?)
}

/// Saves answers dated `taken_on` (today when none) and returns them as stored.
#[tauri::command]
pub fn save_assessment(
    state: State<AppState>,
    id: i64,
    answers: Answers,
    taken_on: Option<NaiveDate>,
) -> Reply<StoredAssessment> {
    Ok(state
        .lock()?
        .store
        .record_assessment(id, taken_on, answers)?)
}

/// Answers that put a plan at `stage`, to start from before any assessment is saved.
#[tauri::command]
pub fn presumed_answers(stage: u8) -> Answers {
    assessment::answers_for_stage(stage)
}

#[tauri::command]
pub fn assessments(state: State<AppState>, id: i64) -> Reply<Vec<StoredAssessment>> {
    Ok(state.lock()?.store.assessments(id)?)
}

impl Questionnaire {
    pub fn current() -> Questionnaire {
        Questionnaire {
            stages: stages::STAGES[1..].to_vec(),
            allowed_nos: u32::try_from(assessment::ALLOWED_NOS).unwrap_or(u32::MAX),
            notes: stages::MODEL_NOTES.to_vec(),
        }
    }
}
