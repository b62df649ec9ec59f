//! Menus stay inside the window (issue 11): the app's listbox, which replaced the native select
//! whose popup WebKitGTK placed on the screen and so past the edge of a small window, opens inside
//! a 1024×700 window at its bottom-right corner, follows its control when the page scrolls, and
//! works by keyboard alone (open, arrows, type-ahead, Enter saves, Escape changes nothing, Tab
//! picks). Screenshots of open menus land in the system's temp folder.

use crate::editor::{keys, open_plan, plan, tab_to, ENTER, TAB};
use crate::{open_section, ready, wait_state};
use ospo_e2e::{serial, App, Env};
use serde_json::{json, Value};
use std::time::Duration;

const ESCAPE: &str = "\u{E00C}";
const DOWN: &str = "\u{E015}";
const UP: &str = "\u{E013}";
const HOME: &str = "\u{E011}";
const END: &str = "\u{E010}";
const SPACE: &str = "\u{E00D}";
const ALT_DOWN: &str = "\u{E00A}\u{E015}\u{E000}";

/// The window's inner size and the open listbox of `testid` as `[left, top, right, bottom]`, with
/// how far its list scrolls (`scrollHeight - clientHeight`).
async fn listbox_box(app: &App, testid: &str) -> (f64, f64, Vec<f64>, f64) {
    let v = app
        .js(
            "const l = document.querySelector(`[data-testid=\"${arguments[0]}-listbox\"]`); \
             const r = l.getBoundingClientRect(); \
             return [window.innerWidth, window.innerHeight, [r.left, r.top, r.right, r.bottom], \
                     l.scrollHeight - l.clientHeight, !l.hidden && getComputedStyle(l).visibility === 'visible'];",
            vec![json!(testid)],
        )
        .await;
    assert_eq!(v[4], Value::Bool(true), "the menu of {testid} is not shown");
    let r = v[2]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(Value::as_f64)
        .collect();
    (
        v[0].as_f64().unwrap(),
        v[1].as_f64().unwrap(),
        r,
        v[3].as_f64().unwrap(),
    )
}

fn assert_inside(what: &str, w: f64, h: f64, r: &[f64]) {
    assert!(
        r.len() == 4 && r[0] >= 0.0 && r[1] >= 0.0 && r[2] <= w && r[3] <= h,
        "the menu of {what} is drawn at {r:?}, outside the {w}×{h} window"
    );
}

/// Scrolls the control `testid` to the window's bottom edge and opens its menu with a click.
async fn open_at_bottom(app: &App, testid: &str) {
    app.js(
        "document.querySelector(`[data-testid=\"${arguments[0]}\"]`).scrollIntoView({ block: 'end' });",
        vec![json!(testid)],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.click(testid).await;
    app.css(&format!("[data-testid=\"{testid}-listbox\"] [role=option]"))
        .await;
    tokio::time::sleep(Duration::from_millis(100)).await;
}

#[tokio::test]
async fn menus_open_inside_a_1024_by_700_window_at_its_bottom_right() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let id = open_plan(&app, "Acme OSPO", "corporate_with_divisions").await;
    app.client.set_window_size(1024, 700).await.unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;

    // The rightmost menu of the stakeholder table, at the window's bottom edge: it opens above.
    open_section(&app, "stakeholders").await;
    let rightmost = app
        .js(
            "let best = null, right = -1; \
             for (const el of document.querySelectorAll('[role=combobox][data-testid^=\"stakeholder-\"]')) { \
               const r = el.getBoundingClientRect(); \
               if (r.width > 0 && r.right >= right) { right = r.right; best = el.dataset.testid; } } \
             return best;",
            vec![],
        )
        .await;
    let rightmost = rightmost.as_str().expect("a menu in the stakeholder table");
    open_at_bottom(&app, rightmost).await;
    let (w, h, r, _) = listbox_box(&app, rightmost).await;
    app.screenshot(&std::env::temp_dir().join("ospo-menu-1024-stakeholders.png"))
        .await;
    assert_inside(rightmost, w, h, &r);
    assert!(
        r[0] > w / 2.0,
        "the menu of {rightmost} is not at the right ({r:?})"
    );
    let control = app
        .js(
            "const r = document.querySelector(`[data-testid=\"${arguments[0]}\"]`).getBoundingClientRect(); return r.top;",
            vec![json!(rightmost)],
        )
        .await
        .as_f64()
        .unwrap();
    assert!(
        r[3] <= control,
        "the menu at the bottom edge does not open above its control ({r:?}, control at {control})"
    );

    // The page scrolled under an open menu: the menu follows its control (or closes), never
    // staying where the control was.
    app.js(
        "const el = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); \
         for (let e = el.parentElement; e; e = e.parentElement) \
           if (e.scrollHeight > e.clientHeight && /auto|scroll/.test(getComputedStyle(e).overflowY)) { e.scrollTop -= 60; break; }",
        vec![json!(rightmost)],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    let follows = app
        .js(
            "const b = document.querySelector(`[data-testid=\"${arguments[0]}\"]`).getBoundingClientRect(); \
             const l = document.querySelector(`[data-testid=\"${arguments[0]}-listbox\"]`); \
             if (l.hidden) return true; \
             const r = l.getBoundingClientRect(); \
             return Math.abs(r.bottom - (b.top - 2)) < 2 || Math.abs(r.top - (b.bottom + 2)) < 2;",
            vec![json!(rightmost)],
        )
        .await;
    assert_eq!(
        follows,
        Value::Bool(true),
        "the open menu did not follow its control"
    );
    keys(&app, ESCAPE).await;

    // A long menu (the plan's language and region) at the bottom edge: inside, and it scrolls.
    open_section(&app, "overview").await;
    open_at_bottom(&app, "plan-locale").await;
    let (w, h, r, scrolls) = listbox_box(&app, "plan-locale").await;
    app.screenshot(&std::env::temp_dir().join("ospo-menu-1024-locale.png"))
        .await;
    assert_inside("plan-locale", w, h, &r);
    assert!(
        scrolls > 0.0,
        "the long menu does not scroll inside the window"
    );

    // A click outside closes it and changes nothing.
    app.click("section-overview").await;
    app.wait_for("the menu closed by a click outside", || async {
        app.js(
            "return document.querySelector('[data-testid=\"plan-locale-listbox\"]').hidden;",
            vec![],
        )
        .await
            == Value::Bool(true)
    })
    .await;
    assert_eq!(plan(&app, id).await["locale"], "en-US");
    app.quit().await;
}

/// The menu `testid`'s state: whether it is open, the active option's text and value, and
/// whether the control has the focus.
async fn menu_state(app: &App, testid: &str) -> Value {
    app.js(
        "const b = document.querySelector(`[data-testid=\"${arguments[0]}\"]`); \
         const a = b.getAttribute('aria-activedescendant'); \
         const o = a ? document.getElementById(a) : null; \
         return { open: b.getAttribute('aria-expanded') === 'true', \
                  active: o ? o.textContent.trim() : null, value: o ? o.dataset.value : null, \
                  index: o ? Number(o.dataset.index) : null, \
                  count: document.getElementById(b.getAttribute('aria-controls')).children.length, \
                  focused: document.activeElement === b, shown: b.textContent.trim() };",
        vec![json!(testid)],
    )
    .await
}

#[tokio::test]
async fn a_menu_works_by_keyboard_alone() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let id = open_plan(&app, "Acme OSPO", "within_rnd").await;
    let menu = "plan-locale";
    tab_to(&app, menu).await;

    // Alt+Down opens on the current choice; arrows, End and Home move.
    keys(&app, ALT_DOWN).await;
    let s = menu_state(&app, menu).await;
    assert_eq!(s["open"], true, "{s}");
    assert_eq!(s["value"], "en-US", "{s}");
    keys(&app, DOWN).await;
    let next = menu_state(&app, menu).await;
    assert_ne!(next["value"], "en-US", "{next}");
    keys(&app, END).await;
    let last = menu_state(&app, menu).await;
    assert_eq!(
        last["index"].as_i64(),
        last["count"].as_i64().map(|n| n - 1),
        "{last}"
    );
    keys(&app, HOME).await;
    assert_eq!(menu_state(&app, menu).await["index"], 0);
    keys(&app, UP).await;
    assert_eq!(menu_state(&app, menu).await["index"], 0);

    // Escape closes without a change; the focus stays on the control.
    keys(&app, ESCAPE).await;
    let s = menu_state(&app, menu).await;
    assert_eq!(
        (s["open"].clone(), s["focused"].clone()),
        (json!(false), json!(true)),
        "{s}"
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(plan(&app, id).await["locale"], "en-US");

    // Letters typed find an option by its first letters; Enter picks it and it is saved.
    keys(&app, "jap").await;
    let s = menu_state(&app, menu).await;
    assert_eq!(
        (s["open"].clone(), s["value"].clone()),
        (json!(true), json!("ja-JP")),
        "{s}"
    );
    keys(&app, ENTER).await;
    app.wait_for("Japanese saved", || async {
        plan(&app, id).await["locale"] == "ja-JP"
    })
    .await;
    wait_state(&app, "saved").await;
    let s = menu_state(&app, menu).await;
    assert_eq!(
        (s["open"].clone(), s["focused"].clone()),
        (json!(false), json!(true)),
        "{s}"
    );
    assert!(s["shown"].as_str().unwrap().starts_with("Japanese"), "{s}");

    // Space opens; Tab picks the active option, as a select does, and moves on.
    keys(&app, SPACE).await;
    keys(&app, UP).await;
    let above = menu_state(&app, menu).await["value"].clone();
    assert_ne!(above, "ja-JP");
    keys(&app, TAB).await;
    app.wait_for("the option Tab picked saved", || async {
        plan(&app, id).await["locale"] == above
    })
    .await;
    let s = menu_state(&app, menu).await;
    assert_eq!(
        (s["open"].clone(), s["focused"].clone()),
        (json!(false), json!(false)),
        "{s}"
    );
    app.quit().await;
}

/// Rows far down a long list, drawn only near the view: they stand as tall undrawn as drawn (so
/// the page does not jump), and a menu in one opens whole, inside the window, and saves what it
/// picks.
#[tokio::test]
async fn a_menu_far_down_a_long_list_opens_whole_and_saves() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    let id = open_plan(&app, "Acme OSPO", "corporate_with_divisions").await;
    let groups = plan(&app, id).await["stakeholders"].clone();
    let group = groups[0].clone();
    let first = groups.as_array().map_or(0, Vec::len);
    for i in first..60 {
        let mut s = group.clone();
        s["id"] = json!("");
        s["name"] = json!(format!("Group {i}"));
        s["interest"] = json!("high");
        app.invoke(
            "apply_edit",
            json!({"id": id, "edit": {"op": "put_stakeholder", "value": s}}),
        )
        .await
        .unwrap();
    }
    app.client.refresh().await.unwrap();
    ready(&app).await;
    // As table rows (1440 wide) and as cards (1024), the list shown whole at that width: each
    // block of later rows, first as it stands undrawn (or drawn, near the view), then drawn.
    for width in [1440, 1024] {
        open_section(&app, "overview").await;
        app.client.set_window_size(width, 700).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        open_section(&app, "stakeholders").await;
        app.click("stakeholder-show-all").await;
        app.el("stakeholder-row-59").await;
        let heights = app
            .client
            .execute_async(
                "const done = arguments[0];
                 const blocks = [...document.querySelectorAll('table[aria-label^=\"Stakeholder groups \"]')]
                   .map((t) => t.parentElement);
                 const height = (b) => Math.round(b.getBoundingClientRect().height);
                 const before = blocks.map(height);
                 const after = [];
                 const next = (i) => {
                   if (i === blocks.length) return done([before, after]);
                   blocks[i].scrollIntoView();
                   requestAnimationFrame(() => requestAnimationFrame(() => {
                     after.push(height(blocks[i]));
                     next(i + 1);
                   }));
                 };
                 next(0);",
                vec![],
            )
            .await
            .expect("the heights of the blocks of later rows");
        let (before, after) = (&heights[0], &heights[1]);
        assert_eq!(
            before.as_array().map(Vec::len),
            Some(2),
            "two blocks of later rows at {width} wide: {heights}"
        );
        let near = before
            .as_array()
            .into_iter()
            .flatten()
            .zip(after.as_array().into_iter().flatten())
            .all(|(b, a)| (b.as_i64().unwrap() - a.as_i64().unwrap()).abs() <= 2);
        assert!(
            near,
            "at {width} wide, rows not yet drawn stand at another height than drawn ({heights})"
        );
    }

    let menu = "stakeholder-interest-50";
    open_at_bottom(&app, menu).await;
    let (w, h, r, _) = listbox_box(&app, menu).await;
    assert_inside(menu, w, h, &r);
    // Drawn, not clipped: what is at the last option's middle is that option.
    let last = app
        .js(
            "const l = document.querySelector(`[data-testid=\"${arguments[0]}-listbox\"]`); \
             const o = [...l.querySelectorAll('[role=option]')].pop(); const b = o.getBoundingClientRect(); \
             const at = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2); \
             return [o.textContent.trim(), !!at && o.contains(at)];",
            vec![json!(menu)],
        )
        .await;
    assert_eq!(
        last[1],
        json!(true),
        "the menu's last option {last} is hidden"
    );
    app.screenshot(&std::env::temp_dir().join("ospo-menu-1024-long-list.png"))
        .await;
    let low = app
        .js(
            "const l = document.querySelector(`[data-testid=\"${arguments[0]}-listbox\"]`); \
             return [...l.querySelectorAll('[role=option]')].findIndex((o) => o.textContent.trim() === 'Low') + 1;",
            vec![json!(menu)],
        )
        .await;
    assert!(low.as_i64() > Some(0), "no option Low in {menu}");
    app.css(&format!(
        "[data-testid=\"{menu}-listbox\"] [role=option]:nth-child({low})"
    ))
    .await
    .click()
    .await
    .expect("the option Low clicked");
    wait_state(&app, "saved").await;
    assert_eq!(plan(&app, id).await["stakeholders"][50]["interest"], "low");
    let shown = app
        .js(
            "return document.querySelector(`[data-testid=\"${arguments[0]}\"] .lb-value`).textContent;",
            vec![json!(menu)],
        )
        .await;
    assert_eq!(shown, "Low");
    app.screenshot(&std::env::temp_dir().join("ospo-menu-1024-long-list-saved.png"))
        .await;
}
