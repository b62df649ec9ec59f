//! Staffing advice: the roles a plan's stage and structure call for, where it falls short, and each role's career steps.

use super::structure::LARGE;
use crate::guide::knowledge::roles::{role, CareerStep, Need, CORE_COMPLIANCE_TEAM};
use crate::guide::Source;
use crate::model::{BudgetCategory, Employment, Plan, Role, StructureKind};
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct RoleAdvice {
    pub role: Role,
    pub name: &'static str,
    /// Whether this plan calls for the role: the deep dive's required roles always, others by the
    /// plan's stage and structure.
    pub needed: bool,
    /// Required by the deep dive whatever the structure.
    pub required: bool,
    pub why: String,
    /// Whether the plan covers the role (for legal counsel, a compliance-services budget also counts).
    pub met: bool,
    /// Ids of the positions that hold the role.
    pub positions: Vec<String>,
    pub career: &'static [CareerStep],
    /// Where `why` comes from: the deep dive for a required role, the app's guidance otherwise.
    pub source: Source,
}

/// One member of the smallest compliance team and whether the plan has them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CompliancePart {
    pub member: &'static str,
    pub met: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StaffingAdvice {
    /// The stage the advice is for: the higher of current and target.
    pub stage: u8,
    pub roles: Vec<RoleAdvice>,
    /// One line per needed role the plan lacks, required roles first.
    pub shortfalls: Vec<String>,
    pub core_compliance_team: Vec<CompliancePart>,
    pub notes: Vec<String>,
}

pub fn advise_staffing(plan: &Plan) -> StaffingAdvice {
    let stage = plan.maturity.current_stage.max(plan.maturity.target_stage);
    let kind = plan.structure.kind;
    let holds = |r: Role| plan.positions.iter().any(|p| p.role == r && p.fte > 0.0);
    let bought_legal =
        plan.budget.lines.iter().any(|l| {
            l.category == BudgetCategory::LegalCompliance && l.amounts.iter().any(|a| *a > 0)
        });
    let roles: Vec<RoleAdvice> = Role::ALL
        .iter()
        .map(|&r| {
            let info = role(r);
            let required = info.need != Need::Optional;
            let (needed, why) = need(r, stage, kind);
            let met = holds(r) || (r == Role::LegalCounsel && bought_legal);
            RoleAdvice {
                role: r,
                name: info.name,
                needed: needed || required,
                required,
                why,
                met,
                positions: plan
                    .positions
                    .iter()
                    .filter(|p| p.role == r)
                    .map(|p| p.id.clone())
                    .collect(),
                career: info.career,
                source: if required {
                    info.source
                } else {
                    Source::Guidance
                },
            }
        })
        .collect();
    let mut missing: Vec<&RoleAdvice> = roles.iter().filter(|r| r.needed && !r.met).collect();
    missing.sort_by_key(|r| !r.required);
    let shortfalls = missing
        .iter()
        .map(|r| format!("No {}: {}", r.name.to_lowercase(), r.why))
        .collect();
    let engineering = holds(Role::SoftwareArchitect) || holds(Role::Other);
    let met = [
        holds(Role::LegalCounsel) || bought_legal,
        engineering,
        holds(Role::ComplianceEngineer),
    ];
    let core_compliance_team = CORE_COMPLIANCE_TEAM
        .iter()
        .zip(met)
        .map(|(member, met)| CompliancePart { member, met })
        .collect();
    StaffingAdvice {
        stage,
        roles,
        shortfalls,
        core_compliance_team,
        notes: notes(plan),
    }
}

/// Whether the plan's stage and structure call for an optional role, and why; for the required roles,
/// why the deep dive requires them.
fn need(r: Role, stage: u8, kind: StructureKind) -> (bool, String) {
    let (needed, why) = match r {
        Role::HeadOfOspo => (
            true,
            match kind {
                StructureKind::Virtual => "a virtual OSPO is led by a head of open source, usually in engineering",
                StructureKind::NoOfficial => "required in every OSPO; without an office, one person still owns the strategy",
                _ => "required in every OSPO: leads the strategy and the metrics that show it works",
            },
        ),
        Role::SoftwareArchitect => (
            true,
            "mandatory: a senior architect or principal engineer makes the technical calls on open source",
        ),
        Role::ComplianceEngineer => (
            true,
            "required in every OSPO: carries out the compliance process and meets license obligations",
        ),
        Role::LegalCounsel => (
            true,
            "required, as access to counsel versed in open source licensing (a position or a legal services budget)",
        ),
        Role::TechnicalEvangelist => (
            true,
            "required in every OSPO: shows the OSPO's open source work to customers, partners and the community",
        ),
        Role::CommunityManager => (
            stage >= 3,
            "from stage 3 the organization hosts projects and takes care of their communities",
        ),
        Role::ProgramManager => (
            kind == StructureKind::CorporateWithDivisions,
            "a corporate OSPO coordinates the division OSPOs and group-wide programs",
        ),
        Role::Other => (false, "upstream engineers and division leads as the plan needs"),
    };
    (needed, why.to_owned())
}

fn notes(plan: &Plan) -> Vec<String> {
    let mut notes = Vec::new();
    let dedicated_counsel = plan
        .positions
        .iter()
        .any(|p| p.role == Role::LegalCounsel && p.employment == Employment::Dedicated);
    if dedicated_counsel && plan.organization.employees < LARGE {
        notes.push(
            "Few OSPOs have counsel on staff; for a small or medium organization, access to counsel \
             versed in open source licensing is usually enough"
                .to_owned(),
        );
    }
    let compliance_engineers = plan
        .positions
        .iter()
        .filter(|p| p.role == Role::ComplianceEngineer)
        .count();
    if plan.structure.kind == StructureKind::CorporateWithDivisions && compliance_engineers < 2 {
        notes.push(
            "An OSPO that owns compliance across divisions may need several compliance engineers, \
             or compliance staff in each division"
                .to_owned(),
        );
    }
    notes.push(
        "Roles need not be separate positions: one strong person can hold several".to_owned(),
    );
    notes
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::starter_plan;

    fn advice_for(role: Role, a: &StaffingAdvice) -> &RoleAdvice {
        a.roles.iter().find(|r| r.role == role).unwrap()
    }

    #[test]
    fn starters_have_no_staffing_shortfall() {
        for s in crate::guide::starters() {
            let plan = starter_plan(s.id).unwrap();
            let a = advise_staffing(&plan);
            assert!(a.shortfalls.is_empty(), "{}: {:?}", s.id, a.shortfalls);
            assert!(a.core_compliance_team.iter().all(|p| p.met), "{}", s.id);
        }
    }

    #[test]
    fn the_deep_dive_required_roles_are_needed_whatever_the_stage_and_structure() {
        let mut plan = starter_plan("no_official").unwrap();
        plan.maturity.current_stage = 0;
        plan.maturity.target_stage = 0;
        for kind in StructureKind::ALL {
            plan.structure.kind = kind;
            let a = advise_staffing(&plan);
            for r in [
                Role::HeadOfOspo,
                Role::SoftwareArchitect,
                Role::TechnicalEvangelist,
                Role::ComplianceEngineer,
                Role::LegalCounsel,
            ] {
                let advice = advice_for(r, &a);
                assert!(advice.needed && advice.required, "{r:?} in {kind:?}");
                assert_ne!(advice.source, Source::Guidance, "{r:?}");
            }
            assert!(!advice_for(Role::CommunityManager, &a).required);
        }
    }

    #[test]
    fn a_missing_compliance_engineer_is_a_shortfall_listed_first() {
        let mut plan = starter_plan("cto_office").unwrap();
        plan.positions
            .iter_mut()
            .filter(|p| p.role == Role::ComplianceEngineer)
            .for_each(|p| p.role = Role::Other);
        plan.maturity.target_stage = 3;
        plan.positions.retain(|p| p.role != Role::CommunityManager);
        let a = advise_staffing(&plan);
        assert_eq!(a.shortfalls.len(), 2, "{:?}", a.shortfalls);
        assert!(a.shortfalls[0].starts_with("No compliance engineer"));
        assert!(a.shortfalls[1].starts_with("No community manager"));
        assert!(!a.core_compliance_team[2].met);
        assert_eq!(
            advice_for(Role::CommunityManager, &a).source,
            Source::Guidance
        );
    }

    #[test]
    fn counsel_is_met_by_a_compliance_services_budget() {
        let mut plan = starter_plan("cto_office").unwrap();
        plan.positions.retain(|p| p.role != Role::LegalCounsel);
        let a = advise_staffing(&plan);
        assert!(advice_for(Role::LegalCounsel, &a).met);
        plan.budget
            .lines
            .retain(|l| l.category != BudgetCategory::LegalCompliance);
        let a = advise_staffing(&plan);
        assert!(!advice_for(Role::LegalCounsel, &a).met);
        assert!(!a.core_compliance_team[0].met);
    }

    #[test]
    fn a_missing_evangelist_is_a_shortfall_at_any_stage() {
        let mut plan = starter_plan("no_official").unwrap();
        plan.positions
            .iter_mut()
            .filter(|p| p.role == Role::TechnicalEvangelist)
            .for_each(|p| p.role = Role::Other);
        let a = advise_staffing(&plan);
        assert!(!advice_for(Role::TechnicalEvangelist, &a).met);
        assert!(a.shortfalls[0].starts_with("No technical evangelist"));
    }

    #[test]
    fn dedicated_counsel_in_a_medium_organization_gets_a_note() {
        let mut plan = starter_plan("virtual").unwrap();
        let counsel = plan
            .positions
            .iter_mut()
            .find(|p| p.role == Role::LegalCounsel)
            .unwrap();
        counsel.employment = Employment::Dedicated;
        let a = advise_staffing(&plan);
        assert!(a
            .notes
            .iter()
            .any(|n| n.starts_with("Few OSPOs have counsel")));
    }

    #[test]
    fn every_role_carries_career_steps() {
        let a = advise_staffing(&starter_plan("within_rnd").unwrap());
        assert!(a.roles.iter().all(|r| !r.career.is_empty()));
        assert_eq!(advice_for(Role::HeadOfOspo, &a).positions, ["head"]);
    }
}
