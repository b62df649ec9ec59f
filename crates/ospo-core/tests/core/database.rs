//! The database file under hostile conditions: somebody else's SQLite file left byte-identical, a
//! reset schema version named as ours, ids never given out twice, a folder given as the file, and
//! a writer that waits for another's lock and says so in words when it cannot have it.

use crate::fixtures::rich_plan;
use ospo_core::store::SCHEMA_VERSION;
use ospo_core::Store;
use std::path::Path;

fn files_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_foreign_sqlite_file_with_user_version_1_stays_byte_identical() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crm.sqlite");
    rusqlite::Connection::open(&path)
        .unwrap()
        .execute_batch(
            "CREATE TABLE plans (id INTEGER PRIMARY KEY, customer TEXT);
             INSERT INTO plans VALUES (1, 'Ann');
             PRAGMA user_version = 1;",
        )
        .unwrap();
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    assert_eq!(err.code(), "conflict");
    assert!(
        err.to_string().ends_with(
            "crm.sqlite is a SQLite database of another program, not an OSPO Planner one; it was left untouched"
        ),
        "{err}"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "not switched to WAL");
    assert_eq!(
        files_in(dir.path()),
        ["crm.sqlite"],
        "no journal left beside it"
    );
}

#[test]
fn a_plan_database_whose_user_version_was_reset_is_called_ours_and_left_alone() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ospo.db");
    Store::open(&path)
        .unwrap()
        .create(&rich_plan("Kept"))
        .unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 0).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
    }
    let before = std::fs::read(&path).unwrap();
    let err = Store::open(&path).err().expect("refused");
    let message = err.to_string();
    assert!(
        message.contains("is an OSPO Planner database whose schema version"),
        "{message}"
    );
    assert!(!message.contains("another program"), "{message}");
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn a_deleted_plans_id_is_never_given_out_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let mut store = Store::open(&path).unwrap();
    store.create(&rich_plan("A")).unwrap();
    let b = store.create(&rich_plan("B")).unwrap();
    store.delete(b).unwrap();
    drop(store);
    let mut store = Store::open(&path).unwrap();
    let c = store.create(&rich_plan("C")).unwrap();
    assert!(c > b, "a new plan gets {c}, after the deleted {b}");
    assert_eq!(
        store.resolve(&b.to_string()).unwrap_err().code(),
        "not_found"
    );
}

#[test]
fn a_version_1_database_is_upgraded_keeping_its_plans_and_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(include_str!("../../src/store/migrations/0001_plans.sql"))
            .unwrap();
        conn.execute_batch(
            "PRAGMA user_version = 1;
             INSERT INTO plans VALUES (7, 'Old plan', '2026-01-01T00:00:00+00:00', '2026-01-01T00:00:00+00:00',
               NULL, 'en-US', '', 0, '', '', '', '[]', 'virtual', '', 0, 1, 'consumer', 'contributor',
               'EUR', 2027, 1, 3, '[]', '[]');
             INSERT INTO milestones VALUES (7, 'm1', 0, 'Policy approved', '2027-03-31', 0);",
        )
        .unwrap();
    }
    let mut store = Store::open(&path).unwrap();
    let plan = store.get(7).unwrap();
    assert_eq!(plan.name, "Old plan");
    assert_eq!(
        plan.milestones.len(),
        1,
        "rows that refer to the plan survive"
    );
    store.delete(7).unwrap();
    let next = store.create(&rich_plan("New")).unwrap();
    assert!(next > 7, "{next}");
    let version: i64 = rusqlite::Connection::open(&path)
        .unwrap()
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(version, SCHEMA_VERSION);
}

#[test]
fn a_folder_given_as_the_database_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let err = Store::open(dir.path()).err().expect("refused");
    assert_eq!(err.code(), "storage");
    assert_eq!(
        err.to_string(),
        format!(
            "{} is a folder, not a database file: give the path of a file, such as {}",
            dir.path().display(),
            dir.path().join("ospo.db").display()
        )
    );
}

#[test]
fn a_writer_waits_for_another_and_says_busy_in_words_when_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let mut store = Store::open(&path).unwrap();
    let id = store.create(&rich_plan("Shared")).unwrap();

    // A lock held for a moment is waited out.
    let (locked, wait) = std::sync::mpsc::channel();
    let holder = {
        let path = path.clone();
        std::thread::spawn(move || {
            let conn = rusqlite::Connection::open(&path).unwrap();
            conn.execute_batch("BEGIN IMMEDIATE; UPDATE plans SET locale = 'de-DE';")
                .unwrap();
            locked.send(()).unwrap();
            std::thread::sleep(std::time::Duration::from_secs(2));
            conn.execute_batch("COMMIT").unwrap();
        })
    };
    wait.recv().unwrap();
    store.rename(id, "Renamed while locked").unwrap();
    holder.join().unwrap();
    assert_eq!(store.get(id).unwrap().name, "Renamed while locked");

    // A lock held past the busy timeout is reported as such.
    let conn = rusqlite::Connection::open(&path).unwrap();
    conn.execute_batch("BEGIN IMMEDIATE").unwrap();
    let err = store.rename(id, "Never").unwrap_err();
    assert_eq!(err.code(), "busy");
    assert_eq!(
        err.to_string(),
        "the plan database is busy: another program is writing to it; try again in a moment"
    );
    conn.execute_batch("ROLLBACK").unwrap();
}
