//! Saved maturity self-assessments: each plan's answers with the date they were given, history kept.

use super::{codec, Store};
use crate::guide::assessment::{check_answers, stage_of, Answers};
use crate::{Error, Result};
use chrono::NaiveDate;
use rusqlite::{params, OptionalExtension};
use serde::Serialize;
use ts_rs::TS;

/// One self-assessment as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StoredAssessment {
    pub id: i64,
    pub plan_id: i64,
    pub taken_on: NaiveDate,
    /// The stage these answers show.
    pub stage: u8,
    pub answers: Answers,
}

impl Store {
    /// Saves answers to the self-assessment of plan `plan_id` taken on `taken_on`; returns the new id.
    /// Unknown questions or an unknown plan are refused and nothing is written.
    pub fn save_assessment(
        &mut self,
        plan_id: i64,
        taken_on: NaiveDate,
        answers: &Answers,
    ) -> Result<i64> {
        check_answers(answers)?;
        let mut p = crate::model::Problems::new();
        p.date(taken_on, "taken_on");
        p.into_result()?;
        let tx = self.write_tx()?;
        let exists: Option<i64> = tx
            .prepare_cached("SELECT id FROM plans WHERE id = ?1")?
            .query_row([plan_id], |r| r.get(0))
            .optional()?;
        if exists.is_none() {
            return Err(Error::NotFound(format!("no plan with id {plan_id}")));
        }
        tx.prepare_cached(
            "INSERT INTO assessments (plan_id, taken_on, answers) VALUES (?1, ?2, ?3)",
        )?
        .execute(params![plan_id, taken_on, codec::to_json(answers)])?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// Saves answers taken on `taken_on`, today when none is given, and returns them as stored.
    pub fn record_assessment(
        &mut self,
        plan_id: i64,
        taken_on: Option<NaiveDate>,
        answers: Answers,
    ) -> Result<StoredAssessment> {
        let taken_on = taken_on.unwrap_or_else(crate::defaults::today);
        let id = self.save_assessment(plan_id, taken_on, &answers)?;
        Ok(StoredAssessment {
            id,
            plan_id,
            taken_on,
            stage: crate::guide::assessment::stage_of(&answers),
            answers,
        })
    }

    /// Every self-assessment of a plan, most recent first.
    pub fn assessments(&self, plan_id: i64) -> Result<Vec<StoredAssessment>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, plan_id, taken_on, answers FROM assessments WHERE plan_id = ?1
             ORDER BY taken_on DESC, id DESC",
        )?;
        let rows = stmt.query_map([plan_id], |row| {
            let answers: Answers = codec::from_json(3, row.get_ref(3)?.as_str()?)?;
            Ok(StoredAssessment {
                id: row.get(0)?,
                plan_id: row.get(1)?,
                taken_on: row.get(2)?,
                stage: stage_of(&answers),
                answers,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
