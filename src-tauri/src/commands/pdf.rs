//! The brief and the proposal as PDF.

use super::Reply;
use crate::state::AppState;
use crate::view::{PaperSize, PdfDocument};
use ospo_core::report::{self, Paper};
use std::path::Path;
use tauri::State;

/// Renders off the UI thread and writes the file whole (a failure leaves no partial PDF).
#[tauri::command]
pub async fn export_pdf(
    state: State<'_, AppState>,
    id: i64,
    path: String,
    document: PdfDocument,
    paper: Option<PaperSize>,
) -> Reply<String> {
    let plan = state.lock()?.plan(id)?;
    let paper = paper.map_or_else(|| Paper::for_locale(&plan.locale), Into::into);
    report::render_to_path(&plan, document.into(), paper, Path::new(&path))?;
    Ok(path)
}
