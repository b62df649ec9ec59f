//! The communication plan as an iCalendar file: one all-day event per communication, repeating
//! with its cadence until the end of the plan's budget horizon.

use super::write::write_atomically;
use crate::model::{calendar, Cadence, Plan};
use crate::Result;
use chrono::{Days, Months, NaiveDate, Utc};
use icalendar::{Calendar, Component, Event, EventLike};
use std::path::Path;

pub fn write_ics_file(plan: &Plan, path: impl AsRef<Path>) -> Result<()> {
    write_atomically(path.as_ref(), ics_string(plan).as_bytes())
}

/// The calendar text. Event UIDs stay the same across exports of the same plan, so a calendar
/// that imports a newer export updates its events instead of doubling them.
pub fn ics_string(plan: &Plan) -> String {
    let until = horizon_end(plan);
    let now = Utc::now();
    let mut calendar = Calendar::new();
    calendar.name(&format!("{} — communication plan", plan.name));
    for c in &plan.communications {
        let audience = plan
            .stakeholder(&c.audience)
            .map_or(c.audience.as_str(), |s| s.name.as_str());
        let owner = c
            .owner
            .as_deref()
            .and_then(|o| plan.position(o))
            .map_or("(no owner)", |p| p.title.as_str());
        let mut summary: String = c
            .message
            .lines()
            .next()
            .unwrap_or("")
            .chars()
            .take(120)
            .collect();
        if !c.channel.trim().is_empty() {
            summary = format!("{}: {summary}", c.channel.trim());
        }
        let description = format!(
            "{}\n\nAudience: {audience}\nChannel: {}\nOwner: {owner}\nCadence: {}",
            c.message,
            c.channel,
            c.cadence.map_or("Once", Cadence::label)
        );
        let mut event = Event::new();
        event
            .uid(&format!(
                "{}-{}@ospo-planner",
                plan.created_at.timestamp(),
                c.id
            ))
            .timestamp(now)
            .summary(&summary)
            .description(&description)
            .starts(c.first_date)
            .ends(
                c.first_date
                    .checked_add_days(Days::new(1))
                    .unwrap_or(c.first_date),
            );
        if let Some(rule) = c
            .cadence
            .and_then(|k| calendar::rrule(c.first_date, k, until))
        {
            event.add_property("RRULE", rule);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// The last day of the plan's last fiscal year.
fn horizon_end(plan: &Plan) -> Option<NaiveDate> {
    let b = &plan.budget;
    NaiveDate::from_ymd_opt(b.first_fiscal_year, u32::from(b.first_month), 1)?
        .checked_add_months(Months::new(12 * u32::from(b.horizon_years)))?
        .checked_sub_days(Days::new(1))
}
