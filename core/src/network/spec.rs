//! One yearly series as a chart spec: its title, takeaway (with the latest count the
//! sources publish), summary, breaks and other readings as notes, and its addresses.

use std::collections::HashMap;
use std::sync::Arc;

use super::{missing_years, series_table, year_points, year_span, NetworkState};
use crate::chart::spec::ChartSpec;
use crate::data::model::{distinct_sources, Dataset, NetworkMetric};
use crate::url_state::{with_query, Tab};

/// The page of the yearly series.
pub const PAGE: &str = "/network";
/// The chrome-less view of one series.
pub const EMBED: &str = "/embed/network";

thread_local! {
    /// `network-<metric>` for each metric shown so far: the chart's id and download
    /// name. A dataset has a handful of series, so each name is made once and kept.
    static STEMS: std::cell::RefCell<HashMap<String, &'static str>> =
        std::cell::RefCell::new(HashMap::new());
}

/// `network-<metric>`: the chart's id and download name.
pub fn stem(metric: &str) -> &'static str {
    STEMS.with(|s| {
        *s.borrow_mut()
            .entry(metric.to_string())
            .or_insert_with(|| Box::leak(format!("network-{metric}").into_boxed_str()))
    })
}

/// The chart frame's content for one series.
pub fn series_spec(ds: &Dataset, m: &NetworkMetric, tab: Tab) -> ChartSpec {
    let (first, last) = year_span(ds).unwrap_or((0, 0));
    let state = NetworkState {
        metric: Some(m.id.clone()),
        tab,
    };
    let query = state.to_query();
    let points = year_points(m);
    let summary = {
        let mut parts: Vec<String> = (first..=last)
            .map(
                |y| match points.iter().find(|p| p.year == y && p.value.is_some()) {
                    Some(p) => format!("FY{y}: {}.", p.label),
                    None => format!("FY{y}: not reported."),
                },
            )
            .collect();
        for b in &m.breaks {
            parts.push(format!(
                "Break between FY{} and FY{}.",
                b.last_before, b.first_after
            ));
        }
        parts.join(" ")
    };
    let mut notes = Vec::new();
    for b in &m.breaks {
        notes.push(format!(
            "Break between FY{} and FY{}: {}",
            b.last_before, b.first_after, b.note
        ));
    }
    let others = m
        .points
        .iter()
        .filter(|p| !p.other_readings.is_empty())
        .count();
    if others > 0 {
        notes.push(format!(
            "Hollow points are other values the sources print for the same year ({others} {}); the table lists them with the reason the filled point is the one shown.",
            if others == 1 { "year" } else { "years" }
        ));
    }
    let missing = missing_years(m, first, last);
    if !missing.is_empty() {
        notes.push(
            "A year without a point is not reported in any source read: the line is not drawn across it, and nothing is estimated."
                .into(),
        );
    }
    if let Some(n) = &m.note {
        notes.push(n.clone());
    }
    let cites = distinct_sources(m.points.iter().flat_map(|p| {
        p.sources
            .iter()
            .chain(p.other_readings.iter().flat_map(|r| &r.sources))
    }));
    let id = stem(&m.id);
    let table = series_table(m, first, last);
    ChartSpec {
        id,
        title: format!("{}, by fiscal year", m.label),
        takeaway: format!(
            "{} {}",
            super::takeaway(m, first, last),
            super::latest_published(m, ds.sources_checked)
        ),
        summary,
        draw: {
            let m = m.clone();
            Arc::new(move |w| super::series_chart(&m, (first, last), w))
        },
        table,
        numeric: vec![
            false, false, false, true, false, false, false, false, false, false,
        ],
        sources: cites,
        notes,
        embed_path: Some(with_query(EMBED, &query)),
        page_path: with_query(PAGE, &query),
    }
}
