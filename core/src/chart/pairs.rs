//! Two bars per row on one shared scale: an institute's federal funding at award and the
//! non-federal cost share committed with it. Every bar of the chart is in the same unit
//! (the caller guarantees it), so one scale serves all of them; each bar says which of
//! the two it is and its value in words, so nothing depends on colour, and a value no
//! source gives is written as "not reported" with no bar.

use super::metrics::{text_width, wrap};
use super::{Anchor, Scene, TextLook, GRID, MARK, MARK_ALT, RULE};

#[derive(Debug, Clone, PartialEq)]
pub struct PairRow {
    pub label: String,
    /// (value, text as read: "$70 million", "more than $180 million"); value `None`:
    /// no bar, and the text says why ("not reported" when it is empty).
    pub first: (Option<f64>, String),
    pub second: (Option<f64>, String),
}

const LABEL: TextLook = TextLook::plain(14);
const VALUE: TextLook = TextLook::plain(13);
const PAD: i32 = 4;
const BAR_H: i32 = 14;

/// Lays out `rows` with `names` ("Federal", "Non-federal") written before each value.
pub fn paired_bars(rows: &[PairRow], names: (&str, &str), width: u32) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let narrow = w < 560;
    let longest_label = rows
        .iter()
        .map(|r| text_width(&r.label, LABEL.size, false))
        .fold(0.0, f64::max);
    let value_text = |name: &str, v: &(Option<f64>, String)| match v.0 {
        Some(_) => format!("{name}: {}", v.1),
        None if v.1.is_empty() => format!("{name}: not reported"),
        None => format!("{name}: {}", v.1),
    };
    let longest_value = rows
        .iter()
        .flat_map(|r| {
            [
                value_text(names.0, &r.first),
                value_text(names.1, &r.second),
            ]
        })
        .map(|t| text_width(&t, VALUE.size, false))
        .fold(0.0, f64::max);
    let label_col = if narrow {
        0
    } else {
        (longest_label.ceil() as i32 + 12).min(w / 4)
    };
    let x0 = PAD + label_col;
    let value_room = (longest_value.ceil() as i32 + 10).min(w - x0 - PAD - 60);
    let bar_room = (w - x0 - PAD - value_room).max(40);
    let max = rows
        .iter()
        .flat_map(|r| [r.first.0, r.second.0])
        .flatten()
        .fold(0.0_f64, f64::max);
    let len = |v: f64| {
        if max > 0.0 {
            ((v / max) * f64::from(bar_room)).round() as i32
        } else {
            0
        }
    };
    let mut y = PAD;
    let top = y;
    for row in rows {
        let mut extra = 0;
        if narrow {
            for line in wrap(&row.label, f64::from(w - 2 * PAD), LABEL.size, true) {
                y += 10;
                s.styled_text(PAD, y, line, LABEL.bold());
                y += 8;
            }
            y += 2;
        } else {
            y += 6;
            // The label may wrap onto more lines than the two bars are high: the row
            // then grows, and the bars sit in its middle.
            let lines = wrap(&row.label, f64::from(label_col - 12), LABEL.size, false);
            let bars_h = 2 * (BAR_H + 3);
            let block = bars_h.max(lines.len() as i32 * 17 + 2);
            let mid = y + block / 2;
            let first = mid - (lines.len() as i32 - 1) * 17 / 2;
            for (i, line) in lines.into_iter().enumerate() {
                s.styled_text(
                    x0 - 10,
                    first + i as i32 * 17,
                    line,
                    LABEL.anchor(Anchor::End),
                );
            }
            y += (block - bars_h) / 2;
            extra = block - bars_h - (block - bars_h) / 2;
        }
        for (k, (name, v)) in [(names.0, &row.first), (names.1, &row.second)]
            .into_iter()
            .enumerate()
        {
            let mid = y + BAR_H / 2;
            let text = value_text(name, v);
            match v.0 {
                Some(x) => {
                    let l = len(x).max(2);
                    s.rect(x0, y, l, BAR_H, if k == 0 { MARK } else { MARK_ALT });
                    s.styled_text(x0 + l + 6, mid, text, VALUE);
                }
                None => s.styled_text(x0 + 6, mid, text, VALUE.soft()),
            }
            y += BAR_H + 3;
        }
        y += 8 + extra;
    }
    if !rows.is_empty() {
        s.line(vec![(x0, top), (x0, y - 8)], RULE, 1);
    }
    s.height = (y + PAD) as u32;
    s.line(vec![(PAD, y), (w - PAD, y)], GRID, 1);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Item;

    #[test]
    fn one_scale_for_every_bar_and_no_bar_for_not_reported() {
        let rows = vec![
            PairRow {
                label: "A".into(),
                first: (Some(70.0), "$70 million".into()),
                second: (Some(140.0), "$140 million".into()),
            },
            PairRow {
                label: "B".into(),
                first: (Some(35.0), "$35 million".into()),
                second: (None, String::new()),
            },
        ];
        for width in [340, 900] {
            let s = paired_bars(&rows, ("Federal", "Non-federal"), width);
            let widths: Vec<i32> = s
                .items
                .iter()
                .filter_map(|i| match i {
                    Item::Rect { w, .. } => Some(*w),
                    _ => None,
                })
                .collect();
            assert_eq!(widths.len(), 3, "{widths:?}");
            // 70 is half of 140, and 35 half of 70, across rows: one scale.
            assert!((widths[1] - 2 * widths[0]).abs() <= 1, "{widths:?}");
            assert!((widths[0] - 2 * widths[2]).abs() <= 1, "{widths:?}");
            assert!(s.texts().contains(&"Non-federal: not reported"));
        }
    }
}
