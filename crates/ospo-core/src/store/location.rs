//! Where the plan database lives, decided once for the desktop app and the CLI: development builds
//! get their own identifier, so their data folder and database never touch the user's plans.

use crate::{Error, Result};
use std::path::PathBuf;

/// The released app's identifier (tauri.conf.json carries the same one for the installer; a test
/// of the shell checks they agree).
pub const RELEASE_IDENTIFIER: &str = "org.ospoplanner.planner";

/// What debug builds (and `tauri dev`) call themselves instead.
pub const DEV_IDENTIFIER: &str = "org.ospoplanner.planner.dev";

/// The identifier of this build: the release one, or the development one under debug assertions.
pub fn identifier() -> &'static str {
    if cfg!(debug_assertions) {
        DEV_IDENTIFIER
    } else {
        RELEASE_IDENTIFIER
    }
}

/// `OSPO_DB` when set, else `ospo.db` in this build's folder of the platform data folder.
pub fn default_path() -> Result<PathBuf> {
    if let Some(p) = std::env::var_os("OSPO_DB").filter(|p| !p.is_empty()) {
        return Ok(PathBuf::from(p));
    }
    let base = dirs::data_dir().ok_or_else(|| {
        Error::NotFound("no data folder on this system; pass --db PATH or set OSPO_DB".into())
    })?;
    Ok(base.join(identifier()).join("ospo.db"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn test_builds_keep_out_of_the_users_folder() {
        // Unit tests build with debug assertions, like `tauri dev` and debug app builds.
        assert_eq!(identifier(), DEV_IDENTIFIER);
        assert_ne!(DEV_IDENTIFIER, RELEASE_IDENTIFIER);
        if std::env::var_os("OSPO_DB").is_none() {
            let path = default_path().unwrap();
            assert!(
                path.ends_with("org.ospoplanner.planner.dev/ospo.db"),
                "{path:?}"
            );
        }
    }
}
