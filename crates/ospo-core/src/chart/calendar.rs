//! The communication calendar: the plan's first twelve months as columns, a row per communication
//! (its audience and message, wrapped), a mark in each month it goes out, "2×" where it goes out
//! more than once. The month names form a header band that a page break repeats.

use super::shape::{Anchor, Figure, Tone};
use crate::model::calendar::{months, MONTHS_SHOWN};
use crate::model::Plan;
use crate::typeset::{fit_size, wrap, Measure, Style};
use crate::wording;
use chrono::{Datelike, NaiveDate};

const SIZE: f32 = 7.0;
const LH: f32 = 8.6;
const MONTH: f32 = 6.5;
const YEAR: f32 = 5.5;
/// Room around a row's lines: 2.2 pt above the first, the rest below the last.
const ROW_PAD: f32 = 4.4;
const MARK_H: f32 = 9.0;

/// A row as laid out: its communication's place in the plan and its top and bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CalendarRow {
    pub communication: usize,
    pub top: f32,
    pub bottom: f32,
}

/// The calendar with the rows and columns it is laid out on.
pub struct CalendarChart {
    pub figure: Figure,
    pub rows: Vec<CalendarRow>,
    /// The width of the label column; the months follow it.
    pub label_w: f32,
    /// The width of each month's column.
    pub cell_w: f32,
    /// The first day of the first month.
    pub start: NaiveDate,
}

pub fn communication_calendar(m: &impl Measure, plan: &Plan, width: f32) -> Figure {
    calendar_chart(m, plan, width).figure
}

pub fn calendar_chart(m: &impl Measure, plan: &Plan, width: f32) -> CalendarChart {
    let start = plan.budget.year_start(0);
    let shown = months(
        &plan.communications,
        start.year(),
        start.month(),
        MONTHS_SHOWN,
    );
    let mut f = Figure::new(
        width,
        format!(
            "Communication calendar: {} communications over the twelve months from {}",
            plan.communications.len(),
            wording::month_year(start)
        ),
    );
    let label_w = (width * 0.36).round();
    let cell_w = (width - label_w) / MONTHS_SHOWN as f32;
    let mut laid = CalendarChart {
        figure: Figure::new(width, ""),
        rows: Vec::new(),
        label_w,
        cell_w,
        start,
    };
    if plan.communications.is_empty() || shown.is_empty() {
        laid.figure = f;
        return laid;
    }

    // The header band: what the rows say, then each month named (its year under the first month
    // and under each January).
    let title = format!("Audience and message, from {}", wording::month_year(start));
    let title_lines = wrap(m, &title, label_w - 6.0, SIZE, Style::Bold);
    let header = title_lines.len().max(2) as f32 * LH + 6.0;
    f.rect(0.0, 0.0, width, header, Some(Tone::HeadFill), None);
    for (k, line) in title_lines.iter().enumerate() {
        f.text(
            3.0,
            9.5 + k as f32 * LH,
            line,
            SIZE,
            true,
            Anchor::Start,
            Tone::Ink,
        );
    }
    for (i, month) in shown.iter().enumerate() {
        let cx = label_w + (i as f32 + 0.5) * cell_w;
        let Some(first) = NaiveDate::from_ymd_opt(month.year, month.month, 1) else {
            continue;
        };
        let name = first.format("%b").to_string();
        let size = fit_size(m, &name, cell_w - 2.0, MONTH, 4.0, Style::Bold);
        f.text(cx, 9.5, &name, size, true, Anchor::Middle, Tone::Ink);
        if i == 0 || month.month == 1 {
            let year = month.year.to_string();
            let size = fit_size(m, &year, cell_w - 2.0, YEAR, 4.0, Style::Regular);
            f.text(
                cx,
                9.5 + LH,
                &year,
                size,
                false,
                Anchor::Middle,
                Tone::Muted,
            );
        }
    }

    let mut y = header;
    for (r, comm) in plan.communications.iter().enumerate() {
        let audience = plan
            .stakeholder(&comm.audience)
            .map_or(comm.audience.as_str(), |s| s.name.as_str());
        let lines = wrap(
            m,
            &format!("{audience}: {}", comm.message),
            label_w - 6.0,
            SIZE,
            Style::Regular,
        );
        let h = lines.len().max(1) as f32 * LH + ROW_PAD;
        if r % 2 == 1 {
            f.rect(0.0, y, width, h, Some(Tone::Shade), None);
        }
        for (k, line) in lines.iter().enumerate() {
            f.text(
                3.0,
                y + 8.5 + k as f32 * LH,
                line,
                SIZE,
                false,
                Anchor::Start,
                Tone::Ink,
            );
        }
        for (i, month) in shown.iter().enumerate() {
            let n: usize = month
                .entries
                .iter()
                .filter(|e| e.communication == comm.id)
                .map(|e| e.dates.len())
                .sum();
            if n == 0 {
                continue;
            }
            let x = label_w + i as f32 * cell_w;
            f.rect(
                x + 2.0,
                y + 2.0,
                cell_w - 4.0,
                MARK_H,
                Some(Tone::Accent),
                None,
            );
            if n > 1 {
                let times = format!("{n}×");
                let size = fit_size(m, &times, cell_w - 6.0, 6.0, 3.5, Style::Bold);
                f.text(
                    x + cell_w / 2.0,
                    y + 8.7,
                    &times,
                    size,
                    true,
                    Anchor::Middle,
                    Tone::Paper,
                );
            }
        }
        laid.rows.push(CalendarRow {
            communication: r,
            top: y,
            bottom: y + h,
        });
        y += h;
    }
    // Month columns, ruled from the header down.
    for i in 0..=shown.len() {
        let x = label_w + i as f32 * cell_w;
        f.line(vec![[x, header], [x, y]], Tone::Rule, 0.3, false);
    }
    f.height = y;
    f.header = header;
    laid.figure = f;
    laid
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Shape;
    use crate::model::{Cadence, Communication, Level, Petal, Stakeholder};
    use crate::typeset::DocumentFace;
    use chrono::Months;
    use proptest::prelude::*;

    const WORDS: [&str; 7] = [
        "Board",
        "quarterly update on the open source programme and its licensing risks",
        "Engineering managers",
        "Supercalifragilisticexpialidociousengineeringdirectorate",
        "wins",
        "東京ソフトウェア株式会社の皆様へ",
        "",
    ];
    const CADENCES: [Option<Cadence>; 6] = [
        None,
        Some(Cadence::Once),
        Some(Cadence::Weekly),
        Some(Cadence::Monthly),
        Some(Cadence::Quarterly),
        Some(Cadence::Yearly),
    ];

    /// A plan of communications from `seeds`: (message words, cadence, first day offset in days
    /// from the fiscal year start, which may be before it).
    fn plan_of(seeds: &[(u8, u8, i16)], first_month: u8) -> Plan {
        let mut plan = Plan::empty("Calendar");
        plan.budget.first_month = first_month;
        plan.stakeholders.push(Stakeholder {
            id: "s0".into(),
            name: WORDS[2].into(),
            petal: Petal::Management,
            interest: Level::High,
            influence: Level::High,
            owner: None,
            key_message: String::new(),
        });
        let start = plan.budget.year_start(0);
        for (i, (words, cadence, offset)) in seeds.iter().enumerate() {
            let message = (0..=usize::from(*words % 4))
                .map(|k| WORDS[(usize::from(*words) + k) % WORDS.len()])
                .collect::<Vec<_>>()
                .join(" ");
            plan.communications.push(Communication {
                id: format!("c{i}"),
                audience: if i % 3 == 2 {
                    "gone".into()
                } else {
                    "s0".into()
                },
                message,
                channel: "Email".into(),
                cadence: CADENCES[usize::from(*cadence) % CADENCES.len()],
                first_date: start + chrono::Duration::days(i64::from(*offset)),
                owner: None,
            });
        }
        plan
    }

    fn check(plan: &Plan, width: f32) -> Result<(), TestCaseError> {
        let m = DocumentFace;
        let laid = calendar_chart(&m, plan, width);
        let f = &laid.figure;
        prop_assert_eq!(laid.rows.len(), plan.communications.len());
        prop_assert!(f.width <= width + 0.01);
        // Rows follow one another below the header without overlapping.
        let mut above = f.header;
        for row in &laid.rows {
            prop_assert!(row.top >= above - 0.01, "{row:?} overlaps the row above");
            prop_assert!(row.bottom > row.top);
            above = row.bottom;
        }
        prop_assert!(above <= f.height + 0.01);
        // Every label stays inside the view, and a row's label inside its row and the label
        // column; month names and marks inside their column. Nothing is cut with an ellipsis.
        for s in &f.shapes {
            let Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                anchor,
                ..
            } = s
            else {
                continue;
            };
            prop_assert!(!text.contains('…'));
            let w = m.width(
                text,
                if *bold { Style::Bold } else { Style::Regular },
                *size,
            );
            let left = match anchor {
                Anchor::Start => *x,
                Anchor::Middle => x - w / 2.0,
                Anchor::End => x - w,
            };
            prop_assert!(
                left >= -0.01 && left + w <= f.width + 0.01,
                "{text:?} leaves the view"
            );
            prop_assert!(y - size >= -0.01 && y + size * 0.3 <= f.height + 0.01);
            if *y < f.header {
                prop_assert!(y + size * 0.3 <= f.header, "{text:?} leaves the header");
            }
            if *anchor == Anchor::Start && *y > f.header {
                prop_assert!(
                    left + w <= laid.label_w - 3.0 + 0.01,
                    "{text:?} crosses the months"
                );
                let row = laid.rows.iter().find(|r| *y > r.top && *y < r.bottom);
                prop_assert!(
                    row.is_some_and(|r| y - size * 0.8 >= r.top && y + size * 0.3 <= r.bottom),
                    "{text:?} leaves its row"
                );
            }
            if *anchor == Anchor::Middle {
                let col = ((x - laid.label_w) / laid.cell_w).floor();
                let (l, r) = (
                    laid.label_w + col * laid.cell_w,
                    laid.label_w + (col + 1.0) * laid.cell_w,
                );
                prop_assert!(left >= l && left + w <= r, "{text:?} leaves its month");
            }
        }
        // Every occurrence in the twelve months has a mark in its month's column and its
        // communication's row, saying how many when more than one; no other marks.
        let end = laid
            .start
            .checked_add_months(Months::new(12))
            .and_then(|d| d.pred_opt())
            .unwrap();
        let marks: Vec<(f32, f32, f32)> = f
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Rect {
                    x,
                    y,
                    w,
                    fill: Some(Tone::Accent),
                    ..
                } => Some((*x, *y, x + w)),
                _ => None,
            })
            .collect();
        let mut expected = 0;
        for row in &laid.rows {
            let comm = &plan.communications[row.communication];
            for i in 0..12u32 {
                let from = laid.start.checked_add_months(Months::new(i)).unwrap();
                let to = from
                    .checked_add_months(Months::new(1))
                    .unwrap()
                    .pred_opt()
                    .unwrap();
                let n = comm.occurrences(from, to.min(end)).len();
                let (l, r) = (
                    laid.label_w + i as f32 * laid.cell_w,
                    laid.label_w + (i + 1) as f32 * laid.cell_w,
                );
                let here = marks
                    .iter()
                    .filter(|(x0, y, x1)| *x0 >= l && *x1 <= r && *y >= row.top && *y < row.bottom)
                    .count();
                prop_assert_eq!(here, usize::from(n > 0), "{} in month {}", comm.id, i);
                expected += usize::from(n > 0);
                let times = f.shapes.iter().any(|s| {
                    matches!(s,
                    Shape::Text { x, y, text, .. }
                        if *x > l && *x < r && *y > row.top && *y < row.bottom
                            && *text == format!("{n}×"))
                });
                prop_assert_eq!(times, n > 1, "{} in month {}: {}×", comm.id, i, n);
            }
        }
        prop_assert_eq!(marks.len(), expected);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn marks_fall_in_their_months_and_labels_stay_in_their_rows(
            seeds in proptest::collection::vec((any::<u8>(), any::<u8>(), -400i16..500), 0..=30),
            first_month in 1u8..=12,
            narrow in any::<bool>(),
        ) {
            let plan = plan_of(&seeds, first_month);
            check(&plan, if narrow { 320.0 } else { super::super::WIDTH })?;
        }
    }

    #[test]
    fn months_are_named_and_a_weekly_send_says_how_often() {
        let plan = plan_of(&[(0, 2, 0)], 10);
        let f = communication_calendar(&DocumentFace, &plan, super::super::WIDTH);
        let texts: Vec<&str> = f
            .shapes
            .iter()
            .filter_map(|s| match s {
                Shape::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect();
        for name in [
            "Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
        ] {
            assert!(texts.contains(&name), "{name} missing from {texts:?}");
        }
        let start = plan.budget.year_start(0);
        assert!(texts.contains(&start.year().to_string().as_str()));
        assert!(texts.contains(&(start.year() + 1).to_string().as_str()));
        assert!(texts.contains(&"5×") && texts.contains(&"4×"), "{texts:?}");
        assert!(f.header > 0.0 && f.header < f.height);
    }

    #[test]
    fn no_communications_draw_nothing() {
        let f = communication_calendar(&DocumentFace, &plan_of(&[], 1), 487.0);
        assert_eq!(f.height, 0.0);
    }
}
