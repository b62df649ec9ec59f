//! Verbs on plans as files: export (portable, CSV, XLSX, iCalendar), import, merge, validate and
//! budget lines from a spreadsheet.

use super::open_store;
use crate::table::escape;
use ospo_core::files::{self, Section};
use ospo_core::{Error, Result};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The portable plan file (.ospo.json).
    Json,
    /// staffing.csv and budget.csv in a folder.
    Csv,
    /// A workbook with Staffing, Budget and Summary sheets.
    Xlsx,
    /// The communication plan as calendar events.
    Ics,
}

pub fn export(
    db: Option<PathBuf>,
    plan: &str,
    out: &Path,
    format: Format,
    anonymize: bool,
) -> Result<ExitCode> {
    let store = open_store(db)?;
    let mut plan = store.get(store.resolve(plan)?)?;
    if anonymize {
        plan = files::anonymize(&plan);
    }
    match format {
        Format::Json => files::write_plan_file(&plan, out)?,
        Format::Csv => {
            for path in files::write_csv_dir(&plan, out)? {
                println!("{}", path.display());
            }
            return Ok(ExitCode::SUCCESS);
        }
        Format::Xlsx => files::write_xlsx_file(&plan, out)?,
        Format::Ics => files::write_ics_file(&plan, out)?,
    }
    println!("{}", out.display());
    Ok(ExitCode::SUCCESS)
}

pub fn import(
    db: Option<PathBuf>,
    file: &Path,
    name: Option<&str>,
    into: Option<&str>,
    sections: Option<&str>,
) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let Some(into) = into else {
        let id = files::import_file(&mut store, file, name)?;
        println!("{id}");
        return Ok(ExitCode::SUCCESS);
    };
    let sections = match sections {
        Some(list) => Section::parse_list(list)?,
        None => Section::ALL.to_vec(),
    };
    let id = store.resolve(into)?;
    let from = files::read_plan_file(file)?;
    let report = files::merge_into(&mut store, id, &from, &sections)?;
    for s in &report.sections {
        println!(
            "{}: {} added, {} already there",
            s.section.name(),
            s.added,
            s.already_there
        );
    }
    for note in &report.notes {
        println!("note: {}", escape(note));
    }
    Ok(ExitCode::SUCCESS)
}

/// Lists every problem of a plan file on stdout, one per line; fails when there is any.
pub fn validate(file: &Path) -> Result<ExitCode> {
    match files::read_document_file(file) {
        Ok(doc) => {
            println!(
                "{}: a valid plan file (format version {}), plan \"{}\"",
                file.display(),
                doc.format_version,
                escape(&doc.plan.name)
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(Error::Invalid(problems)) => {
            for p in &problems {
                println!("{}", escape(&p.to_string()));
            }
            let n = problems.len();
            Err(Error::File(format!(
                "{}: {n} problem{}",
                file.display(),
                if n == 1 { "" } else { "s" }
            )))
        }
        Err(e) => Err(e),
    }
}

pub fn import_budget(db: Option<PathBuf>, plan: &str, file: &Path) -> Result<ExitCode> {
    let mut store = open_store(db)?;
    let id = store.resolve(plan)?;
    let n = files::import_budget_file(&mut store, id, file)?;
    println!("{n} budget line{} imported", if n == 1 { "" } else { "s" });
    Ok(ExitCode::SUCCESS)
}
