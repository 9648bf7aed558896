//! Two count charts: a rows × columns grid of sized, labelled circles (institutes
//! founded per year by sponsor) and a tile-grid map of U.S. states with a count in
//! each marked state. Position and numbers carry the meaning, not colour.

use super::metrics::{text_width, wrap};
use super::{
    spaced_labels, Anchor, Item, Scene, TextLook, GRID, INK_SOFT, LABEL_GAP, MARK, ON_MARK, PAPER,
    RULE,
};

/// (row, column, count) cells of a count grid.
pub type Cells = Vec<(usize, usize, u32)>;

const SMALL: TextLook = TextLook::plain(12);
const ROW_LABEL: TextLook = TextLook::plain(13).bold();
/// The narrowest column that still holds a circle with its count.
const MIN_CELL: i32 = 18;

/// `cells`: (row, column, count). Every non-zero cell shows its count. When the
/// columns (years) do not fit side by side at `width`, the grid is turned: columns run
/// down the side and rows across the top, so a long run of years stays readable on a
/// phone instead of running off the image.
pub fn count_grid(
    rows: &[String],
    cols: &[String],
    cells: &[(usize, usize, u32)],
    width: u32,
) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let left = label_column(rows, ROW_LABEL);
    let n = cols.len().max(1) as i32;
    let across = (w - left - 8) / n >= MIN_CELL;
    let max = cells.iter().map(|c| c.2).max().unwrap_or(1).max(1);
    let grid = if across {
        Grid {
            side: rows,
            side_look: ROW_LABEL,
            top: cols,
            top_look: SMALL.soft(),
            left,
            cell: ((w - left - 8) / n).min(64),
            row_h: ((w - left - 8) / n).clamp(30, 64),
        }
    } else {
        let left = label_column(cols, SMALL);
        Grid {
            side: cols,
            side_look: SMALL.soft(),
            top: rows,
            top_look: ROW_LABEL,
            left,
            cell: ((w - left - 8) / rows.len().max(1) as i32).min(64),
            row_h: 26,
        }
    };
    grid.draw(&mut s);
    for &(r, c, count) in cells {
        if count == 0 || r >= rows.len() || c >= cols.len() {
            continue;
        }
        let (cx, cy) = if across {
            grid.centre(r, c)
        } else {
            grid.centre(c, r)
        };
        let r_max = f64::from(grid.cell.min(grid.row_h)) / 2.0 - 2.0;
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
    s.height = (GRID_TOP + grid.side.len() as i32 * grid.row_h + 8) as u32;
    s
}

/// Room for a column of `labels` at the left, and the gap after it.
fn label_column(labels: &[String], look: TextLook) -> i32 {
    labels
        .iter()
        .map(|l| text_width(l, look.size, look.bold).ceil() as i32)
        .max()
        .unwrap_or(0)
        + 14
}

const GRID_TOP: i32 = 24;

/// A grid with labels down the side (one per row) and across the top (one per column).
struct Grid<'a> {
    side: &'a [String],
    side_look: TextLook,
    top: &'a [String],
    top_look: TextLook,
    left: i32,
    cell: i32,
    row_h: i32,
}

impl Grid<'_> {
    fn centre(&self, row: usize, col: usize) -> (i32, i32) {
        (
            self.left + col as i32 * self.cell + self.cell / 2,
            GRID_TOP + row as i32 * self.row_h + self.row_h / 2,
        )
    }

    fn draw(&self, s: &mut Scene) {
        let bottom = GRID_TOP + self.side.len() as i32 * self.row_h;
        let right = self.left + self.top.len().max(1) as i32 * self.cell;
        // Labels across the top are thinned when they would run into each other
        // (every other year, say); the grid line of every column stays.
        let labels: Vec<(i32, f64)> = self
            .top
            .iter()
            .enumerate()
            .map(|(c, l)| {
                let x = self.centre(0, c).0;
                (x, text_width(l, self.top_look.size, self.top_look.bold))
            })
            .collect();
        let shown = spaced_labels(&labels, LABEL_GAP, f64::from(s.width));
        for (c, label) in self.top.iter().enumerate() {
            let x = labels[c].0;
            if shown.contains(&c) {
                s.styled_text(
                    x,
                    GRID_TOP - 12,
                    label.clone(),
                    self.top_look.anchor(Anchor::Middle),
                );
            }
            s.line(vec![(x, GRID_TOP), (x, bottom)], GRID, 1);
        }
        for (r, label) in self.side.iter().enumerate() {
            let y = self.centre(r, 0).1;
            s.styled_text(4, y, label.clone(), self.side_look);
            s.line(vec![(self.left, y), (right, y)], GRID, 1);
        }
    }
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
/// Tiles are never shorter than the code and the count need, one above the other.
pub fn tile_map(counts: &[(String, u32)], width: u32) -> Scene {
    let mut s = Scene::new(width);
    let w = s.width as i32;
    let tile = ((w - 8) / 12).clamp(22, 60);
    let tile_h = tile.max(34);
    let gap = 2;
    for &(code, r, c) in &TILES {
        let x = 4 + c * tile;
        let y = 4 + r * tile_h;
        let n = counts
            .iter()
            .find(|(k, _)| k == code)
            .map_or(0, |(_, n)| *n);
        let (inner, inner_h) = (tile - gap, tile_h - gap);
        if n > 0 {
            s.rect(x, y, inner, inner_h, MARK);
            // The code above the count, at least 14 px apart so the two never touch.
            let apart = (inner_h / 3).max(14);
            let code_y = y + (inner_h - apart) / 2;
            s.styled_text(
                x + inner / 2,
                code_y,
                code,
                SMALL.bold().color(ON_MARK).anchor(Anchor::Middle),
            );
            s.styled_text(
                x + inner / 2,
                code_y + apart,
                n.to_string(),
                TextLook::plain(13)
                    .bold()
                    .color(ON_MARK)
                    .anchor(Anchor::Middle),
            );
        } else {
            s.rect(x, y, inner, inner_h, GRID);
            s.rect(x + 1, y + 1, inner - 2, inner_h - 2, PAPER);
            s.styled_text(
                x + inner / 2,
                y + inner_h / 2,
                code,
                SMALL.color(INK_SOFT).anchor(Anchor::Middle),
            );
        }
    }
    let mut y = 4 + 8 * tile_h + 10;
    s.rect(4, y - 7, 14, 14, MARK);
    let legend = "State with institute headquarters (number shown)";
    for (i, line) in wrap(legend, f64::from(w - 28), SMALL.size, false)
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            y += 16;
        }
        s.styled_text(24, y, line, SMALL);
    }
    s.line(vec![(4, y + 12), (w - 4, y + 12)], RULE, 1);
    s.height = (y + 16) as u32;
    s
}
