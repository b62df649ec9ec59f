//! The Tauri shell: opens the plan database and hands the window thin commands over ospo-core.

pub mod bindings;
pub mod commands;
pub mod patch;
pub mod state;
mod timing;
pub mod view;
mod window;

use commands::{calendar, dialogs, edits, files, guide, history, pdf, plans};
use ospo_core::{store, Store};
use state::AppState;
use tauri::{Context, Manager, Wry};

/// The app's context with this build's identifier: a debug build (and `tauri dev`) names itself
/// `….dev`, so its data folder, database and window state are never the user's.
fn context() -> Context<Wry> {
    let mut context = tauri::generate_context!();
    context.config_mut().identifier = store::identifier().to_owned();
    context
}

pub fn run() {
    timing::start();
    tauri::Builder::default()
        .plugin(tauri_plugin_window_state::Builder::default().build())
        .plugin(tauri_plugin_dialog::init())
        .plugin(tauri_plugin_opener::init())
        .setup(|app| {
            let path = Store::default_path()?;
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
            calendar::communication_calendar,
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
        .run(context())
        .unwrap_or_else(|e| {
            eprintln!("ospo-planner: {e}");
            std::process::exit(1);
        });
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_installer_and_the_core_name_the_release_alike() {
        let conf: serde_json::Value =
            serde_json::from_str(include_str!("../../tauri.conf.json")).unwrap();
        assert_eq!(conf["identifier"], ospo_core::store::RELEASE_IDENTIFIER);
        assert_eq!(
            super::context().config().identifier,
            ospo_core::store::identifier()
        );
    }
}
