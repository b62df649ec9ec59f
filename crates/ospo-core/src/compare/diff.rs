//! What changed between two plans, by item identity and field by field: the plan's own fields
//! (organization, sponsor, structure, maturity, budget settings), each section's items added,
//! removed and changed, and the budget per category and year. One document for `ospo diff`, its
//! `--json`, and the app's "changes since this version".

use crate::model::{BudgetCategory, Plan};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;
use ts_rs::TS;

/// One field whose value differs; `field` is a dotted path such as `organization.sponsor.name`.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct FieldChange {
    pub field: String,
    #[ts(type = "unknown")]
    pub from: Value,
    #[ts(type = "unknown")]
    pub to: Value,
}

/// An item by its id and what people call it (a title, a name, a description).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct ItemRef {
    pub id: String,
    pub label: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct ItemChange {
    pub id: String,
    pub label: String,
    pub fields: Vec<FieldChange>,
}

/// One section's differences; sections without any are left out.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct SectionDiff {
    /// `units`, `responsibilities`, `positions`, `budget_lines`, `stakeholders`,
    /// `communications`, `milestones`, `kpis` or `risks`.
    pub section: String,
    pub added: Vec<ItemRef>,
    pub removed: Vec<ItemRef>,
    pub changed: Vec<ItemChange>,
}

/// The change of one budget category in one fiscal year (staff cost is the `headcount` category).
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct BudgetDelta {
    pub category: BudgetCategory,
    pub label: String,
    pub year: String,
    pub from: i64,
    pub to: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct PlanDiff {
    /// True when nothing differs (the change times and the database ids are not compared).
    pub same: bool,
    /// The plan's own fields.
    pub fields: Vec<FieldChange>,
    pub sections: Vec<SectionDiff>,
    /// Currency of each side; amounts are in minor units of these.
    pub currency: [String; 2],
    pub budget: Vec<BudgetDelta>,
    pub grand_total: [i64; 2],
}

/// The differences from `a` to `b`.
pub fn diff(a: &Plan, b: &Plan) -> PlanDiff {
    let mut fields = Vec::new();
    flatten_changes("", &header(a), &header(b), &mut fields);
    let sections: Vec<SectionDiff> = [
        section(
            "units",
            &items(&a.structure.units, |u| (&u.id, u.name.clone())),
            &items(&b.structure.units, |u| (&u.id, u.name.clone())),
        ),
        section(
            "responsibilities",
            &responsibilities(a),
            &responsibilities(b),
        ),
        section(
            "positions",
            &items(&a.positions, |p| (&p.id, p.title.clone())),
            &items(&b.positions, |p| (&p.id, p.title.clone())),
        ),
        section(
            "budget_lines",
            &items(&a.budget.lines, |l| (&l.id, l.description.clone())),
            &items(&b.budget.lines, |l| (&l.id, l.description.clone())),
        ),
        section(
            "stakeholders",
            &items(&a.stakeholders, |s| (&s.id, s.name.clone())),
            &items(&b.stakeholders, |s| (&s.id, s.name.clone())),
        ),
        section(
            "communications",
            &items(&a.communications, |c| (&c.id, c.message.clone())),
            &items(&b.communications, |c| (&c.id, c.message.clone())),
        ),
        section(
            "milestones",
            &items(&a.milestones, |m| (&m.id, m.title.clone())),
            &items(&b.milestones, |m| (&m.id, m.title.clone())),
        ),
        section(
            "kpis",
            &items(&a.kpis, |k| (&k.id, k.metric.clone())),
            &items(&b.kpis, |k| (&k.id, k.metric.clone())),
        ),
        section(
            "risks",
            &items(&a.risks, |r| (&r.id, r.description.clone())),
            &items(&b.risks, |r| (&r.id, r.description.clone())),
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    let (ta, tb) = (a.totals(), b.totals());
    let mut budget = Vec::new();
    for (ca, cb) in ta.by_category.iter().zip(&tb.by_category) {
        for (y, year) in tb.years.iter().enumerate() {
            let from = ta
                .years
                .iter()
                .position(|l| l == year)
                .map_or(0, |i| ca.per_year[i]);
            let to = cb.per_year[y];
            if from != to {
                budget.push(BudgetDelta {
                    category: cb.category,
                    label: cb.label.clone(),
                    year: year.label.clone(),
                    from,
                    to,
                });
            }
        }
        for (y, year) in ta.years.iter().enumerate() {
            if !tb.years.contains(year) && ca.per_year[y] != 0 {
                budget.push(BudgetDelta {
                    category: ca.category,
                    label: ca.label.clone(),
                    year: year.label.clone(),
                    from: ca.per_year[y],
                    to: 0,
                });
            }
        }
    }
    PlanDiff {
        same: fields.is_empty() && sections.is_empty(),
        fields,
        sections,
        currency: [ta.currency, tb.currency],
        budget,
        grand_total: [ta.grand_total, tb.grand_total],
    }
}

/// The plan's own fields as JSON, without sample marks (they say nothing about the plan's content).
fn header(plan: &Plan) -> Value {
    let mut fields = plan.own_fields();
    fields.remove("samples");
    Value::Object(fields)
}

/// Objects are compared key by key (paths joined with '.'); anything else as a whole.
fn flatten_changes(path: &str, a: &Value, b: &Value, out: &mut Vec<FieldChange>) {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            let empty = Value::Null;
            let keys: Vec<&String> = x
                .keys()
                .chain(y.keys().filter(|k| !x.contains_key(*k)))
                .collect();
            for k in keys {
                let p = if path.is_empty() {
                    k.clone()
                } else {
                    format!("{path}.{k}")
                };
                flatten_changes(
                    &p,
                    x.get(k).unwrap_or(&empty),
                    y.get(k).unwrap_or(&empty),
                    out,
                );
            }
        }
        _ if a != b => out.push(FieldChange {
            field: path.to_owned(),
            from: a.clone(),
            to: b.clone(),
        }),
        _ => {}
    }
}

type Items = Vec<(String, String, Value)>;

/// Each item as (id, label, JSON), in the plan's order.
fn items<'a, T: Serialize>(list: &'a [T], key: impl Fn(&'a T) -> (&'a String, String)) -> Items {
    list.iter()
        .map(|item| {
            let (id, label) = key(item);
            (
                id.clone(),
                label,
                serde_json::to_value(item).unwrap_or_default(),
            )
        })
        .collect()
}

fn responsibilities(plan: &Plan) -> Items {
    plan.responsibilities
        .iter()
        .map(|r| {
            let id = match serde_json::to_value(r.responsibility) {
                Ok(Value::String(s)) => s,
                _ => String::new(),
            };
            (
                id,
                r.responsibility.label().to_owned(),
                serde_json::to_value(r).unwrap_or_default(),
            )
        })
        .collect()
}

fn section(name: &str, a: &Items, b: &Items) -> Option<SectionDiff> {
    let in_b: BTreeMap<&str, (&String, &Value)> =
        b.iter().map(|(id, l, v)| (id.as_str(), (l, v))).collect();
    let in_a: BTreeMap<&str, &Value> = a.iter().map(|(id, _, v)| (id.as_str(), v)).collect();
    let mut d = SectionDiff {
        section: name.to_owned(),
        added: Vec::new(),
        removed: Vec::new(),
        changed: Vec::new(),
    };
    for (id, label, va) in a {
        match in_b.get(id.as_str()) {
            None => d.removed.push(ItemRef {
                id: id.clone(),
                label: label.clone(),
            }),
            Some((label_b, vb)) => {
                let mut fields = Vec::new();
                flatten_changes("", &without_id(va), &without_id(vb), &mut fields);
                if !fields.is_empty() {
                    d.changed.push(ItemChange {
                        id: id.clone(),
                        label: (*label_b).clone(),
                        fields,
                    });
                }
            }
        }
    }
    for (id, label, _) in b {
        if !in_a.contains_key(id.as_str()) {
            d.added.push(ItemRef {
                id: id.clone(),
                label: label.clone(),
            });
        }
    }
    (!(d.added.is_empty() && d.removed.is_empty() && d.changed.is_empty())).then_some(d)
}

fn without_id(v: &Value) -> Value {
    let mut m: Map<String, Value> = v.as_object().cloned().unwrap_or_default();
    m.remove("id");
    Value::Object(m)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::starter_plan;

    #[test]
    fn a_plan_is_the_same_as_itself_and_a_changed_fte_is_one_field() {
        let a = starter_plan("within_rnd").unwrap();
        assert!(diff(&a, &a).same);
        let mut b = a.clone();
        b.positions[0].fte = 0.37;
        let d = diff(&a, &b);
        assert!(!d.same);
        assert_eq!(d.sections.len(), 1);
        let changed = &d.sections[0].changed[0];
        assert_eq!(changed.fields.len(), 1);
        assert_eq!(changed.fields[0].field, "fte");
        assert_eq!(changed.fields[0].to, serde_json::json!(0.37));
    }
}
