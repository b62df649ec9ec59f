//! Screenshots taken from the X server: WebKitWebDriver's own screenshot never answers once the
//! page has been reloaded or the window resized under Xvfb, so the tests read the window's pixels.

use std::path::Path;
use x11rb::connection::Connection;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt, ImageFormat, MapState, Window};
use x11rb::rust_connection::RustConnection;

type XResult<T> = Result<T, Box<dyn std::error::Error>>;

/// Writes a PNG of the mapped top-level window titled `title` on $DISPLAY.
pub fn window_png(title: &str, path: &Path) -> Result<(), String> {
    capture(title, path).map_err(|e| format!("{}: {e}", path.display()))
}

fn capture(title: &str, path: &Path) -> XResult<()> {
    let (conn, screen) = x11rb::connect(None)?;
    let root = conn.setup().roots[screen].root;
    let window = find_window(&conn, root, title)?
        .ok_or_else(|| format!("no window titled {title:?} on the display"))?;
    let geometry = conn.get_geometry(window)?.reply()?;
    let (width, height) = (geometry.width, geometry.height);
    let image = conn
        .get_image(ImageFormat::Z_PIXMAP, window, 0, 0, width, height, !0)?
        .reply()?;
    let pixels = usize::from(width) * usize::from(height);
    if image.data.len() < pixels * 4 {
        return Err(format!(
            "unexpected pixel format: {} bytes for {pixels} pixels (depth {})",
            image.data.len(),
            image.depth
        )
        .into());
    }
    // 24-bit visuals come as 32-bit little-endian BGRX.
    let rgb: Vec<u8> = image.data[..pixels * 4]
        .chunks_exact(4)
        .flat_map(|p| [p[2], p[1], p[0]])
        .collect();
    let file = std::fs::File::create(path)?;
    let mut encoder = png::Encoder::new(std::io::BufWriter::new(file), width.into(), height.into());
    encoder.set_color(png::ColorType::Rgb);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.write_header()?.write_image_data(&rgb)?;
    Ok(())
}

/// Depth-first search for a viewable window whose WM_NAME is `title`.
fn find_window(conn: &RustConnection, parent: Window, title: &str) -> XResult<Option<Window>> {
    for &child in conn.query_tree(parent)?.reply()?.children.iter().rev() {
        let viewable = conn
            .get_window_attributes(child)?
            .reply()
            .is_ok_and(|a| a.map_state == MapState::VIEWABLE);
        if !viewable {
            continue;
        }
        let name = conn
            .get_property(false, child, AtomEnum::WM_NAME, AtomEnum::ANY, 0, 1024)?
            .reply()
            .map(|p| p.value)
            .unwrap_or_default();
        if name == title.as_bytes() {
            return Ok(Some(child));
        }
        if let Some(found) = find_window(conn, child, title)? {
            return Ok(Some(found));
        }
    }
    Ok(None)
}
