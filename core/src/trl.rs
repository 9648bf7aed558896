//! The TRL progression explorer: start→end technology readiness counts, their summary
//! statistics, and the reading of a user's own CSV of projects. Pure functions only; the
//! page that shows them lives in the app.

use std::collections::BTreeMap;
use std::fmt;

use crate::model::{MatrixCell, ProgressionData, ProjectRecord, Readiness};

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
    /// Projects with end < start.
    pub regressed: u32,
    /// The cell with the most projects; a tie goes to the lowest (start, end).
    pub most_common: Option<((u8, u8), u32)>,
}

/// Summary figures of `p`, with the valley of death spanning TRL `valley.0`–`valley.1`.
pub fn stats(p: &Progression, valley: (u8, u8)) -> Stats {
    let (from, to) = valley;
    let mut crossed_valley = 0u32;
    let (mut advanced, mut unchanged, mut regressed) = (0u32, 0u32, 0u32);
    let mut gains: BTreeMap<i32, u64> = BTreeMap::new();
    let mut gain_sum = 0i64;
    let mut most_common: Option<((u8, u8), u32)> = None;

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
        // Cells come in (start, end) order, so only a strictly larger count replaces.
        if most_common.is_none_or(|(_, best)| n > best) {
            most_common = Some(((start, end), n));
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

    if let (Some(s), Some(e)) = (start_trl, end_trl) {
        if e < s {
            problems.push(format!("end_trl {e} is below start_trl {s}"));
        }
    }

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
