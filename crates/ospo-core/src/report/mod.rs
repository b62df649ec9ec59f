//! PDF documents made from a plan: the two-page brief and the full proposal, each carrying the plan
//! itself as an attachment so the PDF can be imported back.

mod attachment;
mod bidi;
mod brief;
mod facts;
pub(crate) mod fonts;
mod layout;
mod maturity_models;
mod options;
mod proposal;
mod review;

pub use attachment::{extract_plan_json, ATTACHMENT_NAME};
pub use fonts::{cjk_available, face_width, Style};
pub use layout::{Align, Column, Paper, Table};
pub use options::render_with_options;

/// Said on every page of a document made from a plan that still holds a starter's sample items.
pub const SAMPLE_STAMP: &str = "Draft: contains sample content";

use crate::model::Plan;
use crate::wording::Spelling;
use crate::{Error, Result};
use layout::Composer;
use printpdf::{PdfDocument, PdfPage, PdfSaveOptions, Pt};
use std::io::Write;
use std::path::Path;

/// Which document to make.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "PdfDocument")]
pub enum Document {
    /// At most two pages: the ask, the case, the numbers.
    Brief,
    /// The full proposal with contents, charts and every table.
    Proposal,
}

/// A section another part of the app adds to the proposal (the plan review, say), placed before the
/// appendix, with its own outline entry and contents line.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    pub title: String,
    pub blocks: Vec<Block>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    Paragraph(String),
    Bullets(Vec<String>),
    /// Column titles with relative widths, then rows of cells.
    Table {
        columns: Vec<(String, f32)>,
        rows: Vec<Vec<String>>,
    },
}

/// Renders `document` of `plan` on `paper` to the bytes of a PDF; the proposal includes the plan
/// review as of today.
pub fn render(plan: &Plan, document: Document, paper: Paper) -> Result<Vec<u8>> {
    let extra = match document {
        Document::Brief => Vec::new(),
        Document::Proposal => {
            let today = chrono::Local::now().date_naive();
            vec![review::review_section(
                &crate::guide::review::review(plan, today),
                Spelling::of(&plan.locale),
            )]
        }
    };
    render_with(plan, document, paper, &extra)
}

/// Like [`render`], with `extra` sections added to the proposal before its appendix, or to the
/// end of the brief.
pub fn render_with(
    plan: &Plan,
    document: Document,
    paper: Paper,
    extra: &[Section],
) -> Result<Vec<u8>> {
    let json = crate::files::to_json_string(plan);
    let title = match document {
        Document::Brief => "OSPO brief",
        Document::Proposal => "Proposal for an Open Source Program Office",
    };
    let mut doc = PdfDocument::new(&format!("{title}: {}", plan.name));
    let fonts = fonts::Fonts::register(&mut doc, fonts::needs_cjk(&all_text(plan, extra)));
    let stamp = plan.has_samples().then(|| SAMPLE_STAMP.to_owned());
    let composer = || {
        let mut c = Composer::new(&fonts, paper);
        c.stamp = stamp.clone();
        c
    };
    let c = match document {
        // Lists lose whole items until the brief fits its pages: the most that fits, found by
        // halving (fewer items never take more pages).
        Document::Brief => {
            let compose = |limits: brief::Limits| {
                let mut c = composer();
                brief::compose(&mut c, plan, limits);
                extra
                    .iter()
                    .for_each(|s| proposal::extra_section(&mut c, s));
                c
            };
            let tries = brief::Limits::tries();
            let first = compose(tries[0]);
            if first.page_count() <= brief::PAGES {
                first
            } else {
                // tries[lo] does not fit; tries[hi] fits, or is the last.
                let (mut lo, mut hi) = (0, tries.len() - 1);
                let mut best = compose(tries[hi]);
                while hi - lo > 1 {
                    let mid = (lo + hi) / 2;
                    let c = compose(tries[mid]);
                    if c.page_count() <= brief::PAGES {
                        (hi, best) = (mid, c);
                    } else {
                        lo = mid;
                    }
                }
                best
            }
        }
        Document::Proposal => {
            let mut c = composer();
            proposal::compose(&mut c, plan, extra);
            c
        }
    };
    for h in c.headings() {
        doc.add_bookmark(&h.title, h.page + 1);
    }
    let (w, h) = (c.width, c.height);
    doc.pages = c
        .into_pages()
        .into_iter()
        .map(|ops| PdfPage::new(Pt(w).into(), Pt(h).into(), ops))
        .collect();
    let info = &mut doc.metadata.info;
    info.author = if plan.organization.name.trim().is_empty() {
        "OSPO Planner".to_owned()
    } else {
        plan.organization.name.clone()
    };
    info.subject = format!("{title} for {}", plan.name);
    info.creator = "OSPO Planner".to_owned();
    info.producer = format!("OSPO Planner {}", env!("CARGO_PKG_VERSION"));
    info.keywords = vec!["OSPO".into(), "open source program office".into()];
    let now = printpdf::OffsetDateTime::now_utc();
    info.creation_date = now;
    info.modification_date = now;
    info.metadata_date = now;

    let mut warnings = Vec::new();
    let opts = PdfSaveOptions::default();
    let mut lo = printpdf::serialize::to_lopdf_doc(&doc, &opts, &mut warnings);
    attachment::embed(&mut lo, ATTACHMENT_NAME, json.as_bytes())?;
    lo.compress();
    let mut out = Vec::new();
    lo.save_to(&mut out)
        .map_err(|e| Error::io("PDF", std::io::Error::other(e.to_string())))?;
    Ok(out)
}

/// Renders and writes to `path` through a temporary file in the same folder, so a failure leaves
/// no partial PDF behind and an existing file is replaced whole.
pub fn render_to_path(plan: &Plan, document: Document, paper: Paper, path: &Path) -> Result<()> {
    let bytes = render(plan, document, paper)?;
    write_atomically(path, &bytes)
}

pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "document.pdf".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        Error::io(path, e)
    })
}

/// Every user-written string of the plan, to decide which faces the document needs.
fn all_text(plan: &Plan, extra: &[Section]) -> String {
    let mut s = serde_json::to_string(plan).unwrap_or_default();
    for section in extra {
        s.push_str(&section.title);
        for block in &section.blocks {
            match block {
                Block::Paragraph(p) => s.push_str(p),
                Block::Bullets(items) => items.iter().for_each(|i| s.push_str(i)),
                Block::Table { columns, rows } => {
                    columns.iter().for_each(|(t, _)| s.push_str(t));
                    rows.iter().flatten().for_each(|cell| s.push_str(cell));
                }
            }
        }
    }
    s
}
