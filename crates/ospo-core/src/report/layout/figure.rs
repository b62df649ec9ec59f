//! Draws a chart's geometry on the page: centred, scaled down only when it is wider than the text
//! column or taller than a page, and kept whole with the heading before it.

use super::paint::{
    Dash, Paint, Placement, Rgb3, ACCENT, ACCENT_2, HEAD_FILL, INK, MUTED, RULE, SHADE, WHITE,
};
use super::{Composer, Table, BODY, LEADING};
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
    /// How much `fig` is scaled down to fit the text column and a page (below the headings that
    /// go with it).
    fn scale(&self, fig: &Figure) -> f32 {
        (self.content_width() / fig.width)
            .min((self.page_room() - self.pending_titles()) / fig.height)
            .min(1.0)
    }

    /// A paragraph that introduces a figure, kept on one page with it (and any heading before).
    pub fn introduced_figure(&mut self, intro: &str, fig: &Figure) {
        if fig.height > 0.0 && fig.width > 0.0 {
            let lines = self
                .wrap(intro, self.content_width(), BODY, Style::Regular)
                .len();
            let intro_h = lines as f32 * BODY * LEADING + BODY * 0.6;
            let fig_h = fig.height * self.scale(fig);
            if intro_h + fig_h <= self.page_room() {
                self.lead(intro_h + fig_h);
            }
        }
        self.paragraph(intro);
        self.figure(fig);
    }

    /// A figure and the table it keys (a timeline and its milestones, a heat map and its risks):
    /// the figure stays on one page with the start of the table, or with the whole of a short one.
    pub fn keyed_figure(&mut self, fig: &Figure, table: &Table) {
        if fig.height > 0.0 && fig.width > 0.0 && fig.header == 0.0 {
            let follow = fig.height * self.scale(fig) + GAP + self.lead_of(table);
            if follow <= self.page_room() {
                self.lead(follow);
            }
        }
        self.figure(fig);
        self.table(table);
    }

    /// Draws `fig` whole on one page, scaled down if need be; a figure that would have to shrink
    /// below [`MIN_SCALE`] to fit a page (a large org chart) continues on the next pages instead,
    /// cut between its rows. A figure with a header band reads like a table: it is never shrunk
    /// to fit a page, moves whole when short, and otherwise continues with its header repeated.
    pub fn figure(&mut self, fig: &Figure) {
        if fig.height <= 0.0 || fig.width <= 0.0 {
            return;
        }
        let across = (self.content_width() / fig.width).min(1.0);
        let titles = self.pending_titles();
        let (whole, s) = if fig.header > 0.0 {
            let h = fig.height * across;
            let fits_here = self.y + titles + h <= self.bottom;
            (fits_here || h <= SHORT * self.page_room(), across)
        } else {
            let s = self.scale(fig);
            (s >= MIN_SCALE.min(across), s)
        };
        if whole {
            self.lead(fig.height * s);
            self.band(fig, s, (0.0, fig.height));
            self.y += GAP;
            return;
        }
        let limit = (self.page_room() - titles) / s;
        let left = (self.bottom - self.y - titles) / s;
        let mut cut = Cut {
            first: left,
            limit,
            rest: (self.page_room() / s - fig.header).max(limit / 2.0),
            keep: 0.0,
        };
        if fig.header > 0.0 {
            // The header stays with at least two of the parts (rows) below it.
            cut.keep = parts(fig)
                .iter()
                .filter(|p| p.0 >= fig.header)
                .nth(1)
                .map_or(fig.height, |p| p.1);
        } else if left * s < self.page_room() / 3.0 {
            // The figure starts on this page when a third of a page is left, else on the next.
            cut.first = limit;
        }
        for (i, band) in bands(fig, cut).iter().enumerate() {
            if i > 0 {
                self.new_page();
                if fig.header > 0.0 {
                    self.band(fig, s, (0.0, fig.header));
                }
            }
            self.lead((band.1 - band.0) * s);
            self.band(fig, s, *band);
        }
        self.y += GAP;
    }

    /// Draws the shapes of `fig` that start within `from..to` (lines clipped to it), the band's
    /// top at the cursor.
    fn band(&mut self, fig: &Figure, s: f32, (from, to): (f32, f32)) {
        let x0 = self.left + (self.content_width() - fig.width * s) / 2.0;
        let y0 = self.y - from * s;
        let at = |x: f32, y: f32| (x0 + x * s, y0 + y * s);
        let inside = |shape: &Shape| extent(shape).is_some_and(|(top, _)| top >= from && top < to);
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
                } if inside(shape) => {
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
                } if inside(shape) => {
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
                    let dash = if *dotted { Dash::Dotted } else { Dash::Solid };
                    for part in clipped(points, from, to) {
                        let pts: Vec<(f32, f32)> = part.iter().map(|[x, y]| at(*x, *y)).collect();
                        self.line(&pts, color(*stroke), width * s, dash);
                    }
                }
                Shape::Text {
                    x,
                    y,
                    text,
                    size,
                    bold,
                    anchor,
                    tone,
                } if inside(shape) => {
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
                _ => {}
            }
        }
        self.y = y0 + to * s;
    }
}

/// The scale below which a figure taller than a page is continued rather than shrunk: text set at
/// 7.5 pt stays above 5.6 pt.
const MIN_SCALE: f32 = 0.75;

/// A figure with a header band no taller than this share of a page moves whole to the next page
/// rather than split (as a short table does).
const SHORT: f32 = 0.4;

/// The space below a figure.
const GAP: f32 = 8.0;

/// How a figure taller than the room left is cut into bands, in the figure's points.
#[derive(Debug, Clone, Copy)]
struct Cut {
    /// The room left on this page.
    first: f32,
    /// The room on a fresh page for the first band (below any headings).
    limit: f32,
    /// The room on each later page (below the repeated header band).
    rest: f32,
    /// How far down the first band must reach to stay on this page.
    keep: f32,
}

/// The vertical span a shape covers (none for a line, which may cross a cut).
fn extent(shape: &Shape) -> Option<(f32, f32)> {
    match shape {
        Shape::Rect { y, h, .. } => Some((*y, y + h)),
        Shape::Ellipse { cy, ry, .. } => Some((cy - ry, cy + ry)),
        Shape::Text { y, size, .. } => Some((y - size, y + size * 0.3)),
        Shape::Line { .. } => None,
    }
}

/// The vertical spans the figure's shapes cover, overlapping ones merged, top to bottom.
fn parts(fig: &Figure) -> Vec<(f32, f32)> {
    let mut spans: Vec<(f32, f32)> = fig.shapes.iter().filter_map(extent).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut merged: Vec<(f32, f32)> = Vec::new();
    for (a, b) in spans {
        match merged.last_mut() {
            Some(last) if a <= last.1 => last.1 = last.1.max(b),
            _ => merged.push((a, b)),
        }
    }
    merged
}

/// Cuts the figure's height into bands, the first no taller than `cut.first` (or `cut.limit` on
/// a fresh page), the others than `cut.rest`, each cut in a gap between shapes (a band is cut short
/// only where no gap is found within it).
fn bands(fig: &Figure, cut: Cut) -> Vec<(f32, f32)> {
    let gaps: Vec<f32> = parts(fig)
        .windows(2)
        .map(|w| (w[0].1 + w[1].0) / 2.0)
        .collect();
    let mut out = Vec::new();
    let mut from = 0.0f32;
    let mut room = cut.first;
    while fig.height - from > room {
        let gap = gaps
            .iter()
            .copied()
            .filter(|g| *g > from && *g - from <= room)
            .fold(None, |best: Option<f32>, g| {
                Some(best.map_or(g, |b| b.max(g)))
            });
        // With no gap (or too little of the figure) in what is left of this page, the figure
        // starts on the next one.
        if out.is_empty() && room < cut.limit && gap.is_none_or(|g| g < cut.keep) {
            room = cut.limit;
            continue;
        }
        let end = gap.unwrap_or(from + room);
        out.push((from, end));
        from = end;
        room = cut.rest;
    }
    out.push((from, fig.height));
    out
}

/// The parts of a polyline within `from..=to`, each segment clipped to the band.
fn clipped(points: &[[f32; 2]], from: f32, to: f32) -> Vec<Vec<[f32; 2]>> {
    let mut parts: Vec<Vec<[f32; 2]>> = Vec::new();
    let mut current: Vec<[f32; 2]> = Vec::new();
    for pair in points.windows(2) {
        let ([x1, y1], [x2, y2]) = (pair[0], pair[1]);
        let (lo, hi) = (y1.min(y2), y1.max(y2));
        if hi < from || lo > to {
            if current.len() > 1 {
                parts.push(std::mem::take(&mut current));
            }
            current.clear();
            continue;
        }
        // A level segment lies wholly inside the band; a sloped one is cut where it crosses it.
        let (a, b) = if (y2 - y1).abs() < f32::EPSILON {
            ([x1, y1], [x2, y2])
        } else {
            let at = |y: f32| [x1 + (x2 - x1) * (y - y1) / (y2 - y1), y];
            (at(y1.clamp(from, to)), at(y2.clamp(from, to)))
        };
        if current.last() != Some(&a) {
            if current.len() > 1 {
                parts.push(std::mem::take(&mut current));
            }
            current = vec![a];
        }
        current.push(b);
    }
    if current.len() > 1 {
        parts.push(current);
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::{bands, clipped, Cut};
    use crate::chart::{Figure, Tone};

    #[test]
    fn a_tall_figure_is_cut_between_its_shapes() {
        let mut fig = Figure::new(100.0, "boxes");
        for i in 0..10 {
            fig.rect(0.0, i as f32 * 60.0, 50.0, 40.0, Some(Tone::Shade), None);
        }
        fig.height = 580.0;
        let cut = bands(
            &fig,
            Cut {
                first: 110.0,
                limit: 200.0,
                rest: 200.0,
                keep: 0.0,
            },
        );
        assert_eq!(cut.first(), Some(&(0.0, 110.0)));
        assert_eq!(cut.last().map(|b| b.1), Some(580.0));
        for (a, b) in &cut {
            assert!(b - a <= 200.0, "{a}..{b}");
            // Every cut falls in a gap: 40..60, 100..120, …
            assert!(*a == 0.0 || a.rem_euclid(60.0) > 40.0, "cut at {a}");
        }
    }

    #[test]
    fn a_line_across_a_cut_is_drawn_in_both_bands() {
        let trunk = [[5.0, 0.0], [5.0, 300.0], [20.0, 300.0]];
        assert_eq!(
            clipped(&trunk, 0.0, 100.0),
            vec![vec![[5.0, 0.0], [5.0, 100.0]]]
        );
        assert_eq!(
            clipped(&trunk, 100.0, 400.0),
            vec![vec![[5.0, 100.0], [5.0, 300.0], [20.0, 300.0]]]
        );
        assert!(clipped(&trunk, 310.0, 400.0).is_empty());
    }
}
