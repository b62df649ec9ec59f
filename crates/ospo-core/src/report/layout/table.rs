//! Tables drawn across as many pages as they need: the header repeats, a row never splits unless it
//! alone is taller than a page, a short table moves whole, and a total row keeps rows above it.

use super::paint::{Paint, Placement, Rgb3, HEAD_FILL, INK, SHADE};
use super::{Composer, BODY, LEADING};
use crate::report::fonts::Style;
use crate::typeset::{self, ColumnNeed};

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

const PAD: f32 = 3.2;
/// A table no taller than this share of a page moves whole to the next page rather than split.
const SHORT: f32 = 0.4;

/// A table with its column widths and every cell broken into lines.
struct Laid {
    widths: Vec<f32>,
    header: Vec<Vec<String>>,
    rows: Vec<Vec<Vec<String>>>,
    footer: Option<Vec<Vec<String>>>,
    lh: f32,
}

impl Laid {
    fn height(&self, lines: &[Vec<String>]) -> f32 {
        let n = lines.iter().map(Vec::len).max().unwrap_or(1).max(1);
        n as f32 * self.lh + 2.0 * PAD
    }
}

impl Composer<'_> {
    fn lay(&self, table: &Table) -> Laid {
        let size = table.size;
        let needs: Vec<ColumnNeed> = table
            .columns
            .iter()
            .enumerate()
            .map(|(i, c)| ColumnNeed {
                share: c.width,
                title: &c.title,
                unbroken: if c.align == Align::Right {
                    table
                        .rows
                        .iter()
                        .map(|r| (r, Style::Regular))
                        .chain(table.footer.iter().map(|r| (r, Style::Bold)))
                        .filter_map(|(r, s)| r.get(i).map(|t| (t.as_str(), s)))
                        .collect()
                } else {
                    Vec::new()
                },
            })
            .collect();
        let widths = typeset::column_widths(self.fonts, &needs, self.content_width(), size, PAD);
        let cells = |row: &[String], style: Style| -> Vec<Vec<String>> {
            widths
                .iter()
                .enumerate()
                .map(|(i, w)| {
                    let text = row.get(i).map_or("", String::as_str);
                    self.wrap(text, w - 2.0 * PAD, size, style)
                })
                .collect()
        };
        let header: Vec<String> = table.columns.iter().map(|c| c.title.clone()).collect();
        Laid {
            header: cells(&header, Style::Bold),
            rows: table
                .rows
                .iter()
                .map(|r| cells(r, Style::Regular))
                .collect(),
            footer: table.footer.as_ref().map(|f| cells(f, Style::Bold)),
            widths,
            lh: size * LEADING,
        }
    }

    /// How much of a laid-out table must start on one page: a short table whole, a long one its
    /// header with two rows.
    fn table_lead(&self, laid: &Laid) -> f32 {
        let header_h = laid.height(&laid.header);
        let body: Vec<f32> = laid.rows.iter().map(|r| laid.height(r)).collect();
        let footer_h = laid.footer.as_ref().map_or(0.0, |f| laid.height(f));
        let whole = header_h + body.iter().sum::<f32>() + footer_h;
        let lead = if whole <= SHORT * self.page_room() {
            whole
        } else {
            header_h + body.iter().take(2).sum::<f32>()
        };
        lead.min(self.page_room())
    }

    /// How much of `table` must start on one page (see `table_lead`).
    pub(super) fn lead_of(&self, table: &Table) -> f32 {
        self.table_lead(&self.lay(table))
    }

    /// A paragraph that introduces a table, kept on one page with the table's start.
    pub fn introduced_table(&mut self, intro: &str, table: &Table) {
        let lines = self
            .wrap(intro, self.content_width(), BODY, Style::Regular)
            .len();
        let follow = lines as f32 * BODY * LEADING + BODY * 0.6 + self.table_lead(&self.lay(table));
        if follow <= self.page_room() {
            self.lead(follow);
        }
        self.paragraph(intro);
        self.table(table);
    }

    pub fn table(&mut self, table: &Table) {
        let laid = self.lay(table);
        let header_h = laid.height(&laid.header);
        let body: Vec<f32> = laid.rows.iter().map(|r| laid.height(r)).collect();
        let footer_h = laid.footer.as_ref().map_or(0.0, |f| laid.height(f));
        self.lead(self.table_lead(&laid));
        self.table_row(table, &laid, &laid.header, Style::Bold, Some(HEAD_FILL));
        let keep_from = laid.rows.len().saturating_sub(2);
        for (i, lines) in laid.rows.iter().enumerate() {
            // The total row never stands alone: the last two rows go with it.
            if laid.footer.is_some() && i == keep_from {
                let rest: f32 = body[i..].iter().sum::<f32>() + footer_h;
                if self.y + rest > self.bottom && rest + header_h <= self.page_room() {
                    self.new_page();
                    self.table_row(table, &laid, &laid.header, Style::Bold, Some(HEAD_FILL));
                }
            }
            let fill = (i % 2 == 1).then_some(SHADE);
            self.flow_row(table, &laid, lines.clone(), fill);
        }
        if let Some(footer) = &laid.footer {
            if self.y + footer_h > self.bottom {
                self.new_page();
                self.table_row(table, &laid, &laid.header, Style::Bold, Some(HEAD_FILL));
            }
            let y = self.y;
            self.rule(y, INK, 0.6);
            self.table_row(table, &laid, footer, Style::Bold, None);
        }
        self.y += 8.0;
    }

    /// Places one body row: on this page when it fits, else on the next after the repeated header;
    /// a row taller than a whole page is split between its lines.
    fn flow_row(
        &mut self,
        table: &Table,
        laid: &Laid,
        mut lines: Vec<Vec<String>>,
        fill: Option<Rgb3>,
    ) {
        let header_h = laid.height(&laid.header);
        loop {
            let h = laid.height(&lines);
            if self.y + h <= self.bottom {
                self.table_row(table, laid, &lines, Style::Regular, fill);
                return;
            }
            if h <= self.page_room() - header_h {
                self.new_page();
                self.table_row(table, laid, &laid.header, Style::Bold, Some(HEAD_FILL));
                continue;
            }
            let fit = ((self.bottom - self.y - 2.0 * PAD) / laid.lh)
                .floor()
                .max(0.0) as usize;
            if fit > 0 {
                let rest: Vec<Vec<String>> = lines
                    .iter_mut()
                    .map(|cell| cell.split_off(fit.min(cell.len())))
                    .collect();
                self.table_row(table, laid, &lines, Style::Regular, fill);
                lines = rest;
            }
            self.new_page();
            self.table_row(table, laid, &laid.header, Style::Bold, Some(HEAD_FILL));
        }
    }

    fn table_row(
        &mut self,
        table: &Table,
        laid: &Laid,
        lines: &[Vec<String>],
        style: Style,
        fill: Option<Rgb3>,
    ) {
        let size = table.size;
        let h = laid.height(lines);
        let y = self.y;
        if let Some(color) = fill {
            let (l, w) = (self.left, self.content_width());
            self.rect(l, y, w, h, Paint::fill(color));
        }
        let mut x = self.left;
        for (i, w) in laid.widths.iter().enumerate() {
            let align = match table.columns[i].align {
                Align::Left => Placement::Start,
                Align::Right => Placement::End,
            };
            for (n, line) in lines[i].iter().enumerate() {
                let baseline = y + PAD + size + n as f32 * laid.lh - size * 0.12;
                self.text_in(
                    x + PAD,
                    w - 2.0 * PAD,
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
}
