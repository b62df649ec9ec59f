//! The communication calendar of the proposal: the plan's first twelve months, a row per
//! communication, a mark in each month it falls in. Labels wrap; the header repeats on each page.

use super::fonts::Style;
use super::layout::{Composer, Paint, Placement, ACCENT, HEAD_FILL, INK, MUTED, SHADE, WHITE};
use crate::model::Plan;
use crate::wording;
use chrono::{Datelike, NaiveDate};

const SIZE: f32 = 7.0;
const LH: f32 = 8.6;

pub fn calendar(c: &mut Composer, plan: &Plan) {
    let start = plan.budget.year_start(0);
    let months: Vec<NaiveDate> = (0..12)
        .filter_map(|m| start.checked_add_months(chrono::Months::new(m)))
        .collect();
    let Some(end) = months
        .last()
        .and_then(|m| m.checked_add_months(chrono::Months::new(1)))
        .and_then(|d| d.pred_opt())
    else {
        return;
    };
    let label_w = c.content_width() * 0.36;
    let cell_w = (c.content_width() - label_w) / 12.0;
    let title = format!("Audience and message, from {}", wording::month_year(start));
    let title_lines = c.wrap(&title, label_w - 6.0, SIZE, Style::Bold);
    let header_h = title_lines.len() as f32 * LH + 6.0;
    let header = |c: &mut Composer| {
        let y = c.y;
        let (l, w) = (c.left, c.content_width());
        c.rect(l, y, w, header_h, Paint::fill(HEAD_FILL));
        for (k, line) in title_lines.iter().enumerate() {
            c.text(
                l + 3.0,
                y + 9.5 + k as f32 * LH,
                SIZE,
                Style::Bold,
                INK,
                line,
            );
        }
        for (i, m) in months.iter().enumerate() {
            let x = l + label_w + i as f32 * cell_w;
            let label = m.format("%b").to_string();
            c.text_in(
                x,
                cell_w,
                y + 9.5,
                6.3,
                Style::Bold,
                INK,
                Placement::Center,
                &label,
            );
        }
        c.y += header_h;
    };
    let rows: Vec<(Vec<String>, Vec<usize>)> = plan
        .communications
        .iter()
        .map(|comm| {
            let audience = plan
                .stakeholder(&comm.audience)
                .map_or(comm.audience.as_str(), |s| s.name.as_str());
            let lines = c.wrap(
                &format!("{audience}: {}", comm.message),
                label_w - 6.0,
                SIZE,
                Style::Regular,
            );
            let dates = comm.occurrences(start, end);
            let counts = months
                .iter()
                .map(|m| {
                    dates
                        .iter()
                        .filter(|d| d.year() == m.year() && d.month() == m.month())
                        .count()
                })
                .collect();
            (lines, counts)
        })
        .collect();
    let height = |lines: &[String]| lines.len().max(1) as f32 * LH + 4.4;
    let first_two: f32 = rows.iter().take(2).map(|(l, _)| height(l)).sum();
    let whole: f32 = rows.iter().map(|(l, _)| height(l)).sum();
    c.lead(
        header_h
            + if whole < 0.4 * c.page_room() {
                whole
            } else {
                first_two
            },
    );
    header(c);
    for (r, (lines, counts)) in rows.iter().enumerate() {
        let row_h = height(lines);
        if c.y + row_h > c.bottom {
            c.new_page();
            header(c);
        }
        let y = c.y;
        if r % 2 == 1 {
            let (l, w) = (c.left, c.content_width());
            c.rect(l, y, w, row_h, Paint::fill(SHADE));
        }
        for (k, line) in lines.iter().enumerate() {
            c.text(
                c.left + 3.0,
                y + 8.5 + k as f32 * LH,
                SIZE,
                Style::Regular,
                INK,
                line,
            );
        }
        for (i, n) in counts.iter().enumerate() {
            if *n == 0 {
                continue;
            }
            let x = c.left + label_w + i as f32 * cell_w;
            c.rect(x + 2.0, y + 2.0, cell_w - 4.0, 9.0, Paint::fill(ACCENT));
            if *n > 1 {
                let t = format!("{n}×");
                c.text_in(
                    x,
                    cell_w,
                    y + 8.7,
                    6.0,
                    Style::Bold,
                    WHITE,
                    Placement::Center,
                    &t,
                );
            }
        }
        c.y += row_h;
    }
    if rows.is_empty() {
        let (x, y) = (c.left + 3.0, c.y + 9.5);
        c.text(
            x,
            y,
            SIZE,
            Style::Regular,
            MUTED,
            "No communications planned yet.",
        );
        c.y += 13.0;
    }
    c.y += 10.0;
}
