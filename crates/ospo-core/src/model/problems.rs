//! Validation findings with the path of the field they concern, so every caller can say where input went wrong.

use super::input::{date_problem, text_problem, Lines};
use chrono::NaiveDate;
use std::fmt;

/// One thing wrong with a plan, e.g. `positions[3].fte: must be between 0 and 1`. Paths name the
/// field in the plan as a whole: `name`, `budget.currency`, `positions[3].fte`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, ts_rs::TS)]
pub struct Problem {
    pub path: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

/// Text of a problem, written out only when there is a problem: validation runs over every field
/// of a plan on each edit, and paths and messages given as `format_args!` cost nothing when the
/// field is fine.
pub trait Lazy {
    fn render(self) -> String;
}

impl Lazy for &str {
    fn render(self) -> String {
        self.to_owned()
    }
}

impl Lazy for String {
    fn render(self) -> String {
        self
    }
}

impl Lazy for &String {
    fn render(self) -> String {
        self.clone()
    }
}

impl Lazy for fmt::Arguments<'_> {
    fn render(self) -> String {
        self.to_string()
    }
}

/// Collects every problem instead of stopping at the first, so a file check can list them all.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Problems(Vec<Problem>);

impl Problems {
    pub fn new() -> Self {
        Self::default()
    }

    pub fn push(&mut self, path: impl Lazy, message: impl Lazy) {
        self.0.push(Problem {
            path: path.render(),
            message: message.render(),
        });
    }

    /// Records `message` at `path` unless `ok` holds.
    pub fn require(&mut self, ok: bool, path: impl Lazy, message: impl Lazy) {
        if !ok {
            self.push(path, message);
        }
    }

    /// A single-line text field: a bound on length keeps a hostile file from storing megabytes
    /// in a title, and control characters are refused so a name cannot break a file or a terminal.
    pub fn text(&mut self, value: &str, path: impl Lazy, max_chars: usize, required: bool) {
        self.checked_text(value, path, max_chars, required, Lines::One);
    }

    /// A multi-line text field (notes, messages): line breaks and tabs are its only control characters.
    pub fn multiline(&mut self, value: &str, path: impl Lazy, max_chars: usize, required: bool) {
        self.checked_text(value, path, max_chars, required, Lines::Many);
    }

    fn checked_text(
        &mut self,
        value: &str,
        path: impl Lazy,
        max_chars: usize,
        required: bool,
        lines: Lines,
    ) {
        if required && value.trim().is_empty() {
            self.push(path, "must not be empty");
        } else if value.chars().count() > max_chars {
            self.push(path, format_args!("must be at most {max_chars} characters"));
        } else if let Some(problem) = text_problem(value, lines) {
            self.push(path, problem);
        }
    }

    /// A date within the years a plan may span.
    pub fn date(&mut self, date: NaiveDate, path: impl Lazy) {
        if let Some(problem) = date_problem(date) {
            self.push(path, problem);
        }
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Problem> {
        self.0.iter()
    }

    pub fn into_vec(self) -> Vec<Problem> {
        self.0
    }

    /// `Ok` when nothing was found, otherwise the invalid-input error carrying every problem.
    pub fn into_result(self) -> crate::Result<()> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(crate::Error::Invalid(self.0))
        }
    }
}

/// Length limits shared by validation and documented for template authors.
pub mod limits {
    pub const SHORT_TEXT: usize = 200;
    pub const LONG_TEXT: usize = 4_000;
    pub const VALUE_PROPOSITIONS: usize = 5;
    pub const ITEMS_PER_SECTION: usize = 20_000;
    pub const UNITS: usize = 500;
    pub const UNIT_DEPTH: usize = 16;
    /// Most positions a position may have above it in its reporting line.
    pub const REPORTING_DEPTH: usize = 16;
}
