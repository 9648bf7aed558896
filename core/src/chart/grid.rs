//! Two count charts: a rows × columns grid of sized, labelled circles (institutes
//! founded per year by sponsor) and a tile-grid map of U.S. states with a count in
//! each marked state. Position and numbers carry the meaning, not colour.

use super::metrics::text_width;
use super::{Anchor, Item, Scene, TextLook, GRID, INK_SOFT, MARK, ON_MARK, PAPER, RULE};

const SMALL: TextLook = TextLook::plain(12);

/// `cells`: (row, column, count). Every non-zero cell shows its count.
pub fn count_grid(
    rows: &[String],
    cols: &[String],
    cells: &[(usize, usize, u32)],
    width: u32,
) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let left = rows
        .iter()
        .map(|r| text_width(r, 13, true).ceil() as i32)
        .max()
        .unwrap_or(0)
        + 14;
    let n = cols.len().max(1) as i32;
    let cell = ((w - left - 8) / n).clamp(18, 64);
    let top = 24;
    let row_h = cell.max(30);
    // Years are labelled every other column when the cells are narrow.
    let every = if cell < 34 { 2 } else { 1 };
    for (c, label) in cols.iter().enumerate() {
        let x = left + c as i32 * cell + cell / 2;
        if c % every == 0 || c + 1 == cols.len() {
            s.styled_text(
                x,
                top - 12,
                label.clone(),
                SMALL.soft().anchor(Anchor::Middle),
            );
        }
        s.line(
            vec![(x, top), (x, top + rows.len() as i32 * row_h)],
            GRID,
            1,
        );
    }
    let max = cells.iter().map(|c| c.2).max().unwrap_or(1).max(1);
    for (r, label) in rows.iter().enumerate() {
        let y = top + r as i32 * row_h + row_h / 2;
        s.styled_text(4, y, label.clone(), TextLook::plain(13).bold());
        s.line(vec![(left, y), (left + n * cell, y)], GRID, 1);
    }
    let r_max = f64::from(cell.min(row_h)) / 2.0 - 2.0;
    for &(r, c, count) in cells {
        if count == 0 || r >= rows.len() || c >= cols.len() {
            continue;
        }
        let cx = left + c as i32 * cell + cell / 2;
        let cy = top + r as i32 * row_h + row_h / 2;
        let rad = ((f64::from(count) / f64::from(max)).sqrt() * r_max).max(8.0);
        s.items.push(Item::Circle {
            cx,
            cy,
            r: rad.round() as u32,
            fill: MARK,
            stroke: None,
        });
        s.styled_text(
            cx,
            cy,
            count.to_string(),
            SMALL.bold().color(ON_MARK).anchor(Anchor::Middle),
        );
    }
    s.height = (top + rows.len() as i32 * row_h + 8) as u32;
    s
}

/// (state, row, column) of the usual tile-grid layout of the 50 states and DC.
const TILES: [(&str, i32, i32); 51] = [
    ("AK", 0, 0),
    ("ME", 0, 11),
    ("VT", 1, 10),
    ("NH", 1, 11),
    ("WA", 2, 1),
    ("ID", 2, 2),
    ("MT", 2, 3),
    ("ND", 2, 4),
    ("MN", 2, 5),
    ("IL", 2, 6),
    ("WI", 2, 7),
    ("MI", 2, 8),
    ("NY", 2, 9),
    ("RI", 2, 10),
    ("MA", 2, 11),
    ("OR", 3, 1),
    ("NV", 3, 2),
    ("WY", 3, 3),
    ("SD", 3, 4),
    ("IA", 3, 5),
    ("IN", 3, 6),
    ("OH", 3, 7),
    ("PA", 3, 8),
    ("NJ", 3, 9),
    ("CT", 3, 10),
    ("CA", 4, 1),
    ("UT", 4, 2),
    ("CO", 4, 3),
    ("NE", 4, 4),
    ("MO", 4, 5),
    ("KY", 4, 6),
    ("WV", 4, 7),
    ("VA", 4, 8),
    ("MD", 4, 9),
    ("DE", 4, 10),
    ("AZ", 5, 2),
    ("NM", 5, 3),
    ("KS", 5, 4),
    ("AR", 5, 5),
    ("TN", 5, 6),
    ("NC", 5, 7),
    ("SC", 5, 8),
    ("DC", 5, 9),
    ("OK", 6, 4),
    ("LA", 6, 5),
    ("MS", 6, 6),
    ("AL", 6, 7),
    ("GA", 6, 8),
    ("HI", 7, 0),
    ("TX", 7, 4),
    ("FL", 7, 9),
];

/// Every state as a tile with its code; states with a count are filled and show it.
pub fn tile_map(counts: &[(String, u32)], width: u32) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let tile = ((w - 8) / 12).clamp(22, 60);
    let gap = 2;
    for &(code, r, c) in &TILES {
        let x = 4 + c * tile;
        let y = 4 + r * tile;
        let n = counts
            .iter()
            .find(|(k, _)| k == code)
            .map_or(0, |(_, n)| *n);
        let inner = tile - gap;
        if n > 0 {
            s.rect(x, y, inner, inner, MARK);
            s.styled_text(
                x + inner / 2,
                y + inner / 3,
                code,
                SMALL.bold().color(ON_MARK).anchor(Anchor::Middle),
            );
            s.styled_text(
                x + inner / 2,
                y + inner * 2 / 3 + 1,
                n.to_string(),
                TextLook::plain(13)
                    .bold()
                    .color(ON_MARK)
                    .anchor(Anchor::Middle),
            );
        } else {
            s.rect(x, y, inner, inner, GRID);
            s.rect(x + 1, y + 1, inner - 2, inner - 2, PAPER);
            s.styled_text(
                x + inner / 2,
                y + inner / 2,
                code,
                SMALL.color(INK_SOFT).anchor(Anchor::Middle),
            );
        }
    }
    let legend_y = 4 + 8 * tile + 10;
    s.rect(4, legend_y - 7, 14, 14, MARK);
    s.styled_text(
        24,
        legend_y,
        "State with institute headquarters (number shown)",
        SMALL,
    );
    s.line(vec![(4, legend_y + 12), (w - 4, legend_y + 12)], RULE, 1);
    s.height = (legend_y + 16) as u32;
    s
}
