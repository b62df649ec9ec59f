//! `ospo pdf`: the brief or the proposal of a plan, for an executive sponsor.

use super::open_store;
use ospo_core::report::{self, Document, Paper};
use ospo_core::Result;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

pub fn pdf(
    db: Option<PathBuf>,
    plan: &str,
    out: &Path,
    document: Document,
    paper: Option<PaperArg>,
    options: Option<&str>,
) -> Result<ExitCode> {
    let store = open_store(db)?;
    let plan = store.get(store.resolve(plan)?)?;
    let options = options
        .map(|list| {
            list.split(',')
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(|s| store.get(store.resolve(s)?))
                .collect::<Result<Vec<_>>>()
        })
        .transpose()?;
    let paper = ospo_core::defaults::paper(
        paper.map(|p| match p {
            PaperArg::A4 => Paper::A4,
            PaperArg::Letter => Paper::Letter,
        }),
        &plan,
    );
    match options {
        Some(options) => {
            let bytes = report::render_with_options(&plan, &options, document, paper)?;
            report::write_atomically(out, &bytes)?;
        }
        None => report::render_to_path(&plan, document, paper, out)?,
    }
    let samples = plan.samples_left().len();
    if samples > 0 {
        eprintln!(
            "ospo: warning: {samples} item(s) are still the starter's sample content, so every page \
             says \"Draft: contains sample content\"; `ospo check` lists them"
        );
    }
    println!("{}", out.display());
    Ok(ExitCode::SUCCESS)
}
