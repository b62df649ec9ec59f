//! The brief and the proposal as PDF.

use super::Reply;
use crate::state::AppState;
use ospo_core::defaults;
use ospo_core::report::{self, Document, Paper};
use std::path::Path;
use tauri::State;

/// Renders off the UI thread and writes the file whole (a failure leaves no partial PDF).
#[tauri::command]
pub async fn export_pdf(
    state: State<'_, AppState>,
    id: i64,
    path: String,
    document: Document,
    paper: Option<Paper>,
) -> Reply<String> {
    let plan = state.lock()?.plan(id)?;
    let paper = defaults::paper(paper, &plan);
    report::render_to_path(&plan, document, paper, Path::new(&path))?;
    Ok(path)
}
