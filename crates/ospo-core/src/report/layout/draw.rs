//! Drawing primitives on the current page, in points from the top-left corner: text runs split by
//! font coverage, aligned text, closed shapes, ellipses and lines.

use super::paint::{rgb, Dash, Paint, Placement, Rgb3};
use super::Composer;
use crate::report::fonts::Style;
use printpdf::{
    Line, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon, PolygonRing, Pt, TextItem,
    TextMatrix, WindingOrder,
};

impl Composer<'_> {
    /// One line of text with its baseline at `baseline`, split into runs by font coverage.
    pub fn text(
        &mut self,
        x: f32,
        baseline: f32,
        size: f32,
        style: Style,
        color: Rgb3,
        text: &str,
    ) {
        if text.trim().is_empty() {
            return;
        }
        let text: &str = &self.fonts.drawable(text, style);
        let y = self.height - baseline;
        let mut ops = vec![Op::StartTextSection, Op::SetFillColor { col: rgb(color) }];
        let mut pen = x;
        for (which, run) in self.fonts.runs(text, style) {
            ops.push(Op::SetFont {
                font: PdfFontHandle::External(self.fonts.id(which).clone()),
                size: Pt(size),
            });
            ops.push(Op::SetTextMatrix {
                matrix: TextMatrix::Translate(Pt(pen), Pt(y)),
            });
            ops.push(Op::ShowText {
                items: vec![TextItem::Text(run.to_owned())],
            });
            pen += self.fonts.width(run, style, size);
        }
        ops.push(Op::EndTextSection);
        self.ops().extend(ops);
    }

    /// Text aligned within [x, x + w]: left, right or centred.
    #[allow(clippy::too_many_arguments)]
    pub fn text_in(
        &mut self,
        x: f32,
        w: f32,
        baseline: f32,
        size: f32,
        style: Style,
        color: Rgb3,
        align: Placement,
        text: &str,
    ) {
        let tw = self.measure(text, style, size);
        let x = match align {
            Placement::Start => x,
            Placement::End => x + w - tw,
            Placement::Center => x + (w - tw) / 2.0,
        };
        self.text(x, baseline, size, style, color, text);
    }

    pub fn measure(&self, text: &str, style: Style, size: f32) -> f32 {
        self.fonts.width(text, style, size)
    }

    /// A closed shape through `points`; a point flagged true is a Bézier control point.
    pub fn shape(&mut self, points: &[(f32, f32, bool)], paint: Paint) {
        let h = self.height;
        let ring = PolygonRing {
            points: points
                .iter()
                .map(|&(x, y, bezier)| LinePoint {
                    p: Point {
                        x: Pt(x),
                        y: Pt(h - y),
                    },
                    bezier,
                })
                .collect(),
        };
        let mode = match (paint.fill, paint.stroke) {
            (Some(_), Some(_)) => PaintMode::FillStroke,
            (Some(_), None) => PaintMode::Fill,
            _ => PaintMode::Stroke,
        };
        let mut ops = vec![Op::SaveGraphicsState];
        ops.extend(paint.state_ops());
        ops.push(Op::DrawPolygon {
            polygon: Polygon {
                rings: vec![ring],
                mode,
                winding_order: WindingOrder::NonZero,
            },
        });
        ops.push(Op::RestoreGraphicsState);
        self.ops().extend(ops);
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, paint: Paint) {
        self.shape(
            &[
                (x, y, false),
                (x + w, y, false),
                (x + w, y + h, false),
                (x, y + h, false),
            ],
            paint,
        );
    }

    /// An ellipse centred on (cx, cy) from four Bézier arcs.
    pub fn ellipse(&mut self, cx: f32, cy: f32, rx: f32, ry: f32, paint: Paint) {
        const K: f32 = 0.552_284_8;
        let (kx, ky) = (rx * K, ry * K);
        self.shape(
            &[
                (cx + rx, cy, false),
                (cx + rx, cy + ky, true),
                (cx + kx, cy + ry, true),
                (cx, cy + ry, false),
                (cx - kx, cy + ry, true),
                (cx - rx, cy + ky, true),
                (cx - rx, cy, false),
                (cx - rx, cy - ky, true),
                (cx - kx, cy - ry, true),
                (cx, cy - ry, false),
                (cx + kx, cy - ry, true),
                (cx + rx, cy - ky, true),
                (cx + rx, cy, false),
            ],
            paint,
        );
    }

    /// An open line through `points`.
    pub fn line(&mut self, points: &[(f32, f32)], color: Rgb3, width: f32, dash: Dash) {
        let h = self.height;
        let mut ops = vec![Op::SaveGraphicsState];
        ops.extend(
            Paint {
                fill: None,
                stroke: Some((color, width)),
                dash,
            }
            .state_ops(),
        );
        ops.push(Op::DrawLine {
            line: Line {
                points: points
                    .iter()
                    .map(|&(x, y)| LinePoint {
                        p: Point {
                            x: Pt(x),
                            y: Pt(h - y),
                        },
                        bezier: false,
                    })
                    .collect(),
                is_closed: false,
            },
        });
        ops.push(Op::RestoreGraphicsState);
        self.ops().extend(ops);
    }

    pub fn rule(&mut self, y: f32, color: Rgb3, width: f32) {
        let (l, r) = (self.left, self.right());
        self.line(&[(l, y), (r, y)], color, width, Dash::Solid);
    }
}
