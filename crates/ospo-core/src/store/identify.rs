//! What an existing file is, told through a read-only connection before anything could write to
//! it: ours (by application id and tables), an empty SQLite file, or something to leave alone.

use super::connection::open_read_only;
use super::diagnose;
use super::migrations::{APPLICATION_ID, SCHEMA_VERSION};
use crate::{Error, Result};
use std::path::Path;

/// Refuses a folder, a special file, another program's database, a newer one of ours or one
/// whose schema version was lost; a missing or empty file is fine (it becomes a new database).
pub(super) fn check_existing(path: &Path) -> Result<()> {
    let meta = match std::fs::metadata(path) {
        Ok(m) => m,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(Error::io(path, e)),
    };
    if meta.is_dir() {
        return Err(diagnose::folder_given(path));
    }
    if !meta.is_file() {
        return Err(Error::Storage(format!(
            "{} is not a regular file, so it cannot be a plan database",
            path.display()
        )));
    }
    if meta.len() == 0 {
        return Ok(());
    }
    let conn = open_read_only(path)?;
    let (version, app_id, tables, plans): (i64, i64, i64, bool) = conn
        .query_row(
            "SELECT (SELECT user_version FROM pragma_user_version()),
                    (SELECT application_id FROM pragma_application_id()),
                    (SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'),
                    EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'plans')",
            [],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
        )
        .map_err(|e| diagnose::describe(path, e))?;
    let shown = path.display();
    if app_id != APPLICATION_ID {
        if app_id == 0 && version == 0 && tables == 0 {
            return Ok(());
        }
        return Err(Error::Conflict(format!(
            "{shown} is a SQLite database of another program, not an OSPO Planner one; it was left untouched"
        )));
    }
    if version > SCHEMA_VERSION {
        return Err(Error::DatabaseTooNew {
            found: version,
            supported: SCHEMA_VERSION,
        });
    }
    if version == 0 {
        return Err(Error::Conflict(format!(
            "{shown} is an OSPO Planner database whose schema version (PRAGMA user_version) was reset to 0, \
             so it cannot be upgraded safely; it was left untouched: restore it from a backup (.bak) beside it"
        )));
    }
    if !plans {
        return Err(Error::Conflict(format!(
            "{shown} is marked as an OSPO Planner database but has no plans table; it was left untouched"
        )));
    }
    Ok(())
}
