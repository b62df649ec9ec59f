//! Sample marks: the items a starter wrote that still stand as written, so a proposal is never sent
//! with example text in it by mistake. A mark goes when the user edits, removes or keeps the item.

use super::{Edit, Plan};
use crate::{Error, Result};

/// One item still as a starter wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct SampleItem {
    /// Where it is, in the notation of `Plan::problems()` (e.g. `positions[2]`).
    pub path: String,
    /// What kind of item it is, e.g. "Position".
    pub kind: &'static str,
    /// Its text as the user sees it.
    pub text: String,
}

/// The responsibility's name in files (`upstream_development`), which serves as its id.
fn responsibility_id(r: super::Responsibility) -> String {
    serde_json::to_value(r)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// A mark names an item by section and id (`positions/head`), so it survives reordering.
fn key(section: &str, id: &str) -> String {
    format!("{section}/{id}")
}

const ORGANIZATION: &str = "organization";
const ASSUMPTIONS: &str = "assumptions";

struct Entry {
    key: String,
    item: SampleItem,
}

fn entry(section: &str, id: &str, index: usize, kind: &'static str, text: &str) -> Entry {
    Entry {
        key: key(section, id),
        item: SampleItem {
            path: format!("{section}[{index}]"),
            kind,
            text: text.to_owned(),
        },
    }
}

/// Every item of `plan` that can carry a mark, in the order the plan lists them.
fn entries(plan: &Plan) -> Vec<Entry> {
    let mut out = vec![Entry {
        key: ORGANIZATION.to_owned(),
        item: SampleItem {
            path: ORGANIZATION.to_owned(),
            kind: "Organization",
            text: "industry, size and value propositions".to_owned(),
        },
    }];
    for (i, u) in plan.structure.units.iter().enumerate() {
        out.push(Entry {
            key: key("units", &u.id),
            item: SampleItem {
                path: format!("structure.units[{i}]"),
                kind: "Unit",
                text: u.name.clone(),
            },
        });
    }
    for (i, p) in plan.positions.iter().enumerate() {
        out.push(entry("positions", &p.id, i, "Position", &p.title));
    }
    for (i, r) in plan.responsibilities.iter().enumerate() {
        let id = responsibility_id(r.responsibility);
        out.push(entry(
            "responsibilities",
            &id,
            i,
            "Responsibility",
            r.responsibility.label(),
        ));
    }
    for (i, l) in plan.budget.lines.iter().enumerate() {
        out.push(entry(
            "budget.lines",
            &l.id,
            i,
            "Budget line",
            &l.description,
        ));
    }
    for (i, s) in plan.stakeholders.iter().enumerate() {
        out.push(entry(
            "stakeholders",
            &s.id,
            i,
            "Stakeholder group",
            &s.name,
        ));
    }
    for (i, c) in plan.communications.iter().enumerate() {
        out.push(entry(
            "communications",
            &c.id,
            i,
            "Communication",
            &c.message,
        ));
    }
    for (i, m) in plan.milestones.iter().enumerate() {
        out.push(entry("milestones", &m.id, i, "Milestone", &m.title));
    }
    for (i, k) in plan.kpis.iter().enumerate() {
        out.push(entry("kpis", &k.id, i, "KPI", &k.metric));
    }
    for (i, r) in plan.risks.iter().enumerate() {
        out.push(entry("risks", &r.id, i, "Risk", &r.description));
    }
    if !plan.assumptions.is_empty() {
        out.push(Entry {
            key: ASSUMPTIONS.to_owned(),
            item: SampleItem {
                path: ASSUMPTIONS.to_owned(),
                kind: "Assumptions",
                text: "the assumptions the numbers rest on".to_owned(),
            },
        });
    }
    out
}

impl Plan {
    /// Marks everything the plan holds as sample content (a starter's plan, just built).
    pub fn mark_all_samples(&mut self) {
        self.samples = entries(self).into_iter().map(|e| e.key).collect();
    }

    /// Each item still as the starter wrote it, in plan order.
    pub fn samples_left(&self) -> Vec<SampleItem> {
        if self.samples.is_empty() {
            return Vec::new();
        }
        entries(self)
            .into_iter()
            .filter(|e| self.samples.contains(&e.key))
            .map(|e| e.item)
            .collect()
    }

    pub fn has_samples(&self) -> bool {
        !self.samples_left().is_empty()
    }

    /// The marks `edit` clears: the item it changes, removes or keeps as it is. Keeping an item
    /// that carries no mark is refused.
    pub fn samples_cleared_by(&self, edit: &Edit) -> Result<Vec<String>> {
        let single = |section: &str, id: &str| vec![key(section, id)];
        let cleared = match edit {
            Edit::KeepSample(path) => {
                let found = entries(self)
                    .into_iter()
                    .find(|e| e.item.path == *path && self.samples.contains(&e.key));
                match found {
                    Some(e) => vec![e.key],
                    None => {
                        return Err(Error::NotFound(format!(
                            "no sample item at \"{path}\" in this plan"
                        )))
                    }
                }
            }
            Edit::SetOrganization(org) => {
                let old = &self.organization;
                let changed = org.industry != old.industry
                    || org.employees != old.employees
                    || org.value_propositions != old.value_propositions;
                if changed {
                    vec![ORGANIZATION.to_owned()]
                } else {
                    Vec::new()
                }
            }
            Edit::SetAssumptions(items) if *items != self.assumptions => {
                vec![ASSUMPTIONS.to_owned()]
            }
            Edit::SetStructure(s) => self
                .structure
                .units
                .iter()
                .filter(|old| !s.units.contains(old))
                .map(|old| key("units", &old.id))
                .collect(),
            Edit::SetResponsibilities(items) => self
                .responsibilities
                .iter()
                .filter(|old| !items.contains(old))
                .map(|old| key("responsibilities", &responsibility_id(old.responsibility)))
                .collect(),
            Edit::PutPosition(x) => single("positions", &x.id),
            Edit::RemovePosition(id) => single("positions", id),
            Edit::PutBudgetLine(x) => single("budget.lines", &x.id),
            Edit::RemoveBudgetLine(id) => single("budget.lines", id),
            Edit::PutStakeholder(x) => single("stakeholders", &x.id),
            Edit::RemoveStakeholder(id) => single("stakeholders", id),
            Edit::PutCommunication(x) => single("communications", &x.id),
            Edit::RemoveCommunication(id) => single("communications", id),
            Edit::PutMilestone(x) => single("milestones", &x.id),
            Edit::RemoveMilestone(id) => single("milestones", id),
            Edit::PutKpi(x) => single("kpis", &x.id),
            Edit::RemoveKpi(id) => single("kpis", id),
            Edit::PutRisk(x) => single("risks", &x.id),
            Edit::RemoveRisk(id) => single("risks", id),
            _ => Vec::new(),
        };
        Ok(cleared
            .into_iter()
            .filter(|k| self.samples.contains(k))
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::starter_plan;

    #[test]
    fn a_starter_plan_is_sample_throughout() {
        let plan = starter_plan("cto_office").unwrap();
        let left = plan.samples_left();
        assert_eq!(
            left.iter().filter(|s| s.kind == "Position").count(),
            plan.positions.len()
        );
        assert!(left.iter().any(|s| s.path == "milestones[0]"));
        assert!(left.iter().any(|s| s.path == "organization"));
    }

    #[test]
    fn editing_or_keeping_an_item_clears_only_its_mark() {
        let plan = starter_plan("cto_office").unwrap();
        let mut risk = plan.risks[0].clone();
        risk.mitigation.push_str(" and review it monthly");
        let cleared = plan.samples_cleared_by(&Edit::PutRisk(risk)).unwrap();
        assert_eq!(cleared, vec![format!("risks/{}", plan.risks[0].id)]);
        let kept = plan
            .samples_cleared_by(&Edit::KeepSample("milestones[1]".into()))
            .unwrap();
        assert_eq!(kept, vec![format!("milestones/{}", plan.milestones[1].id)]);
    }

    #[test]
    fn keeping_an_unmarked_item_is_refused() {
        let mut plan = starter_plan("cto_office").unwrap();
        plan.samples.clear();
        let err = plan
            .samples_cleared_by(&Edit::KeepSample("positions[0]".into()))
            .unwrap_err();
        assert_eq!(err.code(), "not_found");
    }

    #[test]
    fn an_organization_edit_of_the_name_alone_keeps_the_mark() {
        let plan = starter_plan("cto_office").unwrap();
        let mut org = plan.organization.clone();
        org.name = "Acme".into();
        assert!(plan
            .samples_cleared_by(&Edit::SetOrganization(org.clone()))
            .unwrap()
            .is_empty());
        org.industry = "Retail".into();
        assert_eq!(
            plan.samples_cleared_by(&Edit::SetOrganization(org))
                .unwrap(),
            vec!["organization".to_owned()]
        );
    }
}
