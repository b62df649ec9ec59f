//! What a figure is made of: rectangles, ellipses, lines and text, each with a colour from a
//! small palette the PDF and the app each map to their own colours.

use serde::Serialize;
use ts_rs::TS;

/// A colour by role; the PDF and the app's style sheet each say what it looks like.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Tone {
    Ink,
    Muted,
    Accent,
    Accent2,
    Rule,
    Shade,
    HeadFill,
    Paper,
    Warn,
}

/// Where a text's `x` is: its start, middle or end.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Anchor {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Shape {
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Tone>,
        stroke: Option<Tone>,
        stroke_width: f32,
        dotted: bool,
    },
    Ellipse {
        cx: f32,
        cy: f32,
        rx: f32,
        ry: f32,
        fill: Option<Tone>,
        stroke: Option<Tone>,
        stroke_width: f32,
        /// What the shape stands for, for a window that lets the user pick it (a petal's name).
        key: Option<String>,
    },
    Line {
        points: Vec<[f32; 2]>,
        stroke: Tone,
        width: f32,
        dotted: bool,
    },
    /// One line of text; `y` is its baseline.
    Text {
        x: f32,
        y: f32,
        text: String,
        size: f32,
        bold: bool,
        anchor: Anchor,
        tone: Tone,
    },
}

/// A chart laid out in points from its top-left corner.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Figure {
    pub width: f32,
    pub height: f32,
    pub shapes: Vec<Shape>,
    /// The height of a band at the top (column headings) that a figure continued over pages
    /// repeats at the top of each page; 0 for none.
    pub header: f32,
    /// What the chart shows, in one sentence, for screen readers.
    pub description: String,
}

impl Figure {
    pub fn new(width: f32, description: impl Into<String>) -> Figure {
        Figure {
            width,
            height: 0.0,
            shapes: Vec::new(),
            header: 0.0,
            description: description.into(),
        }
    }

    pub fn rect(
        &mut self,
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        fill: Option<Tone>,
        stroke: Option<Tone>,
    ) {
        self.shapes.push(Shape::Rect {
            x,
            y,
            w,
            h,
            fill,
            stroke,
            stroke_width: if stroke.is_some() { 1.0 } else { 0.0 },
            dotted: false,
        });
    }

    pub fn line(&mut self, points: Vec<[f32; 2]>, stroke: Tone, width: f32, dotted: bool) {
        self.shapes.push(Shape::Line {
            points,
            stroke,
            width,
            dotted,
        });
    }

    #[allow(clippy::too_many_arguments)]
    pub fn text(
        &mut self,
        x: f32,
        y: f32,
        text: &str,
        size: f32,
        bold: bool,
        anchor: Anchor,
        tone: Tone,
    ) {
        if text.trim().is_empty() {
            return;
        }
        self.shapes.push(Shape::Text {
            x,
            y,
            text: text.to_owned(),
            size,
            bold,
            anchor,
            tone,
        });
    }
}
