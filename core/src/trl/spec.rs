//! The TRL progression as chart specs (the dataset's, the example file's and a reader's
//! own), with the sentences around them: where a file's numbers come from, how many rows
//! were read, and why GAO's figure is not redrawn.

use std::sync::Arc;

use super::{chart_title, valley_band, Origin, Progression, TrlState, TrlView};
use crate::chart::matrix::{flow, matrix};
use crate::chart::spec::ChartSpec;
use crate::data::model::{Citation, Dataset, Readiness};
use crate::takeaway::plural;
use crate::url_state::{with_query, Tab};

/// The TRL page.
pub const PAGE: &str = "/trl";
/// The chrome-less view of its chart.
pub const EMBED: &str = "/embed/trl";

/// The valley-of-death band when the dataset gives none: TRL 4 to 7.
pub const DEFAULT_VALLEY: (u8, u8) = (4, 7);

/// The dataset's valley-of-death band, or [`DEFAULT_VALLEY`].
pub fn valley(r: &Readiness) -> (u8, u8) {
    valley_band(r).unwrap_or(DEFAULT_VALLEY)
}

/// The chart frame's content for a progression in one view: what a spec needs beyond
/// the progression's own numbers.
pub struct TrlChart<'a> {
    pub origin: Origin,
    pub title: String,
    pub progression: &'a Progression,
    pub valley: (u8, u8),
    pub view: TrlView,
    pub sources: Vec<Citation>,
    pub notes: Vec<String>,
    pub embed_path: Option<String>,
    pub page_path: String,
}

impl TrlChart<'_> {
    pub fn spec(self) -> ChartSpec {
        let p = self.progression;
        let stats = super::stats(p, self.valley);
        let cells = super::table_rows(p);
        let valley = self.valley;
        let view = self.view;
        let mut notes = self.notes;
        if view == TrlView::Matrix {
            notes.push(super::MATRIX_NOTE.to_string());
        }
        ChartSpec {
            // The id is the downloads' file stem too: it follows the data and the view.
            id: self.origin.download_stem(view),
            title: self.title,
            takeaway: super::takeaway(&stats, valley),
            summary: super::summary(p),
            draw: Arc::new(move |w| match view {
                TrlView::Matrix => matrix(&cells, valley, w),
                TrlView::Flow => flow(&cells, valley, w),
            }),
            table: super::cells_table(p, self.origin, view),
            numeric: vec![true, true, true, false],
            sources: self.sources,
            notes,
            embed_path: self.embed_path,
            page_path: self.page_path,
        }
    }
}

/// The dataset's own progression in a view and tab, with its addresses.
pub fn dataset_spec(
    ds: &Dataset,
    p: &Progression,
    valley: (u8, u8),
    view: TrlView,
    tab: Tab,
) -> ChartSpec {
    let q = TrlState {
        tab,
        view,
        example: false,
    }
    .to_query();
    let r = &ds.readiness.progression;
    TrlChart {
        origin: Origin::Dataset,
        title: r.title.clone(),
        progression: p,
        valley,
        view,
        sources: r.sources.clone(),
        notes: r.notes.clone(),
        embed_path: Some(with_query(EMBED, &q)),
        page_path: with_query(PAGE, &q),
    }
    .spec()
}

/// The chart of a file's projects (the invented example or the reader's own). `whole`
/// says the chart counts every row of the file: only the whole example can be embedded,
/// since a reader's file is not on the site.
pub fn file_spec(
    origin: Origin,
    p: &Progression,
    valley: (u8, u8),
    view: TrlView,
    tab: Tab,
    whole: bool,
) -> ChartSpec {
    let q = TrlState {
        tab,
        view,
        example: origin == Origin::Example,
    }
    .to_query();
    TrlChart {
        origin,
        title: chart_title(origin),
        progression: p,
        valley,
        view,
        sources: vec![],
        notes: vec![file_source(origin).to_string()],
        embed_path: (origin == Origin::Example && whole).then(|| with_query(EMBED, &q)),
        page_path: with_query(PAGE, &q),
    }
    .spec()
}

/// Where the numbers of a chart of a file come from, said beside them.
pub fn file_source(origin: Origin) -> &'static str {
    match origin {
        Origin::Example => {
            "Source: the example file built into this page. Its projects and institutes are \
             invented to show the tool; they are not real data."
        }
        Origin::Yours | Origin::Dataset => {
            "Source: the file you gave, read in this browser; nothing was uploaded, and it is \
             not part of this page's link."
        }
    }
}

/// "40 rows used, 1 row with problems."
pub fn rows_read(used: usize, errors: usize) -> String {
    format!(
        "{} used, {} with problems.",
        plural(used, "row", "rows"),
        plural(errors, "row", "rows"),
    )
}

/// Why GAO's chart of project moves is not redrawn, for a figure that printed `n` counts.
pub fn not_placed_why(n: usize) -> String {
    let numbers = plural(n, "count", "counts");
    format!(
        "It cannot be redrawn here: the text that could be extracted from it kept its {numbers} \
         but not which start and end level each belongs to, so any placement would be a guess."
    )
}

/// "The 12 numbers printed in the figure, positions unknown"
pub fn printed_heading(n: usize) -> String {
    format!(
        "The {} printed in the figure, positions unknown",
        plural(n, "number", "numbers")
    )
}
