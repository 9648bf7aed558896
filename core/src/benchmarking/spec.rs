//! The KPI chart of the programs a reader picks as a spec, with its addresses, and the
//! sentence that says the selection is not every program.

use std::sync::Arc;

use super::{kpi_chart, BenchState, TABLE_HEADER};
use crate::chart::bars::bar_chart;
use crate::chart::spec::ChartSpec;
use crate::data::model::{Dataset, Metric};
use crate::table::Table;
use crate::url_state::{with_query, Tab};

/// The benchmarking page.
pub const PAGE: &str = "/benchmarking";
/// The chrome-less view of its chart.
pub const EMBED: &str = "/embed/benchmarking";

/// The chart frame's content for one selection.
pub fn bench_spec(ds: &Dataset, kpi: Metric, ids: &[String], tab: Tab) -> ChartSpec {
    let known: Vec<&str> = ds
        .benchmarking
        .programs
        .iter()
        .map(|p| p.id.as_str())
        .collect();
    let chart = kpi_chart(ds, kpi, ids);
    let state = BenchState {
        tab,
        kpi,
        programs: Some(ids.to_vec()),
    };
    let query = state.to_query(&known);
    let groups = chart.groups;
    ChartSpec {
        id: "benchmarking-kpi",
        title: chart.title,
        takeaway: chart.takeaway,
        summary: chart.summary,
        draw: Arc::new(move |w| bar_chart(&groups, w)),
        table: Table {
            file: "benchmarking-kpi.csv",
            title: "Benchmarking indicator by program",
            header: TABLE_HEADER.to_vec(),
            rows: chart.rows,
        },
        numeric: vec![false, false, true, false, false, false, false, false],
        sources: chart.sources,
        notes: chart.notes,
        embed_path: Some(with_query(EMBED, &query)),
        page_path: with_query(PAGE, &query),
    }
}

/// "programs Fraunhofer-Gesellschaft and …" when the reader picked some of the programs.
pub fn selection_note(ds: &Dataset, ids: &[String]) -> Option<String> {
    let all = &ds.benchmarking.programs;
    (ids.len() < all.len()).then(|| {
        let names: Vec<&str> = all
            .iter()
            .filter(|p| ids.contains(&p.id))
            .map(|p| p.name.as_str())
            .collect();
        format!(
            "{} of {} programs: {}",
            names.len(),
            all.len(),
            names.join(", ")
        )
    })
}
