//! Plans as files: import, merge, the portable file, CSV, XLSX and the calendar. Async, so a large
//! file never blocks the window; the plan is read under the lock and written without it.

use super::Reply;
use crate::state::AppState;
use crate::view::MergeOutcome;
use ospo_core::files::{self, Section};
use ospo_core::Error;
use std::path::{Path, PathBuf};
use tauri::{AppHandle, State};
use tauri_plugin_opener::OpenerExt;

fn shown(path: &Path) -> String {
    path.display().to_string()
}

#[tauri::command]
pub async fn import_plan(
    state: State<'_, AppState>,
    path: String,
    name: Option<String>,
) -> Reply<i64> {
    let name = name.as_deref().map(str::trim).filter(|n| !n.is_empty());
    Ok(files::import_file(&mut state.lock()?.store, &path, name)?)
}

#[tauri::command]
pub async fn merge_plan(
    state: State<'_, AppState>,
    id: i64,
    path: String,
    sections: Vec<Section>,
) -> Reply<MergeOutcome> {
    let from = files::read_plan_file(&path)?;
    let mut report = None;
    let view = state.lock()?.replace_with(id, |store, id| {
        report = Some(files::merge_into(store, id, &from, &sections)?);
        Ok(())
    })?;
    let report = report.unwrap_or_default();
    Ok(MergeOutcome {
        view,
        sections: report.sections,
        notes: report.notes,
    })
}

#[tauri::command]
pub async fn export_plan(
    state: State<'_, AppState>,
    id: i64,
    path: String,
    anonymize: bool,
) -> Reply<String> {
    let plan = state.lock()?.plan(id)?;
    let plan = if anonymize {
        files::anonymize(&plan)
    } else {
        plan
    };
    files::write_plan_file(&plan, &path)?;
    Ok(path)
}

#[tauri::command]
pub async fn export_csv(state: State<'_, AppState>, id: i64, dir: String) -> Reply<Vec<String>> {
    let plan = state.lock()?.plan(id)?;
    Ok(files::write_csv_dir(&plan, &dir)?
        .iter()
        .map(|p| shown(p))
        .collect())
}

#[tauri::command]
pub async fn export_xlsx(state: State<'_, AppState>, id: i64, path: String) -> Reply<String> {
    let plan = state.lock()?.plan(id)?;
    files::write_xlsx_file(&plan, &path)?;
    Ok(path)
}

#[tauri::command]
pub async fn export_ics(state: State<'_, AppState>, id: i64, path: String) -> Reply<String> {
    let plan = state.lock()?.plan(id)?;
    files::write_ics_file(&plan, &path)?;
    Ok(path)
}

/// Opens a written file with the system's handler; under end-to-end tests (OSPO_DIALOG_DIR set)
/// it only checks that the file exists.
#[tauri::command]
pub async fn open_path(app: AppHandle, path: String) -> Reply<()> {
    if !PathBuf::from(&path).exists() {
        return Err(Error::NotFound(format!("{path}: no such file")).into());
    }
    if crate::commands::dialogs::test_dir().is_some() {
        return Ok(());
    }
    app.opener().open_path(&path, None::<&str>).map_err(|e| {
        Error::io(
            &path,
            std::io::Error::other(format!("could not open it: {e}")),
        )
        .into()
    })
}
