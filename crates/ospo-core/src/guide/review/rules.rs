//! The review's rules: what each one asks of a plan and the check that finds where a plan falls short.

use super::{Finding, Rule, Severity};
use crate::guide::source::{seeds, Source};
use crate::model::{BudgetCategory, Employment, Petal, Plan, Role, StructureKind};
use chrono::NaiveDate;

/// Every rule, in the order findings of equal severity are reported.
pub const RULES: [Rule; 16] = [
    Rule {
        id: "no_sponsor",
        severity: Severity::Error,
        title: "The plan names an executive sponsor",
        why: "An OSPO needs an executive who funds it, commits to it for the long term and helps pick its leader",
        source: Source::new(seeds::DEEP_DIVE, "Introduction; Continuity"),
    },
    Rule {
        id: "target_stage_below_current",
        severity: Severity::Error,
        title: "The target maturity stage is not below the current one",
        why: "A plan that aims lower than where the organization already stands cannot be argued for",
        source: Source::Guidance,
    },
    Rule {
        id: "no_compliance_capacity",
        severity: Severity::Error,
        title: "A person in the plan knows open source licensing, compliance practice and engineering",
        why: "Whatever its role, an OSPO must have at least one such person; a services budget is not a person",
        source: Source::new(seeds::DEEP_DIVE, "Oversee Open Source Compliance"),
    },
    Rule {
        id: "too_many_value_propositions",
        severity: Severity::Warning,
        title: "At most three value propositions",
        why: "Executives remember a few strong reasons; a weak one dilutes the strong ones",
        source: Source::Guidance,
    },
    Rule {
        id: "petal_without_communication",
        severity: Severity::Warning,
        title: "Every stakeholder petal, and the external regulators, hears from the OSPO",
        why: "Each group on the OSPO flower needs its own channel; regulators shape the rules open source lives by",
        source: Source::new(seeds::CREATING, "Identifying Your OSPO's Stakeholders; Collaborating With External Regulators"),
    },
    Rule {
        id: "communication_without_owner_or_cadence",
        severity: Severity::Warning,
        title: "Every communication has an owner and a cadence",
        why: "Keeping people informed of the strategy is an ongoing job; without an owner and a rhythm it stops",
        source: Source::new(seeds::DEEP_DIVE, "Continuity"),
    },
    Rule {
        id: "virtual_with_dedicated_staff",
        severity: Severity::Warning,
        title: "A virtual OSPO has no dedicated staff besides its head",
        why: "A virtual OSPO is people from several teams giving a share of their time; dedicated staff mean another structure",
        source: Source::new(seeds::DEEP_DIVE, "OSPO Structure — Example 4: Virtual OSPO"),
    },
    Rule {
        id: "position_without_cost_or_start",
        severity: Severity::Warning,
        title: "Every position has a cost and a start date",
        why: "Staff cost is computed from positions; a missing cost or start date understates the budget",
        source: Source::Guidance,
    },
    Rule {
        id: "one_year_budget",
        severity: Severity::Warning,
        title: "The budget covers more than one year",
        why: "Continuity of executive support and funding is one of the challenges an OSPO must meet",
        source: Source::new(seeds::DEEP_DIVE, "Continuity"),
    },
    Rule {
        id: "kpi_without_target_or_date",
        severity: Severity::Warning,
        title: "Every KPI has a target and a due date",
        why: "An OSPO must show its return; a metric without a target and date shows nothing",
        source: Source::new(seeds::OSPO_101, "The OSPO's Role in Defining Success Metrics"),
    },
    Rule {
        id: "milestone_in_past",
        severity: Severity::Warning,
        title: "No open milestone lies in the past",
        why: "A proposal with overdue milestones looks stale; mark them done or move them",
        source: Source::Guidance,
    },
    Rule {
        id: "responsibility_without_owner",
        severity: Severity::Warning,
        title: "Every responsibility the OSPO takes on has an owner",
        why: "A responsibility nobody owns is one the OSPO will not deliver",
        source: Source::Guidance,
    },
    Rule {
        id: "no_head_of_ospo",
        severity: Severity::Warning,
        title: "The plan has a head of OSPO",
        why: "Whatever the structure, someone must lead the open source strategy and its metrics",
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Head of OSPO"),
    },
    Rule {
        id: "no_architect",
        severity: Severity::Error,
        title: "The plan has a senior software architect or principal engineer",
        why: "The deep dive calls this role mandatory: the technical decision-maker on open source, from design to coding standards",
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Software Architect"),
    },
    Rule {
        id: "no_evangelist",
        severity: Severity::Warning,
        title: "The plan has a technical evangelist",
        why: "The role is required whatever the structure; one person may hold it beside another role",
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Technical Evangelist"),
    },
    Rule {
        id: "no_counsel_access",
        severity: Severity::Warning,
        title: "The plan gives the OSPO access to counsel versed in open source licensing",
        why: "Legal counsel is among the required roles; access to such counsel is usually enough",
        source: Source::new(seeds::DEEP_DIVE, "Staffing an OSPO — Legal Counsel"),
    },
];

/// What a check found: the finding without the rule's fixed parts.
struct Hit {
    message: String,
    items: Vec<String>,
    fix: String,
}

fn hit(message: impl Into<String>, items: Vec<String>, fix: impl Into<String>) -> Hit {
    Hit {
        message: message.into(),
        items,
        fix: fix.into(),
    }
}

type Check = fn(&Plan, NaiveDate) -> Vec<Hit>;

/// The checks, in the order of `RULES`.
const CHECKS: [Check; 16] = [
    no_sponsor,
    target_stage_below_current,
    no_compliance_capacity,
    too_many_value_propositions,
    petal_without_communication,
    communication_without_owner_or_cadence,
    virtual_with_dedicated_staff,
    position_without_cost_or_start,
    one_year_budget,
    kpi_without_target_or_date,
    milestone_in_past,
    responsibility_without_owner,
    no_head_of_ospo,
    no_architect,
    no_evangelist,
    no_counsel_access,
];

pub(super) fn run(plan: &Plan, today: NaiveDate) -> Vec<Finding> {
    RULES
        .iter()
        .zip(CHECKS)
        .flat_map(|(rule, check)| {
            check(plan, today).into_iter().map(|h| Finding {
                rule: rule.id,
                severity: rule.severity,
                message: h.message,
                items: h.items,
                fix: h.fix,
                source: rule.source,
            })
        })
        .collect()
}

fn no_sponsor(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    if !plan.organization.sponsor.name.trim().is_empty() {
        return vec![];
    }
    vec![hit(
        "no executive sponsor is named",
        vec!["organization.sponsor".into()],
        "Name the executive who will fund the OSPO and back it for several years",
    )]
}

fn target_stage_below_current(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    let m = &plan.maturity;
    if m.target_stage >= m.current_stage {
        return vec![];
    }
    vec![hit(
        format!(
            "target stage {} is below the current stage {}",
            m.target_stage, m.current_stage
        ),
        vec!["maturity.target_stage".into()],
        "Set the target stage at or above the current one, or lower the current stage if it was overstated",
    )]
}

fn no_compliance_capacity(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    if holds(plan, Role::ComplianceEngineer) {
        return vec![];
    }
    vec![hit(
        "no position has the compliance engineer role",
        vec!["positions".into()],
        "Add a compliance engineer position (a share of someone's time is fine); outside counsel or a \
         compliance services budget does not count",
    )]
}

/// Whether a position with some time (FTE above zero) holds `role`.
fn holds(plan: &Plan, role: Role) -> bool {
    plan.positions.iter().any(|p| p.role == role && p.fte > 0.0)
}

fn too_many_value_propositions(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    let n = plan.organization.value_propositions.len();
    if n <= 3 {
        return vec![];
    }
    vec![hit(
        format!("{n} value propositions; the sponsor will remember three at most"),
        (3..n)
            .map(|i| format!("organization.value_propositions[{i}]"))
            .collect(),
        "Keep the three strongest value propositions and drop the rest",
    )]
}

fn petal_without_communication(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    Petal::ALL
        .iter()
        .filter_map(|&petal| {
            let groups: Vec<(usize, &str)> = plan
                .stakeholders
                .iter()
                .enumerate()
                .filter(|(_, s)| s.petal == petal)
                .map(|(i, s)| (i, s.id.as_str()))
                .collect();
            let reached = plan
                .communications
                .iter()
                .any(|c| groups.iter().any(|(_, id)| *id == c.audience));
            if reached {
                return None;
            }
            let items = if groups.is_empty() {
                vec!["stakeholders".into()]
            } else {
                groups
                    .iter()
                    .map(|(i, _)| format!("stakeholders[{i}]"))
                    .collect()
            };
            Some(hit(
                format!("no communication reaches the “{}” petal", petal.label()),
                items,
                format!(
                    "Add a stakeholder group for {} if missing and a communication addressed to it",
                    petal.label()
                ),
            ))
        })
        .collect()
}

fn communication_without_owner_or_cadence(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    plan.communications
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            let missing = match (c.owner.is_none(), c.cadence.is_none()) {
                (true, true) => "owner and no cadence",
                (true, false) => "owner",
                (false, true) => "cadence",
                (false, false) => return None,
            };
            Some(hit(
                format!("communication \"{}\" has no {missing}", c.message),
                vec![format!("communications[{i}]")],
                "Give it a position that sends it and how often it goes out",
            ))
        })
        .collect()
}

fn virtual_with_dedicated_staff(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    if plan.structure.kind != StructureKind::Virtual {
        return vec![];
    }
    let items: Vec<String> = plan
        .positions
        .iter()
        .enumerate()
        .filter(|(_, p)| p.employment == Employment::Dedicated && p.role != Role::HeadOfOspo)
        .map(|(i, _)| format!("positions[{i}]"))
        .collect();
    if items.is_empty() {
        return vec![];
    }
    vec![hit(
        format!(
            "a virtual OSPO with {} dedicated position(s) besides its head",
            items.len()
        ),
        items,
        "Make these positions shared with a percentage of time, or choose the CTO-office or R&D structure",
    )]
}

fn position_without_cost_or_start(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    plan.positions
        .iter()
        .enumerate()
        .filter_map(|(i, p)| {
            let missing = match (p.annual_base_cost == 0, p.start_date.is_none()) {
                (true, true) => "cost and start date",
                (true, false) => "cost",
                (false, true) => "start date",
                (false, false) => return None,
            };
            Some(hit(
                format!("position \"{}\" has no {missing}", p.title),
                vec![format!("positions[{i}]")],
                "Enter the annual base cost and the date the position starts",
            ))
        })
        .collect()
}

fn one_year_budget(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    if plan.budget.horizon_years > 1 {
        return vec![];
    }
    vec![hit(
        "the budget covers a single year",
        vec!["budget.horizon_years".into()],
        "Plan three years so the sponsor commits to the OSPO beyond the first budget round",
    )]
}

fn kpi_without_target_or_date(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    plan.kpis
        .iter()
        .enumerate()
        .filter_map(|(i, k)| {
            let missing = match (k.target.trim().is_empty(), k.due.is_none()) {
                (true, true) => "target and due date",
                (true, false) => "target",
                (false, true) => "due date",
                (false, false) => return None,
            };
            Some(hit(
                format!("KPI \"{}\" has no {missing}", k.metric),
                vec![format!("kpis[{i}]")],
                "Set the value to reach and the date to reach it by",
            ))
        })
        .collect()
}

fn milestone_in_past(plan: &Plan, today: NaiveDate) -> Vec<Hit> {
    plan.milestones
        .iter()
        .enumerate()
        .filter(|(_, m)| !m.done && m.date < today)
        .map(|(i, m)| {
            hit(
                format!(
                    "milestone \"{}\" was due {} and is not done",
                    m.title, m.date
                ),
                vec![format!("milestones[{i}]")],
                "Mark it done or move it to a future date",
            )
        })
        .collect()
}

fn responsibility_without_owner(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    plan.responsibilities
        .iter()
        .enumerate()
        .filter(|(_, r)| r.owner.is_none())
        .map(|(i, r)| {
            hit(
                format!("\"{}\" has no owner", r.responsibility.label()),
                vec![format!("responsibilities[{i}]")],
                "Assign a position that owns this responsibility",
            )
        })
        .collect()
}

fn no_head_of_ospo(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    if plan.positions.iter().any(|p| p.role == Role::HeadOfOspo) {
        return vec![];
    }
    vec![hit(
        "no position has the head of OSPO role",
        vec!["positions".into()],
        "Add a head of OSPO (director or VP of open source); a part-time lead is fine in small organizations",
    )]
}

fn no_architect(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    if holds(plan, Role::SoftwareArchitect) {
        return vec![];
    }
    vec![hit(
        "no position has the software architect role",
        vec!["positions".into()],
        "Add a senior architect or principal engineer, even as a share of someone's time",
    )]
}

fn no_evangelist(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    if holds(plan, Role::TechnicalEvangelist) {
        return vec![];
    }
    vec![hit(
        "no position has the technical evangelist role",
        vec!["positions".into()],
        "Add a technical evangelist, or a share of the time of someone already in the plan",
    )]
}

fn no_counsel_access(plan: &Plan, _: NaiveDate) -> Vec<Hit> {
    let bought =
        plan.budget.lines.iter().any(|l| {
            l.category == BudgetCategory::LegalCompliance && l.amounts.iter().any(|a| *a > 0)
        });
    if bought || holds(plan, Role::LegalCounsel) {
        return vec![];
    }
    vec![hit(
        "no legal counsel position and no budget for legal services",
        vec!["positions".into(), "budget.lines".into()],
        "Add a share of in-house counsel's time, or a legal services line for outside counsel (hours × rate)",
    )]
}

#[cfg(test)]
mod tests {
    use super::super::review;
    use super::*;
    use crate::guide::starter_plan;
    use crate::model::Cadence;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
    }

    /// The CTO-office starter as a user leaves it: sponsor named, sample items kept.
    fn base() -> Plan {
        let mut plan = starter_plan("cto_office").unwrap();
        plan.organization.sponsor.name = "A. Sponsor".into();
        plan.samples.clear();
        plan
    }

    fn findings(plan: &Plan, rule: &str) -> Vec<Finding> {
        review(plan, today())
            .findings
            .into_iter()
            .filter(|f| f.rule == rule)
            .collect()
    }

    /// A starter as built only lacks its sponsor's name and is sample throughout; once the user
    /// names the sponsor and keeps the samples it breaks no rule.
    #[test]
    fn starters_break_no_rule() {
        for s in crate::guide::starters() {
            let mut plan = starter_plan(s.id).unwrap();
            let r = review(&plan, today());
            assert!(
                r.findings
                    .iter()
                    .all(|f| f.rule == "no_sponsor" || f.rule == "sample_content"),
                "{}: {:#?}",
                s.id,
                r.findings
            );
            plan.organization.sponsor.name = "A. Sponsor".into();
            plan.samples.clear();
            let r = review(&plan, today());
            assert!(r.findings.is_empty(), "{}: {:#?}", s.id, r.findings);
        }
    }

    #[test]
    fn rule_ids_are_unique() {
        let mut ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), RULES.len());
    }

    #[test]
    fn no_sponsor_trips_on_blank_name_and_fails_the_review() {
        let mut plan = base();
        plan.organization.sponsor.name = "  ".into();
        let f = findings(&plan, "no_sponsor");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert_eq!(f[0].items, ["organization.sponsor"]);
        assert!(!review(&plan, today()).passed);
    }

    #[test]
    fn target_stage_below_current_trips_only_when_lower() {
        let mut plan = base();
        plan.maturity.current_stage = 3;
        plan.maturity.target_stage = 2;
        let f = findings(&plan, "target_stage_below_current");
        assert_eq!(f.len(), 1);
        assert!(f[0]
            .message
            .contains("target stage 2 is below the current stage 3"));
        plan.maturity.target_stage = 3;
        assert!(findings(&plan, "target_stage_below_current").is_empty());
    }

    fn without_compliance(mut plan: Plan) -> Plan {
        plan.positions
            .iter_mut()
            .filter(|p| p.role == Role::ComplianceEngineer)
            .for_each(|p| p.role = Role::Other);
        plan.budget
            .lines
            .retain(|l| l.category != BudgetCategory::LegalCompliance);
        plan
    }

    #[test]
    fn no_compliance_capacity_trips_whatever_the_stage() {
        let mut plan = without_compliance(base());
        for stage in [0, 1, 4] {
            plan.maturity.current_stage = stage;
            plan.maturity.target_stage = stage;
            let f = findings(&plan, "no_compliance_capacity");
            assert_eq!(f.len(), 1, "stage {stage}");
            assert_eq!(f[0].severity, Severity::Error);
        }
        assert!(!review(&plan, today()).passed);
    }

    #[test]
    fn a_services_budget_is_not_a_compliance_person() {
        let mut plan = without_compliance(base());
        plan.budget.lines.push(crate::model::BudgetLine {
            id: "legal-svc".into(),
            category: BudgetCategory::LegalCompliance,
            description: "Outside compliance review".into(),
            amounts: vec![0, 5_000_00, 0],
        });
        assert_eq!(findings(&plan, "no_compliance_capacity").len(), 1);
        let comp = base()
            .positions
            .into_iter()
            .find(|p| p.role == Role::ComplianceEngineer)
            .unwrap();
        plan.positions.push(comp);
        assert!(findings(&plan, "no_compliance_capacity").is_empty());
        plan.positions.last_mut().unwrap().fte = 0.0;
        assert_eq!(findings(&plan, "no_compliance_capacity").len(), 1);
    }

    #[test]
    fn more_than_three_value_propositions_trips() {
        let mut plan = base();
        assert_eq!(plan.organization.value_propositions.len(), 3);
        assert!(findings(&plan, "too_many_value_propositions").is_empty());
        plan.organization
            .value_propositions
            .push("A fourth reason".into());
        let f = findings(&plan, "too_many_value_propositions");
        assert_eq!(f[0].items, ["organization.value_propositions[3]"]);
    }

    #[test]
    fn petal_without_communication_names_the_petal() {
        let mut plan = base();
        let regulators = plan
            .stakeholders
            .iter()
            .position(|s| s.petal == Petal::ExternalRegulators)
            .unwrap();
        let id = plan.stakeholders[regulators].id.clone();
        plan.communications.retain(|c| c.audience != id);
        let f = findings(&plan, "petal_without_communication");
        assert_eq!(f.len(), 1);
        assert!(f[0].message.contains("External regulators"));
        assert_eq!(f[0].items, [format!("stakeholders[{regulators}]")]);
    }

    #[test]
    fn petal_with_no_stakeholder_at_all_trips() {
        let mut plan = base();
        let legal: Vec<String> = plan
            .stakeholders
            .iter()
            .filter(|s| s.petal == Petal::Legal)
            .map(|s| s.id.clone())
            .collect();
        plan.stakeholders.retain(|s| s.petal != Petal::Legal);
        plan.communications.retain(|c| !legal.contains(&c.audience));
        let f = findings(&plan, "petal_without_communication");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].items, ["stakeholders"]);
    }

    #[test]
    fn communication_without_owner_or_cadence_trips_for_each() {
        let mut plan = base();
        plan.communications[0].owner = None;
        plan.communications[1].cadence = None;
        let f = findings(&plan, "communication_without_owner_or_cadence");
        assert_eq!(f.len(), 2);
        assert!(f[0].message.ends_with("has no owner"), "{}", f[0].message);
        assert!(f[1].message.ends_with("has no cadence"), "{}", f[1].message);
        assert_eq!(f[1].items, ["communications[1]"]);
        plan.communications[0].owner = plan.communications[1].owner.clone();
        plan.communications[1].cadence = Some(Cadence::Monthly);
        assert!(findings(&plan, "communication_without_owner_or_cadence").is_empty());
    }

    #[test]
    fn virtual_ospo_with_dedicated_staff_trips_but_not_for_its_head() {
        let mut plan = starter_plan("virtual").unwrap();
        assert!(findings(&plan, "virtual_with_dedicated_staff").is_empty());
        plan.positions[0].employment = Employment::Dedicated;
        assert_eq!(plan.positions[0].role, Role::HeadOfOspo);
        assert!(findings(&plan, "virtual_with_dedicated_staff").is_empty());
        plan.positions[2].employment = Employment::Dedicated;
        let f = findings(&plan, "virtual_with_dedicated_staff");
        assert_eq!(f[0].items, ["positions[2]"]);
        plan.structure.kind = StructureKind::CtoOffice;
        assert!(findings(&plan, "virtual_with_dedicated_staff").is_empty());
    }

    #[test]
    fn position_without_cost_or_start_trips() {
        let mut plan = base();
        plan.positions[1].annual_base_cost = 0;
        plan.positions[3].start_date = None;
        let f = findings(&plan, "position_without_cost_or_start");
        assert_eq!(f.len(), 2);
        assert!(f[0].message.ends_with("has no cost"));
        assert!(f[1].message.ends_with("has no start date"));
    }

    #[test]
    fn one_year_budget_trips() {
        let mut plan = base();
        plan.budget.horizon_years = 2;
        assert!(findings(&plan, "one_year_budget").is_empty());
        plan.budget.horizon_years = 1;
        assert_eq!(findings(&plan, "one_year_budget").len(), 1);
    }

    #[test]
    fn kpi_without_target_or_date_trips() {
        let mut plan = base();
        plan.kpis[0].target = " ".into();
        plan.kpis[1].due = None;
        let f = findings(&plan, "kpi_without_target_or_date");
        assert_eq!(f.len(), 2);
        assert_eq!(f[0].items, ["kpis[0]"]);
        assert!(f[1].message.ends_with("has no due date"));
    }

    #[test]
    fn milestone_in_past_trips_only_when_open_and_before_today() {
        let mut plan = base();
        plan.milestones[0].date = today().pred_opt().unwrap();
        assert_eq!(findings(&plan, "milestone_in_past").len(), 1);
        plan.milestones[0].done = true;
        assert!(findings(&plan, "milestone_in_past").is_empty());
        plan.milestones[0].done = false;
        plan.milestones[0].date = today();
        assert!(findings(&plan, "milestone_in_past").is_empty());
    }

    #[test]
    fn responsibility_without_owner_trips() {
        let mut plan = base();
        plan.responsibilities[2].owner = None;
        let f = findings(&plan, "responsibility_without_owner");
        assert_eq!(f[0].items, ["responsibilities[2]"]);
    }

    fn without_role(mut plan: Plan, role: Role) -> Plan {
        plan.positions
            .iter_mut()
            .filter(|p| p.role == role)
            .for_each(|p| p.role = Role::Other);
        plan
    }

    #[test]
    fn a_missing_architect_is_an_error_with_a_fix() {
        let plan = without_role(base(), Role::SoftwareArchitect);
        let f = findings(&plan, "no_architect");
        assert_eq!(f.len(), 1);
        assert_eq!(f[0].severity, Severity::Error);
        assert!(f[0]
            .fix
            .starts_with("Add a senior architect or principal engineer"));
        assert!(!review(&plan, today()).passed);
    }

    #[test]
    fn missing_head_and_evangelist_are_warnings_with_a_fix() {
        for (role, rule) in [
            (Role::HeadOfOspo, "no_head_of_ospo"),
            (Role::TechnicalEvangelist, "no_evangelist"),
        ] {
            let plan = without_role(base(), role);
            let f = findings(&plan, rule);
            assert_eq!(f.len(), 1, "{rule}");
            assert_eq!(f[0].severity, Severity::Warning, "{rule}");
            assert!(f[0].fix.starts_with("Add a"), "{rule}");
            assert!(review(&plan, today()).passed, "{rule}");
        }
    }

    #[test]
    fn counsel_access_is_a_position_or_a_legal_services_line() {
        let mut plan = without_role(base(), Role::LegalCounsel);
        assert!(plan
            .budget
            .lines
            .iter()
            .any(|l| l.category == BudgetCategory::LegalCompliance));
        assert!(findings(&plan, "no_counsel_access").is_empty());
        plan.budget
            .lines
            .retain(|l| l.category != BudgetCategory::LegalCompliance);
        let f = findings(&plan, "no_counsel_access");
        assert_eq!(f[0].severity, Severity::Warning);
        assert!(f[0].fix.contains("hours × rate"));
    }

    #[test]
    fn every_rule_has_the_severity_it_is_meant_to_have() {
        use Severity::*;
        let expected = [
            ("no_sponsor", Error),
            ("target_stage_below_current", Error),
            ("no_compliance_capacity", Error),
            ("too_many_value_propositions", Warning),
            ("petal_without_communication", Warning),
            ("communication_without_owner_or_cadence", Warning),
            ("virtual_with_dedicated_staff", Warning),
            ("position_without_cost_or_start", Warning),
            ("one_year_budget", Warning),
            ("kpi_without_target_or_date", Warning),
            ("milestone_in_past", Warning),
            ("responsibility_without_owner", Warning),
            ("no_head_of_ospo", Warning),
            ("no_architect", Error),
            ("no_evangelist", Warning),
            ("no_counsel_access", Warning),
        ];
        let actual: Vec<(&str, Severity)> = RULES.iter().map(|r| (r.id, r.severity)).collect();
        assert_eq!(actual, expected);
    }

    #[test]
    fn every_rule_cites_a_listed_section_or_is_guidance() {
        use crate::guide::source::tests::check_cited;
        for rule in RULES {
            check_cited(&rule.source).unwrap_or_else(|e| panic!("{}: {e}", rule.id));
        }
        let own: Vec<&str> = RULES
            .iter()
            .filter(|r| r.source == Source::Guidance)
            .map(|r| r.id)
            .collect();
        assert_eq!(
            own,
            [
                "target_stage_below_current",
                "too_many_value_propositions",
                "position_without_cost_or_start",
                "milestone_in_past",
                "responsibility_without_owner"
            ]
        );
    }

    #[test]
    fn errors_come_first() {
        let mut plan = base();
        plan.organization.value_propositions.push("Fourth".into());
        plan.organization.sponsor.name.clear();
        let r = review(&plan, today());
        assert_eq!(r.findings[0].rule, "no_sponsor");
        assert_eq!(r.findings[1].rule, "too_many_value_propositions");
    }
}
