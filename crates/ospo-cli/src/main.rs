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
        /// Your organization's name, used wherever the plan names it.
        #[arg(long, value_name = "ORG")]
        organization: Option<String>,
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
    /// Write a plan to a file: the portable plan file, CSV, XLSX or iCalendar.
    Export {
        plan: String,
        /// The file to write (a folder for --format csv).
        #[arg(short, long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: commands::files::Format,
        /// Remove names, the sponsor, the organization and every salary: a template to share.
        #[arg(long)]
        anonymize: bool,
    },
    /// A new plan from a plan file or a PDF made by OSPO Planner (prints its id), or with --into,
    /// sections of it merged into an existing plan.
    Import {
        file: PathBuf,
        /// Name of the new plan (default: the file's, made unique).
        #[arg(long = "as", value_name = "NAME", conflicts_with = "into")]
        name: Option<String>,
        /// Merge into this plan instead of creating one.
        #[arg(long, value_name = "PLAN")]
        into: Option<String>,
        /// With --into: comma-separated sections (positions, budget, stakeholders,
        /// communications, milestones, kpis, risks); default all.
        #[arg(long, value_name = "LIST", requires = "into")]
        sections: Option<String>,
    },
    /// Check a plan file without importing it; lists every problem.
    Validate { file: PathBuf },
    /// Replace a plan's budget lines with those of a CSV in the columns `export --format csv` writes.
    ImportBudget { plan: String, file: PathBuf },
    /// The brief (at most two pages) or the full proposal as PDF.
    Pdf {
        plan: String,
        #[arg(short, long, value_name = "FILE")]
        out: PathBuf,
        #[arg(long, conflicts_with = "proposal")]
        brief: bool,
        /// The full proposal (the default).
        #[arg(long)]
        proposal: bool,
        /// Paper size (default: by the plan's locale, else a4).
        #[arg(long, value_enum)]
        paper: Option<commands::pdf::PaperArg>,
        /// Comma-separated scenarios (ids or names) to set beside the plan: an Options section in
        /// the proposal, a one-table summary in the brief.
        #[arg(long, value_name = "SCENARIO,...")]
        options: Option<String>,
    },
    /// Apply one edit given as JSON, the same `Edit` the app sends (`-` reads it from stdin);
    /// prints the id of an item it adds. Example: '{"op": "rename", "value": "OSPO 2027"}'.
    Edit { plan: String, edit: String },
    /// Take back the plan's last change (made here or in the app).
    Undo { plan: String },
    /// Apply again the change undone last.
    Redo { plan: String },
    /// Save the plan as it is now as a named version; prints the version's id.
    Snapshot {
        plan: String,
        #[arg(short, long)]
        message: String,
    },
    /// The plan's saved versions: id, time, message.
    Versions {
        plan: String,
        #[arg(long)]
        json: bool,
    },
    /// Bring the plan back to a saved version (undoable).
    Restore { plan: String, version: String },
    /// What changed between A and B, each a plan (id or name), PLAN@VERSION, or a file
    /// (.ospo.json or a PDF made by the app). Exits 0 when the same, 1 when different, 2 on error.
    Diff {
        #[arg(required_unless_present = "git")]
        a: Option<String>,
        #[arg(required_unless_present = "git")]
        b: Option<String>,
        #[arg(long)]
        json: bool,
        /// Run as git's external diff driver (see the README): the seven arguments git passes.
        #[arg(long, num_args = 7, value_name = "ARG", conflicts_with_all = ["a", "b"])]
        git: Option<Vec<String>>,
    },
    /// Make a scenario of a plan: a linked copy named NAME to try "what if?"; prints its id.
    Scenario { plan: String, name: String },
    /// Plans side by side: cost per year and in total, FTE, positions, what each has that the
    /// first lacks, review findings.
    Compare {
        #[arg(required = true, num_args = 2..)]
        plans: Vec<String>,
        #[arg(long)]
        json: bool,
    },
    /// Review a plan against what is known about OSPOs; exits non-zero on an error-level finding.
    Check {
        plan: String,
        #[arg(long)]
        json: bool,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    // diff's own exit codes: 1 means "different", so an error is 2, as with diff(1).
    let failure = match cli.command {
        Command::Diff { .. } => ExitCode::from(2),
        _ => ExitCode::FAILURE,
    };
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ospo: {}", table::escape(&e.to_string()));
            failure
        }
    }
}

fn run(cli: Cli) -> ospo_core::Result<ExitCode> {
    let db = cli.db;
    match cli.command {
        Command::Starters { json } => commands::plans::starters(json),
        Command::New {
            name,
            from,
            organization,
        } => commands::plans::new(db, &name, from.as_deref(), organization.as_deref()),
        Command::List { json } => commands::plans::list(db, json),
        Command::Show { plan, json } => commands::plans::show(db, &plan, json),
        Command::Totals { plan, json } => commands::plans::totals(db, &plan, json),
        Command::Rename { plan, name } => commands::plans::rename(db, &plan, &name),
        Command::Delete { plan, yes } => commands::plans::delete(db, &plan, yes),
        Command::Export {
            plan,
            out,
            format,
            anonymize,
        } => commands::files::export(db, &plan, &out, format, anonymize),
        Command::Import {
            file,
            name,
            into,
            sections,
        } => commands::files::import(
            db,
            &file,
            name.as_deref(),
            into.as_deref(),
            sections.as_deref(),
        ),
        Command::Validate { file } => commands::files::validate(&file),
        Command::ImportBudget { plan, file } => commands::files::import_budget(db, &plan, &file),
        Command::Pdf {
            plan,
            out,
            brief,
            proposal: _,
            paper,
            options,
        } => {
            let document = if brief {
                ospo_core::report::Document::Brief
            } else {
                ospo_core::report::Document::Proposal
            };
            commands::pdf::pdf(db, &plan, &out, document, paper, options.as_deref())
        }
        Command::Check { plan, json } => commands::check::check(db, &plan, json),
        Command::Diff {
            a: Some(a),
            b: Some(b),
            json,
            git: None,
        } => commands::diff::run(db, &a, &b, json),
        Command::Diff {
            git: Some(args),
            json,
            ..
        } => commands::diff::git(&args, json),
        Command::Diff { .. } => Err(ospo_core::Error::NotFound(
            "diff takes two plans, versions or files".into(),
        )),
        Command::Scenario { plan, name } => commands::scenarios::scenario(db, &plan, &name),
        Command::Compare { plans, json } => commands::scenarios::compare(db, &plans, json),
        Command::Edit { plan, edit } => commands::history::edit(db, &plan, &edit),
        Command::Undo { plan } => commands::history::undo(db, &plan, false),
        Command::Redo { plan } => commands::history::undo(db, &plan, true),
        Command::Snapshot { plan, message } => commands::history::snapshot(db, &plan, &message),
        Command::Versions { plan, json } => commands::history::versions(db, &plan, json),
        Command::Restore { plan, version } => commands::history::restore(db, &plan, &version),
    }
}
