//! Source lines: how the explorer names the sources of a passage, a chart or a row, and
//! the date a sourced passage is true at. Every subject and the chart frame use these.

use crate::data::model::{Citation, Dataset};
use crate::order::sort_dedup;

/// `plan2024 p.19, p.30; gao-22-103979`
pub fn cite_text(cites: &[Citation]) -> String {
    cites
        .iter()
        .map(|c| match &c.pages {
            Some(p) => format!("{} {p}", c.source),
            None => c.source.clone(),
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// The source line written under a downloaded chart.
pub fn source_line(ds: &Dataset, cites: &[Citation]) -> String {
    let names = ds.cite_text(cites);
    if names.is_empty() {
        "Manufacturing USA Explorer.".to_string()
    } else {
        format!("Source: {names}. Manufacturing USA Explorer.")
    }
}

/// The date a sourced passage is true at, for `data-as-of`: the latest date of the
/// sources it cites (each source's own date), or, when none is dated, the date the
/// sources were last checked ("read by 2026-12-07").
pub fn sources_as_of(ds: &Dataset, cites: &[Citation]) -> String {
    cites
        .iter()
        .filter_map(|c| ds.source(&c.source).and_then(|s| s.published))
        .max_by_key(|d| crate::data::status::sort_key(*d))
        .map_or_else(
            || format!("read by {}", ds.sources_checked),
            |d| d.to_string(),
        )
}

/// The space-separated source ids of a list of citations, for `data-sources`.
pub fn source_ids(cites: &[Citation]) -> String {
    let mut ids: Vec<&str> = cites.iter().map(|c| c.source.as_str()).collect();
    sort_dedup(&mut ids);
    ids.join(" ")
}

/// "version 2026.12.1, released 7 December 2026; sources last checked 7 December 2026":
/// which date is which, as the footer, the downloads and the embeds say it.
pub fn version_and_dates(ds: &Dataset) -> String {
    format!(
        "version {}, released {}; sources last checked {}",
        ds.dataset_version,
        ds.released.long(),
        ds.sources_checked.long()
    )
}
