//! The command contract through the real IPC bridge, as the UI calls it: plans, edits with
//! undo/redo, errors with field paths, dialogs under OSPO_DIALOG_DIR, exports, import, restart.

use crate::ready;
use ospo_e2e::{pdf_text, serial, App, Env};
use serde_json::{json, Value};

fn grand_total(view: &Value) -> i64 {
    view["totals"]["grand_total"].as_i64().expect("grand_total")
}

#[tokio::test]
async fn commands_work_through_the_ipc_bridge_and_survive_a_restart() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;

    // A size the window should remember.
    app.client.set_window_size(1010, 710).await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let size = app.client.get_window_size().await.unwrap();

    let starters = app.invoke("list_starters", json!({})).await.unwrap();
    assert_eq!(starters.as_array().map(Vec::len), Some(5), "{starters}");

    let id = app
        .invoke(
            "create_plan",
            json!({"name": "E2E plan", "starter": "within_rnd"}),
        )
        .await
        .unwrap();
    let view = app.invoke("get_plan", json!({"id": id})).await.unwrap();
    assert_eq!(view["plan"]["name"], "E2E plan");
    assert_eq!(view["can_undo"], false);
    let before = grand_total(&view);

    // Halve the first position's FTE: the total goes down, undo brings it back.
    let mut position = view["plan"]["positions"][0].clone();
    let title = position["title"].as_str().unwrap().to_owned();
    position["fte"] = json!(0.5);
    let edited = app
        .invoke(
            "apply_edit",
            json!({"id": id, "edit": {"op": "put_position", "value": position}}),
        )
        .await
        .unwrap();
    assert!(grand_total(&edited) < before, "total did not drop");
    assert_eq!(edited["can_undo"], true);
    let undone = app.invoke("undo", json!({"id": id})).await.unwrap();
    assert_eq!(grand_total(&undone), before);
    let redone = app.invoke("redo", json!({"id": id})).await.unwrap();
    assert_eq!(grand_total(&redone), grand_total(&edited));

    // Invalid input: refused, with the field's path.
    position["fte"] = json!(7);
    let err = app
        .invoke(
            "apply_edit",
            json!({"id": id, "edit": {"op": "put_position", "value": position}}),
        )
        .await
        .unwrap_err();
    assert_eq!(err["code"], "invalid", "{err}");
    assert!(
        err["problems"][0]["path"]
            .as_str()
            .unwrap()
            .ends_with("fte"),
        "{err}"
    );

    // The window holds no plugin permission: dialogs are opened from Rust only.
    let denied = app
        .invoke("plugin:dialog|open", json!({"options": {}}))
        .await;
    assert!(
        denied.is_err(),
        "the window may open dialogs itself: {denied:?}"
    );

    // Dialogs answer from OSPO_DIALOG_DIR; the proposal carries the position titles.
    let path = app
        .invoke(
            "choose_save_path",
            json!({"title": "Save", "defaultName": "proposal.pdf", "extensions": ["pdf"]}),
        )
        .await
        .unwrap();
    let path = path.as_str().unwrap().to_owned();
    assert_eq!(
        path,
        env.dialog_dir().join("proposal.pdf").display().to_string()
    );
    app.invoke(
        "export_pdf",
        json!({"id": id, "path": path, "document": "proposal", "paper": "a4"}),
    )
    .await
    .unwrap();
    let text = pdf_text(std::path::Path::new(&path));
    assert!(text.contains(&title), "{title} not in the proposal");

    // The PDF imports back as a new plan.
    let imported = app
        .invoke("import_plan", json!({"path": path, "name": "From the PDF"}))
        .await
        .unwrap();
    let copy = app
        .invoke("get_plan", json!({"id": imported}))
        .await
        .unwrap();
    assert_eq!(grand_total(&copy), grand_total(&edited));
    app.invoke(
        "set_setting",
        json!({"key": "last_plan", "value": id.to_string()}),
    )
    .await
    .unwrap();
    app.quit().await;

    // Relaunch on the same database: everything is as it was.
    let app = App::launch(&env).await;
    ready(&app).await;
    let plans = app.invoke("list_plans", json!({})).await.unwrap();
    let names: Vec<&str> = plans
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    assert!(
        names.contains(&"E2E plan") && names.contains(&"From the PDF"),
        "{names:?}"
    );
    let again = app.invoke("get_plan", json!({"id": id})).await.unwrap();
    assert_eq!(grand_total(&again), grand_total(&edited));
    let last = app
        .invoke("get_setting", json!({"key": "last_plan"}))
        .await
        .unwrap();
    assert_eq!(last, json!(id.to_string()));
    assert_eq!(
        app.client.get_window_size().await.unwrap(),
        size,
        "the window did not keep its size"
    );
    app.quit().await;
}
