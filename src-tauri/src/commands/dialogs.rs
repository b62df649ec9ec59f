//! Native file dialogs, opened from Rust so the window needs no dialog permission. Each returns a
//! path (or null when the user cancels); the export or import is then a separate command.
//!
//! End-to-end tests cannot drive a native dialog: with OSPO_DIALOG_DIR set, no dialog is shown and
//! the answer is computed from the environment (see `test_answer`).

use super::Reply;
use std::path::{Path, PathBuf};
use tauri::WebviewWindow;
use tauri_plugin_dialog::{DialogExt, FileDialogBuilder};

/// The folder end-to-end tests set to replace every dialog's answer.
pub fn test_dir() -> Option<PathBuf> {
    std::env::var_os("OSPO_DIALOG_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
}

/// What a dialog answers under tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ask<'a> {
    Save { default_name: &'a str },
    Open,
    Folder,
}

pub fn test_answer(dir: &Path, open: Option<&str>, ask: Ask) -> Option<PathBuf> {
    match ask {
        // Only the file name of the suggestion: a test cannot be steered out of its folder.
        Ask::Save { default_name } => {
            let name = Path::new(default_name).file_name()?;
            Some(dir.join(name))
        }
        Ask::Open => open.filter(|o| !o.is_empty()).map(|o| dir.join(o)),
        Ask::Folder => Some(dir.to_path_buf()),
    }
}

fn answer_for_tests(ask: Ask) -> Option<Option<String>> {
    let dir = test_dir()?;
    let open = std::env::var("OSPO_DIALOG_OPEN").ok();
    Some(test_answer(&dir, open.as_deref(), ask).map(|p| p.display().to_string()))
}

fn builder(
    window: &WebviewWindow,
    title: &str,
    extensions: &[String],
) -> FileDialogBuilder<tauri::Wry> {
    let mut dialog = window.dialog().file().set_title(title).set_parent(window);
    if !extensions.is_empty() {
        let exts: Vec<&str> = extensions
            .iter()
            .map(|e| e.trim_start_matches('.'))
            .collect();
        let name = exts
            .iter()
            .map(|e| e.to_uppercase())
            .collect::<Vec<_>>()
            .join(", ");
        dialog = dialog.add_filter(name, &exts);
    }
    dialog
}

/// A path typed without one of the offered extensions gets the first of them.
pub fn with_extension(path: PathBuf, extensions: &[String]) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().to_lowercase());
    let Some((first, name)) = extensions.first().zip(name) else {
        return path;
    };
    let has = extensions
        .iter()
        .any(|e| name.ends_with(&format!(".{}", e.trim_start_matches('.').to_lowercase())));
    if has {
        path
    } else {
        let mut s = path.into_os_string();
        s.push(format!(".{}", first.trim_start_matches('.')));
        PathBuf::from(s)
    }
}

fn path_of(file: Option<tauri_plugin_dialog::FilePath>) -> Option<PathBuf> {
    file.and_then(|f| f.into_path().ok())
}

#[tauri::command]
pub async fn choose_save_path(
    window: WebviewWindow,
    title: String,
    default_name: String,
    extensions: Vec<String>,
) -> Reply<Option<String>> {
    if let Some(answer) = answer_for_tests(Ask::Save {
        default_name: &default_name,
    }) {
        return Ok(answer);
    }
    let chosen = builder(&window, &title, &extensions)
        .set_file_name(&default_name)
        .blocking_save_file();
    Ok(path_of(chosen).map(|p| with_extension(p, &extensions).display().to_string()))
}

#[tauri::command]
pub async fn choose_open_path(
    window: WebviewWindow,
    title: String,
    extensions: Vec<String>,
) -> Reply<Option<String>> {
    if let Some(answer) = answer_for_tests(Ask::Open) {
        return Ok(answer);
    }
    let chosen = builder(&window, &title, &extensions).blocking_pick_file();
    Ok(path_of(chosen).map(|p| p.display().to_string()))
}

#[tauri::command]
pub async fn choose_folder(window: WebviewWindow, title: String) -> Reply<Option<String>> {
    if let Some(answer) = answer_for_tests(Ask::Folder) {
        return Ok(answer);
    }
    let chosen = builder(&window, &title, &[]).blocking_pick_folder();
    Ok(path_of(chosen).map(|p| p.display().to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tests_get_paths_in_their_folder() {
        let dir = Path::new("/tmp/e2e");
        let save = Ask::Save {
            default_name: "Plan proposal.pdf",
        };
        assert_eq!(
            test_answer(dir, None, save),
            Some(PathBuf::from("/tmp/e2e/Plan proposal.pdf"))
        );
        let escape = Ask::Save {
            default_name: "../../etc/x.pdf",
        };
        assert_eq!(
            test_answer(dir, None, escape),
            Some(PathBuf::from("/tmp/e2e/x.pdf"))
        );
        assert_eq!(test_answer(dir, None, Ask::Open), None);
        assert_eq!(
            test_answer(dir, Some("peer.ospo.json"), Ask::Open),
            Some(PathBuf::from("/tmp/e2e/peer.ospo.json"))
        );
        assert_eq!(
            test_answer(dir, Some("/abs/peer.pdf"), Ask::Open),
            Some(PathBuf::from("/abs/peer.pdf"))
        );
        assert_eq!(test_answer(dir, None, Ask::Folder), Some(dir.to_path_buf()));
    }

    #[test]
    fn a_missing_extension_is_added() {
        let exts = vec!["pdf".to_owned()];
        assert_eq!(
            with_extension("/a/brief".into(), &exts),
            PathBuf::from("/a/brief.pdf")
        );
        assert_eq!(
            with_extension("/a/brief.PDF".into(), &exts),
            PathBuf::from("/a/brief.PDF")
        );
        let json = vec!["ospo.json".to_owned(), "json".to_owned()];
        assert_eq!(
            with_extension("/a/p.json".into(), &json),
            PathBuf::from("/a/p.json")
        );
        assert_eq!(
            with_extension("/a/p".into(), &json),
            PathBuf::from("/a/p.ospo.json")
        );
        assert_eq!(with_extension("/a/p".into(), &[]), PathBuf::from("/a/p"));
    }
}
