//! The Tauri shell: opens the plan database and hands the window thin commands over ospo-core.

pub mod bindings;
pub mod commands;
pub mod state;
mod timing;
pub mod view;
mod window;

use commands::{dialogs, edits, files, guide, history, pdf, plans};
use ospo_core::Store;
use state::AppState;
use tauri::Manager;

pub fn run() {
    timing::start();
    tauri::Builder::default()
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let path = match std::env::var_os("OSPO_DB").filter(|p| !p.is_empty()) {
                Some(p) => std::path::PathBuf::from(p),
                None => app.path().app_data_dir()?.join("ospo.db"),
            };
            let store = Store::open(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            app.manage(AppState::new(store));
            Ok(())
        })
        .on_window_event(window::on_event)
        .invoke_handler(tauri::generate_handler![
            plans::list_plans,
            plans::list_starters,
            plans::create_plan,
            plans::get_plan,
            plans::rename_plan,
            plans::delete_plan,
            plans::duplicate_plan,
            plans::get_setting,
            plans::set_setting,
            edits::apply_edit,
            edits::undo,
            edits::redo,
            history::list_versions,
            history::save_version,
            history::restore_version,
            history::changes_since,
            history::create_scenario,
            history::scenario_family,
            history::compare_plans,
            files::import_plan,
            files::merge_plan,
            files::export_plan,
            files::export_csv,
            files::export_xlsx,
            files::export_ics,
            files::open_path,
            pdf::export_pdf,
            guide::knowledge,
            guide::advise_structure,
            guide::advise_staffing,
            guide::ladder,
            guide::assessment_questions,
            guide::assess,
            guide::save_assessment,
            guide::assessments,
            guide::presumed_answers,
            dialogs::choose_save_path,
            dialogs::choose_open_path,
            dialogs::choose_folder,
        ])
        .run(tauri::generate_context!())
        .unwrap_or_else(|e| {
            eprintln!("ospo-planner: {e}");
            std::process::exit(1);
        });
}
