//! Positions and responsibility owners.

use super::codec;
use super::sections::{opt_date, opt_text, text, Section};
use crate::model::{Employment, Position, ResponsibilityAssignment};
use rusqlite::types::Value;
use rusqlite::Row;

impl Section for Position {
    const TABLE: &'static str = "positions";
    const COLUMNS: &'static [&'static str] = &[
        "title",
        "role",
        "person",
        "employment",
        "share_percent",
        "fte",
        "start_date",
        "end_date",
        "annual_base_cost",
        "loaded_cost_multiplier",
        "reports_to",
    ];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        let (employment, share) = match self.employment {
            Employment::Dedicated => ("dedicated", Value::Null),
            Employment::Shared { percent } => ("shared", Value::Integer(i64::from(percent))),
            Employment::Contractor => ("contractor", Value::Null),
        };
        vec![
            text(&self.title),
            text(&codec::name(&self.role)),
            opt_text(self.person.as_deref()),
            text(employment),
            share,
            Value::Real(self.budgeted_fte()),
            opt_date(self.start_date),
            opt_date(self.end_date),
            Value::Integer(self.annual_base_cost),
            Value::Real(self.loaded_cost_multiplier),
            opt_text(self.reports_to.as_deref()),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        let employment = match row.get_ref(4)?.as_str()? {
            "shared" => Employment::Shared {
                percent: row.get(5)?,
            },
            "contractor" => Employment::Contractor,
            _ => Employment::Dedicated,
        };
        Ok(Position {
            id: row.get(0)?,
            title: row.get(1)?,
            role: codec::parse(2, row.get(2)?)?,
            person: row.get(3)?,
            employment,
            fte: row.get(6)?,
            start_date: row.get(7)?,
            end_date: row.get(8)?,
            annual_base_cost: row.get(9)?,
            loaded_cost_multiplier: row.get(10)?,
            reports_to: row.get(11)?,
        })
    }
}

impl Section for ResponsibilityAssignment {
    const TABLE: &'static str = "responsibilities";
    const KEY: &'static str = "responsibility";
    const COLUMNS: &'static [&'static str] = &["owner", "notes"];

    fn key(&self) -> String {
        codec::name(&self.responsibility)
    }

    fn values(&self) -> Vec<Value> {
        vec![opt_text(self.owner.as_deref()), text(&self.notes)]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(ResponsibilityAssignment {
            responsibility: codec::parse(0, row.get(0)?)?,
            owner: row.get(1)?,
            notes: row.get(2)?,
        })
    }
}
