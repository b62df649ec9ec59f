//! History in the window (issue 13): make a scenario, change an FTE in it, and the compare view
//! shows the difference; a saved version and the undo stack are still there after a restart.

use crate::{open_section, ready, wait_state};
use ospo_e2e::{screenshots_dir, serial, App, Env};
use serde_json::json;

async fn first_fte(app: &App, id: i64) -> f64 {
    let view = app.invoke("get_plan", json!({"id": id})).await.unwrap();
    view["plan"]["positions"][0]["fte"].as_f64().unwrap()
}

#[tokio::test]
async fn a_scenario_is_compared_and_versions_and_undo_survive_a_restart() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    // A laptop's width: the panel and the compare view must fit it.
    app.client.set_window_size(1024, 700).await.unwrap();
    let base = app
        .invoke(
            "create_plan",
            json!({"name": "Full plan", "starter": "within_rnd"}),
        )
        .await
        .unwrap();
    app.invoke(
        "set_setting",
        json!({"key": "last_plan", "value": base.to_string()}),
    )
    .await
    .unwrap();
    app.js("location.reload(); return true;", vec![]).await;
    ready(&app).await;

    // Make a scenario from the plan: the editor switches to it.
    app.click("history-button").await;
    app.el("history-panel").await;
    app.type_text("scenario-new-name", "Lean").await;
    app.click("scenario-create").await;
    app.wait_for("the scenario to open", || async {
        app.invoke("get_setting", json!({"key": "last_plan"}))
            .await
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .is_some_and(|id| id.parse::<i64>().ok() != base.as_i64())
    })
    .await;
    app.wait_for_text("Lean").await;
    let family = app
        .invoke("scenario_family", json!({"id": base}))
        .await
        .unwrap();
    let lean = family[1]["id"].as_i64().unwrap();
    assert_eq!(family[1]["name"], "Lean");

    // Halve the first position's FTE in the scenario.
    open_section(&app, "staffing").await;
    app.enter("position-fte-0", "0.5").await;
    wait_state(&app, "saved").await;
    assert_eq!(first_fte(&app, lean).await, 0.5);

    // The compare view shows the plan and the scenario with the FTE cell highlighted.
    app.click("history-button").await;
    app.click("compare-open").await;
    app.el("compare-view").await;
    assert_eq!(app.text("compare-plan-0").await, "Full plan");
    assert_eq!(app.text("compare-plan-1").await, "Lean");
    let fte = app.el("compare-fte-1").await;
    assert_eq!(
        fte.attr("data-differs").await.unwrap().as_deref(),
        Some("true")
    );
    assert_ne!(
        app.text("compare-fte-0").await,
        app.text("compare-fte-1").await
    );
    assert_eq!(
        app.el("compare-positions-1")
            .await
            .attr("data-differs")
            .await
            .unwrap()
            .as_deref(),
        Some("false")
    );
    app.screenshot(&screenshots_dir().join("compare.png")).await;
    app.click("compare-close").await;

    // Save a version, then change the FTE again.
    app.type_text("version-message", "Before the cut").await;
    app.click("version-save").await;
    app.css("[data-testid^=\"version-row-\"]").await;
    app.screenshot(&screenshots_dir().join("history.png")).await;
    app.click("history-close").await;
    app.enter("position-fte-0", "0.25").await;
    wait_state(&app, "saved").await;
    app.quit().await;

    // After a restart: the scenario reopens, undo takes back the last edit, the version is listed.
    let app = App::launch(&env).await;
    ready(&app).await;
    app.wait_for("undo to be offered after the restart", || async {
        app.el("undo-button")
            .await
            .is_enabled()
            .await
            .unwrap_or(false)
    })
    .await;
    assert_eq!(first_fte(&app, lean).await, 0.25);
    app.click("undo-button").await;
    app.wait_for("the undone FTE", || async {
        first_fte(&app, lean).await == 0.5
    })
    .await;
    app.click("history-button").await;
    app.wait_for_text("Before the cut").await;
    let version = app.css("[data-testid^=\"version-changes-\"]").await;
    version.click().await.unwrap();
    app.el("changes").await;
    app.quit().await;
}
