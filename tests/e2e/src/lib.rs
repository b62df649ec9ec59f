//! Harness for the end-to-end tests: the built OSPO Planner driven in real WebKit through
//! tauri-driver and WebKitWebDriver, under an X display (scripts/e2e.sh runs them under xvfb-run).
//!
//! Every missing piece (display, tauri-driver, WebKitWebDriver, the built app) fails the test with
//! a message saying what to do: these tests never skip.
//!
//! Traps handled here (shared/TECH-NOTES.md): tauri-driver does not wait for WebKitWebDriver, so
//! both ports are polled; the driver is stopped with SIGTERM (a killed driver leaves
//! WebKitWebDriver holding the output pipe); WEBKIT_DISABLE_COMPOSITING_MODE=1 avoids a blank
//! window under Xvfb.

mod xshot;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// The title of the app's window (tauri.conf.json).
const WINDOW_TITLE: &str = "OSPO Planner";

/// How long a control may take to appear or a condition to become true.
pub const PATIENCE: Duration = Duration::from_secs(20);

static SERIAL: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// One app at a time on the display: tests hold this for their whole run.
pub async fn serial() -> tokio::sync::MutexGuard<'static, ()> {
    SERIAL.lock().await
}

/// The folder of one test: the app's database, data and config folders, and the folder the
/// native dialogs answer with (OSPO_DIALOG_DIR). Kept across relaunches of the app.
pub struct Env {
    root: tempfile::TempDir,
    /// File the open dialog answers with, relative to `dialog_dir()` (OSPO_DIALOG_OPEN).
    pub open_file: Option<String>,
}

impl Env {
    pub fn new() -> Env {
        let root = tempfile::Builder::new()
            .prefix("ospo-e2e-")
            .tempdir()
            .expect("a temporary folder for the test");
        for sub in ["dialogs", "data", "config", "cache"] {
            std::fs::create_dir_all(root.path().join(sub)).expect("test folders");
        }
        Env {
            root,
            open_file: None,
        }
    }

    pub fn db(&self) -> PathBuf {
        self.root.path().join("data/ospo.db")
    }

    pub fn dialog_dir(&self) -> PathBuf {
        self.root.path().join("dialogs")
    }

    pub fn path(&self) -> &Path {
        self.root.path()
    }
}

impl Default for Env {
    fn default() -> Self {
        Env::new()
    }
}

/// The app under test: its path from OSPO_APP, else the debug build in the target folder.
pub fn app_path() -> PathBuf {
    if let Some(p) = std::env::var_os("OSPO_APP").filter(|p| !p.is_empty()) {
        return PathBuf::from(p);
    }
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target"));
    target.join("debug/ospo-planner")
}

fn which(program: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .chain(dirs_home_cargo_bin())
        .map(|d| d.join(program))
        .find(|p| p.is_file())
}

fn dirs_home_cargo_bin() -> Option<PathBuf> {
    std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo/bin"))
}

/// Fails with what to do when something the tests need is missing.
pub fn preflight() -> (PathBuf, PathBuf) {
    let display = std::env::var_os("DISPLAY").filter(|d| !d.is_empty());
    assert!(
        display.is_some(),
        "no X display (DISPLAY is unset): run the end-to-end tests with scripts/e2e.sh, which uses xvfb-run"
    );
    let driver = which("tauri-driver").unwrap_or_else(|| {
        panic!("tauri-driver is not installed: `cargo install tauri-driver --locked` (scripts/e2e.sh does it)")
    });
    assert!(
        which("WebKitWebDriver").is_some(),
        "WebKitWebDriver is missing: install the Debian package webkit2gtk-driver (scripts/install-deps.sh)"
    );
    let app = app_path();
    assert!(
        app.is_file(),
        "the app is not built at {}: build it (scripts/e2e.sh does) or set OSPO_APP",
        app.display()
    );
    (driver, app)
}

/// Two distinct free local ports (both held until both are chosen).
fn free_ports() -> (u16, u16) {
    let bind = || TcpListener::bind("127.0.0.1:0").expect("a free local port");
    let (a, b) = (bind(), bind());
    let port = |l: &TcpListener| l.local_addr().expect("a bound port").port();
    (port(&a), port(&b))
}

/// A running app with its WebDriver session.
pub struct App {
    pub client: Client,
    driver: Child,
    /// When the session was asked for: the app's cold start is measured from here.
    pub launched_at: Instant,
}

impl App {
    /// Starts tauri-driver, waits for both of its ports, and opens the app in a new session. A
    /// port found free can be taken again before the driver binds it (WebKitWebDriver then says
    /// "Unable to listen"), so a driver that does not come up is started again on other ports.
    pub async fn launch(env: &Env) -> App {
        const ATTEMPTS: u32 = 3;
        let (driver_bin, app) = preflight();
        for attempt in 1..=ATTEMPTS {
            match Self::try_launch(env, &driver_bin, &app).await {
                Ok(app) => return app,
                Err(why) if attempt < ATTEMPTS => eprintln!("{why}; starting the driver again"),
                Err(why) => panic!("{why}"),
            }
        }
        unreachable!("the last attempt returns or panics")
    }

    async fn try_launch(env: &Env, driver_bin: &Path, app: &Path) -> Result<App, String> {
        let (port, native_port) = free_ports();
        let mut cmd = Command::new(driver_bin);
        cmd.args([
            "--port",
            &port.to_string(),
            "--native-port",
            &native_port.to_string(),
        ])
        .env("OSPO_DB", env.db())
        .env("OSPO_DIALOG_DIR", env.dialog_dir())
        .env("XDG_DATA_HOME", env.path().join("data"))
        .env("XDG_CONFIG_HOME", env.path().join("config"))
        .env("XDG_CACHE_HOME", env.path().join("cache"))
        .env("WEBKIT_DISABLE_COMPOSITING_MODE", "1")
        .env("OSPO_TIMING", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
        match &env.open_file {
            Some(f) => cmd.env("OSPO_DIALOG_OPEN", f),
            None => cmd.env_remove("OSPO_DIALOG_OPEN"),
        };
        let mut driver = cmd
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {}: {e}", driver_bin.display()));
        let deadline = Instant::now() + PATIENCE;
        loop {
            let up = |p: u16| TcpStream::connect(("127.0.0.1", p)).is_ok();
            if up(port) && up(native_port) {
                break;
            }
            if let Ok(Some(status)) = driver.try_wait() {
                return Err(format!("tauri-driver exited before listening: {status}"));
            }
            if Instant::now() > deadline {
                stop(&mut driver);
                return Err(format!(
                    "tauri-driver did not listen on ports {port} and {native_port} within {PATIENCE:?}"
                ));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        let mut caps = serde_json::Map::new();
        caps.insert(
            "tauri:options".into(),
            json!({ "application": app.display().to_string() }),
        );
        let launched_at = Instant::now();
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps)
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => Ok(App {
                client,
                driver,
                launched_at,
            }),
            Err(e) => {
                stop(&mut driver);
                Err(format!("no WebDriver session with the app: {e}"))
            }
        }
    }

    /// Closes the window (the app quits) and stops the driver.
    pub async fn quit(mut self) {
        let _ = self.client.clone().close().await;
        stop(&mut self.driver);
    }

    /// The element with `data-testid="id"`, waiting for it to appear.
    pub async fn el(&self, id: &str) -> fantoccini::elements::Element {
        self.css(&format!("[data-testid=\"{id}\"]")).await
    }

    pub async fn css(&self, selector: &str) -> fantoccini::elements::Element {
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Ok(e) = self.client.find(Locator::Css(selector)).await {
                self.draw(&e).await;
                return e;
            }
            if Instant::now() > deadline {
                let shot = self.failure_screenshot(selector).await;
                panic!("no element {selector} within {PATIENCE:?} (screenshot: {shot})");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Brings an element in a `content-visibility: auto` block into view and waits for the frame
    /// that draws it: the engine neither draws nor hit-tests such a block off screen, so a click
    /// on it right after WebDriver's own scroll would miss, while a user sees it before clicking.
    /// An element in view stays where it is; others are left alone.
    async fn draw(&self, e: &fantoccini::elements::Element) {
        let script = "const [el, done] = arguments;
            let box = el.parentElement;
            while (box && getComputedStyle(box).contentVisibility !== 'auto') box = box.parentElement;
            if (!box) return done();
            el.scrollIntoView({ block: 'nearest' });
            requestAnimationFrame(() => requestAnimationFrame(() => done()));";
        let element = serde_json::to_value(e).expect("element as JSON");
        self.client
            .execute_async(script, vec![element])
            .await
            .unwrap_or_else(|err| panic!("bring an element into view: {err}"));
    }

    pub async fn all(&self, selector: &str) -> Vec<fantoccini::elements::Element> {
        self.client
            .find_all(Locator::Css(selector))
            .await
            .unwrap_or_default()
    }

    pub async fn exists(&self, selector: &str) -> bool {
        !self.all(selector).await.is_empty()
    }

    pub async fn click(&self, id: &str) {
        let e = self.el(id).await;
        e.click()
            .await
            .unwrap_or_else(|err| panic!("click on {id}: {err}"));
    }

    /// Replaces the value of an input and leaves it (Tab), so change handlers run.
    pub async fn fill(&self, id: &str, text: &str) {
        let e = self.el(id).await;
        e.clear()
            .await
            .unwrap_or_else(|err| panic!("clear {id}: {err}"));
        e.send_keys(text)
            .await
            .unwrap_or_else(|err| panic!("type into {id}: {err}"));
        // Fire change: WebKitWebDriver's clear() alone does not.
        self.client
            .execute(
                "arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                vec![serde_json::to_value(&e).expect("element as JSON")],
            )
            .await
            .unwrap_or_else(|err| panic!("change on {id}: {err}"));
    }

    /// Types into an input bound to state (input events), replacing what it held.
    pub async fn type_text(&self, id: &str, text: &str) {
        let e = self.el(id).await;
        e.clear()
            .await
            .unwrap_or_else(|err| panic!("clear {id}: {err}"));
        e.send_keys(text)
            .await
            .unwrap_or_else(|err| panic!("type into {id}: {err}"));
    }

    /// Types into a self-saving field and presses Enter, which saves it.
    pub async fn enter(&self, id: &str, text: &str) {
        self.type_text(id, text).await;
        self.el(id)
            .await
            .send_keys("\u{E007}")
            .await
            .unwrap_or_else(|err| panic!("Enter in {id}: {err}"));
    }

    /// Sets an input's value from script (date inputs cannot be typed into reliably) and fires
    /// input and change, as a person's edit would.
    pub async fn set_value(&self, id: &str, value: &str) {
        let e = self.el(id).await;
        self.js(
            "const [el, v] = arguments; el.value = v; \
             el.dispatchEvent(new Event('input', {bubbles: true})); \
             el.dispatchEvent(new Event('change', {bubbles: true}));",
            vec![
                serde_json::to_value(&e).expect("element as JSON"),
                json!(value),
            ],
        )
        .await;
    }

    /// Picks the option labelled `label` in the menu `id` (the app's listbox): a click opens it,
    /// a click on the option picks it, as a person does.
    pub async fn select_label(&self, id: &str, label: &str) {
        self.pick(id, |text, _| text == label).await;
    }

    /// Picks the option whose value is `value` in the menu `id`.
    pub async fn select(&self, id: &str, value: &str) {
        self.pick(id, |_, v| v == value).await;
    }

    async fn pick(&self, id: &str, wanted: impl Fn(&str, &str) -> bool) {
        self.click(id).await;
        let list = format!("[data-testid=\"{id}-listbox\"]");
        self.wait_for(&format!("the menu of {id} shown"), || async {
            self.js(
                "const l = document.querySelector(arguments[0]); \
                 return !!l && !l.hidden && getComputedStyle(l).visibility === 'visible';",
                vec![json!(list)],
            )
            .await
                == Value::Bool(true)
        })
        .await;
        let mut seen = Vec::new();
        for o in self.all(&format!("{list} [role=option]")).await {
            let text = o
                .prop("textContent")
                .await
                .ok()
                .flatten()
                .unwrap_or_default();
            let value = o
                .attr("data-value")
                .await
                .ok()
                .flatten()
                .unwrap_or_default();
            if wanted(text.trim(), &value) {
                o.click()
                    .await
                    .unwrap_or_else(|err| panic!("click on {text:?} in {id}: {err}"));
                return;
            }
            seen.push(format!("{value}={:?}", text.trim()));
        }
        panic!("no such option in {id}; it offers {}", seen.join(", "));
    }

    pub async fn text(&self, id: &str) -> String {
        self.el(id).await.text().await.unwrap_or_default()
    }

    /// Text of the whole page as shown.
    pub async fn page_text(&self) -> String {
        self.js(
            "return document.body ? document.body.innerText : '';",
            vec![],
        )
        .await
        .as_str()
        .unwrap_or_default()
        .to_owned()
    }

    pub async fn js(&self, script: &str, args: Vec<Value>) -> Value {
        self.client
            .execute(script, args)
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    /// Calls a Tauri command from the page, as the UI does; `Err` carries the command's error.
    pub async fn invoke(&self, cmd: &str, args: Value) -> Result<Value, Value> {
        let script = "const [cmd, args, done] = arguments; \
            window.__TAURI_INTERNALS__.invoke(cmd, args) \
              .then(v => done({ ok: v === undefined ? null : v }), e => done({ err: e }));";
        let out = self
            .client
            .execute_async(script, vec![json!(cmd), args])
            .await
            .unwrap_or_else(|e| panic!("invoke {cmd}: {e}"));
        match out.get("err") {
            Some(err) => Err(err.clone()),
            None => Ok(out.get("ok").cloned().unwrap_or(Value::Null)),
        }
    }

    /// Waits until `check` holds, polling; panics with `what` after PATIENCE.
    pub async fn wait_for<F, Fut>(&self, what: &str, mut check: F)
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        let deadline = Instant::now() + PATIENCE;
        while !check().await {
            if Instant::now() > deadline {
                let shot = self.failure_screenshot(what).await;
                panic!("timed out waiting for {what} (screenshot: {shot})");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Waits until the page text contains `needle`.
    pub async fn wait_for_text(&self, needle: &str) {
        let what = format!("the text {needle:?} on the page");
        self.wait_for(&what, || async { self.page_text().await.contains(needle) })
            .await;
    }

    /// A PNG of the app's window as it is on the display.
    pub async fn screenshot(&self, path: &Path) {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).expect("screenshot folder");
        }
        xshot::window_png(WINDOW_TITLE, path).unwrap_or_else(|e| panic!("screenshot: {e}"));
    }

    async fn failure_screenshot(&self, what: &str) -> String {
        let name: String = what
            .chars()
            .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
            .take(60)
            .collect();
        let path = std::env::temp_dir().join(format!("ospo-e2e-failure-{name}.png"));
        match xshot::window_png(WINDOW_TITLE, &path) {
            Ok(()) => path.display().to_string(),
            Err(e) => format!("none ({e})"),
        }
    }
}

/// SIGTERM, then wait (SIGKILL only if it ignores that for 10 s).
fn stop(child: &mut Child) {
    let _ = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status();
    let deadline = Instant::now() + Duration::from_secs(10);
    while Instant::now() < deadline {
        if let Ok(Some(_)) = child.try_wait() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    let _ = child.kill();
    let _ = child.wait();
}

impl Drop for App {
    fn drop(&mut self) {
        if let Ok(None) = self.driver.try_wait() {
            stop(&mut self.driver);
        }
    }
}

/// Where screenshots of the main screens go: `OSPO_SCREENSHOTS_DIR` when set (`scripts/e2e.sh
/// --screenshots` points it at docs/screenshots/), else a scratch folder under target/, so a test
/// run never rewrites the pictures the README shows.
pub fn screenshots_dir() -> PathBuf {
    let dir = std::env::var_os("OSPO_SCREENSHOTS_DIR")
        .filter(|d| !d.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/screenshots"));
    std::fs::create_dir_all(&dir)
        .unwrap_or_else(|e| panic!("cannot create the screenshot folder {}: {e}", dir.display()));
    dir
}

/// The text of a PDF in content order (pdftotext -raw keeps a wrapped table cell on consecutive
/// lines; -layout interleaves it with its neighbours); fails when pdftotext is missing.
pub fn pdf_text(path: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-raw")
        .arg(path)
        .arg("-")
        .output()
        .unwrap_or_else(|e| panic!("pdftotext (poppler-utils) is needed: {e}"));
    assert!(
        out.status.success(),
        "pdftotext failed on {}",
        path.display()
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}
