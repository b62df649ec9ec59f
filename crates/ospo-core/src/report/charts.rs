//! Figures drawn from shapes: budget bars, the maturity ladder, the org chart, the OSPO flower,
//! the 12-month communication calendar and the milestone timeline.

use super::fonts::Style;
use super::layout::{
    Composer, Dash, Paint, Placement, ACCENT, ACCENT_2, HEAD_FILL, INK, MUTED, RULE, SHADE,
};
use crate::model::{currency::format_money, Employment, Petal, Plan, StructureKind};
use chrono::{Datelike, NaiveDate};
use std::collections::{HashMap, HashSet};

const WHITE: (f32, f32, f32) = (1.0, 1.0, 1.0);

/// Horizontal bars, one per labelled amount, with the formatted amount beside each bar.
pub fn bars(c: &mut Composer, items: &[(String, i64)], currency: &str) {
    let row = 15.0;
    let size = 8.0;
    c.ensure(items.len() as f32 * row + 8.0);
    let max = items.iter().map(|(_, v)| *v).max().unwrap_or(0).max(1);
    let label_w = c.content_width() * 0.32;
    let value_w = 78.0;
    let bar_x = c.left + label_w;
    let bar_w = c.content_width() - label_w - value_w - 8.0;
    for (label, value) in items {
        let y = c.y;
        let text = c.fit(label, label_w - 8.0, size, Style::Regular);
        c.text(c.left, y + 10.0, size, Style::Regular, INK, &text);
        c.rect(bar_x, y + 2.5, bar_w, 10.0, Paint::fill(SHADE));
        let w = bar_w * (*value as f64 / max as f64) as f32;
        if w > 0.0 {
            c.rect(bar_x, y + 2.5, w.max(1.0), 10.0, Paint::fill(ACCENT));
        }
        let money = format_money(*value, currency, true);
        let right = c.right();
        c.text_in(
            right - value_w,
            value_w,
            y + 10.0,
            size,
            Style::Bold,
            INK,
            Placement::End,
            &money,
        );
        c.y += row;
    }
    c.y += 8.0;
}

/// A staircase of `labels`, the current step filled, the target outlined, the way between shaded.
pub fn ladder(c: &mut Composer, labels: &[&str], current: usize, target: usize) {
    let n = labels.len().max(1);
    let height = 92.0;
    c.ensure(height + 40.0);
    let top = c.y + 14.0;
    let gap = 6.0;
    let step_w = (c.content_width() - gap * (n as f32 - 1.0)) / n as f32;
    let step_h = (height - 18.0) / n as f32;
    let base = top + height - 18.0;
    for (i, label) in labels.iter().enumerate() {
        let x = c.left + i as f32 * (step_w + gap);
        let h = step_h * (i as f32 + 1.0);
        let between = (current.min(target)..=current.max(target)).contains(&i);
        let paint = if i == current {
            Paint::fill(ACCENT)
        } else if i == target {
            Paint::both(HEAD_FILL, ACCENT_2, 1.6)
        } else if between {
            Paint::fill(HEAD_FILL)
        } else {
            Paint::fill(SHADE)
        };
        c.rect(x, base - h, step_w, h, paint);
        let tag = match (i == current, i == target) {
            (true, true) => "Now and target",
            (true, false) => "Now",
            (false, true) => "Target",
            _ => "",
        };
        if !tag.is_empty() {
            let color = if i == current { ACCENT } else { ACCENT_2 };
            c.text_in(
                x,
                step_w,
                base - h - 4.0,
                7.5,
                Style::Bold,
                color,
                Placement::Center,
                tag,
            );
        }
        let lines = c.wrap(label, step_w - 4.0, 7.5, Style::Regular);
        for (k, line) in lines.iter().take(2).enumerate() {
            let baseline = base + 10.0 + k as f32 * 9.0;
            c.text_in(
                x,
                step_w,
                baseline,
                7.5,
                Style::Regular,
                INK,
                Placement::Center,
                line,
            );
        }
    }
    c.y = base + 30.0;
}

struct OrgBox {
    x: f32,
    y: f32,
    title: String,
    details: Vec<String>,
    dotted: bool,
    parent: Option<usize>,
}

/// The OSPO's positions as a tree by reporting line; shared, contractor and virtual members dotted.
pub fn org_chart(c: &mut Composer, plan: &Plan) {
    let (box_w_max, box_h, hgap, vgap) = (118.0f32, 50.0f32, 8.0f32, 18.0f32);
    let ids: HashSet<&str> = plan.positions.iter().map(|p| p.id.as_str()).collect();
    let mut children: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut roots = Vec::new();
    for (i, p) in plan.positions.iter().enumerate() {
        match p
            .reports_to
            .as_deref()
            .filter(|b| ids.contains(b) && *b != p.id)
        {
            Some(boss) => children.entry(boss).or_default().push(i),
            None => roots.push(i),
        }
    }
    // Levels by breadth-first walk; positions caught in a loop (refused by validation) land on the top level.
    let mut levels: Vec<Vec<usize>> = Vec::new();
    let mut seen = vec![false; plan.positions.len()];
    let mut frontier = roots;
    while !frontier.is_empty() {
        frontier.iter().for_each(|&i| seen[i] = true);
        let next: Vec<usize> = frontier
            .iter()
            .flat_map(|&i| {
                children
                    .get(plan.positions[i].id.as_str())
                    .cloned()
                    .unwrap_or_default()
            })
            .filter(|&i| !seen[i])
            .collect();
        levels.push(frontier);
        frontier = next;
    }
    let unplaced: Vec<usize> = (0..plan.positions.len()).filter(|&i| !seen[i]).collect();
    if !unplaced.is_empty() {
        levels.insert(0, unplaced);
    }

    let width = c.content_width();
    let per_row = (((width + hgap) / (90.0 + hgap)).floor() as usize).max(1);
    let has_head = !plan.structure.reports_to.trim().is_empty();
    let max_rows = ((c.bottom - c.top - 40.0) / (box_h + vgap)).floor() as usize;
    let mut rows_used = usize::from(has_head);
    let mut placed: Vec<(usize, usize, usize)> = Vec::new(); // (position, row, column)
    let mut row_sizes: Vec<usize> = vec![1; rows_used];
    let mut hidden = 0;
    for level in &levels {
        for chunk in level.chunks(per_row) {
            if rows_used >= max_rows {
                hidden += chunk.len();
                continue;
            }
            for (col, &i) in chunk.iter().enumerate() {
                placed.push((i, rows_used, col));
            }
            row_sizes.push(chunk.len());
            rows_used += 1;
        }
    }
    let height = rows_used as f32 * (box_h + vgap) + 24.0;
    c.ensure(height);
    let top = c.y;
    let virtual_ospo = plan.structure.kind == StructureKind::Virtual;
    let mut boxes: Vec<OrgBox> = Vec::new();
    let mut index_of: HashMap<&str, usize> = HashMap::new();
    let row_geometry = |row: usize, col: usize| {
        let k = row_sizes[row];
        let w = box_w_max.min((width - hgap * (k as f32 - 1.0)) / k as f32);
        let total = k as f32 * w + (k as f32 - 1.0) * hgap;
        let x = c.left + (width - total) / 2.0 + col as f32 * (w + hgap);
        (x, top + row as f32 * (box_h + vgap), w)
    };
    if has_head {
        let (x, y, _) = row_geometry(0, 0);
        boxes.push(OrgBox {
            x,
            y,
            title: plan.structure.reports_to.clone(),
            details: vec!["Reporting line".into()],
            dotted: false,
            parent: None,
        });
    }
    for &(i, row, col) in &placed {
        let p = &plan.positions[i];
        let (x, y, _) = row_geometry(row, col);
        let employment = match p.employment {
            Employment::Dedicated => "Dedicated".to_owned(),
            Employment::Shared { percent } => format!("Shared {percent}%"),
            Employment::Contractor => "Contractor".to_owned(),
        };
        let who = if p.is_open() {
            "Open position".to_owned()
        } else {
            p.person.clone().unwrap_or_default()
        };
        index_of.insert(p.id.as_str(), boxes.len());
        boxes.push(OrgBox {
            x,
            y,
            title: p.title.clone(),
            details: vec![who, format!("{employment}, {} FTE", p.fte)],
            dotted: virtual_ospo || !matches!(p.employment, Employment::Dedicated),
            parent: None,
        });
    }
    for &(i, _, _) in &placed {
        let p = &plan.positions[i];
        let me = index_of[p.id.as_str()];
        boxes[me].parent = match p.reports_to.as_deref().and_then(|b| index_of.get(b)) {
            Some(&b) if b != me => Some(b),
            _ if has_head => Some(0),
            _ => None,
        };
    }
    let widths: Vec<f32> = boxes
        .iter()
        .map(|b| {
            let row = ((b.y - top) / (box_h + vgap)).round() as usize;
            row_geometry(row, 0).2
        })
        .collect();
    // Connectors first, so boxes drawn after them cover any line that passes behind.
    for (i, b) in boxes.iter().enumerate() {
        if let Some(p) = b.parent {
            let parent = &boxes[p];
            let (px, py) = (parent.x + widths[p] / 2.0, parent.y + box_h);
            let (cx, cy) = (b.x + widths[i] / 2.0, b.y);
            let mid = cy - vgap / 2.0;
            let dash = if b.dotted { Dash::Dotted } else { Dash::Solid };
            let below_parent = py + vgap / 2.0;
            let path = if mid > below_parent + 1.0 {
                // A report on a second row under its manager: run down the left edge, not behind
                // the boxes of the row in between.
                let bus = c.left - 6.0;
                vec![
                    (px, py),
                    (px, below_parent),
                    (bus, below_parent),
                    (bus, mid),
                    (cx, mid),
                    (cx, cy),
                ]
            } else {
                vec![(px, py), (px, mid), (cx, mid), (cx, cy)]
            };
            c.line(&path, MUTED, 0.8, dash);
        }
    }
    for (i, b) in boxes.iter().enumerate() {
        let w = widths[i];
        let head = has_head && i == 0;
        let fill = if head { SHADE } else { WHITE };
        let mut paint = Paint::both(fill, if head { MUTED } else { ACCENT }, 1.0);
        if b.dotted {
            paint = paint.dotted();
        }
        c.rect(b.x, b.y, w, box_h, paint);
        // Up to two lines of title, then one line per detail, centred in the box.
        let mut title = c.wrap(&b.title, w - 8.0, 7.5, Style::Bold);
        if title.len() > 2 {
            let rest = title[1..].join(" ");
            title = vec![title[0].clone(), c.fit(&rest, w - 8.0, 7.5, Style::Bold)];
        }
        let lines = title.len() as f32 * 9.0 + b.details.len() as f32 * 8.0;
        let mut y = b.y + (box_h - lines) / 2.0 + 7.0;
        for line in &title {
            c.text_in(b.x, w, y, 7.5, Style::Bold, INK, Placement::Center, line);
            y += 9.0;
        }
        for detail in &b.details {
            let detail = c.fit(detail, w - 8.0, 6.5, Style::Regular);
            c.text_in(
                b.x,
                w,
                y,
                6.5,
                Style::Regular,
                MUTED,
                Placement::Center,
                &detail,
            );
            y += 8.0;
        }
    }
    c.y = top + rows_used as f32 * (box_h + vgap);
    let legend_y = c.y + 2.0;
    let l = c.left;
    c.line(
        &[(l, legend_y), (l + 24.0, legend_y)],
        ACCENT,
        1.0,
        Dash::Solid,
    );
    c.text(
        l + 30.0,
        legend_y + 2.5,
        7.0,
        Style::Regular,
        MUTED,
        "dedicated",
    );
    c.line(
        &[(l + 80.0, legend_y), (l + 104.0, legend_y)],
        ACCENT,
        1.0,
        Dash::Dotted,
    );
    let note = if hidden > 0 {
        format!(
            "shared, contractor or virtual member · {hidden} more positions in the staffing table"
        )
    } else {
        "shared, contractor or virtual member".to_owned()
    };
    c.text(l + 110.0, legend_y + 2.5, 7.0, Style::Regular, MUTED, &note);
    c.y = legend_y + 16.0;
}

/// The OSPO flower: the OSPO at the centre, six petals of stakeholder groups, regulators outside.
pub fn flower(c: &mut Composer, plan: &Plan) {
    let (rx, ry, dist, core) = (64.0f32, 44.0f32, 124.0f32, 46.0f32);
    let height = 2.0 * (dist + ry) + 14.0;
    c.ensure(height);
    let cx = c.left + c.content_width() / 2.0 - 30.0;
    let cy = c.y + dist + ry + 4.0;
    let petals = [
        Petal::Management,
        Petal::Business,
        Petal::Legal,
        Petal::InternalEcosystem,
        Petal::OpenSourceEcosystem,
        Petal::IndividualContributors,
    ];
    let groups = |petal: Petal| -> Vec<String> {
        plan.stakeholders
            .iter()
            .filter(|s| s.petal == petal)
            .map(|s| s.name.clone())
            .collect()
    };
    for (k, petal) in petals.iter().enumerate() {
        let angle = (90.0 - 60.0 * k as f32).to_radians();
        let (px, py) = (cx + dist * angle.cos(), cy - dist * angle.sin());
        c.ellipse(px, py, rx, ry, Paint::both(HEAD_FILL, ACCENT, 0.8));
        petal_text(c, px, py, rx, ry, petal.label(), &groups(*petal));
    }
    c.ellipse(cx, cy, core, core, Paint::both(ACCENT, ACCENT, 0.8));
    let inner = groups(Petal::Ospo);
    c.text_in(
        cx - core,
        2.0 * core,
        cy - 12.0,
        8.5,
        Style::Bold,
        WHITE,
        Placement::Center,
        Petal::Ospo.label(),
    );
    for (i, line) in summarize(&inner, 3).iter().enumerate() {
        let w = 2.0 * core - 14.0;
        let t = c.fit(line, w, 6.5, Style::Regular);
        c.text_in(
            cx - core,
            2.0 * core,
            cy + 1.0 + i as f32 * 8.5,
            6.5,
            Style::Regular,
            WHITE,
            Placement::Center,
            &t,
        );
    }
    // Regulators sit outside the flower, bottom right.
    let (bw, bh) = (118.0f32, 56.0f32);
    let (bx, by) = (c.right() - bw, cy + dist + ry - bh);
    c.rect(bx, by, bw, bh, Paint::both(SHADE, MUTED, 0.8).dotted());
    let regulators = groups(Petal::ExternalRegulators);
    c.text_in(
        bx,
        bw,
        by + 12.0,
        7.5,
        Style::Bold,
        INK,
        Placement::Center,
        Petal::ExternalRegulators.label(),
    );
    for (i, line) in summarize(&regulators, 3).iter().enumerate() {
        let t = c.fit(line, bw - 10.0, 6.5, Style::Regular);
        c.text_in(
            bx,
            bw,
            by + 23.0 + i as f32 * 9.0,
            6.5,
            Style::Regular,
            INK,
            Placement::Center,
            &t,
        );
    }
    c.y = cy + dist + ry + 12.0;
}

/// At most `max` lines: the names, the last saying how many more there are.
fn summarize(names: &[String], max: usize) -> Vec<String> {
    if names.len() <= max {
        return names.to_vec();
    }
    let mut out = names[..max - 1].to_vec();
    out.push(format!("+{} more", names.len() - (max - 1)));
    out
}

fn petal_text(c: &mut Composer, px: f32, py: f32, rx: f32, ry: f32, label: &str, names: &[String]) {
    let width_at = |dy: f32| 2.0 * rx * (1.0 - (dy / ry).powi(2)).max(0.0).sqrt() - 14.0;
    let label = c.fit(label, width_at(16.0), 7.5, Style::Bold);
    c.text_in(
        px - rx,
        2.0 * rx,
        py - 14.0,
        7.5,
        Style::Bold,
        ACCENT,
        Placement::Center,
        &label,
    );
    let shown = if names.is_empty() {
        vec!["(no groups yet)".to_owned()]
    } else {
        summarize(names, 4)
    };
    for (i, line) in shown.iter().enumerate() {
        let baseline = py - 2.0 + i as f32 * 8.5;
        let t = c.fit(line, width_at(baseline - py + 3.0), 6.5, Style::Regular);
        c.text_in(
            px - rx,
            2.0 * rx,
            baseline,
            6.5,
            Style::Regular,
            INK,
            Placement::Center,
            &t,
        );
    }
}

/// The first twelve months of the plan, a row per communication, a mark in each month it falls in.
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
    let row_h = 13.0;
    let header = |c: &mut Composer| {
        let y = c.y;
        let (l, w) = (c.left, c.content_width());
        c.rect(l, y, w, row_h + 2.0, Paint::fill(HEAD_FILL));
        let title = format!("Audience and message, from {}", start.format("%b %Y"));
        let title = c.fit(&title, label_w - 6.0, 7.0, Style::Bold);
        c.text(l + 3.0, y + 10.0, 7.0, Style::Bold, INK, &title);
        for (i, m) in months.iter().enumerate() {
            let x = l + label_w + i as f32 * cell_w;
            let label = m.format("%b").to_string();
            c.text_in(
                x,
                cell_w,
                y + 10.0,
                6.3,
                Style::Bold,
                INK,
                Placement::Center,
                &label,
            );
        }
        c.y += row_h + 2.0;
    };
    c.ensure(2.0 * row_h + 4.0);
    header(c);
    for (r, comm) in plan.communications.iter().enumerate() {
        if c.y + row_h > c.bottom {
            c.new_page();
            header(c);
        }
        let y = c.y;
        if r % 2 == 1 {
            let (l, w) = (c.left, c.content_width());
            c.rect(l, y, w, row_h, Paint::fill(SHADE));
        }
        let audience = plan
            .stakeholder(&comm.audience)
            .map_or(comm.audience.as_str(), |s| s.name.as_str());
        let label = c.fit(
            &format!("{audience}: {}", comm.message),
            label_w - 6.0,
            7.0,
            Style::Regular,
        );
        c.text(c.left + 3.0, y + 9.5, 7.0, Style::Regular, INK, &label);
        let dates = comm.occurrences(start, end);
        for (i, m) in months.iter().enumerate() {
            let n = dates
                .iter()
                .filter(|d| d.year() == m.year() && d.month() == m.month())
                .count();
            if n == 0 {
                continue;
            }
            let x = c.left + label_w + i as f32 * cell_w;
            c.rect(
                x + 2.0,
                y + 2.0,
                cell_w - 4.0,
                row_h - 4.0,
                Paint::fill(ACCENT),
            );
            if n > 1 {
                let t = format!("{n}×");
                c.text_in(
                    x,
                    cell_w,
                    y + 9.2,
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
    if plan.communications.is_empty() {
        c.text(
            c.left + 3.0,
            c.y + 9.5,
            7.0,
            Style::Regular,
            MUTED,
            "No communications planned yet.",
        );
        c.y += row_h;
    }
    c.y += 10.0;
}

/// Milestones on a line through time, numbered as in the table that follows; done ones filled.
pub fn timeline(c: &mut Composer, plan: &Plan) {
    let mut dated: Vec<(usize, NaiveDate, bool)> = plan
        .milestones
        .iter()
        .enumerate()
        .map(|(i, m)| (i + 1, m.date, m.done))
        .collect();
    dated.sort_by_key(|(_, d, _)| *d);
    let (Some(first), Some(last)) = (dated.first(), dated.last()) else {
        return;
    };
    let from = NaiveDate::from_ymd_opt(first.1.year(), first.1.month(), 1).unwrap_or(first.1);
    let to = last
        .1
        .checked_add_months(chrono::Months::new(1))
        .unwrap_or(last.1);
    let span = (to - from).num_days().max(1) as f32;
    let levels = 4usize;
    let height = 22.0 + levels as f32 * 10.0 + 28.0;
    c.ensure(height);
    let (x0, x1) = (c.left + 6.0, c.right() - 6.0);
    let axis = c.y + 14.0 + levels as f32 * 10.0;
    let at = |d: NaiveDate| x0 + (x1 - x0) * ((d - from).num_days() as f32 / span);
    c.line(&[(x0, axis), (x1, axis)], MUTED, 1.2, Dash::Solid);
    // Ticks: quarters when the span is short enough to label them, else years.
    let quarterly = span < 365.0 * 3.0;
    let mut tick = NaiveDate::from_ymd_opt(from.year(), 1, 1).unwrap_or(from);
    let mut last_label = f32::MIN;
    while tick <= to {
        if tick >= from {
            let x = at(tick);
            c.line(&[(x, axis - 3.0), (x, axis + 3.0)], MUTED, 0.8, Dash::Solid);
            let label = if quarterly {
                format!("Q{} {}", (tick.month() - 1) / 3 + 1, tick.year())
            } else {
                tick.year().to_string()
            };
            let w = c.measure(&label, Style::Regular, 6.5);
            if x - w / 2.0 > last_label + 6.0 && x + w / 2.0 <= x1 + 6.0 {
                c.text(x - w / 2.0, axis + 12.0, 6.5, Style::Regular, MUTED, &label);
                last_label = x + w / 2.0;
            }
        }
        let step = if quarterly { 3 } else { 12 };
        match tick.checked_add_months(chrono::Months::new(step)) {
            Some(next) => tick = next,
            None => break,
        }
    }
    // Number labels stacked on levels so none overlaps; markers beyond the last level keep no number.
    let mut level_end = vec![f32::MIN; levels];
    for (n, date, done) in &dated {
        let x = at(*date);
        let label = n.to_string();
        let w = c.measure(&label, Style::Bold, 6.5) + 4.0;
        let paint = if *done {
            Paint::both(ACCENT, ACCENT, 0.8)
        } else {
            Paint::both(WHITE, ACCENT_2, 1.0)
        };
        if let Some(level) = level_end.iter().position(|end| x - w / 2.0 > *end) {
            level_end[level] = x + w / 2.0;
            let ly = axis - 8.0 - level as f32 * 10.0;
            c.line(&[(x, ly + 1.0), (x, axis)], RULE, 0.5, Dash::Solid);
            c.text_in(
                x - w / 2.0,
                w,
                ly,
                6.5,
                Style::Bold,
                INK,
                Placement::Center,
                &label,
            );
        }
        c.ellipse(x, axis, 3.0, 3.0, paint);
    }
    c.y = axis + 22.0;
}
