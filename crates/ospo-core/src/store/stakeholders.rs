//! Stakeholder groups on the OSPO flower and the communications addressed to them.

use super::codec;
use super::sections::{opt_text, text, Section};
use crate::model::{Communication, Stakeholder};
use rusqlite::types::Value;
use rusqlite::Row;

impl Section for Stakeholder {
    const TABLE: &'static str = "stakeholders";
    const COLUMNS: &'static [&'static str] = &[
        "name",
        "petal",
        "interest",
        "influence",
        "owner",
        "key_message",
    ];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(&self.name),
            text(&codec::name(&self.petal)),
            text(&codec::name(&self.interest)),
            text(&codec::name(&self.influence)),
            opt_text(self.owner.as_deref()),
            text(&self.key_message),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        Ok(Stakeholder {
            id: row.get(0)?,
            name: row.get(1)?,
            petal: codec::parse(2, row.get(2)?)?,
            interest: codec::parse(3, row.get(3)?)?,
            influence: codec::parse(4, row.get(4)?)?,
            owner: row.get(5)?,
            key_message: row.get(6)?,
        })
    }
}

impl Section for Communication {
    const TABLE: &'static str = "communications";
    const COLUMNS: &'static [&'static str] = &[
        "audience",
        "message",
        "channel",
        "cadence",
        "first_date",
        "owner",
    ];

    fn key(&self) -> String {
        self.id.clone()
    }

    fn values(&self) -> Vec<Value> {
        vec![
            text(&self.audience),
            text(&self.message),
            text(&self.channel),
            self.cadence.map_or(Value::Null, |c| text(&codec::name(&c))),
            text(&self.first_date.to_string()),
            opt_text(self.owner.as_deref()),
        ]
    }

    fn from_row(row: &Row) -> rusqlite::Result<Self> {
        let cadence: Option<String> = row.get(4)?;
        Ok(Communication {
            id: row.get(0)?,
            audience: row.get(1)?,
            message: row.get(2)?,
            channel: row.get(3)?,
            cadence: cadence.map(|c| codec::parse(4, c)).transpose()?,
            first_date: row.get(5)?,
            owner: row.get(6)?,
        })
    }
}
