//! Milestones, KPIs and risks.

use super::codec;
use super::sections::{opt_date, text, Section};
use crate::model::{Kpi, Milestone, Risk};
use rusqlite::types::Value;
use rusqlite::Row;

impl Section for Milestone {
    const TABLE: &'static str = "milestones";
    const COLUMNS: &'static [&'static str] = &["title", "date", "done"];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(&self.title),
            text(&self.date.to_string()),
            Value::Integer(i64::from(self.done)),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Milestone {
            id: row.get(0)?,
            title: row.get(1)?,
            date: row.get(2)?,
            done: row.get(3)?,
        })
    }
}

impl Section for Kpi {
    const TABLE: &'static str = "kpis";
    const COLUMNS: &'static [&'static str] = &["goal", "metric", "baseline", "target", "due"];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(&self.goal),
            text(&self.metric),
            text(&self.baseline),
            text(&self.target),
            opt_date(self.due),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Kpi {
            id: row.get(0)?,
            goal: row.get(1)?,
            metric: row.get(2)?,
            baseline: row.get(3)?,
            target: row.get(4)?,
            due: row.get(5)?,
        })
    }
}

impl Section for Risk {
    const TABLE: &'static str = "risks";
    const COLUMNS: &'static [&'static str] = &["description", "likelihood", "impact", "mitigation"];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(&self.description),
            text(&codec::name(&self.likelihood)),
            text(&codec::name(&self.impact)),
            text(&self.mitigation),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Risk {
            id: row.get(0)?,
            description: row.get(1)?,
            likelihood: codec::parse(2, row.get(2)?)?,
            impact: codec::parse(3, row.get(3)?)?,
            mitigation: row.get(4)?,
        })
    }
}
