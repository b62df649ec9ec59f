//! Plans as files: export, import (whole, as, merged), validate, CSV/XLSX/ICS, budget from CSV.

use crate::{corporate_plan, error_line, ospo, stdout};

fn show_json(db: &std::path::Path, plan: &str) -> serde_json::Value {
    serde_json::from_str(&stdout(db, &["show", plan, "--json"])).unwrap()
}

#[test]
fn export_then_import_gives_back_the_same_plan() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let file = dir.path().join("acme.ospo.json");
    let f = file.to_str().unwrap();
    assert_eq!(stdout(&db, &["export", "Acme", "-o", f]), format!("{f}\n"));
    let written: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    assert_eq!(written["format"], "ospo-plan");

    let other = dir.path().join("other.db");
    assert_eq!(stdout(&other, &["import", f, "--as", "Copy"]), "1\n");
    let mut a = show_json(&db, "Acme")["plan"].clone();
    let mut b = show_json(&other, "Copy")["plan"].clone();
    // The database owns ids and timestamps; everything the user wrote comes back.
    for key in ["name", "id", "created_at", "updated_at"] {
        a[key] = serde_json::Value::Null;
        b[key] = serde_json::Value::Null;
    }
    assert_eq!(a, b);
    // Importing again without --as keeps both, under a unique name.
    assert_eq!(stdout(&other, &["import", f]), "2\n");
    assert!(stdout(&other, &["list"]).contains("Acme"));
}

#[test]
fn anonymized_export_keeps_structure_and_drops_names_and_salaries() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let file = dir.path().join("t.ospo.json");
    stdout(
        &db,
        &[
            "export",
            "Acme",
            "-o",
            file.to_str().unwrap(),
            "--anonymize",
        ],
    );
    let doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    let original = show_json(&db, "Acme");
    let plan = &doc["plan"];
    assert_eq!(plan["organization"]["name"], "");
    assert_eq!(plan["organization"]["sponsor"]["name"], "");
    let positions = plan["positions"].as_array().unwrap();
    assert_eq!(
        positions.len(),
        original["plan"]["positions"].as_array().unwrap().len()
    );
    for p in positions {
        assert!(p["person"].is_null(), "{p}");
        assert_eq!(p["annual_base_cost"], 0, "{p}");
        assert!(p["fte"].as_f64().unwrap() > 0.0);
    }
    assert_eq!(
        plan["structure"]["kind"],
        original["plan"]["structure"]["kind"]
    );
}

#[test]
fn merging_sections_adds_only_what_is_missing() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    stdout(&db, &["new", "Empty"]);
    let file = dir.path().join("acme.ospo.json");
    let f = file.to_str().unwrap();
    stdout(&db, &["export", "Acme", "-o", f]);
    let risks = show_json(&db, "Acme")["plan"]["risks"]
        .as_array()
        .unwrap()
        .len();
    let out = stdout(
        &db,
        &["import", f, "--into", "Empty", "--sections", "risks,kpis"],
    );
    assert!(
        out.contains(&format!("risks: {risks} added, 0 already there")),
        "{out}"
    );
    let out = stdout(
        &db,
        &["import", f, "--into", "Empty", "--sections", "risks"],
    );
    assert!(
        out.contains(&format!("risks: 0 added, {risks} already there")),
        "{out}"
    );
    let empty = show_json(&db, "Empty");
    assert_eq!(empty["plan"]["risks"].as_array().unwrap().len(), risks);
    assert!(empty["plan"]["positions"].as_array().unwrap().is_empty());
    assert_eq!(
        error_line(&db, &["import", f, "--into", "Empty", "--sections", "salaries"]),
        "ospo: sections: unknown section \"salaries\" (choose from positions, budget, stakeholders, communications, milestones, kpis, risks, or all)"
    );
}

#[test]
fn a_bad_file_changes_nothing_and_says_where_the_problem_is() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let file = dir.path().join("acme.ospo.json");
    let f = file.to_str().unwrap();
    stdout(&db, &["export", "Acme", "-o", f]);
    let mut doc: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    doc["plan"]["positions"][1]["fte"] = 1.5.into();
    doc["plan"]["budget"]["currency"] = "XYZ".into();
    std::fs::write(&file, serde_json::to_string(&doc).unwrap()).unwrap();

    let db_before = std::fs::read(&db).unwrap();
    let list_before = stdout(&db, &["list", "--json"]);
    let msg = error_line(&db, &["import", f]);
    assert!(
        msg.starts_with("ospo: budget.currency: unknown currency \"XYZ\"")
            && msg.ends_with("(and 1 more problem)"),
        "{msg}"
    );
    assert_eq!(stdout(&db, &["list", "--json"]), list_before);
    assert_eq!(std::fs::read(&db).unwrap(), db_before);

    let out = ospo(&db).args(["validate", f]).output().unwrap();
    assert!(!out.status.success());
    let listed = String::from_utf8(out.stdout).unwrap();
    assert!(
        listed.contains("positions[1].fte: must be between 0 and 1"),
        "{listed}"
    );
    assert!(listed.contains("budget.currency"), "{listed}");
    assert!(String::from_utf8(out.stderr)
        .unwrap()
        .ends_with("2 problems\n"));

    std::fs::write(
        &file,
        b"{\"format\": \"ospo-plan\", \"format_version\": 99}",
    )
    .unwrap();
    let msg = error_line(&db, &["validate", f]);
    assert!(msg.contains("made by a newer version (99)"), "{msg}");
    std::fs::write(&file, b"\xff\xfe not text").unwrap();
    assert!(error_line(&db, &["import", f]).contains("not UTF-8"));
}

#[test]
fn finance_gets_csv_and_a_workbook_and_budget_lines_come_back_from_csv() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let csv_dir = dir.path().join("finance");
    let out = stdout(
        &db,
        &[
            "export",
            "Acme",
            "--format",
            "csv",
            "-o",
            csv_dir.to_str().unwrap(),
        ],
    );
    assert_eq!(out.lines().count(), 2);
    let budget = std::fs::read_to_string(csv_dir.join("budget.csv")).unwrap();
    assert!(budget.starts_with("id,category,description"), "{budget}");
    let staffing = std::fs::read_to_string(csv_dir.join("staffing.csv")).unwrap();
    let plan = show_json(&db, "Acme");
    for p in plan["plan"]["positions"].as_array().unwrap() {
        assert!(staffing.contains(p["title"].as_str().unwrap()));
    }

    let xlsx = dir.path().join("acme.xlsx");
    stdout(
        &db,
        &[
            "export",
            "Acme",
            "--format",
            "xlsx",
            "-o",
            xlsx.to_str().unwrap(),
        ],
    );
    assert!(std::fs::read(&xlsx).unwrap().starts_with(b"PK"));

    let lines_before = plan["plan"]["budget"]["lines"].as_array().unwrap().len();
    let mut lines: Vec<&str> = budget.lines().collect();
    lines.truncate(2);
    let one = dir.path().join("one.csv");
    std::fs::write(&one, lines.join("\n")).unwrap();
    assert_eq!(
        stdout(&db, &["import-budget", "Acme", one.to_str().unwrap()]),
        "1 budget line imported\n"
    );
    let after = show_json(&db, "Acme");
    assert_eq!(
        after["plan"]["budget"]["lines"].as_array().unwrap().len(),
        1
    );
    assert!(lines_before > 1);
}

#[test]
fn the_communication_plan_becomes_recurring_calendar_events() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let ics = dir.path().join("comms.ics");
    stdout(
        &db,
        &[
            "export",
            "Acme",
            "--format",
            "ics",
            "-o",
            ics.to_str().unwrap(),
        ],
    );
    let text = std::fs::read_to_string(&ics).unwrap();
    let comms = show_json(&db, "Acme")["plan"]["communications"]
        .as_array()
        .unwrap()
        .len();
    assert!(text.starts_with("BEGIN:VCALENDAR"));
    assert_eq!(text.matches("BEGIN:VEVENT").count(), comms);
    assert!(text.contains("RRULE:FREQ="), "{text}");
}
