//! Connection setup in one place: WAL, synchronous level, foreign keys and busy timeout; a database
//! that cannot be written (read-only file, folder or mount) opens read-only, with the reason kept.

use super::diagnose;
use crate::{Error, Result};
use rusqlite::{Connection, OpenFlags};
use std::path::Path;
use std::time::Duration;

/// How long a writer waits for another program's write to finish before it gives up.
pub(super) const BUSY_TIMEOUT: Duration = Duration::from_secs(10);

/// A connection, and why it is read-only when it is.
pub(super) struct Opened {
    pub conn: Connection,
    pub read_only: Option<String>,
}

pub(super) fn open(path: &Path) -> Result<Opened> {
    if let Some(reason) = diagnose::cannot_write(path) {
        if !path.exists() {
            return Err(Error::Storage(format!(
                "cannot create the plan database {}: {reason}; choose another place with --db or OSPO_DB",
                path.display()
            )));
        }
        let conn = open_read_only(path)?;
        conn.execute_batch("PRAGMA foreign_keys = ON;")
            .map_err(|e| diagnose::describe(path, e))?;
        return Ok(Opened {
            conn,
            read_only: Some(reason),
        });
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )
    .map_err(|e| diagnose::describe(path, e))?;
    configure(&conn).map_err(|e| match e {
        Error::Database(e) => diagnose::describe(path, e),
        other => other,
    })?;
    Ok(Opened {
        conn,
        read_only: None,
    })
}

/// WAL with `synchronous=NORMAL`: a committed edit survives the app being killed or crashing;
/// a power cut may lose the last moments of edits but never corrupts the file. FULL would add an
/// fsync to every keystroke-sized edit for a risk a laptop's battery already covers.
pub(super) fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(BUSY_TIMEOUT)?;
    conn.execute_batch(
        "PRAGMA journal_mode = WAL;
         PRAGMA synchronous = NORMAL;
         PRAGMA foreign_keys = ON;",
    )?;
    Ok(())
}

/// A connection that cannot write. A WAL database in a folder where its `-shm` file cannot be
/// made is opened as immutable: nobody can be writing it there either.
pub(super) fn open_read_only(path: &Path) -> Result<Connection> {
    let flags = OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX;
    let conn = Connection::open_with_flags(path, flags).map_err(|e| diagnose::describe(path, e))?;
    conn.busy_timeout(BUSY_TIMEOUT)?;
    match probe(&conn) {
        Ok(()) => Ok(conn),
        Err(e)
            if matches!(
                e.sqlite_error_code(),
                Some(rusqlite::ErrorCode::CannotOpen | rusqlite::ErrorCode::ReadOnly)
            ) =>
        {
            drop(conn);
            let conn = Connection::open_with_flags(
                immutable_uri(path),
                flags | OpenFlags::SQLITE_OPEN_URI,
            )
            .map_err(|e| diagnose::describe(path, e))?;
            probe(&conn).map_err(|e| diagnose::describe(path, e))?;
            Ok(conn)
        }
        Err(e) => Err(diagnose::describe(path, e)),
    }
}

fn probe(conn: &Connection) -> rusqlite::Result<()> {
    conn.query_row("SELECT COUNT(*) FROM sqlite_master", [], |_| Ok(()))
}

/// `file:/the/path?immutable=1`, every byte outside the unreserved set percent-encoded.
fn immutable_uri(path: &Path) -> String {
    let mut uri = String::from("file:");
    for &b in path.to_string_lossy().as_bytes() {
        if b.is_ascii_alphanumeric() || b"/-_.~".contains(&b) {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri.push_str("?immutable=1");
    uri
}
