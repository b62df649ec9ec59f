//! What a reader can check (issue 12): the self-assessment starts from the plan's stage, the other
//! maturity models sit beside the stages, and a fiscal year shows the days it covers under either
//! naming convention.

use crate::{new_plan, open_section, ready};
use ospo_e2e::{serial, App, Env};

#[tokio::test]
async fn guidance_starts_from_the_plan_stage_and_fiscal_years_show_their_dates() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;

    app.el("library-empty").await;
    new_plan(&app, "Group OSPO", "", "corporate_with_divisions").await;

    // The corporate starting point is at stage 2: the assessment starts there, offers no change,
    // and marks what defines a stage.
    open_section(&app, "guidance").await;
    app.el("assessment-presumed").await;
    app.wait_for("the assessed stage", || async {
        app.text("assessment-stage").await == "Stage 2: Community-driven"
    })
    .await;
    assert!(!app.exists("[data-testid='assessment-apply']").await);
    app.el("assessment-defining-s3.hosting").await;
    let required = app.text("staffing-role-technical_evangelist").await;
    assert!(required.contains("Required"), "{required}");

    // Unticking what defines stage 2 drops the result to stage 1, even with the rest answered yes.
    app.click("assessment-q-s2.ambassadors").await;
    app.wait_for("stage 1 after unticking a defining question", || async {
        app.text("assessment-stage").await == "Stage 1: Legal-driven"
    })
    .await;

    open_section(&app, "maturity").await;
    let models = app.text("maturity-models").await;
    assert!(
        models.contains("Prevail") && models.contains("Denial"),
        "{models}"
    );
    let alignment = app.text("maturity-models-alignment").await;
    assert!(alignment.contains("OSPO Planner guidance"), "{alignment}");

    // Fiscal years are named by the year they end in; the other convention moves the dates.
    open_section(&app, "budget").await;
    assert_eq!(
        app.text("budget-years").await,
        "FY2027 runs 1 Oct 2026 – 30 Sep 2027."
    );
    app.select("budget-year-named-by", "start_year").await;
    app.wait_for("the start-year convention", || async {
        app.text("budget-years").await == "FY2027 runs 1 Oct 2027 – 30 Sep 2028."
    })
    .await;
    app.quit().await;
}
