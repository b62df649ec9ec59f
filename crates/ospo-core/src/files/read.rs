//! Reading a plan file from a stranger safely: size first, then UTF-8, bounded JSON, format and
//! version, upgrade of older versions, typing, and every problem the plan has, each with its path.

use super::format::limits::{MAX_FILE_BYTES, MAX_STRING_CHARS};
use super::format::{Document, FORMAT_NAME, FORMAT_VERSION};
use super::{json, migrate};
use crate::model::{
    BudgetLine, Communication, FiscalYearName, Kpi, Maturity, Milestone, Plan, Position, Problem,
    Problems, ResponsibilityAssignment, Risk, Sponsor, Stakeholder, StructureKind, Unit,
};
use crate::{Error, Result};
use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use serde_json::{Map, Value};
use std::collections::HashSet;
use std::fmt::Write as _;
use std::io::Read;
use std::path::Path;

/// Longest piece of the file's own text quoted back in a message.
const QUOTE_CHARS: usize = 60;

/// Reads the plan in a plan file; the file is never read whole when it is over the size limit.
pub fn read_plan_file(path: impl AsRef<Path>) -> Result<Plan> {
    read_document_file(path).map(|d| d.plan)
}

pub fn read_document_file(path: impl AsRef<Path>) -> Result<Document> {
    let path = path.as_ref();
    let bytes = read_bounded(path)?;
    read_document_bytes(&bytes)
}

/// Reads the plan from the bytes of a plan file (e.g. one embedded in a PDF).
pub fn read_plan_bytes(bytes: &[u8]) -> Result<Plan> {
    read_document_bytes(bytes).map(|d| d.plan)
}

/// Reads a plan file, or a PDF made by the app, whose attachment is the plan file.
pub fn read_document_bytes(bytes: &[u8]) -> Result<Document> {
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    if len > MAX_FILE_BYTES {
        return Err(too_big(len));
    }
    if bytes.starts_with(b"%PDF-") {
        return match crate::report::extract_plan_json(bytes)? {
            Some(json) if json.trim().is_empty() => Err(Error::File(
                "the plan attached to this PDF is empty or damaged; export the PDF again from \
                 OSPO Planner, or import the plan's .ospo.json file"
                    .into(),
            )),
            Some(json) => read_document_bytes(json.as_bytes()).map_err(|e| match e {
                Error::File(m) => Error::File(format!("the plan attached to this PDF: {m}")),
                other => other,
            }),
            None => Err(Error::File(
                "this PDF carries no plan: only PDFs exported by OSPO Planner can be imported"
                    .into(),
            )),
        };
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::File(format!(
            "not UTF-8 text: invalid bytes at offset {}",
            e.valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(Error::File("the file is empty".into()));
    }
    let mut value = json::parse(text).map_err(json_error)?;
    let version = check_envelope(&value)?;
    migrate::upgrade(&mut value, version)?;
    type_document(&value)
}

/// Opens `path` and reads it only if its size, taken from the file system, is within the limit.
/// Only a regular file is opened: a named pipe or a device could block the reader or never end.
pub(crate) fn read_bounded(path: &Path) -> Result<Vec<u8>> {
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    refuse_special(path, &meta)?;
    let file = open_without_blocking(path).map_err(|e| Error::io(path, e))?;
    // The path may have been swapped between the look and the open: look at what was opened.
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    refuse_special(path, &meta)?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(too_big(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // A file that grows after the check is still cut at one byte past the limit.
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| Error::io(path, e))?;
    Ok(bytes)
}

fn refuse_special(path: &Path, meta: &std::fs::Metadata) -> Result<()> {
    if meta.is_file() {
        return Ok(());
    }
    let what = if meta.is_dir() {
        "a folder"
    } else {
        special_kind(meta)
    };
    Err(Error::File(format!(
        "{} is {what}, not a regular file; give the path of a plan file",
        path.display()
    )))
}

#[cfg(unix)]
fn special_kind(meta: &std::fs::Metadata) -> &'static str {
    use std::os::unix::fs::FileTypeExt;
    let t = meta.file_type();
    if t.is_fifo() {
        "a named pipe"
    } else if t.is_socket() {
        "a socket"
    } else if t.is_char_device() || t.is_block_device() {
        "a device"
    } else {
        "a special file"
    }
}

#[cfg(not(unix))]
fn special_kind(_meta: &std::fs::Metadata) -> &'static str {
    "a special file"
}

/// Opening a named pipe for reading waits for a writer; non-blocking, it returns at once.
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

fn too_big(len: u64) -> Error {
    Error::File(format!(
        "the file is {} MiB; plan files may be at most {} MiB",
        len.div_ceil(1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    ))
}

fn json_error(e: serde_json::Error) -> Error {
    use serde_json::error::Category;
    Error::File(match e.classify() {
        Category::Eof => format!("truncated: the file ends before the document does ({e})"),
        Category::Syntax => format!("not valid JSON: {e}"),
        Category::Data | Category::Io => e.to_string(),
    })
}

/// The format name and version, checked before anything else is looked at.
fn check_envelope(value: &Value) -> Result<u32> {
    let Some(doc) = value.as_object() else {
        return Err(Error::File(format!(
            "not an OSPO plan file: expected a JSON object with \"format\": \"{FORMAT_NAME}\""
        )));
    };
    match doc.get("format") {
        Some(Value::String(s)) if s == FORMAT_NAME => {}
        Some(other) => {
            return Err(Error::File(format!(
                "not an OSPO plan file: format is {}, expected \"{FORMAT_NAME}\"",
                quote(other)
            )))
        }
        None => {
            return Err(Error::File(format!(
                "not an OSPO plan file: no \"format\" field (expected \"{FORMAT_NAME}\")"
            )))
        }
    }
    let version = doc.get("format_version");
    match version.and_then(Value::as_u64) {
        Some(n) if n > u64::from(FORMAT_VERSION) => Err(Error::File(format!(
            "made by a newer version ({n}); this app reads up to {FORMAT_VERSION}"
        ))),
        Some(n @ 1..) => Ok(u32::try_from(n).unwrap_or(FORMAT_VERSION)),
        _ => Err(Error::File(format!(
            "format_version: must be a whole number from 1 to {FORMAT_VERSION} (got {})",
            version.map_or_else(|| "nothing".to_owned(), quote)
        ))),
    }
}

/// Types the upgraded document and lists every problem: types first, then the plan's own rules.
fn type_document(value: &Value) -> Result<Document> {
    let mut long = Problems::new();
    let mut path = String::new();
    if let Some(doc) = value.as_object() {
        for (key, v) in doc {
            path.clear();
            if key != "plan" {
                path.push_str(&clip(key, QUOTE_CHARS));
            }
            long_strings(v, &mut path, &mut long);
        }
    }
    let problems = match Document::deserialize(value) {
        Ok(doc) => {
            let problems = merge(doc.plan.problems(), long);
            if problems.is_empty() {
                return Ok(doc);
            }
            problems
        }
        Err(e) => {
            let mut typed = Problems::new();
            document_type_problems(value, &mut typed);
            if typed.is_empty() {
                // Only if the field lists below fell behind the model: still say what failed.
                typed.push("plan", clip(&e.to_string(), 300));
            }
            merge(typed, long)
        }
    };
    Err(Error::Invalid(problems.into_vec()))
}

/// `first`, then those of `more` at a path `first` does not already name.
fn merge(first: Problems, more: Problems) -> Problems {
    let mut out = first;
    let seen: HashSet<String> = out.iter().map(|p| p.path.clone()).collect();
    for Problem { path, message } in more.into_vec() {
        if !seen.contains(&path) {
            out.push(path, message);
        }
    }
    out
}

/// Every string longer than the limit anywhere in the document, whatever field it is in.
fn long_strings(value: &Value, path: &mut String, out: &mut Problems) {
    match value {
        Value::String(s) if s.len() > MAX_STRING_CHARS => {
            let n = s.chars().count();
            if n > MAX_STRING_CHARS {
                out.push(
                    path.clone(),
                    format!("must be at most {MAX_STRING_CHARS} characters (got {n})"),
                );
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = path.len();
                let _ = write!(path, "[{i}]");
                long_strings(item, path, out);
                path.truncate(len);
            }
        }
        Value::Object(fields) => {
            for (key, item) in fields {
                let len = path.len();
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(&clip(key, QUOTE_CHARS));
                long_strings(item, path, out);
                path.truncate(len);
            }
        }
        _ => {}
    }
}

fn document_type_problems(value: &Value, out: &mut Problems) {
    let Some(doc) = value.as_object() else { return };
    let mut f = Fields::new(doc, String::new(), out);
    f.one::<String>("format");
    f.one::<u32>("format_version");
    f.one::<String>("app_version");
    f.one::<DateTime<Utc>>("written_at");
    f.known.push("plan");
    f.finish();
    // The plan's own fields are named without a prefix, as `Plan::problems()` names them.
    match doc.get("plan") {
        Some(Value::Object(plan)) => {
            let mut f = Fields::new(plan, String::new(), out);
            plan_type_problems(&mut f);
            f.finish();
        }
        Some(other) => out.push("plan", format!("must be an object (got {})", kind(other))),
        None => out.push("plan", "missing field"),
    }
}

fn plan_type_problems(f: &mut Fields) {
    f.one::<i64>("id");
    f.one::<String>("name");
    f.one::<DateTime<Utc>>("created_at");
    f.one::<DateTime<Utc>>("updated_at");
    f.one::<Option<String>>("starter");
    f.one::<String>("locale");
    f.object("organization", |o| {
        o.one::<String>("name");
        o.one::<u32>("employees");
        o.one::<String>("industry");
        o.one::<Sponsor>("sponsor");
        o.list::<String>("value_propositions");
    });
    f.object("structure", |s| {
        s.one::<StructureKind>("kind");
        s.one::<String>("reports_to");
        s.list::<Unit>("units");
    });
    f.one::<Maturity>("maturity");
    f.list::<ResponsibilityAssignment>("responsibilities");
    f.list::<Position>("positions");
    f.object("budget", |b| {
        b.one::<String>("currency");
        b.one::<i32>("first_fiscal_year");
        b.one::<u8>("first_month");
        b.one::<FiscalYearName>("fiscal_year_named_by");
        b.one::<u8>("horizon_years");
        b.list::<BudgetLine>("lines");
    });
    f.list::<Stakeholder>("stakeholders");
    f.list::<Communication>("communications");
    f.list::<Milestone>("milestones");
    f.list::<Kpi>("kpis");
    f.list::<Risk>("risks");
    f.list::<String>("assumptions");
    f.list::<String>("sources");
    // Sample marks came later: files written before them have none.
    if f.obj.contains_key("samples") {
        f.list::<String>("samples");
    }
}

/// Checks the fields of one JSON object against the types they must have, one problem per field
/// or list item, so a file with many mistakes gets them all listed at once.
struct Fields<'a> {
    obj: &'a Map<String, Value>,
    at: String,
    out: &'a mut Problems,
    known: Vec<&'static str>,
}

impl<'a> Fields<'a> {
    fn new(obj: &'a Map<String, Value>, at: String, out: &'a mut Problems) -> Self {
        Fields {
            obj,
            at,
            out,
            known: Vec::new(),
        }
    }

    fn path(&self, key: &str) -> String {
        join(&self.at, key)
    }

    fn one<T: DeserializeOwned>(&mut self, key: &'static str) {
        self.known.push(key);
        let at = self.path(key);
        match self.obj.get(key) {
            Some(v) => check::<T>(v, at, self.out),
            // A missing optional field reads as none, as serde does.
            None if T::deserialize(Value::Null).is_ok() => {}
            None => self.out.push(at, "missing field"),
        }
    }

    fn list<T: DeserializeOwned>(&mut self, key: &'static str) {
        self.known.push(key);
        let at = self.path(key);
        match self.obj.get(key) {
            Some(Value::Array(items)) => {
                for (i, item) in items.iter().enumerate() {
                    check::<T>(item, format!("{at}[{i}]"), self.out);
                }
            }
            Some(other) => self
                .out
                .push(at, format!("must be a list (got {})", kind(other))),
            None => self.out.push(at, "missing field"),
        }
    }

    fn object(&mut self, key: &'static str, fields: impl FnOnce(&mut Fields)) {
        self.known.push(key);
        let at = self.path(key);
        match self.obj.get(key) {
            Some(Value::Object(obj)) => {
                let mut inner = Fields::new(obj, at, self.out);
                fields(&mut inner);
                inner.finish();
            }
            Some(other) => self
                .out
                .push(at, format!("must be an object (got {})", kind(other))),
            None => self.out.push(at, "missing field"),
        }
    }

    fn finish(self) {
        for key in self.obj.keys() {
            if !self.known.contains(&key.as_str()) {
                self.out
                    .push(join(&self.at, &clip(key, QUOTE_CHARS)), "unknown field");
            }
        }
    }
}

fn check<T: DeserializeOwned>(value: &Value, at: String, out: &mut Problems) {
    if let Err(e) = serde_path_to_error::deserialize::<_, T>(value) {
        let inner = e.path().to_string();
        let path = match inner.as_str() {
            "." => at,
            p if p.starts_with('[') => format!("{at}{p}"),
            p => format!("{at}.{p}"),
        };
        out.push(path, clip(&e.inner().to_string(), 300));
    }
}

fn join(at: &str, key: &str) -> String {
    if at.is_empty() {
        key.to_owned()
    } else {
        format!("{at}.{key}")
    }
}

fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A JSON value as it appears in the file, cut short if long.
fn quote(v: &Value) -> String {
    match v {
        Value::String(s) => format!("\"{}\"", clip(s, QUOTE_CHARS)),
        Value::Array(_) | Value::Object(_) => kind(v).to_owned(),
        other => other.to_string(),
    }
}

fn clip(s: &str, max_chars: usize) -> String {
    match s.char_indices().nth(max_chars) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_owned(),
    }
}
