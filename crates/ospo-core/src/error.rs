//! The one error type every caller sees: a stable `code` for programs and a one-line message for people.

use crate::model::Problem;
use serde::{Deserialize, Serialize};
use ts_rs::TS;

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
    /// A fault of the program, not of the input (e.g. state left inconsistent by an earlier panic).
    #[error("{0}")]
    Internal(String),
}

/// What kind of failure an error is. Programs (the UI, scripts) branch on this, never on the
/// message; each variant's name on the wire is stable once released.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ErrorCode {
    /// Input that breaks a rule of the plan; the problems say which field and why.
    Invalid,
    NotFound,
    /// The request contradicts what is stored (e.g. removing a group still addressed).
    Conflict,
    DatabaseTooNew,
    Io,
    Database,
    File,
    /// Another program held the database's write lock too long; trying again may work.
    Busy,
    /// The database's file or disk stands in the way: a folder, read-only, full, failing.
    Storage,
    Internal,
}

impl ErrorCode {
    /// The wire name, e.g. `not_found`.
    pub fn as_str(self) -> &'static str {
        match self {
            ErrorCode::Invalid => "invalid",
            ErrorCode::NotFound => "not_found",
            ErrorCode::Conflict => "conflict",
            ErrorCode::DatabaseTooNew => "database_too_new",
            ErrorCode::Io => "io",
            ErrorCode::Database => "database",
            ErrorCode::File => "file",
            ErrorCode::Busy => "busy",
            ErrorCode::Storage => "storage",
            ErrorCode::Internal => "internal",
        }
    }
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
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
    pub fn code(&self) -> ErrorCode {
        match self {
            Error::Invalid(_) => ErrorCode::Invalid,
            Error::NotFound(_) => ErrorCode::NotFound,
            Error::Conflict(_) => ErrorCode::Conflict,
            Error::DatabaseTooNew { .. } => ErrorCode::DatabaseTooNew,
            Error::Io { .. } => ErrorCode::Io,
            Error::Database(_) => ErrorCode::Database,
            Error::File(_) => ErrorCode::File,
            Error::Busy(_) => ErrorCode::Busy,
            Error::Storage(_) => ErrorCode::Storage,
            Error::Internal(_) => ErrorCode::Internal,
        }
    }

    /// One invalid value at `path`, e.g. `Error::invalid("name", "is taken by another plan")`.
    pub fn invalid(path: impl Into<String>, message: impl Into<String>) -> Self {
        Error::Invalid(vec![Problem {
            path: path.into(),
            message: message.into(),
        }])
    }

    pub fn io(path: impl AsRef<std::path::Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().display().to_string(),
            source,
        }
    }

    pub fn payload(&self) -> ErrorPayload {
        ErrorPayload {
            code: self.code(),
            message: self.to_string(),
            problems: match self {
                Error::Invalid(problems) => problems.clone(),
                _ => Vec::new(),
            },
        }
    }
}

/// What crosses the wire to the UI when a command fails: a `code` to branch on, a one-line
/// `message` for people, and for invalid input every problem with the path of its field
/// (`positions[3].fte`), so each can be shown beside its field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
#[ts(rename = "CommandError")]
pub struct ErrorPayload {
    pub code: ErrorCode,
    pub message: String,
    pub problems: Vec<Problem>,
}

impl From<Error> for ErrorPayload {
    fn from(e: Error) -> Self {
        e.payload()
    }
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
        assert_eq!(json["problems"][1]["path"], "budget.currency");
    }

    #[test]
    fn codes_travel_under_their_stable_names() {
        for (err, name) in [
            (Error::NotFound("x".into()), "not_found"),
            (
                Error::DatabaseTooNew {
                    found: 9,
                    supported: 1,
                },
                "database_too_new",
            ),
            (Error::Internal("x".into()), "internal"),
        ] {
            let json = serde_json::to_value(err.payload()).unwrap();
            assert_eq!(json["code"], name);
            assert_eq!(err.code().as_str(), name);
            assert_eq!(json["problems"], serde_json::json!([]));
        }
    }
}
