//! The typefaces of the documents: DejaVu Sans shipped inside the app (Latin, Greek, Cyrillic) and a CJK
//! face found on the system at run time, with measured glyph widths and text split into runs by coverage.

use printpdf::{FontId, ParsedFont, PdfDocument};
use std::borrow::Cow;
use std::sync::OnceLock;

/// Drawn for a character no face has (most emoji): visible, where the missing glyph would be an empty box.
pub const MISSING_MARK: char = '\u{FFFD}';

/// Where CJK faces are looked for, smallest first: the face is read whole into memory when a plan needs it.
const CJK_CANDIDATES: &[(&str, usize)] = &[
    (
        "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
        0,
    ),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 0),
    (
        "/usr/share/fonts/google-noto-cjk/NotoSansCJK-Regular.ttc",
        0,
    ),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("C:\\Windows\\Fonts\\msyh.ttc", 0),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Regular,
    Bold,
}

/// One parsed face with the widths of the ASCII range cached, since most text is ASCII.
pub struct Face {
    font: ParsedFont,
    units_per_em: f32,
    ascii: [u16; 128],
}

impl Face {
    fn parse(bytes: &[u8], index: usize) -> Option<Face> {
        let mut warnings = Vec::new();
        let font = ParsedFont::from_bytes(bytes, index, &mut warnings)?;
        let units_per_em = f32::from(font.pdf_font_metrics.units_per_em.max(1));
        let mut ascii = [0u16; 128];
        for (c, slot) in ascii.iter_mut().enumerate() {
            let gid = font.lookup_glyph_index(c as u32).unwrap_or(0);
            *slot = font.get_horizontal_advance(gid);
        }
        Some(Face {
            font,
            units_per_em,
            ascii,
        })
    }

    pub fn covers(&self, c: char) -> bool {
        (c as u32) < 128 || self.font.lookup_glyph_index(c as u32).is_some()
    }

    /// Advance of `c` in thousandths of an em (the glyph of "missing" when the face lacks it).
    fn advance(&self, c: char) -> f32 {
        let units = match self.ascii.get(c as usize) {
            Some(w) => *w,
            None => {
                let gid = self.font.lookup_glyph_index(c as u32).unwrap_or(0);
                self.font.get_horizontal_advance(gid)
            }
        };
        f32::from(units) * 1000.0 / self.units_per_em
    }
}

fn dejavu(style: Style) -> &'static Face {
    static REGULAR: OnceLock<Face> = OnceLock::new();
    static BOLD: OnceLock<Face> = OnceLock::new();
    let (cell, bytes) = match style {
        Style::Regular => (&REGULAR, dejavu::sans::regular()),
        Style::Bold => (&BOLD, dejavu::sans::bold()),
    };
    // The face ships inside the binary; failing to parse it is a build defect, not bad input.
    cell.get_or_init(|| Face::parse(bytes, 0).expect("the bundled DejaVu Sans face parses"))
}

/// The system CJK face, parsed once per process; none when no candidate is installed.
fn cjk() -> Option<&'static Face> {
    static CJK: OnceLock<Option<Face>> = OnceLock::new();
    CJK.get_or_init(|| {
        CJK_CANDIDATES.iter().find_map(|(path, index)| {
            let bytes = std::fs::read(path).ok()?;
            Face::parse(&bytes, *index)
        })
    })
    .as_ref()
}

/// Which face a run of text is set in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Regular,
    Bold,
    Cjk,
}

/// The faces registered with one PDF document, and how to measure and split text among them.
pub struct Fonts {
    regular: FontId,
    bold: FontId,
    cjk: Option<(FontId, &'static Face)>,
}

impl Fonts {
    /// Registers DejaVu regular and bold, and the CJK face only when `text_needs_cjk` (it is large).
    pub fn register(doc: &mut PdfDocument, text_needs_cjk: bool) -> Fonts {
        let regular = doc.add_font(&dejavu(Style::Regular).font);
        let bold = doc.add_font(&dejavu(Style::Bold).font);
        let cjk = if text_needs_cjk {
            cjk().map(|face| (doc.add_font(&face.font), face))
        } else {
            None
        };
        Fonts { regular, bold, cjk }
    }

    pub fn id(&self, which: Which) -> &FontId {
        match (which, &self.cjk) {
            (Which::Cjk, Some((id, _))) => id,
            (Which::Bold, _) => &self.bold,
            _ => &self.regular,
        }
    }

    fn face(&self, which: Which) -> &'static Face {
        match (which, &self.cjk) {
            (Which::Cjk, Some((_, face))) => face,
            (Which::Bold, _) => dejavu(Style::Bold),
            _ => dejavu(Style::Regular),
        }
    }

    fn base(style: Style) -> Which {
        match style {
            Style::Regular => Which::Regular,
            Style::Bold => Which::Bold,
        }
    }

    /// The face that draws `c`: DejaVu when it has the glyph, else the CJK face when it does.
    fn pick(&self, c: char, style: Style) -> Which {
        let base = Self::base(style);
        if self.face(base).covers(c) {
            return base;
        }
        match &self.cjk {
            Some((_, face)) if face.covers(c) => Which::Cjk,
            _ => base,
        }
    }

    /// Splits `text` into maximal runs drawn by one face.
    pub fn runs<'t>(&self, text: &'t str, style: Style) -> Vec<(Which, &'t str)> {
        let mut out: Vec<(Which, &'t str)> = Vec::new();
        let mut start = 0;
        let mut current: Option<Which> = None;
        for (i, c) in text.char_indices() {
            // Spaces join whatever run they sit in, so runs stay long.
            let which = if c == ' ' {
                current.unwrap_or(Self::base(style))
            } else {
                self.pick(c, style)
            };
            match current {
                Some(w) if w != which => {
                    out.push((w, &text[start..i]));
                    start = i;
                    current = Some(which);
                }
                None => current = Some(which),
                _ => {}
            }
        }
        if let Some(w) = current {
            out.push((w, &text[start..]));
        }
        out
    }

    /// `text` as it will be drawn: right-to-left lines in visual order, and each character no
    /// face has (an emoji sequence counts as one) replaced by [`MISSING_MARK`].
    pub fn drawable<'t>(&self, text: &'t str, style: Style) -> Cow<'t, str> {
        let text = super::bidi::visual(text);
        if text.chars().all(|c| self.has(c, style)) {
            return text;
        }
        let mut out = String::with_capacity(text.len());
        let mut joined = false;
        for c in text.chars() {
            if is_emoji_joiner(c) {
                joined |= c == '\u{200D}';
                continue;
            }
            if !self.has(c, style) {
                if !(joined && out.ends_with(MISSING_MARK)) {
                    out.push(MISSING_MARK);
                }
            } else {
                out.push(c);
            }
            joined = false;
        }
        Cow::Owned(out)
    }

    fn has(&self, c: char, style: Style) -> bool {
        let which = self.pick(c, style);
        c.is_whitespace() || self.face(which).covers(c)
    }

    /// Width of `text` in points at `size`, measured from the glyph advances of the faces that draw it.
    pub fn width(&self, text: &str, style: Style, size: f32) -> f32 {
        let text = self.drawable(text, style);
        let em: f32 = self
            .runs(&text, style)
            .iter()
            .map(|(which, run)| {
                let face = self.face(*which);
                run.chars().map(|c| face.advance(c)).sum::<f32>()
            })
            .sum();
        em * size / 1000.0
    }
}

/// Zero-width joiner, variation selectors and skin-tone modifiers: parts of an emoji sequence.
fn is_emoji_joiner(c: char) -> bool {
    matches!(
        c,
        '\u{200D}' | '\u{FE0E}' | '\u{FE0F}' | '\u{1F3FB}'..='\u{1F3FF}'
    )
}

/// True when some character of `text` needs a face other than DejaVu Sans.
pub fn needs_cjk(text: &str) -> bool {
    let face = dejavu(Style::Regular);
    text.chars().any(|c| !c.is_control() && !face.covers(c))
}

/// Whether a CJK face is installed on this system (tests use it to know what to expect).
pub fn cjk_available() -> bool {
    cjk().is_some()
}

/// Width of `text` in DejaVu Sans alone, for layouts made without a document (the app's charts).
pub fn face_width(text: &str, style: Style, size: f32) -> f32 {
    let face = dejavu(style);
    text.chars().map(|c| face.advance(c)).sum::<f32>() * size / 1000.0
}
