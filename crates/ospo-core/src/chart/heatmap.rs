//! Risks on a grid of likelihood by impact, each cell naming the risks in it by number (their
//! order in the plan); every label set horizontally so none crosses another.

use super::shape::{Anchor, Figure, Tone};
use crate::model::{Level, Plan};
use crate::typeset::{wrap, Measure, Style};

const SIZE: f32 = 7.5;
const LEVELS: [Level; 3] = [Level::Low, Level::Medium, Level::High];

pub fn risk_heat_map(m: &impl Measure, plan: &Plan, width: f32) -> Figure {
    let mut f = Figure::new(
        width,
        format!(
            "Risk heat map: {} risks by likelihood and impact",
            plan.risks.len()
        ),
    );
    let label_w = LEVELS
        .iter()
        .map(|l| m.width(l.label(), Style::Regular, SIZE))
        .chain([m.width("Likelihood", Style::Bold, SIZE)])
        .fold(0.0f32, f32::max)
        + 10.0;
    let cell_w = ((width.min(270.0) - label_w) / 3.0).max(30.0);
    let cell_h = 34.0;
    let top = 14.0;
    f.text(
        0.0,
        top - 4.0,
        "Likelihood",
        SIZE,
        true,
        Anchor::Start,
        Tone::Muted,
    );
    for (row, likelihood) in LEVELS.iter().rev().enumerate() {
        let y = top + row as f32 * cell_h;
        f.text(
            label_w - 6.0,
            y + cell_h / 2.0 + 2.5,
            likelihood.label(),
            SIZE,
            false,
            Anchor::End,
            Tone::Ink,
        );
        for (col, impact) in LEVELS.iter().enumerate() {
            let x = label_w + col as f32 * cell_w;
            let score = row_score(*likelihood) * row_score(*impact);
            let fill = match score {
                s if s >= 6 => Tone::Accent2,
                s if s >= 3 => Tone::HeadFill,
                _ => Tone::Shade,
            };
            f.rect(x, y, cell_w, cell_h, Some(fill), Some(Tone::Paper));
            let numbers: Vec<String> = plan
                .risks
                .iter()
                .enumerate()
                .filter(|(_, r)| r.likelihood == *likelihood && r.impact == *impact)
                .map(|(i, _)| (i + 1).to_string())
                .collect();
            let text = numbers.join(", ");
            let lines = wrap(m, &text, cell_w - 8.0, SIZE, Style::Bold);
            let first = y + cell_h / 2.0 + 2.5 - (lines.len() as f32 - 1.0) * 4.5;
            for (k, line) in lines.iter().enumerate() {
                let tone = if score >= 6 { Tone::Paper } else { Tone::Ink };
                f.text(
                    x + cell_w / 2.0,
                    first + k as f32 * 9.0,
                    line,
                    SIZE,
                    true,
                    Anchor::Middle,
                    tone,
                );
            }
        }
    }
    let bottom = top + 3.0 * cell_h;
    for (col, impact) in LEVELS.iter().enumerate() {
        let x = label_w + (col as f32 + 0.5) * cell_w;
        f.text(
            x,
            bottom + 11.0,
            impact.label(),
            SIZE,
            false,
            Anchor::Middle,
            Tone::Ink,
        );
    }
    f.text(
        label_w + 1.5 * cell_w,
        bottom + 23.0,
        "Impact",
        SIZE,
        true,
        Anchor::Middle,
        Tone::Muted,
    );
    f.width = label_w + 3.0 * cell_w;
    f.height = bottom + 28.0;
    f
}

fn row_score(l: Level) -> u8 {
    match l {
        Level::Low => 1,
        Level::Medium => 2,
        Level::High => 3,
    }
}
