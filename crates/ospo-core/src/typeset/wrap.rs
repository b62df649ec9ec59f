//! Greedy line breaking at spaces and between CJK characters, and shrinking a line to fit.

use super::{Measure, Style};

/// True for characters between which a line may break without a space (CJK scripts).
fn breaks_anywhere(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FFF | 0x3000..=0x30FF | 0x3100..=0x31FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xAC00..=0xD7AF | 0xF900..=0xFAFF | 0xFF00..=0xFFEF | 0x20000..=0x2FA1F)
}

/// Splits a word into the pieces a line may break between: CJK characters stand alone.
fn pieces(word: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    for (i, c) in word.char_indices() {
        if breaks_anywhere(c) {
            if start < i {
                out.push(&word[start..i]);
            }
            out.push(&word[i..i + c.len_utf8()]);
            start = i + c.len_utf8();
        }
    }
    if start < word.len() {
        out.push(&word[start..]);
    }
    out
}

/// `text` broken into lines no wider than `width`; a word wider than the line is broken between
/// characters, and every line break in `text` is kept. Never drops a character.
pub fn wrap(m: &impl Measure, text: &str, width: f32, size: f32, style: Style) -> Vec<String> {
    let width = width.max(size);
    let space = m.width(" ", style, size);
    let mut lines = Vec::new();
    for para in text.split('\n') {
        let mut line = String::new();
        let mut line_w = 0.0f32;
        for word in para.split([' ', '\t']).filter(|w| !w.is_empty()) {
            for (k, piece) in pieces(word).into_iter().enumerate() {
                let gap = if line.is_empty() || k > 0 { 0.0 } else { space };
                let w = m.width(piece, style, size);
                if line_w + gap + w <= width {
                    if gap > 0.0 {
                        line.push(' ');
                    }
                    line.push_str(piece);
                    line_w += gap + w;
                    continue;
                }
                if !line.is_empty() {
                    lines.push(std::mem::take(&mut line));
                    line_w = 0.0;
                }
                if w <= width {
                    line.push_str(piece);
                    line_w = w;
                    continue;
                }
                for c in piece.chars() {
                    let cw = m.width(c.encode_utf8(&mut [0; 4]), style, size);
                    if line_w + cw > width && !line.is_empty() {
                        lines.push(std::mem::take(&mut line));
                        line_w = 0.0;
                    }
                    line.push(c);
                    line_w += cw;
                }
            }
        }
        lines.push(line);
    }
    while lines.len() > 1 && lines.last().is_some_and(String::is_empty) {
        lines.pop();
    }
    lines
}

/// The largest size up to `size`, and not below `min`, at which `text` fits `width` on one line;
/// `min` when even that is too wide (the caller then wraps).
pub fn fit_size(
    m: &impl Measure,
    text: &str,
    width: f32,
    size: f32,
    min: f32,
    style: Style,
) -> f32 {
    let w = m.width(text, style, size);
    if w <= width || w <= 0.0 {
        return size;
    }
    (size * width / w).max(min)
}

#[cfg(test)]
mod tests {
    use super::super::testing::Mono;
    use super::*;

    const R: Style = Style::Regular;

    #[test]
    fn breaks_at_spaces_within_the_width() {
        // 10 pt Mono: 5 pt per character, so 50 pt holds 10 characters.
        let lines = wrap(&Mono, "the quick brown fox jumps", 50.0, 10.0, R);
        assert_eq!(lines, ["the quick", "brown fox", "jumps"]);
        for l in &lines {
            assert!(Mono.width(l, R, 10.0) <= 50.0);
        }
    }

    #[test]
    fn keeps_every_character_of_a_word_wider_than_the_line() {
        let lines = wrap(&Mono, "abcdefghijklmnop", 25.0, 10.0, R);
        assert_eq!(lines, ["abcde", "fghij", "klmno", "p"]);
        assert_eq!(lines.concat(), "abcdefghijklmnop");
    }

    #[test]
    fn breaks_between_cjk_characters_and_keeps_line_breaks() {
        let lines = wrap(&Mono, "開源計畫辦公室", 20.0, 10.0, R);
        assert_eq!(lines, ["開源計畫", "辦公室"]);
        assert_eq!(wrap(&Mono, "one\ntwo", 500.0, 10.0, R), ["one", "two"]);
        assert_eq!(wrap(&Mono, "", 50.0, 10.0, R), [""]);
    }

    #[test]
    fn fit_size_shrinks_only_as_far_as_needed() {
        assert_eq!(fit_size(&Mono, "abcd", 100.0, 10.0, 6.0, R), 10.0);
        let s = fit_size(&Mono, "abcdefghij", 40.0, 10.0, 6.0, R);
        assert!((s - 8.0).abs() < 1e-4, "{s}");
        assert_eq!(fit_size(&Mono, "abcdefghij", 10.0, 10.0, 6.0, R), 6.0);
    }
}
