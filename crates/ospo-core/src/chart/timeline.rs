//! Milestones on a line through time, numbered as in the table that follows; done ones filled.
//! Tick labels stay inside the figure: one near an edge is anchored to that edge.

use super::shape::{Anchor, Figure, Shape, Tone};
use crate::model::Plan;
use crate::typeset::{Measure, Style};
use chrono::{Datelike, NaiveDate};

const LEVELS: usize = 4;
const SIZE: f32 = 6.5;

pub fn timeline(m: &impl Measure, plan: &Plan, width: f32) -> Figure {
    let mut dated: Vec<(usize, NaiveDate, bool)> = plan
        .milestones
        .iter()
        .enumerate()
        .map(|(i, ms)| (i + 1, ms.date, ms.done))
        .collect();
    dated.sort_by_key(|(_, d, _)| *d);
    let mut f = Figure::new(width, format!("Timeline of {} milestones", dated.len()));
    let (Some(first), Some(last)) = (dated.first(), dated.last()) else {
        return f;
    };
    let from = NaiveDate::from_ymd_opt(first.1.year(), first.1.month(), 1).unwrap_or(first.1);
    let to = last
        .1
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(last.1);
    let span = (to - from).num_days().max(1) as f32;
    let (x0, x1) = (6.0, width - 6.0);
    let axis = 14.0 + LEVELS as f32 * 10.0;
    let at = |d: NaiveDate| x0 + (x1 - x0) * ((d - from).num_days() as f32 / span);
    f.line(vec![[x0, axis], [x1, axis]], Tone::Muted, 1.2, false);
    // Ticks: quarters when the span is short enough to label them, else years.
    let quarterly = span < 365.0 * 3.0;
    let mut tick = NaiveDate::from_ymd_opt(from.year(), 1, 1).unwrap_or(from);
    let mut last_end = f32::MIN;
    while tick <= to {
        if tick >= from {
            let x = at(tick);
            f.line(
                vec![[x, axis - 3.0], [x, axis + 3.0]],
                Tone::Muted,
                0.8,
                false,
            );
            let label = if quarterly {
                format!("Q{} {}", (tick.month() - 1) / 3 + 1, tick.year())
            } else {
                tick.year().to_string()
            };
            let w = m.width(&label, Style::Regular, SIZE);
            // Anchored to stay inside [0, width]: start at the left edge, end at the right.
            let (anchor, left) = if x - w / 2.0 < 0.0 {
                (Anchor::Start, 0.0f32.max(x - 2.0))
            } else if x + w / 2.0 > width {
                (Anchor::End, x.min(width) - w)
            } else {
                (Anchor::Middle, x - w / 2.0)
            };
            if left > last_end + 6.0 {
                let tx = match anchor {
                    Anchor::Start => left,
                    Anchor::Middle => x,
                    Anchor::End => left + w,
                };
                f.text(tx, axis + 12.0, &label, SIZE, false, anchor, Tone::Muted);
                last_end = left + w;
            }
        }
        let step = if quarterly { 3 } else { 12 };
        match tick.checked_add_months(chrono::Months::new(step)) {
            Some(next) => tick = next,
            None => break,
        }
    }
    // Numbers stacked on levels so none overlaps; a marker with no free level keeps no number.
    let mut level_end = [f32::MIN; LEVELS];
    for (n, date, done) in &dated {
        let x = at(*date);
        let label = n.to_string();
        let w = m.width(&label, Style::Bold, SIZE) + 4.0;
        if let Some(level) = level_end.iter().position(|end| x - w / 2.0 > *end) {
            level_end[level] = x + w / 2.0;
            let ly = axis - 8.0 - level as f32 * 10.0;
            f.line(vec![[x, ly + 1.0], [x, axis]], Tone::Rule, 0.5, false);
            f.text(x, ly, &label, SIZE, true, Anchor::Middle, Tone::Ink);
        }
        let (fill, stroke) = if *done {
            (Tone::Accent, Tone::Accent)
        } else {
            (Tone::Paper, Tone::Accent2)
        };
        f.shapes.push(Shape::Ellipse {
            cx: x,
            cy: axis,
            rx: 3.0,
            ry: 3.0,
            fill: Some(fill),
            stroke: Some(stroke),
            stroke_width: 1.0,
            key: None,
        });
    }
    f.height = axis + 18.0;
    f
}
