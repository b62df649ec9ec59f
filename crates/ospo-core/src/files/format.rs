//! The portable document: a named, versioned envelope around one plan, and the limits a reader enforces.

use crate::model::Plan;
use chrono::{DateTime, Utc};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The value of `format` in every plan file.
pub const FORMAT_NAME: &str = "ospo-plan";
/// The version this app writes and the newest it reads; older ones are upgraded on reading.
pub const FORMAT_VERSION: u32 = 2;
/// The version of the app, recorded in each file it writes.
pub const APP_VERSION: &str = env!("CARGO_PKG_VERSION");
/// Usual file name ending of a plan file.
pub const EXTENSION: &str = ".ospo.json";

/// Bounds on a plan file, checked before and while it is parsed. Text lengths and item counts
/// are the model's own (`model::limits`), checked by `Plan::problems()`.
pub mod limits {
    pub use crate::model::limits::*;

    /// A file larger than this is refused from its size alone, before a byte is read.
    pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;
    /// Arrays and objects nested deeper than this are refused while parsing (a plan needs 6).
    pub const MAX_DEPTH: usize = 16;
    /// No string anywhere in the document may be longer than this, whatever its field.
    pub const MAX_STRING_CHARS: usize = LONG_TEXT;
}

/// A plan file as it is on disk.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
#[schemars(title = "OSPO Planner plan file")]
pub struct Document {
    /// Always "ospo-plan".
    #[schemars(extend("const" = "ospo-plan"))]
    pub format: String,
    /// Version of this format; readers upgrade older versions and refuse newer ones.
    #[schemars(range(min = 1))]
    pub format_version: u32,
    /// Version of OSPO Planner that wrote the file.
    pub app_version: String,
    /// When the file was written (RFC 3339, UTC).
    pub written_at: DateTime<Utc>,
    pub plan: Plan,
}

/// The same document, borrowing its plan, for writing without a copy.
#[derive(Serialize)]
pub(crate) struct DocumentRef<'a> {
    pub format: &'static str,
    pub format_version: u32,
    pub app_version: &'static str,
    pub written_at: DateTime<Utc>,
    pub plan: &'a Plan,
}

impl<'a> DocumentRef<'a> {
    pub fn new(plan: &'a Plan, written_at: DateTime<Utc>) -> Self {
        DocumentRef {
            format: FORMAT_NAME,
            format_version: FORMAT_VERSION,
            app_version: APP_VERSION,
            written_at,
            plan,
        }
    }
}
