//! Applies one user edit to a stored plan: validated, then committed in its own transaction.

use super::plans::{ensure_name_free, load_header, touch, write_header};
use super::sections::{self, Section};
use super::Store;
use crate::model::{
    new_id, reports_in_cycle, BudgetLine, Communication, Edit, Kpi, Milestone, Position, Problems,
    ResponsibilityAssignment, Risk, Stakeholder, Unit,
};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
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
        let tx = self.conn.transaction()?;
        let cleared = samples_cleared(&tx, plan_id, edit)?;
        let id = apply_in(&tx, plan_id, edit)?;
        if let Some(left) = cleared {
            tx.prepare_cached("UPDATE plans SET samples = ?2 WHERE id = ?1")?
                .execute(params![plan_id, super::codec::to_json(&left)])?;
        }
        let updated_at = touch(&tx, plan_id)?;
        tx.commit()?;
        Ok(Applied { id, updated_at })
    }
}

/// The sample marks left once `edit` is applied, when it clears any; the whole plan is read only
/// when it carries marks (or the edit keeps one), so ordinary edits stay cheap.
fn samples_cleared(conn: &Connection, plan_id: i64, edit: &Edit) -> Result<Option<Vec<String>>> {
    let header = load_header(conn, plan_id)?;
    if header.samples.is_empty() && !matches!(edit, Edit::KeepSample(_)) {
        return Ok(None);
    }
    let plan = super::plans::load_plan(conn, plan_id)?;
    let cleared = plan.samples_cleared_by(edit)?;
    if cleared.is_empty() {
        return Ok(None);
    }
    Ok(Some(
        plan.samples
            .into_iter()
            .filter(|k| !cleared.contains(k))
            .collect(),
    ))
}

fn apply_in(conn: &Connection, plan_id: i64, edit: &Edit) -> Result<Option<String>> {
    let mut header = load_header(conn, plan_id)?;
    let mut p = Problems::new();
    match edit {
        Edit::Rename(name) => {
            crate::model::validate_name(name, "name", &mut p);
            std::mem::take(&mut p).into_result()?;
            ensure_name_free(conn, name, plan_id)?;
            header.name = name.clone();
        }
        Edit::SetLocale(locale) => {
            p.text(locale, "locale", 35, true);
            header.locale = locale.clone();
        }
        Edit::SetOrganization(org) => {
            org.validate("organization", &mut p);
            header.organization = org.clone();
        }
        Edit::SetStructure(structure) => {
            structure.validate("structure", &mut p);
            std::mem::take(&mut p).into_result()?;
            sections::replace_all::<Unit>(conn, plan_id, &structure.units)?;
            header.structure = structure.clone();
        }
        Edit::SetMaturity(maturity) => {
            maturity.validate("maturity", &mut p);
            header.maturity = maturity.clone();
        }
        Edit::SetBudgetSettings(settings) => {
            settings.validate(&mut p);
            std::mem::take(&mut p).into_result()?;
            if settings.horizon_years != header.budget.horizon_years {
                resize_budget_lines(conn, plan_id, settings.horizon_years)?;
            }
            header.budget.currency = settings.currency.clone();
            header.budget.first_fiscal_year = settings.first_fiscal_year;
            header.budget.first_month = settings.first_month;
            header.budget.horizon_years = settings.horizon_years;
        }
        Edit::SetAssumptions(items) => {
            for (i, a) in items.iter().enumerate() {
                p.text(
                    a,
                    format!("assumptions[{i}]"),
                    crate::model::limits::LONG_TEXT,
                    true,
                );
            }
            header.assumptions = items.clone();
        }
        Edit::SetResponsibilities(items) => {
            set_responsibilities(conn, plan_id, items, &mut p)?;
            return Ok(None);
        }
        Edit::PutPosition(item) => return put_position(conn, plan_id, item),
        Edit::RemovePosition(id) => {
            remove_position(conn, plan_id, id)?;
            return Ok(None);
        }
        Edit::PutBudgetLine(item) => {
            let mut item = item.clone();
            let id = fresh_id(&mut item.id, "bud");
            item.validate("budget_line", header.budget.horizon_years, &mut p);
            return put_checked(conn, plan_id, &item, p, id);
        }
        Edit::PutStakeholder(item) => {
            let mut item = item.clone();
            let id = fresh_id(&mut item.id, "stk");
            item.validate("stakeholder", &mut p);
            check_owner(conn, plan_id, &item.owner, "stakeholder.owner", &mut p)?;
            return put_checked(conn, plan_id, &item, p, id);
        }
        Edit::RemoveStakeholder(id) => {
            let addressed: i64 = conn
                .prepare_cached(
                    "SELECT COUNT(*) FROM communications WHERE plan_id = ?1 AND audience = ?2",
                )?
                .query_row(params![plan_id, id], |r| r.get(0))?;
            if addressed > 0 {
                return Err(Error::Conflict(format!(
                    "stakeholder group \"{id}\" still has {addressed} communication(s); remove or re-address them first"
                )));
            }
            remove::<Stakeholder>(conn, plan_id, id, "stakeholder group")?;
            return Ok(None);
        }
        Edit::PutCommunication(item) => {
            let mut item = item.clone();
            let id = fresh_id(&mut item.id, "com");
            item.validate("communication", &mut p);
            if !sections::exists::<Stakeholder>(conn, plan_id, &item.audience)? {
                p.push(
                    "communication.audience",
                    format!(
                        "refers to stakeholder group \"{}\", which is not in the plan",
                        item.audience
                    ),
                );
            }
            check_owner(conn, plan_id, &item.owner, "communication.owner", &mut p)?;
            return put_checked(conn, plan_id, &item, p, id);
        }
        Edit::PutMilestone(item) => {
            let mut item = item.clone();
            let id = fresh_id(&mut item.id, "mil");
            item.validate("milestone", &mut p);
            return put_checked(conn, plan_id, &item, p, id);
        }
        Edit::PutKpi(item) => {
            let mut item = item.clone();
            let id = fresh_id(&mut item.id, "kpi");
            item.validate("kpi", &mut p);
            return put_checked(conn, plan_id, &item, p, id);
        }
        Edit::PutRisk(item) => {
            let mut item = item.clone();
            let id = fresh_id(&mut item.id, "rsk");
            item.validate("risk", &mut p);
            return put_checked(conn, plan_id, &item, p, id);
        }
        Edit::RemoveBudgetLine(id) => {
            return remove::<BudgetLine>(conn, plan_id, id, "budget line")
        }
        Edit::RemoveCommunication(id) => {
            return remove::<Communication>(conn, plan_id, id, "communication")
        }
        Edit::RemoveMilestone(id) => return remove::<Milestone>(conn, plan_id, id, "milestone"),
        Edit::RemoveKpi(id) => return remove::<Kpi>(conn, plan_id, id, "KPI"),
        Edit::RemoveRisk(id) => return remove::<Risk>(conn, plan_id, id, "risk"),
        // Checked and cleared by `samples_cleared`; nothing else changes.
        Edit::KeepSample(_) => return Ok(None),
    }
    p.into_result()?;
    write_header(conn, &header)?;
    Ok(None)
}

/// Gives an item without an id a fresh one, and reports the id it ends up with.
fn fresh_id(id: &mut String, prefix: &str) -> String {
    if id.is_empty() {
        *id = new_id(prefix);
    }
    id.clone()
}

fn put_checked<T: Section>(
    conn: &Connection,
    plan_id: i64,
    item: &T,
    p: Problems,
    id: String,
) -> Result<Option<String>> {
    p.into_result()?;
    sections::put(conn, plan_id, item)?;
    Ok(Some(id))
}

fn remove<T: Section>(
    conn: &Connection,
    plan_id: i64,
    id: &str,
    what: &str,
) -> Result<Option<String>> {
    if !sections::remove::<T>(conn, plan_id, id)? {
        return Err(Error::NotFound(format!(
            "no {what} with id \"{id}\" in this plan"
        )));
    }
    Ok(None)
}

fn check_owner(
    conn: &Connection,
    plan_id: i64,
    owner: &Option<String>,
    path: &str,
    p: &mut Problems,
) -> Result<()> {
    if let Some(owner) = owner {
        if !sections::exists::<Position>(conn, plan_id, owner)? {
            p.push(
                path,
                format!("refers to position \"{owner}\", which is not in the plan"),
            );
        }
    }
    Ok(())
}

fn put_position(conn: &Connection, plan_id: i64, item: &Position) -> Result<Option<String>> {
    let mut item = item.clone();
    let id = fresh_id(&mut item.id, "pos");
    let mut p = Problems::new();
    item.validate("position", &mut p);
    if let Some(boss) = &item.reports_to {
        let mut lines: HashMap<String, String> = HashMap::new();
        let mut stmt =
            conn.prepare_cached("SELECT id, reports_to FROM positions WHERE plan_id = ?1")?;
        let mut known = HashSet::new();
        for row in stmt.query_map([plan_id], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, Option<String>>(1)?))
        })? {
            let (pid, to) = row?;
            if let Some(to) = to {
                lines.insert(pid.clone(), to);
            }
            known.insert(pid);
        }
        if !known.contains(boss) {
            p.push(
                "position.reports_to",
                format!("refers to position \"{boss}\", which is not in the plan"),
            );
        }
        lines.insert(item.id.clone(), boss.clone());
        let graph: HashMap<&str, &str> = lines
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        if reports_in_cycle(&item.id, &graph) {
            p.push(
                "position.reports_to",
                "reporting lines must not form a loop",
            );
        }
    }
    put_checked(conn, plan_id, &item, p, id)
}

fn remove_position(conn: &Connection, plan_id: i64, id: &str) -> Result<()> {
    remove::<Position>(conn, plan_id, id, "position")?;
    for table in [
        "positions",
        "stakeholders",
        "communications",
        "responsibilities",
    ] {
        let column = if table == "positions" {
            "reports_to"
        } else {
            "owner"
        };
        conn.prepare_cached(&format!(
            "UPDATE {table} SET {column} = NULL WHERE plan_id = ?1 AND {column} = ?2"
        ))?
        .execute(params![plan_id, id])?;
    }
    Ok(())
}

fn set_responsibilities(
    conn: &Connection,
    plan_id: i64,
    items: &[ResponsibilityAssignment],
    p: &mut Problems,
) -> Result<()> {
    let mut seen = HashSet::new();
    for (i, r) in items.iter().enumerate() {
        let at = format!("responsibilities[{i}]");
        r.validate(&at, p);
        if !seen.insert(r.responsibility) {
            p.push(format!("{at}.responsibility"), "listed more than once");
        }
        check_owner(conn, plan_id, &r.owner, &format!("{at}.owner"), p)?;
    }
    std::mem::take(p).into_result()?;
    sections::replace_all::<ResponsibilityAssignment>(conn, plan_id, items)?;
    Ok(())
}

/// Pads every line with zero for new years, or drops the years past a shorter horizon.
fn resize_budget_lines(conn: &Connection, plan_id: i64, years: u8) -> Result<()> {
    let lines: Vec<BudgetLine> = sections::load(conn, plan_id)?;
    for mut line in lines {
        line.amounts.resize(usize::from(years), 0);
        sections::put(conn, plan_id, &line)?;
    }
    Ok(())
}
