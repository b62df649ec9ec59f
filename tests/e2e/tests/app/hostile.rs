//! A template from a stranger whose text fields hold markup and script: imported through the open
//! dialog, shown in every section as text, and no script runs.

use crate::{ready, SECTIONS};
use ospo_core::files::write_plan_file;
use ospo_core::guide::starter_plan;
use ospo_e2e::{serial, App, Env};
use serde_json::Value;

const IMG: &str = "<img src=x onerror=\"window.__pwned='img';document.title='pwned'\">";
const SCRIPT: &str = "<script>window.__pwned='script';document.title='pwned'</script>";
const SVG: &str = "<svg onload=\"window.__pwned='svg'\"></svg>";

fn hostile_template(path: &std::path::Path) {
    let mut plan = starter_plan("virtual").expect("starter");
    plan.name = format!("Peer plan {IMG}");
    plan.organization.name = format!("Org {SCRIPT}");
    for p in &mut plan.positions {
        p.title = format!("{} {IMG}", p.title);
        if p.person.is_some() {
            p.person = Some(format!("Ann {SVG}"));
        }
    }
    for s in &mut plan.stakeholders {
        s.name = format!("{} {SCRIPT}", s.name);
    }
    for c in &mut plan.communications {
        c.message = format!("{} {IMG}", c.message);
    }
    for m in &mut plan.milestones {
        m.title = format!("{} {SCRIPT}", m.title);
    }
    for r in &mut plan.risks {
        r.description = format!("{} {IMG}", r.description);
    }
    for u in &mut plan.structure.units {
        u.name = format!("{} {SVG}", u.name);
    }
    plan.assumptions.push(format!("Assume {IMG} {SCRIPT}"));
    write_plan_file(&plan, path).expect("hostile template written");
}

#[tokio::test]
async fn an_imported_template_with_markup_runs_no_script_and_shows_the_markup_as_text() {
    let _serial = serial().await;
    let mut env = Env::new();
    hostile_template(&env.dialog_dir().join("hostile.ospo.json"));
    env.open_file = Some("hostile.ospo.json".into());
    let app = App::launch(&env).await;
    ready(&app).await;
    let title = app.client.title().await.unwrap();

    app.click("import-button").await;
    app.el("section-overview").await;
    app.wait_for_text("Peer plan <img src=x onerror=").await;

    for section in SECTIONS {
        crate::open_section(&app, section).await;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let pwned = app
            .js(
                "return window.__pwned === undefined ? null : String(window.__pwned);",
                vec![],
            )
            .await;
        assert_eq!(
            pwned,
            Value::Null,
            "a script from the template ran in {section}"
        );
        let injected = app
            .js(
                "return document.querySelectorAll('img[src=\"x\"], script:not([src]), svg[onload]').length;",
                vec![],
            )
            .await;
        assert_eq!(
            injected, 0,
            "markup from the template became elements in {section}"
        );
        assert_eq!(app.client.title().await.unwrap(), title);
    }
    // Shown literally where the plan's texts appear.
    crate::open_section(&app, "staffing").await;
    app.wait_for_text("onerror=\"window.__pwned='img'").await;
    crate::open_section(&app, "risks").await;
    app.wait_for_text("onerror=\"window.__pwned='img'").await;
    app.click("nav-library").await;
    app.wait_for_text("Peer plan <img").await;
    assert_eq!(
        app.js("return window.__pwned === undefined;", vec![]).await,
        Value::Bool(true)
    );
    app.quit().await;
}
