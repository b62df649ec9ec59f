//! ospo-core integration tests: one binary, a module per topic.
#![allow(clippy::inconsistent_digit_grouping)]

mod arbitrary_plan;
mod calendar;
mod crash;
mod database;
mod files;
mod fixtures;
mod guide;
mod history;
mod input;
mod pdf_text;
mod report;
mod store;
