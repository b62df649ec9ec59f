//! Finance and calendar exports: CSV both ways, the workbook read back, the calendar parsed back.

use crate::fixtures::{dump, rich_plan};
use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use ospo_core::files;
use ospo_core::model::*;
use ospo_core::Store;
use std::io::Cursor;

#[test]
fn staffing_and_budget_csv_hold_every_row_with_exact_amounts() {
    let dir = tempfile::tempdir().unwrap();
    let [staffing, budget] = files::write_csv_dir(&rich_plan("P"), dir.path().join("out")).unwrap();
    let staffing = std::fs::read_to_string(staffing).unwrap();
    let lines: Vec<&str> = staffing.lines().collect();
    assert_eq!(lines[0], "id,title,role,person,employment,shared_percent,fte,start_date,end_date,currency,annual_base_cost,loaded_cost_multiplier,reports_to");
    assert_eq!(lines[1], "head,Head of Open Source,Head of OSPO,Ada Example,Dedicated,,1,2027-01-01,,EUR,120000.00,1.3,");
    assert_eq!(lines[2], "comp,Compliance Engineer,Compliance engineer,,Shared,50,0.5,2027-01-01,,EUR,120000.00,1.3,head");
    assert_eq!(
        std::fs::read_to_string(budget).unwrap(),
        "id,category,description,currency,FY2027,FY2028,FY2029\nb1,Foundation memberships,Foundation silver membership,EUR,20000.00,20000.00,25000.00\n"
    );
}

#[test]
fn budget_csv_edited_in_a_spreadsheet_is_imported_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path().join("p.db")).unwrap();
    let mut plan = rich_plan("P");
    plan.budget.lines[0].description = "=HYPERLINK(\"http://x\")".into();
    let id = store.create(&plan).unwrap();
    let csv = String::from_utf8(files::budget_csv(&store.get(id).unwrap()).unwrap()).unwrap();
    assert!(
        csv.contains(",\"'=HYPERLINK("),
        "formula text is defused: {csv}"
    );
    let edited = csv.replace("25000.00", "26000.5")
        + ",Travel,\"Conference travel, Europe\",EUR,5000,5000,0\n";
    let path = dir.path().join("budget.csv");
    std::fs::write(&path, edited).unwrap();
    assert_eq!(files::import_budget_file(&mut store, id, &path).unwrap(), 2);
    let lines = store.get(id).unwrap().budget.lines;
    assert_eq!(lines[0].description, "=HYPERLINK(\"http://x\")");
    assert_eq!(lines[0].id, "b1");
    assert_eq!(lines[0].amounts, [20_000_00, 20_000_00, 26_000_50]);
    assert_eq!(lines[1].category, BudgetCategory::Travel);
    assert_eq!(lines[1].description, "Conference travel, Europe");
    assert_eq!(lines[1].amounts, [5_000_00, 5_000_00, 0]);
    assert!(lines[1].id.starts_with("line-"));
}

#[test]
fn a_bad_budget_csv_lists_every_problem_by_line_and_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let mut store = Store::open(&db).unwrap();
    let id = store.create(&rich_plan("P")).unwrap();
    let path = dir.path().join("budget.csv");
    let before = dump(&db);
    std::fs::write(
        &path,
        "id,category,description,currency,FY2027,FY2028,FY2029\n\
         b1,Snacks,Cookies,EUR,1,2,3\n\
         b2,Travel,Trips,USD,1,-2,1e3\n\
         b3,Headcount,,EUR,1,2,3\n\
         b4,Travel,Short\n",
    )
    .unwrap();
    let err = files::import_budget_file(&mut store, id, &path).unwrap_err();
    let ospo_core::Error::Invalid(problems) = err else {
        panic!("{err}")
    };
    let listed: Vec<String> = problems.iter().map(ToString::to_string).collect();
    assert_eq!(
        listed,
        [
            "line 2, category: unknown category \"Snacks\"",
            "line 3, currency: is \"USD\" but the plan budgets in EUR; amounts are never converted",
            "line 3, FY2028: \"-2\" is not an amount (write digits like 1234.50, at most 2 decimals)",
            "line 3, FY2029: \"1e3\" is not an amount (write digits like 1234.50, at most 2 decimals)",
            "line 5: has 3 fields; expected 7",
            "line 4, category: headcount is computed from positions; add a position instead",
            "line 4, description: must not be empty",
        ]
    );
    std::fs::write(&path, "id,category,description,FY2027\n").unwrap();
    let err = files::import_budget_file(&mut store, id, &path).unwrap_err();
    assert_eq!(
        err.to_string(),
        "budget CSV: the columns must be id,category,description,currency,FY2027,FY2028,FY2029 (this plan's years); found id,category,description,FY2027"
    );
    drop(store);
    assert_eq!(dump(&db), before);
}

fn number(cell: Option<&Data>) -> f64 {
    match cell {
        Some(Data::Float(f)) => *f,
        Some(Data::Int(i)) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn the_workbook_has_staffing_budget_and_summary_with_live_totals() {
    let plan = rich_plan("P");
    let totals = plan.totals();
    let bytes = files::xlsx_bytes(&plan).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    assert_eq!(book.sheet_names(), ["Staffing", "Budget", "Summary"]);

    let staffing = book.worksheet_range("Staffing").unwrap();
    assert_eq!(
        staffing.get_value((1, 0)),
        Some(&Data::String("Head of Open Source".into()))
    );
    assert_eq!(number(staffing.get_value((3, 4))), 1.5);
    let formulas = book.worksheet_formula("Staffing").unwrap();
    assert_eq!(
        formulas.get_value((3, 4)).map(String::as_str),
        Some("SUM(E2:E3)")
    );
    assert_eq!(
        formulas.get_value((1, 9)).map(String::as_str),
        Some("H2*I2")
    );

    let budget = book.worksheet_range("Budget").unwrap();
    let formulas = book.worksheet_formula("Budget").unwrap();
    // Rows: header, headcount, one budget line, total. Columns: category, description, 3 years, total.
    assert_eq!(
        formulas.get_value((1, 5)).map(String::as_str),
        Some("SUM(C2:E2)")
    );
    assert_eq!(
        formulas.get_value((3, 2)).map(String::as_str),
        Some("SUM(C2:C3)")
    );
    assert_eq!(
        formulas.get_value((3, 5)).map(String::as_str),
        Some("SUM(F2:F3)")
    );
    assert_eq!(number(budget.get_value((2, 4))), 25_000.0);
    assert_eq!(
        number(budget.get_value((3, 5))),
        totals.grand_total as f64 / 100.0
    );
    for (y, &v) in totals.per_year.iter().enumerate() {
        assert_eq!(
            number(budget.get_value((3, 2 + y as u32))),
            v as f64 / 100.0
        );
    }

    let summary = book.worksheet_range("Summary").unwrap();
    let formulas = book.worksheet_formula("Summary").unwrap();
    assert_eq!(summary.get_value((0, 1)), Some(&Data::String("P".into())));
    let last = summary.height() as u32 - 1;
    assert_eq!(
        formulas.get_value((last, 1)).map(String::as_str),
        Some("Budget!F4")
    );
    assert_eq!(
        number(summary.get_value((last, 1))),
        totals.grand_total as f64 / 100.0
    );
}

#[test]
fn a_workbook_of_a_plan_without_positions_has_no_circular_total() {
    let bytes = files::xlsx_bytes(&Plan::empty("Empty")).unwrap();
    let mut book: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).unwrap();
    let formulas = book.worksheet_formula("Staffing").unwrap();
    assert_eq!(formulas.get_value((1, 4)).map(String::as_str), Some("0"));
}

#[test]
fn the_calendar_has_one_repeating_event_per_communication() {
    let mut plan = rich_plan("P");
    plan.communications[0].message = "Office hours; bring <b>questions</b>, ideas\nand code".into();
    plan.communications.push(Communication {
        id: "c2".into(),
        audience: "s1".into(),
        message: "Kick-off".into(),
        channel: String::new(),
        cadence: Some(Cadence::Once),
        first_date: crate::fixtures::date(2027, 1, 15),
        owner: None,
    });
    plan.communications.push(Communication {
        id: "c3".into(),
        cadence: Some(Cadence::Quarterly),
        ..plan.communications[1].clone()
    });
    let text = files::ics_string(&plan);
    assert!(text.starts_with("BEGIN:VCALENDAR\r\n"), "{text}");
    let calendar: icalendar::Calendar = text.parse().unwrap();
    let events: Vec<&icalendar::Event> = calendar
        .components
        .iter()
        .filter_map(|c| match c {
            icalendar::CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect();
    assert_eq!(events.len(), 3);
    use icalendar::Component;
    assert_eq!(
        events[0].get_summary(),
        Some("Video call: Office hours; bring <b>questions</b>, ideas")
    );
    assert!(events[0]
        .get_description()
        .unwrap()
        .contains("Audience: Product engineering"));
    assert_eq!(
        events[0].get_start(),
        Some(icalendar::DatePerhapsTime::Date(crate::fixtures::date(
            2027, 2, 3
        )))
    );
    assert_eq!(
        events[0].property_value("RRULE"),
        Some("FREQ=MONTHLY;UNTIL=20291231")
    );
    assert_eq!(events[1].property_value("RRULE"), None);
    assert_eq!(
        events[2].property_value("RRULE"),
        Some("FREQ=MONTHLY;INTERVAL=3;UNTIL=20291231")
    );
    let uid = events[0].get_uid().unwrap().to_owned();
    assert_eq!(
        files::ics_string(&plan).matches(&uid).count(),
        1,
        "UIDs are stable across exports"
    );
}

#[test]
fn the_calendar_repeats_a_month_end_send_on_the_days_the_app_shows() {
    let mut plan = rich_plan("P");
    plan.communications[0].first_date = crate::fixtures::date(2027, 1, 31);
    plan.communications[0].cadence = Some(Cadence::Monthly);
    use icalendar::Component;
    let calendar: icalendar::Calendar = files::ics_string(&plan).parse().unwrap();
    let rule = calendar
        .components
        .iter()
        .find_map(|c| match c {
            icalendar::CalendarComponent::Event(e) => e.property_value("RRULE").map(str::to_owned),
            _ => None,
        })
        .unwrap();
    // The last of the 28th–31st each month has: 28 Feb, 31 Mar, 30 Apr, as in the app and the PDF.
    assert_eq!(
        rule,
        "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1;UNTIL=20291231"
    );
    let shown = plan.communications[0].occurrences(
        crate::fixtures::date(2027, 2, 1),
        crate::fixtures::date(2027, 4, 30),
    );
    assert_eq!(
        shown,
        [(2, 28), (3, 31), (4, 30)].map(|(m, d)| crate::fixtures::date(2027, m, d))
    );
}
