//! Text that stays text, dates that stay dates, reporting lines of bounded depth: refused with the
//! field named, whether typed as an edit or read from a stranger's file, and checked in linear time.

use crate::fixtures::{date, dump, position, rich_plan};
use ospo_core::model::*;
use ospo_core::{files, Store};

fn problems_of(plan: &Plan) -> Vec<String> {
    plan.problems().iter().map(ToString::to_string).collect()
}

#[test]
fn single_line_fields_refuse_control_and_bidi_override_characters_by_path() {
    let mut plan = rich_plan("Acme");
    plan.name = "Acme\r\nEND:VEVENT".into();
    plan.positions[0].title = "Head \u{1b}[2J of OSPO".into();
    plan.stakeholders[0].name = "Legal\u{202E}txt.exe".into();
    plan.kpis[0].metric = "PRs\0".into();
    assert_eq!(
        problems_of(&plan),
        [
            "name: must be a single line (found a line break, U+000D, at character 5)",
            "positions[0].title: must not contain control characters (found U+001B at character 6)",
            "stakeholders[0].name: must not contain bidirectional override characters (found U+202E at character 6); right-to-left text needs none",
            "kpis[0].metric: must not contain control characters (found U+0000 at character 4)",
        ]
    );
}

#[test]
fn multi_line_fields_allow_line_breaks_and_tabs_only() {
    let mut plan = rich_plan("Acme");
    plan.risks[0].mitigation = "First:\r\n\t1. fund it\n\t2. staff it".into();
    plan.communications[0].message = "Office hours\nبرنامج المصادر المفتوحة".into();
    assert_eq!(problems_of(&plan), Vec::<String>::new());
    plan.risks[0].mitigation = "bell\u{7}".into();
    assert_eq!(
        problems_of(&plan),
        ["risks[0].mitigation: must not contain control characters (found U+0007 at character 5)"]
    );
}

#[test]
fn an_edit_with_a_control_character_is_refused_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let mut store = Store::open(&db).unwrap();
    let id = store.create(&rich_plan("Acme")).unwrap();
    let before = dump(&db);
    let err = store
        .apply(id, &Edit::Rename("Acme\u{1b}]0;pwned\u{7}".into()))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "name: must not contain control characters (found U+001B at character 5)"
    );
    let err = store.rename(id, "two\nlines").unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(dump(&db), before);
}

#[test]
fn dates_outside_1900_to_2200_are_refused_everywhere() {
    let mut plan = rich_plan("Acme");
    let absurd = chrono::NaiveDate::from_ymd_opt(262_000, 1, 1).unwrap();
    plan.positions[0].start_date = Some(absurd);
    plan.positions[0].end_date = Some(absurd);
    plan.communications[0].first_date = date(1899, 12, 31);
    plan.milestones[0].date = chrono::NaiveDate::from_ymd_opt(-4, 1, 1).unwrap();
    plan.kpis[0].due = Some(date(2201, 1, 1));
    assert_eq!(
        problems_of(&plan),
        [
            "positions[0].start_date: must be a date between 1900 and 2200 (got +262000-01-01)",
            "positions[0].end_date: must be a date between 1900 and 2200 (got +262000-01-01)",
            "communications[0].first_date: must be a date between 1900 and 2200 (got 1899-12-31)",
            "milestones[0].date: must be a date between 1900 and 2200 (got -0004-01-01)",
            "kpis[0].due: must be a date between 1900 and 2200 (got 2201-01-01)",
        ]
    );

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("p.db")).unwrap();
    let id = store.create(&rich_plan("Acme")).unwrap();
    let mut milestone = rich_plan("x").milestones[0].clone();
    milestone.date = date(2999, 1, 1);
    let err = store.apply(id, &Edit::PutMilestone(milestone)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "milestones[0].date: must be a date between 1900 and 2200 (got 2999-01-01)"
    );
}

#[test]
fn a_plan_file_with_a_year_262000_is_refused_with_its_path() {
    let mut value: serde_json::Value =
        serde_json::from_str(&files::to_json_string(&rich_plan("Far future"))).unwrap();
    value["plan"]["milestones"][0]["date"] = "+262000-01-01".into();
    let err = files::read_plan_bytes(value.to_string().as_bytes()).unwrap_err();
    assert!(
        err.to_string().contains("milestones[0].date"),
        "the path is named: {err}"
    );
}

/// `n` positions, each reporting to the one before it.
fn chain(n: usize) -> Plan {
    let mut plan = rich_plan("Chain");
    plan.responsibilities.clear();
    plan.stakeholders[0].owner = None;
    plan.communications[0].owner = None;
    plan.positions = (0..n)
        .map(|i| {
            let boss = (i > 0).then(|| format!("p{}", i - 1));
            position(&format!("p{i}"), "Engineer", Role::Other, boss.as_deref())
        })
        .collect();
    plan
}

#[test]
fn reporting_lines_are_limited_to_sixteen_levels_like_units() {
    assert_eq!(limits::REPORTING_DEPTH, limits::UNIT_DEPTH);
    assert_eq!(problems_of(&chain(17)), Vec::<String>::new());
    assert_eq!(
        problems_of(&chain(18)),
        ["positions[17].reports_to: reporting lines may be at most 16 levels deep below the top position"]
    );

    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("p.db")).unwrap();
    let id = store.create(&chain(17)).unwrap();
    let deeper = position("p17", "Intern", Role::Other, Some("p16"));
    let err = store.apply(id, &Edit::PutPosition(deeper)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "positions[17].reports_to: reporting lines may be at most 16 levels deep below the top position"
    );
    // Putting a new top above the chain would push its last position one level too deep.
    let mut top = store.get(id).unwrap().positions[0].clone();
    top.reports_to = Some("p99".into());
    store
        .apply(
            id,
            &Edit::PutPosition(position("p99", "VP", Role::Other, None)),
        )
        .unwrap();
    let err = store.apply(id, &Edit::PutPosition(top)).unwrap_err();
    assert!(err.to_string().contains("at most 16 levels deep"), "{err}");
}

#[test]
fn a_chain_of_20000_positions_is_checked_whole_and_every_deep_one_named() {
    // Linear: each position is walked once (this took 15 s when every line was walked to the top).
    let plan = chain(20_000);
    let problems = plan.problems();
    assert_eq!(problems.len(), 20_000 - 17);
    assert_eq!(
        problems.iter().next().map(|p| p.path.as_str()),
        Some("positions[17].reports_to")
    );
    let mut looped = chain(20_000);
    looped.positions[0].reports_to = Some("p19999".into());
    let problems = looped.problems();
    assert_eq!(problems.len(), 20_000);
    assert!(problems
        .iter()
        .all(|p| p.message == "reporting lines must not form a loop"));
}
