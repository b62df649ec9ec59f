//! One module per group of verbs; each verb opens the store, calls ospo-core and prints.

pub mod check;
pub mod diff;
pub mod files;
pub mod history;
pub mod pdf;
pub mod plans;
pub mod scenarios;

use ospo_core::{Result, Store};
use std::path::PathBuf;

pub fn open_store(db: Option<PathBuf>) -> Result<Store> {
    let path = match db {
        Some(p) => p,
        None => Store::default_path()?,
    };
    Store::open(path)
}

pub fn print_json<T: serde::Serialize>(value: &T) {
    println!(
        "{}",
        serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
    );
}
