//! What the app keeps between commands: the open plan database, and the plan as the editor last
//! received it, so an edit starts from it (not from the whole plan read again) and replies with
//! what changed. Undo and redo live in the database (the core's history), so they survive a
//! restart and match the `ospo` command's.

use crate::patch::PlanPatch;
use crate::view::PlanView;
use ospo_core::chart::Charts;
use ospo_core::error::ErrorPayload;
use ospo_core::model::{Edit, Plan};
use ospo_core::Store;
use std::sync::{Mutex, MutexGuard};

/// Managed by Tauri; every command locks it for as long as it touches the database.
pub struct AppState(Mutex<Inner>);

impl AppState {
    pub fn new(store: Store) -> AppState {
        AppState(Mutex::new(Inner { store, shown: None }))
    }

    pub fn lock(&self) -> Result<MutexGuard<'_, Inner>, ErrorPayload> {
        self.0.lock().map_err(|_| {
            ospo_core::Error::Internal(
                "the app's state was left inconsistent by an earlier failure; restart the app"
                    .into(),
            )
            .payload()
        })
    }
}

pub struct Inner {
    pub store: Store,
    /// The plan as last sent to the editor, whole or as a patch.
    shown: Option<Shown>,
}

/// A plan as the editor has it, with its charts as sent (none: not known).
struct Shown {
    plan: Plan,
    charts: Option<Charts>,
}

impl Inner {
    /// The plan with its totals, review and whether undo and redo have anything to do.
    pub fn open(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        self.view(id)
    }

    /// One edit in one transaction, recorded in the plan's history; the reply is what changed.
    pub fn apply(&mut self, id: i64, edit: &Edit) -> ospo_core::Result<PlanPatch> {
        let mut shown = self.shown_or_stored(id)?;
        let before = shown.plan.clone();
        let applied = self.store.apply_to_copy(&mut shown.plan, edit);
        // Refused or not, the copy is the plan as stored now.
        let shown = self.shown.insert(shown);
        applied?;
        patch(&self.store, &before, shown)
    }

    /// Runs `change` (a merge, say), which records its own history step.
    pub fn replace_with(
        &mut self,
        id: i64,
        change: impl FnOnce(&mut Store, i64) -> ospo_core::Result<()>,
    ) -> ospo_core::Result<PlanView> {
        change(&mut self.store, id)?;
        self.view(id)
    }

    /// Takes back the last change; with nothing to undo, the plan as it is.
    pub fn undo(&mut self, id: i64) -> ospo_core::Result<PlanPatch> {
        let mut shown = self.shown_or_stored(id)?;
        self.store.undo(id)?;
        let before = std::mem::replace(&mut shown.plan, self.store.get(id)?);
        patch(&self.store, &before, self.shown.insert(shown))
    }

    pub fn redo(&mut self, id: i64) -> ospo_core::Result<PlanPatch> {
        let mut shown = self.shown_or_stored(id)?;
        self.store.redo(id)?;
        let before = std::mem::replace(&mut shown.plan, self.store.get(id)?);
        patch(&self.store, &before, self.shown.insert(shown))
    }

    /// The plan as stored now, whole; the editor shows it from here on.
    pub fn view(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        let view = PlanView::new(self.store.get(id)?, false, false);
        let state = self.store.undo_state(id)?;
        self.shown = Some(Shown {
            plan: view.plan.clone(),
            charts: Some(view.charts.clone()),
        });
        Ok(PlanView {
            can_undo: state.undo.is_some(),
            can_redo: state.redo.is_some(),
            ..view
        })
    }

    pub fn plan(&self, id: i64) -> ospo_core::Result<Plan> {
        self.store.get(id)
    }

    /// The copy of plan `id` the editor holds, else the plan as stored (its charts unknown).
    fn shown_or_stored(&mut self, id: i64) -> ospo_core::Result<Shown> {
        match self.shown.take() {
            Some(shown) if shown.plan.id == id => Ok(shown),
            _ => Ok(Shown {
                plan: self.store.get(id)?,
                charts: None,
            }),
        }
    }
}

/// What changed from `before` to the plan `shown` has now, with whether undo and redo have
/// anything to do; `shown`'s charts become the ones sent.
fn patch(store: &Store, before: &Plan, shown: &mut Shown) -> ospo_core::Result<PlanPatch> {
    let state = store.undo_state(shown.plan.id)?;
    Ok(PlanPatch::between(
        before,
        &shown.plan,
        &mut shown.charts,
        state.undo.is_some(),
        state.redo.is_some(),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::patch::ListChange;
    use ospo_core::guide::starter_plan;

    fn with_plan() -> (Inner, i64) {
        let mut store = Store::open_in_memory().unwrap();
        let mut plan = starter_plan("within_rnd").unwrap();
        plan.name = "Scenario".into();
        let id = store.create(&plan).unwrap();
        (Inner { store, shown: None }, id)
    }

    #[test]
    fn undo_and_redo_walk_the_edits() {
        let (mut inner, id) = with_plan();
        let view = inner.open(id).unwrap();
        assert!(!view.can_undo && !view.can_redo);
        inner.apply(id, &Edit::Rename("One".into())).unwrap();
        let patch = inner.apply(id, &Edit::Rename("Two".into())).unwrap();
        assert_eq!(patch.fields.name, "Two");
        assert!(patch.can_undo && !patch.can_redo);

        assert_eq!(inner.undo(id).unwrap().fields.name, "One");
        let patch = inner.undo(id).unwrap();
        assert_eq!(patch.fields.name, "Scenario");
        assert!(!patch.can_undo && patch.can_redo);
        // Nothing left to undo: the plan comes back unchanged.
        assert_eq!(inner.undo(id).unwrap().fields.name, "Scenario");

        assert_eq!(inner.redo(id).unwrap().fields.name, "One");
        // A new edit after an undo drops the redo stack.
        let patch = inner.apply(id, &Edit::Rename("Three".into())).unwrap();
        assert!(!patch.can_redo);
        assert_eq!(inner.redo(id).unwrap().fields.name, "Three");
        assert_eq!(inner.store.get(id).unwrap().name, "Three");
    }

    #[test]
    fn an_edit_replies_with_the_item_it_changed_from_the_plan_last_sent() {
        let (mut inner, id) = with_plan();
        let view = inner.open(id).unwrap();
        let mut line = view.plan.budget.lines[0].clone();
        line.amounts[0] += 100_000;
        let patch = inner.apply(id, &Edit::PutBudgetLine(line.clone())).unwrap();
        assert_eq!(patch.base, view.plan.updated_at);
        assert_eq!(
            patch.budget_lines,
            Some(ListChange::Items {
                put: vec![line],
                removed: Vec::new()
            })
        );
        assert!(patch.positions.is_none() && patch.fields.budget.lines.is_empty());
        let stored = inner.store.get(id).unwrap();
        assert_eq!(patch.fields.updated_at, stored.updated_at);
        assert_eq!(patch.totals, stored.totals());

        // Undo sends the line back as it was, based on the plan the edit's reply made.
        let patch = inner.undo(id).unwrap();
        assert_eq!(patch.base, stored.updated_at);
        assert_eq!(
            patch.budget_lines,
            Some(ListChange::Items {
                put: vec![view.plan.budget.lines[0].clone()],
                removed: Vec::new()
            })
        );
    }

    #[test]
    fn each_plan_keeps_its_own_history() {
        let (mut inner, id) = with_plan();
        let other = inner.store.duplicate(id, "Other").unwrap();
        inner.apply(id, &Edit::Rename("Changed".into())).unwrap();
        assert!(!inner.open(other).unwrap().can_undo);
        let view = inner.open(id).unwrap();
        assert!(view.can_undo);
        assert_eq!(inner.undo(id).unwrap().fields.name, "Scenario");
    }

    #[test]
    fn a_refused_edit_leaves_the_history_alone() {
        let (mut inner, id) = with_plan();
        let err = inner.apply(id, &Edit::Rename(String::new())).unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert!(!inner.open(id).unwrap().can_undo);
    }
}
