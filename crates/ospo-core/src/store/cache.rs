//! The plan last read or edited, kept whole so the next edit or read of it need not load every
//! section again; trusted only while SQLite's `data_version` shows no other connection has
//! written since, and dropped by every write of this connection that does not refresh it.

use crate::model::Plan;
use rusqlite::Connection;
use std::cell::RefCell;

#[derive(Default)]
pub(super) struct PlanCache(RefCell<Option<Cached>>);

struct Cached {
    plan: Plan,
    data_version: i64,
}

/// Changes whenever another connection commits to the database (never for this one's commits).
pub(super) fn data_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA data_version", [], |r| r.get(0))
}

impl PlanCache {
    /// A copy of plan `id` when the cache holds it and nobody else has written since.
    pub(super) fn get(&self, conn: &Connection, id: i64) -> rusqlite::Result<Option<Plan>> {
        let cell = self.0.borrow();
        let Some(cached) = cell.as_ref().filter(|c| c.plan.id == id) else {
            return Ok(None);
        };
        Ok((cached.data_version == data_version(conn)?).then(|| cached.plan.clone()))
    }

    /// Takes plan `id` out with the `data_version` it was kept at, for the caller to check inside
    /// its own transaction.
    pub(super) fn take(&self, id: i64) -> Option<(Plan, i64)> {
        let mut cell = self.0.borrow_mut();
        match cell.take() {
            Some(c) if c.plan.id == id => Some((c.plan, c.data_version)),
            other => {
                *cell = other;
                None
            }
        }
    }

    /// Keeps `plan` as read or written at `data_version`.
    pub(super) fn put(&self, plan: Plan, data_version: i64) {
        *self.0.borrow_mut() = Some(Cached { plan, data_version });
    }

    pub(super) fn clear(&self) {
        self.0.borrow_mut().take();
    }
}
