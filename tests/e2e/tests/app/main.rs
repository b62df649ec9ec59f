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
mod menus;
mod screenshots;
mod spelling;
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

/// Makes a plan through the library's new-plan dialog, as a user does (the organization left
/// empty when `organization` is), and waits for its editor.
pub async fn new_plan(app: &App, name: &str, organization: &str, starter: &str) {
    app.click("new-plan-button").await;
    app.el("new-plan-dialog").await;
    app.type_text("new-plan-name", name).await;
    if !organization.is_empty() {
        app.type_text("new-plan-organization", organization).await;
    }
    app.select("new-plan-starter", starter).await;
    app.click("new-plan-create").await;
    app.el("section-overview").await;
}

/// The save status on top of the editor: "saved", "saving", "error"….
pub async fn state_of(app: &App) -> String {
    app.el("saved-indicator")
        .await
        .attr("data-state")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

pub async fn wait_state(app: &App, want: &str) {
    let what = format!("the save status {want:?}");
    app.wait_for(&what, || async { state_of(app).await == want })
        .await;
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
