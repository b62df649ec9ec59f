//! What every page carries: the running header, "Page n of N" in the footer, and the stamp that a
//! draft still holds sample content. Long titles shrink, then wrap; they are never cut.

use super::paint::{Placement, ACCENT_2, MUTED, RULE};
use super::Composer;
use crate::report::fonts::Style;
use crate::typeset;

const SIZE: f32 = 7.5;
const MIN_SIZE: f32 = 6.0;

impl Composer<'_> {
    /// Draws the running header (`left_title`, `right_title`) and footer on every page from
    /// `from`, and the stamp, when set, on every page.
    pub fn decorate(
        &mut self,
        from: usize,
        left_title: &str,
        right_title: &str,
        footer_note: &str,
    ) {
        let n = self.pages.len();
        for page in 0..n {
            let saved = self.revisit(page);
            if let Some(stamp) = self.stamp.clone() {
                let (l, w) = (self.left, self.content_width());
                self.text_in(
                    l,
                    w,
                    22.0,
                    8.0,
                    Style::Bold,
                    ACCENT_2,
                    Placement::Center,
                    &stamp,
                );
            }
            if page >= from {
                self.running(page, n, left_title, right_title, footer_note);
            }
            self.resume(saved);
        }
    }

    fn running(&mut self, page: usize, n: usize, left_title: &str, right_title: &str, note: &str) {
        let (l, w) = (self.left, self.content_width());
        let half = w / 2.0 - 8.0;
        let top = 36.0;
        self.corner(
            l,
            half,
            top,
            left_title,
            Style::Bold,
            Placement::Start,
            true,
        );
        self.corner(
            l + w - half,
            half,
            top,
            right_title,
            Style::Regular,
            Placement::End,
            true,
        );
        self.rule(top + 5.0, RULE, 0.5);
        let foot = self.height - 32.0;
        self.rule(foot - 11.0, RULE, 0.5);
        self.corner(l, half, foot, note, Style::Regular, Placement::Start, false);
        let label = format!("Page {} of {n}", page + 1);
        self.text_in(
            l,
            w,
            foot,
            SIZE,
            Style::Regular,
            MUTED,
            Placement::End,
            &label,
        );
    }

    /// One corner's text in `w` points: shrunk to fit, else wrapped, growing away from the page.
    #[allow(clippy::too_many_arguments)]
    fn corner(
        &mut self,
        x: f32,
        w: f32,
        baseline: f32,
        text: &str,
        style: Style,
        align: Placement,
        upward: bool,
    ) {
        let size = typeset::fit_size(self.fonts, text, w, SIZE, MIN_SIZE, style);
        let lines = self.wrap(text, w, size, style);
        let lh = size * 1.15;
        let first = if upward {
            baseline - (lines.len() as f32 - 1.0) * lh
        } else {
            baseline
        };
        for (i, line) in lines.iter().enumerate() {
            let y = first + i as f32 * lh;
            self.text_in(x, w, y, size, style, MUTED, align, line);
        }
    }
}
