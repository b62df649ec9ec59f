//! Table column widths: each column its share of the width, widened so no header word and no
//! number has to break, the room taken from the columns that have some to spare.

use super::{Measure, Style};

/// One column as the width calculation sees it.
pub struct ColumnNeed<'a> {
    /// Share of the table's width, relative to the other columns.
    pub share: f32,
    pub title: &'a str,
    /// Cells that must stay on one line (numbers), with the style they are set in.
    pub unbroken: Vec<(&'a str, Style)>,
}

/// Widths of `columns` over `full` points at `size`, each cell padded by `pad` on both sides.
pub fn column_widths(
    m: &impl Measure,
    columns: &[ColumnNeed],
    full: f32,
    size: f32,
    pad: f32,
) -> Vec<f32> {
    let total: f32 = columns
        .iter()
        .map(|c| c.share)
        .sum::<f32>()
        .max(f32::EPSILON);
    let mut widths: Vec<f32> = columns.iter().map(|c| c.share / total * full).collect();
    let need: Vec<f32> = columns
        .iter()
        .map(|c| {
            let words = c
                .title
                .split_whitespace()
                .map(|w| m.width(w, Style::Bold, size));
            let cells = c.unbroken.iter().map(|(t, s)| m.width(t, *s, size));
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

#[cfg(test)]
mod tests {
    use super::super::testing::Mono;
    use super::*;

    fn col<'a>(share: f32, title: &'a str, unbroken: &[&'a str]) -> ColumnNeed<'a> {
        ColumnNeed {
            share,
            title,
            unbroken: unbroken.iter().map(|t| (*t, Style::Regular)).collect(),
        }
    }

    #[test]
    fn shares_split_the_width_when_everything_fits() {
        let w = column_widths(
            &Mono,
            &[col(3.0, "A", &[]), col(1.0, "B", &[])],
            400.0,
            10.0,
            2.0,
        );
        assert_eq!(w, vec![300.0, 100.0]);
    }

    #[test]
    fn a_number_too_wide_for_its_share_takes_room_from_the_others() {
        // "1,234,567,890" is 13 characters: 65 pt at 10 pt, plus padding 2 × 2 + 1.
        let cols = [
            col(9.0, "Description", &[]),
            col(1.0, "Total", &["1,234,567,890"]),
        ];
        let w = column_widths(&Mono, &cols, 400.0, 10.0, 2.0);
        assert!((w[1] - 70.0).abs() < 1e-3, "{w:?}");
        assert!((w.iter().sum::<f32>() - 400.0).abs() < 1e-3, "{w:?}");
    }

    #[test]
    fn header_words_never_break() {
        // "Employment" in bold Mono at 10 pt: 10 × 6 = 60 pt, plus 5 pt of padding.
        let cols = [col(1.0, "Employment", &[]), col(9.0, "Notes", &[])];
        let w = column_widths(&Mono, &cols, 300.0, 10.0, 2.0);
        assert!(w[0] >= 65.0 - 1e-3, "{w:?}");
    }
}
