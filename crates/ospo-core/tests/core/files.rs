//! Plan files: lossless round trips, and files from strangers that are refused with the place of
//! every problem while the database stays exactly as it was.

use crate::arbitrary_plan;
use crate::fixtures::{dump, rich_plan};
use ospo_core::files::{self, limits};
use ospo_core::{Error, Store};
use proptest::prelude::*;
use serde_json::{json, Value};
use std::path::Path;

/// The rich fixture with fixed timestamps, so two calls give equal plans.
fn shared_plan() -> ospo_core::model::Plan {
    let mut plan = rich_plan("Shared plan");
    plan.created_at = chrono::DateTime::from_timestamp(1_790_000_000, 0).unwrap();
    plan.updated_at = plan.created_at;
    plan
}

fn doc_value() -> Value {
    serde_json::from_str(&files::to_json_string(&shared_plan())).unwrap()
}

fn bytes(v: &Value) -> Vec<u8> {
    serde_json::to_vec_pretty(v).unwrap()
}

/// A database holding one plan, closed; returns its path.
fn seeded_db(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("plans.db");
    let mut store = Store::open(&db).unwrap();
    store.create(&rich_plan("Already here")).unwrap();
    db
}

/// Importing `file` fails with an error whose message holds `expected`, and the database file is
/// byte-for-byte and row-for-row what it was.
fn refused(file: &[u8], expected: &str) -> Error {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let path = dir.path().join("in.ospo.json");
    std::fs::write(&path, file).unwrap();
    let before = (std::fs::read(&db).unwrap(), dump(&db));
    let err = {
        let mut store = Store::open(&db).unwrap();
        files::import_file(&mut store, &path, None).unwrap_err()
    };
    let listed = match &err {
        Error::Invalid(problems) => problems
            .iter()
            .map(ToString::to_string)
            .collect::<Vec<_>>()
            .join("\n"),
        other => other.to_string(),
    };
    assert!(
        listed.contains(expected),
        "expected {expected:?} in:\n{listed}"
    );
    assert_eq!(
        (std::fs::read(&db).unwrap(), dump(&db)),
        before,
        "database changed"
    );
    err
}

fn with(mut v: Value, pointer: &str, new: Value) -> Vec<u8> {
    *v.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer}")) = new;
    bytes(&v)
}

#[test]
fn the_document_has_a_fixed_key_order_and_reads_back_equal() {
    let plan = rich_plan("Shared plan");
    let at = chrono::DateTime::from_timestamp(1_800_000_000, 0).unwrap();
    let text = files::to_json_string_at(&plan, at);
    assert_eq!(text, files::to_json_string_at(&plan, at));
    assert!(
        text.starts_with(
            "{\n  \"format\": \"ospo-plan\",\n  \"format_version\": 2,\n  \"app_version\": \""
        ),
        "{text}"
    );
    assert!(text.contains("\"written_at\": \"2027-01-15T08:00:00Z\",\n  \"plan\": {\n    \"id\": 0,\n    \"name\": \"Shared plan\""));
    let doc = files::read_document_bytes(text.as_bytes()).unwrap();
    assert_eq!(doc.plan, plan);
    assert_eq!(doc.written_at, at);
    assert_eq!(doc.app_version, files::APP_VERSION);
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn export_then_import_gives_back_the_same_plan(plan in arbitrary_plan::plan()) {
        prop_assert_eq!(plan.problems().into_vec(), vec![]);
        let text = files::to_json_string(&plan);
        prop_assert_eq!(files::read_plan_bytes(text.as_bytes()).unwrap(), plan);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(40))]

    #[test]
    fn a_file_imported_into_the_database_comes_back_as_written(plan in arbitrary_plan::plan()) {
        let mut store = Store::open_in_memory().unwrap();
        let text = files::to_json_string(&plan);
        let id = files::import_bytes(&mut store, text.as_bytes(), None).unwrap();
        let mut back = store.get(id).unwrap();
        back.id = plan.id;
        back.created_at = plan.created_at;
        back.updated_at = plan.updated_at;
        prop_assert_eq!(back, plan);
    }
}

#[test]
fn a_version_one_file_keeps_its_fiscal_year_dates() {
    let mut v = doc_value();
    v["format_version"] = json!(1);
    v["plan"]["budget"]["first_month"] = json!(10);
    v["plan"]["budget"]
        .as_object_mut()
        .unwrap()
        .remove("fiscal_year_named_by");
    let plan = files::read_plan_bytes(&bytes(&v)).unwrap();
    assert_eq!(
        plan.budget.fiscal_year_named_by,
        ospo_core::model::FiscalYearName::StartYear
    );
    let first = &plan.totals().years[0];
    assert_eq!(first.start.to_string(), "2027-10-01");
}

#[test]
fn writing_replaces_a_file_whole_and_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.ospo.json");
    std::fs::write(&path, "old").unwrap();
    let plan = rich_plan("Shared plan");
    files::write_plan_file(&plan, &path).unwrap();
    assert_eq!(files::read_plan_file(&path).unwrap(), plan);
    let names: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names, ["plan.ospo.json"]);
}

#[test]
fn a_file_written_into_a_missing_folder_is_an_io_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let err =
        files::write_plan_file(&rich_plan("x"), dir.path().join("no/such/plan.json")).unwrap_err();
    assert_eq!(err.code(), "io");
    assert!(err.to_string().contains("no/such"), "{err}");
}

#[test]
fn import_names_the_plan_uniquely_or_as_asked() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let mut store = Store::open(&db).unwrap();
    let text = files::to_json_string(&rich_plan("Already here"));
    let id = files::import_bytes(&mut store, text.as_bytes(), None).unwrap();
    assert_eq!(store.get(id).unwrap().name, "Already here (2)");
    let id = files::import_bytes(&mut store, text.as_bytes(), Some("Peer template")).unwrap();
    assert_eq!(store.get(id).unwrap().name, "Peer template");
    let err = files::import_bytes(&mut store, text.as_bytes(), Some("Peer template")).unwrap_err();
    assert_eq!(err.code(), "invalid");
    assert_eq!(err.payload().problems[0].path, "name");
}

#[test]
fn not_json_truncated_and_not_utf8_are_refused() {
    let err = refused(
        b"PK\x03\x04 this is a zip",
        "not valid JSON: expected value at line 1 column 1",
    );
    assert_eq!(err.code(), "file");
    let good = bytes(&doc_value());
    refused(
        &good[..good.len() / 2],
        "truncated: the file ends before the document does",
    );
    let mut bad = good.clone();
    let at = bad.windows(5).position(|w| w == b"Corp\"").unwrap();
    bad[at] = 0xFF;
    refused(
        &bad,
        &format!("not UTF-8 text: invalid bytes at offset {at}"),
    );
    refused(b"", "the file is empty");
    refused(b"[1, 2]", "not an OSPO plan file: expected a JSON object");
}

#[test]
fn another_format_or_a_newer_version_is_refused_before_the_plan_is_looked_at() {
    let v = doc_value();
    refused(
        &with(v.clone(), "/format", json!("excel")),
        "not an OSPO plan file: format is \"excel\", expected \"ospo-plan\"",
    );
    let mut no_format = v.clone();
    no_format.as_object_mut().unwrap().remove("format");
    refused(&bytes(&no_format), "no \"format\" field");
    let err = refused(
        &with(v.clone(), "/format_version", json!(3)),
        "made by a newer version (3); this app reads up to 2",
    );
    assert_eq!(
        err.to_string(),
        "made by a newer version (3); this app reads up to 2"
    );
    refused(
        &with(v.clone(), "/format_version", json!("1")),
        "format_version: must be a whole number from 1 to 2 (got \"1\")",
    );
    refused(
        &with(v, "/format_version", json!(0)),
        "format_version: must be a whole number from 1 to 2 (got 0)",
    );
}

#[test]
fn wrong_types_unknown_values_and_bad_dates_are_all_listed_with_their_paths() {
    let mut v = doc_value();
    v["plan"]["positions"][0]["fte"] = json!("full time");
    v["plan"]["positions"][1]["role"] = json!("chief_hacker");
    v["plan"]["organization"]["employees"] = json!(-4);
    v["plan"]["milestones"][0]["date"] = json!("2027-02-30");
    v["plan"]["budget"]["horizon_years"] = json!(300);
    v["plan"]["risks"][0]["extra"] = json!(1);
    v["plan"]["colour"] = json!("red");
    v["plan"]["kpis"] = json!({"not": "a list"});
    v["plan"]["structure"]["kind"] = json!(null);
    let err = refused(
        &bytes(&v),
        "positions[0].fte: invalid type: string \"full time\", expected f64",
    );
    let Error::Invalid(problems) = err else {
        panic!("{err}")
    };
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    let expected = [
        "positions[1].role: unknown variant `chief_hacker`",
        "organization.employees: invalid value: integer `-4`, expected u32",
        "milestones[0].date: input is out of range",
        "budget.horizon_years: invalid value: integer `300`, expected u8",
        "risks[0].extra: unknown field `extra`, expected one of `id`",
        "colour: unknown field",
        "kpis: must be a list (got an object)",
        "structure.kind: invalid type: null",
    ];
    for e in expected {
        assert!(
            listed.iter().any(|l| l.starts_with(e)),
            "{e:?} not in {listed:#?}"
        );
    }
    assert_eq!(listed.len(), 9, "{listed:#?}");
}

#[test]
fn out_of_range_values_duplicate_ids_and_dangling_references_are_all_listed() {
    let mut v = doc_value();
    v["plan"]["positions"][0]["fte"] = json!(7);
    v["plan"]["budget"]["first_month"] = json!(13);
    v["plan"]["budget"]["lines"][0]["amounts"][1] = json!(-5);
    v["plan"]["maturity"]["target_stage"] = json!(9);
    v["plan"]["positions"][1]["reports_to"] = json!("ghost");
    v["plan"]["milestones"][0]["id"] = json!("m1");
    let again = v["plan"]["milestones"][0].clone();
    v["plan"]["milestones"].as_array_mut().unwrap().push(again);
    v["plan"]["communications"][0]["audience"] = json!("nobody");
    v["plan"]["positions"][0]["start_date"] = json!("2030-01-01");
    v["plan"]["positions"][0]["end_date"] = json!("2029-01-01");
    let err = refused(
        &bytes(&v),
        "positions[0].fte: must be between 0 and 1 (got 7)",
    );
    let listed: Vec<String> = match err {
        Error::Invalid(p) => p.iter().map(ToString::to_string).collect(),
        other => panic!("{other}"),
    };
    for e in [
        "budget.first_month: must be a month from 1 to 12 (got 13)",
        "budget.lines[0].amounts[1]: must not be negative",
        "maturity.target_stage: must be a stage from 0 to 4 (got 9)",
        "positions[1].reports_to: refers to position \"ghost\", which is not in the plan",
        "milestones[1].id: duplicate id \"m1\"",
        "communications[0].audience: refers to stakeholder group \"nobody\"",
        "positions[0].start_date: start 2030-01-01 is after end 2029-01-01",
    ] {
        assert!(
            listed.iter().any(|l| l.starts_with(e)),
            "{e:?} not in {listed:#?}"
        );
    }
}

#[test]
fn megabyte_strings_are_refused_in_any_field() {
    let big = "x".repeat(1024 * 1024);
    let mut v = doc_value();
    v["plan"]["risks"][0]["description"] = json!(big);
    v["plan"]["starter"] = json!(big);
    v["plan"]["positions"][0]["title"] = json!(big);
    let err = refused(
        &bytes(&v),
        "starter: must be at most 4000 characters (got 1048576)",
    );
    let listed = match err {
        Error::Invalid(p) => p,
        other => panic!("{other}"),
    };
    assert!(listed
        .iter()
        .any(|p| p.to_string() == "risks[0].description: must be at most 4000 characters"));
    assert!(listed
        .iter()
        .any(|p| p.to_string() == "positions[0].title: must be at most 200 characters"));
    assert_eq!(listed.len(), 3);
}

#[test]
fn tens_of_thousands_of_rows_are_refused_past_the_section_limit() {
    let mut v = doc_value();
    let row = v["plan"]["milestones"][0].clone();
    let rows: Vec<Value> = (0..30_000)
        .map(|i| {
            let mut r = row.clone();
            r["id"] = json!(format!("m{i}"));
            r
        })
        .collect();
    v["plan"]["milestones"] = Value::Array(rows);
    refused(
        &bytes(&v),
        &format!("milestones: at most {} items", limits::ITEMS_PER_SECTION),
    );
}

#[test]
fn deep_nesting_is_refused_while_parsing() {
    let depth = 200_000;
    let text = format!(
        "{{\"format\": \"ospo-plan\", \"format_version\": 1, \"plan\": {{\"sources\": {}{}}}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    refused(
        text.as_bytes(),
        "arrays and objects nested more than 16 deep at line 1",
    );
}

#[test]
fn duplicate_keys_are_refused() {
    let text = String::from_utf8(bytes(&doc_value())).unwrap().replacen(
        "\"locale\": \"en-US\",",
        "\"locale\": \"en-US\", \"locale\": \"fr-FR\",",
        1,
    );
    refused(text.as_bytes(), "duplicate key \"locale\" at line");
}

#[test]
fn a_file_of_hundreds_of_megabytes_is_refused_by_its_size_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let path = dir.path().join("huge.ospo.json");
    // Sparse: 300 MiB on paper, nothing on disk; reading it whole would take seconds and memory.
    std::fs::File::create(&path)
        .unwrap()
        .set_len(300 * 1024 * 1024)
        .unwrap();
    let before = dump(&db);
    let mut store = Store::open(&db).unwrap();
    let err = files::import_file(&mut store, &path, None).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the file is 300 MiB; plan files may be at most 32 MiB"
    );
    drop(store);
    assert_eq!(dump(&db), before);
    let err = files::read_plan_bytes(&vec![b' '; limits::MAX_FILE_BYTES as usize + 1]).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the file is 33 MiB; plan files may be at most 32 MiB"
    );
}

#[test]
fn html_and_script_in_every_text_field_are_stored_as_text() {
    let mut v = doc_value();
    let payload = "<script>alert('x')</script><img src=x onerror=alert(1)>&amp;\"";
    fn fill(v: &mut Value, payload: &str, key: &str) {
        match v {
            Value::String(s)
                if !matches!(
                    key,
                    "id" | "reports_to"
                        | "owner"
                        | "audience"
                        | "parent"
                        | "currency"
                        | "locale"
                        | "created_at"
                        | "updated_at"
                        | "date"
                        | "first_date"
                        | "start_date"
                        | "end_date"
                        | "due"
                        | "written_at"
                        | "format"
                        | "format_version"
                        | "app_version"
                        | "kind"
                        | "role"
                        | "petal"
                        | "interest"
                        | "influence"
                        | "cadence"
                        | "category"
                        | "likelihood"
                        | "impact"
                        | "responsibility"
                        | "current_rung"
                        | "target_rung"
                        | "fiscal_year_named_by"
                ) =>
            {
                *s = format!("{payload} {s}");
            }
            Value::Array(a) => a.iter_mut().for_each(|x| fill(x, payload, key)),
            Value::Object(o) => o.iter_mut().for_each(|(k, x)| fill(x, payload, k)),
            _ => {}
        }
    }
    fill(&mut v["plan"], payload, "");
    let text = bytes(&v);
    let expected = files::read_plan_bytes(&text).unwrap();
    assert!(expected.risks[0].mitigation.starts_with(payload));
    assert!(expected.organization.sponsor.name.starts_with(payload));
    let dir = tempfile::tempdir().unwrap();
    let db = seeded_db(dir.path());
    let mut store = Store::open(&db).unwrap();
    let id = files::import_bytes(&mut store, &text, None).unwrap();
    let back = store.get(id).unwrap();
    assert_eq!(back.positions, expected.positions);
    assert_eq!(back.organization, expected.organization);
    assert_eq!(back.communications, expected.communications);
    assert_eq!(back.name, expected.name);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut text = "\u{feff}".as_bytes().to_vec();
    text.extend(bytes(&doc_value()));
    assert_eq!(files::read_plan_bytes(&text).unwrap(), shared_plan());
}

mod finance;
mod refusals;
mod share;

#[test]
fn the_json_schema_in_docs_is_current() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(files::SCHEMA_PATH);
    let fresh = files::schema_json();
    if std::env::var_os("OSPO_UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &fresh).unwrap();
    }
    let kept = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        kept == fresh,
        "{} is stale; regenerate it with: OSPO_UPDATE_SCHEMA=1 cargo test -p ospo-core --test core files::the_json_schema",
        files::SCHEMA_PATH
    );
    let schema: Value = serde_json::from_str(&kept).unwrap();
    assert_eq!(schema["properties"]["format"]["const"], "ospo-plan");
    assert!(schema["$defs"]["Position"]["properties"]["fte"].is_object());
}

#[test]
fn the_limits_in_docs_are_the_limits_the_reader_enforces() {
    use ospo_core::files::limits;
    let doc = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/file-format.md"),
    )
    .unwrap();
    let thousands = |n: usize| {
        let s = n.to_string();
        match s.len() {
            4.. => format!("{},{}", &s[..s.len() - 3], &s[s.len() - 3..]),
            _ => s,
        }
    };
    let rows = [
        (
            "File size",
            format!("{} MiB", limits::MAX_FILE_BYTES / (1024 * 1024)),
        ),
        (
            "Nesting depth of arrays and objects",
            limits::MAX_DEPTH.to_string(),
        ),
        (
            "Any string",
            format!("{} characters", thousands(limits::MAX_STRING_CHARS)),
        ),
        (
            "Names, titles and other short fields",
            format!("{} characters", limits::SHORT_TEXT),
        ),
        ("Value propositions", limits::VALUE_PROPOSITIONS.to_string()),
        (
            "Items per section (positions, budget lines, stakeholders, …)",
            thousands(limits::ITEMS_PER_SECTION),
        ),
        ("Organizational units", limits::UNITS.to_string()),
        ("Depth of the unit tree", limits::UNIT_DEPTH.to_string()),
    ];
    for (what, value) in rows {
        let row = format!("| {what} | {value} |");
        assert!(doc.contains(&row), "docs/file-format.md lacks {row}");
    }
}
