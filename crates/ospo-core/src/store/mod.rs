//! SQLite storage of plans: one file, embedded migrations, one transaction per edit.
//! Nothing outside this module writes SQL.

mod assessments;
mod budget;
mod codec;
mod connection;
mod edits;
mod location;
mod migrations;
mod plans;
mod sections;
mod settings;
mod staffing;
mod stakeholders;
mod tracking;

pub use assessments::StoredAssessment;
pub use edits::Applied;
pub use location::{identifier, DEV_IDENTIFIER, RELEASE_IDENTIFIER};
pub use migrations::{APPLICATION_ID, SCHEMA_VERSION};

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

    /// `OSPO_DB` when set, else `ospo.db` in this build's data folder: the one path the desktop
    /// app and the CLI both open (see `location`).
    pub fn default_path() -> Result<PathBuf> {
        location::default_path()
    }

    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }
}
