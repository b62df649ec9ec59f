//! The JSON Schema of plan files, generated from the Rust types so it cannot drift from what the
//! reader accepts; a copy is kept at docs/ospo-plan.schema.json for template authors.

use super::format::Document;

/// Where the schema is kept, from the repository root.
pub const SCHEMA_PATH: &str = "docs/ospo-plan.schema.json";

/// The schema of a plan file, pretty-printed, ending in a newline.
pub fn schema_json() -> String {
    let schema = schemars::schema_for!(Document);
    let mut text = serde_json::to_string_pretty(&schema)
        .expect("a schema is plain JSON: text keys, finite numbers");
    text.push('\n');
    text
}
