//! Embedded, numbered schema migrations guarded by `PRAGMA user_version`; never edit a landed one.

use super::connection::not_a_database;
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_plans.sql"),
    include_str!("migrations/0002_samples.sql"),
];

/// The schema this build writes: the number of migrations.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// `PRAGMA application_id` of our databases: "OSPO" in ASCII.
pub const APPLICATION_ID: i64 = 0x4F53_504F;

/// Looks at an existing file through a read-only connection, so a newer database or somebody
/// else's SQLite file is refused before anything (journal mode, migrations) could touch it.
pub(super) fn refuse_foreign_or_newer(path: &Path) -> Result<()> {
    if !path.exists() {
        return Ok(());
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| not_a_database(path, e))?;
    let found = user_version(&conn).map_err(|e| not_a_database(path, e))?;
    let (app_id, tables): (i64, i64) = conn
        .query_row(
            "SELECT (SELECT application_id FROM pragma_application_id()),
                    (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map_err(|e| not_a_database(path, e))?;
    if (app_id != 0 && app_id != APPLICATION_ID) || (found == 0 && tables > 0) {
        return Err(Error::Conflict(format!(
            "{} is a SQLite database of another program, not an OSPO Planner one; it was left untouched",
            path.display()
        )));
    }
    if found > SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew {
            found,
            supported: SCHEMA_VERSION,
        });
    }
    Ok(())
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Brings the schema up to date in one transaction, after copying an existing database aside.
pub(super) fn run(conn: &mut Connection, path: Option<&Path>) -> Result<()> {
    run_list(conn, path, MIGRATIONS)
}

fn run_list(conn: &mut Connection, path: Option<&Path>, migrations: &[&str]) -> Result<()> {
    let found = user_version(conn)?;
    let latest = migrations.len() as i64;
    if found > latest {
        return Err(Error::DatabaseTooNew {
            found,
            supported: latest,
        });
    }
    if found == latest {
        return Ok(());
    }
    if let (Some(path), true) = (path, found > 0) {
        let stamp = chrono::Utc::now().format("%Y%m%dT%H%M%S");
        let backup = path.with_extension(format!("v{found}-{stamp}.bak"));
        conn.execute("VACUUM INTO ?1", [backup.to_string_lossy()])?;
    }
    let tx = conn.transaction()?;
    for (i, sql) in migrations.iter().enumerate().skip(found as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    tx.commit()?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const V1: &str = "CREATE TABLE notes (body TEXT NOT NULL);";
    const V2: &str = "ALTER TABLE notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;";

    #[test]
    fn an_upgrade_copies_the_database_aside_first() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plans.db");
        let mut conn = Connection::open(&path).unwrap();
        run_list(&mut conn, Some(&path), &[V1]).unwrap();
        conn.execute("INSERT INTO notes (body) VALUES ('kept')", [])
            .unwrap();

        run_list(&mut conn, Some(&path), &[V1, V2]).unwrap();
        assert_eq!(user_version(&conn).unwrap(), 2);
        let backups: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "bak"))
            .collect();
        assert_eq!(backups.len(), 1, "{backups:?}");
        let name = backups[0]
            .file_name()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        assert!(name.starts_with("plans.v1-"), "{name}");
        let old = Connection::open(&backups[0]).unwrap();
        assert_eq!(user_version(&old).unwrap(), 1);
        let body: String = old
            .query_row("SELECT body FROM notes", [], |r| r.get(0))
            .unwrap();
        assert_eq!(body, "kept");
    }

    #[test]
    fn a_failing_migration_leaves_the_schema_as_it_was() {
        let mut conn = Connection::open_in_memory().unwrap();
        run_list(&mut conn, None, &[V1]).unwrap();
        let err = run_list(&mut conn, None, &[V1, V2, "THIS IS NOT SQL"]);
        assert!(err.is_err());
        assert_eq!(user_version(&conn).unwrap(), 1);
        let cols: i64 = conn
            .query_row("SELECT COUNT(*) FROM pragma_table_info('notes')", [], |r| {
                r.get(0)
            })
            .unwrap();
        assert_eq!(
            cols, 1,
            "the successful V2 step was rolled back with the failing one"
        );
    }
}
