//! The institutes directory: filters, sort and search,
//! their query strings, and the counts the charts show. Pure functions, fast enough
//! for a dataset a hundred times larger (one pass per keystroke, no allocation per
//! record beyond the result list).

pub mod charts;
pub mod funding;

use crate::chart::grid::Cells;
use crate::data::model::{Agency, Dataset, Institute, InstituteStatus};
use crate::order::{sort, sort_positions, sort_with};
use crate::url_state::{agency_from_key, encode, parse_tab, state_code, unknown, Notes, Tab};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    #[default]
    Name,
    Year,
    State,
}

impl SortKey {
    pub const ALL: [SortKey; 3] = [SortKey::Name, SortKey::Year, SortKey::State];
    pub fn key(self) -> &'static str {
        match self {
            SortKey::Name => "name",
            SortKey::Year => "year",
            SortKey::State => "state",
        }
    }
    pub fn label(self) -> &'static str {
        match self {
            SortKey::Name => "Name",
            SortKey::Year => "Year established",
            SortKey::State => "State",
        }
    }
}

/// Everything the /institutes page keeps in its query string.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct InstituteFilter {
    /// Text searched in acronym, name, other names and technology focus.
    pub q: String,
    /// Sponsors to show; empty = all.
    pub sponsors: Vec<Agency>,
    /// Two-letter state; `None` = all.
    pub state: Option<String>,
    pub from: Option<u16>,
    pub to: Option<u16>,
    /// Statuses to show (as of the date the sources were last checked); empty = all.
    /// The older `established=1` reads as `status=established`.
    pub statuses: Vec<InstituteStatus>,
    pub sort: SortKey,
    /// Tabs of the two chart frames.
    pub years_tab: Tab,
    pub map_tab: Tab,
    /// The funding-at-award chart: its tab and its order.
    pub funding_tab: Tab,
    pub funding_sort: crate::institutes::funding::FundingSort,
}

fn year(s: &str) -> Option<u16> {
    s.parse::<u16>().ok().filter(|y| (1900..=2100).contains(y))
}

pub fn parse_institutes(pairs: &[(String, String)]) -> (InstituteFilter, Notes) {
    let mut f = InstituteFilter::default();
    let mut notes = Notes::new();
    for (k, v) in pairs {
        match k.as_str() {
            "q" => f.q = v.clone(),
            "sponsor" => {
                for part in v.split(',').filter(|s| !s.is_empty()) {
                    match agency_from_key(part) {
                        Some(a) if !f.sponsors.contains(&a) => f.sponsors.push(a),
                        Some(_) => {}
                        None => notes.push(format!(
                            "Ignored the sponsor {part:?} in the address: expected dod, doe or doc."
                        )),
                    }
                }
            }
            "state" => f.state = state_code(&mut notes, v).or(f.state.take()),
            "from" | "to" => match year(v) {
                Some(y) if k == "from" => f.from = Some(y),
                Some(y) => f.to = Some(y),
                None => notes.push(format!(
                    "Ignored {k}={v:?} in the address: expected a year."
                )),
            },
            "established" => match v.as_str() {
                "1" | "true" | "yes" => {
                    if !f.statuses.contains(&InstituteStatus::Established) {
                        f.statuses.push(InstituteStatus::Established);
                    }
                }
                "0" | "false" | "no" => f.statuses.retain(|s| *s != InstituteStatus::Established),
                _ => notes.push(format!(
                    "Ignored established={v:?} in the address: expected 1 or 0."
                )),
            },
            "status" => {
                for part in v.split(',').filter(|s| !s.is_empty()) {
                    match InstituteStatus::from_key(&part.to_lowercase()) {
                        Some(st) if !f.statuses.contains(&st) => f.statuses.push(st),
                        Some(_) => {}
                        None => notes.push(format!(
                            "Ignored the status {part:?} in the address: expected established, announced, planned or terminated."
                        )),
                    }
                }
            }
            "sort" => match SortKey::ALL.into_iter().find(|s| s.key() == v) {
                Some(s) => f.sort = s,
                None => notes.push(format!(
                    "Ignored sort={v:?} in the address: expected name, year or state."
                )),
            },
            k if crate::url_state::SHARED.contains(&k) => {}
            "years" => f.years_tab = parse_tab(&mut notes, "years", v).unwrap_or(f.years_tab),
            "map" => f.map_tab = parse_tab(&mut notes, "map", v).unwrap_or(f.map_tab),
            "funding" => f.funding_tab = parse_tab(&mut notes, "funding", v).unwrap_or(f.funding_tab),
            "fsort" => match crate::institutes::funding::FundingSort::ALL.into_iter().find(|s| s.key() == v) {
                Some(s) => f.funding_sort = s,
                None => notes.push(format!(
                    "Ignored fsort={v:?} in the address: expected federal, nonfederal, announced or name."
                )),
            },
            _ => unknown(&mut notes, k),
        }
    }
    if let (Some(a), Some(b)) = (f.from, f.to) {
        if a > b {
            notes.push(format!("The year range {a}–{b} was reversed to {b}–{a}."));
            f.from = Some(b);
            f.to = Some(a);
        }
    }
    (f, notes)
}

impl InstituteFilter {
    pub fn to_query(&self) -> String {
        let mut p = Vec::new();
        if !self.q.is_empty() {
            p.push(format!("q={}", encode(&self.q)));
        }
        if !self.sponsors.is_empty() {
            let ids: Vec<&str> = self.sponsors.iter().map(|a| a.id()).collect();
            p.push(format!("sponsor={}", ids.join(",")));
        }
        if let Some(s) = &self.state {
            p.push(format!("state={s}"));
        }
        if let Some(y) = self.from {
            p.push(format!("from={y}"));
        }
        if let Some(y) = self.to {
            p.push(format!("to={y}"));
        }
        if !self.statuses.is_empty() {
            let keys: Vec<&str> = self.statuses.iter().map(|s| s.key()).collect();
            p.push(format!("status={}", keys.join(",")));
        }
        if self.sort != SortKey::Name {
            p.push(format!("sort={}", self.sort.key()));
        }
        if self.years_tab != Tab::Chart {
            p.push("years=table".into());
        }
        if self.map_tab != Tab::Chart {
            p.push("map=table".into());
        }
        if self.funding_tab != Tab::Chart {
            p.push("funding=table".into());
        }
        if self.funding_sort != crate::institutes::funding::FundingSort::default() {
            p.push(format!("fsort={}", self.funding_sort.key()));
        }
        p.join("&")
    }

    /// What the filter narrows the list to, in words ("search “bio”; sponsor DOE;
    /// established 2015–2020"), or `None` when it shows every institute. Sort order and
    /// tabs do not narrow anything.
    pub fn describe(&self) -> Option<String> {
        let mut parts = Vec::new();
        if !self.q.trim().is_empty() {
            parts.push(format!("search “{}”", self.q.trim()));
        }
        if !self.sponsors.is_empty() {
            let codes: Vec<&str> = self.sponsors.iter().map(|a| a.code()).collect();
            parts.push(format!("sponsor {}", codes.join(" or ")));
        }
        if let Some(s) = &self.state {
            parts.push(format!("headquarters in {s}"));
        }
        match (self.from, self.to) {
            (Some(a), Some(b)) => parts.push(format!("established {a}–{b}")),
            (Some(a), None) => parts.push(format!("established {a} or later")),
            (None, Some(b)) => parts.push(format!("established {b} or earlier")),
            (None, None) => {}
        }
        if !self.statuses.is_empty() {
            let labels: Vec<String> = self
                .statuses
                .iter()
                .map(|s| s.label().to_lowercase())
                .collect();
            parts.push(format!("status {}", labels.join(" or ")));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }

    pub fn is_default(&self) -> bool {
        *self
            == InstituteFilter {
                years_tab: self.years_tab,
                map_tab: self.map_tab,
                funding_tab: self.funding_tab,
                funding_sort: self.funding_sort,
                ..InstituteFilter::default()
            }
    }
}

/// Whether an institute passes every filter but the search text.
fn passes_fields(i: &Institute, status: InstituteStatus, f: &InstituteFilter) -> bool {
    if !f.statuses.is_empty() && !f.statuses.contains(&status) {
        return false;
    }
    if !f.sponsors.is_empty() && !f.sponsors.contains(&i.sponsor) {
        return false;
    }
    if let Some(s) = &f.state {
        if !i.headquarters.iter().any(|p| p.state == *s) {
            return false;
        }
    }
    if f.from.is_some() || f.to.is_some() {
        // A year range only keeps institutes with a known year in it.
        let Some(y) = i.established.map(|d| d.year) else {
            return false;
        };
        if f.from.is_some_and(|a| y < a) || f.to.is_some_and(|b| y > b) {
            return false;
        }
    }
    true
}

/// The searched text of every institute, lowercased once per dataset, and the
/// institutes in each sort order, sorted once per dataset: a keystroke in the search
/// box then only scans, in the order asked for.
#[derive(Debug, Clone, PartialEq)]
pub struct InstituteIndex {
    /// Acronym, name, technology focus and other names, one per line, lowercased.
    text: Vec<String>,
    /// Positions in `ds.institutes`, one list per entry of `SortKey::ALL`.
    orders: [Vec<usize>; 3],
    /// Each institute's status when the sources were last checked.
    statuses: Vec<InstituteStatus>,
}

impl InstituteIndex {
    pub fn new(ds: &Dataset) -> Self {
        let all = &ds.institutes;
        let acronym: Vec<String> = all.iter().map(|i| i.acronym.to_lowercase()).collect();
        let state: Vec<&str> = all
            .iter()
            .map(|i| i.headquarters.first().map_or("", |p| p.state.as_str()))
            .collect();
        let order = |key: SortKey| {
            let mut out: Vec<usize> = (0..all.len()).collect();
            match key {
                SortKey::Name => sort_positions(&mut out, &|a, b| acronym[a].cmp(&acronym[b])),
                // Not-yet-established institutes go last.
                SortKey::Year => sort_positions(&mut out, &|a, b| {
                    let key = |k: usize| {
                        let d = all[k].established;
                        (d.is_none(), d, &acronym[k])
                    };
                    key(a).cmp(&key(b))
                }),
                SortKey::State => sort_positions(&mut out, &|a, b| {
                    let key = |k: usize| (state[k].is_empty(), state[k], &acronym[k]);
                    key(a).cmp(&key(b))
                }),
            }
            out
        };
        InstituteIndex {
            text: all
                .iter()
                .map(|i| {
                    let mut t = format!("{}\n{}\n{}", i.acronym, i.name, i.focus);
                    for n in &i.other_names {
                        t.push('\n');
                        t.push_str(n);
                    }
                    t.to_lowercase()
                })
                .collect(),
            orders: SortKey::ALL.map(order),
            statuses: all
                .iter()
                .map(|i| crate::history::status(i, ds.sources_checked))
                .collect(),
        }
    }

    /// The positions in `ds.institutes` of the institutes that pass the filter,
    /// sorted. `ds` must be the dataset the index was made from.
    pub fn filter(&self, ds: &Dataset, f: &InstituteFilter) -> Vec<usize> {
        let needle = f.q.trim().to_lowercase();
        let words: Vec<&str> = needle.split_whitespace().collect();
        let all = &ds.institutes;
        let order = SortKey::ALL
            .iter()
            .position(|k| *k == f.sort)
            .map_or(&[][..], |n| &self.orders[n][..]);
        order
            .iter()
            .copied()
            .filter(|&k| {
                // A word never holds a line break, so it cannot match across fields.
                all.get(k)
                    .zip(self.statuses.get(k))
                    .is_some_and(|(i, st)| passes_fields(i, *st, f))
                    && self
                        .text
                        .get(k)
                        .is_some_and(|t| words.iter().all(|w| t.contains(w)))
            })
            .collect()
    }
}

/// The institutes that pass the filter, sorted.
pub fn filter_institutes<'a>(ds: &'a Dataset, f: &InstituteFilter) -> Vec<&'a Institute> {
    InstituteIndex::new(ds)
        .filter(ds, f)
        .into_iter()
        .map(|k| &ds.institutes[k])
        .collect()
}

/// Established institutes per (sponsor, year) for the founded-per-year chart: the
/// years from the first to the last, and one row per sponsor present.
pub fn founded_per_year(list: &[&Institute]) -> (Vec<u16>, Vec<Agency>, Cells) {
    let years: Vec<u16> = list
        .iter()
        .filter_map(|i| i.established.map(|d| d.year))
        .collect();
    let (Some(&first), Some(&last)) = (years.iter().min(), years.iter().max()) else {
        return (Vec::new(), Vec::new(), Vec::new());
    };
    let cols: Vec<u16> = (first..=last).collect();
    let rows: Vec<Agency> = Agency::ALL
        .into_iter()
        .filter(|a| {
            list.iter()
                .any(|i| i.sponsor == *a && i.established.is_some())
        })
        .collect();
    let mut cells: Vec<(usize, usize, u32)> = Vec::new();
    for i in list {
        let (Some(d), Some(r)) = (i.established, rows.iter().position(|a| *a == i.sponsor)) else {
            continue;
        };
        let c = usize::from(d.year - first);
        match cells.iter_mut().find(|(rr, cc, _)| *rr == r && *cc == c) {
            Some(cell) => cell.2 += 1,
            None => cells.push((r, c, 1)),
        }
    }
    sort(&mut cells);
    (cols, rows, cells)
}

/// Institutes per headquarters state (an institute with two HQ cities in one state
/// counts once), most first, then by code.
pub fn per_state(list: &[&Institute]) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for i in list {
        let mut states: Vec<&str> = i.headquarters.iter().map(|p| p.state.as_str()).collect();
        states.dedup();
        for s in states {
            match out.iter_mut().find(|(k, _)| k == s) {
                Some((_, v)) => v.push(i.acronym.clone()),
                None => out.push((s.to_string(), vec![i.acronym.clone()])),
            }
        }
    }
    sort_with(&mut out, &|a, b| {
        b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0))
    });
    out
}
