//! Named versions, "changes since", scenarios and the compare view: each a call into the core.

use super::Reply;
use crate::state::AppState;
use crate::view::PlanView;
use ospo_core::compare::{compare, diff, Comparison, PlanDiff};
use ospo_core::model::PlanSummary;
use ospo_core::store::Version;
use tauri::State;

#[tauri::command]
pub fn list_versions(state: State<AppState>, id: i64) -> Reply<Vec<Version>> {
    Ok(state.lock()?.store.versions(id)?)
}

#[tauri::command]
pub fn save_version(state: State<AppState>, id: i64, message: String) -> Reply<i64> {
    Ok(state.lock()?.store.snapshot(id, &message)?)
}

#[tauri::command]
pub fn restore_version(state: State<AppState>, id: i64, version: i64) -> Reply<PlanView> {
    let mut inner = state.lock()?;
    inner.store.restore(id, version)?;
    Ok(inner.view(id)?)
}

/// What changed from version `version` to the plan as it is now.
#[tauri::command]
pub fn changes_since(state: State<AppState>, id: i64, version: i64) -> Reply<PlanDiff> {
    let inner = state.lock()?;
    Ok(diff(
        &inner.store.version_plan(id, version)?,
        &inner.store.get(id)?,
    ))
}

#[tauri::command]
pub fn create_scenario(state: State<AppState>, id: i64, name: String) -> Reply<i64> {
    Ok(state.lock()?.store.create_scenario(id, name.trim())?)
}

/// The plan's base plan first, then the base's scenarios.
#[tauri::command]
pub fn scenario_family(state: State<AppState>, id: i64) -> Reply<Vec<PlanSummary>> {
    Ok(state.lock()?.store.scenario_family(id)?)
}

/// The plans side by side, the first as the one the others are measured against.
#[tauri::command]
pub fn compare_plans(state: State<AppState>, ids: Vec<i64>) -> Reply<Comparison> {
    let inner = state.lock()?;
    let plans = ids
        .iter()
        .map(|&id| inner.store.get(id))
        .collect::<ospo_core::Result<Vec<_>>>()?;
    Ok(compare(&plans, chrono::Local::now().date_naive()))
}
