//! The plan library and settings.

use super::Reply;
use crate::state::AppState;
use crate::view::PlanView;
use ospo_core::defaults;
use ospo_core::guide::{starters, Starter};
use ospo_core::model::PlanSummary;
use tauri::State;

#[tauri::command]
pub fn list_plans(state: State<AppState>) -> Reply<Vec<PlanSummary>> {
    let plans = state.lock()?.store.list()?;
    crate::timing::first_listing(plans.len());
    Ok(plans)
}

#[tauri::command]
pub fn list_starters() -> Vec<Starter> {
    starters().to_vec()
}

/// A new plan from a starting point (or empty) for `organization`; a blank name takes the
/// starter's, made unique.
#[tauri::command]
pub fn create_plan(
    state: State<AppState>,
    name: String,
    starter: Option<String>,
    organization: Option<String>,
) -> Reply<i64> {
    let mut inner = state.lock()?;
    let plan = defaults::new_plan(
        &inner.store,
        &name,
        starter.as_deref(),
        organization.as_deref().unwrap_or_default(),
    )?;
    Ok(inner.store.create(&plan)?)
}

#[tauri::command]
pub fn get_plan(state: State<AppState>, id: i64) -> Reply<PlanView> {
    Ok(state.lock()?.open(id)?)
}

#[tauri::command]
pub fn rename_plan(state: State<AppState>, id: i64, name: String) -> Reply<()> {
    Ok(state.lock()?.store.rename(id, &name)?)
}

#[tauri::command]
pub fn delete_plan(state: State<AppState>, id: i64) -> Reply<()> {
    Ok(state.lock()?.store.delete(id)?)
}

#[tauri::command]
pub fn duplicate_plan(state: State<AppState>, id: i64, name: String) -> Reply<i64> {
    Ok(state.lock()?.store.duplicate(id, &name)?)
}

#[tauri::command]
pub fn get_setting(state: State<AppState>, key: String) -> Reply<Option<String>> {
    Ok(state.lock()?.store.get_setting(&key)?)
}

#[tauri::command]
pub fn set_setting(state: State<AppState>, key: String, value: String) -> Reply<()> {
    Ok(state.lock()?.store.set_setting(&key, &value)?)
}
