//! The TRL progression explorer: start→end technology readiness counts, their summary
//! statistics, and the reading of a user's own CSV of projects. Pure functions only; the
//! page that shows them lives in the app.

pub mod spec;
pub mod state;

use std::collections::BTreeMap;
use std::fmt;

use crate::data::model::{MatrixCell, ProgressionData, ProjectRecord, Readiness};
use crate::format;
use crate::table::Table;
pub use state::{parse_trl, TrlState, TrlView};

/// Technology readiness levels run 1–9.
pub const TRL_LEVELS: std::ops::RangeInclusive<u8> = 1..=9;

/// Manufacturing readiness levels run 1–10.
pub const MRL_LEVELS: std::ops::RangeInclusive<u8> = 1..=10;

/// The id of the valley-of-death band in `readiness.bands`.
pub const VALLEY_OF_DEATH: &str = "valley-of-death";

/// The most data rows [`parse_projects_csv`] reads.
pub const MAX_ROWS: usize = 100_000;

/// The columns a projects CSV may have, in the template's order.
pub const COLUMNS: [&str; 6] = [
    "project",
    "institute",
    "start_trl",
    "end_trl",
    "start_mrl",
    "end_mrl",
];

/// A file to fill in: the header and three made-up rows that say they are examples.
pub const CSV_TEMPLATE: &str = "\
project,institute,start_trl,end_trl,start_mrl,end_mrl
Example project A (made up),example,3,6,2,5
Example project B (made up),example,4,7,4,
Example project C (made up),,6,8,,
";

/// A small file of invented projects that shows what the tool does: three invented
/// institutes, and projects that moved up, stayed at their level or ended lower. Built
/// into the app (it is under 1 kB), so it works offline and needs no request.
pub const EXAMPLE_CSV: &str = include_str!("../../../public/trl-example.csv");

/// What the example file is, said wherever it is shown: the chart's title (and so the
/// SVG and PNG downloads) and a column of the CSV download.
pub const EXAMPLE_LABEL: &str = "Example data (invented to show the tool)";

/// Where a progression on /trl comes from: it decides its title, its download names
/// and whether it carries the example label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    /// Cells or project records in the dataset.
    Dataset,
    /// [`EXAMPLE_CSV`], unchanged.
    Example,
    /// A file the reader pasted or opened.
    Yours,
}

impl Origin {
    /// The example when `text` is the example file (even pasted by hand), else the
    /// reader's own.
    pub fn of_text(text: &str) -> Self {
        if text.trim() == EXAMPLE_CSV.trim() {
            Origin::Example
        } else {
            Origin::Yours
        }
    }

    /// The file name stem of the chart's downloads (and its element ids), which follows
    /// the data and the view: `trl-example-flow.csv`, `trl-your-projects-matrix.svg`.
    pub fn download_stem(self, view: TrlView) -> &'static str {
        match (self, view) {
            (Origin::Dataset, TrlView::Matrix) => "trl-progression-matrix",
            (Origin::Dataset, TrlView::Flow) => "trl-progression-flow",
            (Origin::Example, TrlView::Matrix) => "trl-example-matrix",
            (Origin::Example, TrlView::Flow) => "trl-example-flow",
            (Origin::Yours, TrlView::Matrix) => "trl-your-projects-matrix",
            (Origin::Yours, TrlView::Flow) => "trl-your-projects-flow",
        }
    }

    fn csv_file(self, view: TrlView) -> &'static str {
        match (self, view) {
            (Origin::Dataset, TrlView::Matrix) => "trl-progression-matrix.csv",
            (Origin::Dataset, TrlView::Flow) => "trl-progression-flow.csv",
            (Origin::Example, TrlView::Matrix) => "trl-example-matrix.csv",
            (Origin::Example, TrlView::Flow) => "trl-example-flow.csv",
            (Origin::Yours, TrlView::Matrix) => "trl-your-projects-matrix.csv",
            (Origin::Yours, TrlView::Flow) => "trl-your-projects-flow.csv",
        }
    }
}

/// The title of a chart of the reader's projects or of the example. The dataset's
/// chart has its own title.
pub fn chart_title(origin: Origin) -> String {
    match origin {
        Origin::Example => format!("{EXAMPLE_LABEL}: projects by start and end TRL"),
        Origin::Yours | Origin::Dataset => "Your projects by start and end TRL".to_string(),
    }
}

/// What a chart of a file was drawn from, for the `data` column of its table: the
/// example label, or the reader's own file.
pub fn data_label(origin: Origin) -> Option<&'static str> {
    match origin {
        Origin::Example => Some(EXAMPLE_LABEL),
        Origin::Yours => {
            Some("Your file, read in the browser (not from the Manufacturing USA dataset)")
        }
        Origin::Dataset => None,
    }
}

/// "1 project", "2 projects", "1,204 projects".
pub fn projects(n: u32) -> String {
    count(n, "project", "projects")
}

/// `n` with the noun in the right number: "1 level", "0.5 levels".
fn count(n: u32, one: &str, many: &str) -> String {
    format!(
        "{} {}",
        format::number(f64::from(n)),
        if n == 1 { one } else { many }
    )
}

/// A share as a percentage with up to two decimals, or "not reported" for none.
pub fn percent(share: Option<f64>) -> String {
    share.map_or_else(
        || format::NOT_REPORTED.to_string(),
        |s| format!("{}%", format::number(s * 100.0)),
    )
}

/// "TRL 2 → 8", "TRL 2 → 8 and TRL 3 → 6", "TRL 1 → 2, TRL 2 → 8 and TRL 3 → 6".
pub fn moves_text(moves: &[(u8, u8)]) -> String {
    let names: Vec<String> = moves
        .iter()
        .map(|(a, b)| format!("TRL {a} → {b}"))
        .collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// The most common move in words, naming every move tied for it: "TRL 4 → 6
/// (4 projects)", "TRL 2 → 8 and TRL 3 → 6 (4 projects each)".
pub fn most_common_text(common: &CommonMoves) -> String {
    let each = if common.moves.len() > 1 { " each" } else { "" };
    format!(
        "{} ({}{each})",
        moves_text(&common.moves),
        projects(common.projects)
    )
}

/// The "most common move" line of the statistics: its label and value. When every
/// move was made by one project, none is more common than another, and it says so.
pub fn most_common_fact(common: Option<&CommonMoves>) -> (&'static str, String) {
    match common {
        None => ("Most common move", "—".to_string()),
        Some(c) if c.projects == 1 && c.moves.len() > 1 => (
            "Most common move",
            "none: no move was made by more than one project".to_string(),
        ),
        Some(c) if c.moves.len() > 1 => ("Most common moves (tied)", most_common_text(c)),
        Some(c) => ("Most common move", most_common_text(c)),
    }
}

/// How to read the matrix: where a move that ended lower sits.
pub const MATRIX_NOTE: &str = "In the matrix, circles on the diagonal line stayed at the level \
     they started at; circles below and left of it ended lower than they started.";

/// The chart's one-sentence takeaway, from the statistics.
pub fn takeaway(stats: &Stats, valley: (u8, u8)) -> String {
    if stats.total == 0 {
        return "There are no projects to show.".to_string();
    }
    let mut out = format!(
        "Of {}, {} ({}) started at TRL {} or below and reached TRL {} or above",
        projects(stats.total),
        format::number(f64::from(stats.crossed_valley)),
        percent(stats.crossed_valley_share),
        valley.0,
        valley.1
    );
    let who = if stats.total == 1 {
        "the project"
    } else {
        "the median project"
    };
    if let Some(m) = stats.median_gain {
        let levels = |x: f64| {
            let unit = if x == 1.0 { "level" } else { "levels" };
            format!("{} {unit}", format::number(x))
        };
        out.push_str(&match m {
            m if m > 0.0 => format!("; {who} moved up {}", levels(m)),
            m if m < 0.0 => format!("; {who} ended {} lower", levels(-m)),
            _ => format!("; {who} ended at the level it started at"),
        });
    }
    match &stats.most_common {
        // One project: its move is the whole story, told above.
        _ if stats.total == 1 => {}
        Some(c) if c.projects == 1 => {
            out.push_str(", and no move was made by more than one project");
        }
        Some(c) if c.moves.len() > 1 => {
            out.push_str(&format!(
                ", and the most common moves were {}",
                most_common_text(c)
            ));
        }
        Some(c) => {
            out.push_str(&format!(
                ", and the most common move was {}",
                most_common_text(c)
            ));
        }
        None => {}
    }
    out.push('.');
    out
}

/// A text alternative of the chart: every cell, "TRL 4 to 6: 3 projects."
pub fn summary(p: &Progression) -> String {
    p.cells()
        .map(|((a, b), n)| format!("TRL {a} to {b}: {}.", projects(n)))
        .collect::<Vec<_>>()
        .join(" ")
}

/// The numbers a chart shows, as its table view and CSV download: one row per non-empty
/// cell. A chart of a file says on every row what it was drawn from (a `data` column:
/// [`EXAMPLE_LABEL`] for the example), so a downloaded file says what it is, in plain
/// CSV with no line that is not a row.
pub fn cells_table(p: &Progression, origin: Origin, view: TrlView) -> Table {
    let label = data_label(origin);
    let mut header = vec!["start_trl", "end_trl", "projects"];
    if label.is_some() {
        header.push("data");
    }
    let rows = p
        .cells()
        .map(|((a, b), n)| {
            let mut row = vec![a.to_string(), b.to_string(), n.to_string()];
            row.extend(label.map(str::to_string));
            row
        })
        .collect();
    Table {
        file: origin.csv_file(view),
        title: "Projects by start and end TRL",
        header,
        rows,
    }
}

/// One institute's projects in a reader's file, or the projects that name none.
#[derive(Debug, Clone, PartialEq)]
pub struct InstituteStats {
    /// As written in the file; `None` for rows with an empty institute column.
    pub institute: Option<String>,
    pub stats: Stats,
}

/// The rows of one institute (`Some(name)`) or of none (`None`).
pub fn rows_of<'a>(rows: &'a [ProjectRow], institute: Option<&str>) -> Vec<&'a ProjectRow> {
    rows.iter()
        .filter(|r| r.institute.as_deref() == institute)
        .collect()
}

/// The statistics of each institute in a reader's rows, by name, with rows that name
/// no institute last. Empty when no row names an institute.
pub fn by_institute(rows: &[ProjectRow], valley: (u8, u8)) -> Vec<InstituteStats> {
    let mut groups: BTreeMap<Option<&str>, Vec<&ProjectRow>> = BTreeMap::new();
    for r in rows {
        groups.entry(r.institute.as_deref()).or_default().push(r);
    }
    if groups.keys().all(Option::is_none) {
        return Vec::new();
    }
    let mut out: Vec<InstituteStats> = groups
        .into_iter()
        .map(|(name, rows)| InstituteStats {
            institute: name.map(str::to_string),
            stats: stats(&Progression::from_row_refs(&rows), valley),
        })
        .collect();
    // BTreeMap puts `None` first; the rows without a name read better last.
    let unnamed_first = out.first().is_some_and(|g| g.institute.is_none());
    out.rotate_left(usize::from(unnamed_first));
    out
}

/// The TRL band of the valley of death (`from`, `to`), if the dataset lists it.
pub fn valley_band(readiness: &Readiness) -> Option<(u8, u8)> {
    readiness
        .bands
        .iter()
        .find(|b| b.id == VALLEY_OF_DEATH)
        .map(|b| (b.trl.from, b.trl.to))
}

/// Number of projects per (start TRL, end TRL) cell. Only cells with at least one
/// project and both levels in 1–9 are kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progression {
    cells: BTreeMap<(u8, u8), u32>,
}

impl Progression {
    fn from_counts(counts: impl IntoIterator<Item = (u8, u8, u32)>) -> Self {
        let mut cells = BTreeMap::new();
        for (start, end, count) in counts {
            if count == 0 || !TRL_LEVELS.contains(&start) || !TRL_LEVELS.contains(&end) {
                continue;
            }
            let n: &mut u32 = cells.entry((start, end)).or_default();
            *n = n.saturating_add(count);
        }
        Progression { cells }
    }

    /// From matrix cells; a cell listed twice is added up.
    pub fn from_cells(cells: &[MatrixCell]) -> Self {
        Self::from_counts(cells.iter().map(|c| (c.start, c.end, c.count)))
    }

    /// From the dataset's project records, one project each.
    pub fn from_projects(projects: &[ProjectRecord]) -> Self {
        Self::from_counts(projects.iter().map(|p| (p.start, p.end, 1)))
    }

    /// From the rows of a user's CSV, one project each.
    pub fn from_rows(rows: &[ProjectRow]) -> Self {
        Self::from_counts(rows.iter().map(|r| (r.start_trl, r.end_trl, 1)))
    }

    /// From some of the rows of a user's CSV (see [`rows_of`]), one project each.
    pub fn from_row_refs(rows: &[&ProjectRow]) -> Self {
        Self::from_counts(rows.iter().map(|r| (r.start_trl, r.end_trl, 1)))
    }

    /// The progression the dataset gives, or `None` when its cells are not reported.
    pub fn from_data(data: &ProgressionData) -> Option<Self> {
        match data {
            ProgressionData::NotReported { .. } => None,
            ProgressionData::Matrix { cells } => Some(Self::from_cells(cells)),
            ProgressionData::Projects { projects } => Some(Self::from_projects(projects)),
        }
    }

    /// Every non-empty cell, in (start, end) order.
    pub fn cells(&self) -> impl Iterator<Item = ((u8, u8), u32)> + '_ {
        self.cells.iter().map(|(&k, &n)| (k, n))
    }

    /// Projects that started at `start` and ended at `end`.
    pub fn count(&self, start: u8, end: u8) -> u32 {
        self.cells.get(&(start, end)).copied().unwrap_or(0)
    }

    /// All projects.
    pub fn total(&self) -> u32 {
        self.cells.values().fold(0u32, |a, &n| a.saturating_add(n))
    }

    /// Projects per start TRL; index 0 is TRL 1.
    pub fn start_totals(&self) -> [u32; 9] {
        self.totals(|(start, _)| start)
    }

    /// Projects per end TRL; index 0 is TRL 1.
    pub fn end_totals(&self) -> [u32; 9] {
        self.totals(|(_, end)| end)
    }

    fn totals(&self, level: impl Fn((u8, u8)) -> u8) -> [u32; 9] {
        let mut out = [0u32; 9];
        for (&key, &n) in &self.cells {
            // Construction keeps only levels 1–9, so the index is always in range.
            if let Some(slot) = out.get_mut(usize::from(level(key)).wrapping_sub(1)) {
                *slot = slot.saturating_add(n);
            }
        }
        out
    }

    /// No projects at all.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }
}

/// Summary figures of a progression.
#[derive(Debug, Clone, PartialEq)]
pub struct Stats {
    /// All projects.
    pub total: u32,
    /// Projects that started at or below the valley's lower TRL and ended at or above its
    /// upper TRL.
    pub crossed_valley: u32,
    /// `crossed_valley / total`; `None` when there are no projects.
    pub crossed_valley_share: Option<f64>,
    /// Median of end − start over all projects.
    pub median_gain: Option<f64>,
    /// Mean of end − start over all projects.
    pub mean_gain: Option<f64>,
    /// Projects with end > start.
    pub advanced: u32,
    /// Projects with end = start.
    pub unchanged: u32,
    /// Projects with end < start: a valid move, counted as lower, never an error.
    pub regressed: u32,
    /// The moves with the most projects: every one of them when several tie.
    pub most_common: Option<CommonMoves>,
}

/// The most common start → end move, and every move tied with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommonMoves {
    /// (start, end), in (start, end) order; more than one when they tie.
    pub moves: Vec<(u8, u8)>,
    /// Projects that made each of these moves.
    pub projects: u32,
}

/// Summary figures of `p`, with the valley of death spanning TRL `valley.0`–`valley.1`.
pub fn stats(p: &Progression, valley: (u8, u8)) -> Stats {
    let (from, to) = valley;
    let mut crossed_valley = 0u32;
    let (mut advanced, mut unchanged, mut regressed) = (0u32, 0u32, 0u32);
    let mut gains: BTreeMap<i32, u64> = BTreeMap::new();
    let mut gain_sum = 0i64;
    let mut most_common: Option<CommonMoves> = None;

    for ((start, end), n) in p.cells() {
        if start <= from && end >= to {
            crossed_valley = crossed_valley.saturating_add(n);
        }
        let gain = i32::from(end) - i32::from(start);
        let bucket = match gain.signum() {
            1 => &mut advanced,
            0 => &mut unchanged,
            _ => &mut regressed,
        };
        *bucket = bucket.saturating_add(n);
        *gains.entry(gain).or_default() += u64::from(n);
        gain_sum += i64::from(gain) * i64::from(n);
        // Cells come in (start, end) order, so tied moves are listed in that order.
        match &mut most_common {
            Some(best) if n == best.projects => best.moves.push((start, end)),
            Some(best) if n < best.projects => {}
            _ => {
                most_common = Some(CommonMoves {
                    moves: vec![(start, end)],
                    projects: n,
                })
            }
        }
    }

    let total = p.total();
    let projects: u64 = gains.values().sum();
    let share = |part: u32| (total > 0).then(|| f64::from(part) / f64::from(total));
    Stats {
        total,
        crossed_valley,
        crossed_valley_share: share(crossed_valley),
        median_gain: median(&gains, projects),
        mean_gain: (projects > 0).then(|| gain_sum as f64 / projects as f64),
        advanced,
        unchanged,
        regressed,
        most_common,
    }
}

/// The median of values given as value → how many times it occurs (`n` in all).
fn median(counts: &BTreeMap<i32, u64>, n: u64) -> Option<f64> {
    // The `k`-th smallest value, 0-based.
    let nth = |k: u64| {
        let mut seen = 0u64;
        counts.iter().find_map(|(&v, &c)| {
            seen += c;
            (k < seen).then_some(v)
        })
    };
    if n == 0 {
        return None;
    }
    if n % 2 == 1 {
        nth(n / 2).map(f64::from)
    } else {
        let (a, b) = (nth(n / 2 - 1)?, nth(n / 2)?);
        Some((f64::from(a) + f64::from(b)) / 2.0)
    }
}

/// The table view: every non-empty cell as (start, end, projects), in (start, end) order.
pub fn table_rows(p: &Progression) -> Vec<(u8, u8, u32)> {
    p.cells().map(|((s, e), n)| (s, e, n)).collect()
}

/// One good row of a user's projects CSV.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectRow {
    /// The line in the file where the row starts; the header is line 1.
    pub line: usize,
    /// The project's name, or "row N" (N = `line`) when the file gives none.
    pub project: String,
    pub institute: Option<String>,
    pub start_trl: u8,
    pub end_trl: u8,
    pub start_mrl: Option<u8>,
    pub end_mrl: Option<u8>,
}

/// A row that was left out, with every problem found on it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The line in the file where the row starts; the header is line 1.
    pub line: usize,
    /// The problems, joined with "; ".
    pub message: String,
}

impl fmt::Display for RowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// What [`parse_projects_csv`] read: the good rows, the rows left out, and the columns
/// it does not use.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ParsedProjects {
    pub rows: Vec<ProjectRow>,
    pub errors: Vec<RowError>,
    /// Header names (as written) of the columns that were not read.
    pub ignored_columns: Vec<String>,
}

/// Where each known column is in the file.
#[derive(Default)]
struct Layout {
    project: Option<usize>,
    institute: Option<usize>,
    start_trl: Option<usize>,
    end_trl: Option<usize>,
    start_mrl: Option<usize>,
    end_mrl: Option<usize>,
}

impl Layout {
    fn slot(&mut self, name: &str) -> Option<&mut Option<usize>> {
        Some(match name {
            "project" => &mut self.project,
            "institute" => &mut self.institute,
            "start_trl" => &mut self.start_trl,
            "end_trl" => &mut self.end_trl,
            "start_mrl" => &mut self.start_mrl,
            "end_mrl" => &mut self.end_mrl,
            _ => return None,
        })
    }
}

/// A header name as matched: trimmed, lower case, spaces and hyphens as underscores.
fn normalize(name: &str) -> String {
    name.trim()
        .chars()
        .map(|c| match c {
            ' ' | '-' => '_',
            c => c.to_ascii_lowercase(),
        })
        .collect()
}

fn expected_columns() -> String {
    COLUMNS.join(", ")
}

/// Reads a comma-separated file of projects, one per row, under a header row.
///
/// Rows with problems are reported in `errors` and left out; the good rows are kept.
/// The whole file is refused (`Err`) only when it is empty, lacks a `start_trl` or
/// `end_trl` column, or has more than [`MAX_ROWS`] data rows.
pub fn parse_projects_csv(text: &str) -> Result<ParsedProjects, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        return Err(format!(
            "the file is empty; expected a header row with the columns {}",
            expected_columns()
        ));
    }

    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b',')
        .has_headers(true)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());

    let headers = reader
        .headers()
        .map_err(|e| format!("could not read the header row: {e}"))?
        .clone();

    let mut layout = Layout::default();
    let mut ignored_columns = Vec::new();
    for (i, raw) in headers.iter().enumerate() {
        match layout.slot(&normalize(raw)) {
            Some(slot @ None) => *slot = Some(i),
            // Unknown, or a second column of the same name: only the first is read.
            _ if raw.is_empty() => ignored_columns.push(format!("(unnamed column {})", i + 1)),
            _ => ignored_columns.push(raw.to_string()),
        }
    }

    let (start_col, end_col) = match (layout.start_trl, layout.end_trl) {
        (Some(s), Some(e)) => (s, e),
        (s, e) => {
            let missing: Vec<&str> = [("start_trl", s), ("end_trl", e)]
                .into_iter()
                .filter(|(_, col)| col.is_none())
                .map(|(name, _)| name)
                .collect();
            let mut message = format!(
                "the file has no {} column; expected columns: {}",
                missing.join(" or "),
                expected_columns()
            );
            if headers.len() == 1 && headers.iter().any(|h| h.contains([';', '\t'])) {
                message.push_str(" (columns must be separated by commas)");
            }
            return Err(message);
        }
    };

    let mut parsed = ParsedProjects {
        ignored_columns,
        ..ParsedProjects::default()
    };
    let mut data_rows = 0usize;
    for record in reader.records() {
        let record = record.map_err(|e| format!("could not read the file: {e}"))?;
        // Lines with nothing but commas and spaces are skipped silently.
        if record.iter().all(str::is_empty) {
            continue;
        }
        data_rows += 1;
        if data_rows > MAX_ROWS {
            return Err("the file has more than 100,000 rows".to_string());
        }
        let line = record.position().map_or(0, |p| record_line(text, p));
        match read_row(&record, line, &layout, start_col, end_col, headers.len()) {
            Ok(row) => parsed.rows.push(row),
            Err(problems) => parsed.errors.push(RowError {
                line,
                message: problems.join("; "),
            }),
        }
    }
    Ok(parsed)
}

/// The line a record starts on. The csv crate records the position where it began
/// reading, which is before any blank lines it then skipped; those are counted here.
fn record_line(text: &str, pos: &csv::Position) -> usize {
    let line = usize::try_from(pos.line()).unwrap_or(usize::MAX);
    let skipped = usize::try_from(pos.byte())
        .ok()
        .and_then(|at| text.as_bytes().get(at..))
        .unwrap_or_default()
        .iter()
        .take_while(|&&b| b == b'\r' || b == b'\n')
        .filter(|&&b| b == b'\n')
        .count();
    line.saturating_add(skipped)
}

/// One data row, or every problem found on it.
fn read_row(
    record: &csv::StringRecord,
    line: usize,
    layout: &Layout,
    start_col: usize,
    end_col: usize,
    columns: usize,
) -> Result<ProjectRow, Vec<String>> {
    let cell = |col: Option<usize>| {
        col.and_then(|i| record.get(i))
            .filter(|v| !v.is_empty())
            .map(str::to_string)
    };
    let mut problems = Vec::new();

    let extra = record
        .iter()
        .skip(columns)
        .filter(|v| !v.is_empty())
        .count();
    if extra > 0 {
        problems.push(format!(
            "the row has {} values but the header has {columns} columns \
             (a value with a comma needs \"quotes\")",
            columns + extra
        ));
    }

    let mut level = |name: &str, col: Option<usize>, required: bool, max: u8| {
        let value = cell(col);
        match value {
            None if required => {
                problems.push(format!("missing {name}"));
                None
            }
            None => None,
            Some(v) => match parse_level(name, &v, max) {
                Ok(n) => Some(n),
                Err(p) => {
                    problems.push(p);
                    None
                }
            },
        }
    };
    let start_trl = level("start_trl", Some(start_col), true, 9);
    let end_trl = level("end_trl", Some(end_col), true, 9);
    let start_mrl = level("start_mrl", layout.start_mrl, false, 10);
    let end_mrl = level("end_mrl", layout.end_mrl, false, 10);

    match (start_trl, end_trl) {
        (Some(start_trl), Some(end_trl)) if problems.is_empty() => Ok(ProjectRow {
            line,
            project: cell(layout.project).unwrap_or_else(|| format!("row {line}")),
            institute: cell(layout.institute),
            start_trl,
            end_trl,
            start_mrl,
            end_mrl,
        }),
        _ => Err(problems),
    }
}

/// A level 1..=`max` written as a whole number.
fn parse_level(name: &str, value: &str, max: u8) -> Result<u8, String> {
    let out_of_range = || format!("{name} must be 1 to {max}, found {value}");
    match value.parse::<i64>() {
        Ok(n) => u8::try_from(n)
            .ok()
            .filter(|n| (1..=max).contains(n))
            .ok_or_else(out_of_range),
        // Digits too many for an i64 are still a whole number, just far out of range.
        Err(_) if is_integer_text(value) => Err(out_of_range()),
        Err(_) => Err(format!("{name} is not a whole number: {value:?}")),
    }
}

fn is_integer_text(s: &str) -> bool {
    let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}
