//! Files that are not what they claim: a named pipe given as a plan, a PDF whose attached plan is
//! damaged, a budget amount over the limit, each refused at once with a message that says so.

use crate::fixtures::{dump, rich_plan};
use ospo_core::report::{self, Document, Paper};
use ospo_core::{files, Store};
use std::time::Duration;

#[test]
fn a_named_pipe_is_refused_within_a_second_without_being_opened() {
    let dir = tempfile::tempdir().unwrap();
    let fifo = dir.path().join("plan.ospo.json");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo runs");
    assert!(made.success());
    let (done, result) = std::sync::mpsc::channel();
    let path = fifo.clone();
    std::thread::spawn(move || {
        let _ = done.send(files::read_plan_file(&path).map(|_| ()));
    });
    let outcome = match result.recv_timeout(Duration::from_secs(1)) {
        Ok(outcome) => outcome,
        Err(_) => {
            // Release the blocked reader before failing, so the test binary can end.
            let _ = std::fs::OpenOptions::new().write(true).open(&fifo);
            panic!("reading a named pipe blocked for over a second");
        }
    };
    let err = outcome.expect_err("a named pipe is not a plan file");
    assert_eq!(
        err.to_string(),
        format!(
            "{} is a named pipe, not a regular file; give the path of a plan file",
            fifo.display()
        )
    );
}

#[test]
fn a_folder_is_refused_as_a_plan_file() {
    let dir = tempfile::tempdir().unwrap();
    let err = files::read_plan_file(dir.path()).unwrap_err();
    assert!(
        err.to_string()
            .ends_with("is a folder, not a regular file; give the path of a plan file"),
        "{err}"
    );
}

/// A proposal PDF whose attached plan file has had its content replaced by `content`.
fn pdf_with_attachment(content: &[u8]) -> Vec<u8> {
    let bytes = report::render(&rich_plan("Attached"), Document::Brief, Paper::A4).unwrap();
    let mut doc = lopdf::Document::load_mem(&bytes).unwrap();
    let mut damaged = 0;
    for object in doc.objects.values_mut() {
        if let lopdf::Object::Stream(stream) = object {
            let is_attachment = stream
                .dict
                .get(b"Type")
                .and_then(lopdf::Object::as_name)
                .is_ok_and(|n| n == b"EmbeddedFile");
            if is_attachment {
                stream.dict.remove(b"Filter");
                stream.set_content(content.to_vec());
                damaged += 1;
            }
        }
    }
    assert_eq!(damaged, 1, "the PDF carries one attached plan");
    let mut out = Vec::new();
    doc.save_to(&mut out).unwrap();
    out
}

#[test]
fn a_pdf_with_a_damaged_attached_plan_says_so_and_what_to_do() {
    let err = files::read_plan_bytes(&pdf_with_attachment(b"")).unwrap_err();
    assert_eq!(
        err.to_string(),
        "the plan attached to this PDF is empty or damaged; export the PDF again from OSPO Planner, or import the plan's .ospo.json file"
    );
    let err = files::read_plan_bytes(&pdf_with_attachment(b"{\"format\": \"ospo-pl")).unwrap_err();
    assert!(
        err.to_string()
            .starts_with("the plan attached to this PDF: truncated"),
        "{err}"
    );
}

#[test]
fn an_amount_over_the_limit_is_stated_in_the_units_the_spreadsheet_uses() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let mut store = Store::open(&db).unwrap();
    let id = store.create(&rich_plan("P")).unwrap();
    let path = dir.path().join("budget.csv");
    std::fs::write(
        &path,
        "id,category,description,currency,FY2027,FY2028,FY2029\n\
         b1,Travel,Trips,EUR,20000000000,1,99999999999999999999999\n",
    )
    .unwrap();
    let before = dump(&db);
    let err = files::import_budget_file(&mut store, id, &path).unwrap_err();
    let ospo_core::Error::Invalid(problems) = err else {
        panic!("{err}")
    };
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        listed,
        [
            "line 2, FY2027: 20000000000 is more than a budget line may hold in a year (10000000000.00 EUR)",
            "line 2, FY2029: 99999999999999999999999 is more than a budget line may hold in a year (10000000000.00 EUR)",
        ]
    );
    drop(store);
    assert_eq!(dump(&db), before);
}
