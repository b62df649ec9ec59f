//! The OSPO knowledge base: every fact family of the seeds as typed, attributed data the app can show.

pub mod budget;
pub mod challenges;
pub mod maturity_models;
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
pub use maturity_models::{MaturityModel, ModelLevel, MATURITY_MODELS};
pub use metrics::{MetricInfo, METRICS};
pub use petals::{petal, PetalInfo, PETALS};
pub use responsibilities::{responsibility, ResponsibilityInfo, RESPONSIBILITIES};
pub use roles::{role, CareerStep, Need, RoleInfo, CORE_COMPLIANCE_TEAM, ROLES};
pub use sponsor::{Continuity, SponsorGuidance, SPONSOR};
pub use stages::{stage, Note, Question, Stage, STAGES};
pub use strategy::{rung, Action, Rung, RUNGS};
pub use structures::{structure, StructureInfo, STRUCTURES};
pub use trailmap::{TrailStep, TRAILMAP};

use crate::guide::source::Source;
use serde::Serialize;
use ts_rs::TS;

/// Everything the guide knows, in one value for the UI's Guide screen.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, TS)]
pub struct Knowledge {
    pub stages: &'static [Stage],
    pub stage_notes: &'static [Note],
    /// Two further maturity models, level by level beside the stages.
    pub maturity_models: &'static [MaturityModel],
    pub maturity_models_note: Note,
    pub structures: &'static [StructureInfo],
    pub roles: &'static [RoleInfo],
    pub core_compliance_team: &'static [&'static str],
    pub responsibilities: &'static [ResponsibilityInfo],
    pub rungs: &'static [Rung],
    pub ladder_note: &'static str,
    pub objectives: &'static [&'static str],
    /// Where the ladder note and the objectives come from.
    pub strategy_source: Source,
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
        stage_notes: &stages::MODEL_NOTES,
        maturity_models: &MATURITY_MODELS,
        maturity_models_note: Note {
            text: maturity_models::MODELS_NOTE,
            source: maturity_models::MODELS_SOURCE,
        },
        structures: &STRUCTURES,
        roles: &ROLES,
        core_compliance_team: &CORE_COMPLIANCE_TEAM,
        responsibilities: &RESPONSIBILITIES,
        rungs: &RUNGS,
        ladder_note: strategy::LADDER_NOTE,
        objectives: &strategy::OBJECTIVES,
        strategy_source: strategy::STRATEGY_SOURCE,
        petals: &PETALS,
        metrics: &METRICS,
        budget_categories: &CATEGORIES,
        challenges: &CHALLENGES,
        sponsor: SPONSOR,
        trailmap: &TRAILMAP,
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::guide::source::seeds;
    use crate::guide::source::tests::check_section;
    use crate::model::{BudgetCategory, Petal, Responsibility, Role, StrategyRung, StructureKind};
    use std::collections::HashSet;

    /// The window names an item from the guidance as the documents do: one text per item.
    #[test]
    fn guidance_names_each_item_as_the_plan_labels_it() {
        let k = knowledge();
        for s in k.structures {
            assert_eq!(s.name, s.kind.label());
        }
        for r in k.roles {
            assert_eq!(r.name, r.role.label());
        }
        for r in k.responsibilities {
            assert_eq!(r.name, r.responsibility.label());
        }
        for p in k.petals {
            assert_eq!(p.name, p.petal.label());
        }
        for r in k.rungs {
            assert_eq!(r.name, r.rung.label());
        }
        for s in k.stages {
            assert_eq!(s.name, crate::model::stage_name(s.stage));
        }
    }

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
    fn every_cited_section_is_in_the_source_list() {
        let json = serde_json::to_value(knowledge()).unwrap();
        let mut cited = HashSet::new();
        collect_seeds(&json, &mut cited);
        let files: HashSet<&str> = cited.iter().map(|(seed, _)| seed.as_str()).collect();
        assert_eq!(files.len(), seeds::ALL.len(), "{files:?}");
        for (seed, section) in &cited {
            check_section(seed, section).unwrap();
        }
    }

    #[test]
    fn the_app_own_reading_is_marked_as_guidance() {
        use crate::model::{Petal, StructureKind};
        assert!(STRUCTURES
            .iter()
            .all(|s| s.pros_cons_source == Source::Guidance));
        assert!(METRICS.iter().all(|m| m.example_source == Source::Guidance));
        assert_eq!(petal(Petal::InternalEcosystem).source, Source::Guidance);
        assert_eq!(
            structure(StructureKind::CorporateWithDivisions).budget,
            "Not described in the source"
        );
    }

    /// Every (seed file, section) cited anywhere in `v`.
    pub fn collect_seeds(v: &serde_json::Value, out: &mut HashSet<(String, String)>) {
        match v {
            serde_json::Value::Object(m) => {
                if m.get("kind").and_then(|k| k.as_str()) == Some("seed") {
                    let text = |k: &str| m.get(k).and_then(|x| x.as_str()).unwrap_or_default();
                    assert!(!text("section").is_empty(), "{m:?}");
                    out.insert((text("seed").to_owned(), text("section").to_owned()));
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
