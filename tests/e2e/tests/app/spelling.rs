//! The window spells its own words as the plan's language and region do, as the documents do
//! (issue 10): a British plan reads "Prioritise", the user's own words stay as typed.

use crate::{new_plan, open_section, ready};
use ospo_e2e::{serial, App, Env};

async fn section_text(app: &App, id: &str) -> String {
    open_section(app, id).await;
    app.text(&format!("section-{id}")).await
}

#[tokio::test]
async fn labels_follow_the_plans_spelling_and_the_users_words_do_not() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    app.el("library-empty").await;
    new_plan(
        &app,
        "Spelling",
        "Pan American Health Organization",
        "cto_office",
    )
    .await;

    let staffing = section_text(&app, "staffing").await;
    assert!(
        staffing.contains("Prioritize upstream development"),
        "{staffing}"
    );

    open_section(&app, "overview").await;
    app.select("plan-locale", "en-GB").await;
    app.wait_for("British labels", || async {
        section_text(&app, "staffing")
            .await
            .contains("Prioritise upstream development")
    })
    .await;
    let overview = section_text(&app, "overview").await;
    assert!(overview.contains("Organisation"), "{overview}");
    let structure = section_text(&app, "structure").await;
    assert!(structure.contains("in the organisation"), "{structure}");

    open_section(&app, "overview").await;
    let name = app
        .js(
            "return document.querySelector('[data-testid=\"org-name\"]')?.value ?? null;",
            vec![],
        )
        .await;
    assert_eq!(name, "Pan American Health Organization");
    app.quit().await;
}
