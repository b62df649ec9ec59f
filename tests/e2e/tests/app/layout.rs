//! Every screen on a laptop (issue 11): each section at 1024 and at 1440 pixels wide, with the
//! largest starting point, fails when an element's content does not fit it: text cut in an input,
//! a menu, a cell or a label; an SVG label outside its view box; a control outside the window
//! that no scrolling brings back. Screenshots of both widths land in the system's temp folder.

use crate::{open_section, ready, SECTIONS};
use ospo_e2e::{serial, App, Env};
use std::time::Duration;

/// Finds what does not fit, as `section: element — problem` lines.
const CHECK: &str = r#"
const W = window.innerWidth;
const out = [];
const shown = (el) => {
  const r = el.getBoundingClientRect();
  if (r.width < 1 || r.height < 1) return false;
  for (let e = el; e; e = e.parentElement) {
    const cs = getComputedStyle(e);
    if (cs.display === 'none' || cs.visibility === 'hidden') return false;
    if (e.tagName === 'DETAILS' && !e.open && e !== el && !el.closest('summary')) return false;
  }
  return !el.closest('.sr-only');
};
const name = (el) => {
  const id = el.dataset?.testid || el.id;
  const text = (el.value ?? el.textContent ?? '').trim().slice(0, 40);
  return `${el.tagName.toLowerCase()}${id ? '[' + id + ']' : ''} "${text}"`;
};

for (const el of document.querySelectorAll('input:not([type=checkbox]):not([type=radio]), textarea, td, th, label, dt, dd, h1, h2, h3, .badge, button, legend, summary')) {
  if (!shown(el)) continue;
  if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'auto') out.push(`${name(el)}: text cut (${el.scrollWidth} > ${el.clientWidth})`);
}
// A menu (components/Listbox.svelte) shows its choice in a span that cuts what does not fit.
for (const el of document.querySelectorAll('[role=combobox] .lb-value')) {
  if (!shown(el)) continue;
  const text = el.textContent.trim();
  if (el.scrollWidth > el.clientWidth + 1) out.push(`${name(el.closest('[role=combobox]'))}: choice "${text}" cut (${el.scrollWidth} > ${el.clientWidth})`);
}
for (const t of document.querySelectorAll('svg text')) {
  const svg = t.ownerSVGElement;
  if (!svg || !shown(svg) || !t.textContent.trim()) continue;
  // Screen rectangles: rotated labels count where they are drawn; the view box is the svg's box.
  const b = t.getBoundingClientRect(), v = svg.getBoundingClientRect();
  if (b.left < v.left - 1 || b.top < v.top - 1 || b.right > v.right + 1 || b.bottom > v.bottom + 1)
    out.push(`svg text "${t.textContent.trim().slice(0, 40)}": outside the view box (${Math.round(b.left - v.left)},${Math.round(b.top - v.top)} ${Math.round(b.width)}×${Math.round(b.height)} in ${Math.round(v.width)}×${Math.round(v.height)})`);
}
const scroller = (el) => {
  for (let e = el.parentElement; e; e = e.parentElement) {
    const ox = getComputedStyle(e).overflowX;
    if ((ox === 'auto' || ox === 'scroll') && e.scrollWidth > e.clientWidth) return e;
  }
  return null;
};
for (const el of document.querySelectorAll('button, input, textarea, a[href], [tabindex="0"]')) {
  if (!shown(el)) continue;
  const r = el.getBoundingClientRect();
  const box = scroller(el)?.getBoundingClientRect();
  const left = box ? box.left : 0, right = box ? box.right : W;
  const inside = box ? (box.left >= -1 && box.right <= W + 1) : (r.left >= -1 && r.right <= W + 1);
  if (!inside) out.push(`${name(el)}: outside the window (${Math.round(r.left)}–${Math.round(r.right)} of ${W}; ${left}–${right})`);
}
if (document.documentElement.scrollWidth > W + 1) out.push(`the page scrolls sideways (${document.documentElement.scrollWidth} > ${W})`);
return out;
"#;

#[tokio::test]
async fn every_section_fits_at_1024_and_1440_wide() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    crate::editor::open_plan(&app, "Acme OSPO", "corporate_with_divisions").await;
    let mut problems = Vec::new();
    for width in [1024u32, 1440] {
        app.client.set_window_size(width, 700).await.unwrap();
        tokio::time::sleep(Duration::from_millis(400)).await;
        for section in SECTIONS {
            open_section(&app, section).await;
            tokio::time::sleep(Duration::from_millis(300)).await;
            app.screenshot(
                &std::env::temp_dir().join(format!("ospo-layout-{width}-{section}.png")),
            )
            .await;
            let found = app.js(CHECK, vec![]).await;
            for p in found.as_array().into_iter().flatten() {
                problems.push(format!(
                    "{width} px, {section}: {}",
                    p.as_str().unwrap_or_default()
                ));
            }
        }
    }
    app.quit().await;
    assert!(
        problems.is_empty(),
        "{} elements do not fit:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Where the calendar of date field `testid` is drawn, as `[left, top, right, bottom]`, with the
/// field first scrolled to the window's `edge` ("end": the bottom).
async fn picker_box(app: &App, testid: &str, edge: &str) -> Vec<f64> {
    app.js(
        "document.querySelector(`[data-testid=\"${arguments[0]}\"]`).scrollIntoView({ block: arguments[1] });",
        vec![testid.into(), edge.into()],
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    app.click(&format!("{testid}-calendar")).await;
    app.el(&format!("{testid}-picker")).await;
    let r = app
        .js(
            "const r = document.querySelector(`[data-testid=\"${arguments[0]}-picker\"]`).getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom];",
            vec![testid.into()],
        )
        .await;
    app.click(&format!("{testid}-calendar")).await;
    r.as_array()
        .into_iter()
        .flatten()
        .filter_map(|v| v.as_f64())
        .collect()
}

#[tokio::test]
async fn the_calendar_stays_inside_a_1024_by_700_window() {
    let _serial = serial().await;
    let env = Env::new();
    let app = App::launch(&env).await;
    ready(&app).await;
    crate::editor::open_plan(&app, "Acme OSPO", "corporate_with_divisions").await;
    app.client.set_window_size(1024, 700).await.unwrap();
    tokio::time::sleep(Duration::from_millis(400)).await;
    open_section(&app, "staffing").await;
    let size = app
        .js("return [window.innerWidth, window.innerHeight];", vec![])
        .await;
    let (w, h) = (size[0].as_f64().unwrap(), size[1].as_f64().unwrap());
    let last = app
        .js(
            "return document.querySelectorAll('[data-testid^=\"position-end-\"][data-testid$=\"-calendar\"]').length - 1;",
            vec![],
        )
        .await
        .as_i64()
        .expect("a count");
    // A field at the top of the page and one at the window's bottom edge (the calendar then opens
    // above it); the end date is the rightmost date of a position card.
    for (testid, edge) in [
        ("position-start-0".to_owned(), "start"),
        (format!("position-end-{last}"), "end"),
    ] {
        let r = picker_box(&app, &testid, edge).await;
        assert!(
            r.len() == 4 && r[0] >= 0.0 && r[1] >= 0.0 && r[2] <= w && r[3] <= h,
            "the calendar of {testid} is drawn at {r:?}, outside the {w}×{h} window"
        );
    }
    app.quit().await;
}
