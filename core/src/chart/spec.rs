//! What a chart frame shows about one chart in one state (`ChartSpec`), and the pure
//! pieces of the frame: the filter sentence, the embed snippet's height and host
//! script, and the downloads (the standalone image and the table with its provenance).
//! Each subject builds its specs; the app's frame only lays them out.

use std::sync::Arc;

use super::Scene;
use crate::data::model::{Citation, Dataset};
use crate::sources::source_line;
use crate::table::Table;

/// Draws the chart at a width in pixels.
pub type Draw = Arc<dyn Fn(u32) -> Scene + Send + Sync>;

/// Everything a frame shows about one chart in one state.
#[derive(Clone)]
pub struct ChartSpec {
    /// Unique on the page; also the download file stem ("trl-progression").
    pub id: &'static str,
    pub title: String,
    pub takeaway: String,
    /// A one-paragraph text alternative of the chart for screen readers.
    pub summary: String,
    pub draw: Draw,
    /// The numbers shown, as the table view and the CSV.
    pub table: Table,
    /// Columns of `table` that hold numbers.
    pub numeric: Vec<bool>,
    pub sources: Vec<Citation>,
    /// Translated or uncertain values, and other things to read with the chart.
    pub notes: Vec<String>,
    /// Path and query of the chrome-less view of this chart in this state
    /// ("/embed/trl?view=flow"), or `None` when the state cannot be put in a link.
    pub embed_path: Option<String>,
    /// Path and query of the full page in this state.
    pub page_path: String,
}

/// Width used for downloads.
pub const DOWNLOAD_WIDTH: u32 = 720;

/// The height of the embed snippet's frame, in pixels: enough for the chrome-less view of
/// this chart on a phone (390 px) and on a wide screen, down to its "Open the full page"
/// link. The chart's own height is exact (it is drawn here at both widths); the text
/// around it is reckoned in lines of a generous number of characters. A browser test
/// opens every embed view at both widths in a frame of this height.
pub fn embed_height(spec: &ChartSpec, ds: &Dataset, filter: Option<&str>) -> u32 {
    let lines = |text: &str, per_line: usize| (text.chars().count() / per_line + 1) as u32;
    let source = source_line(ds, &spec.sources);
    let at = |chart_width: u32, scale: usize| {
        let chart = (spec.draw)(chart_width).height;
        let notes: u32 = spec
            .notes
            .iter()
            .map(|n| lines(n, 42 * scale) * 22 + 8)
            .sum();
        chart
            + lines(&spec.title, 26 * scale) * 32
            + filter.map_or(0, |f| lines(&filter_sentence(f), 38 * scale) * 26)
            + lines(&spec.takeaway, 36 * scale) * 28
            + lines(&source, 48 * scale) * 20
            + notes
            + 160
    };
    let tallest = at(330, 1).max(at(960, 2));
    // A tenth more, rounded up to 20 px.
    (tallest + tallest / 10).div_ceil(20) * 20
}

/// The lines a host page adds to size an embed frame to its content, from the height
/// message every embed view sends (public/loader.js). `origin` is this site's origin.
pub fn host_script(origin: &str) -> String {
    format!(
        "addEventListener('message', (event) => {{\n  \
         if (event.origin !== '{origin}') return;\n  \
         if (!event.data || event.data.type !== 'manufacturing-usa-explorer:height') return;\n  \
         for (const frame of document.querySelectorAll('iframe')) {{\n    \
         if (frame.contentWindow === event.source) frame.style.height = event.data.height + 'px';\n  \
         }}\n}});"
    )
}

/// "Filtered view: sponsor DOE." The sentence under the title and in the downloads.
pub fn filter_sentence(filter: &str) -> String {
    format!("Filtered view: {filter}.")
}

/// Where a download comes from: the dataset version and date, or, for a chart of numbers
/// that are not from the dataset (a reader's own file), a note saying so.
fn provenance(spec: &ChartSpec, ds: &Dataset) -> String {
    let dataset = if spec.sources.is_empty() {
        "The numbers are not from the Manufacturing USA Explorer dataset".to_string()
    } else {
        format!(
            "Manufacturing USA Explorer dataset {}",
            crate::sources::version_and_dates(ds)
        )
    };
    dataset
}

/// The standalone image: title, the filter, takeaway, chart, and its source line with
/// the address of the view (`view`, the absolute address of `page_path`) and the
/// dataset version and date.
pub fn download_scene(spec: &ChartSpec, ds: &Dataset, filter: Option<&str>, view: &str) -> Scene {
    let takeaway = match filter {
        Some(f) => format!("{} {}", filter_sentence(f), spec.takeaway),
        None => spec.takeaway.clone(),
    };
    let dataset = provenance(spec, ds);
    super::framed(
        (spec.draw)(DOWNLOAD_WIDTH),
        &spec.title,
        &takeaway,
        &format!("{} View: {view} {dataset}.", source_line(ds, &spec.sources)),
    )
}

/// The chart's table with columns that say where it comes from, repeated on each row
/// so that every row read on its own keeps them: its sources, the filter, the address
/// of the view, the dataset version and date.
pub fn download_table(spec: &ChartSpec, ds: &Dataset, filter: Option<&str>, view: &str) -> Table {
    let dataset = provenance(spec, ds);
    let view = view.to_string();
    let source = source_line(ds, &spec.sources);
    let filter = filter.map_or_else(|| "none (all records)".to_string(), str::to_string);
    let mut table = spec.table.clone();
    table.header.extend(["source", "filter", "view", "dataset"]);
    for row in &mut table.rows {
        row.extend([
            source.clone(),
            filter.clone(),
            view.clone(),
            dataset.clone(),
        ]);
    }
    table
}
