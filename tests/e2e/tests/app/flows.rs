//! What a leader does in the window (issue 5): create a plan from a starting point, change a
//! position's FTE and see the budget total change, add a stakeholder group and a communication,
//! export the proposal and find the position titles in it, quit, relaunch and find everything as
//! it was.

use crate::{new_plan, open_section, ready, wait_state};
use ospo_e2e::{pdf_text, serial, App, Env};
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn a_leader_designs_a_plan_exports_it_and_finds_it_after_a_restart() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;

    // An empty library offers a new plan from a starting point.
    app.el("library-empty").await;
    new_plan(&app, "Acme OSPO", "", "within_rnd").await;
    app.wait_for_text("Acme OSPO").await;

    // Staffing: halve the first position's FTE; the grand total in the header drops.
    open_section(&app, "staffing").await;
    let before = app.text("header-grand-total").await;
    let fte_before = app.text("staffing-fte").await;
    app.enter("position-fte-0", "0.5").await;
    app.wait_for("the grand total to change after the FTE edit", || async {
        app.text("header-grand-total").await != before
    })
    .await;
    assert_ne!(app.text("staffing-fte").await, fte_before);
    wait_state(&app, "saved").await;
    let after = app.text("header-grand-total").await;
    open_section(&app, "budget").await;
    let budget_total = app.text("budget-grand-total").await;
    assert_eq!(
        digits(&budget_total),
        digits(&after),
        "the budget table's total ({budget_total}) and the header's ({after}) differ"
    );

    // Stakeholders: a new group, then a communication to it.
    open_section(&app, "stakeholders").await;
    let groups: usize = app.text("stakeholder-count").await.trim().parse().unwrap();
    let comms: usize = app
        .text("communication-count")
        .await
        .trim()
        .parse()
        .unwrap();
    app.type_text("stakeholder-new-name", "Works council").await;
    app.type_text(
        "stakeholder-new-message",
        "Open source keeps our jobs interesting",
    )
    .await;
    app.click("stakeholder-new-submit").await;
    app.wait_for("the new stakeholder group", || async {
        app.text("stakeholder-count").await.trim() == (groups + 1).to_string()
    })
    .await;
    app.css("[data-testid^=\"stakeholder-row-\"][data-name=\"Works council\"]")
        .await;
    app.select_label("comm-new-audience", "Works council").await;
    app.type_text("comm-new-message", "Quarterly OSPO update for the council")
        .await;
    app.type_text("comm-new-channel", "Council meeting").await;
    app.set_value("comm-new-date", "2027-03-01").await;
    app.click("comm-new-submit").await;
    app.wait_for("the new communication", || async {
        app.text("communication-count").await.trim() == (comms + 1).to_string()
    })
    .await;
    app.wait_for_text("Quarterly OSPO update for the council")
        .await;

    // Export the proposal through the (test-answered) save dialog.
    open_section(&app, "export").await;
    let before_export = pdfs_in(&env);
    app.click("export-proposal").await;
    app.wait_for("the proposal PDF in the dialog folder", || async {
        pdfs_in(&env).len() > before_export.len()
    })
    .await;
    let pdf = pdfs_in(&env)
        .into_iter()
        .find(|p| !before_export.contains(p))
        .unwrap();
    wait_for_complete_file(&pdf).await;
    let text = pdf_text(&pdf);
    let id = plan_id(&app, "Acme OSPO").await;
    let view = app.invoke("get_plan", json!({"id": id})).await.unwrap();
    for p in view["plan"]["positions"].as_array().unwrap() {
        let title = p["title"].as_str().unwrap();
        assert!(
            squash(&text).contains(&squash(title)),
            "position {title:?} is not in the proposal"
        );
    }
    assert!(squash(&text).contains(&squash("Works council")));
    app.quit().await;

    // Relaunch: the last plan reopens, with the edits.
    let app = App::launch(&env).await;
    ready(&app).await;
    app.wait_for_text("Acme OSPO").await;
    app.el("header-grand-total").await;
    assert_eq!(
        digits(&app.text("header-grand-total").await),
        digits(&after)
    );
    open_section(&app, "stakeholders").await;
    app.wait_for_text("Works council").await;
    app.wait_for_text("Quarterly OSPO update for the council")
        .await;
    app.click("nav-library").await;
    app.css("[data-testid=\"library-item\"][data-plan-name=\"Acme OSPO\"]")
        .await;
    app.quit().await;
}

/// Digits of a money text, so "€1,234,567" and "€1.2M"-free renderings compare.
fn digits(s: &str) -> String {
    s.chars().filter(char::is_ascii_digit).collect()
}

/// Text without whitespace: pdftotext may break a title over two lines or columns.
fn squash(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

fn pdfs_in(env: &Env) -> Vec<std::path::PathBuf> {
    let mut out: Vec<_> = std::fs::read_dir(env.dialog_dir())
        .map(|d| {
            d.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "pdf"))
                .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The export writes through a temporary file and renames it; wait until the size settles.
async fn wait_for_complete_file(path: &std::path::Path) {
    let mut last = 0;
    for _ in 0..50 {
        let len = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        if len > 0 && len == last {
            return;
        }
        last = len;
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

pub async fn plan_id(app: &App, name: &str) -> i64 {
    let plans = app.invoke("list_plans", json!({})).await.unwrap();
    plans
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .and_then(|p| p["id"].as_i64())
        .unwrap_or_else(|| panic!("no plan {name:?} in {plans}"))
}
