//! Plan files into the database: a new plan from a file, whole, in one transaction or not at all.

use super::read::{read_plan_bytes, read_plan_file};
use crate::model::{Plan, Problems};
use crate::{Result, Store};
use std::path::Path;

/// Reads the plan file at `path` and stores it as a new plan; returns the new plan's id.
/// `name` replaces the file's plan name; without it a taken name gets a " (2)" suffix.
pub fn import_file(store: &mut Store, path: impl AsRef<Path>, name: Option<&str>) -> Result<i64> {
    import_plan(store, read_plan_file(path)?, name)
}

/// As `import_file`, from the bytes of a plan file (e.g. the attachment of a proposal PDF).
pub fn import_bytes(store: &mut Store, bytes: &[u8], name: Option<&str>) -> Result<i64> {
    import_plan(store, read_plan_bytes(bytes)?, name)
}

/// Stores a plan read from a file; the reader has validated it whole, so only a new name is checked.
fn import_plan(store: &mut Store, mut plan: Plan, name: Option<&str>) -> Result<i64> {
    plan.name = match name {
        Some(n) => {
            let mut problems = Problems::new();
            crate::model::validate_name(n, "name", &mut problems);
            problems.into_result()?;
            n.to_owned()
        }
        None => store.unique_name(&plan.name)?,
    };
    store.create_validated(&plan)
}
