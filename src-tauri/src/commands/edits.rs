//! Edits to the open plan, with undo and redo, each replying with what changed (`PlanPatch`).
//! They run off the main thread, so the window goes on drawing while the plan is written; the UI
//! sends them one at a time, each after the reply to the one before (ui/src/lib/state.svelte.ts's
//! queue), so none overtakes another.

use super::Reply;
use crate::patch::PlanPatch;
use crate::state::AppState;
use ospo_core::model::Edit;
use tauri::State;

#[tauri::command]
pub async fn apply_edit(state: State<'_, AppState>, id: i64, edit: Edit) -> Reply<PlanPatch> {
    Ok(state.lock()?.apply(id, &edit)?)
}

#[tauri::command]
pub async fn undo(state: State<'_, AppState>, id: i64) -> Reply<PlanPatch> {
    Ok(state.lock()?.undo(id)?)
}

#[tauri::command]
pub async fn redo(state: State<'_, AppState>, id: i64) -> Reply<PlanPatch> {
    Ok(state.lock()?.redo(id)?)
}
