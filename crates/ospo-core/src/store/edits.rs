//! Applies one user edit to a stored plan, in one transaction with its history record: the edit is
//! made on the plan in memory, the plan checks itself whole (so every problem has the plan's path,
//! `positions[3].fte`), and only the section that changed is written.

use super::plans::{ensure_name_free, load_header, load_plan, touch, write_header};
use super::sections::{self, Section};
use super::Store;
use crate::model::{
    BudgetLine, Communication, Edit, Item, Kpi, Milestone, Plan, Position, Problem,
    ResponsibilityAssignment, Risk, Stakeholder, Unit,
};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection, Transaction};
use serde::Serialize;
use ts_rs::TS;

/// What an edit did: the id given to a new item, and the plan's new change time.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct Applied {
    pub id: Option<String>,
    #[ts(type = "string")]
    pub updated_at: DateTime<Utc>,
}

impl Store {
    pub fn apply(&mut self, plan_id: i64, edit: &Edit) -> Result<Applied> {
        let tx = self.write_tx()?;
        let before = load_plan(&tx, plan_id)?;
        let (applied, _) = apply_logged(tx, &before, edit)?;
        Ok(applied)
    }

    /// As [`Store::apply`], on `plan`: the caller's copy of the stored plan, which becomes the plan
    /// as stored after the edit. An editor holding the plan so saves reading it whole per edit; a
    /// copy older than the stored plan (its change time differs) is read again first. After a
    /// refused edit the copy is the stored plan as it was.
    pub fn apply_to_copy(&mut self, plan: &mut Plan, edit: &Edit) -> Result<Applied> {
        let tx = self.write_tx()?;
        if load_header(&tx, plan.id)?.updated_at != plan.updated_at {
            *plan = load_plan(&tx, plan.id)?;
        }
        let (applied, after) = apply_logged(tx, plan, edit)?;
        *plan = after;
        Ok(applied)
    }
}

/// Makes `edit` on `before` (the plan as stored) in memory, checks the result, writes what changed
/// with its history record and commits; returns what was done and the plan after it.
fn apply_logged(tx: Transaction<'_>, before: &Plan, edit: &Edit) -> Result<(Applied, Plan)> {
    let mut after = before.clone();
    let id = edit.apply_to(&mut after)?;
    check(before, &after)?;
    if let Edit::Rename(name) = edit {
        ensure_name_free(&tx, name, before.id)?;
    }
    let id = super::history::record_edit(&tx, before.id, edit, |tx| {
        store_change(tx, edit, before, &after, id.as_deref())?;
        if after.samples != before.samples {
            tx.prepare_cached("UPDATE plans SET samples = ?2 WHERE id = ?1")?
                .execute(params![before.id, super::codec::to_json(&after.samples)])?;
        }
        Ok(id)
    })?;
    let updated_at = touch(&tx, before.id)?;
    tx.commit()?;
    after.updated_at = updated_at;
    Ok((Applied { id, updated_at }, after))
}

/// Refuses the edit when the plan after it has a problem the plan before it did not have (a plan
/// stored under older, looser rules can still be edited).
fn check(before: &Plan, after: &Plan) -> Result<()> {
    let problems = after.problems();
    if problems.is_empty() {
        return Ok(());
    }
    let old: Vec<Problem> = before.problems().into_vec();
    let new: Vec<Problem> = problems
        .into_vec()
        .into_iter()
        .filter(|p| !old.contains(p))
        .collect();
    if new.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(new))
    }
}

/// Writes what `edit` changed from `before` to `after`.
fn store_change(
    conn: &Connection,
    edit: &Edit,
    before: &Plan,
    after: &Plan,
    put_id: Option<&str>,
) -> Result<()> {
    let plan_id = after.id;
    match edit {
        Edit::Rename(_)
        | Edit::SetLocale(_)
        | Edit::SetOrganization(_)
        | Edit::SetMaturity(_)
        | Edit::SetAssumptions(_) => write_header(conn, after)?,
        Edit::SetStructure(_) => {
            sections::replace_all::<Unit>(conn, plan_id, &after.structure.units)?;
            write_header(conn, after)?;
        }
        Edit::SetBudgetSettings(_) => {
            if after.budget.horizon_years != before.budget.horizon_years {
                sections::replace_all::<BudgetLine>(conn, plan_id, &after.budget.lines)?;
            }
            write_header(conn, after)?;
        }
        Edit::SetResponsibilities(_) => sections::replace_all::<ResponsibilityAssignment>(
            conn,
            plan_id,
            &after.responsibilities,
        )?,
        Edit::PutPosition(_) => put(conn, plan_id, &after.positions, put_id)?,
        Edit::PutBudgetLine(_) => put(conn, plan_id, &after.budget.lines, put_id)?,
        Edit::PutStakeholder(_) => put(conn, plan_id, &after.stakeholders, put_id)?,
        Edit::PutCommunication(_) => put(conn, plan_id, &after.communications, put_id)?,
        Edit::PutMilestone(_) => put(conn, plan_id, &after.milestones, put_id)?,
        Edit::PutKpi(_) => put(conn, plan_id, &after.kpis, put_id)?,
        Edit::PutRisk(_) => put(conn, plan_id, &after.risks, put_id)?,
        Edit::RemovePosition(id) => {
            sections::remove::<Position>(conn, plan_id, id)?;
            for (table, column) in [
                ("positions", "reports_to"),
                ("stakeholders", "owner"),
                ("communications", "owner"),
                ("responsibilities", "owner"),
            ] {
                conn.prepare_cached(&format!(
                    "UPDATE {table} SET {column} = NULL WHERE plan_id = ?1 AND {column} = ?2"
                ))?
                .execute(params![plan_id, id])?;
            }
        }
        Edit::RemoveBudgetLine(id) => remove::<BudgetLine>(conn, plan_id, id)?,
        Edit::RemoveStakeholder(id) => remove::<Stakeholder>(conn, plan_id, id)?,
        Edit::RemoveCommunication(id) => remove::<Communication>(conn, plan_id, id)?,
        Edit::RemoveMilestone(id) => remove::<Milestone>(conn, plan_id, id)?,
        Edit::RemoveKpi(id) => remove::<Kpi>(conn, plan_id, id)?,
        Edit::RemoveRisk(id) => remove::<Risk>(conn, plan_id, id)?,
        // Only its sample mark changes, written by `apply_in`.
        Edit::KeepSample(_) => {}
    }
    Ok(())
}

fn put<T: Section + Item>(
    conn: &Connection,
    plan_id: i64,
    items: &[T],
    id: Option<&str>,
) -> Result<()> {
    if let Some(item) = items.iter().find(|x| Some(x.id()) == id) {
        sections::put(conn, plan_id, item)?;
    }
    Ok(())
}

fn remove<T: Section>(conn: &Connection, plan_id: i64, id: &str) -> Result<()> {
    sections::remove::<T>(conn, plan_id, id)?;
    Ok(())
}
