//! The directory's charts as specs: institutes founded per year by sponsor, the tile
//! map of headquarters and (in `funding`) funding at award, each for the institutes a
//! filter lists; which chart an embed address asks for; and the embed addresses.

use std::sync::Arc;

use super::{founded_per_year, per_state, InstituteFilter};
use crate::chart::grid::{count_grid, tile_map};
use crate::chart::spec::ChartSpec;
use crate::data::model::{distinct_sources, Institute};
use crate::order::sort;
use crate::table::Table;
use crate::takeaway;
use crate::url_state::{with_query, Notes, Tab};

/// The directory page.
pub const PAGE: &str = "/institutes";
/// The chrome-less view of one of its charts.
pub const EMBED: &str = "/embed/institutes";

/// One of the directory's charts, as `chart=` names it in an embed address.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum DirectoryChart {
    #[default]
    Founded,
    Map,
    Funding,
}

impl DirectoryChart {
    pub fn key(self) -> &'static str {
        match self {
            DirectoryChart::Founded => "founded",
            DirectoryChart::Map => "map",
            DirectoryChart::Funding => "funding",
        }
    }

    /// This chart's tab in the filter's state.
    pub fn tab(self, f: &InstituteFilter) -> Tab {
        match self {
            DirectoryChart::Founded => f.years_tab,
            DirectoryChart::Map => f.map_tab,
            DirectoryChart::Funding => f.funding_tab,
        }
    }

    pub fn set_tab(self, f: &mut InstituteFilter, t: Tab) {
        match self {
            DirectoryChart::Founded => f.years_tab = t,
            DirectoryChart::Map => f.map_tab = t,
            DirectoryChart::Funding => f.funding_tab = t,
        }
    }

    /// The chart's spec for `list`, the institutes `f` lists, with its page and embed
    /// addresses in that state.
    pub fn spec(self, list: &[&Institute], f: &InstituteFilter) -> ChartSpec {
        match self {
            DirectoryChart::Founded => founded(list, f),
            DirectoryChart::Map => with_addresses(map_spec(list, page(f)), self, f),
            DirectoryChart::Funding => with_addresses(
                super::funding::funding_spec(list, f.funding_sort, page(f)),
                self,
                f,
            ),
        }
    }
}

/// The directory's address for the institutes `f` lists.
fn page(f: &InstituteFilter) -> String {
    with_query(PAGE, &f.to_query())
}

fn with_addresses(mut spec: ChartSpec, chart: DirectoryChart, f: &InstituteFilter) -> ChartSpec {
    spec.embed_path = Some(embed_path(chart, f));
    spec
}

/// The founded-per-year chart of the institutes `f` lists, with its addresses: what
/// the overview shows (for every established institute), without the directory's
/// other charts, so that the overview's part of the app does not carry them.
pub fn founded(list: &[&Institute], f: &InstituteFilter) -> ChartSpec {
    with_addresses(founded_spec(list, page(f)), DirectoryChart::Founded, f)
}

/// An embed address's state: which chart (`chart=`) and the directory's filter, with
/// notes on what was ignored.
pub fn parse_embed(pairs: &[(String, String)]) -> ((DirectoryChart, InstituteFilter), Notes) {
    let mut chart = DirectoryChart::Founded;
    let mut notes = Vec::new();
    let rest: Vec<(String, String)> = pairs
        .iter()
        .filter(|(k, v)| {
            if k != "chart" {
                return true;
            }
            match v.as_str() {
                "founded" => chart = DirectoryChart::Founded,
                "map" => chart = DirectoryChart::Map,
                "funding" => chart = DirectoryChart::Funding,
                _ => notes.push(format!(
                    "Ignored chart={v:?} in the address: expected founded, map or funding."
                )),
            }
            false
        })
        .cloned()
        .collect();
    let (f, more) = super::parse_institutes(&rest);
    notes.extend(more);
    ((chart, f), notes)
}

/// "Sponsor DOE (3 of 19 institutes)": the filter sentence of the directory's charts,
/// or `None` when nothing is filtered.
pub fn described(f: &InstituteFilter, shown: usize, all: usize) -> Option<String> {
    f.describe()
        .map(|d| format!("{d} ({shown} of {all} institutes)"))
}

/// The address of the embed view of one of the directory's charts (`founded` or `map`)
/// for the institutes that `f` lists.
pub fn embed_path(chart: DirectoryChart, f: &InstituteFilter) -> String {
    let q = f.to_query();
    if q.is_empty() {
        format!("{EMBED}?chart={}", chart.key())
    } else {
        format!("{EMBED}?chart={}&{q}", chart.key())
    }
}

/// The chart of institutes founded per year, by sponsor, for a list of institutes.
pub fn founded_spec(list: &[&Institute], page_path: String) -> ChartSpec {
    let (years, sponsors, cells) = founded_per_year(list);
    let rows: Vec<String> = sponsors.iter().map(|a| a.code().to_string()).collect();
    let cols: Vec<String> = years.iter().map(u16::to_string).collect();
    let takeaway = takeaway::founding_years(cells.iter().map(|&(_, c, n)| (years[c], n)));
    let mut table_rows = Vec::new();
    for &(r, c, n) in &cells {
        table_rows.push(vec![years[c].to_string(), rows[r].clone(), n.to_string()]);
    }
    sort(&mut table_rows);
    let summary = table_rows
        .iter()
        .map(|r| format!("{}: {} {}.", r[0], r[2], r[1]))
        .collect::<Vec<_>>()
        .join(" ");
    let cites = distinct_sources(list.iter().flat_map(|i| &i.sources));
    ChartSpec {
        id: "founded-per-year",
        title: "Institutes established per year, by sponsor".into(),
        takeaway,
        summary,
        draw: Arc::new(move |w| count_grid(&rows, &cols, &cells, w)),
        table: Table {
            file: "institutes-per-year.csv",
            title: "Institutes established per year, by sponsor",
            header: vec!["year", "sponsor", "institutes"],
            rows: table_rows,
        },
        numeric: vec![false, false, true],
        sources: cites,
        notes: vec![
            "Announced and planned institutes have no founding date and are not counted.".into(),
        ],
        embed_path: None,
        page_path,
    }
}

/// The tile map of headquarters states for a list of institutes.
pub fn map_spec(list: &[&Institute], page_path: String) -> ChartSpec {
    let states = per_state(list);
    let counts: Vec<(String, u32)> = states
        .iter()
        .map(|(s, v)| (s.clone(), v.len() as u32))
        .collect();
    let takeaway = takeaway::most_headquarters(&states);
    let rows: Vec<Vec<String>> = states
        .iter()
        .map(|(s, v)| vec![s.clone(), v.len().to_string(), v.join("; ")])
        .collect();
    let summary = rows
        .iter()
        .map(|r| format!("{}: {}.", r[0], r[2]))
        .collect::<Vec<_>>()
        .join(" ");
    ChartSpec {
        id: "headquarters-map",
        title: "Where the institutes have their headquarters".into(),
        takeaway,
        summary,
        draw: Arc::new(move |w| tile_map(&counts, w)),
        table: Table {
            file: "institutes-by-state.csv",
            title: "Institutes by headquarters state",
            header: vec!["state", "institutes", "acronyms"],
            rows,
        },
        numeric: vec![false, true, false],
        sources: distinct_sources(list.iter().flat_map(|i| &i.sources)),
        notes: vec!["Each state is a tile of the same size, in roughly its place on the map. AIM Photonics has two headquarters cities, both in New York.".into()],
        embed_path: None,
        page_path,
    }
}
