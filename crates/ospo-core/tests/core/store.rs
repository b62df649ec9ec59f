//! The store on real SQLite files: round trips, edits, bad input that changes nothing, newer databases.

use crate::fixtures::{date, dump, position, rich_plan};
use ospo_core::model::*;
use ospo_core::{Error, Store};
use tempfile::TempDir;

fn temp_store() -> (TempDir, std::path::PathBuf, Store) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("plans.db");
    let store = Store::open(&path).expect("open");
    (dir, path, store)
}

/// The plan as stored, without the fields the store owns (id, times).
fn content(mut plan: Plan) -> Plan {
    plan.id = 0;
    plan.created_at = chrono::DateTime::UNIX_EPOCH;
    plan.updated_at = chrono::DateTime::UNIX_EPOCH;
    plan
}

#[test]
fn a_plan_survives_closing_and_reopening_the_file() {
    let (_dir, path, mut store) = temp_store();
    let plan = rich_plan("Scenario A");
    let id = store.create(&plan).expect("create");
    drop(store);
    let store = Store::open(&path).expect("reopen");
    let back = store.get(id).expect("get");
    assert_eq!(back.id, id);
    assert_eq!(content(back), content(plan));
}

#[test]
fn plans_are_found_by_id_or_exact_name_and_listed_newest_first() {
    let (_dir, _path, mut store) = temp_store();
    let a = store.create(&rich_plan("Alpha")).unwrap();
    let b = store.create(&rich_plan("Beta")).unwrap();
    assert_eq!(store.resolve("Alpha").unwrap(), a);
    assert_eq!(store.resolve(&b.to_string()).unwrap(), b);
    let err = store.resolve("alpha").unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert_eq!(err.to_string(), "no plan with id or name \"alpha\"");
    store.apply(a, &Edit::SetLocale("de-DE".into())).unwrap();
    let names: Vec<String> = store.list().unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(names, ["Alpha", "Beta"]);
}

#[test]
fn rename_duplicate_and_delete() {
    let (_dir, path, mut store) = temp_store();
    let a = store.create(&rich_plan("Alpha")).unwrap();
    let b = store.create(&rich_plan("Beta")).unwrap();
    let before = dump(&path);
    let err = store.rename(a, "Beta").unwrap_err();
    assert_eq!(
        err.to_string(),
        "name: a plan named \"Beta\" already exists"
    );
    assert_eq!(err.code(), ospo_core::error::ErrorCode::Invalid);
    assert_eq!(dump(&path), before);

    assert_eq!(store.unique_name("Alpha").unwrap(), "Alpha (2)");
    let copy = store.duplicate(a, "Alpha (2)").unwrap();
    assert_eq!(
        content(store.get(copy).unwrap()).positions,
        rich_plan("x").positions
    );

    store.rename(a, "Gamma").unwrap();
    assert_eq!(store.get(a).unwrap().name, "Gamma");
    store.delete(b).unwrap();
    assert_eq!(store.get(b).unwrap_err().code(), "not_found");
    assert_eq!(store.delete(b).unwrap_err().code(), "not_found");
    let conn = rusqlite::Connection::open(&path).unwrap();
    let orphans: i64 = conn
        .query_row(
            "SELECT COUNT(*) FROM positions WHERE plan_id = ?1",
            [b],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(orphans, 0, "deleting a plan deletes its sections");
}

#[test]
fn edits_add_update_and_remove_items() {
    let (_dir, _path, mut store) = temp_store();
    let id = store.create(&rich_plan("Alpha")).unwrap();
    let mut new = position(
        "",
        "Community Manager",
        Role::CommunityManager,
        Some("head"),
    );
    new.fte = 0.8;
    let applied = store.apply(id, &Edit::PutPosition(new.clone())).unwrap();
    let new_id = applied.id.expect("a new position gets an id");
    assert!(new_id.starts_with("pos-"));
    let plan = store.get(id).unwrap();
    assert_eq!(plan.positions.len(), 3);
    assert_eq!(plan.positions[2].title, "Community Manager");
    assert_eq!(plan.updated_at, applied.updated_at);

    new.id = new_id.clone();
    new.fte = 0.25;
    store.apply(id, &Edit::PutPosition(new)).unwrap();
    let plan = store.get(id).unwrap();
    assert_eq!(plan.positions[2].fte, 0.25, "updated in place, order kept");

    // Removing the head clears every reference to it.
    store
        .apply(id, &Edit::RemovePosition("head".into()))
        .unwrap();
    let plan = store.get(id).unwrap();
    assert!(plan.position("head").is_none());
    assert!(plan.positions.iter().all(|p| p.reports_to.is_none()));
    assert!(plan.stakeholders.iter().all(|s| s.owner.is_none()));
    assert!(plan.communications.iter().all(|c| c.owner.is_none()));
    plan.validate().expect("still a valid plan");
}

#[test]
fn a_copy_of_the_plan_edited_in_step_is_the_stored_plan() {
    let (_dir, path, mut store) = temp_store();
    let id = store.create(&rich_plan("Alpha")).unwrap();
    let mut copy = store.get(id).unwrap();
    let mut line = copy.budget.lines[0].clone();
    line.amounts[1] = 7_500_00;
    let mut new = position(
        "",
        "Community Manager",
        Role::CommunityManager,
        Some("head"),
    );
    new.fte = 0.5;
    let settings = BudgetSettings {
        currency: "EUR".into(),
        first_fiscal_year: 2027,
        first_month: 4,
        fiscal_year_named_by: FiscalYearName::StartYear,
        horizon_years: 4,
    };
    for edit in [
        Edit::PutBudgetLine(line),
        Edit::PutPosition(new),
        Edit::Rename("Beta".into()),
        Edit::SetBudgetSettings(settings),
        Edit::RemovePosition("head".into()),
        Edit::RemoveCommunication("c1".into()),
    ] {
        let applied = store.apply_to_copy(&mut copy, &edit).unwrap();
        assert_eq!(copy, store.get(id).unwrap(), "after {edit:?}");
        assert_eq!(copy.updated_at, applied.updated_at);
    }

    // Refused: the file and the copy stay as they were.
    let before = dump(&path);
    let kept = copy.clone();
    let err = store
        .apply_to_copy(&mut copy, &Edit::RemoveStakeholder("nobody".into()))
        .unwrap_err();
    assert_eq!(err.code(), "not_found");
    assert_eq!(dump(&path), before);
    assert_eq!(copy, kept);

    // Changed behind the copy's back (another program, an undo): the copy is read again first.
    store.apply(id, &Edit::Rename("Gamma".into())).unwrap();
    store
        .apply_to_copy(&mut copy, &Edit::SetLocale("de-DE".into()))
        .unwrap();
    let stored = store.get(id).unwrap();
    assert_eq!(copy, stored);
    assert_eq!(
        (stored.name.as_str(), stored.locale.as_str()),
        ("Gamma", "de-DE")
    );
}

#[test]
fn a_stakeholder_group_with_communications_is_not_removed() {
    let (_dir, path, mut store) = temp_store();
    let id = store.create(&rich_plan("Alpha")).unwrap();
    let before = dump(&path);
    let err = store
        .apply(id, &Edit::RemoveStakeholder("s1".into()))
        .unwrap_err();
    assert_eq!(err.code(), "conflict");
    assert_eq!(dump(&path), before);
    store
        .apply(id, &Edit::RemoveCommunication("c1".into()))
        .unwrap();
    store
        .apply(id, &Edit::RemoveStakeholder("s1".into()))
        .unwrap();
    assert!(store.get(id).unwrap().stakeholders.is_empty());
}

#[test]
fn changing_the_horizon_resizes_every_budget_line() {
    let (_dir, _path, mut store) = temp_store();
    let id = store.create(&rich_plan("Alpha")).unwrap();
    let settings = |years| BudgetSettings {
        currency: "EUR".into(),
        first_fiscal_year: 2027,
        first_month: 4,
        fiscal_year_named_by: FiscalYearName::StartYear,
        horizon_years: years,
    };
    store
        .apply(id, &Edit::SetBudgetSettings(settings(5)))
        .unwrap();
    let plan = store.get(id).unwrap();
    assert_eq!(
        plan.budget.lines[0].amounts,
        vec![20_000_00, 20_000_00, 25_000_00, 0, 0]
    );
    assert_eq!(plan.budget.first_month, 4);
    assert_eq!(plan.budget.fiscal_year_named_by, FiscalYearName::StartYear);
    store
        .apply(id, &Edit::SetBudgetSettings(settings(1)))
        .unwrap();
    assert_eq!(
        store.get(id).unwrap().budget.lines[0].amounts,
        vec![20_000_00]
    );
}

/// Applies `edit`, expects the one-line message, and proves the file did not change.
fn refused(edit: Edit, expected: &str) {
    let (_dir, path, mut store) = temp_store();
    let id = store.create(&rich_plan("Alpha")).unwrap();
    let before = dump(&path);
    let err = store.apply(id, &edit).unwrap_err();
    assert!(matches!(err, Error::Invalid(_)), "{err:?}");
    assert_eq!(err.to_string(), expected);
    assert!(!err.to_string().contains('\n'));
    assert_eq!(dump(&path), before, "a refused edit changes nothing");
}

#[test]
fn bad_input_names_the_field_and_the_rule_and_changes_nothing() {
    let mut p = position("head", "Head of Open Source", Role::HeadOfOspo, None);
    p.fte = 1.5;
    refused(
        Edit::PutPosition(p),
        "positions[0].fte: must be between 0 and 1 (got 1.5)",
    );

    let mut p = position("head", "Head of Open Source", Role::HeadOfOspo, None);
    p.start_date = Some(date(2028, 1, 1));
    p.end_date = Some(date(2027, 6, 30));
    refused(
        Edit::PutPosition(p),
        "positions[0].start_date: start 2028-01-01 is after end 2027-06-30",
    );

    refused(
        Edit::SetMaturity(Maturity {
            current_stage: 1,
            target_stage: 7,
            current_rung: StrategyRung::Consumer,
            target_rung: StrategyRung::Leader,
        }),
        "maturity.target_stage: must be a stage from 0 to 4 (got 7)",
    );

    refused(
        Edit::SetBudgetSettings(BudgetSettings {
            currency: "EURO".into(),
            first_fiscal_year: 2027,
            first_month: 1,
            fiscal_year_named_by: FiscalYearName::EndYear,
            horizon_years: 3,
        }),
        "budget.currency: unknown currency \"EURO\" (use an ISO 4217 code such as EUR or USD)",
    );

    refused(
        Edit::PutBudgetLine(BudgetLine {
            id: "b1".into(),
            category: BudgetCategory::Travel,
            description: "Conferences".into(),
            amounts: vec![100, -5, 0],
        }),
        "budget.lines[0].amounts[1]: must not be negative and at most 1000000000000 (got -5)",
    );

    refused(
        Edit::PutBudgetLine(BudgetLine {
            id: "b9".into(),
            category: BudgetCategory::Headcount,
            description: "Salaries".into(),
            amounts: vec![1, 2, 3],
        }),
        "budget.lines[1].category: headcount is computed from positions; add a position instead",
    );

    let mut p = position(
        "head",
        "Head of Open Source",
        Role::HeadOfOspo,
        Some("comp"),
    );
    p.reports_to = Some("comp".into());
    refused(
        Edit::PutPosition(p),
        "positions[0].reports_to: reporting lines must not form a loop (and 1 more problem)",
    );

    refused(
        Edit::PutCommunication(Communication {
            id: String::new(),
            audience: "nobody".into(),
            message: "Hello".into(),
            channel: "Mail".into(),
            cadence: None,
            first_date: date(2027, 1, 1),
            owner: None,
        }),
        "communications[1].audience: refers to stakeholder group \"nobody\", which is not in the plan",
    );

    refused(
        Edit::SetLocale("English".into()),
        "locale: must be a language and region such as en-US or de-DE",
    );
    refused(
        Edit::SetLocale("en_GB".into()),
        "locale: must be a language and region such as en-US or de-DE",
    );
}

#[test]
fn an_unknown_plan_is_refused() {
    let (_dir, path, mut store) = temp_store();
    let before = dump(&path);
    let err = store
        .apply(42, &Edit::SetLocale("en-GB".into()))
        .unwrap_err();
    assert_eq!(err.to_string(), "no plan with id 42");
    assert_eq!(dump(&path), before);
}

#[test]
fn creating_an_invalid_plan_lists_every_problem_and_stores_nothing() {
    let (_dir, path, mut store) = temp_store();
    let before = dump(&path);
    let mut plan = rich_plan("Alpha");
    plan.positions[1].fte = -1.0;
    plan.positions[1].reports_to = Some("ghost".into());
    plan.maturity.current_stage = 5;
    let Error::Invalid(problems) = store.create(&plan).unwrap_err() else {
        panic!("expected invalid");
    };
    let lines: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        lines,
        [
            "maturity.current_stage: must be a stage from 0 to 4 (got 5)",
            "positions[1].fte: must be between 0 and 1 (got -1)",
            "positions[1].reports_to: refers to position \"ghost\", which is not in the plan",
        ]
    );
    assert_eq!(dump(&path), before);
}

#[test]
fn a_database_from_a_newer_version_is_refused_and_left_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; CREATE TABLE future (x); INSERT INTO future VALUES (1);
             PRAGMA application_id = 1330860111; PRAGMA user_version = 99; PRAGMA journal_mode = DELETE;",
        )
        .unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code(), "database_too_new");
    assert_eq!(
        err.to_string(),
        format!(
            "this database was made by a newer version of OSPO Planner (schema 99); this app reads up to schema {} and left the file untouched",
            ospo_core::store::SCHEMA_VERSION
        )
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["future.db"], "no journal or backup left beside it");
}

#[test]
fn a_file_that_is_not_a_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.db");
    std::fs::write(
        &path,
        b"these are my notes, not a database, and longer than a header",
    )
    .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(
        err.to_string()
            .ends_with("is not an OSPO Planner database (not SQLite)"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn another_programs_sqlite_file_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.sqlite");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('Ann');")
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert!(
        err.to_string()
            .ends_with("other.sqlite is a SQLite database of another program, not an OSPO Planner one; it was left untouched"),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn the_connection_runs_in_wal_with_foreign_keys() {
    let (_dir, path, store) = temp_store();
    drop(store);
    let conn = rusqlite::Connection::open(&path).unwrap();
    let mode: String = conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
    let version: i64 = conn
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, ospo_core::store::SCHEMA_VERSION);
    let app: i64 = conn
        .query_row("PRAGMA application_id", [], |r| r.get(0))
        .unwrap();
    assert_eq!(app, ospo_core::store::APPLICATION_ID);
}

#[test]
fn settings_are_kept() {
    let (_dir, path, mut store) = temp_store();
    assert_eq!(store.get_setting("last_plan").unwrap(), None);
    store.set_setting("last_plan", "3").unwrap();
    store.set_setting("last_plan", "4").unwrap();
    drop(store);
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.get_setting("last_plan").unwrap().as_deref(),
        Some("4")
    );
}
