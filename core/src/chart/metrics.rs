//! A fixed font-metrics table for the system sans-serif fonts the charts ask for
//! (Arial, Helvetica, Liberation Sans, DejaVu Sans are close to these widths). Layout
//! never asks the browser to measure, so it is the same everywhere; the widths lean a
//! little wide so labels do not collide when a wider font is used.

/// Advance width of `c` in ems.
fn advance(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '|' | '!' => 0.3,
        ' ' | 'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '/' | '-' => 0.36,
        'm' | 'w' | 'M' | 'W' | '@' => 0.9,
        '0'..='9' | '$' | '€' | '£' | '+' | '=' | '<' | '>' | '~' | '#' | '_' => 0.58,
        'a'..='z' => 0.56,
        'A'..='Z' | '&' | '%' => 0.7,
        '…' | '—' | '–' => 0.8,
        _ if c.is_ascii() => 0.56,
        _ => 0.7,
    }
}

/// Width in pixels of `text` at `size` px.
pub fn text_width(text: &str, size: u32, bold: bool) -> f64 {
    let ems: f64 = text.chars().map(advance).sum();
    ems * f64::from(size) * if bold { 1.08 } else { 1.0 }
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
