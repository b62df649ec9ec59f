//! The .ics export against crafted text: read back by an independent iCalendar parser, no extra
//! event appears and every content line is folded to at most 75 octets (RFC 5545 §3.1, §3.3.11).

use crate::fixtures::rich_plan;
use icalendar::{Calendar, CalendarComponent, Component, Event};
use ospo_core::files;
use ospo_core::model::*;

fn events(calendar: &Calendar) -> Vec<&Event> {
    calendar
        .components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

const INJECTION: &str = "Kick-off\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:evil\r\nSUMMARY:Wire money\r\nDTSTART:20270101\r\nEND:VEVENT\r\nBEGIN:VEVENT";

#[test]
fn a_crafted_message_and_name_add_no_event_and_every_line_is_folded() {
    let mut plan = rich_plan("Acme");
    // Names are refused with these characters today; a plan stored before must still export safely.
    plan.name = "Acme\nX-INJECTED:1;a,b\\c".into();
    plan.communications[0].message = INJECTION.into();
    plan.communications[0].channel = "Ταχυδρομείο, ✉; 通讯".repeat(8);
    plan.stakeholders[0].name = "البرمجيات مفتوحة المصدر ".repeat(6);
    plan.communications.push(Communication {
        id: "c2".into(),
        message: "Quarterly update".into(),
        ..plan.communications[0].clone()
    });

    let text = files::ics_string(&plan);
    for line in text.split("\r\n") {
        assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
        assert!(!line.contains('\n') && !line.contains('\r'), "{line:?}");
    }
    assert!(text.ends_with("END:VCALENDAR\r\n"));

    let calendar: Calendar = text.parse().expect("an independent parser reads it");
    let events = events(&calendar);
    assert_eq!(events.len(), 2, "no event was injected");
    assert_eq!(
        events[0].get_summary(),
        Some(format!("{}: Kick-off", plan.communications[0].channel).as_str())
    );
    let description = events[0].get_description().expect("description");
    assert!(
        description.starts_with(&INJECTION.replace("\r\n", "\n")),
        "the message comes back whole, line breaks and all: {description:?}"
    );
    assert!(description.contains(&format!("Audience: {}", plan.stakeholders[0].name)));
    assert!(events.iter().all(|e| e.get_uid() != Some("evil")));
    assert_eq!(
        calendar.property_value("X-WR-CALNAME"),
        Some("Acme\nX-INJECTED:1;a,b\\c — communication plan")
    );
    assert!(!text.contains("\r\nX-INJECTED"), "no property was injected");
}
