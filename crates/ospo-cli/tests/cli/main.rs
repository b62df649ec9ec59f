//! `ospo` command tests: the real binary on real files, checking stdout, stderr and exit codes.

mod check;
mod concurrency;
mod files;
mod history;
mod pdf;
mod plans;
mod storage;
mod terminal;

use assert_cmd::Command;
use std::path::Path;

pub fn ospo(db: &Path) -> Command {
    let mut cmd = Command::cargo_bin("ospo").expect("the ospo binary is built");
    cmd.arg("--db").arg(db).env_remove("OSPO_DB");
    cmd
}

/// Runs `ospo` and returns its stdout, failing the test on a non-zero exit.
pub fn stdout(db: &Path, args: &[&str]) -> String {
    let out = ospo(db).args(args).output().expect("run ospo");
    assert!(
        out.status.success(),
        "ospo {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("utf-8 output")
}

/// Runs `ospo` expecting failure; returns stderr, which must be exactly one line.
pub fn error_line(db: &Path, args: &[&str]) -> String {
    let out = ospo(db).args(args).output().expect("run ospo");
    assert!(!out.status.success(), "ospo {args:?} should fail");
    let err = String::from_utf8(out.stderr).expect("utf-8");
    assert_eq!(err.lines().count(), 1, "one line on stderr: {err:?}");
    err.trim_end().to_owned()
}

/// A database holding one plan named "Acme" made from the corporate starting point.
pub fn corporate_plan(dir: &Path) -> std::path::PathBuf {
    let db = dir.join("p.db");
    stdout(&db, &["new", "Acme", "--from", "corporate_with_divisions"]);
    db
}

/// Runs a poppler tool (pdftotext, pdfinfo, pdffonts) and returns its stdout.
pub fn poppler(tool: &str, args: &[&str]) -> String {
    let out = std::process::Command::new(tool)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("{tool} must be installed (poppler-utils): {e}"));
    assert!(out.status.success(), "{tool} {args:?} failed");
    String::from_utf8_lossy(&out.stdout).into_owned()
}
