//! The communication plan as an iCalendar file: one all-day event per communication, repeating
//! with its cadence until the end of the plan's budget horizon.

use super::write::write_atomically;
use crate::model::{Cadence, Plan};
use crate::Result;
use chrono::{Days, NaiveDate, Utc};
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
        if let Some(rule) = c.cadence.and_then(|k| rrule(k, until)) {
            event.add_property("RRULE", rule);
        }
        calendar.push(event.done());
    }
    calendar.done().to_string()
}

/// `FREQ=…;UNTIL=…` for a repeating cadence; none for a one-off.
fn rrule(cadence: Cadence, until: Option<NaiveDate>) -> Option<String> {
    let freq = match cadence {
        Cadence::Once => return None,
        Cadence::Weekly => "FREQ=WEEKLY",
        Cadence::Monthly => "FREQ=MONTHLY",
        Cadence::Quarterly => "FREQ=MONTHLY;INTERVAL=3",
        Cadence::Yearly => "FREQ=YEARLY",
    };
    Some(match until {
        Some(d) => format!("{freq};UNTIL={}", d.format("%Y%m%d")),
        None => freq.to_owned(),
    })
}

/// The last day of the plan's last fiscal year.
fn horizon_end(plan: &Plan) -> Option<NaiveDate> {
    plan.budget.years().last().map(|y| y.end)
}
