//! The maturity self-assessment: yes/no answers to each stage's checklist give the current stage and
//! the gaps to the target stage, each gap offered as a milestone. A stage is reached only when what
//! defines it holds; its other questions may leave a gap.

use super::knowledge::stages::{self, STAGES};
use super::Source;
use crate::model::{new_id, Milestone, Problem, MAX_STAGE};
use crate::{Error, Result};
use chrono::NaiveDate;
use serde::Serialize;
use std::collections::BTreeMap;
use ts_rs::TS;

/// Answers by question id (`s1.inventory` → yes). A question left out counts as "no".
pub type Answers = BTreeMap<String, bool>;

/// A stage is met when every defining question is answered "yes" and at most this many of its
/// other questions are not.
pub const ALLOWED_NOS: usize = 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StageResult {
    pub stage: u8,
    pub name: &'static str,
    pub yes: usize,
    pub questions: usize,
    /// Defining questions not answered "yes": the stage is not met while any is.
    pub missing_defining: Vec<&'static str>,
    pub met: bool,
}

/// A checklist question not yet answered "yes" at or below the target stage.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Gap {
    pub stage: u8,
    pub question: &'static str,
    pub text: &'static str,
    /// Suggested milestone title that closes the gap.
    pub milestone: &'static str,
    pub source: Source,
}

impl Gap {
    /// The gap as a milestone to add to the plan, due on `date`.
    pub fn to_milestone(&self, date: NaiveDate) -> Milestone {
        Milestone {
            id: new_id("m"),
            title: self.milestone.to_owned(),
            date,
            done: false,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Assessment {
    /// The highest stage whose checklist, and every checklist below it, is met.
    pub stage: u8,
    pub target: u8,
    /// Stages 1–4 with how many of their questions were answered "yes".
    pub stages: Vec<StageResult>,
    /// Every question of stages 1 to `target` not answered "yes", lowest stage first.
    pub gaps_to_target: Vec<Gap>,
}

/// Refuses answers to questions that do not exist, naming the first few.
pub fn check_answers(answers: &Answers) -> Result<()> {
    let problems: Vec<Problem> = answers
        .keys()
        .filter(|id| !stages::questions().any(|(_, q)| q.id == id.as_str()))
        .map(|id| Problem {
            path: format!("answers.{id}"),
            message: "is not a question of the self-assessment".into(),
        })
        .collect();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(Error::Invalid(problems))
    }
}

/// The stage each stage's checklist shows, per [`ALLOWED_NOS`] and the defining questions.
fn stage_results(answers: &Answers) -> Vec<StageResult> {
    let yes = |id: &str| answers.get(id).copied().unwrap_or(false);
    STAGES[1..]
        .iter()
        .map(|s| {
            let n_yes = s.checklist.iter().filter(|q| yes(q.id)).count();
            let missing_defining: Vec<&'static str> = s
                .checklist
                .iter()
                .filter(|q| q.defining && !yes(q.id))
                .map(|q| q.id)
                .collect();
            let other_nos = s
                .checklist
                .iter()
                .filter(|q| !q.defining && !yes(q.id))
                .count();
            StageResult {
                stage: s.stage,
                name: s.name,
                yes: n_yes,
                questions: s.checklist.len(),
                met: missing_defining.is_empty() && other_nos <= ALLOWED_NOS,
                missing_defining,
            }
        })
        .collect()
}

/// The highest stage reached without skipping one (stage 2 met but stage 1 not gives stage 0).
pub fn stage_of(answers: &Answers) -> u8 {
    stage_results(answers)
        .iter()
        .take_while(|r| r.met)
        .last()
        .map_or(0, |r| r.stage)
}

/// Answers that put a plan at `stage`: "yes" to every question up to it, as a starting point for
/// someone who has not taken the assessment yet.
pub fn answers_for_stage(stage: u8) -> Answers {
    stages::questions()
        .map(|(s, q)| (q.id.to_owned(), s <= stage))
        .collect()
}

/// Computes the stage the answers show and what stands between it and `target` (0–4).
///
/// Rule: a stage is met when all its defining questions and all but [`ALLOWED_NOS`] of the others
/// are answered "yes"; the current stage is the highest stage reached without skipping one.
pub fn assess(answers: &Answers, target: u8) -> Result<Assessment> {
    check_answers(answers)?;
    if target > MAX_STAGE {
        return Err(Error::Invalid(vec![Problem {
            path: "target".into(),
            message: format!("must be a stage from 0 to {MAX_STAGE} (got {target})"),
        }]));
    }
    let yes = |id: &str| answers.get(id).copied().unwrap_or(false);
    let results = stage_results(answers);
    let stage = stage_of(answers);
    let gaps_to_target = STAGES[1..=usize::from(target)]
        .iter()
        .flat_map(|s| {
            s.checklist.iter().filter(|q| !yes(q.id)).map(move |q| Gap {
                stage: s.stage,
                question: q.id,
                text: q.text,
                milestone: q.milestone,
                source: q.source,
            })
        })
        .collect();
    Ok(Assessment {
        stage,
        target,
        stages: results,
        gaps_to_target,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn through(n: u8) -> Answers {
        answers_for_stage(n)
    }

    fn ids_of(stage: u8) -> Vec<&'static str> {
        STAGES[usize::from(stage)]
            .checklist
            .iter()
            .map(|q| q.id)
            .collect()
    }

    #[test]
    fn no_answers_is_stage_zero_with_every_question_a_gap() {
        let a = assess(&Answers::new(), 4).unwrap();
        assert_eq!(a.stage, 0);
        assert_eq!(a.gaps_to_target.len(), stages::questions().count());
        assert_eq!(a.gaps_to_target[0].stage, 1);
    }

    #[test]
    fn all_yes_is_stage_four_without_gaps() {
        let a = assess(&through(4), 4).unwrap();
        assert_eq!(a.stage, 4);
        assert!(a.gaps_to_target.is_empty());
    }

    fn defining(stage: u8, defining: bool) -> Vec<&'static str> {
        STAGES[usize::from(stage)]
            .checklist
            .iter()
            .filter(|q| q.defining == defining)
            .map(|q| q.id)
            .collect()
    }

    #[test]
    fn each_stage_is_defined_by_what_the_deep_dive_says_of_it() {
        assert_eq!(
            defining(1, true),
            ["s1.licensing", "s1.inventory", "s1.education"]
        );
        assert_eq!(defining(2, true), ["s2.ambassadors", "s2.maintainers"]);
        assert_eq!(defining(3, true), ["s3.hosting", "s3.dedicated"]);
        assert_eq!(defining(4, true), ["s4.advise"]);
        for stage in 1..=4 {
            assert!(
                !defining(stage, false).is_empty(),
                "stage {stage} allows no gap"
            );
        }
    }

    #[test]
    fn a_no_to_a_defining_question_keeps_the_stage_unreached() {
        for stage in 1..=4u8 {
            for id in defining(stage, true) {
                let mut answers = through(4);
                answers.insert(id.into(), false);
                let a = assess(&answers, 4).unwrap();
                assert_eq!(a.stage, stage - 1, "{id} answered no");
                assert_eq!(a.stages[usize::from(stage) - 1].missing_defining, [id]);
            }
        }
    }

    #[test]
    fn stage_three_needs_a_hosted_or_sponsored_project() {
        let mut answers = through(4);
        answers.insert("s3.hosting".into(), false);
        assert_eq!(assess(&answers, 4).unwrap().stage, 2);
        answers.insert("s3.hosting".into(), true);
        answers.insert("s3.playbooks".into(), false);
        assert_eq!(assess(&answers, 4).unwrap().stage, 4);
    }

    #[test]
    fn one_other_no_per_stage_still_meets_it_two_do_not() {
        for stage in 1..=4u8 {
            let others = defining(stage, false);
            let mut answers = through(stage);
            answers.insert(others[0].into(), false);
            let a = assess(&answers, 4).unwrap();
            assert_eq!(a.stage, stage, "one other no at stage {stage}");
            assert!(a.gaps_to_target.iter().any(|g| g.question == others[0]));
            let Some(second) = others.get(1) else {
                continue;
            };
            answers.insert((*second).into(), false);
            assert_eq!(
                assess(&answers, 4).unwrap().stage,
                stage - 1,
                "two other nos at stage {stage}"
            );
        }
    }

    #[test]
    fn answers_for_a_stage_give_that_stage() {
        for stage in 0..=4u8 {
            let answers = answers_for_stage(stage);
            assert_eq!(stage_of(&answers), stage);
            assert_eq!(assess(&answers, stage).unwrap().stage, stage);
        }
    }

    #[test]
    fn a_skipped_stage_caps_the_result() {
        let mut answers = through(4);
        for id in ids_of(2) {
            answers.insert(id.into(), false);
        }
        let a = assess(&answers, 4).unwrap();
        assert_eq!(a.stage, 1);
        assert!(a.stages[2].met && !a.stages[1].met);
    }

    #[test]
    fn gaps_stop_at_the_target_stage() {
        let a = assess(&through(1), 2).unwrap();
        assert_eq!(a.stage, 1);
        assert!(a.gaps_to_target.iter().all(|g| g.stage == 2));
        assert_eq!(a.gaps_to_target.len(), ids_of(2).len());
        assert!(assess(&through(1), 0).unwrap().gaps_to_target.is_empty());
    }

    #[test]
    fn unknown_question_and_bad_target_are_refused() {
        let mut answers = through(1);
        answers.insert("s9.bogus".into(), true);
        let err = assess(&answers, 2).unwrap_err();
        assert_eq!(
            err.to_string(),
            "answers.s9.bogus: is not a question of the self-assessment"
        );
        let err = assess(&through(1), 5).unwrap_err();
        assert_eq!(
            err.to_string(),
            "target: must be a stage from 0 to 4 (got 5)"
        );
    }

    #[test]
    fn a_gap_becomes_a_milestone() {
        let a = assess(&Answers::new(), 1).unwrap();
        let date = NaiveDate::from_ymd_opt(2027, 6, 30).unwrap();
        let m = a.gaps_to_target[0].to_milestone(date);
        assert_eq!(m.title, a.gaps_to_target[0].milestone);
        assert_eq!(m.date, date);
        assert!(!m.done && m.id.starts_with("m-"));
    }
}
