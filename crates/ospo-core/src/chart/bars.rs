//! Horizontal bars of the budget by category over the whole plan, each labelled in full with its
//! amount beside it.

use super::shape::{Anchor, Figure, Tone};
use crate::model::{Plan, Totals};
use crate::typeset::{wrap, Measure, Style};
use crate::wording::Money;

const SIZE: f32 = 8.0;
const LH: f32 = 9.5;
const BAR: f32 = 10.0;

/// Category totals worth charting: the non-zero ones, or every category when all are zero.
pub fn chart_items(t: &Totals) -> Vec<(String, i64)> {
    let items: Vec<(String, i64)> = t
        .by_category
        .iter()
        .filter(|c| c.total != 0)
        .map(|c| (c.label.clone(), c.total))
        .collect();
    if items.is_empty() {
        t.by_category
            .iter()
            .map(|c| (c.label.clone(), c.total))
            .collect()
    } else {
        items
    }
}

pub fn budget_bars(m: &impl Measure, plan: &Plan, totals: &Totals, width: f32) -> Figure {
    let money = Money::for_plan(plan);
    let items = chart_items(totals);
    let amounts: Vec<String> = items.iter().map(|(_, v)| money.format(*v)).collect();
    let value_w = amounts
        .iter()
        .map(|a| m.width(a, Style::Bold, SIZE))
        .fold(0.0f32, f32::max)
        + 4.0;
    let label_w = width * 0.32;
    let bar_x = label_w;
    let bar_w = (width - label_w - value_w - 8.0).max(20.0);
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let mut f = Figure::new(
        width,
        format!(
            "Budget by category over the whole plan: {}",
            items
                .iter()
                .zip(&amounts)
                .map(|((l, _), a)| format!("{l} {a}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    );
    let mut y = 0.0f32;
    for ((label, value), amount) in items.iter().zip(&amounts) {
        let lines = wrap(m, label, label_w - 8.0, SIZE, Style::Regular);
        let row = (lines.len() as f32 * LH).max(BAR + 5.0);
        for (k, line) in lines.iter().enumerate() {
            f.text(
                0.0,
                y + 10.0 + k as f32 * LH,
                line,
                SIZE,
                false,
                Anchor::Start,
                Tone::Ink,
            );
        }
        f.rect(bar_x, y + 2.5, bar_w, BAR, Some(Tone::Shade), None);
        let w = bar_w * (*value as f64 / max as f64) as f32;
        if w > 0.0 {
            f.rect(bar_x, y + 2.5, w.max(1.0), BAR, Some(Tone::Accent), None);
        }
        f.text(width, y + 10.0, amount, SIZE, true, Anchor::End, Tone::Ink);
        y += row;
    }
    f.height = y + 2.0;
    f
}
