//! The plans table (a plan's own fields and settings) and the whole-plan operations:
//! create, read, list, rename, duplicate, replace, delete.

use super::codec;
use super::sections::{self, text, Section};
use super::Store;
use crate::model::{
    Budget, BudgetLine, Communication, Kpi, Maturity, Milestone, Organization, Plan, PlanSummary,
    Position, ResponsibilityAssignment, Risk, Sponsor, Stakeholder, Structure, Unit,
};
use crate::{Error, Result};
use chrono::Utc;
use rusqlite::types::Value;
use rusqlite::{params, Connection, OptionalExtension, Row};

const HEADER_COLUMNS: &str = "name, created_at, updated_at, starter, locale, org_name, employees, \
    industry, sponsor_name, sponsor_title, value_propositions, structure_kind, reports_to, \
    current_stage, target_stage, current_rung, target_rung, currency, first_fiscal_year, \
    first_month, horizon_years, assumptions, sources, fiscal_year_named_by, samples";

impl Section for Unit {
    const TABLE: &'static str = "units";
    const COLUMNS: &'static [&'static str] = &["name", "parent"];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        vec![text(&self.name), sections::opt_text(self.parent.as_deref())]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Unit {
            id: row.get(0)?,
            name: row.get(1)?,
            parent: row.get(2)?,
        })
    }
}

fn header_values(plan: &Plan) -> Vec<Value> {
    let o = &plan.organization;
    let m = &plan.maturity;
    let b = &plan.budget;
    vec![
        text(&plan.name),
        text(&plan.created_at.to_rfc3339()),
        text(&plan.updated_at.to_rfc3339()),
        sections::opt_text(plan.starter.as_deref()),
        text(&plan.locale),
        text(&o.name),
        Value::Integer(i64::from(o.employees)),
        text(&o.industry),
        text(&o.sponsor.name),
        text(&o.sponsor.title),
        text(&codec::to_json(&o.value_propositions)),
        text(&codec::name(&plan.structure.kind)),
        text(&plan.structure.reports_to),
        Value::Integer(i64::from(m.current_stage)),
        Value::Integer(i64::from(m.target_stage)),
        text(&codec::name(&m.current_rung)),
        text(&codec::name(&m.target_rung)),
        text(&b.currency),
        Value::Integer(i64::from(b.first_fiscal_year)),
        Value::Integer(i64::from(b.first_month)),
        Value::Integer(i64::from(b.horizon_years)),
        text(&codec::to_json(&plan.assumptions)),
        text(&codec::to_json(&plan.sources)),
        text(&codec::name(&b.fiscal_year_named_by)),
        text(&codec::to_json(&plan.samples)),
    ]
}

fn header_from_row(row: &Row) -> rusqlite::Result<Plan> {
    let created: String = row.get(2)?;
    let updated: String = row.get(3)?;
    Ok(Plan {
        id: row.get(0)?,
        name: row.get(1)?,
        created_at: parse_time(2, &created)?,
        updated_at: parse_time(3, &updated)?,
        starter: row.get(4)?,
        locale: row.get(5)?,
        organization: Organization {
            name: row.get(6)?,
            employees: row.get(7)?,
            industry: row.get(8)?,
            sponsor: Sponsor {
                name: row.get(9)?,
                title: row.get(10)?,
            },
            value_propositions: codec::from_json(11, row.get_ref(11)?.as_str()?)?,
        },
        structure: Structure {
            kind: codec::parse(12, row.get(12)?)?,
            reports_to: row.get(13)?,
            units: Vec::new(),
        },
        maturity: Maturity {
            current_stage: row.get(14)?,
            target_stage: row.get(15)?,
            current_rung: codec::parse(16, row.get(16)?)?,
            target_rung: codec::parse(17, row.get(17)?)?,
        },
        responsibilities: Vec::new(),
        positions: Vec::new(),
        budget: Budget {
            currency: row.get(18)?,
            first_fiscal_year: row.get(19)?,
            first_month: row.get(20)?,
            fiscal_year_named_by: codec::parse(24, row.get(24)?)?,
            horizon_years: row.get(21)?,
            lines: Vec::new(),
        },
        stakeholders: Vec::new(),
        communications: Vec::new(),
        milestones: Vec::new(),
        kpis: Vec::new(),
        risks: Vec::new(),
        assumptions: codec::from_json(22, row.get_ref(22)?.as_str()?)?,
        sources: codec::from_json(23, row.get_ref(23)?.as_str()?)?,
        samples: codec::from_json(25, row.get_ref(25)?.as_str()?)?,
    })
}

fn parse_time(col: usize, s: &str) -> rusqlite::Result<chrono::DateTime<Utc>> {
    chrono::DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(col, rusqlite::types::Type::Text, Box::new(e))
        })
}

/// The plan's own fields, without its sections.
pub(super) fn load_header(conn: &Connection, id: i64) -> Result<Plan> {
    conn.prepare_cached(&format!(
        "SELECT id, {HEADER_COLUMNS} FROM plans WHERE id = ?1"
    ))?
    .query_row([id], header_from_row)
    .optional()?
    .ok_or_else(|| Error::NotFound(format!("no plan with id {id}")))
}

pub(super) fn write_header(conn: &Connection, plan: &Plan) -> Result<()> {
    let sets: Vec<String> = HEADER_COLUMNS
        .split(", ")
        .enumerate()
        .map(|(i, c)| format!("{} = ?{}", c.trim(), i + 2))
        .collect();
    let mut values = vec![Value::Integer(plan.id)];
    values.extend(header_values(plan));
    conn.prepare_cached(&format!(
        "UPDATE plans SET {} WHERE id = ?1",
        sets.join(", ")
    ))?
    .execute(rusqlite::params_from_iter(values))?;
    Ok(())
}

pub(super) fn touch(conn: &Connection, id: i64) -> Result<chrono::DateTime<Utc>> {
    let now = Utc::now();
    conn.prepare_cached("UPDATE plans SET updated_at = ?2 WHERE id = ?1")?
        .execute(params![id, now.to_rfc3339()])?;
    Ok(now)
}

pub(super) fn ensure_name_free(conn: &Connection, name: &str, except: i64) -> Result<()> {
    let taken: Option<i64> = conn
        .prepare_cached("SELECT id FROM plans WHERE name = ?1 AND id != ?2")?
        .query_row(params![name, except], |r| r.get(0))
        .optional()?;
    match taken {
        Some(_) => Err(Error::invalid(
            "name",
            format!("a plan named \"{name}\" already exists"),
        )),
        None => Ok(()),
    }
}

fn write_sections(conn: &Connection, id: i64, plan: &Plan) -> rusqlite::Result<()> {
    sections::replace_all::<Unit>(conn, id, &plan.structure.units)?;
    sections::replace_all::<ResponsibilityAssignment>(conn, id, &plan.responsibilities)?;
    sections::replace_all::<Position>(conn, id, &plan.positions)?;
    sections::replace_all::<BudgetLine>(conn, id, &plan.budget.lines)?;
    sections::replace_all::<Stakeholder>(conn, id, &plan.stakeholders)?;
    sections::replace_all::<Communication>(conn, id, &plan.communications)?;
    sections::replace_all::<Milestone>(conn, id, &plan.milestones)?;
    sections::replace_all::<Kpi>(conn, id, &plan.kpis)?;
    sections::replace_all::<Risk>(conn, id, &plan.risks)
}

/// A whole stored plan, read through `conn` (the store's connection or an open transaction).
pub(super) fn load_plan(conn: &Connection, id: i64) -> Result<Plan> {
    let mut plan = load_header(conn, id)?;
    plan.structure.units = sections::load(conn, id)?;
    plan.responsibilities = sections::load(conn, id)?;
    plan.positions = sections::load(conn, id)?;
    plan.budget.lines = sections::load(conn, id)?;
    plan.stakeholders = sections::load(conn, id)?;
    plan.communications = sections::load(conn, id)?;
    plan.milestones = sections::load(conn, id)?;
    plan.kpis = sections::load(conn, id)?;
    plan.risks = sections::load(conn, id)?;
    Ok(plan)
}

/// Inserts a validated plan under a free name, created now; returns its id.
pub(super) fn insert(conn: &Connection, plan: &Plan) -> Result<i64> {
    ensure_name_free(conn, &plan.name, 0)?;
    let now = text(&Utc::now().to_rfc3339());
    let mut values = header_values(plan);
    values[1] = now.clone(); // created_at
    values[2] = now; // updated_at
    let placeholders: Vec<String> = (1..=values.len()).map(|i| format!("?{i}")).collect();
    conn.prepare_cached(&format!(
        "INSERT INTO plans ({HEADER_COLUMNS}) VALUES ({})",
        placeholders.join(", ")
    ))?
    .execute(rusqlite::params_from_iter(values))?;
    let id = conn.last_insert_rowid();
    write_sections(conn, id, plan)?;
    Ok(id)
}

impl Store {
    /// Stores a new plan whole (validated first) and returns its id; the plan's own id is ignored.
    pub fn create(&mut self, plan: &Plan) -> Result<i64> {
        plan.validate()?;
        self.create_validated(plan)
    }

    /// As [`Store::create`], for a plan the caller has just validated whole (a file read by
    /// `files`), so a large import is not checked twice.
    pub(crate) fn create_validated(&mut self, plan: &Plan) -> Result<i64> {
        let tx = self.write_tx()?;
        let id = insert(&tx, plan)?;
        tx.commit()?;
        Ok(id)
    }

    /// Rewrites a stored plan whole in one transaction (merged imports, budget files), undoably:
    /// the history keeps only the items that differ.
    pub fn replace(&mut self, plan: &Plan) -> Result<()> {
        self.replace_as(plan, "replace")
    }

    pub(super) fn replace_as(&mut self, plan: &Plan, label: &str) -> Result<()> {
        plan.validate()?;
        let tx = self.write_tx()?;
        load_header(&tx, plan.id)?;
        ensure_name_free(&tx, &plan.name, plan.id)?;
        super::history::record_replace(&tx, plan.id, plan, label)?;
        touch(&tx, plan.id)?;
        tx.commit()?;
        Ok(())
    }

    pub fn get(&self, id: i64) -> Result<Plan> {
        load_plan(&self.conn, id)
    }

    /// Plans, most recently changed first.
    pub fn list(&self) -> Result<Vec<PlanSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, name, structure_kind, updated_at FROM plans ORDER BY updated_at DESC, id DESC",
        )?;
        let rows = stmt.query_map([], |row| {
            let updated: String = row.get(3)?;
            Ok(PlanSummary {
                id: row.get(0)?,
                name: row.get(1)?,
                structure: codec::parse(2, row.get(2)?)?,
                updated_at: parse_time(3, &updated)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// A plan by id, or else by exact name.
    pub fn resolve(&self, id_or_name: &str) -> Result<i64> {
        let by_id = id_or_name.trim().parse::<i64>().ok();
        let found: Option<i64> = self
            .conn
            .prepare_cached(
                "SELECT id FROM plans WHERE id = ?1 UNION ALL SELECT id FROM plans WHERE name = ?2 LIMIT 1",
            )?
            .query_row(params![by_id, id_or_name], |r| r.get(0))
            .optional()?;
        found.ok_or_else(|| Error::NotFound(format!("no plan with id or name \"{id_or_name}\"")))
    }

    /// Renames a plan, undoably.
    pub fn rename(&mut self, id: i64, name: &str) -> Result<()> {
        self.apply(id, &crate::model::Edit::Rename(name.to_owned()))?;
        Ok(())
    }

    pub fn delete(&mut self, id: i64) -> Result<()> {
        let tx = self.write_tx()?;
        let n = tx
            .prepare_cached("DELETE FROM plans WHERE id = ?1")?
            .execute([id])?;
        if n == 0 {
            return Err(Error::NotFound(format!("no plan with id {id}")));
        }
        tx.commit()?;
        Ok(())
    }

    /// A copy of a plan under a new name, to try a scenario.
    pub fn duplicate(&mut self, id: i64, name: &str) -> Result<i64> {
        let mut plan = self.get(id)?;
        plan.name = name.to_owned();
        self.create(&plan)
    }

    /// `base` if no plan has that name, else `base (2)`, `base (3)`, …
    pub fn unique_name(&self, base: &str) -> Result<String> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT 1 FROM plans WHERE name = ?1")?;
        let mut candidate = base.to_owned();
        let mut n = 1;
        while stmt.exists([&candidate])? {
            n += 1;
            candidate = format!("{base} ({n})");
        }
        Ok(candidate)
    }
}
