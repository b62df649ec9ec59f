//! The paper a document is set on, and which locales default to US Letter.

/// Paper the documents are set on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
#[ts(rename = "PaperSize")]
pub enum Paper {
    A4,
    Letter,
}

/// Regions whose default paper is US Letter; everywhere else uses A4.
const LETTER_REGIONS: &[&str] = &[
    "US", "CA", "MX", "PH", "CL", "CO", "VE", "GT", "CR", "PA", "DO", "SV", "NI", "PR", "BZ",
];

impl Paper {
    /// Letter for locales of the Americas that use it (en-US, en-CA, es-MX, fr-CA…), A4 otherwise.
    pub fn for_locale(locale: &str) -> Paper {
        let letter = locale.split(['-', '_']).skip(1).any(|part| {
            part.len() == 2 && LETTER_REGIONS.contains(&part.to_ascii_uppercase().as_str())
        });
        if letter {
            Paper::Letter
        } else {
            Paper::A4
        }
    }

    /// Width and height in points.
    pub fn size(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.28, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}
