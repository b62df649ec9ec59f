//! `ospo check`: the plan review, fit to guard a plan kept in git (non-zero exit on an error).

use super::{open_store, print_json};
use crate::table::escape;
use ospo_core::guide::review::{review, Severity};
use ospo_core::{Error, Result};
use std::path::PathBuf;
use std::process::ExitCode;

pub fn check(db: Option<PathBuf>, plan: &str, json: bool) -> Result<ExitCode> {
    let store = open_store(db)?;
    let plan = store.get(store.resolve(plan)?)?;
    let result = review(&plan, ospo_core::defaults::today());
    if json {
        print_json(&result);
    } else if result.findings.is_empty() {
        println!("{}: passes every rule of the review.", escape(&plan.name));
    } else {
        for f in &result.findings {
            println!(
                "{:<7}  {}  [{}]",
                f.severity.label(),
                escape(&f.message),
                f.rule
            );
            if !f.items.is_empty() {
                println!("         at: {}", escape(&f.items.join(", ")));
            }
            println!("         fix: {}", f.fix);
            println!("         {}", f.source.attribution());
        }
    }
    let errors = result.count(Severity::Error);
    if errors > 0 {
        return Err(Error::Conflict(format!(
            "{}: {errors} error{} in the review",
            plan.name,
            if errors == 1 { "" } else { "s" }
        )));
    }
    Ok(ExitCode::SUCCESS)
}
