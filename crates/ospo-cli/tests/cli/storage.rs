//! The database's file and disk standing in the way, each named with what to do: a folder given
//! as the database, a read-only folder and a read-only mount (reading still works), a full disk.
//! Mounts are made in a user and mount namespace of the test's own (`unshare`), never the host's.

use crate::{error_line, stdout};
use std::path::Path;
use std::process::Command;

#[test]
fn a_folder_given_as_the_database_is_named_as_such() {
    let dir = tempfile::tempdir().unwrap();
    let line = error_line(dir.path(), &["list"]);
    assert_eq!(
        line,
        format!(
            "ospo: {} is a folder, not a database file: give the path of a file, such as {}",
            dir.path().display(),
            dir.path().join("ospo.db").display()
        )
    );
}

/// Runs `ospo --db DB ARGS` as a user who cannot write `db`'s folder: `nobody` when the tests run
/// as root (root writes anywhere), else the user running them.
fn ospo_without_write_access(db: &Path, args: &[&str]) -> std::process::Output {
    use std::os::unix::fs::PermissionsExt;
    use std::os::unix::process::CommandExt;
    let dir = db.parent().unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    std::fs::set_permissions(db, std::fs::Permissions::from_mode(0o444)).unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ospo"));
    cmd.arg("--db").arg(db).args(args).env_remove("OSPO_DB");
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        cmd.uid(65534).gid(65534);
    }
    let out = cmd.output().expect("run ospo");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    out
}

#[test]
fn a_database_in_a_read_only_folder_is_read_and_a_write_says_why_it_cannot() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    stdout(&db, &["new", "Acme"]);
    let before = std::fs::read(&db).unwrap();

    let out = ospo_without_write_access(&db, &["list"]);
    assert!(
        out.status.success(),
        "list works read-only: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Acme"));

    let out = ospo_without_write_access(&db, &["rename", "Acme", "Other"]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.starts_with(&format!("ospo: {} can only be read: it cannot be written (permission denied); nothing was changed", db.display())),
        "{err}"
    );
    assert_eq!(std::fs::read(&db).unwrap(), before);
}

/// Runs `script` in a new user and mount namespace, with `$OSPO` the ospo binary and `$DIR` `dir`.
fn in_namespace(dir: &Path, script: &str) -> std::process::Output {
    Command::new("unshare")
        .args(["--user", "--map-root-user", "--mount", "sh", "-c", script])
        .env("OSPO", env!("CARGO_BIN_EXE_ospo"))
        .env("DIR", dir)
        .env_remove("OSPO_DB")
        .output()
        .expect("unshare (util-linux) must be installed")
}

#[test]
fn a_database_on_a_read_only_mount_is_read_and_a_write_names_the_mount() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    stdout(&db, &["new", "Acme"]);
    let out = in_namespace(
        dir.path(),
        r#"set -e
           mount --bind "$DIR" "$DIR" && mount -o remount,ro,bind "$DIR"
           "$OSPO" --db "$DIR/p.db" list
           "$OSPO" --db "$DIR/p.db" rename Acme Other 2>&1 && exit 9 || true"#,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Acme"), "listed: {text}");
    assert!(
        text.contains(&format!(
            "ospo: {} can only be read: it is on a read-only file system; nothing was changed",
            db.display()
        )),
        "{text}"
    );
    assert!(stdout(&db, &["list"]).contains("Acme"));
}

#[test]
fn a_full_disk_at_open_is_named_as_a_full_disk() {
    let dir = tempfile::tempdir().unwrap();
    let out = in_namespace(
        dir.path(),
        r#"mount -t tmpfs -o size=64k tmpfs "$DIR" || exit 9
           dd if=/dev/zero of="$DIR/filler" bs=4k 2>/dev/null
           "$OSPO" --db "$DIR/ospo.db" new Acme 2>&1 && exit 8 || true"#,
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        text.trim_end(),
        format!(
            "ospo: no space left on the disk that holds {}: free some space and try again; nothing was saved",
            dir.path().join("ospo.db").display()
        )
    );
}
