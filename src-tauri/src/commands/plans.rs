//! The plan library and settings.

use super::Reply;
use crate::state::AppState;
use crate::view::PlanView;
use ospo_core::guide::{starter_plan_for, starters, Starter};
use ospo_core::model::{Plan, PlanSummary};
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
    let organization = organization.unwrap_or_default();
    let mut plan = match starter.as_deref().filter(|s| !s.is_empty()) {
        Some(id) => starter_plan_for(id, &organization)?,
        None => Plan::empty("New plan"),
    };
    plan.organization.name = organization.trim().to_owned();
    plan.name = match name.trim() {
        "" => inner.store.unique_name(&plan.name)?,
        _ => name,
    };
    Ok(inner.store.create(&plan)?)
}

#[tauri::command]
pub fn get_plan(state: State<AppState>, id: i64) -> Reply<PlanView> {
    Ok(state.lock()?.open(id)?)
}

#[tauri::command]
pub fn rename_plan(state: State<AppState>, id: i64, name: String) -> Reply<()> {
    let mut inner = state.lock()?;
    inner.store.rename(id, &name)?;
    inner.forget(id);
    Ok(())
}

#[tauri::command]
pub fn delete_plan(state: State<AppState>, id: i64) -> Reply<()> {
    let mut inner = state.lock()?;
    inner.store.delete(id)?;
    inner.forget(id);
    Ok(())
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
