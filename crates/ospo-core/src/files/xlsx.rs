//! A workbook for finance: Staffing, Budget (row, year and grand totals as live formulas) and a
//! Summary that refers to them, so edits in the spreadsheet recompute.

use super::write::write_atomically;
use crate::model::{currency, Employment, Plan};
use crate::{Error, Result};
use rust_xlsxwriter::utility::row_col_to_cell;
use rust_xlsxwriter::{Format, Formula, Workbook, Worksheet, XlsxError};
use std::path::Path;

pub fn write_xlsx_file(plan: &Plan, path: impl AsRef<Path>) -> Result<()> {
    write_atomically(path.as_ref(), &xlsx_bytes(plan)?)
}

pub fn xlsx_bytes(plan: &Plan) -> Result<Vec<u8>> {
    build(plan).map_err(|e| Error::File(format!("spreadsheet: {e}")))
}

struct Styles {
    bold: Format,
    money: Format,
    money_bold: Format,
    fte: Format,
}

fn build(plan: &Plan) -> std::result::Result<Vec<u8>, XlsxError> {
    let digits = currency::minor_digits(&plan.budget.currency);
    let pattern = if digits == 0 {
        "#,##0".to_owned()
    } else {
        format!("#,##0.{}", "0".repeat(usize::from(digits)))
    };
    let s = Styles {
        bold: Format::new().set_bold(),
        money: Format::new().set_num_format(&pattern),
        money_bold: Format::new().set_num_format(&pattern).set_bold(),
        fte: Format::new().set_num_format("0.00"),
    };
    let major = |minor: i64| minor as f64 / 10f64.powi(i32::from(digits));
    let mut book = Workbook::new();
    let staffing_total = staffing(book.add_worksheet(), plan, &s, &major)?;
    let budget_totals = budget(book.add_worksheet(), plan, &s, &major)?;
    summary(
        book.add_worksheet(),
        plan,
        &s,
        &staffing_total,
        &budget_totals,
    )?;
    book.save_to_buffer()
}

/// A total on one sheet that the Summary refers to, with its value for readers that do not recalculate.
struct Ref {
    cell: String,
    value: f64,
}

impl Ref {
    fn formula(&self) -> Formula {
        Formula::new(format!("={}", self.cell)).set_result(self.value.to_string())
    }
}

/// The Staffing sheet's FTE total and yearly cost total.
type StaffingTotals = (Ref, Ref);

fn staffing(
    ws: &mut Worksheet,
    plan: &Plan,
    s: &Styles,
    major: &dyn Fn(i64) -> f64,
) -> std::result::Result<StaffingTotals, XlsxError> {
    ws.set_name("Staffing")?;
    let head = [
        "Title",
        "Role",
        "Person",
        "Employment",
        "FTE",
        "Start",
        "End",
        "Annual base cost",
        "Loaded cost multiplier",
        "Loaded cost per year",
        "OSPO cost per year (FTE × loaded)",
    ];
    for (c, h) in head.iter().enumerate() {
        ws.write_string_with_format(0, col(c), *h, &s.bold)?;
    }
    let mut fte_sum = 0.0;
    let mut cost_sum = 0.0;
    for (i, p) in plan.positions.iter().enumerate() {
        let r = row(i + 1);
        let date = |d: Option<chrono::NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        let employment = match p.employment {
            Employment::Dedicated => "Dedicated".to_owned(),
            Employment::Shared { percent } => format!("Shared ({percent}%)"),
            Employment::Contractor => "Contractor".to_owned(),
        };
        ws.write_string(r, 0, &p.title)?;
        ws.write_string(r, 1, p.role.label())?;
        ws.write_string(r, 2, p.person.as_deref().unwrap_or("open"))?;
        ws.write_string(r, 3, employment)?;
        ws.write_number_with_format(r, 4, p.fte, &s.fte)?;
        ws.write_string(r, 5, date(p.start_date))?;
        ws.write_string(r, 6, date(p.end_date))?;
        let base = major(p.annual_base_cost);
        ws.write_number_with_format(r, 7, base, &s.money)?;
        ws.write_number(r, 8, p.loaded_cost_multiplier)?;
        let loaded = base * p.loaded_cost_multiplier;
        let f =
            Formula::new(format!("={}*{}", cell(r, 7), cell(r, 8))).set_result(loaded.to_string());
        ws.write_formula_with_format(r, 9, f, &s.money)?;
        let cost = loaded * p.fte;
        let f =
            Formula::new(format!("={}*{}", cell(r, 9), cell(r, 4))).set_result(cost.to_string());
        ws.write_formula_with_format(r, 10, f, &s.money)?;
        fte_sum += p.fte;
        cost_sum += cost;
    }
    let last = row(plan.positions.len());
    let total = last + 1;
    ws.write_string_with_format(total, 0, "Total", &s.bold)?;
    // With no positions there is nothing to add up (and a range would point at this row).
    let sum = |c: u16, result: f64| {
        let text = if last == 0 {
            "=0".to_owned()
        } else {
            format!("=SUM({}:{})", cell(1, c), cell(last, c))
        };
        Formula::new(text).set_result(result.to_string())
    };
    ws.write_formula_with_format(total, 4, sum(4, fte_sum), &s.fte)?;
    ws.write_formula_with_format(total, 10, sum(10, cost_sum), &s.money_bold)?;
    ws.set_column_width(0, 32)?;
    ws.set_column_width(1, 22)?;
    ws.set_column_width(2, 20)?;
    for c in 7..=10 {
        ws.set_column_width(c, 18)?;
    }
    Ok((
        Ref {
            cell: format!("Staffing!{}", cell(total, 4)),
            value: fte_sum,
        },
        Ref {
            cell: format!("Staffing!{}", cell(total, 10)),
            value: cost_sum,
        },
    ))
}

/// The Budget sheet's total per year, and its grand total.
type BudgetTotals = (Vec<Ref>, Ref);

fn budget(
    ws: &mut Worksheet,
    plan: &Plan,
    s: &Styles,
    major: &dyn Fn(i64) -> f64,
) -> std::result::Result<BudgetTotals, XlsxError> {
    ws.set_name("Budget")?;
    let totals = plan.totals();
    let years = totals.years.len();
    ws.write_string_with_format(0, 0, "Category", &s.bold)?;
    ws.write_string_with_format(0, 1, "Description", &s.bold)?;
    for (y, label) in totals.years.iter().enumerate() {
        ws.write_string_with_format(0, col(2 + y), &label.label, &s.bold)?;
    }
    let total_col = col(2 + years);
    ws.write_string_with_format(0, total_col, "Total", &s.bold)?;

    let mut rows: Vec<(String, String, Vec<i64>)> = vec![(
        "Headcount".into(),
        "Staff cost from the Staffing sheet, prorated by start and end dates".into(),
        totals.staff_cost_per_year.clone(),
    )];
    rows.extend(plan.budget.lines.iter().map(|l| {
        (
            l.category.label().to_owned(),
            l.description.clone(),
            l.amounts.clone(),
        )
    }));
    for (i, (category, description, amounts)) in rows.iter().enumerate() {
        let r = row(i + 1);
        ws.write_string(r, 0, category)?;
        ws.write_string(r, 1, description)?;
        for (y, &a) in amounts.iter().enumerate().take(years) {
            ws.write_number_with_format(r, col(2 + y), major(a), &s.money)?;
        }
        let f = Formula::new(format!("=SUM({}:{})", cell(r, 2), cell(r, col(1 + years))))
            .set_result(major(amounts.iter().sum()).to_string());
        ws.write_formula_with_format(r, total_col, f, &s.money_bold)?;
    }
    let last = row(rows.len());
    let total = last + 1;
    ws.write_string_with_format(total, 0, "Total", &s.bold)?;
    let mut year_cells = Vec::new();
    for y in 0..=years {
        let c = col(2 + y);
        let value = totals
            .per_year
            .get(y)
            .copied()
            .unwrap_or(totals.grand_total);
        let f = Formula::new(format!("=SUM({}:{})", cell(1, c), cell(last, c)))
            .set_result(major(value).to_string());
        ws.write_formula_with_format(total, c, f, &s.money_bold)?;
        year_cells.push(Ref {
            cell: format!("Budget!{}", cell(total, c)),
            value: major(value),
        });
    }
    ws.set_column_width(0, 28)?;
    ws.set_column_width(1, 44)?;
    for y in 0..=years {
        ws.set_column_width(col(2 + y), 16)?;
    }
    let grand = year_cells.pop().unwrap_or(Ref {
        cell: String::new(),
        value: 0.0,
    });
    Ok((year_cells, grand))
}

fn summary(
    ws: &mut Worksheet,
    plan: &Plan,
    s: &Styles,
    staffing: &StaffingTotals,
    budget: &BudgetTotals,
) -> std::result::Result<(), XlsxError> {
    ws.set_name("Summary")?;
    let totals = plan.totals();
    let texts = [
        ("Plan", plan.name.clone()),
        ("Organization", plan.organization.name.clone()),
        ("Structure", plan.structure.kind.label().to_owned()),
        ("Currency", plan.budget.currency.clone()),
        ("Positions", totals.positions.to_string()),
    ];
    for (r, (k, v)) in texts.iter().enumerate() {
        ws.write_string_with_format(row(r), 0, *k, &s.bold)?;
        ws.write_string(row(r), 1, v)?;
    }
    let mut r = row(texts.len());
    ws.write_string_with_format(r, 0, "Total FTE", &s.bold)?;
    ws.write_formula_with_format(r, 1, staffing.0.formula(), &s.fte)?;
    r += 1;
    ws.write_string_with_format(r, 0, "Staffing cost per year (unprorated)", &s.bold)?;
    ws.write_formula_with_format(r, 1, staffing.1.formula(), &s.money)?;
    for (label, cell) in totals.years.iter().zip(&budget.0) {
        r += 1;
        ws.write_string_with_format(r, 0, format!("Budget {label}"), &s.bold)?;
        ws.write_formula_with_format(r, 1, cell.formula(), &s.money)?;
    }
    r += 1;
    ws.write_string_with_format(r, 0, "Budget total", &s.bold)?;
    ws.write_formula_with_format(r, 1, budget.1.formula(), &s.money_bold)?;
    ws.set_column_width(0, 36)?;
    ws.set_column_width(1, 40)?;
    Ok(())
}

fn cell(r: u32, c: u16) -> String {
    row_col_to_cell(r, c)
}

fn row(i: usize) -> u32 {
    u32::try_from(i).unwrap_or(u32::MAX)
}

fn col(i: usize) -> u16 {
    u16::try_from(i).unwrap_or(u16::MAX)
}
