//! The guide against real plans: starters stored in a real SQLite file, reviewed after reading back.

use chrono::NaiveDate;
use ospo_core::guide::{self, Severity};
use ospo_core::model::{Edit, Petal, StructureKind};
use ospo_core::Store;

fn before_the_plans() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).expect("date")
}

#[test]
fn every_starter_round_trips_through_sqlite_and_passes_the_review() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path().join("ospo.db")).expect("open");
    for starter in guide::starters() {
        let plan = guide::starter_plan_for(starter.id, "Acme").expect("starter builds");
        let id = store.create(&plan).expect("starter stores");
        let mut back = store.get(id).expect("read back");
        assert_eq!(back.starter.as_deref(), Some(starter.id));
        assert_eq!(
            back.samples, plan.samples,
            "{}: sample marks stored",
            starter.id
        );
        // As a user leaves it: the sponsor named, every sample kept as it is.
        back.organization.sponsor.name = "A. Sponsor".into();
        back.samples.clear();
        let review = guide::review(&back, before_the_plans());
        assert!(review.passed, "{}: {:#?}", starter.id, review.findings);
        assert_eq!(
            review.count(Severity::Error) + review.count(Severity::Warning),
            0,
            "{}: {:#?}",
            starter.id,
            review.findings
        );
    }
    assert_eq!(store.list().expect("list").len(), 5);
}

#[test]
fn a_sample_mark_goes_with_an_edit_or_a_keep_and_comes_back_with_undo() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut store = Store::open(dir.path().join("ospo.db")).expect("open");
    let plan = guide::starter_plan_for("cto_office", "Acme").expect("starter");
    let id = store.create(&plan).expect("stored");
    let marks = |store: &Store| store.get(id).expect("read").samples;
    let all = marks(&store);
    let risk_mark = format!("risks/{}", plan.risks[0].id);
    assert!(all.contains(&risk_mark));

    let mut risk = plan.risks[0].clone();
    risk.mitigation.push_str(" and review it monthly");
    store.apply(id, &Edit::PutRisk(risk)).expect("edit");
    let left = marks(&store);
    assert_eq!(left.len(), all.len() - 1);
    assert!(!left.contains(&risk_mark));

    store
        .apply(id, &Edit::KeepSample("milestones[0]".into()))
        .expect("keep");
    assert_eq!(marks(&store).len(), all.len() - 2);
    let err = store
        .apply(id, &Edit::KeepSample("milestones[0]".into()))
        .expect_err("already kept");
    assert_eq!(err.code(), "not_found");

    store.undo(id).expect("undo keep");
    store.undo(id).expect("undo edit");
    assert_eq!(marks(&store), all, "undo brings the marks back");
}

#[test]
fn starters_are_complete_proposals() {
    for starter in guide::starters() {
        let plan = guide::starter_plan(starter.id).expect("starter builds");
        let id = starter.id;
        assert!((3..=8).contains(&plan.positions.len()), "{id}: positions");
        assert!(
            plan.positions.iter().any(|p| p.is_open()),
            "{id}: an open position"
        );
        assert!(plan
            .positions
            .iter()
            .all(|p| p.annual_base_cost > 0 && p.start_date.is_some()));
        assert!(
            (2..=3).contains(&plan.organization.value_propositions.len()),
            "{id}"
        );
        assert_eq!(plan.budget.horizon_years, 3, "{id}");
        assert!(
            ["EUR", "USD"].contains(&plan.budget.currency.as_str()),
            "{id}"
        );
        let categories: std::collections::HashSet<_> =
            plan.budget.lines.iter().map(|l| l.category).collect();
        assert!(
            categories.len() >= 6,
            "{id}: budget lines across categories"
        );
        for petal in Petal::ALL {
            assert!(
                plan.stakeholders.iter().any(|s| s.petal == petal),
                "{id}: {petal:?}"
            );
        }
        assert!(plan
            .milestones
            .iter()
            .all(|m| m.date.format("%Y").to_string() == "2027"));
        assert!(plan
            .kpis
            .iter()
            .all(|k| !k.baseline.is_empty() && k.due.is_some()));
        assert!(plan.risks.iter().all(|r| !r.mitigation.is_empty()));
        assert!(
            !plan.assumptions.is_empty() && !plan.sources.is_empty(),
            "{id}"
        );
        assert!(plan
            .sources
            .iter()
            .any(|s| s.starts_with("A deep dive into OSPOs — ")));
        let totals = plan.totals();
        assert!(totals.grand_total > 0, "{id}: a budget with money in it");
    }
    let corporate = guide::starter_plan("corporate_with_divisions").expect("corporate");
    assert_eq!(
        corporate.structure.kind,
        StructureKind::CorporateWithDivisions
    );
    assert!(
        corporate
            .structure
            .units
            .iter()
            .filter(|u| u.parent.is_some())
            .count()
            >= 2
    );
}

#[test]
fn unknown_starter_is_not_found_and_names_the_choices() {
    let err = guide::starter_plan("skunkworks").expect_err("unknown");
    assert_eq!(err.code(), "not_found");
    assert!(err
        .to_string()
        .contains("within_rnd, corporate_with_divisions"));
}

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).expect("date")
}

#[test]
fn assessments_keep_history_survive_reopen_and_feed_the_stage() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ospo.db");
    let plan_id = {
        let mut store = Store::open(&path).expect("open");
        let plan = guide::starter_plan("virtual").expect("starter");
        let id = store.create(&plan).expect("create");
        let first = guide::Answers::from([("s1.policy".to_owned(), true)]);
        let second: guide::Answers = ["s1.licensing", "s1.inventory", "s1.education"]
            .into_iter()
            .map(|q| (q.to_owned(), true))
            .collect();
        store
            .save_assessment(id, day(2027, 1, 10), &first)
            .expect("first");
        store
            .save_assessment(id, day(2027, 6, 10), &second)
            .expect("second");
        id
    };
    let store = Store::open(&path).expect("reopen");
    let history = store.assessments(plan_id).expect("history");
    assert_eq!(history.len(), 2);
    assert_eq!(history[0].taken_on, day(2027, 6, 10));
    assert_eq!(history[1].taken_on, day(2027, 1, 10));
    let then = guide::assess(&history[1].answers, 2).expect("assess");
    let now = guide::assess(&history[0].answers, 2).expect("assess");
    assert_eq!((then.stage, now.stage), (0, 1));
    assert_eq!((history[1].stage, history[0].stage), (0, 1));
    assert_eq!(now.gaps_to_target[0].question, "s1.policy");
}

#[test]
fn refused_assessments_leave_the_database_unchanged() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ospo.db");
    let plan_id = {
        let mut store = Store::open(&path).expect("open");
        let plan = guide::starter_plan("no_official").expect("starter");
        store.create(&plan).expect("create")
    };
    let before = crate::fixtures::dump(&path);
    {
        let mut store = Store::open(&path).expect("open");
        let bogus = guide::Answers::from([("s7.flying".to_owned(), true)]);
        let err = store
            .save_assessment(plan_id, day(2027, 1, 1), &bogus)
            .expect_err("unknown question");
        assert_eq!(err.code(), "invalid");
        assert!(err.to_string().contains("s7.flying"));
        let err = store
            .save_assessment(plan_id + 99, day(2027, 1, 1), &guide::Answers::new())
            .expect_err("unknown plan");
        assert_eq!(err.code(), "not_found");
    }
    assert_eq!(crate::fixtures::dump(&path), before);
}

#[test]
fn deleting_a_plan_deletes_its_assessments() {
    let mut store = Store::open_in_memory().expect("open");
    let plan = guide::starter_plan("cto_office").expect("starter");
    let id = store.create(&plan).expect("create");
    store
        .save_assessment(id, day(2027, 2, 2), &guide::Answers::new())
        .expect("save");
    store.delete(id).expect("delete");
    assert!(store.assessments(id).expect("history").is_empty());
}
