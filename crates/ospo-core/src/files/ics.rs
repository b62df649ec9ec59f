//! The communication plan as an iCalendar file: one all-day event per communication, repeating
//! with its cadence until the end of the plan's budget horizon.

use super::write::write_atomically;
use crate::model::{calendar, Cadence, Plan};
use crate::Result;
use chrono::{Days, NaiveDate, Utc};
use std::path::Path;

pub fn write_ics_file(plan: &Plan, path: impl AsRef<Path>) -> Result<()> {
    write_atomically(path.as_ref(), ics_string(plan).as_bytes())
}

/// The calendar text. Event UIDs stay the same across exports of the same plan, so a calendar
/// that imports a newer export updates its events instead of doubling them.
pub fn ics_string(plan: &Plan) -> String {
    let until = horizon_end(plan);
    let stamp = Utc::now().format("%Y%m%dT%H%M%SZ").to_string();
    let mut ics = Ics::default();
    ics.raw("BEGIN", "VCALENDAR");
    ics.raw("VERSION", "2.0");
    ics.raw("PRODID", "-//OSPO Planner//Communication plan//EN");
    ics.raw("CALSCALE", "GREGORIAN");
    let name = format!("{} — communication plan", plan.name);
    ics.text("NAME", &name);
    ics.text("X-WR-CALNAME", &name);
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
        let end = c
            .first_date
            .checked_add_days(Days::new(1))
            .unwrap_or(c.first_date);
        ics.raw("BEGIN", "VEVENT");
        ics.text(
            "UID",
            &format!("{}-{}@ospo-planner", plan.created_at.timestamp(), c.id),
        );
        ics.raw("DTSTAMP", &stamp);
        ics.text("SUMMARY", &summary);
        ics.text("DESCRIPTION", &description);
        ics.raw(
            "DTSTART;VALUE=DATE",
            &c.first_date.format("%Y%m%d").to_string(),
        );
        ics.raw("DTEND;VALUE=DATE", &end.format("%Y%m%d").to_string());
        if let Some(rule) = c
            .cadence
            .and_then(|k| calendar::rrule(c.first_date, k, until))
        {
            ics.raw("RRULE", &rule);
        }
        ics.raw("END", "VEVENT");
    }
    ics.raw("END", "VCALENDAR");
    ics.out
}

/// iCalendar content lines (RFC 5545 §3.1): CRLF-terminated, folded at 75 octets.
#[derive(Default)]
struct Ics {
    out: String,
}

impl Ics {
    /// A property whose value is of a type with no characters to escape (dates, rules, names).
    fn raw(&mut self, name: &str, value: &str) {
        fold_into(&mut self.out, &format!("{name}:{value}"));
    }

    /// A TEXT property, escaped so its value can never end the line or the event it is in.
    fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(value));
    }
}

/// RFC 5545 §3.3.11: backslash, semicolon, comma and line breaks escaped; other control
/// characters, which TEXT may not hold, left out (a plan from before they were refused may have some).
fn escape_text(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\r' => {
                chars.next_if_eq(&'\n');
                out.push_str("\\n");
            }
            '\n' | '\u{2028}' | '\u{2029}' => out.push_str("\\n"),
            '\t' => out.push(c),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `line` with CRLF, folded so no line is over 75 octets: each continuation starts with
/// one space, and a UTF-8 sequence is never split between lines.
fn fold_into(out: &mut String, line: &str) {
    const MAX: usize = 75;
    let mut used = 0;
    for c in line.chars() {
        let len = c.len_utf8();
        if used + len > MAX {
            out.push_str("\r\n ");
            used = 1;
        }
        out.push(c);
        used += len;
    }
    out.push_str("\r\n");
}

/// The last day of the plan's last fiscal year.
fn horizon_end(plan: &Plan) -> Option<NaiveDate> {
    plan.budget.years().last().map(|y| y.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_so_it_stays_one_value() {
        assert_eq!(
            escape_text("a;b,c\\d\r\nEND:VEVENT\u{1b}"),
            "a\\;b\\,c\\\\d\\nEND:VEVENT"
        );
    }

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        fold_into(&mut out, &format!("SUMMARY:{}", "é".repeat(100)));
        let lines: Vec<&str> = out.split("\r\n").filter(|l| !l.is_empty()).collect();
        assert!(lines.len() > 2, "{lines:?}");
        for l in &lines {
            assert!(l.len() <= 75, "{} octets: {l}", l.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("SUMMARY:{}\r\n", "é".repeat(100)));
    }
}
