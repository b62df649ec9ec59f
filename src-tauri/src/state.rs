//! What the app keeps between commands: the open plan database and the undo/redo history of the
//! plan being edited (whole-plan snapshots, restored with `Store::replace`).

use crate::view::PlanView;
use ospo_core::error::ErrorPayload;
use ospo_core::model::{Edit, Plan};
use ospo_core::Store;
use std::sync::{Mutex, MutexGuard};

/// Most edits kept for undo; the oldest are dropped past this.
pub const UNDO_LIMIT: usize = 200;

/// Managed by Tauri; every command locks it for as long as it touches the database.
pub struct AppState(Mutex<Inner>);

impl AppState {
    pub fn new(store: Store) -> AppState {
        AppState(Mutex::new(Inner::new(store)))
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
    history: History,
}

/// Undo and redo snapshots of one plan: the one last opened or edited.
#[derive(Default)]
struct History {
    plan: Option<i64>,
    undo: Vec<Plan>,
    redo: Vec<Plan>,
}

impl History {
    /// Makes `id` the plan the history is about, forgetting another plan's history.
    fn focus(&mut self, id: i64) {
        if self.plan != Some(id) {
            *self = History {
                plan: Some(id),
                ..History::default()
            };
        }
    }

    fn record(&mut self, id: i64, before: Plan) {
        self.focus(id);
        self.undo.push(before);
        if self.undo.len() > UNDO_LIMIT {
            self.undo.remove(0);
        }
        self.redo.clear();
    }

    fn forget(&mut self, id: i64) {
        if self.plan == Some(id) {
            *self = History::default();
        }
    }
}

impl Inner {
    pub fn new(store: Store) -> Inner {
        Inner {
            store,
            history: History::default(),
        }
    }

    /// The plan with its totals and review; opening another plan than the last one clears the history.
    pub fn open(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        let plan = self.store.get(id)?;
        self.history.focus(id);
        Ok(self.view_of(plan))
    }

    fn view_of(&self, plan: Plan) -> PlanView {
        let (can_undo, can_redo) = if self.history.plan == Some(plan.id) {
            (!self.history.undo.is_empty(), !self.history.redo.is_empty())
        } else {
            (false, false)
        };
        PlanView::new(plan, can_undo, can_redo)
    }

    /// One edit in one transaction; the plan as it was goes on the undo stack.
    pub fn apply(&mut self, id: i64, edit: &Edit) -> ospo_core::Result<PlanView> {
        let before = self.store.get(id)?;
        self.store.apply(id, edit)?;
        self.history.record(id, before);
        self.view(id)
    }

    /// Replaces the plan whole by `change(plan)` (a merge, say), undoably.
    pub fn replace_with(
        &mut self,
        id: i64,
        change: impl FnOnce(&mut Store, i64) -> ospo_core::Result<()>,
    ) -> ospo_core::Result<PlanView> {
        let before = self.store.get(id)?;
        change(&mut self.store, id)?;
        self.history.record(id, before);
        self.view(id)
    }

    pub fn undo(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        self.step(id, true)
    }

    pub fn redo(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        self.step(id, false)
    }

    /// Restores the snapshot on top of one stack and puts the current plan on the other; with
    /// nothing to restore, the plan is returned as it is.
    fn step(&mut self, id: i64, back: bool) -> ospo_core::Result<PlanView> {
        self.history.focus(id);
        let stack = if back {
            &mut self.history.undo
        } else {
            &mut self.history.redo
        };
        let Some(snapshot) = stack.pop() else {
            return self.view(id);
        };
        let current = self.store.get(id)?;
        if let Err(e) = self.store.replace(&snapshot) {
            let stack = if back {
                &mut self.history.undo
            } else {
                &mut self.history.redo
            };
            stack.push(snapshot);
            return Err(e);
        }
        if back {
            self.history.redo.push(current);
        } else {
            self.history.undo.push(current);
        }
        self.view(id)
    }

    /// The plan as stored now, keeping the history.
    pub fn view(&self, id: i64) -> ospo_core::Result<PlanView> {
        Ok(self.view_of(self.store.get(id)?))
    }

    /// Drops the history of a plan renamed or deleted from the library.
    pub fn forget(&mut self, id: i64) {
        self.history.forget(id);
    }

    pub fn plan(&self, id: i64) -> ospo_core::Result<Plan> {
        self.store.get(id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ospo_core::guide::starter_plan;

    fn with_plan() -> (Inner, i64) {
        let mut store = Store::open_in_memory().unwrap();
        let mut plan = starter_plan("within_rnd").unwrap();
        plan.name = "Scenario".into();
        let id = store.create(&plan).unwrap();
        (Inner::new(store), id)
    }

    #[test]
    fn undo_and_redo_walk_the_edits() {
        let (mut inner, id) = with_plan();
        let view = inner.open(id).unwrap();
        assert!(!view.can_undo && !view.can_redo);
        inner.apply(id, &Edit::Rename("One".into())).unwrap();
        let view = inner.apply(id, &Edit::Rename("Two".into())).unwrap();
        assert_eq!(view.plan.name, "Two");
        assert!(view.can_undo && !view.can_redo);

        assert_eq!(inner.undo(id).unwrap().plan.name, "One");
        let view = inner.undo(id).unwrap();
        assert_eq!(view.plan.name, "Scenario");
        assert!(!view.can_undo && view.can_redo);
        // Nothing left to undo: the plan comes back unchanged.
        assert_eq!(inner.undo(id).unwrap().plan.name, "Scenario");

        assert_eq!(inner.redo(id).unwrap().plan.name, "One");
        // A new edit after an undo drops the redo stack.
        let view = inner.apply(id, &Edit::Rename("Three".into())).unwrap();
        assert!(!view.can_redo);
        assert_eq!(inner.redo(id).unwrap().plan.name, "Three");
        assert_eq!(inner.store.get(id).unwrap().name, "Three");
    }

    #[test]
    fn opening_another_plan_clears_the_history() {
        let (mut inner, id) = with_plan();
        let other = inner.store.duplicate(id, "Other").unwrap();
        inner.apply(id, &Edit::Rename("Changed".into())).unwrap();
        inner.open(other).unwrap();
        let view = inner.open(id).unwrap();
        assert!(!view.can_undo);
        assert_eq!(inner.undo(id).unwrap().plan.name, "Changed");
    }

    #[test]
    fn a_refused_edit_leaves_the_history_alone() {
        let (mut inner, id) = with_plan();
        let err = inner.apply(id, &Edit::Rename(String::new())).unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert!(!inner.open(id).unwrap().can_undo);
    }

    #[test]
    fn the_history_is_bounded() {
        let (mut inner, id) = with_plan();
        for i in 0..UNDO_LIMIT + 5 {
            inner.apply(id, &Edit::Rename(format!("Name {i}"))).unwrap();
        }
        assert_eq!(inner.history.undo.len(), UNDO_LIMIT);
    }
}
