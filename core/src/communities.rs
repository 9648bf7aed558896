//! The EDA's IMCP communities: the /communities filter and its query string, the counts
//! by state or year, and the chart of them as a spec.

use std::sync::Arc;

use crate::chart::bars::{bar_chart, Bar, BarGroup};
use crate::chart::spec::ChartSpec;
use crate::data::model::{distinct_sources, Community, Dataset};
use crate::format::contains_ci;
use crate::order::{sort, sort_with};
use crate::table::Table;
use crate::takeaway;
use crate::url_state::{encode, parse_tab, state_code, unknown, Notes, Tab};

/// The communities page.
pub const PAGE: &str = "/communities";
/// The chrome-less view of its chart.
pub const EMBED: &str = "/embed/communities";

/// Filters of the /communities page.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CommunityFilter {
    pub q: String,
    pub state: Option<String>,
    pub round: Option<u8>,
    /// Chart by state (default) or by designation year.
    pub by_year: bool,
    pub tab: Tab,
}

pub fn parse_communities(pairs: &[(String, String)]) -> (CommunityFilter, Notes) {
    let mut f = CommunityFilter::default();
    let mut notes = Notes::new();
    for (k, v) in pairs {
        match k.as_str() {
            "q" => f.q = v.clone(),
            "state" => f.state = state_code(&mut notes, v).or(f.state.take()),
            "round" => match v.parse::<u8>() {
                Ok(r) if r >= 1 => f.round = Some(r),
                _ => notes.push(format!(
                    "Ignored round={v:?} in the address: expected 1 or 2."
                )),
            },
            "by" => match v.as_str() {
                "state" => f.by_year = false,
                "year" => f.by_year = true,
                _ => notes.push(format!(
                    "Ignored by={v:?} in the address: expected state or year."
                )),
            },
            "tab" => f.tab = parse_tab(&mut notes, "tab", v).unwrap_or(f.tab),
            k if crate::url_state::SHARED.contains(&k) => {}
            _ => unknown(&mut notes, k),
        }
    }
    (f, notes)
}

impl CommunityFilter {
    /// What the filter narrows the list to, in words, or `None` for every community.
    pub fn describe(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.q.trim().is_empty() {
            parts.push(format!("search “{}”", self.q.trim()));
        }
        if let Some(s) = &self.state {
            parts.push(format!("state {s}"));
        }
        if let Some(r) = self.round {
            parts.push(format!("round {r}"));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    pub fn to_query(&self) -> String {
        let mut p = Vec::new();
        if !self.q.is_empty() {
            p.push(format!("q={}", encode(&self.q)));
        }
        if let Some(s) = &self.state {
            p.push(format!("state={s}"));
        }
        if let Some(r) = self.round {
            p.push(format!("round={r}"));
        }
        if self.by_year {
            p.push("by=year".into());
        }
        if self.tab != Tab::Chart {
            p.push("tab=table".into());
        }
        p.join("&")
    }
}

pub fn filter_communities<'a>(ds: &'a Dataset, f: &CommunityFilter) -> Vec<&'a Community> {
    let needle = f.q.trim().to_lowercase();
    ds.imcp
        .communities
        .iter()
        .filter(|c| f.round.is_none_or(|r| c.round == r))
        .filter(|c| f.state.as_ref().is_none_or(|s| c.states.contains(s)))
        .filter(|c| {
            needle
                .split_whitespace()
                .all(|w| contains_ci(&c.name, w) || contains_ci(&c.lead, w))
        })
        .collect()
}

/// Communities per state (a multi-state region counts in each) or per year, most first.
pub fn community_counts(list: &[&Community], by_year: bool) -> Vec<(String, u32)> {
    let mut out: Vec<(String, u32)> = Vec::new();
    for c in list {
        let keys: Vec<String> = if by_year {
            vec![c.designated.year.to_string()]
        } else {
            c.states.clone()
        };
        for k in keys {
            match out.iter_mut().find(|(x, _)| *x == k) {
                Some((_, n)) => *n += 1,
                None => out.push((k, 1)),
            }
        }
    }
    if by_year {
        sort(&mut out);
    } else {
        sort_with(&mut out, &|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    out
}

/// The filter in words with the count it leaves, or `None` for every community.
pub fn described(f: &CommunityFilter, shown: usize, all: usize) -> Option<String> {
    f.describe()
        .map(|d| format!("{d} ({shown} of {all} communities)"))
}

/// The chart of designated communities by state or by year, for a list of them.
pub fn chart_spec(list: &[&Community], by_year: bool, page_path: String) -> ChartSpec {
    let counts = community_counts(list, by_year);
    let what = if by_year {
        "year of designation"
    } else {
        "state"
    };
    let bars: Vec<Bar> = counts
        .iter()
        .map(|(k, n)| Bar {
            label: k.clone(),
            value: Some(f64::from(*n)),
            value_label: n.to_string(),
        })
        .collect();
    let groups = vec![BarGroup {
        heading: None,
        bars,
    }];
    let takeaway = match counts.first() {
        Some(_) if by_year => format!(
            "{} communities: {}.",
            list.len(),
            counts
                .iter()
                .map(|(y, n)| format!("{n} designated in {y}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        Some(_) => takeaway::most_communities(list.len(), &counts),
        None => "No community matches the filters.".to_string(),
    };
    ChartSpec {
        id: "communities-chart",
        title: format!("Designated communities by {what}"),
        takeaway,
        summary: counts
            .iter()
            .map(|(k, n)| format!("{k}: {n}."))
            .collect::<Vec<_>>()
            .join(" "),
        draw: Arc::new(move |w| bar_chart(&groups, w)),
        table: Table {
            file: "communities-chart.csv",
            title: "Designated communities",
            header: vec![if by_year { "year" } else { "state" }, "communities"],
            rows: counts
                .iter()
                .map(|(k, n)| vec![k.clone(), n.to_string()])
                .collect(),
        },
        numeric: vec![false, true],
        sources: distinct_sources(list.iter().flat_map(|c| &c.sources)),
        notes: list
            .iter()
            .filter_map(|c| c.uncertain.as_ref().map(|u| format!("{}: {u}", c.name)))
            .collect(),
        embed_path: None,
        page_path,
    }
}
