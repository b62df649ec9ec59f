//! ospo-core integration tests: one binary, a module per topic.
#![allow(clippy::inconsistent_digit_grouping)]

mod arbitrary_plan;
mod crash;
mod files;
mod fixtures;
mod guide;
mod history;
mod report;
mod store;
