//! What the app keeps between commands: the open plan database. Undo and redo live in the
//! database (the core's history), so they survive a restart and match the `ospo` command's.

use crate::view::PlanView;
use ospo_core::error::ErrorPayload;
use ospo_core::model::{Edit, Plan};
use ospo_core::Store;
use std::sync::{Mutex, MutexGuard};

/// Managed by Tauri; every command locks it for as long as it touches the database.
pub struct AppState(Mutex<Inner>);

impl AppState {
    pub fn new(store: Store) -> AppState {
        AppState(Mutex::new(Inner { store }))
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
}

impl Inner {
    /// The plan with its totals, review and whether undo and redo have anything to do.
    pub fn open(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        self.view(id)
    }

    /// One edit in one transaction, recorded in the plan's history.
    pub fn apply(&mut self, id: i64, edit: &Edit) -> ospo_core::Result<PlanView> {
        self.store.apply(id, edit)?;
        self.view(id)
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
    pub fn undo(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        self.store.undo(id)?;
        self.view(id)
    }

    pub fn redo(&mut self, id: i64) -> ospo_core::Result<PlanView> {
        self.store.redo(id)?;
        self.view(id)
    }

    /// The plan as stored now.
    pub fn view(&self, id: i64) -> ospo_core::Result<PlanView> {
        let plan = self.store.get(id)?;
        let state = self.store.undo_state(id)?;
        Ok(PlanView::new(
            plan,
            state.undo.is_some(),
            state.redo.is_some(),
        ))
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
        (Inner { store }, id)
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
    fn each_plan_keeps_its_own_history() {
        let (mut inner, id) = with_plan();
        let other = inner.store.duplicate(id, "Other").unwrap();
        inner.apply(id, &Edit::Rename("Changed".into())).unwrap();
        assert!(!inner.open(other).unwrap().can_undo);
        let view = inner.open(id).unwrap();
        assert!(view.can_undo);
        assert_eq!(inner.undo(id).unwrap().plan.name, "Scenario");
    }

    #[test]
    fn a_refused_edit_leaves_the_history_alone() {
        let (mut inner, id) = with_plan();
        let err = inner.apply(id, &Edit::Rename(String::new())).unwrap_err();
        assert_eq!(err.code(), "invalid");
        assert!(!inner.open(id).unwrap().can_undo);
    }
}
