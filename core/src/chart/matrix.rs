//! The TRL progression charts: a start × end matrix of sized circles and a flow from
//! start level to end level. Both take cells (start TRL, end TRL, projects) and show the
//! valley-of-death band by position and a labelled band, not by colour alone.

use super::metrics::{text_width, wrap};
use super::{
    s_curve, Anchor, Item, Rgb, Scene, TextLook, BAND, GRID, MARK, MARK_ALT, ON_MARK, RULE,
};

const LEVELS: i32 = 9;
const SMALL: TextLook = TextLook::plain(12);
const AXIS: TextLook = TextLook::plain(13).bold();
const STARTED: &str = "Started ↓";

/// Start × end matrix: rows are the level a project started at, columns the level it
/// reached; circle area is proportional to the number of projects, and every circle
/// carries its count.
pub fn matrix(cells: &[(u8, u8, u32)], valley: (u8, u8), width: u32) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    // Room for the row labels, and for "Started ↓" to end clear of the first column's
    // number, which sits half a cell (at least 13 px) into the grid.
    let left = 58.max(text_width(STARTED, AXIS.size, true).ceil() as i32 + 2);
    let top = 64;
    let cell = ((w - left - 12) / LEVELS).clamp(26, 64);
    let grid_w = cell * LEVELS;
    let max = cells.iter().map(|c| c.2).max().unwrap_or(0).max(1);

    // The valley-of-death columns, shaded and named.
    let (vf, vt) = (i32::from(valley.0), i32::from(valley.1));
    let band_x = left + (vf - 1) * cell;
    s.rect(band_x, top, (vt - vf + 1) * cell, LEVELS * cell, BAND);
    s.styled_text(
        band_x + (vt - vf + 1) * cell / 2,
        top - 40,
        format!("Valley of death: TRL {}–{}", valley.0, valley.1),
        SMALL.soft().anchor(Anchor::Middle),
    );

    s.styled_text(left, top - 22, "Reached TRL →", AXIS);
    s.styled_text(4, top - 8, STARTED, AXIS);
    for i in 0..LEVELS {
        let c = left + i * cell + cell / 2;
        s.styled_text(
            c,
            top - 8,
            (i + 1).to_string(),
            SMALL.anchor(Anchor::Middle),
        );
        let r = top + i * cell + cell / 2;
        s.styled_text(
            left - 10,
            r,
            format!("TRL {}", i + 1),
            SMALL.anchor(Anchor::End),
        );
        // Light guides through the cell centres.
        s.line(vec![(left, r), (left + grid_w, r)], GRID, 1);
        s.line(vec![(c, top), (c, top + LEVELS * cell)], GRID, 1);
    }
    // The diagonal: no change of level.
    s.line(
        vec![(left, top), (left + grid_w, top + LEVELS * cell)],
        RULE,
        1,
    );

    let r_max = f64::from(cell) / 2.0 - 2.0;
    for &(start, end, count) in cells {
        if count == 0 || !(1..=9).contains(&start) || !(1..=9).contains(&end) {
            continue;
        }
        let cx = left + (i32::from(end) - 1) * cell + cell / 2;
        let cy = top + (i32::from(start) - 1) * cell + cell / 2;
        let r = ((f64::from(count) / f64::from(max)).sqrt() * r_max).max(4.0);
        s.items.push(Item::Circle {
            cx,
            cy,
            r: r.round() as u32,
            fill: MARK,
            stroke: None,
        });
        let label = count.to_string();
        if text_width(&label, 12, true) + 4.0 <= 2.0 * r {
            s.styled_text(
                cx,
                cy,
                label,
                SMALL.bold().color(ON_MARK).anchor(Anchor::Middle),
            );
        } else {
            s.styled_text(
                cx + r.round() as i32 + 2,
                cy - r.round() as i32 - 2,
                label,
                SMALL.bold().anchor(Anchor::Start),
            );
        }
    }
    s.height = (top + LEVELS * cell + 12) as u32;
    s
}

/// Flow: start levels on the left, end levels on the right, one band per start→end
/// pair as wide as its share of projects. Flows that cross the valley of death are
/// drawn in the second mark colour and the two sides of the valley are labelled.
pub fn flow(cells: &[(u8, u8, u32)], valley: (u8, u8), width: u32) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let label_w = 92;
    let xl = label_w;
    let xr = w - label_w;
    let top = 44;
    let step = 34;
    let mut start_totals = [0u32; 9];
    let mut end_totals = [0u32; 9];
    for &(a, b, n) in cells {
        if (1..=9).contains(&a) && (1..=9).contains(&b) {
            start_totals[usize::from(a - 1)] += n;
            end_totals[usize::from(b - 1)] += n;
        }
    }
    let max = cells.iter().map(|c| c.2).max().unwrap_or(0).max(1);
    let y = |level: u8| top + (i32::from(level) - 1) * step;

    // Where the valley is, on each side, by position and words.
    let (vf, vt) = valley;
    s.rect(0, y(1) - step / 2, xl - 6, (i32::from(vf)) * step, BAND);
    s.rect(
        xr + 6,
        y(vt) - step / 2,
        w - xr - 6,
        (10 - i32::from(vt)) * step,
        BAND,
    );
    s.styled_text(4, top - 28, "Started at", TextLook::plain(13).bold());
    s.styled_text(
        w - 4,
        top - 28,
        "Reached",
        TextLook::plain(13).bold().anchor(Anchor::End),
    );

    let crossing = |a: u8, b: u8| a <= vf && b >= vt;
    // Wide flows first, so narrow ones stay visible on top; crossing flows last.
    let mut order: Vec<&(u8, u8, u32)> = cells
        .iter()
        .filter(|c| c.2 > 0 && (1..=9).contains(&c.0) && (1..=9).contains(&c.1))
        .collect();
    crate::order::sort_by_key(&mut order, &|c| {
        (crossing(c.0, c.1), std::cmp::Reverse(c.2), c.0, c.1)
    });
    for &&(a, b, n) in &order {
        let width = ((f64::from(n) / f64::from(max)) * 16.0).round().max(1.0) as u32;
        let color: Rgb = if crossing(a, b) { MARK_ALT } else { MARK };
        s.items.push(Item::Line {
            points: s_curve((xl, y(a)), (xr, y(b)), 16),
            color,
            width,
            opacity: 0.75,
        });
    }
    for level in 1..=9u8 {
        let i = usize::from(level - 1);
        s.styled_text(
            xl - 8,
            y(level),
            format!("TRL {level} ({})", start_totals[i]),
            SMALL.anchor(Anchor::End),
        );
        s.styled_text(
            xr + 8,
            y(level),
            format!("TRL {level} ({})", end_totals[i]),
            SMALL,
        );
    }
    let legend_y = y(9) + step;
    s.items.push(Item::Line {
        points: vec![(4, legend_y), (28, legend_y)],
        color: MARK_ALT,
        width: 6,
        opacity: 0.75,
    });
    // Wrapped to the width, so a phone shows all of it.
    let legend =
        format!("Crossed the valley: started at TRL {vf} or below, reached TRL {vt} or above");
    let mut line_y = legend_y;
    for (i, line) in wrap(&legend, f64::from(w - 34 - 4), SMALL.size, false)
        .into_iter()
        .enumerate()
    {
        line_y = legend_y + 16 * i as i32;
        s.styled_text(34, line_y, line, SMALL);
    }
    s.height = (line_y + 16) as u32;
    s
}
