//! What an edit changed in the plan the editor shows. The reply to an edit carries the plan's own
//! fields, the items added, changed or removed, the totals and review, and the charts that look
//! different, so its size (and what the editor redraws) follows the edit, not the plan: a
//! thousand-line budget is not sent back whole after every field's save.

use ospo_core::chart::Charts;
use ospo_core::defaults::today;
use ospo_core::guide::{review, Review};
use ospo_core::model::{
    BudgetLine, Communication, Kpi, Milestone, Plan, Position, ResponsibilityAssignment, Risk,
    Stakeholder, Totals, Unit,
};
use ospo_core::wording::Spelling;
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

/// How one list of the plan changed.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ListChange<T> {
    /// Items changed (they keep their place) or added (at the end, in this order), and the ids
    /// of the items removed.
    Items { put: Vec<T>, removed: Vec<String> },
    /// The whole list, when its order changed some other way (a merge, an undone removal).
    All { items: Vec<T> },
}

/// The plan after a change, as the difference from the plan the editor holds. A list that is
/// null did not change.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlanPatch {
    /// The change time of the plan the patch applies to: an editor holding another version of
    /// the plan reads it whole instead.
    #[ts(type = "string")]
    pub base: chrono::DateTime<chrono::Utc>,
    /// The plan's own fields (name, organization, settings, change time…); its lists are empty
    /// here.
    pub fields: Plan,
    /// Short lists, whole when they changed.
    pub units: Option<Vec<Unit>>,
    pub responsibilities: Option<Vec<ResponsibilityAssignment>>,
    pub positions: Option<ListChange<Position>>,
    pub budget_lines: Option<ListChange<BudgetLine>>,
    pub stakeholders: Option<ListChange<Stakeholder>>,
    pub communications: Option<ListChange<Communication>>,
    pub milestones: Option<ListChange<Milestone>>,
    pub kpis: Option<ListChange<Kpi>>,
    pub risks: Option<ListChange<Risk>>,
    pub totals: Totals,
    pub review: Review,
    /// The charts that changed, by name; the others are as they were.
    #[ts(type = "Partial<import(\"./Charts\").Charts>")]
    pub charts: Map<String, Value>,
    pub spelling: Spelling,
    pub can_undo: bool,
    pub can_redo: bool,
}

/// The figures of `new` that differ from `old`, by name.
fn changed_charts(old: Option<&Charts>, new: &Charts) -> Map<String, Value> {
    // Written out, so a chart added to `Charts` cannot be forgotten here.
    let Charts {
        org_chart,
        stage_ladder,
        strategy_ladder,
        flower,
        budget_bars,
        timeline,
        heat_map,
        communication_calendar,
    } = new;
    let mut out = Map::new();
    for (name, figure, was) in [
        ("org_chart", org_chart, old.map(|c| &c.org_chart)),
        ("stage_ladder", stage_ladder, old.map(|c| &c.stage_ladder)),
        (
            "strategy_ladder",
            strategy_ladder,
            old.map(|c| &c.strategy_ladder),
        ),
        ("flower", flower, old.map(|c| &c.flower)),
        ("budget_bars", budget_bars, old.map(|c| &c.budget_bars)),
        ("timeline", timeline, old.map(|c| &c.timeline)),
        ("heat_map", heat_map, old.map(|c| &c.heat_map)),
        (
            "communication_calendar",
            communication_calendar,
            old.map(|c| &c.communication_calendar),
        ),
    ] {
        if was != Some(figure) {
            // A figure is plain data: it always serializes.
            if let Ok(value) = serde_json::to_value(figure) {
                out.insert(name.into(), value);
            }
        }
    }
    out
}

impl PlanPatch {
    /// What turns `before` into `after`, with `after`'s totals and review as of today, and the
    /// charts of `after` that differ from `charts`, the ones the editor has (none known: all),
    /// which become `after`'s.
    pub fn between(
        before: &Plan,
        after: &Plan,
        charts: &mut Option<Charts>,
        can_undo: bool,
        can_redo: bool,
    ) -> PlanPatch {
        let now = Charts::of(after);
        let changed = changed_charts(charts.as_ref(), &now);
        *charts = Some(now);
        PlanPatch {
            base: before.updated_at,
            fields: after.without_items(),
            units: whole(&before.structure.units, &after.structure.units),
            responsibilities: whole(&before.responsibilities, &after.responsibilities),
            positions: list_change(&before.positions, &after.positions, |x| &x.id),
            budget_lines: list_change(&before.budget.lines, &after.budget.lines, |x| &x.id),
            stakeholders: list_change(&before.stakeholders, &after.stakeholders, |x| &x.id),
            communications: list_change(&before.communications, &after.communications, |x| &x.id),
            milestones: list_change(&before.milestones, &after.milestones, |x| &x.id),
            kpis: list_change(&before.kpis, &after.kpis, |x| &x.id),
            risks: list_change(&before.risks, &after.risks, |x| &x.id),
            totals: after.totals(),
            review: review(after, today()),
            charts: changed,
            spelling: Spelling::of(&after.locale),
            can_undo,
            can_redo,
        }
    }
}

/// `new` when it differs from `old`.
fn whole<T: Clone + PartialEq>(old: &[T], new: &[T]) -> Option<Vec<T>> {
    (old != new).then(|| new.to_vec())
}

/// How `old` became `new`, items known by `id`; none when nothing changed.
fn list_change<T: Clone + PartialEq>(
    old: &[T],
    new: &[T],
    id: impl Fn(&T) -> &String,
) -> Option<ListChange<T>> {
    if old == new {
        return None;
    }
    let before: HashMap<&String, &T> = old.iter().map(|x| (id(x), x)).collect();
    let after: HashSet<&String> = new.iter().map(&id).collect();
    // Kept items in their old order, then the added ones: the order `Items` can express.
    let kept = old.iter().map(&id).filter(|k| after.contains(k));
    let added = new.iter().map(&id).filter(|k| !before.contains_key(k));
    if after.len() != new.len() || !kept.chain(added).eq(new.iter().map(&id)) {
        return Some(ListChange::All {
            items: new.to_vec(),
        });
    }
    Some(ListChange::Items {
        put: new
            .iter()
            .filter(|x| before.get(id(x)).is_none_or(|old| *old != *x))
            .cloned()
            .collect(),
        removed: old
            .iter()
            .map(&id)
            .filter(|k| !after.contains(k))
            .cloned()
            .collect(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use ospo_core::guide::starter_plan;

    fn plan() -> Plan {
        starter_plan("corporate_with_divisions").unwrap()
    }

    #[test]
    fn an_unchanged_plan_has_no_list_changes() {
        let p = plan();
        let patch = PlanPatch::between(&p, &p, &mut Some(Charts::of(&p)), false, false);
        assert!(patch.units.is_none() && patch.responsibilities.is_none());
        assert!(patch.positions.is_none() && patch.budget_lines.is_none());
        assert!(patch.stakeholders.is_none() && patch.communications.is_none());
        assert!(patch.milestones.is_none() && patch.kpis.is_none() && patch.risks.is_none());
        assert!(patch.fields.budget.lines.is_empty() && patch.fields.positions.is_empty());
        assert_eq!(patch.fields.name, p.name);
        assert_eq!(patch.totals, p.totals());
        assert!(
            patch.charts.is_empty(),
            "charts already sent are not sent again"
        );
    }

    #[test]
    fn a_changed_added_and_removed_item_are_all_that_is_sent() {
        let before = plan();
        let mut after = before.clone();
        after.budget.lines[1].amounts[0] += 100;
        let mut added = after.budget.lines[0].clone();
        added.id = "new-line".into();
        after.budget.lines.push(added.clone());
        let gone = after.budget.lines.remove(2).id;
        let patch = PlanPatch::between(&before, &after, &mut None, true, false);
        assert_eq!(
            patch.budget_lines,
            Some(ListChange::Items {
                put: vec![after.budget.lines[1].clone(), added],
                removed: vec![gone],
            })
        );
        assert!(patch.positions.is_none());
        assert_eq!(patch.totals, after.totals());
        assert_eq!(
            patch.charts.len(),
            8,
            "charts unknown to the editor are all sent"
        );
    }

    #[test]
    fn a_new_order_sends_the_whole_list() {
        let before = plan();
        let mut after = before.clone();
        after.positions.swap(0, 1);
        let patch = PlanPatch::between(&before, &after, &mut None, false, false);
        assert_eq!(
            patch.positions,
            Some(ListChange::All {
                items: after.positions.clone()
            })
        );
    }
}
