//! End-to-end tests of OSPO Planner in real WebKit: one binary, a module per topic.
//! Run with scripts/e2e.sh (builds the app, installs tauri-driver, runs under xvfb-run).

mod commands;
mod editor;
mod facts;
mod flows;
mod history;
mod hostile;
mod latency;
mod layout;
mod screenshots;
mod starters;

use ospo_e2e::App;
use serde_json::Value;

/// Waits for the page and Tauri's IPC bridge to be ready.
pub async fn ready(app: &App) {
    app.wait_for("the page and the IPC bridge", || async {
        app.js(
            "return document.readyState === 'complete' && !!window.__TAURI_INTERNALS__;",
            vec![],
        )
        .await
            == Value::Bool(true)
    })
    .await;
}

/// Opens a section of the editor from the side navigation.
pub async fn open_section(app: &App, id: &str) {
    app.click(&format!("nav-{id}")).await;
    app.el(&format!("section-{id}")).await;
}

/// Every section of the editor, in the order of the side navigation.
pub const SECTIONS: [&str; 11] = [
    "overview",
    "maturity",
    "structure",
    "staffing",
    "budget",
    "stakeholders",
    "milestones",
    "risks",
    "review",
    "guidance",
    "export",
];
