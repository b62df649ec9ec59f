//! When a communication goes out: the one rule for the dates of a cadence, used by the window's
//! calendar, the PDF's calendar and the .ics export. A date that a month lacks (a monthly send on
//! the 31st, a yearly one on 29 February) falls on that month's last day.

use super::{Cadence, Communication};
use chrono::{Datelike, Days, Months, NaiveDate};
use serde::Serialize;
use ts_rs::TS;

/// Dates a send first made on `first`, repeating by `cadence` (none: once), falls on from `from`
/// up to and including `to`.
pub fn occurrences(
    first: NaiveDate,
    cadence: Option<Cadence>,
    from: NaiveDate,
    to: NaiveDate,
) -> Vec<NaiveDate> {
    let mut out = Vec::new();
    for n in 0u32.. {
        let date = match cadence.unwrap_or(Cadence::Once) {
            Cadence::Once if n > 0 => None,
            Cadence::Once => Some(first),
            Cadence::Weekly => first.checked_add_days(Days::new(7 * u64::from(n))),
            // Counted from the first date, not the previous one: 31 Jan, 28 Feb, 31 Mar.
            Cadence::Monthly => first.checked_add_months(Months::new(n)),
            Cadence::Quarterly => n
                .checked_mul(3)
                .and_then(|m| first.checked_add_months(Months::new(m))),
            Cadence::Yearly => n
                .checked_mul(12)
                .and_then(|m| first.checked_add_months(Months::new(m))),
        };
        match date {
            Some(d) if d <= to => {
                if d >= from {
                    out.push(d);
                }
            }
            _ => break,
        }
    }
    out
}

/// The iCalendar recurrence rule (RFC 5545) that repeats exactly as `occurrences` does, up to
/// `until`; none for a one-off. Late month days need a rule of their own, since a plain monthly
/// rule skips the months that lack the day: "the last of the 28th…31st that the month has".
pub fn rrule(first: NaiveDate, cadence: Cadence, until: Option<NaiveDate>) -> Option<String> {
    let late = first.day() > 28;
    let last_of = |months: &str| {
        let days: Vec<String> = (28..=first.day()).map(|d| d.to_string()).collect();
        format!("{months}BYMONTHDAY={};BYSETPOS=-1", days.join(","))
    };
    let rule = match cadence {
        Cadence::Once => return None,
        Cadence::Weekly => "FREQ=WEEKLY".to_owned(),
        Cadence::Monthly if late => format!("FREQ=MONTHLY;{}", last_of("")),
        Cadence::Monthly => "FREQ=MONTHLY".to_owned(),
        Cadence::Quarterly if late => format!("FREQ=MONTHLY;INTERVAL=3;{}", last_of("")),
        Cadence::Quarterly => "FREQ=MONTHLY;INTERVAL=3".to_owned(),
        Cadence::Yearly if late => {
            format!(
                "FREQ=YEARLY;{}",
                last_of(&format!("BYMONTH={};", first.month()))
            )
        }
        Cadence::Yearly => "FREQ=YEARLY".to_owned(),
    };
    Some(match until {
        Some(d) => format!("{rule};UNTIL={}", d.format("%Y%m%d")),
        None => rule,
    })
}

/// How many months the calendar shows at once, in the window and in the PDF.
pub const MONTHS_SHOWN: u32 = 12;

/// One month of the communication calendar.
#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CalendarMonth {
    pub year: i32,
    /// 1–12.
    pub month: u32,
    /// The communications that go out this month, in plan order, with their dates in it.
    pub entries: Vec<CalendarEntry>,
    /// How many sends the month has in all.
    pub count: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, TS)]
pub struct CalendarEntry {
    /// The communication's id.
    pub communication: String,
    pub dates: Vec<NaiveDate>,
}

/// `count` months from (`year`, `month`), each with the communications that fall in it. A start
/// that is no date (month 13, a year out of range) gives no months.
pub fn months(
    communications: &[Communication],
    year: i32,
    month: u32,
    count: u32,
) -> Vec<CalendarMonth> {
    let Some(start) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return Vec::new();
    };
    (0..count)
        .map_while(|i| {
            let from = start.checked_add_months(Months::new(i))?;
            let to = from.checked_add_months(Months::new(1))?.pred_opt()?;
            let entries: Vec<CalendarEntry> = communications
                .iter()
                .map(|c| CalendarEntry {
                    communication: c.id.clone(),
                    dates: occurrences(c.first_date, c.cadence, from, to),
                })
                .filter(|e| !e.dates.is_empty())
                .collect();
            let count = entries.iter().map(|e| e.dates.len()).sum::<usize>();
            Some(CalendarMonth {
                year: from.year(),
                month: from.month(),
                count: u32::try_from(count).unwrap_or(u32::MAX),
                entries,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    fn iso(dates: &[NaiveDate]) -> Vec<String> {
        dates.iter().map(|d| d.to_string()).collect()
    }

    #[test]
    fn each_cadence_within_the_window() {
        let (from, to) = (d(2027, 1, 1), d(2027, 4, 30));
        let monthly = occurrences(d(2027, 1, 15), Some(Cadence::Monthly), from, to);
        assert_eq!(
            iso(&monthly),
            ["2027-01-15", "2027-02-15", "2027-03-15", "2027-04-15"]
        );
        let weekly = occurrences(d(2027, 1, 4), Some(Cadence::Weekly), from, d(2027, 1, 31));
        assert_eq!(weekly.len(), 4);
        let yearly = occurrences(d(2026, 6, 1), Some(Cadence::Yearly), from, d(2029, 12, 31));
        assert_eq!(iso(&yearly), ["2027-06-01", "2028-06-01", "2029-06-01"]);
        assert_eq!(occurrences(d(2027, 3, 1), None, from, to), [d(2027, 3, 1)]);
        assert!(occurrences(d(2026, 3, 1), Some(Cadence::Once), from, to).is_empty());
    }

    #[test]
    fn a_day_the_month_lacks_falls_on_its_last_day() {
        let monthly = occurrences(
            d(2027, 1, 31),
            Some(Cadence::Monthly),
            d(2027, 1, 1),
            d(2027, 5, 31),
        );
        assert_eq!(
            iso(&monthly),
            [
                "2027-01-31",
                "2027-02-28",
                "2027-03-31",
                "2027-04-30",
                "2027-05-31"
            ]
        );
        let leap = occurrences(
            d(2028, 2, 29),
            Some(Cadence::Yearly),
            d(2028, 1, 1),
            d(2032, 12, 31),
        );
        assert_eq!(
            iso(&leap),
            [
                "2028-02-29",
                "2029-02-28",
                "2030-02-28",
                "2031-02-28",
                "2032-02-29"
            ]
        );
    }

    #[test]
    fn months_bucket_each_send_in_its_month_across_the_year_end() {
        let comm = |id: &str, first: NaiveDate, cadence| Communication {
            id: id.into(),
            audience: "s".into(),
            message: "m".into(),
            channel: String::new(),
            cadence: Some(cadence),
            first_date: first,
            owner: None,
        };
        let comms = [
            comm("a", d(2027, 7, 10), Cadence::Monthly),
            comm("b", d(2027, 8, 1), Cadence::Quarterly),
        ];
        let months = months(&comms, 2027, 7, 12);
        assert_eq!(months.len(), 12);
        assert_eq!(
            (months[0].year, months[0].month, months[0].count),
            (2027, 7, 1)
        );
        assert_eq!(months[1].count, 2);
        assert_eq!((months[6].year, months[6].month), (2028, 1));
        assert_eq!(months.iter().map(|m| m.count).sum::<u32>(), 12 + 4);
        assert_eq!(months[1].entries[1].communication, "b");
        assert!(super::months(&comms, 2027, 13, 12).is_empty());
    }

    /// Expands the rules `rrule` writes as RFC 5545 reads them, month by month, without chrono's
    /// month arithmetic: an independent check that a calendar app shows the app's dates.
    fn expand(first: NaiveDate, rule: &str) -> Vec<NaiveDate> {
        let part = |key: &str| {
            rule.split(';')
                .find_map(|p| p.strip_prefix(key)?.strip_prefix('='))
                .map(str::to_owned)
        };
        let until = part("UNTIL")
            .map(|u| NaiveDate::parse_from_str(&u, "%Y%m%d").unwrap())
            .unwrap();
        let freq = part("FREQ").unwrap();
        if freq == "WEEKLY" {
            return first.iter_weeks().take_while(|w| *w <= until).collect();
        }
        let interval: u32 = part("INTERVAL").map_or(1, |i| i.parse().unwrap());
        let step = if freq == "YEARLY" {
            12 * interval
        } else {
            interval
        };
        let days: Vec<u32> = part("BYMONTHDAY").map_or(vec![first.day()], |l| {
            l.split(',').map(|x| x.parse().unwrap()).collect()
        });
        let mut out = Vec::new();
        let (mut y, mut m) = (first.year(), first.month());
        loop {
            let in_month: Vec<NaiveDate> = days
                .iter()
                .filter_map(|&day| NaiveDate::from_ymd_opt(y, m, day))
                .collect();
            let pick = if part("BYSETPOS").is_some() {
                in_month.last().copied()
            } else {
                in_month.first().copied()
            };
            match pick {
                Some(p) if p > until => break,
                Some(p) => out.push(p),
                None if NaiveDate::from_ymd_opt(y, m, 1).unwrap() > until => break,
                None => {}
            }
            let next = (y * 12 + m as i32 - 1) + step as i32;
            (y, m) = (next.div_euclid(12), next.rem_euclid(12) as u32 + 1);
        }
        out
    }

    #[test]
    fn the_calendar_rule_repeats_on_the_apps_dates() {
        let until = d(2031, 12, 31);
        for cadence in [
            Cadence::Weekly,
            Cadence::Monthly,
            Cadence::Quarterly,
            Cadence::Yearly,
        ] {
            for (month, day) in [
                (1, 15),
                (1, 28),
                (1, 29),
                (1, 30),
                (1, 31),
                (2, 29),
                (3, 31),
                (8, 31),
                (12, 30),
            ] {
                let year = if (month, day) == (2, 29) { 2028 } else { 2027 };
                let first = d(year, month, day);
                let rule = rrule(first, cadence, Some(until)).unwrap();
                assert_eq!(
                    expand(first, &rule),
                    occurrences(first, Some(cadence), first, until),
                    "{first} {cadence:?}: {rule}"
                );
            }
        }
        assert_eq!(rrule(d(2027, 1, 31), Cadence::Once, Some(until)), None);
        assert_eq!(
            rrule(d(2027, 1, 31), Cadence::Monthly, None).unwrap(),
            "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
        );
    }
}
