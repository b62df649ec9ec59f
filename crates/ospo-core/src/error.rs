//! The one error type every caller sees: a stable `code` for programs and a one-line message for people.

use crate::model::Problem;
use serde::Serialize;

pub type Result<T, E = Error> = std::result::Result<T, E>;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}", join_problems(.0))]
    Invalid(Vec<Problem>),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    Conflict(String),
    #[error("this database was made by a newer version of OSPO Planner (schema {found}); this app reads up to schema {supported} and left the file untouched")]
    DatabaseTooNew { found: i64, supported: i64 },
    #[error("{path}: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("database error: {0}")]
    Database(#[from] rusqlite::Error),
    /// A plan file that cannot be read as one: not JSON, too big, another format or a newer version.
    #[error("{0}")]
    File(String),
    /// Another program held the database's write lock for longer than the busy timeout.
    #[error("{0}")]
    Busy(String),
    /// The database's file or disk stands in the way: a folder, read-only, full, failing.
    #[error("{0}")]
    Storage(String),
}

fn join_problems(problems: &[Problem]) -> String {
    match problems {
        [] => "invalid input".to_owned(),
        [one] => one.to_string(),
        [first, rest @ ..] if rest.len() == 1 => format!("{first} (and 1 more problem)"),
        [first, rest @ ..] => format!("{first} (and {} more problems)", rest.len()),
    }
}

impl Error {
    /// Stable identifiers the UI and scripts can branch on; never reworded once released.
    pub fn code(&self) -> &'static str {
        match self {
            Error::Invalid(_) => "invalid",
            Error::NotFound(_) => "not_found",
            Error::Conflict(_) => "conflict",
            Error::DatabaseTooNew { .. } => "database_too_new",
            Error::Io { .. } => "io",
            Error::Database(_) => "database",
            Error::File(_) => "file",
            Error::Busy(_) => "busy",
            Error::Storage(_) => "storage",
        }
    }

    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code().to_owned(),
            message: self.to_string(),
        }
    }
}

/// What crosses the wire to the UI: `{ "code": "...", "message": "..." }`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, ts_rs::TS)]
pub struct ErrorPayload {
    pub code: String,
    pub message: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payload_has_code_and_one_line_message() {
        let err = Error::Invalid(vec![
            Problem {
                path: "positions[0].fte".into(),
                message: "must be between 0 and 1".into(),
            },
            Problem {
                path: "budget.currency".into(),
                message: "unknown currency".into(),
            },
        ]);
        let json = serde_json::to_value(err.payload()).unwrap();
        assert_eq!(json["code"], "invalid");
        assert_eq!(
            json["message"],
            "positions[0].fte: must be between 0 and 1 (and 1 more problem)"
        );
    }
}
