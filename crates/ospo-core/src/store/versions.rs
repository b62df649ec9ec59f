//! Named versions of a plan ("sent to the sponsor, 3 March"): the plan as it was, kept whole so
//! it can be compared with or restored however long the history since. Restoring is one undoable step.

use super::plans::load_header;
use super::Store;
use crate::model::{limits, Plan, Problems};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Version {
    pub id: i64,
    #[ts(type = "string")]
    pub at: DateTime<Utc>,
    pub message: String,
}

impl Store {
    /// Saves the plan as it is now under `message`; returns the version's id.
    pub fn snapshot(&mut self, plan_id: i64, message: &str) -> Result<i64> {
        let mut p = Problems::new();
        p.text(message, "message", limits::SHORT_TEXT, true);
        p.into_result()?;
        let plan = self.get(plan_id)?;
        let json = serde_json::to_string(&plan)
            .map_err(|e| Error::Conflict(format!("the plan cannot be saved as a version: {e}")))?;
        self.conn
            .prepare_cached(
                "INSERT INTO versions (plan_id, at, message, plan) VALUES (?1, ?2, ?3, ?4)",
            )?
            .execute(params![plan_id, Utc::now().to_rfc3339(), message, json])?;
        Ok(self.conn.last_insert_rowid())
    }

    /// The plan's versions, newest first.
    pub fn versions(&self, plan_id: i64) -> Result<Vec<Version>> {
        load_header(&self.conn, plan_id)?;
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, at, message FROM versions WHERE plan_id = ?1 ORDER BY id DESC",
        )?;
        let rows = stmt.query_map([plan_id], |r| {
            let at: String = r.get(1)?;
            Ok((r.get(0)?, at, r.get(2)?))
        })?;
        let mut out = Vec::new();
        for row in rows {
            let (id, at, message): (i64, String, String) = row?;
            out.push(Version {
                id,
                at: parse_time(&at)?,
                message,
            });
        }
        Ok(out)
    }

    /// The plan as saved in version `version`, with the plan's id.
    pub fn version_plan(&self, plan_id: i64, version: i64) -> Result<Plan> {
        let header = load_header(&self.conn, plan_id)?;
        let json: Option<String> = self
            .conn
            .prepare_cached("SELECT plan FROM versions WHERE plan_id = ?1 AND id = ?2")?
            .query_row(params![plan_id, version], |r| r.get(0))
            .optional()?;
        let json = json.ok_or_else(|| {
            Error::NotFound(format!(
                "plan \"{}\" has no version {version} (see `ospo versions`)",
                header.name
            ))
        })?;
        let mut plan: Plan = serde_json::from_str(&json).map_err(|e| {
            Error::File(format!(
                "version {version} was saved by another version of OSPO Planner and cannot be read: {e}"
            ))
        })?;
        plan.id = plan_id;
        Ok(plan)
    }

    /// Brings the plan back to version `version`, keeping its current name; undo takes it back.
    pub fn restore(&mut self, plan_id: i64, version: i64) -> Result<()> {
        let mut plan = self.version_plan(plan_id, version)?;
        plan.name = load_header(&self.conn, plan_id)?.name;
        self.replace_as(&plan, &format!("restore version {version}"))
    }
}

fn parse_time(s: &str) -> Result<DateTime<Utc>> {
    DateTime::parse_from_rfc3339(s)
        .map(|t| t.with_timezone(&Utc))
        .map_err(|e| Error::Conflict(format!("a version's time cannot be read: {e}")))
}
