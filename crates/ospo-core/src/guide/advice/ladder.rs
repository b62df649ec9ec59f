//! The strategy ladder for a plan: the actions of every rung from the current to the target one,
//! each offered as a milestone and, where it fits, a responsibility.

use crate::guide::knowledge::strategy::{rung, Action};
use crate::model::{new_id, Milestone, Plan, ResponsibilityAssignment, StrategyRung};
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct LadderOffer {
    pub rung: StrategyRung,
    pub action: &'static Action,
    /// A milestone with the action's title is already in the plan.
    pub milestone_planned: bool,
    /// The action's responsibility (if any) is already in the plan.
    pub responsibility_planned: bool,
}

impl LadderOffer {
    pub fn to_milestone(&self, date: NaiveDate) -> Milestone {
        Milestone {
            id: new_id("m"),
            title: self.action.milestone.to_owned(),
            date,
            done: false,
        }
    }

    /// The responsibility to add, without an owner yet; none when the action has none.
    pub fn to_responsibility(&self) -> Option<ResponsibilityAssignment> {
        self.action
            .responsibility
            .map(|responsibility| ResponsibilityAssignment {
                responsibility,
                owner: None,
                notes: self.action.text.to_owned(),
            })
    }
}

/// Actions of the current rung up to the target rung (just the current one if the target is lower).
pub fn ladder(plan: &Plan) -> Vec<LadderOffer> {
    let (from, to) = (plan.maturity.current_rung, plan.maturity.target_rung);
    StrategyRung::ALL
        .iter()
        .filter(|&&r| r >= from && r <= to.max(from))
        .flat_map(|&r| {
            rung(r).actions.iter().map(move |action| LadderOffer {
                rung: r,
                action,
                milestone_planned: plan
                    .milestones
                    .iter()
                    .any(|m| m.title.eq_ignore_ascii_case(action.milestone)),
                responsibility_planned: action.responsibility.is_some_and(|wanted| {
                    plan.responsibilities
                        .iter()
                        .any(|r| r.responsibility == wanted)
                }),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::starter_plan;

    #[test]
    fn offers_span_current_to_target_rung() {
        let plan = starter_plan("cto_office").unwrap();
        let offers = ladder(&plan);
        let rungs: std::collections::BTreeSet<_> = offers.iter().map(|o| o.rung).collect();
        assert_eq!(
            rungs.into_iter().collect::<Vec<_>>(),
            [StrategyRung::Participant, StrategyRung::Contributor]
        );
    }

    #[test]
    fn a_lower_target_offers_the_current_rung_only() {
        let mut plan = starter_plan("cto_office").unwrap();
        plan.maturity.current_rung = StrategyRung::Leader;
        plan.maturity.target_rung = StrategyRung::Consumer;
        assert!(ladder(&plan).iter().all(|o| o.rung == StrategyRung::Leader));
    }

    #[test]
    fn taking_up_an_offer_marks_it_planned() {
        let mut plan = starter_plan("no_official").unwrap();
        let offer = ladder(&plan)
            .into_iter()
            .find(|o| o.action.id == "participant.sponsor")
            .unwrap();
        assert!(!offer.milestone_planned && !offer.responsibility_planned);
        let date = NaiveDate::from_ymd_opt(2027, 8, 1).unwrap();
        plan.milestones.push(offer.to_milestone(date));
        plan.responsibilities
            .push(offer.to_responsibility().unwrap());
        plan.validate().unwrap();
        let again = ladder(&plan)
            .into_iter()
            .find(|o| o.action.id == "participant.sponsor")
            .unwrap();
        assert!(again.milestone_planned && again.responsibility_planned);
    }
}
