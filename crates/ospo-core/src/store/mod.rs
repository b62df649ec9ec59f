//! SQLite storage of plans: one file, embedded migrations, one transaction per edit.
//! Nothing outside this module writes SQL.

mod assessments;
mod budget;
mod change;
mod codec;
mod connection;
mod edits;
mod history;
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
pub use connection::APP_IDENTIFIER;
pub use edits::Applied;
pub use history::{Stepped, UndoState};
pub use migrations::{APPLICATION_ID, SCHEMA_VERSION};
pub use versions::Version;

use crate::{Error, Result};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// An open plan database.
pub struct Store {
    conn: Connection,
    path: Option<PathBuf>,
}

impl Store {
    /// Opens (creating if needed) the database at `path`, migrating it after taking a copy.
    /// A database written by a newer version is refused and left untouched.
    pub fn open(path: impl AsRef<Path>) -> Result<Store> {
        let path = path.as_ref();
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        }
        migrations::refuse_foreign_or_newer(path)?;
        let mut conn = connection::open(path)?;
        migrations::run(&mut conn, Some(path))?;
        Ok(Store {
            conn,
            path: Some(path.to_owned()),
        })
    }

    pub fn open_in_memory() -> Result<Store> {
        let mut conn = Connection::open_in_memory()?;
        connection::configure(&conn)?;
        migrations::run(&mut conn, None)?;
        Ok(Store { conn, path: None })
    }

    /// `OSPO_DB` when set, else `ospo.db` in the platform data folder the desktop app uses.
    pub fn default_path() -> Result<PathBuf> {
        if let Some(p) = std::env::var_os("OSPO_DB").filter(|p| !p.is_empty()) {
            return Ok(PathBuf::from(p));
        }
        let base = dirs::data_dir().ok_or_else(|| {
            Error::NotFound("no data folder on this system; pass --db PATH or set OSPO_DB".into())
        })?;
        Ok(base.join(APP_IDENTIFIER).join("ospo.db"))
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
