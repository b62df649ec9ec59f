//! Verbs on a plan's history: one edit from a script, undo, redo, named versions and restore.

use super::{open_store, print_json};
use crate::table::{escape, Table};
use ospo_core::model::{Edit, Problem};
use ospo_core::{Error, Result};
use std::io::Read;
use std::path::PathBuf;
use std::process::ExitCode;

/// Applies one edit given as JSON (`-` reads it from standard input); prints the new item's id.
pub fn edit(db: Option<PathBuf>, plan: &str, edit: &str) -> Result<ExitCode> {
    let text = if edit == "-" {
        let mut s = String::new();
        std::io::stdin()
            .read_to_string(&mut s)
            .map_err(|e| Error::io("standard input", e))?;
        s
    } else {
        edit.to_owned()
    };
    let edit: Edit = serde_json::from_str(&text).map_err(|e| {
        Error::Invalid(vec![Problem {
            path: "edit".into(),
            message: format!(
                "not an edit ({e}); expected JSON such as {{\"op\": \"rename\", \"value\": \"New name\"}}"
            ),
        }])
    })?;
    let mut store = open_store(db)?;
    let id = store.resolve(plan)?;
    if let Some(new_id) = store.apply(id, &edit)?.id {
        println!("{new_id}");
    }
    Ok(ExitCode::SUCCESS)
}

pub fn undo(db: Option<PathBuf>, plan: &str, forward: bool) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let id = store.resolve(plan)?;
    let stepped = if forward {
        store.redo(id)?
    } else {
        store.undo(id)?
    };
    match stepped {
        Some(s) => println!(
            "{}: {}",
            if forward { "redone" } else { "undone" },
            escape(&s.label)
        ),
        None => {
            return Err(Error::Conflict(format!(
                "nothing to {} in this plan",
                if forward { "redo" } else { "undo" }
            )))
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn snapshot(db: Option<PathBuf>, plan: &str, message: &str) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let id = store.resolve(plan)?;
    println!("{}", store.snapshot(id, message)?);
    Ok(ExitCode::SUCCESS)
}

pub fn versions(db: Option<PathBuf>, plan: &str, json: bool) -> Result<ExitCode> {
    let store = open_store(db)?;
    let list = store.versions(store.resolve(plan)?)?;
    if json {
        print_json(&list);
        return Ok(ExitCode::SUCCESS);
    }
    if list.is_empty() {
        println!("No versions yet. Save one with `ospo snapshot PLAN -m MESSAGE`.");
        return Ok(ExitCode::SUCCESS);
    }
    let mut t = Table::new(&["ID", "SAVED", "MESSAGE"]);
    for v in list {
        t.row(vec![
            v.id.to_string(),
            v.at.format("%Y-%m-%d %H:%M UTC").to_string(),
            v.message,
        ]);
    }
    print!("{}", t.render());
    Ok(ExitCode::SUCCESS)
}

pub fn restore(db: Option<PathBuf>, plan: &str, version: &str) -> Result<ExitCode> {
    let version: i64 = version.trim().parse().map_err(|_| {
        Error::NotFound(format!(
            "no version \"{version}\": a version is a number (see `ospo versions`)"
        ))
    })?;
    let mut store = open_store(db)?;
    let id = store.resolve(plan)?;
    store.restore(id, version)?;
    println!("restored version {version}; `ospo undo` takes it back");
    Ok(ExitCode::SUCCESS)
}
