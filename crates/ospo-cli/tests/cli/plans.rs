//! Verbs on whole plans: new, list, show, totals, rename, delete.

use crate::{error_line, stdout};

#[test]
fn new_prints_the_id_alone_and_list_shows_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    assert_eq!(stdout(&db, &["new", "Acme OSPO"]), "1\n");
    assert_eq!(stdout(&db, &["new", "Second"]), "2\n");
    let list: serde_json::Value = serde_json::from_str(&stdout(&db, &["list", "--json"])).unwrap();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Second", "Acme OSPO"]);
    assert_eq!(list[1]["structure"], "cto_office");
    let text = stdout(&db, &["list"]);
    assert!(text.starts_with("ID  NAME"), "{text}");
    assert!(text.contains("Acme OSPO  OSPO in the CTO office"), "{text}");
}

#[test]
fn show_finds_a_plan_by_name_or_id_and_prints_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    stdout(&db, &["new", "Acme OSPO"]);
    let by_name = stdout(&db, &["show", "Acme OSPO"]);
    assert!(by_name.starts_with("Acme OSPO (id 1)\n"), "{by_name}");
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&db, &["show", "1", "--json"])).unwrap();
    assert_eq!(json["format"], "ospo-plan");
    assert_eq!(json["plan"]["name"], "Acme OSPO");
    assert_eq!(json["plan"]["budget"]["horizon_years"], 3);
}

#[test]
fn totals_are_printed_as_a_table_and_as_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    stdout(&db, &["new", "Acme"]);
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&db, &["totals", "Acme", "--json"])).unwrap();
    assert_eq!(json["grand_total"], 0);
    assert_eq!(
        json["years"][0],
        serde_json::json!({"label": "FY2027", "start": "2027-01-01", "end": "2027-12-31"})
    );
    assert_eq!(json["years"].as_array().unwrap().len(), 3);
    assert_eq!(json["by_category"].as_array().unwrap().len(), 8);
    let text = stdout(&db, &["totals", "Acme"]);
    assert!(text.contains("Grand total: $0.00"), "{text}");
}

#[test]
fn a_fiscal_year_is_named_by_the_year_it_ends_in() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    stdout(&db, &["new", "Group", "--from", "corporate_with_divisions"]);
    let json: serde_json::Value =
        serde_json::from_str(&stdout(&db, &["totals", "Group", "--json"])).unwrap();
    assert_eq!(
        json["years"],
        serde_json::json!([
            {"label": "FY2027", "start": "2026-10-01", "end": "2027-09-30"},
            {"label": "FY2028", "start": "2027-10-01", "end": "2028-09-30"},
            {"label": "FY2029", "start": "2028-10-01", "end": "2029-09-30"},
        ])
    );
}

#[test]
fn rename_and_delete() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    stdout(&db, &["new", "Acme"]);
    stdout(&db, &["new", "Other"]);
    assert_eq!(
        error_line(&db, &["rename", "Acme", "Other"]),
        "ospo: name: a plan named \"Other\" already exists"
    );
    stdout(&db, &["rename", "Acme", "Renamed"]);
    assert!(stdout(&db, &["show", "Renamed"]).starts_with("Renamed (id 1)"));
    assert_eq!(
        error_line(&db, &["delete", "Renamed"]),
        "ospo: refusing to delete without confirmation; pass --yes"
    );
    assert!(stdout(&db, &["list"]).contains("Renamed"));
    stdout(&db, &["delete", "Renamed", "--yes"]);
    assert!(!stdout(&db, &["list"]).contains("Renamed"));
}

#[test]
fn errors_are_one_line_with_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    assert_eq!(
        error_line(&db, &["show", "nope"]),
        "ospo: no plan with id or name \"nope\""
    );
    let long = "x".repeat(201);
    assert_eq!(
        error_line(&db, &["new", &long]),
        "ospo: name: must be at most 200 characters"
    );
    // A blank name is the app's default for a new plan, as in the window.
    stdout(&db, &["new", ""]);
    assert!(stdout(&db, &["list"]).contains("New plan"));
    let junk = dir.path().join("junk.db");
    std::fs::write(&junk, vec![b'x'; 4096]).unwrap();
    let msg = error_line(&junk, &["list"]);
    assert!(
        msg.ends_with("junk.db is not an OSPO Planner database (not SQLite)"),
        "{msg}"
    );
}

#[test]
fn a_newer_database_is_refused_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("future.db");
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute_batch(
            "PRAGMA application_id = 1330860111; CREATE TABLE plans (x); PRAGMA user_version = 7;",
        )
        .unwrap();
    let before = std::fs::read(&db).unwrap();
    let msg = error_line(&db, &["list"]);
    assert!(
        msg.contains("made by a newer version of OSPO Planner (schema 7)"),
        "{msg}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn the_database_comes_from_ospo_db_when_no_flag_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("env.db");
    let out = assert_cmd::Command::cargo_bin("ospo")
        .unwrap()
        .args(["new", "From env"])
        .env("OSPO_DB", &db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(stdout(&db, &["list"]).contains("From env"));
}

#[test]
fn starters_are_listed_and_a_plan_can_start_from_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let starters: serde_json::Value =
        serde_json::from_str(&stdout(&db, &["starters", "--json"])).unwrap();
    let structures: Vec<&str> = starters
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["structure"].as_str().unwrap())
        .collect();
    assert_eq!(
        structures,
        [
            "within_rnd",
            "corporate_with_divisions",
            "cto_office",
            "virtual",
            "no_official"
        ]
    );
    for (i, s) in starters.as_array().unwrap().iter().enumerate() {
        let id = s["id"].as_str().unwrap();
        let name = format!("From {id}");
        assert_eq!(
            stdout(&db, &["new", &name, "--from", id]),
            format!("{}\n", i + 1)
        );
        let doc: serde_json::Value =
            serde_json::from_str(&stdout(&db, &["show", &name, "--json"])).unwrap();
        let plan = &doc["plan"];
        assert_eq!(plan["name"], name.as_str());
        assert_eq!(plan["structure"]["kind"], s["structure"]);
        assert!(!plan["positions"].as_array().unwrap().is_empty());
        assert!(!plan["budget"]["lines"].as_array().unwrap().is_empty());
    }
    assert_eq!(
        error_line(&db, &["new", "X", "--from", "nope"]),
        "ospo: no starter \"nope\" (choose one of: within_rnd, corporate_with_divisions, cto_office, virtual, no_official)"
    );
}
