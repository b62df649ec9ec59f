//! Structure advice: a few facts about the organization rank the five OSPO structures, with reasons.

use crate::guide::knowledge::structures::{structure, StructureInfo};
use crate::model::{Level, StructureKind};
use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// Who would pay for the OSPO.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum BudgetOwner {
    /// The head of research and development.
    Rnd,
    /// The CTO or the head of engineering.
    CtoOrEngineering,
    /// A corporate function above the divisions.
    Corporate,
    /// Nobody has a budget for it yet.
    Nobody,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct StructureQuestions {
    pub employees: u32,
    /// Product divisions with their own engineering.
    pub divisions: u32,
    /// How much the products rely on open source.
    pub reliance: Level,
    pub budget_owner: BudgetOwner,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct StructureFit {
    pub kind: StructureKind,
    /// Higher fits better; only the order matters.
    pub score: i32,
    pub reasons: Vec<String>,
    pub info: &'static StructureInfo,
}

/// Below this many employees an organization counts as small (start-up territory).
pub const SMALL: u32 = 250;
/// From this many employees on, an organization counts as large.
pub const LARGE: u32 = 5_000;

/// All five structures, best fit first (ties keep the order of `StructureKind::ALL`).
pub fn advise_structure(q: &StructureQuestions) -> Vec<StructureFit> {
    let mut fits: Vec<StructureFit> = StructureKind::ALL
        .iter()
        .map(|&kind| {
            let mut fit = StructureFit {
                kind,
                score: 0,
                reasons: Vec::new(),
                info: structure(kind),
            };
            score(q, &mut fit);
            fit
        })
        .collect();
    fits.sort_by_key(|f| std::cmp::Reverse(f.score));
    fits
}

fn add(fit: &mut StructureFit, points: i32, reason: &str) {
    fit.score += points;
    let sign = if points > 0 { "+" } else { "−" };
    fit.reasons.push(format!("{sign} {reason}"));
}

fn score(q: &StructureQuestions, fit: &mut StructureFit) {
    use StructureKind::*;
    let small = q.employees < SMALL;
    let large = q.employees >= LARGE;
    if matches!(fit.kind, WithinRnd | CtoOffice | CorporateWithDivisions)
        && q.budget_owner == BudgetOwner::Nobody
    {
        add(fit, -2, "needs a dedicated budget, and nobody owns one yet");
    }
    match fit.kind {
        NoOfficial => {
            if small {
                add(fit, 3, "typical for small organizations and start-ups");
            } else {
                add(fit, -2, "hard to scale beyond a small organization");
            }
            if q.reliance == Level::High {
                add(
                    fit,
                    -2,
                    "products rely heavily on open source; duties left to individuals may lapse",
                );
            }
            if q.budget_owner == BudgetOwner::Nobody {
                add(fit, 2, "needs no budget of its own");
            }
        }
        Virtual => {
            if !large {
                add(fit, 1, "a head of open source plus shared experts suits a small or medium organization");
            }
            if q.budget_owner == BudgetOwner::Nobody {
                add(
                    fit,
                    2,
                    "works without a dedicated budget; spending comes from engineering",
                );
            }
            if q.budget_owner == BudgetOwner::CtoOrEngineering {
                add(
                    fit,
                    1,
                    "its spending usually comes from engineering or the CTO office",
                );
            }
            if q.reliance == Level::High {
                add(
                    fit,
                    -1,
                    "shared time may not be enough when products rely heavily on open source",
                );
            }
        }
        CtoOffice => {
            if !small && !large {
                add(fit, 3, "common in medium-sized organizations");
            }
            if q.budget_owner == BudgetOwner::CtoOrEngineering {
                add(
                    fit,
                    3,
                    "the CTO or head of engineering would own and approve its budget",
                );
            }
            if q.reliance != Level::Low {
                add(
                    fit,
                    1,
                    "close to the engineers who use open source in products",
                );
            }
        }
        WithinRnd => {
            if q.budget_owner == BudgetOwner::Rnd {
                add(
                    fit,
                    3,
                    "R&D would fund it, keeping it independent of product divisions",
                );
            }
            if q.divisions >= 2 {
                add(fit, 1, "stays neutral between several product divisions");
            }
            if large {
                add(
                    fit,
                    1,
                    "a large organization can afford a dedicated open source group",
                );
            }
            if q.reliance == Level::High {
                add(
                    fit,
                    1,
                    "a dedicated group can drive upstream work on critical projects",
                );
            }
        }
        CorporateWithDivisions => {
            if q.divisions >= 3 {
                add(
                    fit,
                    3,
                    "several product divisions each need their own OSPO to carry out policy",
                );
            } else if q.divisions < 2 {
                add(fit, -3, "needs several product divisions to make sense");
            }
            if large {
                add(fit, 2, "works best in large organizations");
            } else {
                add(fit, -2, "too heavy for an organization of this size");
            }
            if q.budget_owner == BudgetOwner::Corporate {
                add(fit, 3, "a corporate budget can fund the central office");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn best(employees: u32, divisions: u32, reliance: Level, owner: BudgetOwner) -> StructureKind {
        advise_structure(&StructureQuestions {
            employees,
            divisions,
            reliance,
            budget_owner: owner,
        })[0]
            .kind
    }

    #[test]
    fn each_structure_wins_where_the_seeds_place_it() {
        use StructureKind::*;
        assert_eq!(best(60, 1, Level::Medium, BudgetOwner::Nobody), NoOfficial);
        assert_eq!(best(1_500, 1, Level::Low, BudgetOwner::Nobody), Virtual);
        assert_eq!(
            best(1_500, 1, Level::High, BudgetOwner::CtoOrEngineering),
            CtoOffice
        );
        assert_eq!(best(8_000, 2, Level::High, BudgetOwner::Rnd), WithinRnd);
        assert_eq!(
            best(40_000, 4, Level::High, BudgetOwner::Corporate),
            CorporateWithDivisions
        );
    }

    #[test]
    fn all_five_are_ranked_with_reasons() {
        let fits = advise_structure(&StructureQuestions {
            employees: 300,
            divisions: 1,
            reliance: Level::High,
            budget_owner: BudgetOwner::CtoOrEngineering,
        });
        assert_eq!(fits.len(), 5);
        assert!(fits.windows(2).all(|w| w[0].score >= w[1].score));
        assert!(fits.iter().all(|f| !f.reasons.is_empty()));
        let corp = fits
            .iter()
            .find(|f| f.kind == StructureKind::CorporateWithDivisions)
            .unwrap();
        assert!(corp
            .reasons
            .iter()
            .any(|r| r.contains("several product divisions")));
    }

    #[test]
    fn size_boundaries_are_exact() {
        let q = |employees| StructureQuestions {
            employees,
            divisions: 1,
            reliance: Level::Medium,
            budget_owner: BudgetOwner::Nobody,
        };
        let no_official = |e| {
            advise_structure(&q(e))
                .into_iter()
                .find(|f| f.kind == StructureKind::NoOfficial)
                .unwrap()
                .score
        };
        assert_eq!(no_official(SMALL - 1), 5);
        assert_eq!(no_official(SMALL), 0);
    }
}
