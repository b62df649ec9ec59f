//! Connection setup in one place: WAL, synchronous level, foreign keys and busy timeout.

use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

pub(super) fn open(path: &Path) -> Result<Connection> {
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| not_a_database(path, e))?;
    configure(&conn).map_err(|e| match e {
        Error::Database(e) => not_a_database(path, e),
        other => other,
    })?;
    Ok(conn)
}

/// WAL with `synchronous=NORMAL`: a committed edit survives the app being killed or crashing;
/// a power cut may lose the last moments of edits but never corrupts the file. FULL would add an
/// fsync to every keystroke-sized edit for a risk a laptop's battery already covers.
pub(super) fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(5))?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;",
    )?;
    Ok(())
}

pub(super) fn not_a_database(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) => Error::Conflict(format!(
            "{} is not an OSPO Planner database (not SQLite)",
            path.display()
        )),
        Some(rusqlite::ErrorCode::CannotOpen) => {
            Error::NotFound(format!("cannot open database {}", path.display()))
        }
        _ => Error::Database(e),
    }
}
