//! What `ospo` prints to a terminal: text from a plan never reaches it as control characters.

use crate::{ospo, stdout};

#[test]
fn terminal_output_shows_control_characters_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    stdout(&db, &["new", "Acme"]);
    // Written behind the app's back, as a plan stored before names were checked could be.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute(
            "UPDATE plans SET name = ?1, org_name = ?2",
            [
                "Acme\u{1b}[2J\u{1b}]0;owned\u{7}",
                "Org\r\nFake: line\u{202E}",
            ],
        )
        .unwrap();
    let list = stdout(&db, &["list"]);
    assert!(
        list.contains("Acme\\u{1b}[2J\\u{1b}]0;owned\\u{7}"),
        "{list}"
    );
    assert!(!list.contains('\u{1b}') && !list.contains('\u{7}'));
    let show = stdout(&db, &["show", "1"]);
    assert!(show.contains("Org\\r\\nFake: line\\u{202e}"), "{show}");
    assert!(!show.contains('\u{1b}') && !show.contains('\r') && !show.contains('\u{202e}'));

    // Diff and compare of the plan with a scenario name it too.
    rusqlite::Connection::open(&db)
        .unwrap()
        .execute("UPDATE plans SET org_name = 'Org'", [])
        .unwrap();
    stdout(&db, &["scenario", "1", "Lean"]);
    let out = ospo(&db).args(["diff", "1", "2"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let diff = String::from_utf8(out.stdout).unwrap();
    assert!(diff.contains("Acme"), "{diff}");
    let compare = stdout(&db, &["compare", "1", "2"]);
    assert!(compare.contains("Acme\\u{1b}[2J"), "{compare}");
    for text in [diff, compare] {
        assert!(!text.contains('\u{1b}') && !text.contains('\u{7}') && !text.contains('\u{202e}'));
    }
}
