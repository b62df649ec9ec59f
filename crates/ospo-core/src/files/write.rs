//! Writing plan files: the document pretty-printed with keys in a fixed order (so files diff well),
//! and every file the app writes lands whole or not at all (temp file in the same folder, then rename).

use super::format::DocumentRef;
use crate::model::Plan;
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use std::io::Write;
use std::path::Path;

/// The plan as a plan file, stamped now: the same document `ospo show --json` prints.
pub fn to_json_string(plan: &Plan) -> String {
    to_json_string_at(plan, Utc::now())
}

/// The plan as a plan file, stamped `written_at`.
pub fn to_json_string_at(plan: &Plan, written_at: DateTime<Utc>) -> String {
    let mut text = serde_json::to_string_pretty(&DocumentRef::new(plan, written_at))
        .expect("a plan serializes: its maps have text keys and its numbers are finite");
    text.push('\n');
    text
}

/// Writes the plan file at `path`, replacing any file there only once the new one is complete.
pub fn write_plan_file(plan: &Plan, path: impl AsRef<Path>) -> Result<()> {
    write_atomically(path.as_ref(), to_json_string(plan).as_bytes())
}

/// Writes `bytes` to a temporary file beside `path`, flushes it to disk and renames it over `path`.
pub(crate) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(".ospo-")
        .suffix(".tmp")
        .tempfile_in(dir)
        .map_err(|e| Error::io(dir, e))?;
    tmp.write_all(bytes).map_err(|e| Error::io(tmp.path(), e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| Error::io(tmp.path(), e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}
