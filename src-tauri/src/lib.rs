//! The Tauri shell: opens the plan database and hands the window thin commands over ospo-core.

use ospo_core::model::PlanSummary;
use ospo_core::{error::ErrorPayload, Store};
use std::sync::Mutex;
use tauri::Manager;

struct AppState(Mutex<Store>);

#[tauri::command]
fn list_plans(state: tauri::State<AppState>) -> Result<Vec<PlanSummary>, ErrorPayload> {
    let store = state.0.lock().map_err(|_| poisoned())?;
    store.list().map_err(|e| e.payload())
}

fn poisoned() -> ErrorPayload {
    ErrorPayload {
        code: "internal".into(),
        message: "the database lock was poisoned by an earlier failure; restart the app".into(),
    }
}

pub fn run() {
    tauri::Builder::default()
        .plugin(tauri_plugin_dialog::init())
        .setup(|app| {
            let path = match std::env::var_os("OSPO_DB").filter(|p| !p.is_empty()) {
                Some(p) => std::path::PathBuf::from(p),
                None => app.path().app_data_dir()?.join("ospo.db"),
            };
            let store = Store::open(&path)?;
            app.manage(AppState(Mutex::new(store)));
            Ok(())
        })
        .invoke_handler(tauri::generate_handler![list_plans])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("ospo-planner: {e}");
            std::process::exit(1);
        });
}
