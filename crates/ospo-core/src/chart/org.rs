//! The org chart as a tidy tree: each manager over its own reports, so every connector joins a box
//! to its real manager. A manager whose reports do not fit side by side takes them in rows beneath
//! it, fed from a trunk on its left, so the chart wraps within each manager's subtree.

use super::shape::{Anchor, Figure, Tone};
use crate::model::{Employment, Plan, StructureKind};
use crate::typeset::{wrap, Measure, Style};
use std::collections::{HashMap, HashSet};

const BOX_W: f32 = 92.0;
const HGAP: f32 = 8.0;
const VGAP: f32 = 20.0;
/// How far rows of reports sit right of their manager's trunk.
const INDENT: f32 = 14.0;
const PAD: f32 = 4.0;
const TITLE: f32 = 7.5;
const DETAIL: f32 = 6.5;
const TITLE_LH: f32 = 9.0;
const DETAIL_LH: f32 = 8.0;
const LEGEND: f32 = 18.0;

/// One box as placed: the position it stands for (none for the reporting line above the OSPO),
/// the box of its manager, and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgBox {
    pub id: Option<String>,
    pub parent: Option<usize>,
    pub x: f32,
    pub y: f32,
    pub w: f32,
    pub h: f32,
}

/// A connector from a manager's box (`from`) to a report's box (`to`), as drawn.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub from: usize,
    pub to: usize,
    pub points: Vec<[f32; 2]>,
}

/// The chart with what it was made from, so tests can check every box and connector.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgChart {
    pub figure: Figure,
    pub boxes: Vec<OrgBox>,
    pub links: Vec<Link>,
}

struct Label {
    id: Option<String>,
    title: Vec<String>,
    details: Vec<(String, Tone)>,
    dotted: bool,
    head: bool,
}

struct Node {
    label: Option<Label>,
    children: Vec<usize>,
}

/// Boxes as (node, x, y) and connectors as (manager node, report node, points).
type Placed = (Vec<(usize, f32, f32)>, Vec<(usize, usize, Vec<[f32; 2]>)>);

/// A laid-out subtree: its boxes and connectors relative to its top-left corner.
struct Sub {
    w: f32,
    h: f32,
    /// Centre x of the subtree's own box.
    center: f32,
    boxes: Vec<(usize, f32, f32)>,
    links: Vec<(usize, usize, Vec<[f32; 2]>)>,
}

impl Sub {
    fn shifted(&self, dx: f32, dy: f32) -> Placed {
        (
            self.boxes
                .iter()
                .map(|&(n, x, y)| (n, x + dx, y + dy))
                .collect(),
            self.links
                .iter()
                .map(|(a, b, pts)| (*a, *b, pts.iter().map(|[x, y]| [x + dx, y + dy]).collect()))
                .collect(),
        )
    }
}

struct Layout<'a> {
    nodes: &'a [Node],
    h: f32,
}

impl Layout<'_> {
    fn own(&self, node: usize) -> bool {
        self.nodes[node].label.is_some()
    }

    fn layout(&self, node: usize, limit: f32) -> Sub {
        let kids = &self.nodes[node].children;
        let own = self.own(node);
        let own_w = if own { BOX_W } else { 0.0 };
        let own_h = if own { self.h + VGAP } else { 0.0 };
        if kids.is_empty() {
            return Sub {
                w: own_w,
                h: if own { self.h } else { 0.0 },
                center: own_w / 2.0,
                boxes: if own {
                    vec![(node, 0.0, 0.0)]
                } else {
                    Vec::new()
                },
                links: Vec::new(),
            };
        }
        let subs: Vec<Sub> = kids.iter().map(|&k| self.layout(k, limit)).collect();
        let row_w = subs.iter().map(|s| s.w).sum::<f32>() + HGAP * (subs.len() as f32 - 1.0);
        if row_w <= limit {
            return self.side_by_side(node, subs, row_w, own_w, own_h);
        }
        let inner = if own { limit - INDENT } else { limit };
        let subs: Vec<Sub> = kids.iter().map(|&k| self.layout(k, inner)).collect();
        self.in_rows(node, subs, inner, own_h)
    }

    /// Reports side by side under their manager, the manager centred over them.
    fn side_by_side(&self, node: usize, subs: Vec<Sub>, row_w: f32, own_w: f32, own_h: f32) -> Sub {
        let w = row_w.max(own_w);
        let mut x = (w - row_w) / 2.0;
        let mut placed = Vec::new();
        for s in &subs {
            placed.push((x, s));
            x += s.w + HGAP;
        }
        let first = placed.first().map_or(0.0, |(x, s)| x + s.center);
        let last = placed.last().map_or(0.0, |(x, s)| x + s.center);
        let center = ((first + last) / 2.0).clamp(own_w / 2.0, w - own_w / 2.0);
        let mut out = Sub {
            w,
            h: own_h + subs.iter().map(|s| s.h).fold(0.0, f32::max),
            center,
            boxes: Vec::new(),
            links: Vec::new(),
        };
        if self.own(node) {
            out.boxes.push((node, center - BOX_W / 2.0, 0.0));
        }
        let bus = self.h + VGAP / 2.0;
        for (x, s) in placed {
            let (boxes, links) = s.shifted(x, own_h);
            out.boxes.extend(boxes);
            out.links.extend(links);
            if self.own(node) {
                let cx = x + s.center;
                out.links.push((
                    node,
                    s.boxes.first().map_or(node, |b| b.0),
                    vec![[center, self.h], [center, bus], [cx, bus], [cx, own_h]],
                ));
            }
        }
        out
    }

    /// Reports in rows beneath their manager, each row fed from a trunk down the manager's left.
    fn in_rows(&self, node: usize, subs: Vec<Sub>, inner: f32, own_h: f32) -> Sub {
        let own = self.own(node);
        let left = if own { INDENT } else { 0.0 };
        let trunk = INDENT / 2.0;
        let mut rows: Vec<Vec<Sub>> = vec![Vec::new()];
        let mut used = 0.0f32;
        for s in subs {
            let need = if used > 0.0 { used + HGAP + s.w } else { s.w };
            if need > inner && used > 0.0 {
                rows.push(Vec::new());
                used = s.w;
            } else {
                used = need;
            }
            if let Some(row) = rows.last_mut() {
                row.push(s);
            }
        }
        let mut out = Sub {
            w: if own { BOX_W } else { 0.0 },
            h: 0.0,
            center: BOX_W / 2.0,
            boxes: if own {
                vec![(node, 0.0, 0.0)]
            } else {
                Vec::new()
            },
            links: Vec::new(),
        };
        let mut top = own_h;
        for row in rows {
            let mut x = left;
            let bus = top - VGAP / 2.0;
            let row_h = row.iter().map(|s| s.h).fold(0.0, f32::max);
            for s in row {
                let (boxes, links) = s.shifted(x, top);
                if own {
                    let cx = x + s.center;
                    out.links.push((
                        node,
                        s.boxes.first().map_or(node, |b| b.0),
                        vec![[trunk, self.h], [trunk, bus], [cx, bus], [cx, top]],
                    ));
                }
                out.boxes.extend(boxes);
                out.links.extend(links);
                out.w = out.w.max(x + s.w);
                x += s.w + HGAP;
            }
            top += row_h + VGAP;
        }
        out.h = top - VGAP;
        out
    }
}

/// The OSPO's positions as a tree by reporting line, under the post the head reports to;
/// shared, contractor and virtual members dotted. Laid out within `width` points.
pub fn org_chart(m: &impl Measure, plan: &Plan, width: f32) -> OrgChart {
    let virtual_ospo = plan.structure.kind == StructureKind::Virtual;
    let text_w = BOX_W - 2.0 * PAD;
    let mut nodes: Vec<Node> = plan
        .positions
        .iter()
        .map(|p| {
            let who = match p.person.as_deref().map(str::trim) {
                Some(name) if !name.is_empty() => (name.to_owned(), Tone::Ink),
                _ => ("Open position".to_owned(), Tone::Accent2),
            };
            let terms = format!(
                "{} · {} FTE",
                crate::wording::employment(p.employment),
                crate::wording::fte(p.budgeted_fte())
            );
            let mut details: Vec<(String, Tone)> = wrap(m, &who.0, text_w, DETAIL, Style::Regular)
                .into_iter()
                .map(|l| (l, who.1))
                .collect();
            details.extend(
                wrap(m, &terms, text_w, DETAIL, Style::Regular)
                    .into_iter()
                    .map(|l| (l, Tone::Muted)),
            );
            Node {
                label: Some(Label {
                    id: Some(p.id.clone()),
                    title: wrap(m, &p.title, text_w, TITLE, Style::Bold),
                    details,
                    dotted: virtual_ospo || !matches!(p.employment, Employment::Dedicated),
                    head: false,
                }),
                children: Vec::new(),
            }
        })
        .collect();

    // Reporting lines into the tree; a position whose chain of managers loops or leaves the plan
    // is a root (validation refuses loops, but a chart must never hang on one).
    let index: HashMap<&str, usize> = plan
        .positions
        .iter()
        .enumerate()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let manager = |i: usize| -> Option<usize> {
        let boss = *index.get(plan.positions[i].reports_to.as_deref()?)?;
        (boss != i).then_some(boss)
    };
    let reaches_top = |i: usize| -> bool {
        let mut seen = HashSet::new();
        let mut at = i;
        while let Some(b) = manager(at) {
            if !seen.insert(at) {
                return false;
            }
            at = b;
        }
        true
    };
    let mut roots = Vec::new();
    for i in 0..plan.positions.len() {
        match manager(i).filter(|_| reaches_top(i)) {
            Some(b) => nodes[b].children.push(i),
            None => roots.push(i),
        }
    }
    let head = plan.structure.reports_to.trim();
    let top = nodes.len();
    nodes.push(Node {
        label: (!head.is_empty() && !plan.positions.is_empty()).then(|| Label {
            id: None,
            title: wrap(m, head, text_w, TITLE, Style::Bold),
            details: vec![("The OSPO reports here".to_owned(), Tone::Muted)],
            dotted: false,
            head: true,
        }),
        children: roots,
    });

    let h = nodes
        .iter()
        .filter_map(|n| n.label.as_ref())
        .map(|l| l.title.len() as f32 * TITLE_LH + l.details.len() as f32 * DETAIL_LH)
        .fold(0.0f32, f32::max)
        + 2.0 * PAD
        + 2.0;
    let layout = Layout { nodes: &nodes, h };
    let sub = layout.layout(top, width);

    let mut figure = Figure::new(
        sub.w.max(1.0),
        format!(
            "Org chart of {} positions{}",
            plan.positions.len(),
            if head.is_empty() {
                String::new()
            } else {
                format!(", the head reporting to {head}")
            }
        ),
    );
    let slot: HashMap<usize, usize> = sub
        .boxes
        .iter()
        .enumerate()
        .map(|(k, (n, _, _))| (*n, k))
        .collect();
    let mut boxes: Vec<OrgBox> = sub
        .boxes
        .iter()
        .map(|&(n, x, y)| OrgBox {
            id: nodes[n].label.as_ref().and_then(|l| l.id.clone()),
            parent: None,
            x,
            y,
            w: BOX_W,
            h,
        })
        .collect();
    let mut links = Vec::new();
    for (from, to, points) in &sub.links {
        let (Some(&a), Some(&b)) = (slot.get(from), slot.get(to)) else {
            continue;
        };
        boxes[b].parent = Some(a);
        let dotted = nodes[*to].label.as_ref().is_some_and(|l| l.dotted);
        figure.line(points.clone(), Tone::Muted, 0.8, dotted);
        links.push(Link {
            from: a,
            to: b,
            points: points.clone(),
        });
    }
    for (b, &(n, _, _)) in boxes.iter().zip(&sub.boxes) {
        let Some(label) = &nodes[n].label else {
            continue;
        };
        let (fill, stroke) = if label.head {
            (Tone::Shade, Tone::Muted)
        } else {
            (Tone::Paper, Tone::Accent)
        };
        figure.shapes.push(super::Shape::Rect {
            x: b.x,
            y: b.y,
            w: b.w,
            h: b.h,
            fill: Some(fill),
            stroke: Some(stroke),
            stroke_width: 1.0,
            dotted: label.dotted,
        });
        let lines = label.title.len() as f32 * TITLE_LH + label.details.len() as f32 * DETAIL_LH;
        let mut y = b.y + (b.h - lines) / 2.0 + TITLE - 0.5;
        let cx = b.x + b.w / 2.0;
        for line in &label.title {
            figure.text(cx, y, line, TITLE, true, Anchor::Middle, Tone::Ink);
            y += TITLE_LH;
        }
        y += DETAIL - TITLE + 0.5;
        for (line, tone) in &label.details {
            figure.text(cx, y, line, DETAIL, false, Anchor::Middle, *tone);
            y += DETAIL_LH;
        }
    }
    let ly = sub.h + 12.0;
    figure.line(
        vec![[0.0, ly - 2.5], [24.0, ly - 2.5]],
        Tone::Accent,
        1.0,
        false,
    );
    figure.text(
        30.0,
        ly,
        "dedicated",
        7.0,
        false,
        Anchor::Start,
        Tone::Muted,
    );
    let second = 30.0 + m.width("dedicated", Style::Regular, 7.0) + 14.0;
    figure.line(
        vec![[second, ly - 2.5], [second + 24.0, ly - 2.5]],
        Tone::Accent,
        1.0,
        true,
    );
    let note = "shared, contractor or virtual member";
    figure.text(
        second + 30.0,
        ly,
        note,
        7.0,
        false,
        Anchor::Start,
        Tone::Muted,
    );
    let legend_w = second + 30.0 + m.width(note, Style::Regular, 7.0);
    figure.width = figure.width.max(legend_w);
    figure.height = sub.h + LEGEND;
    OrgChart {
        figure,
        boxes,
        links,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Shape;
    use crate::model::Position;
    use crate::typeset::DocumentFace;
    use proptest::prelude::*;

    const TITLES: [&str; 6] = [
        "Head of Open Source",
        "Principal Engineer, Open Source",
        "Dev",
        "Senior Open Source Compliance and Licensing Engineer",
        "Supercalifragilisticexpialidociousengineer",
        "Community Manager",
    ];

    /// A plan of `n` positions: each reports to an earlier one that has fewer than 12 reports and
    /// sits less than 5 levels deep, or to nobody.
    fn plan_of(seeds: &[(u16, u8, bool)], head: bool, virtual_ospo: bool) -> Plan {
        let mut plan = Plan::empty("Chart");
        plan.structure.reports_to = if head {
            "Chief Technology & Product Officer".into()
        } else {
            String::new()
        };
        if virtual_ospo {
            plan.structure.kind = StructureKind::Virtual;
        }
        let mut depth: Vec<usize> = Vec::new();
        let mut kids: Vec<usize> = Vec::new();
        for (i, (seed, title, shared)) in seeds.iter().enumerate() {
            let open: Vec<usize> = (0..i).filter(|&j| depth[j] < 4 && kids[j] < 12).collect();
            let boss =
                (!open.is_empty() && seed % 9 != 0).then(|| open[usize::from(*seed) % open.len()]);
            depth.push(boss.map_or(0, |b| depth[b] + 1));
            kids.push(0);
            if let Some(b) = boss {
                kids[b] += 1;
            }
            plan.positions.push(Position {
                id: format!("p{i}"),
                title: TITLES[usize::from(*title) % TITLES.len()].to_owned(),
                role: crate::model::Role::Other,
                person: (seed % 3 == 0).then(|| "Alex Example-Longname".to_owned()),
                employment: if *shared {
                    Employment::Shared { percent: 50 }
                } else {
                    Employment::Dedicated
                },
                fte: 1.0,
                start_date: None,
                end_date: None,
                annual_base_cost: 0,
                loaded_cost_multiplier: 1.0,
                reports_to: boss.map(|b| format!("p{b}")),
            });
        }
        plan
    }

    fn inside(b: &OrgBox, x: f32, y: f32) -> bool {
        x > b.x + 0.5 && x < b.x + b.w - 0.5 && y > b.y + 0.5 && y < b.y + b.h - 0.5
    }

    fn check(plan: &Plan, width: f32) -> Result<(), TestCaseError> {
        let m = DocumentFace;
        let chart = org_chart(&m, plan, width);
        let head = !plan.structure.reports_to.trim().is_empty();
        prop_assert_eq!(chart.boxes.len(), plan.positions.len() + usize::from(head));
        prop_assert!(
            chart.figure.width <= width + 0.01,
            "{} > {width}",
            chart.figure.width
        );
        let at: HashMap<&str, usize> = chart
            .boxes
            .iter()
            .enumerate()
            .filter_map(|(i, b)| Some((b.id.as_deref()?, i)))
            .collect();
        // Every line joins a box to its real manager: out of the manager's bottom edge, into
        // the report's top edge, through no other box.
        for p in &plan.positions {
            let me = at[p.id.as_str()];
            let expected = match p.reports_to.as_deref() {
                Some(boss) => Some(at[boss]),
                None if head => chart.boxes.iter().position(|b| b.id.is_none()),
                None => None,
            };
            prop_assert_eq!(chart.boxes[me].parent, expected, "{}", p.id);
            let links: Vec<&Link> = chart.links.iter().filter(|l| l.to == me).collect();
            prop_assert_eq!(links.len(), usize::from(expected.is_some()));
            for l in links {
                let (from, to) = (&chart.boxes[l.from], &chart.boxes[l.to]);
                let [sx, sy] = l.points[0];
                let [ex, ey] = l.points[l.points.len() - 1];
                prop_assert!(
                    (sy - (from.y + from.h)).abs() < 0.01 && sx >= from.x && sx <= from.x + from.w
                );
                prop_assert!((ey - to.y).abs() < 0.01 && ex >= to.x && ex <= to.x + to.w);
                for pair in l.points.windows(2) {
                    let ([ax, ay], [bx, by]) = (pair[0], pair[1]);
                    for t in 1..20 {
                        let t = t as f32 / 20.0;
                        let (x, y) = (ax + (bx - ax) * t, ay + (by - ay) * t);
                        for b in &chart.boxes {
                            prop_assert!(!inside(b, x, y), "a line of {} crosses a box", p.id);
                        }
                    }
                }
            }
        }
        // No box overlaps another.
        for (i, a) in chart.boxes.iter().enumerate() {
            for b in &chart.boxes[i + 1..] {
                let apart = a.x + a.w <= b.x + 0.01
                    || b.x + b.w <= a.x + 0.01
                    || a.y + a.h <= b.y + 0.01
                    || b.y + b.h <= a.y + 0.01;
                prop_assert!(apart, "{:?} overlaps {:?}", a, b);
            }
        }
        // No label leaves its box (the legend sits below every box).
        let bottom = chart.boxes.iter().map(|b| b.y + b.h).fold(0.0f32, f32::max);
        for s in &chart.figure.shapes {
            if let Shape::Text {
                x,
                y,
                text,
                size,
                bold,
                ..
            } = s
            {
                if *y > bottom {
                    continue;
                }
                let style = if *bold { Style::Bold } else { Style::Regular };
                let w = m.width(text, style, *size);
                let (left, right) = (x - w / 2.0, x + w / 2.0);
                let held = chart.boxes.iter().any(|b| {
                    left >= b.x
                        && right <= b.x + b.w
                        && y - size * 0.8 >= b.y
                        && *y + size * 0.25 <= b.y + b.h
                });
                prop_assert!(held, "label {text:?} leaves its box");
                prop_assert!(!text.contains('…'));
            }
        }
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]
        #[test]
        fn every_line_joins_a_box_to_its_manager_and_nothing_overlaps(
            seeds in proptest::collection::vec((any::<u16>(), any::<u8>(), any::<bool>()), 1..=40),
            head in any::<bool>(),
            virtual_ospo in any::<bool>(),
            narrow in any::<bool>(),
        ) {
            let plan = plan_of(&seeds, head, virtual_ospo);
            check(&plan, if narrow { 300.0 } else { super::super::WIDTH })?;
        }
    }

    #[test]
    fn six_reports_of_which_one_has_its_own_stay_under_their_managers() {
        // The shape of the issue: a head with six reports, one reporting to the principal engineer.
        let seeds: Vec<(u16, u8, bool)> = vec![(1, 0, false); 8];
        let mut plan = plan_of(&seeds, true, false);
        for (i, p) in plan.positions.iter_mut().enumerate().skip(1) {
            p.reports_to = Some(if i == 7 { "p1".into() } else { "p0".into() });
        }
        check(&plan, super::super::WIDTH).unwrap();
        let chart = org_chart(&DocumentFace, &plan, super::super::WIDTH);
        assert!(chart
            .figure
            .shapes
            .iter()
            .any(|s| matches!(s, Shape::Text { text, .. } if text == "Chief Technology &")));
    }
}
