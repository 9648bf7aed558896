//! Font metrics for laying out chart text without measuring it at run time.
//!
//! The charts name one font first, [`FONT_FAMILY`]: Liberation Sans, which has the same
//! advance widths as Arial and Helvetica (it was made to be metric-compatible), so a
//! reader with any of the three sees the widths of the first table below. Where none of
//! them is installed, `sans-serif` is often DejaVu Sans (most Linux systems, and the
//! default here), which is about 10% wider. Layout measures every string in both and
//! uses the wider, so text fits inside the image and misses its neighbours whichever of
//! the fonts draws it. Kerning is ignored: it only ever narrows these fonts' text.
//!
//! The tables are the advance widths (units of 1/2048 em) read from the font files with
//! fontTools, `TTFont(path)['hmtx'][cmap[ord(c)]][0]`, for printable ASCII and the other
//! characters the dataset and the charts use: Liberation Sans 2.1.5 (Debian
//! `fonts-liberation2`, `LiberationSans-{Regular,Bold}.ttf`) and DejaVu Sans 2.37
//! (`fonts-dejavu-core`, `DejaVuSans{,-Bold}.ttf`). A character in neither list is
//! measured as the widest glyph of its table, so an unexpected character errs wide.

/// The `font-family` the SVG names and the PNG canvas should use: the fonts whose
/// widths [`Font::LiberationSans`] holds, then the generic family.
pub const FONT_FAMILY: &str = "Liberation Sans, Arial, Helvetica, sans-serif";

/// The CSS `font` for a canvas drawing the same text as the SVG ("bold 14px …").
pub fn canvas_font(size: u32, bold: bool) -> String {
    let weight = if bold { "bold " } else { "" };
    format!("{weight}{size}px {FONT_FAMILY}")
}

/// The fonts the layout makes room for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Font {
    /// Liberation Sans, Arial, Helvetica: the fonts the charts name.
    LiberationSans,
    /// DejaVu Sans: a common, wider `sans-serif`.
    DejaVuSans,
}

impl Font {
    pub const ALL: [Font; 2] = [Font::LiberationSans, Font::DejaVuSans];

    fn table(self, bold: bool) -> &'static Table {
        match (self, bold) {
            (Font::LiberationSans, false) => &LIBERATION_SANS,
            (Font::LiberationSans, true) => &LIBERATION_SANS_BOLD,
            (Font::DejaVuSans, false) => &DEJAVU_SANS,
            (Font::DejaVuSans, true) => &DEJAVU_SANS_BOLD,
        }
    }
}

/// Advance widths in 1/2048 em: `ascii` from ' ' to '~', `other` for the rest.
struct Table {
    ascii: [u16; 95],
    other: &'static [(char, u16)],
}

const UNITS_PER_EM: f64 = 2048.0;

impl Table {
    fn advance(&self, c: char) -> u16 {
        match c {
            ' '..='~' => self.ascii[c as usize - 0x20],
            _ => self
                .other
                .iter()
                .find(|(k, _)| *k == c)
                .map_or_else(|| self.widest(), |(_, w)| *w),
        }
    }

    fn widest(&self) -> u16 {
        let ascii = self.ascii.iter().copied().max().unwrap_or(0);
        let other = self.other.iter().map(|(_, w)| *w).max().unwrap_or(0);
        ascii.max(other)
    }
}

/// Width in pixels of `text` at `size` px, drawn in `font`.
pub fn text_width_in(font: Font, text: &str, size: u32, bold: bool) -> f64 {
    let table = font.table(bold);
    let units: u32 = text.chars().map(|c| u32::from(table.advance(c))).sum();
    f64::from(units) / UNITS_PER_EM * f64::from(size)
}

/// Width in pixels of `text` at `size` px: the wider of [`Font::ALL`], so the layout
/// leaves room for whichever draws it.
pub fn text_width(text: &str, size: u32, bold: bool) -> f64 {
    Font::ALL
        .iter()
        .map(|f| text_width_in(*f, text, size, bold))
        .fold(0.0, f64::max)
}

/// `text` broken into lines no wider than `max` pixels, at word boundaries; a single
/// word longer than a line is cut with an ellipsis.
pub fn wrap(text: &str, max: f64, size: u32, bold: bool) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_string()
        } else {
            format!("{line} {word}")
        };
        if text_width(&candidate, size, bold) <= max || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::take(&mut line));
            line = word.to_string();
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
        .into_iter()
        .map(|l| ellipsize(&l, max, size, bold))
        .collect()
}

/// `text` shortened with "…" to fit `max` pixels.
pub fn ellipsize(text: &str, max: f64, size: u32, bold: bool) -> String {
    if text_width(text, size, bold) <= max {
        return text.to_string();
    }
    let mut out = String::new();
    for c in text.chars() {
        let next = format!("{out}{c}…");
        if text_width(&next, size, bold) > max {
            break;
        }
        out.push(c);
    }
    format!("{}…", out.trim_end())
}

// Generated as the module comment says; do not edit by hand.
#[rustfmt::skip]
const LIBERATION_SANS: Table = Table {
    ascii: [
        569, 569, 727, 1139, 1139, 1821, 1366, 391, 682, 682, 797, 1196,
        569, 682, 569, 569, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139,
        1139, 1139, 569, 569, 1196, 1196, 1196, 1139, 2079, 1366, 1366, 1479,
        1479, 1366, 1251, 1593, 1479, 569, 1024, 1366, 1139, 1706, 1479, 1593,
        1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 569,
        569, 569, 961, 1139, 682, 1139, 1139, 1024, 1139, 1139, 569, 1139,
        1139, 455, 455, 1024, 455, 1706, 1139, 1139, 1139, 1139, 682, 1024,
        569, 1139, 1024, 1479, 1024, 1024, 1024, 684, 532, 684, 1196,
    ],
    other: &[
        ('–', 1139), ('—', 2048), ('‘', 455), ('’', 455), ('“', 682), ('”', 682), ('…', 2048), ('•', 717),
        ('§', 1139), ('°', 819), ('±', 1124), ('×', 1196), ('÷', 1124), ('−', 1196), ('≤', 1124), ('≥', 1124),
        ('←', 2048), ('↑', 1024), ('→', 2048), ('↓', 1024), ('€', 1139), ('£', 1139), ('µ', 1180), ('·', 682),
        ('Ä', 1366), ('Å', 1366), ('É', 1366), ('Ö', 1593), ('Ü', 1479), ('ß', 1251), ('à', 1139), ('á', 1139),
        ('â', 1139), ('ä', 1139), ('å', 1139), ('ç', 1024), ('è', 1139), ('é', 1139), ('ê', 1139), ('ë', 1139),
        ('í', 569), ('î', 569), ('ï', 569), ('ñ', 1139), ('ó', 1139), ('ô', 1139), ('ö', 1139), ('ø', 1251),
        ('ú', 1139), ('ü', 1139), ('š', 1024), ('ž', 1024),
    ],
};
#[rustfmt::skip]
const LIBERATION_SANS_BOLD: Table = Table {
    ascii: [
        569, 682, 971, 1139, 1139, 1821, 1479, 487, 682, 682, 797, 1196,
        569, 682, 569, 569, 1139, 1139, 1139, 1139, 1139, 1139, 1139, 1139,
        1139, 1139, 682, 682, 1196, 1196, 1196, 1251, 1997, 1479, 1479, 1479,
        1479, 1366, 1251, 1593, 1479, 569, 1139, 1479, 1251, 1706, 1479, 1593,
        1366, 1593, 1479, 1366, 1251, 1479, 1366, 1933, 1366, 1366, 1251, 682,
        569, 682, 1196, 1139, 682, 1139, 1251, 1139, 1251, 1139, 682, 1251,
        1251, 569, 569, 1139, 569, 1821, 1251, 1251, 1251, 1251, 797, 1139,
        682, 1251, 1139, 1593, 1139, 1139, 1024, 797, 573, 797, 1196,
    ],
    other: &[
        ('–', 1139), ('—', 2048), ('‘', 569), ('’', 569), ('“', 1024), ('”', 1024), ('…', 2048), ('•', 717),
        ('§', 1139), ('°', 819), ('±', 1124), ('×', 1196), ('÷', 1124), ('−', 1196), ('≤', 1124), ('≥', 1124),
        ('←', 2048), ('↑', 1024), ('→', 2048), ('↓', 1024), ('€', 1139), ('£', 1139), ('µ', 1180), ('·', 682),
        ('Ä', 1479), ('Å', 1479), ('É', 1366), ('Ö', 1593), ('Ü', 1479), ('ß', 1251), ('à', 1139), ('á', 1139),
        ('â', 1139), ('ä', 1139), ('å', 1139), ('ç', 1139), ('è', 1139), ('é', 1139), ('ê', 1139), ('ë', 1139),
        ('í', 569), ('î', 569), ('ï', 569), ('ñ', 1251), ('ó', 1251), ('ô', 1251), ('ö', 1251), ('ø', 1251),
        ('ú', 1251), ('ü', 1251), ('š', 1139), ('ž', 1024),
    ],
};
#[rustfmt::skip]
const DEJAVU_SANS: Table = Table {
    ascii: [
        651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716,
        651, 739, 651, 690, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303,
        1303, 1303, 690, 690, 1716, 1716, 1716, 1087, 2048, 1401, 1405, 1430,
        1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767, 1532, 1612,
        1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799,
        690, 799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300,
        1298, 569, 569, 1186, 569, 1995, 1298, 1253, 1300, 1300, 842, 1067,
        803, 1298, 1212, 1675, 1212, 1212, 1075, 1303, 690, 1303, 1716,
    ],
    other: &[
        ('–', 1024), ('—', 2048), ('‘', 651), ('’', 651), ('“', 1061), ('”', 1061), ('…', 2048), ('•', 1208),
        ('§', 1024), ('°', 1024), ('±', 1716), ('×', 1716), ('÷', 1716), ('−', 1716), ('≤', 1716), ('≥', 1716),
        ('←', 1716), ('↑', 1716), ('→', 1716), ('↓', 1716), ('€', 1303), ('£', 1303), ('µ', 1303), ('·', 651),
        ('Ä', 1401), ('Å', 1401), ('É', 1294), ('Ö', 1612), ('Ü', 1499), ('ß', 1290), ('à', 1255), ('á', 1255),
        ('â', 1255), ('ä', 1255), ('å', 1255), ('ç', 1126), ('è', 1260), ('é', 1260), ('ê', 1260), ('ë', 1260),
        ('í', 569), ('î', 569), ('ï', 569), ('ñ', 1298), ('ó', 1253), ('ô', 1253), ('ö', 1253), ('ø', 1253),
        ('ú', 1298), ('ü', 1298), ('š', 1067), ('ž', 1075),
    ],
};
#[rustfmt::skip]
const DEJAVU_SANS_BOLD: Table = Table {
    ascii: [
        713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716,
        778, 850, 778, 748, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425,
        1425, 1425, 819, 819, 1716, 1716, 1716, 1188, 2048, 1585, 1561, 1503,
        1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038, 1714, 1741,
        1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936,
        748, 936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466,
        1458, 702, 702, 1362, 702, 2134, 1458, 1407, 1466, 1466, 1010, 1219,
        979, 1458, 1335, 1892, 1321, 1335, 1192, 1458, 748, 1458, 1716,
    ],
    other: &[
        ('–', 1024), ('—', 2048), ('‘', 778), ('’', 778), ('“', 1346), ('”', 1346), ('…', 2048), ('•', 1309),
        ('§', 1024), ('°', 1024), ('±', 1716), ('×', 1716), ('÷', 1716), ('−', 1716), ('≤', 1716), ('≥', 1716),
        ('←', 1716), ('↑', 1716), ('→', 1716), ('↓', 1716), ('€', 1425), ('£', 1425), ('µ', 1507), ('·', 778),
        ('Ä', 1585), ('Å', 1585), ('É', 1399), ('Ö', 1741), ('Ü', 1663), ('ß', 1473), ('à', 1382), ('á', 1382),
        ('â', 1382), ('ä', 1382), ('å', 1382), ('ç', 1214), ('è', 1389), ('é', 1389), ('ê', 1389), ('ë', 1389),
        ('í', 702), ('î', 702), ('ï', 702), ('ñ', 1458), ('ó', 1407), ('ô', 1407), ('ö', 1407), ('ø', 1407),
        ('ú', 1458), ('ü', 1458), ('š', 1219), ('ž', 1192),
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_grow_with_text_and_size() {
        assert!(text_width("Fraunhofer", 14, false) > text_width("MxD", 14, false));
        assert!(text_width("MxD", 16, false) > text_width("MxD", 14, false));
        assert!(text_width("MxD", 14, true) > text_width("MxD", 14, false));
        assert_eq!(text_width("", 14, false), 0.0);
    }

    /// Spot checks against widths published for these fonts: Arial/Helvetica's AFM
    /// gives 'a' 556, 'm' 833, 'i' 222 and the space 278 thousandths of an em, which
    /// Liberation Sans matches; DejaVu Sans's 'm' is 1995/2048 em.
    #[test]
    fn the_tables_hold_the_fonts_widths() {
        let per_mille = |font, c: &str, bold| text_width_in(font, c, 1000, bold).round();
        assert_eq!(per_mille(Font::LiberationSans, "a", false), 556.0);
        assert_eq!(per_mille(Font::LiberationSans, "m", false), 833.0);
        assert_eq!(per_mille(Font::LiberationSans, "i", false), 222.0);
        assert_eq!(per_mille(Font::LiberationSans, " ", false), 278.0);
        assert_eq!(per_mille(Font::LiberationSans, "€", false), 556.0);
        assert_eq!(per_mille(Font::DejaVuSans, "m", false), 974.0);
        // Bold is wider than regular where the fonts say so, equal where they don't.
        assert!(per_mille(Font::DejaVuSans, "a", true) > per_mille(Font::DejaVuSans, "a", false));
        assert_eq!(
            per_mille(Font::LiberationSans, "0", true),
            per_mille(Font::LiberationSans, "0", false)
        );
    }

    #[test]
    fn layout_measures_with_the_wider_font() {
        let label = "China Manufacturing Innovation Centers";
        let narrow = text_width_in(Font::LiberationSans, label, 14, false);
        let wide = text_width_in(Font::DejaVuSans, label, 14, false);
        assert!(wide > narrow * 1.05, "{narrow} {wide}");
        assert_eq!(text_width(label, 14, false), wide);
        // A character in neither table errs wide: as wide as the widest glyph.
        assert!(text_width("中", 14, false) >= text_width("W", 14, false));
    }

    #[test]
    fn the_canvas_font_names_the_same_family() {
        assert_eq!(
            canvas_font(14, true),
            "bold 14px Liberation Sans, Arial, Helvetica, sans-serif"
        );
        assert_eq!(
            canvas_font(12, false),
            "12px Liberation Sans, Arial, Helvetica, sans-serif"
        );
    }

    #[test]
    fn wrapping_keeps_every_word_and_respects_the_width() {
        let text = "Advancement of Technology Readiness Level for completed projects";
        let lines = wrap(text, 200.0, 14, false);
        assert!(lines.len() > 1);
        assert_eq!(lines.join(" "), text);
        for l in &lines {
            assert!(text_width(l, 14, false) <= 200.0, "{l}");
        }
        let cut = wrap("Supercalifragilisticexpialidocious", 60.0, 14, false);
        assert_eq!(cut.len(), 1);
        assert!(cut[0].ends_with('…'));
        assert!(text_width(&cut[0], 14, false) <= 60.0);
    }
}
