//! `/timeline`: every dated event of the program and its institutes, from the first
//! institute to the latest, filtered by institute, sponsor and kind; the chart of events
//! per year and the table of the same events. The events and an institute's history
//! come from `history`, which the institutes pages read too.

use std::sync::Arc;

use crate::chart::grid::{count_grid, Cells};
use crate::chart::spec::ChartSpec;
use crate::data::model::{distinct_sources, Agency, Dataset, EventKind};
use crate::history::{institute_timeline, sort_key, TimelineItem};
use crate::table::Table;
use crate::url_state::{parse_tab, unknown, with_query, Notes, Tab};

/// The timeline page.
pub const PAGE: &str = "/timeline";
/// The chrome-less view of its chart.
pub const EMBED: &str = "/embed/timeline";

/// Whose events a row of the chart holds: a sponsor's institutes, or the program.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lane {
    Sponsor(Agency),
    Program,
}

impl Lane {
    pub const ALL: [Lane; 4] = [
        Lane::Sponsor(Agency::Dod),
        Lane::Sponsor(Agency::Doe),
        Lane::Sponsor(Agency::Doc),
        Lane::Program,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Lane::Sponsor(a) => a.code(),
            Lane::Program => "Program",
        }
    }
}

/// What /timeline keeps in its address.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TimelineFilter {
    /// One institute's id; `None` = all.
    pub institute: Option<String>,
    /// Sponsors to show (a program event names its sponsor when it has one); empty = all.
    pub sponsors: Vec<Agency>,
    /// Kinds to show; empty = all.
    pub kinds: Vec<EventKind>,
    pub tab: Tab,
}

pub fn parse(pairs: &[(String, String)], ds: &Dataset) -> (TimelineFilter, Notes) {
    let mut f = TimelineFilter::default();
    let mut notes = Notes::new();
    for (k, v) in pairs {
        match k.as_str() {
            "institute" if v.is_empty() => {}
            "institute" => match ds.institute(v) {
                Some(i) => f.institute = Some(i.id.clone()),
                None => notes.push(format!(
                    "Ignored institute={v:?} in the address: no institute has that id."
                )),
            },
            "sponsor" => {
                for part in v.split(',').filter(|s| !s.is_empty()) {
                    match crate::url_state::agency_from_key(part) {
                        Some(a) if !f.sponsors.contains(&a) => f.sponsors.push(a),
                        Some(_) => {}
                        None => notes.push(format!(
                            "Ignored the sponsor {part:?} in the address: expected dod, doe or doc."
                        )),
                    }
                }
            }
            "kind" => {
                for part in v.split(',').filter(|s| !s.is_empty()) {
                    match EventKind::from_key(part) {
                        Some(kind) if !f.kinds.contains(&kind) => f.kinds.push(kind),
                        Some(_) => {}
                        None => notes.push(format!(
                            "Ignored the kind {part:?} in the address: expected one of the kinds listed in the filter."
                        )),
                    }
                }
            }
            "tab" => f.tab = parse_tab(&mut notes, "tab", v).unwrap_or(f.tab),
            k if crate::url_state::SHARED.contains(&k) => {}
            _ => unknown(&mut notes, k),
        }
    }
    (f, notes)
}

impl TimelineFilter {
    pub fn to_query(&self) -> String {
        let mut p = Vec::new();
        if let Some(i) = &self.institute {
            p.push(format!("institute={}", crate::url_state::encode(i)));
        }
        if !self.sponsors.is_empty() {
            let ids: Vec<&str> = self.sponsors.iter().map(|a| a.id()).collect();
            p.push(format!("sponsor={}", ids.join(",")));
        }
        if !self.kinds.is_empty() {
            let keys: Vec<&str> = self.kinds.iter().map(|k| k.key()).collect();
            p.push(format!("kind={}", keys.join(",")));
        }
        if self.tab == Tab::Table {
            p.push("tab=table".into());
        }
        p.join("&")
    }

    /// What the filter narrows the list to, in words, or `None` for every event.
    pub fn describe(&self, ds: &Dataset) -> Option<String> {
        let mut parts = Vec::new();
        if let Some(i) = self.institute.as_deref().and_then(|id| ds.institute(id)) {
            parts.push(format!("institute {}", i.acronym));
        }
        if !self.sponsors.is_empty() {
            let codes: Vec<&str> = self.sponsors.iter().map(|a| a.code()).collect();
            parts.push(format!("sponsor {}", codes.join(" or ")));
        }
        if !self.kinds.is_empty() {
            let labels: Vec<String> = self
                .kinds
                .iter()
                .map(|k| k.label().to_lowercase())
                .collect();
            parts.push(format!("kind {}", labels.join(" or ")));
        }
        (!parts.is_empty()).then(|| parts.join("; "))
    }
}

/// Every event of the program and its institutes, oldest first, each with its lane.
pub fn all_items(ds: &Dataset) -> Vec<(Lane, TimelineItem)> {
    let mut out: Vec<(Lane, TimelineItem)> = ds
        .institutes
        .iter()
        .flat_map(|i| {
            institute_timeline(i)
                .into_iter()
                .map(move |item| (Lane::Sponsor(i.sponsor), item))
        })
        .chain(
            ds.program_events
                .iter()
                .map(|e| (Lane::Program, TimelineItem::from_event(e, None))),
        )
        .collect();
    out.sort_by(|(la, a), (lb, b)| {
        (sort_key(a.date), a.kind, la, &a.anchor).cmp(&(sort_key(b.date), b.kind, lb, &b.anchor))
    });
    out
}

/// The sponsor an item is about: its institute's, or the program event's own.
fn sponsor_of(ds: &Dataset, lane: Lane, item: &TimelineItem) -> Option<Agency> {
    match lane {
        Lane::Sponsor(a) => Some(a),
        Lane::Program => ds
            .program_events
            .iter()
            .find(|e| format!("event-{}", e.id) == item.anchor)
            .and_then(|e| e.sponsor),
    }
}

/// The items that pass the filter, oldest first.
pub fn filtered(ds: &Dataset, f: &TimelineFilter) -> Vec<(Lane, TimelineItem)> {
    all_items(ds)
        .into_iter()
        .filter(|(lane, item)| {
            f.institute
                .as_deref()
                .is_none_or(|id| item.institute.as_deref() == Some(id))
                && (f.sponsors.is_empty()
                    || sponsor_of(ds, *lane, item).is_some_and(|a| f.sponsors.contains(&a)))
                && (f.kinds.is_empty() || f.kinds.contains(&item.kind))
        })
        .collect()
}

/// The chart's grid: years from the first event to the last, the lanes present, and
/// (lane, year, events) cells.
pub fn per_year(items: &[(Lane, TimelineItem)]) -> (Vec<u16>, Vec<Lane>, Cells) {
    // An absence checked at a date ("no award announced as of") is listed, not counted.
    let counted: Vec<&(Lane, TimelineItem)> = items
        .iter()
        .filter(|(_, i)| i.kind != EventKind::NoAwardAnnouncedAsOf)
        .collect();
    let items = counted;
    let (Some(first), Some(last)) = (
        items.iter().map(|(_, i)| i.date.year).min(),
        items.iter().map(|(_, i)| i.date.year).max(),
    ) else {
        return (Vec::new(), Vec::new(), Vec::new());
    };
    let years: Vec<u16> = (first..=last).collect();
    let lanes: Vec<Lane> = Lane::ALL
        .into_iter()
        .filter(|l| items.iter().any(|(lane, _)| lane == l))
        .collect();
    let mut cells: Vec<(usize, usize, u32)> = Vec::new();
    for (lane, item) in items {
        let (Some(r), c) = (
            lanes.iter().position(|l| l == lane),
            usize::from(item.date.year - first),
        ) else {
            continue;
        };
        match cells.iter_mut().find(|(rr, cc, _)| *rr == r && *cc == c) {
            Some(cell) => cell.2 += 1,
            None => cells.push((r, c, 1)),
        }
    }
    cells.sort_unstable();
    (years, lanes, cells)
}

/// "The most events in one year: 2015 and 2017 (6 each). The latest: 10 December 2025."
/// Every tied year is named.
pub fn takeaway(items: &[(Lane, TimelineItem)]) -> String {
    let absences = items
        .iter()
        .filter(|(_, i)| i.kind == EventKind::NoAwardAnnouncedAsOf)
        .count();
    let checks = match absences {
        0 => String::new(),
        1 => " The list also holds 1 check that found no award, which the chart does not count."
            .into(),
        n => format!(
            " The list also holds {n} checks that found no award, which the chart does not count."
        ),
    };
    let items: Vec<(Lane, TimelineItem)> = items
        .iter()
        .filter(|(_, i)| i.kind != EventKind::NoAwardAnnouncedAsOf)
        .cloned()
        .collect();
    let items = &items[..];
    if items.is_empty() {
        return format!("No event matches the filter.{checks}");
    }
    let (years, _, cells) = per_year(items);
    let mut per: Vec<(u16, u32)> = years.iter().map(|y| (*y, 0)).collect();
    for (_, c, n) in cells {
        per[c].1 += n;
    }
    let max = per.iter().map(|p| p.1).max().unwrap_or(0);
    let top: Vec<String> = per
        .iter()
        .filter(|p| p.1 == max)
        .map(|p| p.0.to_string())
        .collect();
    let latest = items
        .iter()
        .map(|(_, i)| i)
        .max_by_key(|i| sort_key(i.date))
        .map(|i| i.date.long())
        .unwrap_or_default();
    let each = if top.len() > 1 { " each" } else { "" };
    format!(
        "{} dated {}, from {} to {}. The most in one year: {} ({max}{each}).{checks}",
        items.len(),
        if items.len() == 1 { "event" } else { "events" },
        years.first().copied().unwrap_or_default(),
        latest,
        crate::takeaway::and_list(&top),
    )
}

/// The events as a table: the same rows the chart counts.
pub fn table(ds: &Dataset, items: &[(Lane, TimelineItem)]) -> Table {
    Table {
        file: "timeline.csv",
        title: "Dated events of Manufacturing USA and its institutes",
        header: vec![
            "date",
            "institute",
            "sponsor",
            "kind",
            "summary",
            "figures",
            "quote",
            "sources",
            "from_record",
        ],
        rows: items
            .iter()
            .map(|(lane, i)| {
                vec![
                    i.date.to_string(),
                    i.institute
                        .as_deref()
                        .and_then(|id| ds.institute(id))
                        .map_or_else(|| "(program)".to_string(), |x| x.acronym.clone()),
                    sponsor_of(ds, *lane, i).map_or_else(String::new, |a| a.code().to_string()),
                    i.kind_label.clone(),
                    i.summary.clone(),
                    i.figures.join("; "),
                    i.quote.clone().unwrap_or_default(),
                    ds.cite_text(&i.sources),
                    if i.from_record { "yes" } else { "no" }.to_string(),
                ]
            })
            .collect(),
    }
}

/// The chart's table: events per year and lane.
pub fn per_year_table(items: &[(Lane, TimelineItem)]) -> Table {
    let (years, lanes, cells) = per_year(items);
    Table {
        file: "timeline-per-year.csv",
        title: "Dated events per year, by sponsor of the institute or the program",
        header: vec!["year", "of", "events"],
        rows: cells
            .iter()
            .map(|&(r, c, n)| {
                vec![
                    years[c].to_string(),
                    lanes[r].label().to_string(),
                    n.to_string(),
                ]
            })
            .collect(),
    }
}

/// The chart's rows and columns as its labels, for `chart::grid::count_grid`.
pub fn grid_labels(items: &[(Lane, TimelineItem)]) -> (Vec<String>, Vec<String>, Cells) {
    let (years, lanes, cells) = per_year(items);
    (
        lanes.iter().map(|l| l.label().to_string()).collect(),
        years.iter().map(u16::to_string).collect(),
        cells,
    )
}

/// The chart of the events `f` keeps, in the chart frame's terms, with the filter
/// sentence ("… (n of m events)") and the number of events kept.
pub fn spec(ds: &Dataset, f: &TimelineFilter) -> (ChartSpec, Option<String>, usize) {
    let items = filtered(ds, f);
    let (rows, cols, cells) = grid_labels(&items);
    let table = per_year_table(&items);
    let summary = table
        .rows
        .iter()
        .map(|r| format!("{}, {}: {} events.", r[0], r[1], r[2]))
        .collect::<Vec<_>>()
        .join(" ");
    let q = f.to_query();
    let n = items.len();
    let described = f.describe(ds).map(|d| {
        let all = all_items(ds).len();
        format!("{d} ({n} of {all} events)")
    });
    let spec = ChartSpec {
        id: "timeline",
        title: "Dated events per year, by sponsor of the institute or the program".into(),
        takeaway: takeaway(&items),
        summary,
        draw: Arc::new(move |w| count_grid(&rows, &cols, &cells, w)),
        table,
        numeric: vec![false, false, true],
        sources: distinct_sources(items.iter().flat_map(|(_, i)| &i.sources)),
        notes: vec![
            format!(
                "Each circle counts the events of one year in the sources read, as of {}; a year with no circle has no event found, which is not the same as nothing happening.",
                ds.sources_checked.long()
            ),
            "DoD, DOE and DOC rows hold the events of the institutes each sponsors; Program holds the program's own events (reviews, bills, studies, budget lines).".into(),
        ],
        embed_path: Some(with_query(EMBED, &q)),
        page_path: with_query(PAGE, &q),
    };
    (spec, described, n)
}
