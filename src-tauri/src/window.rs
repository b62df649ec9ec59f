//! The window remembers its size and place (tauri-plugin-window-state). The plugin saves on a close
//! request and on a clean exit; an app ended otherwise (killed, logged out) would forget, so the
//! state is also saved half a second after the last move or resize.

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;
use tauri::{AppHandle, Manager, Window, WindowEvent};
use tauri_plugin_window_state::{AppHandleExt, StateFlags};

static LAST_CHANGE: AtomicU64 = AtomicU64::new(0);

const QUIET: Duration = Duration::from_millis(500);

pub fn on_event(window: &Window, event: &WindowEvent) {
    if matches!(event, WindowEvent::Resized(_) | WindowEvent::Moved(_)) {
        let change = LAST_CHANGE.fetch_add(1, Ordering::SeqCst) + 1;
        let app: AppHandle = window.app_handle().clone();
        std::thread::spawn(move || {
            std::thread::sleep(QUIET);
            if LAST_CHANGE.load(Ordering::SeqCst) == change {
                let _ = app.save_window_state(StateFlags::all());
            }
        });
    }
}
