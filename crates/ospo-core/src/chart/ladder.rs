//! A staircase of steps (the maturity stages, the strategy rungs): where the organization stands
//! filled, the target outlined, the way between shaded; every label wrapped whole beneath its step.

use super::shape::{Anchor, Figure, Shape, Tone};
use crate::model::{Plan, StrategyRung, STAGE_NAMES};
use crate::typeset::{wrap, Measure, Style};

const LABEL: f32 = 7.5;
const LABEL_LH: f32 = 9.0;
const TAG: f32 = 7.5;
const RISE: f32 = 74.0;

pub fn stage_ladder(m: &impl Measure, plan: &Plan, width: f32) -> Figure {
    let labels: Vec<String> = STAGE_NAMES
        .iter()
        .enumerate()
        .map(|(i, n)| format!("{i} {n}"))
        .collect();
    let (now, target) = (
        usize::from(plan.maturity.current_stage),
        usize::from(plan.maturity.target_stage),
    );
    ladder(
        m,
        &labels,
        now,
        target,
        width,
        format!(
            "Maturity stages: now stage {now} ({}), target stage {target} ({})",
            STAGE_NAMES.get(now).copied().unwrap_or_default(),
            STAGE_NAMES.get(target).copied().unwrap_or_default()
        ),
    )
}

pub fn strategy_ladder(m: &impl Measure, plan: &Plan, width: f32) -> Figure {
    let labels: Vec<String> = StrategyRung::ALL
        .iter()
        .map(|r| r.label().to_owned())
        .collect();
    let at = |r: StrategyRung| StrategyRung::ALL.iter().position(|x| *x == r).unwrap_or(0);
    let (now, target) = (
        at(plan.maturity.current_rung),
        at(plan.maturity.target_rung),
    );
    ladder(
        m,
        &labels,
        now,
        target,
        width,
        format!(
            "Strategy rungs: now {}, target {}",
            plan.maturity.current_rung.label(),
            plan.maturity.target_rung.label()
        ),
    )
}

fn ladder(
    m: &impl Measure,
    labels: &[String],
    current: usize,
    target: usize,
    width: f32,
    description: String,
) -> Figure {
    let n = labels.len().max(1);
    let gap = 6.0;
    let step_w = (width - gap * (n as f32 - 1.0)) / n as f32;
    let step_h = RISE / n as f32;
    let top = 14.0;
    let base = top + RISE;
    let mut f = Figure::new(width, description);
    let mut lowest = base;
    for (i, label) in labels.iter().enumerate() {
        let x = i as f32 * (step_w + gap);
        let h = step_h * (i as f32 + 1.0);
        let between = (current.min(target)..=current.max(target)).contains(&i);
        let (fill, stroke) = if i == current {
            (Tone::Accent, None)
        } else if i == target {
            (Tone::HeadFill, Some(Tone::Accent2))
        } else if between {
            (Tone::HeadFill, None)
        } else {
            (Tone::Shade, None)
        };
        f.shapes.push(Shape::Rect {
            x,
            y: base - h,
            w: step_w,
            h,
            fill: Some(fill),
            stroke,
            stroke_width: if stroke.is_some() { 1.6 } else { 0.0 },
            dotted: false,
        });
        let tag = match (i == current, i == target) {
            (true, true) => "Now and target",
            (true, false) => "Now",
            (false, true) => "Target",
            _ => "",
        };
        let tone = if i == current {
            Tone::Accent
        } else {
            Tone::Accent2
        };
        for (k, line) in wrap(m, tag, step_w - 2.0, TAG, Style::Bold)
            .iter()
            .rev()
            .enumerate()
        {
            let y = base - h - 4.0 - k as f32 * LABEL_LH;
            f.text(x + step_w / 2.0, y, line, TAG, true, Anchor::Middle, tone);
        }
        for (k, line) in wrap(m, label, step_w - 4.0, LABEL, Style::Regular)
            .iter()
            .enumerate()
        {
            let y = base + 10.0 + k as f32 * LABEL_LH;
            f.text(
                x + step_w / 2.0,
                y,
                line,
                LABEL,
                false,
                Anchor::Middle,
                Tone::Ink,
            );
            lowest = lowest.max(y);
        }
    }
    f.height = lowest + 6.0;
    f
}
