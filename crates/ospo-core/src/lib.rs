//! ospo-core: everything OSPO Planner knows — the plan, its rules, its storage — with no UI and no Tauri,
//! so the desktop shell, the `ospo` command and the tests all go through one door.

#![allow(clippy::inconsistent_digit_grouping)] // money literals read as units_minor: 150_000_00

pub mod catalog;
pub mod chart;
pub mod compare;
pub mod defaults;
pub mod error;
pub mod files;
pub mod guide;
pub mod model;
pub mod report;
pub mod store;
pub mod typeset;
pub mod wording;

pub use store::Store;

pub use error::{Error, Result};
