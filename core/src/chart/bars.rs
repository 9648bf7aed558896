//! Horizontal bar charts with direct labels: the name of each bar and its value are
//! written next to it, so nothing depends on colour or a legend. Bars in different
//! units (euros and dollars, counts and money) are never put on one scale: each group
//! has its own scale and heading, and a bar is drawn only beside another bar of its own
//! group. A group with a single value has nothing to be measured against, so its row
//! shows the value as text and draws no bar: a lone bar would fill the whole width and
//! look as large as the largest bar of every other group.

use super::metrics::{text_width, wrap};
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

impl BarGroup {
    /// Whether the group is drawn as bars: only when at least two of its rows have a
    /// value to compare.
    pub fn has_scale(&self) -> bool {
        self.bars.iter().filter(|b| b.value.is_some()).count() >= 2
    }
}

const LABEL: TextLook = TextLook::plain(14);
const VALUE: TextLook = TextLook::plain(14).bold();
const HEADING: TextLook = TextLook::plain(13).bold();
const PAD: i32 = 4;
const BAR_H: i32 = 18;
/// Between lines of a wrapped label or value.
const LINE: i32 = 17;

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
    // Only values written after a bar take room from the bars.
    let longest_value = groups
        .iter()
        .filter(|g| g.has_scale())
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
    // Text in place of a bar may use the whole width right of the labels.
    let text_room = f64::from(w - x0 - PAD);

    let mut y = PAD;
    let show_headings = groups.len() > 1;
    for group in groups {
        if show_headings {
            if let Some(h) = &group.heading {
                for line in wrap(h, f64::from(w - 2 * PAD), HEADING.size, true) {
                    y += 10;
                    s.styled_text(PAD, y, line, HEADING);
                    y += 6;
                }
                y += 8;
            }
        }
        let scaled = group.has_scale();
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
            // Without a bar the value is text, and may wrap like a label.
            let value_lines = match (scaled, bar.value) {
                (_, None) => vec!["not reported".to_string()],
                (true, Some(_)) => vec![bar.value_label.clone()],
                (false, Some(_)) => wrap(&bar.value_label, text_room, VALUE.size, true),
            };
            // Wide layout: the label wraps onto as many lines as it needs beside its bar.
            let lines = if narrow {
                Vec::new()
            } else {
                wrap(&bar.label, f64::from(label_col - 12), LABEL.size, false)
            };
            let rows = lines.len().max(value_lines.len()).max(1) as i32;
            let extra = (rows - 1) * LINE;
            y += extra / 2;
            let mid = y + BAR_H / 2;
            let first = mid - (lines.len() as i32 - 1) * LINE / 2;
            for (i, line) in lines.into_iter().enumerate() {
                s.styled_text(
                    x0 - 10,
                    first + i as i32 * LINE,
                    line,
                    LABEL.anchor(Anchor::End),
                );
            }
            let first_value = mid - (value_lines.len() as i32 - 1) * LINE / 2;
            match bar.value {
                Some(v) if scaled => {
                    let len = if max > 0.0 {
                        ((v / max) * f64::from(bar_room)).round() as i32
                    } else {
                        0
                    };
                    // A zero still shows a hairline, so it reads as a value, not a gap.
                    s.rect(x0, y, len.max(2), BAR_H, MARK);
                    s.styled_text(x0 + len.max(2) + 6, mid, bar.value_label.clone(), VALUE);
                }
                value => {
                    let look = if value.is_some() { VALUE } else { LABEL.soft() };
                    let x = if scaled { x0 + 6 } else { x0 };
                    for (i, line) in value_lines.into_iter().enumerate() {
                        s.styled_text(x, first_value + i as i32 * LINE, line, look);
                    }
                }
            }
            y += BAR_H + 6 + extra - extra / 2;
        }
        // The baseline every bar starts from; a group without bars has no scale to show.
        if scaled {
            s.line(vec![(x0, top), (x0, y - 2)], RULE, 1);
        }
        y += 6;
    }
    s.height = (y + PAD) as u32;
    // Grid lines would compete with the direct labels; a faint rule closes the chart.
    s.line(vec![(PAD, y), (w - PAD, y)], GRID, 1);
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::chart::Item;

    fn bar(label: &str, value: Option<f64>, shown: &str) -> Bar {
        Bar {
            label: label.into(),
            value,
            value_label: shown.into(),
        }
    }

    fn rect_widths(s: &Scene) -> Vec<i32> {
        s.items
            .iter()
            .filter_map(|i| match i {
                Item::Rect { w, .. } => Some(*w),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_value_alone_in_its_group_is_text_not_a_bar() {
        let groups = vec![
            BarGroup {
                heading: Some("In US$ million".into()),
                bars: vec![
                    bar("A", Some(109.0), "$109 million"),
                    bar("B", Some(50.0), "$50 million"),
                ],
            },
            BarGroup {
                heading: Some("In € billion".into()),
                bars: vec![bar("C", Some(3.0), "€3 billion")],
            },
        ];
        for width in [320, 720] {
            let s = bar_chart(&groups, width);
            // Two bars for the two dollar values, none for the euro value.
            let widths = rect_widths(&s);
            assert_eq!(widths.len(), 2, "{widths:?}");
            assert!(widths[0] > widths[1], "{widths:?}");
            assert!(s.texts().contains(&"€3 billion"), "{:?}", s.texts());
        }
    }

    #[test]
    fn a_single_bar_chart_draws_no_bar_and_an_empty_value_says_not_reported() {
        let one = vec![BarGroup {
            heading: None,
            bars: vec![bar("OH", Some(3.0), "3"), bar("PA", None, "not reported")],
        }];
        let s = bar_chart(&one, 720);
        assert!(rect_widths(&s).is_empty());
        let t = s.texts();
        assert!(t.contains(&"3") && t.contains(&"not reported"), "{t:?}");
    }

    #[test]
    fn bars_in_one_group_are_to_scale() {
        let groups = vec![BarGroup {
            heading: None,
            bars: vec![
                bar("A", Some(100.0), "100"),
                bar("B", Some(50.0), "50"),
                bar("C", Some(0.0), "0"),
            ],
        }];
        let widths = rect_widths(&bar_chart(&groups, 720));
        assert_eq!(widths.len(), 3);
        assert!((widths[0] - 2 * widths[1]).abs() <= 1, "{widths:?}");
        assert_eq!(widths[2], 2, "a zero is a hairline");
    }
}
