//! The communication calendar as the window shows it, laid out by the core (model/calendar.rs) so
//! the window, the PDF and the .ics export put each send on the same day.

use ospo_core::model::calendar::{self, CalendarMonth};
use ospo_core::model::Communication;

#[tauri::command]
pub fn communication_calendar(
    communications: Vec<Communication>,
    year: i32,
    month: u32,
) -> Vec<CalendarMonth> {
    calendar::months(&communications, year, month, calendar::MONTHS_SHOWN)
}
