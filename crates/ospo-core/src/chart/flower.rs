//! The OSPO flower: the office at the centre, six petals of stakeholder groups around it, the
//! external regulators outside. Names are shown whole; those that do not fit are counted.

use super::shape::{Anchor, Figure, Shape, Tone};
use crate::model::{Petal, Plan};
use crate::typeset::{wrap, Measure, Style};

const RX: f32 = 64.0;
const RY: f32 = 44.0;
const DIST: f32 = 124.0;
const CORE: f32 = 46.0;
const LABEL: f32 = 7.5;
const NAME: f32 = 6.5;
const NAME_LH: f32 = 8.5;

const PETALS: [Petal; 6] = [
    Petal::Management,
    Petal::Business,
    Petal::Legal,
    Petal::InternalEcosystem,
    Petal::OpenSourceEcosystem,
    Petal::IndividualContributors,
];

/// The petal's name in files (`open_source_ecosystem`), which the app uses to pick it.
fn petal_key(p: Petal) -> Option<String> {
    serde_json::to_value(p)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
}

/// Up to `max` lines of `names`, each name whole on one line or wrapped at spaces onto two, within
/// `width_at(line)`; the names that do not fit are counted in a last line ("+3 more").
fn listed(
    m: &impl Measure,
    names: &[String],
    max: usize,
    width_at: impl Fn(usize) -> f32,
) -> Vec<String> {
    let mut shown: Vec<Vec<String>> = Vec::new();
    let mut used = 0;
    let mut hidden = 0;
    for (i, name) in names.iter().enumerate() {
        // A line stays free for the count unless this is the last name.
        let room = if i + 1 == names.len() { max } else { max - 1 };
        match set_name(m, name, used, &width_at) {
            Some(lines) if used + lines.len() <= room => {
                used += lines.len();
                shown.push(lines);
            }
            _ => hidden += 1,
        }
    }
    if hidden > 0 && used >= max && shown.pop().is_some() {
        hidden += 1;
    }
    let mut out: Vec<String> = shown.into_iter().flatten().collect();
    if hidden > 0 {
        out.push(if out.is_empty() {
            format!("{hidden} group{}", if hidden == 1 { "" } else { "s" })
        } else {
            format!("+{hidden} more")
        });
    }
    out
}

/// `name` set from line `at` on: one line, or two broken at a space, each within its line's width.
fn set_name(
    m: &impl Measure,
    name: &str,
    at: usize,
    width_at: &impl Fn(usize) -> f32,
) -> Option<Vec<String>> {
    let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
    if m.width(&name, Style::Regular, NAME) <= width_at(at) {
        return Some(vec![name]);
    }
    let width = width_at(at).min(width_at(at + 1));
    let lines = wrap(m, &name, width, NAME, Style::Regular);
    (lines.len() == 2 && lines.join(" ") == name).then_some(lines)
}

pub fn flower(m: &impl Measure, plan: &Plan, width: f32) -> Figure {
    let groups = |petal: Petal| -> Vec<String> {
        plan.stakeholders
            .iter()
            .filter(|s| s.petal == petal)
            .map(|s| s.name.clone())
            .collect()
    };
    let mut f = Figure::new(
        width,
        format!(
            "The OSPO flower: {} stakeholder groups on six petals around the OSPO",
            plan.stakeholders.len()
        ),
    );
    let cx = (width / 2.0 - 30.0).max(DIST * 0.87 + RX);
    let cy = DIST + RY + 4.0;
    for (k, petal) in PETALS.iter().enumerate() {
        let angle = (90.0 - 60.0 * k as f32).to_radians();
        let (px, py) = (cx + DIST * angle.cos(), cy - DIST * angle.sin());
        f.shapes.push(Shape::Ellipse {
            cx: px,
            cy: py,
            rx: RX,
            ry: RY,
            fill: Some(Tone::HeadFill),
            stroke: Some(Tone::Accent),
            stroke_width: 0.8,
            key: petal_key(*petal),
        });
        let chord = |dy: f32| 2.0 * RX * (1.0 - (dy / RY).powi(2)).max(0.0).sqrt() - 14.0;
        let title = wrap(m, petal.label(), chord(16.0), LABEL, Style::Bold);
        let mut y = py - 14.0 - (title.len() as f32 - 1.0) * 9.0;
        for line in &title {
            f.text(px, y, line, LABEL, true, Anchor::Middle, Tone::Accent);
            y += 9.0;
        }
        let names = groups(*petal);
        let shown = if names.is_empty() {
            vec!["no groups yet".to_owned()]
        } else {
            listed(m, &names, 4, |i| chord(-2.0 + i as f32 * NAME_LH + 3.0))
        };
        for (i, line) in shown.iter().enumerate() {
            let y = py - 2.0 + i as f32 * NAME_LH;
            f.text(px, y, line, NAME, false, Anchor::Middle, Tone::Ink);
        }
    }
    f.shapes.push(Shape::Ellipse {
        cx,
        cy,
        rx: CORE,
        ry: CORE,
        fill: Some(Tone::Accent),
        stroke: Some(Tone::Accent),
        stroke_width: 0.8,
        key: petal_key(Petal::Ospo),
    });
    f.text(
        cx,
        cy - 12.0,
        Petal::Ospo.label(),
        8.5,
        true,
        Anchor::Middle,
        Tone::Paper,
    );
    let inner = groups(Petal::Ospo);
    for (i, line) in listed(m, &inner, 3, |_| 2.0 * CORE - 16.0)
        .iter()
        .enumerate()
    {
        f.text(
            cx,
            cy + 1.0 + i as f32 * NAME_LH,
            line,
            NAME,
            false,
            Anchor::Middle,
            Tone::Paper,
        );
    }
    // The regulators sit outside the flower, bottom right.
    let (bw, bh) = (118.0f32, 56.0f32);
    let (bx, by) = (width - bw, cy + DIST + RY - bh);
    f.shapes.push(Shape::Rect {
        x: bx,
        y: by,
        w: bw,
        h: bh,
        fill: Some(Tone::Shade),
        stroke: Some(Tone::Muted),
        stroke_width: 0.8,
        dotted: true,
    });
    f.text(
        bx + bw / 2.0,
        by + 12.0,
        Petal::ExternalRegulators.label(),
        LABEL,
        true,
        Anchor::Middle,
        Tone::Ink,
    );
    let regulators = groups(Petal::ExternalRegulators);
    let shown = if regulators.is_empty() {
        vec!["no groups yet".to_owned()]
    } else {
        listed(m, &regulators, 3, |_| bw - 10.0)
    };
    for (i, line) in shown.iter().enumerate() {
        f.text(
            bx + bw / 2.0,
            by + 23.0 + i as f32 * 9.0,
            line,
            NAME,
            false,
            Anchor::Middle,
            Tone::Ink,
        );
    }
    f.height = cy + DIST + RY + 4.0;
    f
}

#[cfg(test)]
mod tests {
    use super::listed;
    use crate::typeset::testing::Mono;

    fn names(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| (*s).to_owned()).collect()
    }

    /// 12 characters of the monospace measure at the names' size.
    const TWELVE: f32 = 12.0 * 6.5 * 0.5;

    #[test]
    fn a_long_name_wraps_onto_two_lines_instead_of_being_counted() {
        let shown = listed(
            &Mono,
            &names(&["Legal team", "Engineering managers"]),
            4,
            |_| TWELVE,
        );
        assert_eq!(shown, ["Legal team", "Engineering", "managers"]);
    }

    #[test]
    fn a_name_that_cannot_be_set_whole_is_counted() {
        let shown = listed(&Mono, &names(&["Supercalifragilistic"]), 4, |_| TWELVE);
        assert_eq!(shown, ["1 group"]);
    }

    #[test]
    fn the_count_takes_the_last_line_and_no_name_is_split_from_its_second_line() {
        let shown = listed(
            &Mono,
            &names(&["Engineering managers", "Product owners here", "Ops"]),
            3,
            |_| TWELVE,
        );
        assert_eq!(shown, ["Engineering", "managers", "+2 more"]);
    }
}
