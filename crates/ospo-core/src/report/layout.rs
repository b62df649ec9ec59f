//! Page layout for the documents: paper sizes, greedy wrapping with measured widths, headings that feed the
//! outline and contents, tables that break across pages, running header and footer with "page n of N".

use super::fonts::{Fonts, Style};
use printpdf::{
    Color, Line, LineDashPattern, LinePoint, Op, PaintMode, PdfFontHandle, Point, Polygon,
    PolygonRing, Pt, Rgb, TextItem, TextMatrix, WindingOrder,
};

/// Paper the documents are set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "PaperSize")]
pub enum Paper {
    A4,
    Letter,
}

/// Regions whose default paper is US Letter; everywhere else uses A4.
const LETTER_REGIONS: &[&str] = &[
    "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI", "PR", "BZ",
];

impl Paper {
    /// Letter for locales of the Americas that use it (en-US, en-CA, es-MX, fr-CA…), A4 otherwise.
    pub fn for_locale(locale: &str) -> Paper {
        let letter = locale.split(['-', '_']).skip(1).any(|part| {
            part.len() == 2 && LETTER_REGIONS.contains(&part.to_ascii_uppercase().as_str())
        });
        if letter {
            Paper::Letter
        } else {
            Paper::A4
        }
    }

    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

pub const INK: (f32, f32, f32) = (0.13, 0.15, 0.18);
pub const MUTED: (f32, f32, f32) = (0.40, 0.43, 0.48);
pub const ACCENT: (f32, f32, f32) = (0.09, 0.36, 0.62);
pub const ACCENT_2: (f32, f32, f32) = (0.87, 0.47, 0.10);
pub const RULE: (f32, f32, f32) = (0.78, 0.80, 0.84);
pub const SHADE: (f32, f32, f32) = (0.93, 0.95, 0.97);
pub const HEAD_FILL: (f32, f32, f32) = (0.86, 0.90, 0.95);

pub fn rgb((r, g, b): (f32, f32, f32)) -> Color {
    Color::Rgb(Rgb {
        r,
        g,
        b,
        icc_profile: None,
    })
}

pub const BODY: f32 = 9.5;
const LEADING: f32 = 1.32;

/// A section heading as it lands: its title and the page (0-based) it starts on.
#[derive(Debug, Clone)]
pub struct Heading {
    pub title: String,
    pub page: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

pub struct Column {
    pub title: String,
    /// Share of the table's width, relative to the other columns.
    pub width: f32,
    pub align: Align,
}

impl Column {
    pub fn left(title: &str, width: f32) -> Column {
        Column {
            title: title.to_owned(),
            width,
            align: Align::Left,
        }
    }

    pub fn right(title: &str, width: f32) -> Column {
        Column {
            title: title.to_owned(),
            width,
            align: Align::Right,
        }
    }
}

/// A table drawn across as many pages as it needs: the header repeats, a row never splits
/// unless it alone is taller than a page.
pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
    /// A bold closing row, such as totals.
    pub footer: Option<Vec<String>>,
    pub size: f32,
}

impl Table {
    pub fn new(columns: Vec<Column>) -> Table {
        Table {
            columns,
            rows: Vec::new(),
            footer: None,
            size: 8.5,
        }
    }
}

/// Lays content out top to bottom over pages; coordinates are points from the top-left corner.
pub struct Composer<'f> {
    pub fonts: &'f Fonts,
    pub width: f32,
    pub height: f32,
    pub left: f32,
    pub top: f32,
    pub bottom: f32,
    pages: Vec<Vec<Op>>,
    current: usize,
    pub y: f32,
    headings: Vec<Heading>,
}

impl<'f> Composer<'f> {
    pub fn new(fonts: &'f Fonts, paper: Paper) -> Composer<'f> {
        let (width, height) = paper.size();
        Composer {
            fonts,
            width,
            height,
            left: 54.0,
            top: 66.0,
            bottom: height - 58.0,
            pages: vec![Vec::new()],
            current: 0,
            y: 66.0,
            headings: Vec::new(),
        }
    }

    pub fn right(&self) -> f32 {
        self.width - self.left
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.left
    }

    pub fn headings(&self) -> &[Heading] {
        &self.headings
    }

    pub fn into_pages(self) -> Vec<Vec<Op>> {
        self.pages
    }

    pub fn new_page(&mut self) {
        self.pages.push(Vec::new());
        self.current = self.pages.len() - 1;
        self.y = self.top;
    }

    /// Draws on an earlier page (the contents, once page numbers are known) from its top.
    pub fn revisit(&mut self, page: usize) -> (usize, f32) {
        let saved = (self.current, self.y);
        self.current = page.min(self.pages.len() - 1);
        self.y = self.top;
        saved
    }

    pub fn resume(&mut self, (page, y): (usize, f32)) {
        self.current = page;
        self.y = y;
    }

    /// Starts a new page unless `h` points still fit on this one.
    pub fn ensure(&mut self, h: f32) {
        if self.y + h > self.bottom && self.y > self.top {
            self.new_page();
        }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.pages[self.current]
    }

    // ---- drawing primitives -------------------------------------------------------------

    /// One line of text with its baseline at `baseline` (from the top), split into runs by font coverage.
    pub fn text(
        &mut self,
        x: f32,
        baseline: f32,
        size: f32,
        style: Style,
        color: (f32, f32, f32),
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
        color: (f32, f32, f32),
        align: Placement,
        text: &str,
    ) {
        let tw = self.fonts.width(text, style, size);
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

    /// A closed shape through `points` (top-based); a point flagged true is a Bézier control point.
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

    /// An open line through `points` (top-based).
    pub fn line(&mut self, points: &[(f32, f32)], color: (f32, f32, f32), width: f32, dash: Dash) {
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

    pub fn rule(&mut self, y: f32, color: (f32, f32, f32), width: f32) {
        let (l, r) = (self.left, self.right());
        self.line(&[(l, y), (r, y)], color, width, Dash::Solid);
    }

    // ---- text flow ----------------------------------------------------------------------

    /// Greedy line breaking at spaces and between CJK characters, with measured widths; a word
    /// wider than the line is broken between characters.
    pub fn wrap(&self, text: &str, width: f32, size: f32, style: Style) -> Vec<String> {
        wrap(self.fonts, text, width, size, style)
    }

    /// `text` cut to one line of `width`, ending in "…" when it had to be shortened.
    pub fn fit(&self, text: &str, width: f32, size: f32, style: Style) -> String {
        if self.measure(text, style, size) <= width {
            return text.to_owned();
        }
        let mut out = String::new();
        for c in text.chars() {
            out.push(c);
            if self.measure(&out, style, size) + self.measure("…", style, size) > width {
                out.pop();
                break;
            }
        }
        format!("{}…", out.trim_end())
    }

    /// A wrapped paragraph at the cursor; at most `max_lines` lines when given (the rest elided).
    pub fn paragraph_limited(
        &mut self,
        text: &str,
        size: f32,
        style: Style,
        color: (f32, f32, f32),
        max_lines: Option<usize>,
    ) {
        let x = self.left;
        let w = self.content_width();
        self.block(x, w, text, size, style, color, max_lines);
        self.y += size * 0.6;
    }

    pub fn paragraph(&mut self, text: &str) {
        self.paragraph_limited(text, BODY, Style::Regular, INK, None);
    }

    /// Wrapped lines in [x, x + w] from the cursor down, breaking pages between lines.
    #[allow(clippy::too_many_arguments)]
    pub fn block(
        &mut self,
        x: f32,
        w: f32,
        text: &str,
        size: f32,
        style: Style,
        color: (f32, f32, f32),
        max_lines: Option<usize>,
    ) {
        let mut lines = self.wrap(text, w, size, style);
        if let Some(max) = max_lines {
            if lines.len() > max {
                lines.truncate(max);
                if let Some(last) = lines.last_mut() {
                    let cut = format!("{last}…");
                    *last = self.fit(&cut, w, size, style);
                    if !last.ends_with('…') {
                        last.push('…');
                    }
                }
            }
        }
        let lh = size * LEADING;
        for line in lines {
            self.ensure(lh);
            self.text(x, self.y + size, size, style, color, &line);
            self.y += lh;
        }
    }

    pub fn bullets(&mut self, items: &[String], max_lines_each: Option<usize>) {
        let indent = 12.0;
        for item in items {
            self.ensure(BODY * LEADING);
            let y = self.y;
            self.text(self.left + 2.0, y + BODY, BODY, Style::Regular, ACCENT, "•");
            let (x, w) = (self.left + indent, self.content_width() - indent);
            self.block(x, w, item, BODY, Style::Regular, INK, max_lines_each);
            self.y += 2.0;
        }
        self.y += BODY * 0.4;
    }

    /// A numbered section heading: recorded for the outline and contents, kept with what follows.
    pub fn heading(&mut self, title: &str) {
        let size = 15.0;
        self.y += 6.0;
        self.ensure(size * 1.6 + 90.0);
        if self.y > self.top {
            self.y += 4.0;
        }
        self.headings.push(Heading {
            title: title.to_owned(),
            page: self.current,
        });
        let w = self.content_width();
        let lines = self.wrap(title, w, size, Style::Bold);
        for line in lines {
            self.text(self.left, self.y + size, size, Style::Bold, ACCENT, &line);
            self.y += size * 1.25;
        }
        self.y += 3.0;
        self.rule(self.y, ACCENT, 0.8);
        self.y += 9.0;
    }

    pub fn subheading(&mut self, title: &str) {
        let size = 11.0;
        self.y += 3.0;
        self.ensure(size * 1.4 + 40.0);
        let (x, w) = (self.left, self.content_width());
        self.block(x, w, title, size, Style::Bold, INK, None);
        self.y += 3.0;
    }

    /// Label–value pairs in two columns.
    pub fn facts(&mut self, pairs: &[(String, String)]) {
        let label_w = pairs
            .iter()
            .map(|(l, _)| self.measure(l, Style::Bold, BODY))
            .fold(0.0f32, f32::max)
            .min(self.content_width() * 0.35)
            + 10.0;
        for (label, value) in pairs {
            let lh = BODY * LEADING;
            self.ensure(lh);
            let (y, left) = (self.y, self.left);
            let label = self.fit(label, label_w - 10.0, BODY, Style::Bold);
            self.text(left, y + BODY, BODY, Style::Bold, MUTED, &label);
            let w = self.content_width() - label_w;
            self.block(left + label_w, w, value, BODY, Style::Regular, INK, Some(4));
            self.y += 1.5;
        }
        self.y += BODY * 0.5;
    }

    // ---- tables -------------------------------------------------------------------------

    pub fn table(&mut self, table: &Table) {
        let size = table.size;
        let lh = size * LEADING;
        let pad = 3.2;
        let total: f32 = table
            .columns
            .iter()
            .map(|c| c.width)
            .sum::<f32>()
            .max(f32::EPSILON);
        let widths = self.column_widths(table, total, pad);
        let header: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
        let header_lines = self.cell_lines(&header, &widths, size, Style::Bold, pad);
        let header_h = row_height(&header_lines, lh, pad);

        // Keep the header with the first row, or with its first lines when that row is very tall.
        let min_first_row = table
            .rows
            .first()
            .map(|r| {
                row_height(
                    &self.cell_lines(r, &widths, size, Style::Regular, pad),
                    lh,
                    pad,
                )
            })
            .unwrap_or(0.0)
            .min(3.0 * lh + 2.0 * pad);
        self.ensure(header_h + min_first_row);
        self.table_row(
            table,
            &widths,
            &header_lines,
            size,
            Style::Bold,
            Some(HEAD_FILL),
            pad,
        );

        for (i, row) in table.rows.iter().enumerate() {
            let lines = self.cell_lines(row, &widths, size, Style::Regular, pad);
            let fill = (i % 2 == 1).then_some(SHADE);
            self.flow_row(
                table,
                &widths,
                &header_lines,
                lines,
                size,
                Style::Regular,
                fill,
                pad,
            );
        }
        if let Some(footer) = &table.footer {
            let lines = self.cell_lines(footer, &widths, size, Style::Bold, pad);
            let h = row_height(&lines, lh, pad);
            if self.y + h > self.bottom {
                self.new_page();
                self.table_row(
                    table,
                    &widths,
                    &header_lines,
                    size,
                    Style::Bold,
                    Some(HEAD_FILL),
                    pad,
                );
            }
            let y = self.y;
            self.rule(y, INK, 0.6);
            self.table_row(table, &widths, &lines, size, Style::Bold, None, pad);
        }
        self.y += 8.0;
    }

    /// Places one body row: on this page when it fits, else on the next after the repeated header;
    /// a row taller than a whole page is split between its lines.
    #[allow(clippy::too_many_arguments)]
    fn flow_row(
        &mut self,
        table: &Table,
        widths: &[f32],
        header: &[Vec<String>],
        mut lines: Vec<Vec<String>>,
        size: f32,
        style: Style,
        fill: Option<(f32, f32, f32)>,
        pad: f32,
    ) {
        let lh = size * LEADING;
        let header_h = row_height(header, lh, pad);
        loop {
            let h = row_height(&lines, lh, pad);
            if self.y + h <= self.bottom {
                self.table_row(table, widths, &lines, size, style, fill, pad);
                return;
            }
            let page_room = self.bottom - self.top - header_h;
            if h <= page_room {
                self.new_page();
                self.table_row(
                    table,
                    widths,
                    header,
                    size,
                    Style::Bold,
                    Some(HEAD_FILL),
                    pad,
                );
                continue;
            }
            // Taller than a page: fill what is left here, carry the other lines over.
            let fit = ((self.bottom - self.y - 2.0 * pad) / lh).floor().max(0.0) as usize;
            if fit > 0 {
                let rest: Vec<Vec<String>> = lines
                    .iter_mut()
                    .map(|cell| cell.split_off(fit.min(cell.len())))
                    .collect();
                self.table_row(table, widths, &lines, size, style, fill, pad);
                lines = rest;
            }
            self.new_page();
            self.table_row(
                table,
                widths,
                header,
                size,
                Style::Bold,
                Some(HEAD_FILL),
                pad,
            );
        }
    }

    /// Column widths by share, widened so no header word has to break, taken from the widest columns.
    fn column_widths(&self, table: &Table, total: f32, pad: f32) -> Vec<f32> {
        let full = self.content_width();
        let mut widths: Vec<f32> = table
            .columns
            .iter()
            .map(|c| c.width / total * full)
            .collect();
        // Header words never break; right-aligned (numeric) cells never wrap at all.
        let need: Vec<f32> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let words = c
                    .title
                    .split_whitespace()
                    .map(|w| self.measure(w, Style::Bold, table.size));
                let cells = table
                    .rows
                    .iter()
                    .map(|r| (r, Style::Regular))
                    .chain(table.footer.iter().map(|r| (r, Style::Bold)))
                    .filter(|_| c.align == Align::Right)
                    .filter_map(|(r, style)| r.get(i).map(|t| self.measure(t, style, table.size)));
                words.chain(cells).fold(0.0f32, f32::max) + 2.0 * pad + 1.0
            })
            .collect();
        for i in 0..widths.len() {
            let short = need[i] - widths[i];
            if short <= 0.0 {
                continue;
            }
            widths[i] = need[i];
            let spare: f32 = (0..widths.len())
                .filter(|&j| j != i && widths[j] > need[j])
                .map(|j| widths[j] - need[j])
                .sum();
            if spare <= 0.0 {
                continue;
            }
            for j in 0..widths.len() {
                if j != i && widths[j] > need[j] {
                    widths[j] -= short.min(spare) * (widths[j] - need[j]) / spare;
                }
            }
        }
        widths
    }

    fn cell_lines(
        &self,
        cells: &[String],
        widths: &[f32],
        size: f32,
        style: Style,
        pad: f32,
    ) -> Vec<Vec<String>> {
        widths
            .iter()
            .enumerate()
            .map(|(i, w)| {
                let text = cells.get(i).map_or("", String::as_str);
                self.wrap(text, w - 2.0 * pad, size, style)
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn table_row(
        &mut self,
        table: &Table,
        widths: &[f32],
        lines: &[Vec<String>],
        size: f32,
        style: Style,
        fill: Option<(f32, f32, f32)>,
        pad: f32,
    ) {
        let lh = size * LEADING;
        let h = row_height(lines, lh, pad);
        let y = self.y;
        if let Some(color) = fill {
            let (l, w) = (self.left, self.content_width());
            self.rect(l, y, w, h, Paint::fill(color));
        }
        let mut x = self.left;
        for (i, w) in widths.iter().enumerate() {
            let align = match table.columns[i].align {
                Align::Left => Placement::Start,
                Align::Right => Placement::End,
            };
            for (n, line) in lines[i].iter().enumerate() {
                let baseline = y + pad + size + n as f32 * lh - size * 0.12;
                self.text_in(
                    x + pad,
                    w - 2.0 * pad,
                    baseline,
                    size,
                    style,
                    INK,
                    align,
                    line,
                );
            }
            x += w;
        }
        self.y = y + h;
    }

    // ---- running header and footer ------------------------------------------------------

    /// Draws the running header (`left`, `right` titles) and "Page n of N" footer on every page from `from`.
    pub fn decorate(
        &mut self,
        from: usize,
        left_title: &str,
        right_title: &str,
        footer_note: &str,
    ) {
        let n = self.pages.len();
        let size = 7.5;
        for page in from..n {
            let saved = self.revisit(page);
            let (l, w) = (self.left, self.content_width());
            let half = w / 2.0 - 8.0;
            let left_text = self.fit(left_title, half, size, Style::Bold);
            let right_text = self.fit(right_title, half, size, Style::Regular);
            let top = 36.0;
            self.text(l, top, size, Style::Bold, MUTED, &left_text);
            self.text_in(
                l,
                w,
                top,
                size,
                Style::Regular,
                MUTED,
                Placement::End,
                &right_text,
            );
            self.rule(top + 5.0, RULE, 0.5);
            let foot = self.height - 32.0;
            self.rule(foot - 11.0, RULE, 0.5);
            let note = self.fit(footer_note, half, size, Style::Regular);
            self.text(l, foot, size, Style::Regular, MUTED, &note);
            let label = format!("Page {} of {}", page + 1, n);
            self.text_in(
                l,
                w,
                foot,
                size,
                Style::Regular,
                MUTED,
                Placement::End,
                &label,
            );
            self.resume(saved);
        }
    }
}

fn row_height(lines: &[Vec<String>], lh: f32, pad: f32) -> f32 {
    let n = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
    n as f32 * lh + 2.0 * pad
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
    pub fill: Option<(f32, f32, f32)>,
    pub stroke: Option<((f32, f32, f32), f32)>,
    pub dash: Dash,
}

impl Paint {
    pub fn fill(color: (f32, f32, f32)) -> Paint {
        Paint {
            fill: Some(color),
            stroke: None,
            dash: Dash::Solid,
        }
    }

    pub fn both(fill: (f32, f32, f32), stroke: (f32, f32, f32), width: f32) -> Paint {
        Paint {
            fill: Some(fill),
            stroke: Some((stroke, width)),
            dash: Dash::Solid,
        }
    }

    pub fn dotted(self) -> Paint {
        Paint {
            dash: Dash::Dotted,
            ..self
        }
    }

    fn state_ops(&self) -> Vec<Op> {
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

/// True for characters between which a line may break without a space (CJK scripts).
fn breaks_anywhere(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FFF | 0x3000..=0x30FF | 0x3100..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

/// Splits a word into the pieces a line may break between: CJK characters stand alone.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        if breaks_anywhere(c) {
            if start < i {
                out.push(&word[start..i]);
            }
            out.push(&word[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < word.len() {
        out.push(&word[start..]);
    }
    out
}

pub fn wrap(fonts: &Fonts, text: &str, width: f32, size: f32, style: Style) -> Vec<String> {
    let width = width.max(size);
    let space = fonts.width(" ", style, size);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0f32;
        for word in para.split([' ', '\t']).filter(|w| !w.is_empty()) {
            for (k, piece) in pieces(word).into_iter().enumerate() {
                let joined = k > 0;
                let gap = if line.is_empty() || joined {
                    0.0
                } else {
                    space
                };
                let w = fonts.width(piece, style, size);
                if line_w + gap + w <= width {
                    if gap > 0.0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    line_w += gap + w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if w <= width {
                    line.push_str(piece);
                    line_w = w;
                    continue;
                }
                // A piece wider than the line: break it between characters.
                for c in piece.chars() {
                    let cw = fonts.width(c.encode_utf8(&mut [0; 4]), style, size);
                    if line_w + cw > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            }
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}
