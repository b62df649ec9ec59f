//! `ospo`: OSPO Planner without a window — plans as files, PDFs and checks in scripts and CI.

mod commands;
mod table;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "ospo",
    version,
    about = "Design, check and propose an Open Source Program Office"
)]
struct Cli {
    /// The plan database (default: $OSPO_DB, else the desktop app's data folder).
    #[arg(long, global = true, value_name = "PATH")]
    db: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The built-in starting points: id, name, structure.
    Starters {
        #[arg(long)]
        json: bool,
    },
    /// Create a plan; prints its id.
    New {
        name: String,
        /// A built-in starting point (see `ospo starters`).
        #[arg(long, value_name = "STARTER")]
        from: Option<String>,
    },
    /// List plans: id, name, structure, last change.
    List {
        #[arg(long)]
        json: bool,
    },
    /// Show a plan by id or exact name.
    Show {
        plan: String,
        /// The whole plan as JSON.
        #[arg(long)]
        json: bool,
    },
    /// Budget per category and year, staff cost, FTE and grand total.
    Totals {
        plan: String,
        #[arg(long)]
        json: bool,
    },
    /// Rename a plan.
    Rename { plan: String, name: String },
    /// Delete a plan (asks first unless --yes).
    Delete {
        plan: String,
        #[arg(long)]
        yes: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ospo: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(cli: Cli) -> ospo_core::Result<ExitCode> {
    let db = cli.db;
    match cli.command {
        Command::Starters { json } => commands::plans::starters(json),
        Command::New { name, from } => commands::plans::new(db, &name, from.as_deref()),
        Command::List { json } => commands::plans::list(db, json),
        Command::Show { plan, json } => commands::plans::show(db, &plan, json),
        Command::Totals { plan, json } => commands::plans::totals(db, &plan, json),
        Command::Rename { plan, name } => commands::plans::rename(db, &plan, &name),
        Command::Delete { plan, yes } => commands::plans::delete(db, &plan, yes),
    }
}
