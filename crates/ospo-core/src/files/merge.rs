//! Merging chosen sections of a peer's plan into an existing one: items already there (same natural
//! key: title, name, description) are kept, the rest are added with ids that do not collide and
//! with their references pointing at the right items of the merged plan.

use crate::model::{new_id, Plan};
use crate::{Error, Result, Store};
use serde::{Deserialize, Serialize};
use std::collections::{HashMap, HashSet};
use ts_rs::TS;

/// The sections a plan file can contribute to an existing plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "MergeSection")]
pub enum Section {
    Positions,
    Budget,
    Stakeholders,
    Communications,
    Milestones,
    Kpis,
    Risks,
}

impl Section {
    pub const ALL: [Section; 7] = [
        Section::Positions,
        Section::Budget,
        Section::Stakeholders,
        Section::Communications,
        Section::Milestones,
        Section::Kpis,
        Section::Risks,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Section::Positions => "positions",
            Section::Budget => "budget",
            Section::Stakeholders => "stakeholders",
            Section::Communications => "communications",
            Section::Milestones => "milestones",
            Section::Kpis => "kpis",
            Section::Risks => "risks",
        }
    }

    /// `"positions,budget"` → the two sections; `"all"` → every section.
    pub fn parse_list(list: &str) -> Result<Vec<Section>> {
        let mut out = Vec::new();
        for word in list.split(',').map(str::trim).filter(|w| !w.is_empty()) {
            if word == "all" {
                return Ok(Section::ALL.to_vec());
            }
            let section = Section::ALL
                .into_iter()
                .find(|s| s.name() == word)
                .ok_or_else(|| {
                    let names: Vec<&str> = Section::ALL.iter().map(|s| s.name()).collect();
                    Error::Invalid(vec![crate::model::Problem {
                        path: "sections".into(),
                        message: format!(
                            "unknown section \"{word}\" (choose from {}, or all)",
                            names.join(", ")
                        ),
                    }])
                })?;
            if !out.contains(&section) {
                out.push(section);
            }
        }
        if out.is_empty() {
            return Err(Error::Invalid(vec![crate::model::Problem {
                path: "sections".into(),
                message: "name at least one section".into(),
            }]));
        }
        Ok(out)
    }
}

/// What a merge did to one section.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "SectionCount")]
pub struct SectionMerge {
    pub section: Section,
    /// Items of the file that were not in the plan and were added.
    pub added: usize,
    /// Items of the file that the plan already had (same natural key) and were left as they were.
    pub already_there: usize,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct MergeReport {
    pub sections: Vec<SectionMerge>,
    /// Things the merge had to adjust or leave out, one line each.
    pub notes: Vec<String>,
}

/// Merges `sections` of `from` into the stored plan `id` in one transaction.
pub fn merge_into(
    store: &mut Store,
    id: i64,
    from: &Plan,
    sections: &[Section],
) -> Result<MergeReport> {
    let plan = store.get(id)?;
    let (merged, report) = merge(&plan, from, sections)?;
    store.replace(&merged)?;
    Ok(report)
}

/// `into` with the chosen sections of `from` merged in.
pub fn merge(into: &Plan, from: &Plan, sections: &[Section]) -> Result<(Plan, MergeReport)> {
    check_currency(into, from, sections)?;
    let mut out = into.clone();
    let mut report = MergeReport::default();
    let wants = |s: Section| sections.contains(&s);

    // Positions first: every other section refers to them.
    let key = |p: &crate::model::Position| (norm(&p.title), p.role);
    let mut positions = match_items(
        into.positions.iter().map(key),
        from.positions.iter().map(key),
    )
    .into_iter()
    .map(|m| m.map(|i| into.positions[i].id.clone()))
    .collect::<Vec<_>>();
    if wants(Section::Positions) {
        let mut ids = ids(into.positions.iter().map(|p| &p.id));
        let mut added = Vec::new();
        for (slot, p) in positions.iter_mut().zip(&from.positions) {
            if slot.is_none() {
                let id = fresh(&p.id, "pos", &mut ids);
                *slot = Some(id.clone());
                added.push(crate::model::Position { id, ..p.clone() });
            }
        }
        let map = id_map(from.positions.iter().map(|p| &p.id), &positions);
        for p in &mut added {
            p.reports_to = p
                .reports_to
                .as_ref()
                .and_then(|r| map.get(r.as_str()).cloned());
        }
        report.count(Section::Positions, added.len(), from.positions.len());
        out.positions.extend(added);
    }
    let position_map = id_map(from.positions.iter().map(|p| &p.id), &positions);
    let owner = |o: &Option<String>| -> Option<String> {
        o.as_ref()
            .and_then(|r| position_map.get(r.as_str()).cloned())
    };

    if wants(Section::Budget) {
        let horizon = usize::from(into.budget.horizon_years);
        let key = |l: &crate::model::BudgetLine| (l.category, norm(&l.description));
        let matches = match_items(
            into.budget.lines.iter().map(key),
            from.budget.lines.iter().map(key),
        );
        let mut ids = ids(into.budget.lines.iter().map(|l| &l.id));
        let mut added = 0;
        let mut resized = 0;
        for (m, line) in matches.iter().zip(&from.budget.lines) {
            if m.is_some() {
                continue;
            }
            let mut amounts = line.amounts.clone();
            if amounts.len() != horizon {
                resized += 1;
                amounts.resize(horizon, 0);
            }
            out.budget.lines.push(crate::model::BudgetLine {
                id: fresh(&line.id, "line", &mut ids),
                amounts,
                ..line.clone()
            });
            added += 1;
        }
        if resized > 0 {
            report.notes.push(format!(
                "budget: {resized} added lines planned {} years and were fitted to this plan's {horizon} (year by year from the first; missing years are 0)",
                from.budget.horizon_years
            ));
        }
        report.count(Section::Budget, added, from.budget.lines.len());
    }

    let key = |s: &crate::model::Stakeholder| norm(&s.name);
    let mut groups = match_items(
        into.stakeholders.iter().map(key),
        from.stakeholders.iter().map(key),
    )
    .into_iter()
    .map(|m| m.map(|i| into.stakeholders[i].id.clone()))
    .collect::<Vec<_>>();
    if wants(Section::Stakeholders) {
        let mut ids = ids(into.stakeholders.iter().map(|s| &s.id));
        let mut added = 0;
        for (slot, s) in groups.iter_mut().zip(&from.stakeholders) {
            if slot.is_none() {
                let id = fresh(&s.id, "stk", &mut ids);
                *slot = Some(id.clone());
                out.stakeholders.push(crate::model::Stakeholder {
                    id,
                    owner: owner(&s.owner),
                    ..s.clone()
                });
                added += 1;
            }
        }
        report.count(Section::Stakeholders, added, from.stakeholders.len());
    }
    let group_map = id_map(from.stakeholders.iter().map(|s| &s.id), &groups);

    if wants(Section::Communications) {
        let audience_name = |plan: &Plan, c: &crate::model::Communication| {
            plan.stakeholder(&c.audience)
                .map(|s| norm(&s.name))
                .unwrap_or_default()
        };
        let matches = match_items(
            into.communications
                .iter()
                .map(|c| (audience_name(into, c), norm(&c.message))),
            from.communications
                .iter()
                .map(|c| (audience_name(from, c), norm(&c.message))),
        );
        let mut ids = ids(into.communications.iter().map(|c| &c.id));
        let mut added = 0;
        let mut orphans = 0;
        for (m, c) in matches.iter().zip(&from.communications) {
            if m.is_some() {
                continue;
            }
            let Some(audience) = group_map.get(c.audience.as_str()) else {
                orphans += 1;
                continue;
            };
            out.communications.push(crate::model::Communication {
                id: fresh(&c.id, "com", &mut ids),
                audience: audience.clone(),
                owner: owner(&c.owner),
                ..c.clone()
            });
            added += 1;
        }
        if orphans > 0 {
            report.notes.push(format!(
                "communications: {orphans} left out because their audience is not in this plan; merge stakeholders too"
            ));
        }
        report.count(
            Section::Communications,
            added,
            from.communications.len() - orphans,
        );
    }

    if wants(Section::Milestones) {
        let added = add_missing(
            &mut out.milestones,
            &from.milestones,
            |m| norm(&m.title),
            |m| &mut m.id,
            "ms",
        );
        report.count(Section::Milestones, added, from.milestones.len());
    }
    if wants(Section::Kpis) {
        let added = add_missing(
            &mut out.kpis,
            &from.kpis,
            |k| (norm(&k.goal), norm(&k.metric)),
            |k| &mut k.id,
            "kpi",
        );
        report.count(Section::Kpis, added, from.kpis.len());
    }
    if wants(Section::Risks) {
        let added = add_missing(
            &mut out.risks,
            &from.risks,
            |r| norm(&r.description),
            |r| &mut r.id,
            "risk",
        );
        report.count(Section::Risks, added, from.risks.len());
    }
    Ok((out, report))
}

impl MergeReport {
    fn count(&mut self, section: Section, added: usize, offered: usize) {
        self.sections.push(SectionMerge {
            section,
            added,
            already_there: offered.saturating_sub(added),
        });
    }
}

/// Money is never converted: sections carrying amounts must come in the plan's own currency.
fn check_currency(into: &Plan, from: &Plan, sections: &[Section]) -> Result<()> {
    if into.budget.currency == from.budget.currency {
        return Ok(());
    }
    let carries_money = (sections.contains(&Section::Budget)
        && from
            .budget
            .lines
            .iter()
            .any(|l| l.amounts.iter().any(|&a| a != 0)))
        || (sections.contains(&Section::Positions)
            && from.positions.iter().any(|p| p.annual_base_cost != 0));
    if carries_money {
        return Err(Error::Conflict(format!(
            "budget.currency: the file's amounts are in {} and this plan's in {}; amounts are never converted, so change one plan's currency first",
            from.budget.currency, into.budget.currency
        )));
    }
    Ok(())
}

/// Adds the items of `from` whose key no item of `items` has (counting repeats), renaming ids
/// that are taken; returns how many were added.
fn add_missing<T: Clone, K: Eq + std::hash::Hash>(
    items: &mut Vec<T>,
    from: &[T],
    key: impl Fn(&T) -> K,
    id: impl Fn(&mut T) -> &mut String,
    prefix: &str,
) -> usize {
    let matches = match_items(items.iter().map(&key), from.iter().map(&key));
    let mut taken: HashSet<String> = items.iter().map(|x| id(&mut x.clone()).clone()).collect();
    let mut added = 0;
    for (m, item) in matches.iter().zip(from) {
        if m.is_none() {
            let mut item = item.clone();
            let fresh_id = fresh(id(&mut item), prefix, &mut taken);
            *id(&mut item) = fresh_id;
            items.push(item);
            added += 1;
        }
    }
    added
}

/// For each incoming key, the index of an existing item with that key not already matched.
fn match_items<K: Eq + std::hash::Hash>(
    existing: impl Iterator<Item = K>,
    incoming: impl Iterator<Item = K>,
) -> Vec<Option<usize>> {
    let mut free: HashMap<K, Vec<usize>> = HashMap::new();
    for (i, k) in existing.enumerate() {
        free.entry(k).or_default().push(i);
    }
    for list in free.values_mut() {
        list.reverse();
    }
    incoming
        .map(|k| free.get_mut(&k).and_then(Vec::pop))
        .collect()
}

fn ids<'a>(ids: impl Iterator<Item = &'a String>) -> HashSet<String> {
    ids.cloned().collect()
}

/// `wanted` if no item has it yet, else a new id; either way it is marked as taken.
fn fresh(wanted: &str, prefix: &str, taken: &mut HashSet<String>) -> String {
    let mut id = wanted.to_owned();
    while taken.contains(&id) {
        id = new_id(prefix);
    }
    taken.insert(id.clone());
    id
}

/// The file's id → the merged plan's id, for the items that have one.
fn id_map<'a>(
    from: impl Iterator<Item = &'a String>,
    to: &[Option<String>],
) -> HashMap<&'a str, String> {
    from.zip(to)
        .filter_map(|(f, t)| Some((f.as_str(), t.clone()?)))
        .collect()
}

/// A natural key: trimmed, lower case, inner runs of spaces as one.
fn norm(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}
