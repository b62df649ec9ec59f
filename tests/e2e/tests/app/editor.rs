//! The editor at typing speed (issue 11): a number is taken only when all of its text is one,
//! fast typing followed by a click into the next field loses nothing, the save status names what
//! is not saved and where, dates clear by keyboard and speak the plan's locale, and a whole plan
//! is made and exported without the mouse.
// Money literals read as units_minor: 140_000_00 is 140,000.00.
#![allow(clippy::inconsistent_digit_grouping)]

use crate::{ready, wait_state};
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use ospo_e2e::{serial, App, Env};
use serde_json::{json, Value};

pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
const BACKSPACE: &str = "\u{E003}";
const SELECT_ALL: &str = "\u{E009}a\u{E000}";

/// Creates a plan from a starting point and opens it in the editor (as the last plan opened).
pub async fn open_plan(app: &App, name: &str, starter: &str) -> i64 {
    let id = app
        .invoke("create_plan", json!({"name": name, "starter": starter}))
        .await
        .unwrap()
        .as_i64()
        .expect("plan id");
    app.invoke(
        "set_setting",
        json!({"key": "last_plan", "value": id.to_string()}),
    )
    .await
    .unwrap();
    app.client.refresh().await.unwrap();
    ready(app).await;
    app.el("section-overview").await;
    id
}

pub async fn plan(app: &App, id: i64) -> Value {
    app.invoke("get_plan", json!({"id": id})).await.unwrap()["plan"].clone()
}

/// Types on the keyboard into whatever has the focus, as a person would (WebDriver key actions:
/// the caret and selection stay where they are). Shift, Control and Alt (U+E008–U+E00A) are held
/// until U+E000 releases them.
pub async fn keys(app: &App, text: &str) {
    let mut actions = KeyActions::new("keyboard".into());
    let mut held = Vec::new();
    for c in text.chars() {
        if c == '\u{E000}' {
            for m in held.drain(..).rev() {
                actions = actions.then(KeyAction::Up { value: m });
            }
        } else if ('\u{E008}'..='\u{E00A}').contains(&c) {
            held.push(c);
            actions = actions.then(KeyAction::Down { value: c });
        } else {
            actions = actions
                .then(KeyAction::Down { value: c })
                .then(KeyAction::Up { value: c });
        }
    }
    for m in held.into_iter().rev() {
        actions = actions.then(KeyAction::Up { value: m });
    }
    app.client
        .perform_actions(actions)
        .await
        .unwrap_or_else(|e| panic!("typing {text:?}: {e}"));
}

async fn value_of(app: &App, id: &str) -> String {
    app.el(id)
        .await
        .prop("value")
        .await
        .ok()
        .flatten()
        .unwrap_or_default()
}

#[tokio::test]
async fn a_number_with_letters_is_refused_beside_its_field_and_amounts_people_write_are_taken() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let id = open_plan(&app, "Numbers", "within_rnd").await;
    crate::open_section(&app, "staffing").await;
    let before = plan(&app, id).await["positions"][0]["annual_base_cost"].clone();

    app.type_text("position-cost-0", "12abc").await;
    keys(&app, TAB).await;
    let error = app.text("position-cost-0-error").await;
    assert!(
        error.contains("abc"),
        "the reason names what is wrong: {error}"
    );
    wait_state(&app, "error").await;
    assert_eq!(
        plan(&app, id).await["positions"][0]["annual_base_cost"],
        before,
        "12abc changed the stored cost"
    );
    assert_eq!(value_of(&app, "position-cost-0").await, "12abc");
    let status = app.text("saved-indicator").await;
    assert!(
        status.contains("Annual base cost") && status.contains("Staffing"),
        "the status names the field and its section: {status}"
    );

    for (typed, minor) in [
        ("140k", 140_000_00_i64),
        ("$7,500", 7_500_00),
        ("1.5M", 1_500_000_00),
    ] {
        app.type_text("position-cost-0", typed).await;
        keys(&app, TAB).await;
        app.wait_for(&format!("{typed} saved"), || async {
            plan(&app, id).await["positions"][0]["annual_base_cost"] == json!(minor)
        })
        .await;
        wait_state(&app, "saved").await;
        assert!(!app.exists("[data-testid=\"position-cost-0-error\"]").await);
    }
    app.quit().await;
}

#[tokio::test]
async fn fast_typing_then_a_click_into_the_next_field_loses_nothing() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let id = open_plan(&app, "Fast", "corporate_with_divisions").await;
    crate::open_section(&app, "staffing").await;

    // Each burst goes to the browser at once (far faster than 30 characters a second), and the
    // click into the next field follows without waiting for anything.
    let title = "Senior Open Source Program Engineer for Developer Relations";
    let person = "Alexandra Featherstonehaugh-Montgomery";
    let first = app.el("position-title-0").await;
    first.click().await.unwrap();
    keys(&app, SELECT_ALL).await;
    for chunk in title.as_bytes().chunks(6) {
        keys(&app, std::str::from_utf8(chunk).unwrap()).await;
    }
    app.el("position-person-0").await.click().await.unwrap();
    keys(&app, SELECT_ALL).await;
    for chunk in person.as_bytes().chunks(6) {
        keys(&app, std::str::from_utf8(chunk).unwrap()).await;
    }
    app.el("position-fte-0").await.click().await.unwrap();
    app.wait_for("both fields saved", || async {
        let p = plan(&app, id).await;
        p["positions"][0]["title"] == title && p["positions"][0]["person"] == person
    })
    .await;
    assert_eq!(value_of(&app, "position-title-0").await, title);
    assert_eq!(value_of(&app, "position-person-0").await, person);
    // The card's header follows the title.
    let row = app.el("position-row-0").await;
    assert!(row.text().await.unwrap().contains(title));

    // Typing on while the previous value is being saved: the last text wins.
    let name = app.el("position-title-1").await;
    name.click().await.unwrap();
    keys(&app, SELECT_ALL).await;
    keys(&app, "Steward").await;
    keys(&app, ENTER).await;
    keys(&app, " of releases").await;
    app.el("position-person-1").await.click().await.unwrap();
    app.wait_for("the text typed during the save", || async {
        plan(&app, id).await["positions"][1]["title"] == "Steward of releases"
    })
    .await;
    wait_state(&app, "saved").await;
    app.quit().await;
}

#[tokio::test]
async fn a_refused_value_stays_with_its_reason_and_the_status_leads_back_to_it() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let id = open_plan(&app, "Stale", "within_rnd").await;
    crate::open_section(&app, "staffing").await;
    let title = plan(&app, id).await["positions"][0]["title"].clone();

    // An emptied title, then a click elsewhere: refused, and the status says where.
    app.el("position-title-0").await.click().await.unwrap();
    keys(&app, SELECT_ALL).await;
    keys(&app, BACKSPACE).await;
    app.click("nav-budget").await;
    app.el("section-budget").await;
    wait_state(&app, "error").await;
    let status = app.text("saved-indicator").await;
    assert!(
        status.contains("Title") && status.contains("Staffing"),
        "the status names the field and its section: {status}"
    );
    assert_eq!(plan(&app, id).await["positions"][0]["title"], title);

    // The link leads back; the field still holds what was typed (nothing) with its reason.
    app.click("saved-indicator-link").await;
    app.el("section-staffing").await;
    app.el("position-title-0-error").await;
    assert_eq!(value_of(&app, "position-title-0").await, "");
    let focused = app
        .js(
            "return document.activeElement?.dataset?.testid ?? null;",
            vec![],
        )
        .await;
    assert_eq!(focused, json!("position-title-0"));

    // Fixed: saved, and no field stays marked.
    keys(&app, "Head of OSPO").await;
    keys(&app, TAB).await;
    wait_state(&app, "saved").await;
    assert!(!app.exists("[aria-invalid=\"true\"]").await);
    assert_eq!(
        plan(&app, id).await["positions"][0]["title"],
        "Head of OSPO"
    );
    app.quit().await;
}

#[tokio::test]
async fn dates_clear_by_keyboard_speak_the_plans_locale_and_the_calendar_opens_on_its_years() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let id = open_plan(&app, "Dates", "within_rnd").await;
    let first_year = plan(&app, id).await["budget"]["first_fiscal_year"]
        .as_i64()
        .unwrap();
    crate::open_section(&app, "staffing").await;

    // Empty dates are empty: no greyed-out today.
    let end = value_of(&app, "position-end-0").await;
    assert_eq!(end, "", "an empty end date shows a date");
    let holder = app
        .el("position-end-0")
        .await
        .attr("placeholder")
        .await
        .unwrap()
        .unwrap_or_default();
    assert_eq!(holder, "No end date");

    // The calendar of an empty date opens on the plan's first year.
    app.click("position-end-0-calendar").await;
    let title = app.text("position-end-0-picker-title").await;
    assert!(
        title.contains(&first_year.to_string()),
        "the calendar opens on {title}"
    );
    keys(&app, "\u{E00C}").await; // Escape
    assert!(!app.exists("[data-testid=\"position-end-0-picker\"]").await);

    // A start after the end is refused with both dates written as the fields write them.
    app.type_text("position-start-0", &format!("07/01/{first_year}"))
        .await;
    keys(&app, TAB).await;
    app.wait_for("the start date saved", || async {
        plan(&app, id).await["positions"][0]["start_date"] == json!(format!("{first_year}-07-01"))
    })
    .await;
    app.type_text("position-end-0", &format!("01/01/{first_year}"))
        .await;
    keys(&app, TAB).await;
    let error = app.text("position-end-0-error").await;
    assert!(
        error.contains(&format!("07/01/{first_year}"))
            && !error.contains(&format!("{first_year}-07-01")),
        "the error writes dates as the field does: {error}"
    );

    // Cleared by keyboard alone: no end date, saved.
    app.el("position-end-0").await.click().await.unwrap();
    keys(&app, SELECT_ALL).await;
    keys(&app, BACKSPACE).await;
    keys(&app, TAB).await;
    wait_state(&app, "saved").await;
    assert_eq!(
        plan(&app, id).await["positions"][0]["end_date"],
        Value::Null
    );
    assert!(!app.exists("[data-testid=\"position-end-0-error\"]").await);

    // A date picked with the mouse, then cleared with the "No end date" button.
    app.click("position-end-0-calendar").await;
    app.click("position-end-0-picker-next").await;
    app.click("position-end-0-picker-day-15").await;
    app.wait_for("the picked end date", || async {
        plan(&app, id).await["positions"][0]["end_date"] == json!(format!("{first_year}-08-15"))
    })
    .await;
    assert_eq!(
        value_of(&app, "position-end-0").await,
        format!("08/15/{first_year}")
    );
    app.click("position-end-0-clear").await;
    app.wait_for("no end date", || async {
        plan(&app, id).await["positions"][0]["end_date"] == Value::Null
    })
    .await;

    // In a German plan, dates read day first.
    crate::open_section(&app, "overview").await;
    app.select("plan-locale", "de-DE").await;
    app.wait_for("the locale saved", || async {
        plan(&app, id).await["locale"] == "de-DE"
    })
    .await;
    crate::open_section(&app, "staffing").await;
    assert_eq!(
        value_of(&app, "position-start-0").await,
        format!("01.07.{first_year}")
    );
    app.quit().await;
}

/// Presses Tab (or Shift+Tab, toward an earlier element) until `testid` has the focus.
pub async fn tab_to(app: &App, testid: &str) {
    for _ in 0..200 {
        let at = app
            .js(
                "const [id] = arguments; const a = document.activeElement; \
                 if (a?.dataset?.testid === id) return 0; \
                 const t = document.querySelector(`[data-testid=\"${id}\"]`); \
                 if (!t || !a || a === document.body) return 1; \
                 return (a.compareDocumentPosition(t) & Node.DOCUMENT_POSITION_PRECEDING) ? -1 : 1;",
                vec![json!(testid)],
            )
            .await;
        match at.as_i64() {
            Some(0) => return,
            Some(-1) => keys(app, "\u{E008}\u{E004}\u{E000}").await,
            _ => keys(app, TAB).await,
        }
    }
    panic!("Tab never reached {testid}");
}

#[tokio::test]
async fn a_plan_is_made_edited_and_exported_without_the_mouse() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    app.el("library-empty").await;

    tab_to(&app, "new-plan-button").await;
    keys(&app, ENTER).await;
    app.el("new-plan-dialog").await;
    tab_to(&app, "new-plan-name").await;
    keys(&app, "Keyboard OSPO").await;
    tab_to(&app, "new-plan-create").await;
    keys(&app, ENTER).await;
    app.el("section-overview").await;
    app.wait_for_text("Keyboard OSPO").await;
    let id = crate::flows::plan_id(&app, "Keyboard OSPO").await;

    // A position, named at once: the new card has the focus.
    tab_to(&app, "nav-staffing").await;
    keys(&app, ENTER).await;
    app.el("section-staffing").await;
    let n = plan(&app, id).await["positions"].as_array().unwrap().len();
    tab_to(&app, "position-add").await;
    keys(&app, ENTER).await;
    let title = format!("position-title-{n}");
    app.wait_for("the new position's title focused", || async {
        app.js(
            "return document.activeElement?.dataset?.testid ?? null;",
            vec![],
        )
        .await
            == json!(title)
    })
    .await;
    keys(&app, "Community manager").await;
    keys(&app, TAB).await;

    // A date, typed.
    tab_to(&app, &format!("position-start-{n}")).await;
    keys(&app, "09/01/2027").await;
    keys(&app, TAB).await;

    // A refused amount, then fixed.
    tab_to(&app, &format!("position-cost-{n}")).await;
    keys(&app, SELECT_ALL).await;
    keys(&app, "95abc").await;
    keys(&app, TAB).await;
    app.el(&format!("position-cost-{n}-error")).await;
    wait_state(&app, "error").await;
    tab_to(&app, &format!("position-cost-{n}")).await;
    keys(&app, SELECT_ALL).await;
    keys(&app, "95k").await;
    keys(&app, TAB).await;
    wait_state(&app, "saved").await;
    let p = plan(&app, id).await["positions"][n].clone();
    assert_eq!(p["title"], "Community manager");
    assert_eq!(p["start_date"], "2027-09-01");
    assert_eq!(p["annual_base_cost"], 95_000_00);

    // The brief, exported through the (test-answered) save dialog.
    tab_to(&app, "nav-export").await;
    keys(&app, ENTER).await;
    app.el("section-export").await;
    tab_to(&app, "export-brief").await;
    keys(&app, ENTER).await;
    app.el("export-path").await;
    let pdfs = std::fs::read_dir(env.dialog_dir())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.path().extension().is_some_and(|x| x == "pdf"))
        .count();
    assert_eq!(pdfs, 1, "the brief was not written");
    app.quit().await;
}
