//! The five built-in starting plans, one per OSPO structure, so nobody starts from an empty page.

mod corporate;
mod cto_office;
mod no_official;
mod spec;
mod virtual_ospo;
mod within_rnd;

use crate::model::{Plan, StructureKind};
use crate::{Error, Result};
use serde::Serialize;
use spec::Spec;
use ts_rs::TS;

/// A built-in starting point as listed to the user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
pub struct Starter {
    pub id: &'static str,
    pub name: &'static str,
    pub structure: StructureKind,
    pub summary: &'static str,
}

const SPECS: [&Spec; 5] = [
    &within_rnd::SPEC,
    &corporate::SPEC,
    &cto_office::SPEC,
    &virtual_ospo::SPEC,
    &no_official::SPEC,
];

const STARTERS: [Starter; 5] = [
    listing(&within_rnd::SPEC),
    listing(&corporate::SPEC),
    listing(&cto_office::SPEC),
    listing(&virtual_ospo::SPEC),
    listing(&no_official::SPEC),
];

const fn listing(spec: &Spec) -> Starter {
    Starter {
        id: spec.id,
        name: spec.name,
        structure: spec.structure,
        summary: spec.summary,
    }
}

/// Every starting point, in the order of `StructureKind::ALL`.
pub fn starters() -> &'static [Starter] {
    &STARTERS
}

/// The full plan of starter `id` for an organization not yet named; unknown ids are refused with
/// the list of valid ones.
pub fn starter_plan(id: &str) -> Result<Plan> {
    starter_plan_for(id, "")
}

/// The full plan of starter `id` written for `organization`: its name stands wherever the starter's
/// text names the organization. Every item is marked as sample until the user edits or keeps it.
pub fn starter_plan_for(id: &str, organization: &str) -> Result<Plan> {
    match SPECS.iter().find(|s| s.id == id) {
        Some(spec) => spec.build(organization),
        None => Err(Error::NotFound(format!(
            "no starter \"{id}\" (choose one of: {})",
            STARTERS.map(|s| s.id).join(", ")
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_starter_per_structure_in_order() {
        let kinds: Vec<StructureKind> = starters().iter().map(|s| s.structure).collect();
        assert_eq!(kinds, StructureKind::ALL.to_vec());
    }

    #[test]
    fn every_starter_builds_a_valid_plan_of_its_structure() {
        for s in starters() {
            let plan = starter_plan(s.id).unwrap_or_else(|e| panic!("{}: {e}", s.id));
            plan.validate().unwrap_or_else(|e| panic!("{}: {e}", s.id));
            assert_eq!(plan.structure.kind, s.structure);
            assert_eq!(plan.starter.as_deref(), Some(s.id));
            assert_eq!(plan.name, s.name);
        }
    }

    /// Every dated item of a starter falls inside its budget's fiscal years.
    #[test]
    fn every_starter_date_is_inside_its_budget_window() {
        for s in starters() {
            let plan = starter_plan(s.id).unwrap();
            let years = plan.budget.years();
            let (first, last) = (years[0].start, years[years.len() - 1].end);
            let mut dates: Vec<(String, chrono::NaiveDate)> = Vec::new();
            for p in &plan.positions {
                dates.extend(p.start_date.map(|d| (format!("position {}", p.id), d)));
            }
            for m in &plan.milestones {
                dates.push((format!("milestone {}", m.id), m.date));
            }
            for k in &plan.kpis {
                dates.extend(k.due.map(|d| (format!("KPI {}", k.id), d)));
            }
            for c in &plan.communications {
                dates.push((format!("communication {}", c.id), c.first_date));
            }
            for (what, d) in dates {
                assert!(
                    first <= d && d <= last,
                    "{}: {what} on {d} is outside {first}..{last}",
                    s.id
                );
            }
        }
    }

    #[test]
    fn starter_figures_say_they_are_illustrative_and_what_they_assume() {
        for s in starters() {
            let plan = starter_plan(s.id).unwrap();
            let label = plan
                .assumptions
                .iter()
                .find(|a| a.starts_with("Illustrative figures, not quotes: 2027 "))
                .unwrap_or_else(|| panic!("{}: no illustrative label", s.id));
            assert!(label.contains("salaries"), "{}: {label}", s.id);
        }
    }

    #[test]
    fn outside_counsel_is_priced_as_hours_times_a_rate() {
        use crate::model::{BudgetCategory, Employment, Role};
        for s in starters() {
            let plan = starter_plan(s.id).unwrap();
            assert!(
                !plan
                    .positions
                    .iter()
                    .any(|p| p.role == Role::LegalCounsel && p.employment == Employment::Contractor),
                "{}: outside counsel as a contractor position",
                s.id
            );
            for l in &plan.budget.lines {
                if l.category == BudgetCategory::LegalCompliance
                    && l.description.contains("counsel")
                {
                    assert!(
                        l.description.contains(" an hour"),
                        "{}: {}",
                        s.id,
                        l.description
                    );
                }
            }
        }
    }

    #[test]
    fn every_starter_source_is_a_listed_section() {
        for spec in SPECS {
            for source in spec.sources {
                crate::guide::source::tests::check_cited(source)
                    .unwrap_or_else(|e| panic!("{}: {e}", spec.id));
            }
        }
    }

    #[test]
    fn starters_name_no_people_and_use_the_organization_given() {
        for s in starters() {
            let plan = starter_plan_for(s.id, "Acme Widgets").unwrap();
            assert_eq!(plan.organization.name, "Acme Widgets");
            assert!(plan.organization.sponsor.name.is_empty(), "{}", s.id);
            assert!(
                plan.positions.iter().all(|p| p.person.is_none()),
                "{}",
                s.id
            );
            let json = serde_json::to_string(&plan).unwrap();
            assert!(!json.contains("{org}"), "{}: token left", s.id);
        }
        let plan = starter_plan_for("cto_office", "Acme Widgets").unwrap();
        assert!(plan
            .milestones
            .iter()
            .any(|m| m.title.contains("Acme Widgets")));
        let unnamed = starter_plan("cto_office").unwrap();
        assert!(unnamed
            .stakeholders
            .iter()
            .any(|s| s.key_message.starts_with("The organization ")));
    }

    #[test]
    fn unknown_starter_lists_valid_ids() {
        let err = starter_plan("nope").unwrap_err();
        assert_eq!(err.code(), "not_found");
        let msg = err.to_string();
        for s in starters() {
            assert!(msg.contains(s.id), "{msg}");
        }
    }
}
