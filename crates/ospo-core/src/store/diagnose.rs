//! Why a database cannot be opened or written, in words: a folder given as the file, a read-only
//! file, folder or mount, a full disk, another program holding the write lock.

use crate::Error;
use std::path::Path;

/// Said when the write lock could not be had within the busy timeout.
pub(super) const BUSY: &str =
    "the plan database is busy: another program is writing to it; try again in a moment";

/// Why `path` (or, for a file still to be made, its folder) cannot be written; `None` when it can.
pub(super) fn cannot_write(path: &Path) -> Option<String> {
    if path.exists() {
        if let Err(e) = std::fs::OpenOptions::new().write(true).open(path) {
            return Some(match e.raw_os_error() {
                Some(libc::EROFS) => "it is on a read-only file system".to_owned(),
                _ => format!("it cannot be written ({})", os_reason(&e)),
            });
        }
    }
    let dir = folder(path);
    folder_not_writable(dir).map(|why| {
        if path.exists() {
            format!(
                "its folder {} {why}, and SQLite keeps its journal beside the file",
                dir.display()
            )
        } else {
            format!("the folder {} {why}", dir.display())
        }
    })
}

fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    }
}

#[cfg(unix)]
fn folder_not_writable(dir: &Path) -> Option<&'static str> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    // SAFETY: `c` is a valid NUL-terminated path that outlives the call.
    if unsafe { libc::access(c.as_ptr(), libc::W_OK) } == 0 {
        return None;
    }
    Some(match std::io::Error::last_os_error().raw_os_error() {
        Some(libc::EROFS) => "is on a read-only file system",
        Some(libc::ENOENT) => "does not exist",
        _ => "is not writable for you",
    })
}

#[cfg(not(unix))]
fn folder_not_writable(_dir: &Path) -> Option<&'static str> {
    None
}

fn os_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::PermissionDenied => "permission denied".to_owned(),
        _ => e.to_string(),
    }
}

/// Bytes free for an unprivileged writer on the file system holding `dir`.
#[cfg(unix)]
fn free_bytes(dir: &Path) -> Option<u64> {
    use std::os::unix::ffi::OsStrExt;
    let c = std::ffi::CString::new(dir.as_os_str().as_bytes()).ok()?;
    let mut st = std::mem::MaybeUninit::<libc::statvfs>::uninit();
    // SAFETY: `c` is a valid path and `st` is written by statvfs before it is read.
    if unsafe { libc::statvfs(c.as_ptr(), st.as_mut_ptr()) } != 0 {
        return None;
    }
    // SAFETY: statvfs returned 0, so it filled `st`.
    let st = unsafe { st.assume_init() };
    #[allow(clippy::unnecessary_cast)] // the field types differ between platforms
    Some((st.f_bavail as u64).saturating_mul(st.f_frsize as u64))
}

#[cfg(not(unix))]
fn free_bytes(_dir: &Path) -> Option<u64> {
    None
}

/// The disk is taken as full when less than this is left: SQLite needs room for its journal.
const NEARLY_FULL: u64 = 1024 * 1024;

fn disk_full(path: &Path) -> Error {
    Error::Storage(format!(
        "no space left on the disk that holds {}: free some space and try again; nothing was saved",
        path.display()
    ))
}

/// Turns SQLite's terse codes into what went wrong with `path` and what to do about it.
pub(super) fn describe(path: &Path, e: rusqlite::Error) -> Error {
    use rusqlite::ErrorCode;
    let Some(code) = e.sqlite_error_code() else {
        return Error::Database(e);
    };
    match code {
        ErrorCode::NotADatabase => Error::Conflict(format!(
            "{} is not an OSPO Planner database (not SQLite)",
            path.display()
        )),
        ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked => Error::Busy(BUSY.to_owned()),
        ErrorCode::DiskFull => disk_full(path),
        ErrorCode::SystemIoFailure | ErrorCode::CannotOpen | ErrorCode::ReadOnly => {
            if path.is_dir() {
                return folder_given(path);
            }
            if free_bytes(folder(path)).is_some_and(|free| free < NEARLY_FULL) {
                return disk_full(path);
            }
            if let Some(reason) = cannot_write(path) {
                return Error::Storage(format!(
                    "cannot write the plan database {}: {reason}",
                    path.display()
                ));
            }
            if code == ErrorCode::CannotOpen {
                return Error::NotFound(format!("cannot open database {}", path.display()));
            }
            Error::Storage(format!(
                "the disk reported an error reading or writing {} ({e}): check the disk and the file, then try again",
                path.display()
            ))
        }
        _ => Error::Database(e),
    }
}

pub(super) fn folder_given(path: &Path) -> Error {
    Error::Storage(format!(
        "{} is a folder, not a database file: give the path of a file, such as {}",
        path.display(),
        path.join("ospo.db").display()
    ))
}

/// The refusal of a write to a database opened read-only.
pub(super) fn read_only(path: Option<&Path>, reason: &str) -> Error {
    let name = path.map_or_else(
        || "the plan database".to_owned(),
        |p| p.display().to_string(),
    );
    Error::Storage(format!(
        "{name} can only be read: {reason}; nothing was changed (copy it somewhere writable and pass --db, or make it writable)"
    ))
}

/// A SQLite error met while opening `path` (configuring, migrating), in words; others pass through.
pub(super) fn on_database(path: &Path, e: Error) -> Error {
    match e {
        Error::Database(e) => describe(path, e),
        other => other,
    }
}
