//! Charts as data: every chart is laid out here into a [`Scene`] of primitives by our own
//! pure code (scales, label placement, wrapping with a fixed font-metrics table), then
//! drawn into an SVG string by plotters. Nothing measures text at run time, so the same
//! state gives byte-identical SVG on the host (golden tests) and in the browser, and the
//! browser's strict CSP is never asked to allow inline styles. The app also paints the
//! same scene onto a canvas for the PNG download.

pub mod bars;
pub mod grid;
pub mod line;
pub mod matrix;
pub mod metrics;
pub mod pairs;
pub mod spec;

use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle, RGBAColor, TextStyle};
use plotters_backend::{BackendColor, BackendStyle, DrawingBackend, DrawingErrorKind};
use plotters_svg::SVGBackend;

/// An sRGB colour. The palette below is what the stylesheet recognises and remaps in
/// dark mode; keep the two in step (style/main.css, "chart palette").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    pub fn hex(self) -> String {
        format!("#{:02X}{:02X}{:02X}", self.0, self.1, self.2)
    }
}

/// Text: 16.1:1 on white.
pub const INK: Rgb = Rgb(0x1B, 0x1B, 0x1B);
/// Secondary text: 9.7:1 on white.
pub const INK_SOFT: Rgb = Rgb(0x45, 0x45, 0x45);
/// Axis lines and marks' outlines: 4.6:1 on white (graphics need 3:1).
pub const RULE: Rgb = Rgb(0x71, 0x76, 0x7A);
/// Grid lines and band fills: decoration only, never carries meaning alone.
pub const GRID: Rgb = Rgb(0xDF, 0xE1, 0xE2);
pub const BAND: Rgb = Rgb(0xE7, 0xF2, 0xF5);
/// The main mark colour: 7.1:1 on white.
pub const MARK: Rgb = Rgb(0x00, 0x5E, 0xA2);
/// A second mark colour for highlighted marks: 6.5:1 on white.
pub const MARK_ALT: Rgb = Rgb(0xA2, 0x3F, 0x00);
/// Text drawn on top of a mark.
pub const ON_MARK: Rgb = Rgb(0xFF, 0xFF, 0xFF);
pub const PAPER: Rgb = Rgb(0xFF, 0xFF, 0xFF);

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// One drawing primitive, in pixels of the scene.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        fill: Rgb,
    },
    Circle {
        cx: i32,
        cy: i32,
        r: u32,
        fill: Rgb,
        /// An outline, so small marks stay visible against any background.
        stroke: Option<Rgb>,
    },
    Line {
        points: Vec<(i32, i32)>,
        color: Rgb,
        width: u32,
        /// 0.0–1.0
        opacity: f64,
    },
    /// Text with its vertical centre at `y`.
    Text {
        x: i32,
        y: i32,
        text: String,
        size: u32,
        anchor: Anchor,
        bold: bool,
        color: Rgb,
    },
}

/// A laid-out chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: u32,
    pub height: u32,
    pub items: Vec<Item>,
}

/// The narrowest and widest layouts; pages pass their own width in between.
pub const MIN_WIDTH: u32 = 300;
pub const MAX_WIDTH: u32 = 960;

pub fn clamp_width(w: u32) -> u32 {
    w.clamp(MIN_WIDTH, MAX_WIDTH)
}

impl Scene {
    /// The text of every text item, in drawing order.
    pub fn texts(&self) -> Vec<&str> {
        self.items
            .iter()
            .filter_map(|i| match i {
                Item::Text { text, .. } => Some(text.as_str()),
                _ => None,
            })
            .collect()
    }

    pub fn new(width: u32) -> Self {
        Scene {
            width: clamp_width(width),
            height: 0,
            items: Vec::new(),
        }
    }

    pub fn text(&mut self, x: i32, y: i32, text: impl Into<String>, size: u32, anchor: Anchor) {
        self.items.push(Item::Text {
            x,
            y,
            text: text.into(),
            size,
            anchor,
            bold: false,
            color: INK,
        });
    }

    pub fn styled_text(&mut self, x: i32, y: i32, text: impl Into<String>, style: TextLook) {
        self.items.push(Item::Text {
            x,
            y,
            text: text.into(),
            size: style.size,
            anchor: style.anchor,
            bold: style.bold,
            color: style.color,
        });
    }

    pub fn rect(&mut self, x: i32, y: i32, w: i32, h: i32, fill: Rgb) {
        self.items.push(Item::Rect { x, y, w, h, fill });
    }

    pub fn line(&mut self, points: Vec<(i32, i32)>, color: Rgb, width: u32) {
        self.items.push(Item::Line {
            points,
            color,
            width,
            opacity: 1.0,
        });
    }

    /// The scene as an SVG document, drawn by plotters.
    pub fn to_svg(&self) -> String {
        let mut out = String::new();
        {
            let mut svg = SVGBackend::with_string(&mut out, (self.width, self.height));
            for item in &self.items {
                // The string backend cannot fail; a failure would only lose one mark.
                let _ = draw(&mut svg, item);
            }
            let _ = svg.present();
        }
        out
    }

    /// This scene moved down by `dy` pixels.
    fn shifted(mut self, dy: i32) -> Self {
        for item in &mut self.items {
            match item {
                Item::Rect { y, .. } | Item::Text { y, .. } => *y += dy,
                Item::Circle { cy, .. } => *cy += dy,
                Item::Line { points, .. } => {
                    for p in points {
                        p.1 += dy;
                    }
                }
            }
        }
        self
    }
}

/// Size, weight, alignment and colour of a piece of text.
#[derive(Debug, Clone, Copy)]
pub struct TextLook {
    pub size: u32,
    pub bold: bool,
    pub anchor: Anchor,
    pub color: Rgb,
}

impl TextLook {
    pub const fn plain(size: u32) -> Self {
        TextLook {
            size,
            bold: false,
            anchor: Anchor::Start,
            color: INK,
        }
    }
    pub const fn bold(self) -> Self {
        TextLook { bold: true, ..self }
    }
    pub const fn soft(self) -> Self {
        TextLook {
            color: INK_SOFT,
            ..self
        }
    }
    pub const fn color(self, color: Rgb) -> Self {
        TextLook { color, ..self }
    }
    pub const fn anchor(self, anchor: Anchor) -> Self {
        TextLook { anchor, ..self }
    }
}

struct Style {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Style {
    fn color(&self) -> BackendColor {
        self.color
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

fn backend_color(c: Rgb, alpha: f64) -> BackendColor {
    BackendColor {
        alpha,
        rgb: (c.0, c.1, c.2),
    }
}

/// plotters writes `font-size` as the given size divided by 1.24.
const PLOTTERS_FONT_SCALE: f64 = 1.24;

fn draw(svg: &mut SVGBackend<'_>, item: &Item) -> Result<(), DrawingErrorKind<std::io::Error>> {
    let solid = |c: Rgb, width: u32| Style {
        color: backend_color(c, 1.0),
        width,
    };
    match item {
        Item::Rect { x, y, w, h, fill } => {
            svg.draw_rect((*x, *y), (x + w, y + h), &solid(*fill, 0), true)?;
        }
        Item::Circle {
            cx,
            cy,
            r,
            fill,
            stroke,
        } => {
            svg.draw_circle((*cx, *cy), *r, &solid(*fill, 0), true)?;
            if let Some(s) = stroke {
                svg.draw_circle((*cx, *cy), *r, &solid(*s, 1), false)?;
            }
        }
        Item::Line {
            points,
            color,
            width,
            opacity,
        } => {
            let style = Style {
                color: backend_color(*color, *opacity),
                width: *width,
            };
            svg.draw_path(points.iter().copied(), &style)?;
        }
        Item::Text {
            x,
            y,
            text,
            size,
            anchor,
            bold,
            color,
        } => {
            let font = FontDesc::new(
                FontFamily::Name(metrics::FONT_FAMILY),
                f64::from(*size) * PLOTTERS_FONT_SCALE,
                if *bold {
                    FontStyle::Bold
                } else {
                    FontStyle::Normal
                },
            );
            let h = match anchor {
                Anchor::Start => HPos::Left,
                Anchor::Middle => HPos::Center,
                Anchor::End => HPos::Right,
            };
            let rgba = RGBAColor(color.0, color.1, color.2, 1.0);
            let style = TextStyle::from(font)
                .color(&rgba)
                .pos(Pos::new(h, VPos::Center));
            svg.draw_text(text, &style, (*x, *y))?;
        }
    }
    Ok(())
}

/// The standalone image for downloads: a white page with the title, the takeaway, the
/// chart and the source line, so the file still says what it is and where it is from.
pub fn framed(chart: Scene, title: &str, takeaway: &str, source: &str) -> Scene {
    let width = chart.width;
    let pad = 16;
    let inner = (width as i32 - 2 * pad) as f64;
    let mut head = Vec::new();
    let mut y = pad;
    for line in metrics::wrap(title, inner, 20, true) {
        y += 14;
        head.push((y, line, TextLook::plain(20).bold()));
        y += 12;
    }
    y += 4;
    for line in metrics::wrap(takeaway, inner, 14, false) {
        y += 10;
        head.push((y, line, TextLook::plain(14).soft()));
        y += 10;
    }
    y += 12;
    let chart_height = chart.height as i32;
    let mut scene = chart.shifted(y);
    let mut page = Scene::new(width);
    page.rect(0, 0, width as i32, 0, PAPER); // height set below
    for (ty, line, look) in head {
        page.styled_text(pad, ty, line, look);
    }
    page.items.append(&mut scene.items);
    let mut foot = y + chart_height + 8;
    for line in metrics::wrap(source, inner, 12, false) {
        foot += 9;
        page.styled_text(pad, foot, line, TextLook::plain(12).soft());
        foot += 9;
    }
    page.height = (foot + pad) as u32;
    if let Some(Item::Rect { h, .. }) = page.items.first_mut() {
        *h = page.height as i32;
    }
    page
}

/// The least room, in pixels, between two labels in a row (tick labels, headers).
pub const LABEL_GAP: f64 = 6.0;

/// Which of a row of labels to write so that none runs into its neighbour: `labels`
/// are (centre x, width) in order along the axis, each drawn centred. Keeps every
/// `k`-th label from the first, for the smallest `k` that leaves at least `gap` pixels
/// between neighbours, and the last label too when it fits beside the one before it.
/// A label that would stick out of `0..=width` is never kept. Returns the indices kept.
pub fn spaced_labels(labels: &[(i32, f64)], gap: f64, width: f64) -> Vec<usize> {
    let inside = |i: usize| {
        let (x, w) = labels[i];
        f64::from(x) - w / 2.0 >= 0.0 && f64::from(x) + w / 2.0 <= width
    };
    let apart = |a: usize, b: usize| {
        let ((xa, wa), (xb, wb)) = (labels[a], labels[b]);
        f64::from(xb - xa) - (wa + wb) / 2.0 >= gap
    };
    for step in 1..=labels.len() {
        let mut kept: Vec<usize> = (0..labels.len())
            .step_by(step)
            .filter(|&i| inside(i))
            .collect();
        if kept.windows(2).all(|pair| apart(pair[0], pair[1])) {
            let last = labels.len() - 1;
            if let Some(&prev) = kept.last() {
                if prev != last && inside(last) && apart(prev, last) {
                    kept.push(last);
                }
            }
            return kept;
        }
    }
    Vec::new()
}

/// Points along a smooth S-curve from `a` to `b` (for flows), as a polyline.
pub fn s_curve(a: (i32, i32), b: (i32, i32), steps: usize) -> Vec<(i32, i32)> {
    (0..=steps)
        .map(|i| {
            let t = i as f64 / steps as f64;
            let ease = t * t * (3.0 - 2.0 * t);
            let x = f64::from(a.0) + (f64::from(b.0) - f64::from(a.0)) * t;
            let y = f64::from(a.1) + (f64::from(b.1) - f64::from(a.1)) * ease;
            (x.round() as i32, y.round() as i32)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaced_labels_thin_out_what_would_collide() {
        // 30 px wide labels every 20 px: every other one, starting from the first.
        let crowded: Vec<(i32, f64)> = (0..6).map(|i| (20 + i * 20, 30.0)).collect();
        assert_eq!(spaced_labels(&crowded, 6.0, 400.0), [0, 2, 4]);
        // The last label is kept too when it fits beside the one before it...
        let narrow_last = [(20, 30.0), (40, 30.0), (60, 30.0), (85, 4.0)];
        assert_eq!(spaced_labels(&narrow_last, 6.0, 400.0), [0, 2, 3]);
        // ...and not when it would touch it.
        let close_last = [(20, 30.0), (40, 30.0), (60, 30.0), (80, 4.0)];
        assert_eq!(spaced_labels(&close_last, 6.0, 400.0), [0, 2]);
        // Room for all.
        let roomy: Vec<(i32, f64)> = (0..4).map(|i| (20 + i * 50, 30.0)).collect();
        assert_eq!(spaced_labels(&roomy, 6.0, 400.0), [0, 1, 2, 3]);
        // A label that would stick out of the image is left out.
        assert_eq!(spaced_labels(&[(5, 30.0), (60, 30.0)], 6.0, 400.0), [1]);
        assert!(spaced_labels(&[], 6.0, 400.0).is_empty());
    }
}
