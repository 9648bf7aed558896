//! Horizontal bar charts with direct labels: the name of each bar and its value are
//! written next to it, so nothing depends on colour or a legend. Bars in different
//! units (euros and dollars, counts and money) are never put on one scale: each group
//! has its own scale and heading.

use super::metrics::{ellipsize, text_width, wrap};
use super::{Anchor, Scene, TextLook, GRID, MARK, RULE};

#[derive(Debug, Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    /// `None`: the source gives no value; the row says "not reported" and draws nothing.
    pub value: Option<f64>,
    /// The value as the reader should see it ("€3 billion", "7,620").
    pub value_label: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct BarGroup {
    /// Shown above the group when there is more than one ("In € billion").
    pub heading: Option<String>,
    pub bars: Vec<Bar>,
}

const LABEL: TextLook = TextLook::plain(14);
const VALUE: TextLook = TextLook::plain(14).bold();
const HEADING: TextLook = TextLook::plain(13).bold();
const PAD: i32 = 4;
const BAR_H: i32 = 18;

/// Lays out `groups` at `width` pixels. Below 520 px each label sits on its own line
/// above its bar, so phones keep the full width for the bars.
pub fn bar_chart(groups: &[BarGroup], width: u32) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let narrow = w < 520;
    let longest_label = groups
        .iter()
        .flat_map(|g| &g.bars)
        .map(|b| text_width(&b.label, LABEL.size, false))
        .fold(0.0, f64::max);
    let longest_value = groups
        .iter()
        .flat_map(|g| &g.bars)
        .map(|b| text_width(&b.value_label, VALUE.size, true))
        .fold(0.0, f64::max);
    let label_col = if narrow {
        0
    } else {
        (longest_label.ceil() as i32 + 12).min(w * 2 / 5)
    };
    let x0 = PAD + label_col;
    let bar_room = (w - x0 - PAD - longest_value.ceil() as i32 - 8).max(40);

    let mut y = PAD;
    let show_headings = groups.len() > 1;
    for group in groups {
        if show_headings {
            if let Some(h) = &group.heading {
                y += 10;
                s.styled_text(
                    PAD,
                    y,
                    ellipsize(h, f64::from(w - 2 * PAD), 13, true),
                    HEADING,
                );
                y += 14;
            }
        }
        let max = group
            .bars
            .iter()
            .filter_map(|b| b.value)
            .fold(0.0_f64, f64::max);
        let top = y;
        for bar in &group.bars {
            if narrow {
                for line in wrap(&bar.label, f64::from(w - 2 * PAD), LABEL.size, false) {
                    y += 10;
                    s.styled_text(PAD, y, line, LABEL);
                    y += 8;
                }
                y += 2;
            } else {
                y += 4;
            }
            // Wide layout: the label wraps onto as many lines as it needs beside its bar.
            let lines = if narrow {
                Vec::new()
            } else {
                wrap(&bar.label, f64::from(label_col - 12), LABEL.size, false)
            };
            let extra = (lines.len() as i32 - 1).max(0) * 17;
            y += extra / 2;
            let mid = y + BAR_H / 2;
            let first = mid - (lines.len() as i32 - 1) * 17 / 2;
            for (i, line) in lines.into_iter().enumerate() {
                s.styled_text(
                    x0 - 10,
                    first + i as i32 * 17,
                    line,
                    LABEL.anchor(Anchor::End),
                );
            }
            match bar.value {
                Some(v) => {
                    let len = if max > 0.0 {
                        ((v / max) * f64::from(bar_room)).round() as i32
                    } else {
                        0
                    };
                    // A zero still shows a hairline, so it reads as a value, not a gap.
                    s.rect(x0, y, len.max(2), BAR_H, MARK);
                    s.styled_text(x0 + len.max(2) + 6, mid, bar.value_label.clone(), VALUE);
                }
                None => {
                    s.styled_text(x0 + 6, mid, "not reported", LABEL.soft());
                }
            }
            y += BAR_H + 6 + extra - extra / 2;
        }
        // The baseline every bar starts from.
        s.line(vec![(x0, top), (x0, y - 2)], RULE, 1);
        y += 6;
    }
    s.height = (y + PAD) as u32;
    // Grid lines would compete with the direct labels; a faint rule closes the chart.
    s.line(vec![(PAD, y), (w - PAD, y)], GRID, 1);
    s
}
