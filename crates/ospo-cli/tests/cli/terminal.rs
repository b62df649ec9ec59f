//! What `ospo` prints to a terminal: text from a plan never reaches it as control characters.

use crate::stdout;

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
}
