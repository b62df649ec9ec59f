//! SQLite storage of plans: one file, embedded migrations, one transaction per edit.
//! Nothing outside this module writes SQL.

mod assessments;
mod budget;
mod change;
mod codec;
mod connection;
mod diagnose;
mod edits;
mod history;
mod identify;
mod location;
mod migrations;
mod plans;
mod scenarios;
mod sections;
mod settings;
mod staffing;
mod stakeholders;
mod tracking;
mod versions;

pub use assessments::StoredAssessment;
pub use edits::Applied;
pub use history::{Stepped, UndoState};
pub use location::{identifier, DEV_IDENTIFIER, RELEASE_IDENTIFIER};
pub use migrations::{APPLICATION_ID, SCHEMA_VERSION};
pub use versions::Version;

use crate::{Error, Result};
use rusqlite::{Connection, Transaction, TransactionBehavior};
use std::path::{Path, PathBuf};

/// An open plan database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
    /// Why the database was opened read-only (a read-only file, folder or mount); writes are refused.
    read_only: Option<String>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, migrating it after taking a copy.
    /// A database written by a newer version is refused and left untouched.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        identify::check_existing(path)?;
        let connection::Opened {
            mut conn,
            read_only,
        } = connection::open(path)?;
        match &read_only {
            None => migrations::run(&mut conn, Some(path))
                .map_err(|e| diagnose::on_database(path, e))?,
            Some(reason) if !migrations::is_current(&conn)? => {
                return Err(diagnose::read_only(
                    Some(path),
                    &format!("{reason}, and it needs a schema upgrade before it can be read"),
                ))
            }
            Some(_) => {}
        }
        Ok(Store {
            conn,
            path: Some(path.to_owned()),
            read_only,
        })
    }

    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        connection::configure(&conn)?;
        migrations::run(&mut conn, None)?;
        Ok(Store {
            conn,
            path: None,
            read_only: None,
        })
    }

    /// Why the database can only be read, when it was opened read-only.
    pub fn read_only_reason(&self) -> Option<&str> {
        self.read_only.as_deref()
    }

    /// Begins a write transaction. It takes the write lock at once (IMMEDIATE), so it waits out
    /// another program's write for the busy timeout instead of failing when it first writes.
    pub(crate) fn write_tx(&mut self) -> Result<Transaction<'_>> {
        if let Some(reason) = &self.read_only {
            return Err(diagnose::read_only(self.path.as_deref(), reason));
        }
        self.conn
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(|e| match (e.sqlite_error_code(), &self.path) {
                (Some(rusqlite::ErrorCode::DatabaseBusy), _) => Error::Busy(diagnose::BUSY.into()),
                (_, Some(path)) => diagnose::describe(path, e),
                (_, None) => Error::Database(e),
            })
    }

    /// `OSPO_DB` when set, else `ospo.db` in this build's data folder: the one path the desktop
    /// app and the CLI both open (see `location`).
    pub fn default_path() -> Result<PathBuf> {
        location::default_path()
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// Folds the write-ahead log into the database file, so its size is the data's.
    pub fn checkpoint(&self) -> Result<()> {
        self.conn
            .query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |_| Ok(()))?;
        Ok(())
    }
}
