//! Embedded, numbered schema migrations guarded by `PRAGMA user_version`; never edit a landed one.

use crate::{Error, Result};
use rusqlite::{Connection, OptionalExtension, TransactionBehavior};
use std::path::Path;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/0001_plans.sql"),
    include_str!("migrations/0002_ids_never_reused.sql"),
    include_str!("migrations/0003_fiscal_year_name.sql"),
    include_str!("migrations/0004_history.sql"),
    include_str!("migrations/0005_samples.sql"),
];

/// The schema this build writes: the number of migrations.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// `PRAGMA application_id` of our databases: "OSPO" in ASCII.
pub const APPLICATION_ID: i64 = 0x4F53_504F;

/// True when the schema needs no migration.
pub(super) fn is_current(conn: &Connection) -> Result<bool> {
    Ok(user_version(conn)? == SCHEMA_VERSION)
}

fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |r| r.get(0))
}

/// Brings the schema up to date in one transaction, after copying an existing database aside.
/// Foreign keys are off while it runs, so a migration may rebuild a table others refer to
/// without cascading deletes; the references are checked before it commits.
pub(super) fn run(conn: &mut Connection, path: Option<&Path>) -> Result<()> {
    if user_version(conn)? == SCHEMA_VERSION {
        return Ok(());
    }
    conn.pragma_update(None, "foreign_keys", false)?;
    let result = run_list(conn, path, MIGRATIONS);
    conn.pragma_update(None, "foreign_keys", true)?;
    result
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
    // Another process may have migrated meanwhile: the version is read again under the write lock.
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let found = user_version(&tx)?;
    for (i, sql) in migrations.iter().enumerate().skip(found.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", i as i64 + 1)?;
    }
    let broken: Option<String> = tx
        .query_row("SELECT \"table\" FROM pragma_foreign_key_check", [], |r| {
            r.get(0)
        })
        .optional()?;
    if let Some(table) = broken {
        return Err(Error::Conflict(format!(
            "the schema upgrade left rows in {table} without their plan; nothing was changed"
        )));
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
    fn plans_stored_before_fiscal_year_names_keep_their_dates() {
        let mut conn = Connection::open_in_memory().unwrap();
        run_list(&mut conn, None, &MIGRATIONS[..1]).unwrap();
        for (name, month) in [("october", 10), ("january", 1)] {
            conn.execute(
                "INSERT INTO plans (name, created_at, updated_at, locale, org_name, employees, industry,
                    sponsor_name, sponsor_title, value_propositions, structure_kind, reports_to,
                    current_stage, target_stage, current_rung, target_rung, currency,
                    first_fiscal_year, first_month, horizon_years, assumptions, sources)
                 VALUES (?1, '', '', 'en', '', 0, '', '', '', '[]', 'virtual', '', 0, 0, 'consumer',
                    'consumer', 'USD', 2027, ?2, 3, '[]', '[]')",
                rusqlite::params![name, month],
            )
            .unwrap();
        }
        run_list(&mut conn, None, MIGRATIONS).unwrap();
        let named_by = |name: &str| -> String {
            conn.query_row(
                "SELECT fiscal_year_named_by FROM plans WHERE name = ?1",
                [name],
                |r| r.get(0),
            )
            .unwrap()
        };
        assert_eq!(named_by("october"), "start_year");
        assert_eq!(named_by("january"), "end_year");
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
