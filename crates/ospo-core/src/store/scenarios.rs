//! Scenarios: copies of a plan made to answer "what if?" (the minimum version, a later start),
//! linked to the plan they came from so the app can switch between them and compare them.

use super::plans::{insert, load_header};
use super::Store;
use crate::model::PlanSummary;
use crate::Result;
use rusqlite::{params, OptionalExtension};

impl Store {
    /// A copy of plan `base` named `name`, recorded as its scenario; returns the new plan's id.
    pub fn create_scenario(&mut self, base: i64, name: &str) -> Result<i64> {
        let mut plan = self.get(base)?;
        plan.name = name.to_owned();
        plan.validate()?;
        let tx = self.write_tx()?;
        let id = insert(&tx, &plan)?;
        tx.prepare_cached("INSERT INTO scenarios (plan_id, base_id, label) VALUES (?1, ?2, ?3)")?
            .execute(params![id, base, name])?;
        tx.commit()?;
        Ok(id)
    }

    /// The plan a scenario was made from, if `plan_id` is a scenario.
    pub fn scenario_base(&self, plan_id: i64) -> Result<Option<i64>> {
        load_header(&self.conn, plan_id)?;
        Ok(self
            .conn
            .prepare_cached("SELECT base_id FROM scenarios WHERE plan_id = ?1")?
            .query_row([plan_id], |r| r.get(0))
            .optional()?)
    }

    /// The plan `plan_id` belongs with: its base plan first, then the base's scenarios, oldest first.
    pub fn scenario_family(&self, plan_id: i64) -> Result<Vec<PlanSummary>> {
        let base = self.scenario_base(plan_id)?.unwrap_or(plan_id);
        let mut ids = vec![base];
        let mut stmt = self
            .conn
            .prepare_cached("SELECT plan_id FROM scenarios WHERE base_id = ?1 ORDER BY plan_id")?;
        for id in stmt.query_map([base], |r| r.get::<_, i64>(0))? {
            ids.push(id?);
        }
        drop(stmt);
        ids.iter()
            .map(|&id| Ok(load_header(&self.conn, id)?.summary()))
            .collect()
    }
}
