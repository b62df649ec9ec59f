//! Undo and redo kept in the database: every change to a plan is written to `history` in the same
//! transaction as the change, so both survive a restart or a crash and serve the app and the CLI.
//! Rows not undone form the undo stack (newest on top); undone rows the redo stack (oldest on top).

use super::change::{Change, Part, Scope, Snapshot};
use super::plans::{load_header, touch};
use super::Store;
use crate::model::Edit;
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

/// Whether a plan has anything to undo or redo, and what.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct UndoState {
    /// What undo would take back (e.g. "put_position pos-1a2b3c4d"), if anything.
    pub undo: Option<String>,
    pub redo: Option<String>,
}

/// One step taken back or forward: what it was and the plan's new change time.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Stepped {
    pub label: String,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

/// Applies `apply` inside the caller's transaction and records what it changed in the parts
/// `edit` can touch; an edit that changes nothing is not recorded.
pub(super) fn record_edit(
    conn: &Connection,
    plan_id: i64,
    edit: &Edit,
    apply: impl FnOnce(&Connection) -> Result<Option<String>>,
) -> Result<Option<String>> {
    let (mut scope, new_item) = scope_of(conn, plan_id, edit)?;
    // Any edit may clear a starter's sample mark, which is kept with the plan's own fields.
    scope.header |= !load_header(conn, plan_id)?.samples.is_empty();
    let before = Snapshot::read(conn, plan_id, &scope)?;
    let id = apply(conn)?;
    if let (Some(part), Some(id)) = (new_item, &id) {
        scope.items.push((part, id.clone()));
    }
    let after = Snapshot::read(conn, plan_id, &scope)?;
    record(
        conn,
        plan_id,
        &label_of(edit, id.as_deref()),
        &Change::between(&before, &after),
    )?;
    Ok(id)
}

/// Writes the plan `target` over the stored one and records the difference as one step.
pub(super) fn record_replace(
    conn: &Connection,
    plan_id: i64,
    target: &crate::model::Plan,
    label: &str,
) -> Result<()> {
    let before = Snapshot::read_all(conn, plan_id)?;
    let change = Change::between(&before, &Snapshot::of_plan(target)?);
    change.write(conn, plan_id, true)?;
    record(conn, plan_id, label, &change)
}

fn record(conn: &Connection, plan_id: i64, label: &str, change: &Change) -> Result<()> {
    if change.is_empty() {
        return Ok(());
    }
    let json = serde_json::to_string(change)
        .map_err(|e| Error::Conflict(format!("the edit cannot be recorded: {e}")))?;
    conn.prepare_cached("DELETE FROM history WHERE plan_id = ?1 AND undone = 1")?
        .execute([plan_id])?;
    conn.prepare_cached(
        "INSERT INTO history (plan_id, at, label, change, undone) VALUES (?1, ?2, ?3, ?4, 0)",
    )?
    .execute(params![plan_id, Utc::now().to_rfc3339(), label, json])?;
    Ok(())
}

/// "rename", "put_position pos-1a2b3c4d", "remove_kpi k1": the edit's name and the item's id.
fn label_of(edit: &Edit, new_id: Option<&str>) -> String {
    let value = serde_json::to_value(edit).unwrap_or_default();
    let op = value["op"].as_str().unwrap_or("edit").to_owned();
    let id = new_id
        .map(str::to_owned)
        .or_else(|| value["value"]["id"].as_str().map(str::to_owned))
        .or_else(|| {
            op.starts_with("remove_")
                .then(|| value["value"].as_str().map(str::to_owned))
                .flatten()
        });
    match id {
        Some(id) => format!("{op} {id}"),
        None => op,
    }
}

/// The parts `edit` may change, and the part of the item it adds when the id is made for it.
fn scope_of(conn: &Connection, plan_id: i64, edit: &Edit) -> Result<(Scope, Option<Part>)> {
    let header = |whole: Vec<Part>| Scope {
        header: true,
        whole,
        items: Vec::new(),
    };
    let item = |part: Part, id: &str| {
        let scope = Scope {
            items: if id.is_empty() {
                Vec::new()
            } else {
                vec![(part, id.to_owned())]
            },
            ..Scope::default()
        };
        (scope, Some(part))
    };
    let removed = |part: Part, id: &str| Scope {
        items: vec![(part, id.to_owned())],
        ..Scope::default()
    };
    Ok(match edit {
        Edit::Rename(_)
        | Edit::SetLocale(_)
        | Edit::SetOrganization(_)
        | Edit::SetMaturity(_)
        | Edit::SetAssumptions(_)
        | Edit::KeepSample(_) => (header(Vec::new()), None),
        Edit::SetStructure(_) => (header(vec![Part::Units]), None),
        Edit::SetBudgetSettings(_) => (header(vec![Part::BudgetLines]), None),
        Edit::SetResponsibilities(_) => (
            Scope {
                whole: vec![Part::Responsibilities],
                ..Scope::default()
            },
            None,
        ),
        Edit::PutPosition(x) => item(Part::Positions, &x.id),
        Edit::PutBudgetLine(x) => item(Part::BudgetLines, &x.id),
        Edit::PutStakeholder(x) => item(Part::Stakeholders, &x.id),
        Edit::PutCommunication(x) => item(Part::Communications, &x.id),
        Edit::PutMilestone(x) => item(Part::Milestones, &x.id),
        Edit::PutKpi(x) => item(Part::Kpis, &x.id),
        Edit::PutRisk(x) => item(Part::Risks, &x.id),
        Edit::RemovePosition(id) => {
            let mut scope = removed(Part::Positions, id);
            scope.items.extend(referring_to(conn, plan_id, id)?);
            (scope, None)
        }
        Edit::RemoveBudgetLine(id) => (removed(Part::BudgetLines, id), None),
        Edit::RemoveStakeholder(id) => (removed(Part::Stakeholders, id), None),
        Edit::RemoveCommunication(id) => (removed(Part::Communications, id), None),
        Edit::RemoveMilestone(id) => (removed(Part::Milestones, id), None),
        Edit::RemoveKpi(id) => (removed(Part::Kpis, id), None),
        Edit::RemoveRisk(id) => (removed(Part::Risks, id), None),
    })
}

/// The items naming position `id` as their owner or manager (removing it clears those links).
fn referring_to(conn: &Connection, plan_id: i64, id: &str) -> Result<Vec<(Part, String)>> {
    let mut out = Vec::new();
    for (part, sql) in [
        (
            Part::Positions,
            "SELECT id FROM positions WHERE plan_id = ?1 AND reports_to = ?2",
        ),
        (
            Part::Stakeholders,
            "SELECT id FROM stakeholders WHERE plan_id = ?1 AND owner = ?2",
        ),
        (
            Part::Communications,
            "SELECT id FROM communications WHERE plan_id = ?1 AND owner = ?2",
        ),
        (
            Part::Responsibilities,
            "SELECT responsibility FROM responsibilities WHERE plan_id = ?1 AND owner = ?2",
        ),
    ] {
        let mut stmt = conn.prepare_cached(sql)?;
        for key in stmt.query_map(params![plan_id, id], |r| r.get::<_, String>(0))? {
            out.push((part, key?));
        }
    }
    Ok(out)
}

/// The top of the undo stack (`undone = 0`, newest) or of the redo stack (`undone = 1`, oldest).
fn top(conn: &Connection, plan_id: i64, undone: bool) -> Result<Option<(i64, String, String)>> {
    let sql = if undone {
        "SELECT id, label, change FROM history WHERE plan_id = ?1 AND undone = 1 ORDER BY id LIMIT 1"
    } else {
        "SELECT id, label, change FROM history WHERE plan_id = ?1 AND undone = 0 ORDER BY id DESC LIMIT 1"
    };
    Ok(conn
        .prepare_cached(sql)?
        .query_row([plan_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

impl Store {
    /// Takes back the plan's last change; `None` when there is nothing to undo.
    pub fn undo(&mut self, plan_id: i64) -> Result<Option<Stepped>> {
        self.step(plan_id, false)
    }

    /// Applies again the change undone last; `None` when there is nothing to redo.
    pub fn redo(&mut self, plan_id: i64) -> Result<Option<Stepped>> {
        self.step(plan_id, true)
    }

    fn step(&mut self, plan_id: i64, forward: bool) -> Result<Option<Stepped>> {
        let tx = self.write_tx()?;
        load_header(&tx, plan_id)?;
        let Some((row, label, json)) = top(&tx, plan_id, forward)? else {
            return Ok(None);
        };
        let change: Change = serde_json::from_str(&json).map_err(|e| {
            Error::Conflict(format!(
                "the history of plan {plan_id} cannot be read ({e}); nothing was changed"
            ))
        })?;
        change.write(&tx, plan_id, forward)?;
        tx.prepare_cached("UPDATE history SET undone = ?2 WHERE id = ?1")?
            .execute(params![row, !forward])?;
        let updated_at = touch(&tx, plan_id)?;
        tx.commit()?;
        Ok(Some(Stepped { label, updated_at }))
    }

    /// What undo and redo would do now.
    pub fn undo_state(&self, plan_id: i64) -> Result<UndoState> {
        Ok(UndoState {
            undo: top(&self.conn, plan_id, false)?.map(|t| t.1),
            redo: top(&self.conn, plan_id, true)?.map(|t| t.1),
        })
    }
}
