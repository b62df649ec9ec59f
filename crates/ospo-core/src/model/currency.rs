//! ISO 4217 currencies the plan can be budgeted in, with their minor-unit digits for formatting money.

use serde::Serialize;
use ts_rs::TS;

/// (code, minor-unit digits, symbol or code shown before amounts).
const CURRENCIES: &[(&str, u8, &str)] = &[
    ("AED", 2, "AED "),
    ("ARS", 2, "ARS "),
    ("AUD", 2, "A$"),
    ("BRL", 2, "R$"),
    ("CAD", 2, "CA$"),
    ("CHF", 2, "CHF "),
    ("CLP", 0, "CLP "),
    ("CNY", 2, "CN¥"),
    ("COP", 2, "COP "),
    ("CZK", 2, "CZK "),
    ("DKK", 2, "DKK "),
    ("EGP", 2, "EGP "),
    ("EUR", 2, "€"),
    ("GBP", 2, "£"),
    ("HKD", 2, "HK$"),
    ("HUF", 2, "HUF "),
    ("IDR", 2, "IDR "),
    ("ILS", 2, "₪"),
    ("INR", 2, "₹"),
    ("ISK", 0, "ISK "),
    ("JPY", 0, "¥"),
    ("KRW", 0, "₩"),
    ("MXN", 2, "MX$"),
    ("MYR", 2, "MYR "),
    ("NGN", 2, "₦"),
    ("NOK", 2, "NOK "),
    ("NZD", 2, "NZ$"),
    ("PHP", 2, "₱"),
    ("PLN", 2, "PLN "),
    ("RON", 2, "RON "),
    ("SAR", 2, "SAR "),
    ("SEK", 2, "SEK "),
    ("SGD", 2, "S$"),
    ("THB", 2, "THB "),
    ("TRY", 2, "TRY "),
    ("TWD", 2, "NT$"),
    ("UAH", 2, "UAH "),
    ("USD", 2, "$"),
    ("VND", 0, "₫"),
    ("ZAR", 2, "ZAR "),
];

fn lookup(code: &str) -> Option<&'static (&'static str, u8, &'static str)> {
    CURRENCIES.iter().find(|(c, _, _)| *c == code)
}

pub fn is_known(code: &str) -> bool {
    lookup(code).is_some()
}

pub fn codes() -> impl Iterator<Item = &'static str> {
    CURRENCIES.iter().map(|(c, _, _)| *c)
}

/// One currency as the UI lists and formats it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct CurrencyInfo {
    /// ISO 4217 code, e.g. `EUR`.
    pub code: String,
    /// Digits after the decimal point.
    pub digits: u8,
    /// Shown before amounts: `€`, `CHF `.
    pub symbol: String,
}

/// Every known currency, by code.
pub fn all() -> Vec<CurrencyInfo> {
    CURRENCIES
        .iter()
        .map(|(code, digits, symbol)| CurrencyInfo {
            code: (*code).to_owned(),
            digits: *digits,
            symbol: (*symbol).to_owned(),
        })
        .collect()
}

/// Digits after the decimal point (2 for EUR, 0 for JPY).
pub fn minor_digits(code: &str) -> u8 {
    lookup(code).map_or(2, |(_, d, _)| *d)
}

/// `1234567` EUR minor units → `€12,345.67`; whole units only when `whole` is set (for charts and briefs).
pub fn format_money(minor: i64, code: &str, whole: bool) -> String {
    let (digits, symbol) = lookup(code).map_or((2, code), |(_, d, s)| (*d, *s));
    let sign = if minor < 0 { "-" } else { "" };
    let abs = minor.unsigned_abs();
    let scale = 10u64.pow(u32::from(digits));
    let (units, cents) = (abs / scale, abs % scale);
    let (units, cents) = if whole && digits > 0 {
        (units + u64::from(cents * 2 >= scale), 0)
    } else {
        (units, cents)
    };
    let grouped = group_thousands(units);
    if whole || digits == 0 {
        format!("{sign}{symbol}{grouped}")
    } else {
        format!(
            "{sign}{symbol}{grouped}.{cents:0width$}",
            width = usize::from(digits)
        )
    }
}

fn group_thousands(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_with_minor_units_and_grouping() {
        assert_eq!(format_money(1_234_567, "EUR", false), "€12,345.67");
        assert_eq!(format_money(1_234_567, "EUR", true), "€12,346");
        assert_eq!(format_money(-5, "USD", false), "-$0.05");
        assert_eq!(format_money(1_000_000, "JPY", false), "¥1,000,000");
        assert_eq!(format_money(100, "XXX", false), "XXX1.00");
    }

    #[test]
    fn knows_iso_codes() {
        assert!(is_known("EUR"));
        assert!(!is_known("EURO"));
        assert_eq!(minor_digits("KRW"), 0);
    }
}
