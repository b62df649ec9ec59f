//! How the app's own words are written, once for the window and the documents: dates with named
//! months, employment, money in one format per document, and spelling by the plan's locale.

use crate::model::{currency, Employment, Plan};
use chrono::NaiveDate;

/// "4 Jan 2027": a day in tables and lists.
pub fn date(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

/// "October 2027": a month in running text.
pub fn month_year(d: NaiveDate) -> String {
    d.format("%B %Y").to_string()
}

/// "4 January 2027": a day in running text.
pub fn day_month_year(d: NaiveDate) -> String {
    d.format("%-d %B %Y").to_string()
}

/// "0.5", "1", "2.25": an FTE figure without trailing zeros.
pub fn fte(x: f64) -> String {
    let s = format!("{x:.2}");
    s.trim_end_matches('0').trim_end_matches('.').to_owned()
}

/// How a position is attached to the OSPO: "Dedicated", "Shared 50%", "Contractor".
pub fn employment(e: Employment) -> String {
    match e {
        Employment::Dedicated => "Dedicated".to_owned(),
        Employment::Shared { percent } => format!("Shared {percent}%"),
        Employment::Contractor => "Contractor".to_owned(),
    }
}

/// The money format of one document: whole units, unless an amount the user entered has a
/// fraction (then every figure shows it), so a document never mixes the two.
#[derive(Debug, Clone)]
pub struct Money {
    pub currency: String,
    pub cents: bool,
}

impl Money {
    pub fn for_plan(plan: &Plan) -> Money {
        let digits = u32::from(currency::minor_digits(&plan.budget.currency));
        let scale = 10i64.pow(digits);
        let fractional = |v: &i64| v % scale != 0;
        let cents = digits > 0
            && (plan
                .budget
                .lines
                .iter()
                .flat_map(|l| l.amounts.iter())
                .any(fractional)
                || plan
                    .positions
                    .iter()
                    .any(|p| fractional(&p.annual_base_cost)));
        Money {
            currency: plan.budget.currency.clone(),
            cents,
        }
    }

    pub fn format(&self, minor: i64) -> String {
        currency::format_money(minor, &self.currency, !self.cents)
    }
}

/// Locales that spell the British way (organise, colour, centre).
fn british(locale: &str) -> bool {
    let mut parts = locale.split(['-', '_']);
    let lang = parts.next().unwrap_or_default();
    let region = parts.next().unwrap_or_default().to_ascii_uppercase();
    lang.eq_ignore_ascii_case("en")
        && [
            "GB", "UK", "IE", "AU", "NZ", "ZA", "IN", "SG", "HK", "MT", "KE", "NG",
        ]
        .contains(&region.as_str())
}

/// American stems and their British spellings, for the app's own words (never the user's text).
const US_TO_GB: &[(&str, &str)] = &[
    ("organiz", "organis"),
    ("Organiz", "Organis"),
    ("prioritiz", "prioritis"),
    ("Prioritiz", "Prioritis"),
    ("recogniz", "recognis"),
    ("summariz", "summaris"),
    ("standardiz", "standardis"),
    ("analyz", "analys"),
    ("behavior", "behaviour"),
    ("favor", "favour"),
    ("color", "colour"),
    ("center", "centre"),
    ("Center", "Centre"),
    ("program office", "programme office"),
];

/// `text` (written in American spelling) as the plan's locale spells it.
pub fn spell(text: &str, locale: &str) -> String {
    if !british(locale) {
        return text.to_owned();
    }
    US_TO_GB
        .iter()
        .fold(text.to_owned(), |t, (us, gb)| t.replace(us, gb))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_are_named() {
        let d = NaiveDate::from_ymd_opt(2027, 10, 4).unwrap();
        assert_eq!(month_year(d), "October 2027");
        assert_eq!(day_month_year(d), "4 October 2027");
        assert_eq!(date(d), "4 Oct 2027");
    }

    #[test]
    fn spelling_follows_the_locale() {
        let us = "Prioritize upstream development; organized as a center";
        assert_eq!(spell(us, "en-US"), us);
        assert_eq!(
            spell(us, "en-GB"),
            "Prioritise upstream development; organised as a centre"
        );
        assert_eq!(spell(us, "de-DE"), us);
    }

    #[test]
    fn one_money_format_per_document() {
        let mut plan = crate::guide::starter_plan("cto_office").unwrap();
        let money = Money::for_plan(&plan);
        assert!(!money.cents);
        assert_eq!(money.format(90_429_315), "$904,293");
        plan.budget.lines[0].amounts[0] += 5;
        let money = Money::for_plan(&plan);
        assert_eq!(money.format(90_429_315), "$904,293.15");
    }
}
