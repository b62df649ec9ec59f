//! Pictures of the main screens for people to look at (target/screenshots/), and for the README
//! (docs/screenshots/) when run with `scripts/e2e.sh --screenshots`.

use crate::{open_section, ready};
use ospo_e2e::{screenshots_dir, serial, App, Env};
use serde_json::json;
use std::time::Duration;

#[tokio::test]
async fn screenshots_of_the_main_screens() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let dir = screenshots_dir();

    for (name, starter) in [
        ("Acme OSPO", "corporate_with_divisions"),
        ("Lab scenario", "within_rnd"),
        ("Volunteer network", "virtual"),
    ] {
        app.invoke("create_plan", json!({"name": name, "starter": starter}))
            .await
            .unwrap();
    }
    app.client.refresh().await.unwrap();
    ready(&app).await;
    app.css("[data-testid=\"library-item\"][data-plan-name=\"Acme OSPO\"]")
        .await;
    settle().await;
    app.screenshot(&dir.join("library.png")).await;

    app.css("[data-testid=\"library-item\"][data-plan-name=\"Acme OSPO\"] [data-testid=\"library-open\"]")
        .await
        .click()
        .await
        .unwrap();
    app.el("section-overview").await;
    for section in [
        "overview",
        "maturity",
        "structure",
        "staffing",
        "budget",
        "stakeholders",
        "milestones",
        "review",
        "guidance",
        "export",
    ] {
        open_section(&app, section).await;
        settle().await;
        app.screenshot(&dir.join(format!("{section}.png"))).await;
    }
    app.quit().await;
}

async fn settle() {
    tokio::time::sleep(Duration::from_millis(600)).await;
}
