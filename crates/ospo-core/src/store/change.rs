//! What one edit changed in a stored plan, as the history keeps it: the header fields and the
//! items it touched, each with its value before and after. Items changed in place keep only the
//! fields that differ, so a change is as large as the edit, never as the plan.

use super::plans::{load_header, write_header};
use super::sections::{self, Section};
use crate::model::{
    BudgetLine, Communication, Kpi, Milestone, Plan, Position, ResponsibilityAssignment, Risk,
    Stakeholder, Unit,
};
use crate::{Error, Result};
use rusqlite::Connection;
use serde::{de::DeserializeOwned, Deserialize, Serialize};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

pub(super) type Fields = Map<String, Value>;

/// The item tables of a plan, named as the history stores them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(super) enum Part {
    Units,
    Responsibilities,
    Positions,
    BudgetLines,
    Stakeholders,
    Communications,
    Milestones,
    Kpis,
    Risks,
}

impl Part {
    pub(super) const ALL: [Part; 9] = [
        Part::Units,
        Part::Responsibilities,
        Part::Positions,
        Part::BudgetLines,
        Part::Stakeholders,
        Part::Communications,
        Part::Milestones,
        Part::Kpis,
        Part::Risks,
    ];
}

/// Runs `$f::<T>(args)` with `T` the model type stored in `$part`.
macro_rules! for_part {
    ($part:expr, $f:ident($($arg:expr),*)) => {
        match $part {
            Part::Units => $f::<Unit>($($arg),*),
            Part::Responsibilities => $f::<ResponsibilityAssignment>($($arg),*),
            Part::Positions => $f::<Position>($($arg),*),
            Part::BudgetLines => $f::<BudgetLine>($($arg),*),
            Part::Stakeholders => $f::<Stakeholder>($($arg),*),
            Part::Communications => $f::<Communication>($($arg),*),
            Part::Milestones => $f::<Milestone>($($arg),*),
            Part::Kpis => $f::<Kpi>($($arg),*),
            Part::Risks => $f::<Risk>($($arg),*),
        }
    };
}

/// The parts of a plan an edit may touch, read before and after it.
#[derive(Debug, Default)]
pub(super) struct Scope {
    pub header: bool,
    pub whole: Vec<Part>,
    pub items: Vec<(Part, String)>,
}

/// The state of a scope: header fields and items (with `seq`) by part and key.
#[derive(Debug, Default)]
pub(super) struct Snapshot {
    header: Option<Fields>,
    items: BTreeMap<(Part, String), Fields>,
}

impl Snapshot {
    pub(super) fn read(conn: &Connection, plan_id: i64, scope: &Scope) -> Result<Snapshot> {
        let mut snap = Snapshot::default();
        if scope.header {
            snap.header = Some(load_header(conn, plan_id)?.own_fields());
        }
        for &part in &scope.whole {
            for (key, fields) in for_part!(part, read_all(conn, plan_id))? {
                snap.items.insert((part, key), fields);
            }
        }
        for (part, key) in &scope.items {
            if let Some(fields) = for_part!(*part, read_one(conn, plan_id, key))? {
                snap.items.insert((*part, key.clone()), fields);
            }
        }
        Ok(snap)
    }

    /// A stored plan, whole.
    pub(super) fn read_all(conn: &Connection, plan_id: i64) -> Result<Snapshot> {
        let scope = Scope {
            header: true,
            whole: Part::ALL.to_vec(),
            items: Vec::new(),
        };
        Snapshot::read(conn, plan_id, &scope)
    }

    /// A plan as it would be stored: sections in order, numbered from 1.
    pub(super) fn of_plan(plan: &Plan) -> Result<Snapshot> {
        let mut snap = Snapshot {
            header: Some(plan.own_fields()),
            items: BTreeMap::new(),
        };
        let mut add = |part: Part, items: Vec<(String, Fields)>| {
            for (key, fields) in items {
                snap.items.insert((part, key), fields);
            }
        };
        add(Part::Units, numbered(&plan.structure.units)?);
        add(Part::Responsibilities, numbered(&plan.responsibilities)?);
        add(Part::Positions, numbered(&plan.positions)?);
        add(Part::BudgetLines, numbered(&plan.budget.lines)?);
        add(Part::Stakeholders, numbered(&plan.stakeholders)?);
        add(Part::Communications, numbered(&plan.communications)?);
        add(Part::Milestones, numbered(&plan.milestones)?);
        add(Part::Kpis, numbered(&plan.kpis)?);
        add(Part::Risks, numbered(&plan.risks)?);
        Ok(snap)
    }
}

fn item_fields<T: Serialize>(seq: i64, item: &T) -> Result<Fields> {
    let Value::Object(mut fields) = to_value(item)? else {
        return Err(internal("an item is not a JSON object"));
    };
    fields.insert("seq".into(), Value::from(seq));
    Ok(fields)
}

fn numbered<T: Section + Serialize>(items: &[T]) -> Result<Vec<(String, Fields)>> {
    items
        .iter()
        .enumerate()
        .map(|(i, item)| Ok((item.key(), item_fields(i as i64 + 1, item)?)))
        .collect()
}

fn read_all<T: Section + Serialize>(
    conn: &Connection,
    plan_id: i64,
) -> Result<Vec<(String, Fields)>> {
    sections::load_with_seq::<T>(conn, plan_id)?
        .iter()
        .map(|(seq, item)| Ok((item.key(), item_fields(*seq, item)?)))
        .collect()
}

fn read_one<T: Section + Serialize>(
    conn: &Connection,
    plan_id: i64,
    key: &str,
) -> Result<Option<Fields>> {
    sections::load_one::<T>(conn, plan_id, key)?
        .map(|(seq, item)| item_fields(seq, &item))
        .transpose()
}

fn write<T: Section + DeserializeOwned>(conn: &Connection, plan_id: i64, f: &Fields) -> Result<()> {
    let mut f = f.clone();
    let seq = f
        .remove("seq")
        .and_then(|s| s.as_i64())
        .ok_or_else(|| internal("an item of the history has no place in its section"))?;
    let item: T = serde_json::from_value(Value::Object(f))
        .map_err(|e| internal(&format!("an item of the history does not read back: {e}")))?;
    sections::put_at(conn, plan_id, seq, &item)?;
    Ok(())
}

fn delete<T: Section>(conn: &Connection, plan_id: i64, key: &str) -> Result<()> {
    sections::remove::<T>(conn, plan_id, key)?;
    Ok(())
}

fn to_value<T: Serialize>(value: &T) -> Result<Value> {
    serde_json::to_value(value).map_err(|e| internal(&e.to_string()))
}

fn internal(what: &str) -> Error {
    Error::Conflict(format!("the plan's history cannot be used: {what}"))
}

/// The fields of `a` and `b` that differ, each side with its own value (absent fields are null).
fn delta(a: &Fields, b: &Fields) -> (Fields, Fields) {
    let mut before = Fields::new();
    let mut after = Fields::new();
    for key in a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))) {
        let (x, y) = (a.get(key), b.get(key));
        if x != y {
            before.insert(key.clone(), x.cloned().unwrap_or(Value::Null));
            after.insert(key.clone(), y.cloned().unwrap_or(Value::Null));
        }
    }
    (before, after)
}

/// One item's change: `before` absent means it was added, `after` absent that it was removed;
/// with both, each holds only the fields that changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub(super) struct ItemChange {
    part: Part,
    key: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    before: Option<Fields>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    after: Option<Fields>,
}

/// Header fields before and after, only those that changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct HeaderChange {
    before: Fields,
    after: Fields,
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub(super) struct Change {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    header: Option<HeaderChange>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    items: Vec<ItemChange>,
}

impl Change {
    /// What turned `old` into `new`, over the parts both snapshots hold.
    pub(super) fn between(old: &Snapshot, new: &Snapshot) -> Change {
        let header = match (&old.header, &new.header) {
            (Some(a), Some(b)) if a != b => {
                let (before, after) = delta(a, b);
                Some(HeaderChange { before, after })
            }
            _ => None,
        };
        let mut items = Vec::new();
        for (key, a) in &old.items {
            match new.items.get(key) {
                None => items.push(ItemChange {
                    part: key.0,
                    key: key.1.clone(),
                    before: Some(a.clone()),
                    after: None,
                }),
                Some(b) if a != b => {
                    let (before, after) = delta(a, b);
                    items.push(ItemChange {
                        part: key.0,
                        key: key.1.clone(),
                        before: Some(before),
                        after: Some(after),
                    });
                }
                Some(_) => {}
            }
        }
        for (key, b) in &new.items {
            if !old.items.contains_key(key) {
                items.push(ItemChange {
                    part: key.0,
                    key: key.1.clone(),
                    before: None,
                    after: Some(b.clone()),
                });
            }
        }
        Change { header, items }
    }

    pub(super) fn is_empty(&self) -> bool {
        self.header.is_none() && self.items.is_empty()
    }

    /// Writes the change's `after` side (`forward`) or its `before` side (undo) into the plan.
    pub(super) fn write(&self, conn: &Connection, plan_id: i64, forward: bool) -> Result<()> {
        if let Some(h) = &self.header {
            let target = if forward { &h.after } else { &h.before };
            let mut header = load_header(conn, plan_id)?;
            let Value::Object(mut fields) = to_value(&header)? else {
                return Err(internal("a plan is not a JSON object"));
            };
            fields.extend(target.clone());
            let restored: Plan = serde_json::from_value(Value::Object(fields))
                .map_err(|e| internal(&format!("the plan's fields do not read back: {e}")))?;
            header = Plan {
                id: plan_id,
                created_at: header.created_at,
                updated_at: header.updated_at,
                ..restored
            };
            write_header(conn, &header)?;
        }
        for item in &self.items {
            let (target, other) = if forward {
                (&item.after, &item.before)
            } else {
                (&item.before, &item.after)
            };
            match (target, other) {
                (None, _) => for_part!(item.part, delete(conn, plan_id, &item.key))?,
                (Some(full), None) => for_part!(item.part, write(conn, plan_id, full))?,
                (Some(fields), Some(_)) => {
                    let mut current = for_part!(item.part, read_one(conn, plan_id, &item.key))?
                        .ok_or_else(|| {
                            internal(&format!(
                                "item \"{}\" it changed is no longer in the plan",
                                item.key
                            ))
                        })?;
                    current.extend(fields.clone());
                    for_part!(item.part, write(conn, plan_id, &current))?;
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn fields(v: Value) -> Fields {
        match v {
            Value::Object(m) => m,
            _ => unreachable!("test values are objects"),
        }
    }

    #[test]
    fn an_item_changed_in_place_keeps_only_the_fields_that_differ() {
        let mut old = Snapshot::default();
        let mut new = Snapshot::default();
        let key = (Part::Positions, "p1".to_owned());
        old.items.insert(
            key.clone(),
            fields(json!({"id": "p1", "title": "Lead", "fte": 1.0, "seq": 1})),
        );
        new.items.insert(
            key,
            fields(json!({"id": "p1", "title": "Lead", "fte": 0.5, "seq": 1})),
        );
        let change = Change::between(&old, &new);
        let text = serde_json::to_string(&change).unwrap();
        assert_eq!(
            text,
            r#"{"items":[{"part":"positions","key":"p1","before":{"fte":1.0},"after":{"fte":0.5}}]}"#
        );
    }
}
