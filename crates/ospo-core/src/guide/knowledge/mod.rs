//! The OSPO knowledge base: every fact family of the seeds as typed, attributed data the app can show.

pub mod budget;
pub mod challenges;
pub mod metrics;
pub mod petals;
pub mod responsibilities;
pub mod roles;
pub mod sponsor;
pub mod stages;
pub mod strategy;
pub mod structures;
pub mod trailmap;

pub use budget::{CategoryInfo, CATEGORIES};
pub use challenges::{ChallengeArea, CHALLENGES};
pub use metrics::{MetricInfo, METRICS};
pub use petals::{petal, PetalInfo, PETALS};
pub use responsibilities::{responsibility, ResponsibilityInfo, RESPONSIBILITIES};
pub use roles::{role, CareerStep, Need, RoleInfo, CORE_COMPLIANCE_TEAM, ROLES};
pub use sponsor::{Continuity, SponsorGuidance, SPONSOR};
pub use stages::{stage, Question, Stage, STAGES};
pub use strategy::{rung, Action, Rung, RUNGS};
pub use structures::{structure, StructureInfo, STRUCTURES};
pub use trailmap::{TrailStep, TRAILMAP};

use serde::Serialize;
use ts_rs::TS;

/// Everything the guide knows, in one value for the UI's Guide screen.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct Knowledge {
    pub stages: &'static [Stage],
    pub stage_note: &'static str,
    pub structures: &'static [StructureInfo],
    pub roles: &'static [RoleInfo],
    pub core_compliance_team: &'static [&'static str],
    pub responsibilities: &'static [ResponsibilityInfo],
    pub rungs: &'static [Rung],
    pub ladder_note: &'static str,
    pub objectives: &'static [&'static str],
    pub petals: &'static [PetalInfo],
    pub metrics: &'static [MetricInfo],
    pub budget_categories: &'static [CategoryInfo],
    pub challenges: &'static [ChallengeArea],
    pub sponsor: SponsorGuidance,
    pub trailmap: &'static [TrailStep],
}

pub fn knowledge() -> Knowledge {
    Knowledge {
        stages: &STAGES,
        stage_note: stages::MODEL_NOTE,
        structures: &STRUCTURES,
        roles: &ROLES,
        core_compliance_team: &CORE_COMPLIANCE_TEAM,
        responsibilities: &RESPONSIBILITIES,
        rungs: &RUNGS,
        ladder_note: strategy::LADDER_NOTE,
        objectives: &strategy::OBJECTIVES,
        petals: &PETALS,
        metrics: &METRICS,
        budget_categories: &CATEGORIES,
        challenges: &CHALLENGES,
        sponsor: SPONSOR,
        trailmap: &TRAILMAP,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::source::seeds;
    use crate::model::{BudgetCategory, Petal, Responsibility, Role, StrategyRung, StructureKind};
    use std::collections::HashSet;

    #[test]
    fn lookups_return_the_entry_for_their_key() {
        for r in Role::ALL {
            assert_eq!(role(r).role, r);
        }
        for r in Responsibility::ALL {
            assert_eq!(responsibility(r).responsibility, r);
        }
        for p in Petal::ALL {
            assert_eq!(petal(p).petal, p);
        }
        for k in StructureKind::ALL {
            assert_eq!(structure(k).kind, k);
        }
        for r in StrategyRung::ALL {
            assert_eq!(rung(r).rung, r);
        }
        let cats: Vec<BudgetCategory> = CATEGORIES.iter().map(|c| c.category).collect();
        assert_eq!(cats, BudgetCategory::ALL.to_vec());
        for (i, s) in STAGES.iter().enumerate() {
            assert_eq!(usize::from(s.stage), i);
        }
    }

    #[test]
    fn stage_questions_have_unique_ids_named_for_their_stage() {
        let mut ids = HashSet::new();
        for (stage, q) in stages::questions() {
            assert!(q.id.starts_with(&format!("s{stage}.")), "{}", q.id);
            assert!(ids.insert(q.id), "duplicate {}", q.id);
        }
        assert!(STAGES[0].checklist.is_empty());
        assert!(STAGES[1..].iter().all(|s| s.checklist.len() >= 3));
    }

    #[test]
    fn every_item_cites_a_known_seed_and_a_section() {
        let json = serde_json::to_value(knowledge()).unwrap();
        let mut cited = HashSet::new();
        collect_seeds(&json, &mut cited);
        let known = [
            seeds::TRAILMAP.file,
            seeds::FIVE_STAGE_TALK.file,
            seeds::CREATING.file,
            seeds::OSPO_101.file,
            seeds::DEEP_DIVE.file,
        ];
        assert_eq!(cited.len(), known.len(), "{cited:?}");
        for seed in cited {
            assert!(known.contains(&seed.as_str()), "{seed} is not a seed file");
        }
    }

    fn collect_seeds(v: &serde_json::Value, out: &mut HashSet<String>) {
        match v {
            serde_json::Value::Object(m) => {
                if let (Some(seed), Some(section)) = (m.get("seed"), m.get("section")) {
                    assert!(!section.as_str().unwrap_or_default().is_empty());
                    out.insert(seed.as_str().unwrap_or_default().to_owned());
                }
                m.values().for_each(|x| collect_seeds(x, out));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| collect_seeds(x, out)),
            _ => {}
        }
    }

    #[test]
    fn career_steps_point_into_the_trailmap() {
        for r in ROLES {
            assert!(!r.career.is_empty(), "{:?}", r.role);
            for c in r.career {
                assert!((1..=7).contains(&c.trail_step));
            }
        }
    }
}
