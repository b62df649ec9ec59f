//! `ospo check`: the review in text and JSON, and its exit code as a guard for plans in git.

use crate::{corporate_plan, ospo, stdout};

#[test]
fn a_starting_point_and_an_empty_plan_fail_with_the_sponsor_rule_until_one_is_named() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    // A starter names no people: the user names their own sponsor.
    let out = ospo(&db).args(["check", "Acme"]).output().unwrap();
    assert!(!out.status.success());

    stdout(&db, &["new", "Bare"]);
    let out = ospo(&db)
        .args(["check", "Bare", "--json"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    let review: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(review["passed"], false);
    let rules: Vec<&str> = review["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"no_sponsor"), "{rules:?}");
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1);
    assert!(err.contains("in the review"), "{err}");

    let text = ospo(&db).args(["check", "Bare"]).output().unwrap();
    let text = String::from_utf8(text.stdout).unwrap();
    assert!(
        text.contains("[no_sponsor]") && text.contains("fix: "),
        "{text}"
    );
}
