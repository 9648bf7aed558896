//! The network over time: a metric's points as the chart draws them, its takeaway, its
//! table, and the page's view state in the address (`metric`, `tab`).

pub mod spec;

use crate::chart::line::{break_between, line_chart, sparkline, LineChart, YearPoint};
use crate::chart::Scene;
use crate::data::model::{Amount, Dataset, NetworkMetric, NetworkPoint, Unit};
use crate::format;
use crate::sources::cite_text;
use crate::table::Table;
use crate::takeaway::and_list;
use crate::url_state::{parse_tab, unknown, Notes, Tab, SHARED};

/// The fiscal years every series is drawn against: the first and last year any series
/// has a point for, so that small multiples line up. `None` for an empty network.
pub fn year_span(ds: &Dataset) -> Option<(u16, u16)> {
    let years = ds
        .network
        .metrics
        .iter()
        .flat_map(|m| m.points.iter().map(|p| p.fiscal_year));
    let first = years.clone().min()?;
    let last = years.max()?;
    Some((first, last))
}

/// A point's value as printed ("2,500+", "more than $304 million"), or "not reported".
pub fn shown(p: &NetworkPoint, unit: Unit) -> String {
    match p.value {
        Amount::Reported(v) => format::amount(v, unit, p.qualifier),
        Amount::NotReported => format::NOT_REPORTED.to_string(),
    }
}

/// The series as the chart draws it: one entry per year that has a point.
pub fn year_points(m: &NetworkMetric) -> Vec<YearPoint> {
    m.points
        .iter()
        .map(|p| YearPoint {
            year: p.fiscal_year,
            value: p.value.number(),
            label: shown(p, m.unit),
            others: p.other_readings.iter().map(|r| r.value).collect(),
        })
        .collect()
}

pub fn breaks(m: &NetworkMetric) -> Vec<(u16, u16)> {
    m.breaks
        .iter()
        .map(|b| (b.last_before, b.first_after))
        .collect()
}

/// Lays the series out against the fiscal years `first..=last` and hands it to `draw`.
fn laid_out<R>(
    m: &NetworkMetric,
    (first, last): (u16, u16),
    draw: impl FnOnce(&LineChart<'_>) -> R,
) -> R {
    let (points, brk) = (year_points(m), breaks(m));
    let tick = |v: f64| tick(m.unit, v);
    draw(&LineChart {
        first,
        last,
        points: &points,
        breaks: &brk,
        tick: &tick,
    })
}

/// The series drawn at `width` against the fiscal years `span`: what /network shows and
/// downloads.
pub fn series_chart(m: &NetworkMetric, span: (u16, u16), width: u32) -> Scene {
    laid_out(m, span, |c| line_chart(c, width))
}

/// The series as a small multiple, `width` × `height`, on the same fiscal years.
pub fn series_sparkline(m: &NetworkMetric, span: (u16, u16), width: u32, height: u32) -> Scene {
    laid_out(m, span, |c| sparkline(c, width, height))
}

/// A y-axis tick in the metric's unit, short: "2,000", "60%", "$200M", "3 : 1".
pub fn tick(unit: Unit, v: f64) -> String {
    let n = format::number(v);
    match unit {
        Unit::Percent => format!("{n}%"),
        Unit::UsdMillion => format!("${n}M"),
        Unit::UsdBillion => format!("${n}B"),
        Unit::RatioToOne => format!("{n} : 1"),
        _ => n,
    }
}

/// The fiscal years of `first..=last` for which the series has no value.
pub fn missing_years(m: &NetworkMetric, first: u16, last: u16) -> Vec<u16> {
    (first..=last)
        .filter(|y| {
            !m.points
                .iter()
                .any(|p| p.fiscal_year == *y && p.value.number().is_some())
        })
        .collect()
}

fn fy_list(years: &[u16]) -> String {
    let names: Vec<String> = years.iter().map(|y| format!("FY{y}")).collect();
    and_list(&names)
}

/// The takeaway of a series: how many years are reported, the first and the latest
/// value compared, whether a break lies between them (and then the comparison inside
/// the latest stretch without a break), and the year or years of the highest figure,
/// every tied year named.
pub fn takeaway(m: &NetworkMetric, first: u16, last: u16) -> String {
    let reported: Vec<(u16, f64, String)> = m
        .points
        .iter()
        .filter_map(|p| {
            p.value
                .number()
                .map(|v| (p.fiscal_year, v, shown(p, m.unit)))
        })
        .collect();
    let span = last - first + 1;
    let missing = missing_years(m, first, last);
    let coverage = if missing.is_empty() {
        format!("Reported for all {span} fiscal years FY{first}–FY{last}.")
    } else {
        format!(
            "Reported for {} of the {span} fiscal years FY{first}–FY{last}; {} not reported.",
            reported.len(),
            fy_list(&missing)
        )
    };
    let (Some(a), Some(b)) = (reported.first(), reported.last()) else {
        return format!(
            "No source read gives this figure for any fiscal year from FY{first} to FY{last}."
        );
    };
    if reported.len() == 1 {
        return format!("Only FY{} is reported: {}. {coverage}", a.0, a.2);
    }
    let brk = breaks(m);
    let mut out = format!("{} in FY{}, {} in FY{}.", cap(&a.2), a.0, b.2, b.0);
    if break_between(&brk, a.0, b.0) {
        let crossed: Vec<String> = brk
            .iter()
            .filter(|&&(x, y)| a.0 <= x && y <= b.0)
            .map(|(x, y)| format!("FY{x} and FY{y}"))
            .collect();
        out.push_str(&format!(
            " A break in the series lies between {}: the figures before and after it are not counted the same way, so the two are not comparable.",
            and_list(&crossed)
        ));
        // The latest stretch without a break, when it holds two years.
        let since: Vec<&(u16, f64, String)> = reported
            .iter()
            .filter(|r| !break_between(&brk, r.0, b.0))
            .collect();
        if let (Some(s), true) = (since.first(), since.len() >= 2) {
            out.push_str(&format!(
                " Since the break: {} in FY{}, {} in FY{}.",
                s.2, s.0, b.2, b.0
            ));
        }
    }
    // Across a break the figures are not comparable: the highest is looked for only
    // in the latest stretch without one.
    let comparable: Vec<(u16, f64, String)> = reported
        .iter()
        .filter(|r| !break_between(&brk, r.0, b.0))
        .cloned()
        .collect();
    let crossed = comparable.len() < reported.len();
    let top = crate::takeaway::all_largest(&comparable, |r| r.1);
    let top_years: Vec<u16> = top.iter().map(|r| r.0).collect();
    let top_labels: Vec<String> = top.iter().map(|r| r.2.clone()).collect();
    let same_label = top_labels.windows(2).all(|w| w[0] == w[1]);
    let since = if crossed { " since the break" } else { "" };
    let highest = if top.is_empty() {
        String::new()
    } else if same_label {
        format!(
            " The highest figure{since}, {}, is in {}.",
            top_labels[0],
            fy_list(&top_years)
        )
    } else {
        let each: Vec<String> = top
            .iter()
            .map(|r| format!("{} in FY{}", r.2, r.0))
            .collect();
        format!(" The highest figures{since} are {}.", and_list(&each))
    };
    out.push_str(&highest);
    out.push(' ');
    out.push_str(&coverage);
    out
}

/// "FY2022 is the latest published figure of this series; no later figure was found in
/// the sources read, as of 7 December 2026." Each series' own last year, in words, so a
/// reader never takes the years after it for zero or for unchanged.
pub fn latest_published(m: &NetworkMetric, checked: crate::data::model::PartialDate) -> String {
    match m
        .points
        .iter()
        .filter(|p| p.value.number().is_some())
        .map(|p| p.fiscal_year)
        .max()
    {
        Some(fy) => format!(
            "FY{fy} is the latest published figure of this series; no later figure was found in the sources read, as of {}.",
            checked.long()
        ),
        None => format!(
            "No figure of this series was found in the sources read, as of {}.",
            checked.long()
        ),
    }
}

fn cap(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// The table of one series, one row per fiscal year of the span (a year without a
/// point says "not reported"), with other readings, breaks, sources and quotes.
pub fn series_table(m: &NetworkMetric, first: u16, last: u16) -> Table {
    let mut rows = Vec::new();
    for year in first..=last {
        let point = m.points.iter().find(|p| p.fiscal_year == year);
        let brk = m
            .breaks
            .iter()
            .filter(|b| b.first_after == year)
            .map(|b| format!("Break since FY{}: {}", b.last_before, b.note))
            .collect::<Vec<_>>()
            .join(" ");
        let row = match point {
            None => vec![
                m.id.clone(),
                format!("FY{year}"),
                format::NOT_REPORTED.to_string(),
                crate::table::value_cell(None),
                String::new(),
                String::new(),
                String::new(),
                brk,
                String::new(),
                String::new(),
            ],
            Some(p) => vec![
                m.id.clone(),
                format!("FY{year}"),
                shown(p, m.unit),
                crate::table::value_cell(p.value.number()),
                p.period.clone().unwrap_or_default(),
                p.other_readings
                    .iter()
                    .map(
                        |r| match r.quote.as_deref().filter(|q| !q.trim().is_empty()) {
                            Some(q) => format!("{} ({}: “{q}”)", r.text, cite_text(&r.sources)),
                            // A reading without a quote names its source alone, not “”.
                            None => format!("{} ({})", r.text, cite_text(&r.sources)),
                        },
                    )
                    .collect::<Vec<_>>()
                    .join(" | "),
                p.shown_because.clone().unwrap_or_default(),
                [
                    brk,
                    p.note.clone().unwrap_or_default(),
                    p.uncertain
                        .clone()
                        .map(|u| format!("Uncertain: {u}"))
                        .unwrap_or_default(),
                ]
                .into_iter()
                .filter(|s| !s.is_empty())
                .collect::<Vec<_>>()
                .join(" "),
                cite_text(&p.sources),
                p.quote.clone(),
            ],
        };
        rows.push(row);
    }
    Table {
        file: "network-series.csv",
        title: "The network's figure by fiscal year",
        header: vec![
            "metric",
            "fiscal_year",
            "value_as_printed",
            "value",
            "period",
            "other_readings",
            "shown_because",
            "notes",
            "sources",
            "quote",
        ],
        rows,
    }
}

/// The view state of /network and /embed/network.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetworkState {
    /// A metric id; `None` = the first series.
    pub metric: Option<String>,
    pub tab: Tab,
}

impl NetworkState {
    /// `metric=members&tab=table`, or "" for the default view.
    pub fn to_query(&self) -> String {
        let mut parts = Vec::new();
        if let Some(m) = &self.metric {
            parts.push(format!("metric={m}"));
        }
        if self.tab != Tab::Chart {
            parts.push(format!("tab={}", self.tab.key()));
        }
        parts.join("&")
    }

    /// The metric shown: the one asked for, or the first.
    pub fn metric<'a>(&self, ds: &'a Dataset) -> Option<&'a NetworkMetric> {
        self.metric
            .as_deref()
            .and_then(|id| ds.network.metric(id))
            .or_else(|| ds.network.metrics.first())
    }
}

/// Reads `metric` and `tab`; an unknown metric or a bad value is ignored with a note.
pub fn parse_network(pairs: &[(String, String)], ds: &Dataset) -> (NetworkState, Notes) {
    let mut state = NetworkState::default();
    let mut notes = Notes::new();
    for (key, value) in pairs {
        match key.as_str() {
            "metric" => {
                if ds.network.metric(value).is_some() {
                    state.metric = Some(value.clone());
                } else {
                    notes.push(format!(
                        "Ignored metric={value:?} in the address: there is no such series; showing {}.",
                        ds.network
                            .metrics
                            .first()
                            .map_or("none", |m| m.label.as_str())
                    ));
                }
            }
            "tab" => state.tab = parse_tab(&mut notes, "tab", value).unwrap_or(state.tab),
            k if SHARED.contains(&k) => {}
            _ => unknown(&mut notes, key),
        }
    }
    (state, notes)
}

/// Every series in one table: a row per metric and fiscal year with a point, for /data.
pub fn all_points_table(ds: &Dataset) -> Table {
    let mut rows = Vec::new();
    for m in &ds.network.metrics {
        for p in &m.points {
            rows.push(vec![
                m.id.clone(),
                m.label.clone(),
                crate::table::unit_key(m.unit).to_string(),
                format!("FY{}", p.fiscal_year),
                shown(p, m.unit),
                crate::table::value_cell(p.value.number()),
                p.period.clone().unwrap_or_default(),
                p.other_readings
                    .iter()
                    .map(|r| format!("{} ({})", r.text, cite_text(&r.sources)))
                    .collect::<Vec<_>>()
                    .join(" | "),
                p.shown_because.clone().unwrap_or_default(),
                m.breaks
                    .iter()
                    .filter(|b| b.first_after == p.fiscal_year)
                    .map(|b| format!("Break since FY{}: {}", b.last_before, b.note))
                    .collect::<Vec<_>>()
                    .join(" "),
                cite_text(&p.sources),
                p.quote.clone(),
            ]);
        }
    }
    Table {
        file: "network-by-year.csv",
        title: "Network figures by fiscal year (every series)",
        header: vec![
            "metric",
            "label",
            "unit",
            "fiscal_year",
            "value_as_printed",
            "value",
            "period",
            "other_readings",
            "shown_because",
            "break",
            "sources",
            "quote",
        ],
        rows,
    }
}
