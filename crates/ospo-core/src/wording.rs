//! How the app's own words are written, once for the window and the documents: dates with named
//! months, employment, money in one format per document, and spelling by the plan's locale.

use crate::model::{currency, Employment, Plan};
use chrono::NaiveDate;
use serde::Serialize;
use ts_rs::TS;

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

/// How a plan's locale spells the app's own words: American unless the locale is an English one
/// that spells the British way (organise, colour, centre).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Spelling {
    American,
    British,
}

/// Regions whose English spells the British way.
const BRITISH_REGIONS: [&str; 12] = [
    "GB", "UK", "IE", "AU", "NZ", "ZA", "IN", "SG", "HK", "MT", "KE", "NG",
];

/// American stems and their British spellings, for the app's own words (never the user's text).
pub const US_TO_GB: &[(&str, &str)] = &[
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
    ("program ", "programme "),
    ("programs", "programmes"),
];

impl Spelling {
    pub fn of(locale: &str) -> Spelling {
        let mut parts = locale.split(['-', '_']);
        let lang = parts.next().unwrap_or_default();
        let region = parts.next().unwrap_or_default().to_ascii_uppercase();
        if lang.eq_ignore_ascii_case("en") && BRITISH_REGIONS.contains(&region.as_str()) {
            Spelling::British
        } else {
            Spelling::American
        }
    }

    /// `text`, written in American spelling, as this spelling writes it. What stands in quotes
    /// ("…" or “…”) or was marked with [`keep`] is the user's or a source's words and stays as it is.
    pub fn say(self, text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        let mut rest = text;
        while let Some(open) = rest.find(['"', '“', KEEP.0]) {
            out.push_str(&self.spell(&rest[..open]));
            let held = &rest[open..];
            let opener = held.chars().next().unwrap_or(KEEP.0);
            let closer = match opener {
                '"' => '"',
                '“' => '”',
                _ => KEEP.1,
            };
            let inner = &held[opener.len_utf8()..];
            let (words, after) = inner.find(closer).map_or((inner, ""), |i| {
                (&inner[..i], &inner[i + closer.len_utf8()..])
            });
            if opener == KEEP.0 {
                out.push_str(words);
            } else {
                out.push(opener);
                out.push_str(words);
                if inner.len() > words.len() {
                    out.push(closer);
                }
            }
            rest = after;
        }
        out.push_str(&self.spell(rest));
        out
    }

    fn spell(self, text: &str) -> String {
        match self {
            Spelling::American => text.to_owned(),
            Spelling::British => british(text),
        }
    }
}

/// The marks around words [`Spelling::say`] leaves as they are (private-use characters, taken out).
const KEEP: (char, char) = ('\u{E000}', '\u{E001}');

/// The user's `words` inside a phrase of the app's own, so that spelling the phrase leaves them be:
/// `say(&format!("{} proposes an organization", keep(name)))`.
pub fn keep(words: &str) -> String {
    let clean: String = words
        .chars()
        .filter(|c| *c != KEEP.0 && *c != KEEP.1)
        .collect();
    format!("{}{clean}{}", KEEP.0, KEEP.1)
}

fn british(text: &str) -> String {
    US_TO_GB
        .iter()
        .fold(text.to_owned(), |t, (us, gb)| t.replace(us, gb))
}

/// `text` (written in American spelling) as the plan's locale spells it.
pub fn spell(text: &str, locale: &str) -> String {
    Spelling::of(locale).say(text)
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
        assert_eq!(
            spell("a mentoring program and two programs; programming", "en-GB"),
            "a mentoring programme and two programmes; programming"
        );
        assert_eq!(spell(us, "en-US"), us);
        assert_eq!(
            spell(us, "en-GB"),
            "Prioritise upstream development; organised as a centre"
        );
        assert_eq!(spell(us, "de-DE"), us);
        assert_eq!(spell(us, "en_au"), spell(us, "en-GB"));
    }

    /// The app's own words are written the American way, so an en-US plan never reads "organisation"
    /// and [`spell`] can make every one British.
    #[test]
    fn starters_and_guidance_are_written_in_american_spelling() {
        let mut texts = vec![serde_json::to_string(&crate::guide::knowledge()).unwrap()];
        for s in crate::guide::starters() {
            let plan = crate::guide::starter_plan(s.id).unwrap();
            texts.push(serde_json::to_string(&plan).unwrap());
        }
        for text in &texts {
            for gb in [
                "organis",
                "Organis",
                "prioritis",
                "recognis",
                "summaris",
                "standardis",
                "analyse",
                "behaviour",
                "favour",
                "colour",
                "centre",
                "Centre",
                "programme",
                "licence",
            ] {
                let at = text.find(gb).map(|i| &text[i..]);
                assert!(at.is_none(), "{gb:?} in {:.60}", at.unwrap_or_default());
            }
        }
    }

    #[test]
    fn quoted_words_keep_their_spelling() {
        let text = "“Organize” and \"color\" stay; organize changes; “unclosed organize";
        assert_eq!(
            Spelling::British.say(text),
            "“Organize” and \"color\" stay; organise changes; “unclosed organize"
        );
        assert_eq!(Spelling::American.say(text), text);
        let named = format!("{} is an organization", keep("World Health Organization"));
        assert_eq!(
            Spelling::British.say(&named),
            "World Health Organization is an organisation"
        );
        assert_eq!(
            Spelling::American.say(&named),
            "World Health Organization is an organization"
        );
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
