//! The documents' palette and how a shape is painted: fill, stroke, solid or dotted.

use printpdf::{Color, LineDashPattern, Op, Pt, Rgb};

pub type Rgb3 = (f32, f32, f32);

pub const INK: Rgb3 = (0.13, 0.15, 0.18);
pub const MUTED: Rgb3 = (0.40, 0.43, 0.48);
pub const ACCENT: Rgb3 = (0.09, 0.36, 0.62);
pub const ACCENT_2: Rgb3 = (0.87, 0.47, 0.10);
pub const RULE: Rgb3 = (0.78, 0.80, 0.84);
pub const SHADE: Rgb3 = (0.93, 0.95, 0.97);
pub const HEAD_FILL: Rgb3 = (0.86, 0.90, 0.95);
pub const WHITE: Rgb3 = (1.0, 1.0, 1.0);

pub fn rgb((r, g, b): Rgb3) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    Start,
    Center,
    End,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dash {
    Solid,
    Dotted,
}

/// How a shape is painted: fill colour, stroke colour and width, solid or dotted.
#[derive(Debug, Clone, Copy)]
pub struct Paint {
    pub fill: Option<Rgb3>,
    pub stroke: Option<(Rgb3, f32)>,
    pub dash: Dash,
}

impl Paint {
    pub fn fill(color: Rgb3) -> Paint {
        Paint {
            fill: Some(color),
            stroke: None,
            dash: Dash::Solid,
        }
    }

    pub fn both(fill: Rgb3, stroke: Rgb3, width: f32) -> Paint {
        Paint {
            fill: Some(fill),
            stroke: Some((stroke, width)),
            dash: Dash::Solid,
        }
    }

    pub(super) fn state_ops(&self) -> Vec<Op> {
        let mut ops = Vec::new();
        if let Some(color) = self.fill {
            ops.push(Op::SetFillColor { col: rgb(color) });
        }
        if let Some((color, width)) = self.stroke {
            ops.push(Op::SetOutlineColor { col: rgb(color) });
            ops.push(Op::SetOutlineThickness { pt: Pt(width) });
            if self.dash == Dash::Dotted {
                ops.push(Op::SetLineDashPattern {
                    dash: LineDashPattern::new(0.0, &[1.6, 2.2]),
                });
            }
        }
        ops
    }
}
