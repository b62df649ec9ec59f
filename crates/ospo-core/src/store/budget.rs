//! Budget lines; the budget's settings live on the plan row.

use super::codec;
use super::sections::{text, Section};
use crate::model::BudgetLine;
use rusqlite::types::Value;
use rusqlite::Row;

impl Section for BudgetLine {
    const TABLE: &'static str = "budget_lines";
    const COLUMNS: &'static [&'static str] = &["category", "description", "amounts"];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(&codec::name(&self.category)),
            text(&self.description),
            text(&codec::to_json(&self.amounts)),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(BudgetLine {
            id: row.get(0)?,
            category: codec::parse(1, row.get(1)?)?,
            description: row.get(2)?,
            amounts: codec::from_json(3, row.get_ref(3)?.as_str()?)?,
        })
    }
}
