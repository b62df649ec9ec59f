//! History from the command line: edit, undo and redo across separate runs, named versions,
//! restore, diff (plans, versions, files; exit codes as diff's), scenarios and compare.

use crate::{corporate_plan, error_line, ospo, stdout};
use std::path::Path;

fn plan_json(db: &Path, plan: &str) -> serde_json::Value {
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(db, &["show", plan, "--json"])).unwrap();
    let mut plan = doc["plan"].clone();
    plan["updated_at"] = serde_json::Value::Null;
    plan
}

fn first_position(db: &Path, plan: &str) -> serde_json::Value {
    plan_json(db, plan)["positions"][0].clone()
}

/// `ospo diff` with its exit code and stdout.
fn diff(db: &Path, args: &[&str]) -> (i32, String) {
    let out = ospo(db).arg("diff").args(args).output().unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
    )
}

fn fte_edit(position: &serde_json::Value, fte: f64) -> String {
    let mut p = position.clone();
    p["fte"] = serde_json::json!(fte);
    serde_json::json!({"op": "put_position", "value": p}).to_string()
}

#[test]
fn edits_are_undone_and_redone_across_runs() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let original = plan_json(&db, "Acme");
    let pos = first_position(&db, "Acme");
    stdout(&db, &["edit", "Acme", &fte_edit(&pos, 0.25)]);
    stdout(
        &db,
        &["edit", "Acme", r#"{"op": "rename", "value": "Acme 2"}"#],
    );
    let edited = plan_json(&db, "Acme 2");
    assert_eq!(edited["positions"][0]["fte"], 0.25);

    assert_eq!(stdout(&db, &["undo", "Acme 2"]), "undone: rename\n");
    assert_eq!(
        stdout(&db, &["undo", "Acme"]),
        format!("undone: put_position {}\n", pos["id"].as_str().unwrap())
    );
    assert_eq!(plan_json(&db, "Acme"), original);
    assert_eq!(
        error_line(&db, &["undo", "Acme"]),
        "ospo: nothing to undo in this plan"
    );
    stdout(&db, &["redo", "Acme"]);
    stdout(&db, &["redo", "Acme"]);
    assert_eq!(plan_json(&db, "Acme 2"), edited);
    assert_eq!(
        error_line(&db, &["redo", "Acme 2"]),
        "ospo: nothing to redo in this plan"
    );
}

#[test]
fn an_edit_from_standard_input_prints_the_new_items_id() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let edit = r#"{"op": "put_milestone", "value": {"id": "", "title": "Policy signed", "date": "2027-05-01", "done": false}}"#;
    let out = ospo(&db)
        .args(["edit", "Acme", "-"])
        .write_stdin(edit)
        .output()
        .unwrap();
    assert!(out.status.success());
    let id = String::from_utf8(out.stdout).unwrap().trim().to_owned();
    assert!(id.starts_with("mil-"), "{id}");
    let milestones = plan_json(&db, "Acme")["milestones"].clone();
    assert!(milestones
        .as_array()
        .unwrap()
        .iter()
        .any(|m| m["id"] == id.as_str() && m["title"] == "Policy signed"));
}

#[test]
fn a_bad_edit_is_one_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let before = std::fs::read(&db).unwrap();
    let msg = error_line(&db, &["edit", "Acme", r#"{"op": "launch_rocket"}"#]);
    assert!(
        msg.starts_with("ospo: edit: not an edit (unknown variant `launch_rocket`"),
        "{msg}"
    );
    let msg = error_line(&db, &["edit", "Acme", r#"{"op": "rename", "value": ""}"#]);
    assert_eq!(msg, "ospo: name: must not be empty");
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn versions_are_saved_listed_restored_and_the_restore_undone() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    assert_eq!(
        stdout(&db, &["snapshot", "Acme", "-m", "Sent to the sponsor"]),
        "1\n"
    );
    let sent = plan_json(&db, "Acme");
    let pos = first_position(&db, "Acme");
    stdout(&db, &["edit", "Acme", &fte_edit(&pos, 0.5)]);
    let edited = plan_json(&db, "Acme");

    let list: serde_json::Value =
        serde_json::from_str(&stdout(&db, &["versions", "Acme", "--json"])).unwrap();
    assert_eq!(list[0]["id"], 1);
    assert_eq!(list[0]["message"], "Sent to the sponsor");
    assert!(list[0]["at"].as_str().unwrap().contains('T'));
    assert!(stdout(&db, &["versions", "Acme"]).contains("Sent to the sponsor"));

    stdout(&db, &["restore", "Acme", "1"]);
    assert_eq!(plan_json(&db, "Acme"), sent);
    assert_eq!(
        stdout(&db, &["undo", "Acme"]),
        "undone: restore version 1\n"
    );
    assert_eq!(plan_json(&db, "Acme"), edited);

    let before = std::fs::read(&db).unwrap();
    assert_eq!(
        error_line(&db, &["restore", "Acme", "9"]),
        "ospo: plan \"Acme\" has no version 9 (see `ospo versions`)"
    );
    assert_eq!(
        error_line(&db, &["snapshot", "Acme", "-m", " "]),
        "ospo: message: must not be empty"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn diff_shows_field_changes_with_the_exit_codes_of_diff() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    stdout(&db, &["snapshot", "Acme", "-m", "draft"]);
    assert_eq!(diff(&db, &["Acme", "Acme@1"]).0, 0);

    let pos = first_position(&db, "Acme");
    let title = pos["title"].as_str().unwrap().to_owned();
    stdout(&db, &["edit", "Acme", &fte_edit(&pos, 0.5)]);
    stdout(
        &db,
        &[
            "edit",
            "Acme",
            r#"{"op": "set_organization", "value": {"name": "Acme", "employees": 10, "industry": "", "sponsor": {"name": "Dana Sponsor", "title": "CTO"}, "value_propositions": []}}"#,
        ],
    );
    let (code, text) = diff(&db, &["Acme@1", "Acme"]);
    assert_eq!(code, 1, "{text}");
    assert!(text.starts_with("--- Acme@1\n+++ Acme\n"), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with("organization.sponsor.name: ")
                && l.ends_with(" → \"Dana Sponsor\"")),
        "{text}"
    );
    assert!(
        text.contains(&format!("\nPositions\n  ~ {title} [")),
        "{text}"
    );
    assert!(text.contains("      fte: 1.0 → 0.5\n"), "{text}");
    assert!(text.contains("Grand total: "), "{text}");

    let (code, json) = diff(&db, &["Acme@1", "Acme", "--json"]);
    assert_eq!(code, 1);
    let doc: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(doc["same"], false);
    let positions = doc["sections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["section"] == "positions")
        .unwrap();
    assert_eq!(positions["changed"][0]["id"], pos["id"]);
    assert_eq!(
        positions["changed"][0]["fields"],
        serde_json::json!([{"field": "fte", "from": 1.0, "to": 0.5}])
    );
    assert!(doc["budget"]
        .as_array()
        .unwrap()
        .iter()
        .any(|d| d["category"] == "headcount"));
}

#[test]
fn diff_reads_plan_files_and_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let file = dir.path().join("acme.ospo.json");
    let pdf = dir.path().join("acme.pdf");
    stdout(&db, &["export", "Acme", "-o", file.to_str().unwrap()]);
    stdout(
        &db,
        &["pdf", "Acme", "-o", pdf.to_str().unwrap(), "--brief"],
    );
    let (code, text) = diff(&db, &[file.to_str().unwrap(), "Acme"]);
    assert_eq!(code, 0, "{text}");
    assert_eq!(
        diff(&db, &[pdf.to_str().unwrap(), file.to_str().unwrap()]).0,
        0
    );
    stdout(
        &db,
        &["edit", "Acme", r#"{"op": "remove_risk", "value": "r1"}"#],
    );
    let (code, text) = diff(&db, &[pdf.to_str().unwrap(), "Acme"]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("\nRisks\n  - "), "{text}");
}

#[test]
fn diff_errors_exit_2_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    stdout(&db, &["new", "Doomed"]);
    stdout(&db, &["delete", "Doomed", "--yes"]);
    let newer = dir.path().join("newer.ospo.json");
    std::fs::write(
        &newer,
        r#"{"format": "ospo-plan", "format_version": 99, "plan": {}}"#,
    )
    .unwrap();
    let before = std::fs::read(&db).unwrap();
    for (args, message) in [
        (
            vec!["Acme", "Doomed"],
            "ospo: no plan with id or name \"Doomed\", and there is no file \"Doomed\"".to_owned(),
        ),
        (
            vec!["Acme", newer.to_str().unwrap()],
            format!(
                "ospo: {}: made by a newer version (99); this app reads up to 2",
                newer.display()
            ),
        ),
        (
            vec!["Acme@7", "Acme"],
            "ospo: plan \"Acme\" has no version 7 (see `ospo versions`)".to_owned(),
        ),
    ] {
        let out = ospo(&db).arg("diff").args(&args).output().unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert_eq!(
            String::from_utf8(out.stderr).unwrap(),
            format!("{message}\n")
        );
    }
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

#[test]
fn diff_works_as_a_git_external_diff() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let old = dir.path().join("old.ospo.json");
    let new = dir.path().join("new.ospo.json");
    stdout(&db, &["export", "Acme", "-o", old.to_str().unwrap()]);
    stdout(
        &db,
        &["edit", "Acme", r#"{"op": "remove_risk", "value": "r1"}"#],
    );
    stdout(&db, &["export", "Acme", "-o", new.to_str().unwrap()]);
    let (o, n) = (old.to_str().unwrap(), new.to_str().unwrap());
    let (code, text) = diff(
        &db,
        &[
            "--git",
            "plan.ospo.json",
            o,
            "abc",
            "100644",
            n,
            "def",
            "100644",
        ],
    );
    assert_eq!(code, 0, "git treats a non-zero exit as a failed diff");
    assert!(
        text.starts_with("--- plan.ospo.json\n+++ plan.ospo.json\n"),
        "{text}"
    );
    assert!(text.contains("\nRisks\n  - "), "{text}");
    let (code, text) = diff(
        &db,
        &[
            "--git",
            "plan.ospo.json",
            "/dev/null",
            ".",
            ".",
            n,
            "def",
            "100644",
        ],
    );
    assert_eq!(code, 0);
    assert!(text.contains("\nPositions\n  + "), "{text}");
}

#[test]
fn a_scenario_is_compared_with_its_plan() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    assert_eq!(stdout(&db, &["scenario", "Acme", "Lean"]), "2\n");
    let pos = first_position(&db, "Lean");
    stdout(
        &db,
        &[
            "edit",
            "Lean",
            &serde_json::json!({"op": "remove_position", "value": pos["id"]}).to_string(),
        ],
    );
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&db, &["compare", "Acme", "Lean", "--json"])).unwrap();
    let (acme, lean) = (&doc["plans"][0], &doc["plans"][1]);
    assert_eq!(acme["name"], "Acme");
    assert_eq!(lean["lacks"][0]["id"], pos["id"]);
    assert_eq!(lean["lacks"][0]["section"], "positions");
    assert!(lean["grand_total"].as_i64() < acme["grand_total"].as_i64());
    assert_eq!(
        lean["positions"].as_u64().unwrap() + 1,
        acme["positions"].as_u64().unwrap()
    );
    let text = stdout(&db, &["compare", "Acme", "Lean"]);
    assert!(text.contains("Total"), "{text}");
    assert!(text.contains("Lean lacks, Acme has:"), "{text}");
    assert!(text.contains(pos["title"].as_str().unwrap()), "{text}");
    assert_eq!(
        error_line(&db, &["scenario", "Acme", "Lean"]),
        "ospo: name: a plan named \"Lean\" already exists"
    );
}

#[test]
fn the_proposal_sets_the_plan_beside_its_options_and_the_brief_sums_them_up() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    stdout(&db, &["scenario", "Acme", "Minimum"]);
    stdout(&db, &["scenario", "Acme", "Later start"]);
    let pos = first_position(&db, "Minimum");
    let title = pos["title"].as_str().unwrap().to_owned();
    stdout(
        &db,
        &[
            "edit",
            "Minimum",
            &serde_json::json!({"op": "remove_position", "value": pos["id"]}).to_string(),
        ],
    );
    let pdf = dir.path().join("options.pdf");
    let p = pdf.to_str().unwrap();
    stdout(
        &db,
        &[
            "pdf",
            "Acme",
            "--proposal",
            "--options",
            "Minimum,Later start",
            "-o",
            p,
        ],
    );
    let text = crate::poppler("pdftotext", &[p, "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(text.contains("Options"), "{text}");
    assert!(text.contains("Proposed: Acme"), "{text}");
    assert!(text.contains("Option 1: Minimum"), "{text}");
    assert!(text.contains("Option 2: Later start"), "{text}");
    assert!(
        text.contains(&format!("Does not include {title} (positions)")),
        "{text}"
    );
    assert!(
        text.contains("Recommendation: the proposed plan, Acme"),
        "{text}"
    );

    let brief = dir.path().join("brief.pdf");
    let b = brief.to_str().unwrap();
    stdout(
        &db,
        &[
            "pdf",
            "Acme",
            "--brief",
            "--options",
            "Minimum,Later start",
            "--paper",
            "a4",
            "-o",
            b,
        ],
    );
    let text = crate::poppler("pdftotext", &[b, "-"]);
    assert!(text.contains("Recommended"), "{text}");
    assert!(text.contains("Option 1: Minimum"), "{text}");
    assert!(crate::poppler("pdfinfo", &[b]).contains("Pages:           2"));

    assert_eq!(
        error_line(&db, &["pdf", "Acme", "--options", "Nope", "-o", p]),
        "ospo: no plan with id or name \"Nope\""
    );
}

#[test]
fn git_shows_plan_files_through_ospo_diff() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let repo = dir.path().join("repo");
    std::fs::create_dir(&repo).unwrap();
    let file = repo.join("acme.ospo.json");
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args([
                "-c",
                "user.name=Test",
                "-c",
                "user.email=test@example.invalid",
            ])
            .args(args)
            .current_dir(&repo)
            .env("OSPO_DB", &db)
            .output()
            .expect("git must be installed");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).unwrap()
    };
    git(&["init", "-q"]);
    std::fs::write(repo.join(".gitattributes"), "*.ospo.json diff=ospo\n").unwrap();
    let ospo_bin = assert_cmd::cargo::cargo_bin("ospo");
    git(&[
        "config",
        "diff.ospo.command",
        &format!("{} diff --git", ospo_bin.display()),
    ]);
    stdout(&db, &["export", "Acme", "-o", file.to_str().unwrap()]);
    git(&["add", "."]);
    git(&["commit", "-qm", "draft"]);
    stdout(
        &db,
        &["edit", "Acme", r#"{"op": "remove_risk", "value": "r1"}"#],
    );
    stdout(&db, &["export", "Acme", "-o", file.to_str().unwrap()]);
    let text = git(&["diff"]);
    assert!(
        text.starts_with("--- acme.ospo.json\n+++ acme.ospo.json\n"),
        "{text}"
    );
    assert!(text.contains("\nRisks\n  - "), "{text}");
}
