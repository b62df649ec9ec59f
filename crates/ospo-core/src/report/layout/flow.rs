//! Text that flows down the page: headings kept with what follows, paragraphs, bullet lists and
//! label–value pairs, wrapped in full (nothing is ever cut short).

use super::paint::{Rgb3, ACCENT, INK, MUTED};
use super::{Composer, Pending, BODY, LEADING};
use crate::report::fonts::Style;
use crate::typeset;

const HEADING: f32 = 15.0;
const SUBHEADING: f32 = 11.0;

impl Composer<'_> {
    /// Greedy line breaking at spaces and between CJK characters, with measured widths.
    pub fn wrap(&self, text: &str, width: f32, size: f32, style: Style) -> Vec<String> {
        typeset::wrap(self.fonts, text, width, size, style)
    }

    /// A section heading, recorded for the outline and contents; placed with what follows it.
    pub fn heading(&mut self, title: &str) {
        self.pending.push(Pending {
            title: title.to_owned(),
            section: true,
        });
    }

    /// A heading within a section; placed with what follows it.
    pub fn subheading(&mut self, title: &str) {
        self.pending.push(Pending {
            title: title.to_owned(),
            section: false,
        });
    }

    pub(super) fn pending_height(&self, title: &str, section: bool) -> f32 {
        let w = self.content_width();
        if section {
            let lines = self.wrap(title, w, HEADING, Style::Bold).len() as f32;
            10.0 + lines * HEADING * 1.25 + 12.0
        } else {
            let lines = self.wrap(title, w, SUBHEADING, Style::Bold).len() as f32;
            6.0 + lines * SUBHEADING * LEADING
        }
    }

    pub(super) fn place_heading(&mut self, title: &str, section: bool) {
        let w = self.content_width();
        if section {
            self.y += if self.y > self.top { 10.0 } else { 0.0 };
            self.headings.push(super::Heading {
                title: title.to_owned(),
                page: self.current,
            });
            for line in self.wrap(title, w, HEADING, Style::Bold) {
                let (x, y) = (self.left, self.y + HEADING);
                self.text(x, y, HEADING, Style::Bold, ACCENT, &line);
                self.y += HEADING * 1.25;
            }
            self.y += 3.0;
            self.rule(self.y, ACCENT, 0.8);
            self.y += 9.0;
        } else {
            self.y += 3.0;
            let x = self.left;
            self.block_lines(x, w, title, SUBHEADING, Style::Bold, INK);
            self.y += 3.0;
        }
    }

    /// A wrapped paragraph at the cursor.
    pub fn paragraph_styled(&mut self, text: &str, size: f32, style: Style, color: Rgb3) {
        let (x, w) = (self.left, self.content_width());
        self.block(x, w, text, size, style, color);
        self.y += size * 0.6;
    }

    pub fn paragraph(&mut self, text: &str) {
        self.paragraph_styled(text, BODY, Style::Regular, INK);
    }

    /// A muted line saying a part of the plan is empty.
    pub fn none_yet(&mut self, text: &str) {
        self.paragraph_styled(text, BODY, Style::Regular, MUTED);
    }

    /// Wrapped lines in [x, x + w] from the cursor down, breaking pages between lines; the first
    /// two lines stay with any heading before them.
    pub fn block(&mut self, x: f32, w: f32, text: &str, size: f32, style: Style, color: Rgb3) {
        let lines = self.wrap(text, w, size, style);
        let lh = size * LEADING;
        self.lead(lines.len().min(2) as f32 * lh);
        self.draw_lines(x, &lines, size, style, color);
    }

    fn block_lines(&mut self, x: f32, w: f32, text: &str, size: f32, style: Style, color: Rgb3) {
        let lines = self.wrap(text, w, size, style);
        self.draw_lines(x, &lines, size, style, color);
    }

    /// Lines down the page; the last line of four or more never goes to a new page alone.
    fn draw_lines(&mut self, x: f32, lines: &[String], size: f32, style: Style, color: Rgb3) {
        let lh = size * LEADING;
        for (i, line) in lines.iter().enumerate() {
            let widow = lines.len() >= 4 && i + 2 == lines.len();
            self.ensure(if widow { 2.0 * lh } else { lh });
            self.text(x, self.y + size, size, style, color, line);
            self.y += lh;
        }
    }

    pub fn bullets(&mut self, items: &[String]) {
        let indent = 12.0;
        let lh = BODY * LEADING;
        let w = self.content_width() - indent;
        let first: Vec<usize> = items
            .iter()
            .take(2)
            .map(|i| self.wrap(i, w, BODY, Style::Regular).len())
            .collect();
        // A heading before the list keeps its first two lines, across items if need be (the second
        // item keeps its own first two lines together).
        let follow = match first[..] {
            [1, next] => lh + 2.0 + next.min(2) as f32 * lh,
            [n, ..] => n.min(2) as f32 * lh,
            [] => 0.0,
        };
        self.lead(follow + 2.0);
        for item in items {
            let lines = self.wrap(item, w, BODY, Style::Regular);
            self.ensure(lines.len().min(2) as f32 * lh);
            let y = self.y;
            self.text(self.left + 2.0, y + BODY, BODY, Style::Regular, ACCENT, "•");
            let x = self.left + indent;
            self.draw_lines(x, &lines, BODY, Style::Regular, INK);
            self.y += 2.0;
        }
        self.y += BODY * 0.4;
    }

    /// Label–value pairs in two columns; labels and values both wrap.
    pub fn facts(&mut self, pairs: &[(String, String)]) {
        let lh = BODY * LEADING;
        let label_w = pairs
            .iter()
            .map(|(l, _)| self.measure(l, Style::Bold, BODY))
            .fold(0.0f32, f32::max)
            .min(self.content_width() * 0.35)
            + 10.0;
        let value_w = self.content_width() - label_w;
        for (label, value) in pairs {
            let labels = self.wrap(label, label_w - 10.0, BODY, Style::Bold);
            let values = self.wrap(value, value_w, BODY, Style::Regular);
            let rows = labels.len().max(values.len());
            self.lead(rows.min(2) as f32 * lh);
            if rows <= 3 {
                self.ensure(rows as f32 * lh);
            }
            let (y, left) = (self.y, self.left);
            self.draw_lines(left, &labels, BODY, Style::Bold, MUTED);
            let after_label = self.y;
            self.y = y;
            self.draw_lines(left + label_w, &values, BODY, Style::Regular, INK);
            self.y = self.y.max(after_label) + 1.5;
        }
        self.y += BODY * 0.5;
    }
}
