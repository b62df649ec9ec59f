//! Draws a chart's geometry on the page: centred, scaled down only when it is wider than the text
//! column or taller than a page, and kept whole with the heading before it.

use super::paint::{
    Dash, Paint, Placement, Rgb3, ACCENT, ACCENT_2, HEAD_FILL, INK, MUTED, RULE, SHADE, WHITE,
};
use super::Composer;
use crate::chart::{Anchor, Figure, Shape, Tone};
use crate::report::fonts::Style;

fn color(t: Tone) -> Rgb3 {
    match t {
        Tone::Ink => INK,
        Tone::Muted => MUTED,
        Tone::Accent => ACCENT,
        Tone::Accent2 | Tone::Warn => ACCENT_2,
        Tone::Rule => RULE,
        Tone::Shade => SHADE,
        Tone::HeadFill => HEAD_FILL,
        Tone::Paper => WHITE,
    }
}

fn paint(fill: Option<Tone>, stroke: Option<Tone>, width: f32, dotted: bool) -> Paint {
    Paint {
        fill: fill.map(color),
        stroke: stroke.map(|t| (color(t), width)),
        dash: if dotted { Dash::Dotted } else { Dash::Solid },
    }
}

impl Composer<'_> {
    pub fn figure(&mut self, fig: &Figure) {
        if fig.height <= 0.0 || fig.width <= 0.0 {
            return;
        }
        let s = (self.content_width() / fig.width)
            .min(self.page_room() / fig.height)
            .min(1.0);
        self.lead(fig.height * s);
        let x0 = self.left + (self.content_width() - fig.width * s) / 2.0;
        let y0 = self.y;
        let at = |x: f32, y: f32| (x0 + x * s, y0 + y * s);
        for shape in &fig.shapes {
            match shape {
                Shape::Rect {
                    x,
                    y,
                    w,
                    h,
                    fill,
                    stroke,
                    stroke_width,
                    dotted,
                } => {
                    let (px, py) = at(*x, *y);
                    let p = paint(*fill, *stroke, stroke_width * s, *dotted);
                    self.rect(px, py, w * s, h * s, p);
                }
                Shape::Ellipse {
                    cx,
                    cy,
                    rx,
                    ry,
                    fill,
                    stroke,
                    stroke_width,
                    ..
                } => {
                    let (px, py) = at(*cx, *cy);
                    let p = paint(*fill, *stroke, stroke_width * s, false);
                    self.ellipse(px, py, rx * s, ry * s, p);
                }
                Shape::Line {
                    points,
                    stroke,
                    width,
                    dotted,
                } => {
                    let pts: Vec<(f32, f32)> = points.iter().map(|[x, y]| at(*x, *y)).collect();
                    let dash = if *dotted { Dash::Dotted } else { Dash::Solid };
                    self.line(&pts, color(*stroke), width * s, dash);
                }
                Shape::Text {
                    x,
                    y,
                    text,
                    size,
                    bold,
                    anchor,
                    tone,
                } => {
                    let (px, py) = at(*x, *y);
                    let style = if *bold { Style::Bold } else { Style::Regular };
                    let size = size * s;
                    let align = match anchor {
                        Anchor::Start => Placement::Start,
                        Anchor::Middle => Placement::Center,
                        Anchor::End => Placement::End,
                    };
                    // A zero-wide span: the anchor point itself.
                    self.text_in(px, 0.0, py, size, style, color(*tone), align, text);
                }
            }
        }
        self.y = y0 + fig.height * s + 8.0;
    }
}
