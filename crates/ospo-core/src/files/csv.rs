//! Finance's view as CSV: staffing.csv and budget.csv, and budget lines read back from a
//! budget.csv that finance edited. Amounts are decimal text in major units, exact to the minor unit.

use super::format::limits::MAX_FILE_BYTES;
use super::read::read_bounded;
use super::write::write_atomically;
use crate::model::{
    currency, new_id, BudgetCategory, BudgetLine, Employment, Plan, Problems, MAX_AMOUNT,
};
use crate::{Error, Result, Store};
use std::path::Path;

pub const STAFFING_FILE: &str = "staffing.csv";
pub const BUDGET_FILE: &str = "budget.csv";

/// Writes staffing.csv and budget.csv into `dir` (created if missing); returns their paths.
pub fn write_csv_dir(plan: &Plan, dir: impl AsRef<Path>) -> Result<[std::path::PathBuf; 2]> {
    let dir = dir.as_ref();
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let staffing = dir.join(STAFFING_FILE);
    let budget = dir.join(BUDGET_FILE);
    write_atomically(&staffing, &staffing_csv(plan)?)?;
    write_atomically(&budget, &budget_csv(plan)?)?;
    Ok([staffing, budget])
}

pub fn staffing_csv(plan: &Plan) -> Result<Vec<u8>> {
    let digits = currency::minor_digits(&plan.budget.currency);
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let head = [
        "id",
        "title",
        "role",
        "person",
        "employment",
        "shared_percent",
        "fte",
        "start_date",
        "end_date",
        "currency",
        "annual_base_cost",
        "loaded_cost_multiplier",
        "reports_to",
    ];
    w.write_record(head).map_err(csv_error)?;
    for p in &plan.positions {
        let (employment, percent) = match p.employment {
            Employment::Dedicated => ("Dedicated", String::new()),
            Employment::Shared { percent } => ("Shared", percent.to_string()),
            Employment::Contractor => ("Contractor", String::new()),
        };
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        w.write_record([
            &*cell(&p.id),
            &cell(&p.title),
            p.role.label(),
            &cell(p.person.as_deref().unwrap_or("")),
            employment,
            &percent,
            &p.fte.to_string(),
            &date(p.start_date),
            &date(p.end_date),
            &plan.budget.currency,
            &decimal(p.annual_base_cost, digits),
            &p.loaded_cost_multiplier.to_string(),
            &cell(p.reports_to.as_deref().unwrap_or("")),
        ])
        .map_err(csv_error)?;
    }
    w.into_inner().map_err(|e| Error::File(e.to_string()))
}

/// Fiscal-year column titles, e.g. `FY2027`, as the budget is planned.
fn year_columns(plan: &Plan) -> Vec<String> {
    (0..i32::from(plan.budget.horizon_years))
        .map(|i| format!("FY{}", plan.budget.first_fiscal_year + i))
        .collect()
}

pub fn budget_csv(plan: &Plan) -> Result<Vec<u8>> {
    let digits = currency::minor_digits(&plan.budget.currency);
    let mut w = ::csv::Writer::from_writer(Vec::new());
    let mut head = vec![
        "id".to_owned(),
        "category".into(),
        "description".into(),
        "currency".into(),
    ];
    head.extend(year_columns(plan));
    w.write_record(&head).map_err(csv_error)?;
    for l in &plan.budget.lines {
        let mut row = vec![
            cell(&l.id).into_owned(),
            l.category.label().to_owned(),
            cell(&l.description).into_owned(),
            plan.budget.currency.clone(),
        ];
        row.extend(l.amounts.iter().map(|&a| decimal(a, digits)));
        w.write_record(&row).map_err(csv_error)?;
    }
    w.into_inner().map_err(|e| Error::File(e.to_string()))
}

/// Replaces the budget lines of stored plan `id` with those of the budget.csv at `path`, in one
/// transaction; returns how many lines the plan now has.
pub fn import_budget_file(store: &mut Store, id: i64, path: impl AsRef<Path>) -> Result<usize> {
    let bytes = read_bounded(path.as_ref())?;
    let mut plan = store.get(id)?;
    plan.budget.lines = budget_lines_from_csv(&plan, &bytes)?;
    let n = plan.budget.lines.len();
    store.replace(&plan)?;
    Ok(n)
}

/// Budget lines from a budget.csv in the columns `budget_csv` writes, checked against the plan's
/// currency and years; every problem is listed by line and column.
pub fn budget_lines_from_csv(plan: &Plan, bytes: &[u8]) -> Result<Vec<BudgetLine>> {
    if u64::try_from(bytes.len()).unwrap_or(u64::MAX) > MAX_FILE_BYTES {
        return Err(Error::File(format!(
            "the file is over the {} MiB limit",
            MAX_FILE_BYTES / (1024 * 1024)
        )));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        Error::File(format!(
            "not UTF-8 text: invalid bytes at offset {}",
            e.valid_up_to()
        ))
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut reader = ::csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(csv_error)?
        .iter()
        .map(|h| h.trim().to_owned())
        .collect();
    let mut expected = vec![
        "id".to_owned(),
        "category".into(),
        "description".into(),
        "currency".into(),
    ];
    let years = year_columns(plan);
    expected.extend(years.iter().cloned());
    if header != expected {
        return Err(Error::File(format!(
            "budget CSV: the columns must be {} (this plan's years); found {}",
            expected.join(","),
            header.join(",")
        )));
    }
    let digits = currency::minor_digits(&plan.budget.currency);
    let mut p = Problems::new();
    let mut lines = Vec::new();
    // The CSV line each budget line came from, to locate the plan's own problems.
    let mut line_numbers = Vec::new();
    for (n, record) in reader.records().enumerate() {
        let line = n + 2;
        let record = match record {
            Ok(r) => r,
            Err(e) => {
                p.push(format!("line {line}"), e.to_string());
                continue;
            }
        };
        if record.len() != expected.len() {
            p.push(
                format!("line {line}"),
                format!("has {} fields; expected {}", record.len(), expected.len()),
            );
            continue;
        }
        let at = |col: &str| format!("line {line}, {col}");
        let before = p.len();
        let category = parse_category(record[1].trim());
        if category.is_none() {
            p.push(
                at("category"),
                format!("unknown category \"{}\"", clip(&record[1])),
            );
        }
        if record[3].trim() != plan.budget.currency {
            p.push(
                at("currency"),
                format!(
                    "is \"{}\" but the plan budgets in {}; amounts are never converted",
                    clip(&record[3]),
                    plan.budget.currency
                ),
            );
        }
        let mut amounts = Vec::new();
        for (i, year) in years.iter().enumerate() {
            let cell = record[4 + i].trim();
            match parse_decimal(cell, digits) {
                Some(a) if a <= MAX_AMOUNT => amounts.push(a),
                // Said in the units the spreadsheet is written in, not the minor units stored.
                Some(_) => p.push(at(year), over_limit(cell, digits, &plan.budget.currency)),
                None if is_long_number(cell) => {
                    p.push(at(year), over_limit(cell, digits, &plan.budget.currency))
                }
                None => p.push(
                    at(year),
                    format!(
                        "\"{}\" is not an amount (write digits like 1234.50, at most {digits} decimals)",
                        clip(cell)
                    ),
                ),
            }
        }
        let (Some(category), true) = (category, p.len() == before) else {
            continue;
        };
        let id = uncell(record[0].trim());
        lines.push(BudgetLine {
            id: if id.is_empty() {
                new_id("line")
            } else {
                id.to_owned()
            },
            category,
            description: uncell(&record[2]).to_owned(),
            amounts,
        });
        line_numbers.push(line);
    }
    // The plan's own rules, located by CSV line rather than by list index.
    let mut checked = plan.clone();
    checked.budget.lines = lines;
    for problem in checked.problems().into_vec() {
        if let Some(rest) = problem.path.strip_prefix("budget.lines[") {
            let (index, field) = rest.split_once(']').unwrap_or((rest, ""));
            let line = index
                .parse::<usize>()
                .ok()
                .and_then(|i| line_numbers.get(i))
                .copied()
                .unwrap_or(0);
            let field = field.trim_start_matches('.');
            p.push(format!("line {line}, {field}"), problem.message);
        } else if problem.path.starts_with("budget.lines") {
            p.push("budget CSV", problem.message);
        }
    }
    p.into_result()?;
    Ok(checked.budget.lines)
}

/// Text a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first) is written with a `'`
/// in front, so a plan from a stranger cannot put live formulas into finance's spreadsheet.
fn cell(s: &str) -> std::borrow::Cow<'_, str> {
    if s.starts_with(FORMULA_STARTS) {
        format!("'{s}").into()
    } else {
        s.into()
    }
}

/// Undoes `cell` on the way back in.
fn uncell(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) => rest,
        _ => s,
    }
}

const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

fn parse_category(s: &str) -> Option<BudgetCategory> {
    BudgetCategory::ALL.into_iter().find(|c| {
        c.label().eq_ignore_ascii_case(s)
            || serde_json::to_value(c)
                .ok()
                .and_then(|v| v.as_str().map(|n| n == s))
                == Some(true)
    })
}

/// `2000000` with 2 digits → `"20000.00"`; exact, no floating point.
pub fn decimal(minor: i64, digits: u8) -> String {
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    if digits == 0 {
        return format!("{sign}{abs}");
    }
    let scale = 10u64.pow(u32::from(digits));
    format!(
        "{sign}{}.{:0width$}",
        abs / scale,
        abs % scale,
        width = usize::from(digits)
    )
}

/// `"1234.5"` with 2 digits → `123450`; refuses signs, exponents, separators and extra decimals.
pub fn parse_decimal(s: &str, digits: u8) -> Option<i64> {
    let (whole, frac) = s.split_once('.').unwrap_or((s, ""));
    if whole.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !frac.bytes().all(|b| b.is_ascii_digit())
        || frac.len() > usize::from(digits)
        || (s.contains('.') && frac.is_empty())
    {
        return None;
    }
    let scale = 10i64.checked_pow(u32::from(digits))?;
    let frac_value: i64 = if frac.is_empty() {
        0
    } else {
        format!("{frac:0<width$}", width = usize::from(digits))
            .parse()
            .ok()?
    };
    whole
        .parse::<i64>()
        .ok()?
        .checked_mul(scale)?
        .checked_add(frac_value)
}

fn over_limit(cell: &str, digits: u8, currency: &str) -> String {
    format!(
        "{} is more than a budget line may hold in a year ({} {currency})",
        clip(cell),
        decimal(MAX_AMOUNT, digits)
    )
}

/// Digits (and at most one point) too many for any amount: over the limit, not malformed.
fn is_long_number(cell: &str) -> bool {
    let (whole, frac) = cell.split_once('.').unwrap_or((cell, ""));
    whole.len() > 18
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

fn clip(s: &str) -> String {
    match s.char_indices().nth(40) {
        Some((end, _)) => format!("{}…", &s[..end]),
        None => s.to_owned(),
    }
}

fn csv_error(e: ::csv::Error) -> Error {
    Error::File(format!("CSV: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_are_exact_both_ways() {
        assert_eq!(decimal(2_000_000, 2), "20000.00");
        assert_eq!(decimal(5, 2), "0.05");
        assert_eq!(decimal(1234, 0), "1234");
        assert_eq!(parse_decimal("20000.00", 2), Some(2_000_000));
        assert_eq!(parse_decimal("0.5", 2), Some(50));
        assert_eq!(parse_decimal("12", 2), Some(1200));
        assert_eq!(parse_decimal("1234", 0), Some(1234));
        for bad in [
            "",
            "-1",
            "1e5",
            "1,000",
            "1.234",
            "1.",
            ".5",
            "12a",
            "99999999999999999999",
        ] {
            assert_eq!(parse_decimal(bad, 2), None, "{bad}");
        }
        assert_eq!(parse_decimal("1.5", 0), None);
        for v in [0, 1, 99, 100, 123_456_789, crate::model::MAX_AMOUNT] {
            assert_eq!(parse_decimal(&decimal(v, 2), 2), Some(v));
            assert_eq!(parse_decimal(&decimal(v, 0), 0), Some(v));
        }
    }
}
