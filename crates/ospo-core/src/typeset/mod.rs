//! Fitting text to widths, shared by the PDF's page layout and the charts' geometry: greedy line
//! breaking with measured widths, the size at which a line fits, and table column widths.

mod columns;
mod wrap;

pub use columns::{column_widths, ColumnNeed};
pub use wrap::{fit_size, wrap};

pub use crate::report::Style;

/// Anything that can say how wide a run of text is, in points at `size`.
pub trait Measure {
    fn width(&self, text: &str, style: Style, size: f32) -> f32;
}

/// Widths from the documents' own face (DejaVu Sans), for layouts made without a document, such
/// as the charts the app draws.
pub struct DocumentFace;

impl Measure for DocumentFace {
    fn width(&self, text: &str, style: Style, size: f32) -> f32 {
        crate::report::face_width(text, style, size)
    }
}

#[cfg(test)]
pub(crate) mod testing {
    use super::{Measure, Style};

    /// Every character is `size / 2` wide, bold ones `size * 0.6`: easy to reason about in tests.
    pub struct Mono;

    impl Measure for Mono {
        fn width(&self, text: &str, style: Style, size: f32) -> f32 {
            let per = match style {
                Style::Regular => 0.5,
                Style::Bold => 0.6,
            };
            text.chars().count() as f32 * size * per
        }
    }
}
