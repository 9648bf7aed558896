//! A series by fiscal year as points joined by lines, drawn so that it never says more
//! than its sources: a year without a figure is a gap (no point, and no line across
//! it), a change of meaning in the series (a break) is a dashed rule with its label and
//! the line is not joined across it, and the other values sources print for a year are
//! hollow points beside the filled point of the value shown. The y axis starts at zero.

use super::metrics::text_width;
use super::{spaced_labels, Anchor, Item, Scene, TextLook, GRID, INK_SOFT, MARK, MARK_ALT, PAPER};

/// One fiscal year of a series.
#[derive(Debug, Clone, PartialEq)]
pub struct YearPoint {
    pub year: u16,
    /// The value shown; `None`: not reported (no point is drawn).
    pub value: Option<f64>,
    /// The value as the reader sees it ("2,500+").
    pub label: String,
    /// Other values the sources print for this year (hollow points).
    pub others: Vec<f64>,
}

/// A series laid out against the fiscal years `first..=last`.
pub struct LineChart<'a> {
    pub first: u16,
    pub last: u16,
    pub points: &'a [YearPoint],
    /// (last year before, first year after) of each break.
    pub breaks: &'a [(u16, u16)],
    /// A tick value on the y axis as text ("$100 million" → "$100M" is the caller's choice).
    pub tick: &'a dyn Fn(f64) -> String,
}

const TICK: TextLook = TextLook::plain(12).soft();
const VALUE: TextLook = TextLook::plain(12).bold();
const PAD: i32 = 8;
const R: u32 = 4;
/// How far right of its year's point another reading's hollow point sits: clear of the
/// filled point (radius R + 1 and its outline), so that an equal value stays visible.
const OTHER_DX: i32 = 11;

/// The top of a y axis from 0 that holds `max`, and its step: 1, 2, 2.5 or 5 × 10^k,
/// with 3 to 5 steps.
pub fn nice_axis(max: f64) -> (f64, f64) {
    if !(max.is_finite() && max > 0.0) {
        return (1.0, 0.25);
    }
    let raw = max / 4.0;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 2.5, 5.0, 10.0]
        .into_iter()
        .map(|m| m * mag)
        .find(|s| max / s <= 5.0)
        .unwrap_or(10.0 * mag);
    ((max / step).ceil() * step, step)
}

fn x_of(year: u16, first: u16, last: u16, left: i32, right: i32) -> i32 {
    if last <= first {
        return (left + right) / 2;
    }
    let t = f64::from(year - first) / f64::from(last - first);
    left + (t * f64::from(right - left)).round() as i32
}

impl LineChart<'_> {
    /// The largest value drawn, shown or other reading: what the y axis must hold.
    fn max_value(&self) -> f64 {
        self.points
            .iter()
            .flat_map(|p| p.value.into_iter().chain(p.others.iter().copied()))
            .fold(0.0_f64, f64::max)
    }

    fn x(&self, year: u16, left: i32, right: i32) -> i32 {
        x_of(year, self.first, self.last, left, right)
    }

    /// Each break as a dashed rule halfway between its two years, from `top` to
    /// `bottom`; returns the rules' x positions.
    fn draw_breaks(
        &self,
        s: &mut Scene,
        (left, right): (i32, i32),
        top: i32,
        bottom: i32,
    ) -> Vec<i32> {
        let mut xs = Vec::new();
        for &(before, after) in self.breaks {
            let x = (self.x(before, left, right) + self.x(after, left, right)) / 2;
            dashed(s, x, top, bottom, MARK_ALT);
            xs.push(x);
        }
        xs
    }

    /// The line through each run of neighbouring reported years, never across a gap
    /// or a break.
    fn draw_runs(&self, s: &mut Scene, (left, right): (i32, i32), y_of: &dyn Fn(f64) -> i32) {
        for run in joined_runs(self.points, self.breaks) {
            if run.len() >= 2 {
                let pts = run
                    .iter()
                    .map(|&(y, v)| (self.x(y, left, right), y_of(v)))
                    .collect();
                s.line(pts, MARK, 2);
            }
        }
    }
}

/// Whether a break lies between `a` and `b` (a < b).
pub fn break_between(breaks: &[(u16, u16)], a: u16, b: u16) -> bool {
    breaks
        .iter()
        .any(|&(before, after)| a <= before && after <= b)
}

/// Segments of consecutive reported years not split by a break: the only years a line
/// may join.
pub fn joined_runs(points: &[YearPoint], breaks: &[(u16, u16)]) -> Vec<Vec<(u16, f64)>> {
    let mut runs: Vec<Vec<(u16, f64)>> = Vec::new();
    let mut sorted: Vec<&YearPoint> = points.iter().collect();
    sorted.sort_by_key(|p| p.year);
    for p in sorted {
        let Some(v) = p.value else {
            runs.push(Vec::new());
            continue;
        };
        let extends = runs
            .last()
            .and_then(|r| r.last())
            .is_some_and(|&(y, _)| y + 1 == p.year && !break_between(breaks, y, p.year));
        if extends {
            if let Some(r) = runs.last_mut() {
                r.push((p.year, v));
            }
        } else {
            runs.push(vec![(p.year, v)]);
        }
    }
    runs.retain(|r| !r.is_empty());
    runs
}

fn dashed(s: &mut Scene, x: i32, top: i32, bottom: i32, color: super::Rgb) {
    let mut y = top;
    while y < bottom {
        let end = (y + 5).min(bottom);
        s.line(vec![(x, y), (x, end)], color, 2);
        y += 9;
    }
}

/// The full chart: y axis with grid lines, fiscal years along the bottom, the value of
/// each point written above it when there is room, breaks labelled, and a key.
pub fn line_chart(c: &LineChart<'_>, width: u32) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let max = c.max_value();
    let (top_value, step) = nice_axis(max);
    let ticks: Vec<f64> = (0..)
        .map(|i| f64::from(i) * step)
        .take_while(|v| *v <= top_value + step / 1000.0)
        .collect();
    let tick_labels: Vec<String> = ticks.iter().map(|v| (c.tick)(*v)).collect();
    let tick_w = tick_labels
        .iter()
        .map(|t| text_width(t, TICK.size, false))
        .fold(0.0, f64::max)
        .ceil() as i32;
    // Room at each end for half the widest value label, so labels centred on the first
    // and last years stay clear of the tick labels and inside the image.
    let widest = c
        .points
        .iter()
        .filter(|p| p.value.is_some())
        .map(|p| text_width(&p.label, VALUE.size, true))
        .fold(0.0, f64::max);
    // The same room for half a fiscal-year label, centred on the first and last years,
    // and for a hollow point beside the last year's point.
    let year_w = text_width(&format!("FY{}", c.last), TICK.size, false);
    let axis = PAD + tick_w + 8;
    let inner = ((widest.max(year_w) / 2.0).ceil() as i32 + 4)
        .max(OTHER_DX + R as i32 + 2)
        .clamp(14, (w - axis) / 5);
    let left = axis + inner;
    let right = w - PAD - inner;
    let top = PAD + 28;
    let plot_h = if w < 520 { 180 } else { 240 };
    let bottom = top + plot_h;
    let y_of = |v: f64| bottom - ((v / top_value) * f64::from(plot_h)).round() as i32;

    for (v, label) in ticks.iter().zip(&tick_labels) {
        let y = y_of(*v);
        s.line(
            vec![(axis - 4, y), (w - PAD, y)],
            if *v == 0.0 { INK_SOFT } else { GRID },
            1,
        );
        s.styled_text(axis - 8, y, label.clone(), TICK.anchor(Anchor::End));
    }

    // Fiscal years along the bottom, every one written where it can be: in full on one
    // row, else on two staggered rows (even and odd places), else the same short
    // ("FY16"), and only if none of these fits, on one row thinned so none collide.
    let years: Vec<u16> = (c.first..=c.last).collect();
    let full = |y: u16| format!("FY{y}");
    let short = |y: u16| format!("FY{:02}", y % 100);
    let year_box = |y: u16, name: &dyn Fn(u16) -> String| {
        let x = x_of(y, c.first, c.last, left, right);
        (x, text_width(&name(y), TICK.size, false))
    };
    let all_fit = |places: &[usize], name: &dyn Fn(u16) -> String| {
        let boxes: Vec<(i32, f64)> = places.iter().map(|&k| year_box(years[k], name)).collect();
        spaced_labels(&boxes, 8.0, f64::from(w)).len() == boxes.len()
    };
    let every: Vec<usize> = (0..years.len()).collect();
    let (even, odd): (Vec<usize>, Vec<usize>) = every.iter().partition(|&&k| k % 2 == 0);
    let mut rows: Vec<(Vec<usize>, i32)> = Vec::new();
    let mut name: &dyn Fn(u16) -> String = &full;
    for form in [&full as &dyn Fn(u16) -> String, &short] {
        if all_fit(&every, form) {
            rows = vec![(every.clone(), 14)];
        } else if all_fit(&even, form) && all_fit(&odd, form) {
            rows = vec![(even.clone(), 14), (odd.clone(), 28)];
        }
        if !rows.is_empty() {
            name = form;
            break;
        }
    }
    if rows.is_empty() {
        let boxes: Vec<(i32, f64)> = years.iter().map(|&y| year_box(y, &full)).collect();
        rows = vec![(spaced_labels(&boxes, 8.0, f64::from(w)), 14)];
    }
    // How much lower everything under the years sits when they take two rows.
    let below = if rows.len() > 1 { 14 } else { 0 };
    for (places, dy) in rows {
        for k in places {
            s.styled_text(
                year_box(years[k], name).0,
                bottom + dy,
                name(years[k]),
                TICK.anchor(Anchor::Middle),
            );
        }
    }

    // Breaks: a dashed rule halfway between the two years, labelled below the years.
    // On two rows the years stand close to the rule, so it stops at the axis and its
    // label stays under both rows.
    let rule_end = if below > 0 { bottom + 2 } else { bottom + 22 };
    for x in c.draw_breaks(&mut s, (left, right), top - 8, rule_end) {
        s.styled_text(
            x,
            bottom + 32 + below,
            "Break",
            TextLook::plain(12)
                .bold()
                .color(MARK_ALT)
                .anchor(Anchor::Middle),
        );
    }

    c.draw_runs(&mut s, (left, right), &y_of);

    for p in c.points {
        let x = x_of(p.year, c.first, c.last, left, right);
        for &o in &p.others {
            s.items.push(Item::Circle {
                cx: x + OTHER_DX,
                cy: y_of(o),
                r: R,
                fill: PAPER,
                stroke: Some(MARK_ALT),
            });
        }
        if let Some(v) = p.value {
            s.items.push(Item::Circle {
                cx: x,
                cy: y_of(v),
                r: R + 1,
                fill: MARK,
                stroke: Some(PAPER),
            });
        }
    }

    // Values above their points, where they fit beside their neighbours.
    let shown: Vec<&YearPoint> = c.points.iter().filter(|p| p.value.is_some()).collect();
    let label_pos: Vec<(i32, f64)> = shown
        .iter()
        .map(|p| {
            (
                x_of(p.year, c.first, c.last, left, right),
                text_width(&p.label, VALUE.size, true),
            )
        })
        .collect();
    for k in spaced_labels(&label_pos, 6.0, f64::from(w)) {
        let p = shown[k];
        let y = y_of(p.value.unwrap_or(0.0)) - 13;
        s.styled_text(
            label_pos[k].0,
            y,
            p.label.clone(),
            VALUE.anchor(Anchor::Middle),
        );
    }

    // The key: what a filled point, a hollow point and a dashed rule mean.
    let mut y = bottom + 56 + below;
    let mut x = PAD + 6;
    let has_others = c.points.iter().any(|p| !p.others.is_empty());
    let mut key: Vec<(u8, &str)> = vec![(0, "Value shown")];
    if has_others {
        key.push((1, "Another value in the sources"));
    }
    if !c.breaks.is_empty() {
        key.push((2, "Break: measured differently after it"));
    }
    if c.points.iter().any(|p| p.value.is_none()) || c.points.len() < years.len() {
        key.push((3, "A gap: not reported"));
    }
    for (kind, text) in key {
        let need = 20 + text_width(text, TICK.size, false).ceil() as i32;
        if x + need > w - PAD && x > PAD + 6 {
            x = PAD + 6;
            y += 20;
        }
        match kind {
            0 => s.items.push(Item::Circle {
                cx: x,
                cy: y,
                r: R + 1,
                fill: MARK,
                stroke: Some(PAPER),
            }),
            1 => s.items.push(Item::Circle {
                cx: x,
                cy: y,
                r: R,
                fill: PAPER,
                stroke: Some(MARK_ALT),
            }),
            2 => dashed(&mut s, x, y - 8, y + 8, MARK_ALT),
            _ => {}
        }
        let tx = if kind == 3 { x - 6 } else { x + 10 };
        s.styled_text(tx, y, text, TICK);
        x = tx + need + 4;
    }
    s.height = (y + 14) as u32;
    s
}

/// A small multiple: the series alone, at `width` × `height`, on the same years as the
/// others, with its own scale from zero; no text (the page writes the label and the
/// years reported beside it).
pub fn sparkline(c: &LineChart<'_>, width: u32, height: u32) -> Scene {
    let mut s = Scene {
        width,
        height,
        items: Vec::new(),
    };
    let (left, right) = (6, width as i32 - 10);
    let (top, bottom) = (8, height as i32 - 6);
    let max = c.max_value();
    let (top_value, _) = nice_axis(max);
    let y_of = |v: f64| bottom - ((v / top_value) * f64::from(bottom - top)).round() as i32;
    s.line(vec![(left, bottom), (right + 4, bottom)], GRID, 1);
    c.draw_breaks(&mut s, (left, right), top - 4, bottom);
    c.draw_runs(&mut s, (left, right), &y_of);
    for p in c.points {
        if let Some(v) = p.value {
            s.items.push(Item::Circle {
                cx: x_of(p.year, c.first, c.last, left, right),
                cy: y_of(v),
                r: 3,
                fill: MARK,
                stroke: None,
            });
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(year: u16, value: Option<f64>) -> YearPoint {
        YearPoint {
            year,
            value,
            label: value.map(|v| v.to_string()).unwrap_or_default(),
            others: Vec::new(),
        }
    }

    #[test]
    fn axis_tops_are_round_and_hold_the_maximum() {
        assert_eq!(nice_axis(2500.0), (2500.0, 500.0));
        assert_eq!(nice_axis(2600.0), (3000.0, 1000.0));
        assert_eq!(nice_axis(205_254.0), (250_000.0, 50_000.0));
        assert_eq!(nice_axis(2.8), (3.0, 1.0));
        assert_eq!(nice_axis(73.0), (80.0, 20.0));
        assert_eq!(nice_axis(0.0), (1.0, 0.25));
    }

    #[test]
    fn lines_join_only_neighbouring_reported_years_on_one_side_of_a_break() {
        let pts = [
            p(2016, Some(1.0)),
            p(2017, Some(2.0)),
            p(2018, Some(3.0)),
            p(2019, Some(4.0)),
            p(2021, Some(5.0)),
            p(2022, Some(6.0)),
            p(2023, None),
            p(2024, Some(7.0)),
        ];
        let runs = joined_runs(&pts, &[(2018, 2019)]);
        let years: Vec<Vec<u16>> = runs
            .iter()
            .map(|r| r.iter().map(|x| x.0).collect())
            .collect();
        assert_eq!(
            years,
            vec![
                vec![2016, 2017, 2018],
                vec![2019],
                vec![2021, 2022],
                vec![2024]
            ]
        );
    }
}
