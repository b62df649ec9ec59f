//! What people type, kept to text that stays text and dates that stay dates: single-line fields
//! refuse control and bidi-override characters, multi-line ones allow line breaks and tabs only,
//! and dates lie between 1900 and 2200.

use chrono::{Datelike, NaiveDate};

/// The first and last years a date in a plan may have.
pub const FIRST_YEAR: i32 = 1900;
pub const LAST_YEAR: i32 = 2200;

/// Whether a field holds one line (names, titles) or several (notes, messages).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lines {
    One,
    Many,
}

/// Why `value` is not acceptable text for a field of `lines`; `None` when it is.
pub fn text_problem(value: &str, lines: Lines) -> Option<String> {
    let (at, c) = value
        .chars()
        .enumerate()
        .find(|&(_, c)| !allowed(c, lines))?;
    let at = at + 1;
    let code = format!("U+{:04X}", u32::from(c));
    Some(if is_line_break(c) {
        format!("must be a single line (found a line break, {code}, at character {at})")
    } else if is_bidi_control(c) {
        format!(
            "must not contain bidirectional override characters (found {code} at character {at}); \
             right-to-left text needs none"
        )
    } else {
        format!("must not contain control characters (found {code} at character {at})")
    })
}

fn allowed(c: char, lines: Lines) -> bool {
    match lines {
        Lines::Many if c == '\t' || is_line_break(c) => true,
        _ => !c.is_control() && !is_line_break(c) && !is_bidi_control(c),
    }
}

fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// Embeddings, overrides and isolates reorder the text around them; the marks (LRM, RLM, ALM) do not.
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// Why `date` is out of the range a plan's dates may have; `None` when it is within.
pub fn date_problem(date: NaiveDate) -> Option<String> {
    let year = date.year();
    (!(FIRST_YEAR..=LAST_YEAR).contains(&year))
        .then(|| format!("must be a date between {FIRST_YEAR} and {LAST_YEAR} (got {date})"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn single_lines_refuse_breaks_controls_and_overrides() {
        assert_eq!(text_problem("Acme OSPO — شركة", Lines::One), None);
        assert_eq!(
            text_problem("a\nb", Lines::One).as_deref(),
            Some("must be a single line (found a line break, U+000A, at character 2)")
        );
        assert!(text_problem("\u{1b}[31mred", Lines::One)
            .unwrap()
            .starts_with("must not contain control characters (found U+001B at character 1)"));
        assert!(text_problem("abc\u{202E}fdp.exe", Lines::One)
            .unwrap()
            .starts_with("must not contain bidirectional override characters (found U+202E"));
        assert!(text_problem("nul\0", Lines::One).is_some());
        assert!(text_problem("c1\u{85}", Lines::One).is_some());
    }

    #[test]
    fn several_lines_allow_breaks_and_tabs_only() {
        assert_eq!(text_problem("one\r\ntwo\n\tthree", Lines::Many), None);
        assert!(text_problem("bell\u{7}", Lines::Many).is_some());
        assert!(text_problem("\u{2067}isolate", Lines::Many).is_some());
    }

    #[test]
    fn dates_stay_between_1900_and_2200() {
        let d = |y| NaiveDate::from_ymd_opt(y, 1, 1).unwrap();
        assert_eq!(date_problem(d(1900)), None);
        assert_eq!(date_problem(d(2200)), None);
        assert_eq!(
            date_problem(d(262_000)).as_deref(),
            Some("must be a date between 1900 and 2200 (got +262000-01-01)")
        );
        assert!(date_problem(d(-5)).is_some());
    }
}
