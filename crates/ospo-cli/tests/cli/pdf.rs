//! `ospo pdf`: both documents, read back with poppler, and a proposal imported back as a plan.

use crate::{corporate_plan, error_line, poppler, stdout};

#[test]
fn the_proposal_names_every_position_and_imports_back() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let pdf = dir.path().join("proposal.pdf");
    let p = pdf.to_str().unwrap();
    assert_eq!(stdout(&db, &["pdf", "Acme", "-o", p]), format!("{p}\n"));
    let text = poppler("pdftotext", &[p, "-"])
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let doc: serde_json::Value =
        serde_json::from_str(&stdout(&db, &["show", "Acme", "--json"])).unwrap();
    for pos in doc["plan"]["positions"].as_array().unwrap() {
        let title = pos["title"].as_str().unwrap();
        assert!(text.contains(title), "{title} missing");
    }
    assert!(text.contains("Plan review"));
    // The plan's locale is en-US, so the paper is Letter unless asked otherwise.
    assert!(poppler("pdfinfo", &[p]).contains("(letter)"));

    let other = dir.path().join("other.db");
    assert_eq!(stdout(&other, &["import", p]), "1\n");
    let back: serde_json::Value =
        serde_json::from_str(&stdout(&other, &["show", "1", "--json"])).unwrap();
    assert_eq!(back["plan"]["positions"], doc["plan"]["positions"]);
    assert_eq!(back["plan"]["budget"], doc["plan"]["budget"]);
}

#[test]
fn the_brief_fits_two_pages_on_a4() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let pdf = dir.path().join("brief.pdf");
    let p = pdf.to_str().unwrap();
    stdout(&db, &["pdf", "Acme", "-o", p, "--brief", "--paper", "a4"]);
    let info = poppler("pdfinfo", &[p]);
    let pages: u32 = info
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    assert!((1..=2).contains(&pages), "{info}");
    assert!(info.contains("(A4)"), "{info}");
}

#[test]
fn a_pdf_without_a_plan_and_an_unwritable_path_are_clear_errors() {
    let dir = tempfile::tempdir().unwrap();
    let db = corporate_plan(dir.path());
    let missing = dir.path().join("no/such/dir/x.pdf");
    let msg = error_line(&db, &["pdf", "Acme", "-o", missing.to_str().unwrap()]);
    assert!(msg.contains("x.pdf"), "{msg}");
    let stranger = dir.path().join("stranger.pdf");
    std::fs::write(
        &stranger,
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF",
    )
    .unwrap();
    let msg = error_line(&db, &["import", stranger.to_str().unwrap()]);
    assert!(msg.starts_with("ospo: "), "{msg}");
    assert_eq!(
        stdout(&db, &["list", "--json"]).matches("\"id\"").count(),
        1
    );
}
