//! Edits to the open plan, with undo and redo, each replying with what changed (`PlanPatch`).
//! These run on the main thread, in the order the UI sends them (an async command could overtake
//! the edit before it).

use super::Reply;
use crate::patch::PlanPatch;
use crate::state::AppState;
use ospo_core::model::Edit;
use tauri::State;

#[tauri::command]
pub fn apply_edit(state: State<AppState>, id: i64, edit: Edit) -> Reply<PlanPatch> {
    Ok(state.lock()?.apply(id, &edit)?)
}

#[tauri::command]
pub fn undo(state: State<AppState>, id: i64) -> Reply<PlanPatch> {
    Ok(state.lock()?.undo(id)?)
}

#[tauri::command]
pub fn redo(state: State<AppState>, id: i64) -> Reply<PlanPatch> {
    Ok(state.lock()?.redo(id)?)
}
