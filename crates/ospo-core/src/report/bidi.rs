//! Right-to-left text for the PDF, which draws glyphs left to right as given: Arabic letters take
//! their joining forms (Presentation Forms-B), then each line is put in visual order (Unicode
//! bidirectional algorithm), so Arabic and Hebrew read right to left and numbers stay in order.

use std::borrow::Cow;
use unicode_bidi::BidiInfo;

/// `line` as it is to be drawn from left to right; unchanged when it holds no right-to-left text.
pub fn visual(line: &str) -> Cow<'_, str> {
    if !line.chars().any(is_rtl) {
        return Cow::Borrowed(line);
    }
    let shaped = shape_arabic(line);
    let info = BidiInfo::new(&shaped, None);
    let mut out = String::with_capacity(shaped.len());
    for para in &info.paragraphs {
        out.push_str(&info.reorder_line(para, para.range.clone()));
    }
    Cow::Owned(out)
}

/// Letters of scripts written right to left (Hebrew, Arabic, Syriac, Thaana, NKo and their forms).
fn is_rtl(c: char) -> bool {
    matches!(c, '\u{0590}'..='\u{08FF}' | '\u{FB1D}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFF}')
}

/// How an Arabic letter joins its neighbours, and its isolated form in Presentation Forms-B.
#[derive(Clone, Copy)]
enum Joining {
    /// Joins on both sides: isolated, final, initial, medial forms at `base`..`base + 3`.
    Dual(u32),
    /// Joins only to the letter before it: isolated and final forms at `base`, `base + 1`.
    Right(u32),
    /// Tatweel: joins both sides, keeps its one form.
    Causing,
    /// Never joins (hamza): one form.
    Isolated(u32),
}

fn joining(c: char) -> Option<Joining> {
    use Joining::*;
    Some(match c {
        '\u{0621}' => Isolated(0xFE80),
        '\u{0622}' => Right(0xFE81),
        '\u{0623}' => Right(0xFE83),
        '\u{0624}' => Right(0xFE85),
        '\u{0625}' => Right(0xFE87),
        '\u{0626}' => Dual(0xFE89),
        '\u{0627}' => Right(0xFE8D),
        '\u{0628}' => Dual(0xFE8F),
        '\u{0629}' => Right(0xFE93),
        '\u{062A}' => Dual(0xFE95),
        '\u{062B}' => Dual(0xFE99),
        '\u{062C}' => Dual(0xFE9D),
        '\u{062D}' => Dual(0xFEA1),
        '\u{062E}' => Dual(0xFEA5),
        '\u{062F}' => Right(0xFEA9),
        '\u{0630}' => Right(0xFEAB),
        '\u{0631}' => Right(0xFEAD),
        '\u{0632}' => Right(0xFEAF),
        '\u{0633}' => Dual(0xFEB1),
        '\u{0634}' => Dual(0xFEB5),
        '\u{0635}' => Dual(0xFEB9),
        '\u{0636}' => Dual(0xFEBD),
        '\u{0637}' => Dual(0xFEC1),
        '\u{0638}' => Dual(0xFEC5),
        '\u{0639}' => Dual(0xFEC9),
        '\u{063A}' => Dual(0xFECD),
        '\u{0640}' => Causing,
        '\u{0641}' => Dual(0xFED1),
        '\u{0642}' => Dual(0xFED5),
        '\u{0643}' => Dual(0xFED9),
        '\u{0644}' => Dual(0xFEDD),
        '\u{0645}' => Dual(0xFEE1),
        '\u{0646}' => Dual(0xFEE5),
        '\u{0647}' => Dual(0xFEE9),
        '\u{0648}' => Right(0xFEED),
        '\u{0649}' => Right(0xFEEF),
        '\u{064A}' => Dual(0xFEF1),
        _ => return None,
    })
}

/// Marks (harakat) sit on a letter without breaking its joins.
fn is_transparent(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// Lam followed by one of these alefs is drawn as one ligature: (isolated, final).
fn lam_alef(alef: char) -> Option<u32> {
    match alef {
        '\u{0622}' => Some(0xFEF5),
        '\u{0623}' => Some(0xFEF7),
        '\u{0625}' => Some(0xFEF9),
        '\u{0627}' => Some(0xFEFB),
        _ => None,
    }
}

fn joins_forward(j: Option<Joining>) -> bool {
    matches!(j, Some(Joining::Dual(_) | Joining::Causing))
}

fn joins_backward(j: Option<Joining>) -> bool {
    matches!(
        j,
        Some(Joining::Dual(_) | Joining::Right(_) | Joining::Causing)
    )
}

/// Arabic letters replaced by the forms their neighbours call for, in logical order.
fn shape_arabic(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let neighbour = |from: usize, step: isize| -> Option<Joining> {
        let mut i = from as isize + step;
        while let Some(&c) = usize::try_from(i).ok().and_then(|i| chars.get(i)) {
            if !is_transparent(c) {
                return joining(c);
            }
            i += step;
        }
        None
    };
    let form = |code: u32| char::from_u32(code).unwrap_or('\u{FFFD}');
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let j = joining(c);
        let after_prev = joins_forward(neighbour(i, -1)) && joins_backward(j);
        if c == '\u{0644}' {
            if let Some(lig) = chars.get(i + 1).copied().and_then(lam_alef) {
                out.push(form(lig + u32::from(after_prev)));
                i += 2;
                continue;
            }
        }
        let before_next = joins_forward(j) && joins_backward(neighbour(i, 1));
        out.push(match j {
            Some(Joining::Dual(base)) => form(
                base + match (after_prev, before_next) {
                    (false, false) => 0,
                    (true, false) => 1,
                    (false, true) => 2,
                    (true, true) => 3,
                },
            ),
            Some(Joining::Right(base)) => form(base + u32::from(after_prev)),
            Some(Joining::Isolated(code)) => form(code),
            Some(Joining::Causing) | None => c,
        });
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_text_is_left_as_it_is() {
        assert!(matches!(visual("Budget 2027"), Cow::Borrowed(_)));
    }

    #[test]
    fn hebrew_is_reversed_and_numbers_keep_their_order() {
        // "shalom 2027": the word reads right to left, the number left to right.
        assert_eq!(visual("שלום 2027"), "2027 םולש");
    }

    #[test]
    fn arabic_letters_join_and_lam_alef_is_one_ligature() {
        // سلام: seen initial, lam-alef final ligature, meem isolated; then drawn right to left.
        let shaped = shape_arabic("سلام");
        assert_eq!(shaped, "\u{FEB3}\u{FEFC}\u{FEE1}");
        assert_eq!(visual("سلام"), "\u{FEE1}\u{FEFC}\u{FEB3}");
        // بيت: beh initial, yeh medial, teh final.
        assert_eq!(shape_arabic("بيت"), "\u{FE91}\u{FEF4}\u{FE96}");
    }
}
