//! Page layout for the documents: a composer that lays content top to bottom over pages, keeps each
//! heading with what follows it, and records headings for the outline and contents.

mod decor;
mod draw;
mod figure;
mod flow;
mod paint;
mod paper;
mod table;

pub use paint::{Dash, Paint, Placement, ACCENT, HEAD_FILL, INK, MUTED, RULE};
pub use paper::Paper;
pub use table::{Align, Column, Table};

use super::fonts::{Fonts, Style};
use crate::typeset::Measure;
use printpdf::Op;

pub const BODY: f32 = 9.5;
pub const LEADING: f32 = 1.32;

/// A section heading as it lands: its title and the page (0-based) it starts on.
#[derive(Debug, Clone)]
pub struct Heading {
    pub title: String,
    pub page: usize,
}

/// A heading waiting to be placed together with the first lines of what follows it.
struct Pending {
    title: String,
    section: bool,
}

impl Measure for Fonts {
    fn width(&self, text: &str, style: Style, size: f32) -> f32 {
        Fonts::width(self, text, style, size)
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
    pending: Vec<Pending>,
    /// Said on every page when set, e.g. that the document holds sample content.
    pub stamp: Option<String>,
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
            pending: Vec::new(),
            stamp: None,
        }
    }

    pub fn right(&self) -> f32 {
        self.width - self.left
    }

    pub fn content_width(&self) -> f32 {
        self.width - 2.0 * self.left
    }

    /// Room on a page between the top and bottom margins.
    pub fn page_room(&self) -> f32 {
        self.bottom - self.top
    }

    pub fn headings(&self) -> &[Heading] {
        &self.headings
    }

    pub fn page_count(&self) -> usize {
        self.pages.len()
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

    /// Makes room for the first `follow` points of what comes next, together with any headings
    /// waiting for it, then places those headings: a heading never ends a page alone.
    pub fn lead(&mut self, follow: f32) {
        if self.pending.is_empty() {
            self.ensure(follow);
            return;
        }
        self.ensure(self.pending_titles() + follow);
        for p in std::mem::take(&mut self.pending) {
            self.place_heading(&p.title, p.section);
        }
    }

    /// The height of the headings waiting to be placed with what follows.
    pub(super) fn pending_titles(&self) -> f32 {
        self.pending
            .iter()
            .map(|p| self.pending_height(&p.title, p.section))
            .sum()
    }

    /// Places headings that nothing followed (the end of a document); with none waiting, starts
    /// no page (the space after the last item may reach past the bottom margin).
    pub fn flush(&mut self) {
        if !self.pending.is_empty() {
            self.lead(0.0);
        }
    }

    fn ops(&mut self) -> &mut Vec<Op> {
        &mut self.pages[self.current]
    }
}
