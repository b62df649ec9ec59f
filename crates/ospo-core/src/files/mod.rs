//! The portable plan file and the finance and calendar exports: read (safely), validate, upgrade,
//! write, anonymize and merge plans as files; CSV, XLSX and iCalendar for other tools.

mod anonymize;
mod csv;
mod format;
mod ics;
mod import;
mod json;
mod merge;
mod migrate;
mod read;
mod schema;
mod write;
mod xlsx;

pub use anonymize::anonymize;
pub use csv::{
    budget_csv, budget_lines_from_csv, import_budget_file, staffing_csv, write_csv_dir,
    BUDGET_FILE, STAFFING_FILE,
};
pub use format::{limits, Document, APP_VERSION, EXTENSION, FORMAT_NAME, FORMAT_VERSION};
pub use ics::{ics_string, write_ics_file};
pub use import::{import_bytes, import_file};
pub use merge::{merge, merge_into, MergeReport, Section, SectionMerge};
pub use read::{read_document_bytes, read_document_file, read_plan_bytes, read_plan_file};
pub use schema::{schema_json, SCHEMA_PATH};
pub use write::{to_json_string, to_json_string_at, write_plan_file};
pub use xlsx::{write_xlsx_file, xlsx_bytes};
