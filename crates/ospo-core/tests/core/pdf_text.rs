//! Right-to-left text and emoji in the PDF, read back with pdftotext: Arabic and Hebrew come back
//! in logical order (Arabic in its joined forms), and an emoji no font has shows a visible mark.

use crate::fixtures::rich_plan;
use ospo_core::report::{self, Document, Paper};
use std::process::Command;
use unicode_normalization::UnicodeNormalization;

/// The PDF's text as pdftotext reads it, presentation forms folded back to letters (NFKC).
fn pdf_text(bytes: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("rtl.pdf");
    std::fs::write(&path, bytes).unwrap();
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext must be installed (poppler-utils)");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap().nfkc().collect()
}

const HEBREW: &str = "משרד קוד פתוח";
const ARABIC: &str = "مكتب البرمجيات مفتوحة المصدر";

#[test]
fn arabic_and_hebrew_read_back_in_logical_order() {
    let mut plan = rich_plan("RTL");
    plan.organization.name = HEBREW.into();
    plan.stakeholders[0].name = ARABIC.into();
    plan.risks[0].description = format!("{ARABIC} 2027");
    plan.validate().unwrap();
    let text = pdf_text(&report::render(&plan, Document::Proposal, Paper::A4).unwrap());
    assert!(text.contains(HEBREW), "Hebrew in logical order:\n{text}");
    assert!(text.contains(ARABIC), "Arabic in logical order:\n{text}");
    let reversed: String = HEBREW.chars().rev().collect();
    assert!(!text.contains(&reversed), "no Hebrew word drawn backwards");
}

#[test]
fn an_emoji_without_a_glyph_is_drawn_as_a_visible_mark() {
    let mut plan = rich_plan("Emoji");
    plan.milestones[0].title = "Launch 🚀 party 👩🏽‍💻".into();
    let text = pdf_text(&report::render(&plan, Document::Proposal, Paper::A4).unwrap());
    assert!(
        text.contains("Launch \u{FFFD} party \u{FFFD}"),
        "each emoji is one visible replacement mark:\n{text}"
    );
}
