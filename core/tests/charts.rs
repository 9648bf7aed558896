//! Golden SVGs: each chart type, drawn from fixed inputs, must match the checked-in file
//! byte for byte. They change only on purpose: run with `UPDATE_GOLDEN=1` and review the
//! diff. The browser test compares its downloaded SVG with `benchmarking-default.svg`,
//! which proves host and browser draw the same bytes.

use explorer_core::chart::bars::{bar_chart, Bar, BarGroup};
use explorer_core::chart::{framed, trl};
use explorer_core::compare::{self, source_line};
use explorer_core::load_dataset;
use explorer_core::model::Metric;

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn golden(name: &str, svg: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, svg).expect("write golden file");
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("{path} is missing: run with UPDATE_GOLDEN=1"));
    assert!(
        expected == svg,
        "{name} differs from its golden file; if the change is intended, run with UPDATE_GOLDEN=1 and review the diff"
    );
}

/// A small hand-made progression (not data): every kind of cell, incl. one that
/// crosses the valley and one that stays on the diagonal.
const CELLS: &[(u8, u8, u32)] = &[
    (2, 4, 3),
    (3, 5, 7),
    (4, 6, 12),
    (4, 7, 5),
    (5, 8, 2),
    (6, 6, 1),
];

#[test]
fn trl_matrix_and_flow() {
    for width in [360, 720] {
        golden(
            &format!("trl-matrix-{width}.svg"),
            &trl::matrix(CELLS, (4, 7), width).to_svg(),
        );
        golden(
            &format!("trl-flow-{width}.svg"),
            &trl::flow(CELLS, (4, 7), width).to_svg(),
        );
    }
}

/// The default /benchmarking chart from the shipped data: the page at two widths, and
/// the download (title, takeaway and source line drawn in).
#[test]
fn benchmarking_default_view() {
    let ds = load_dataset(SHIPPED).expect("valid");
    let ids: Vec<String> = ds
        .benchmarking
        .programs
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let chart = compare::kpi_chart(&ds, Metric::Centres, &ids);
    golden("bars-360.svg", &bar_chart(&chart.groups, 360).to_svg());
    golden("bars-720.svg", &bar_chart(&chart.groups, 720).to_svg());
    let download = framed(
        bar_chart(&chart.groups, 720),
        &chart.title,
        &chart.takeaway,
        &source_line(&ds, &chart.sources),
    );
    golden("benchmarking-default.svg", &download.to_svg());
}

#[test]
fn mixed_units_get_separate_scales() {
    let ds = load_dataset(SHIPPED).expect("valid");
    let ids: Vec<String> = ds
        .benchmarking
        .programs
        .iter()
        .map(|p| p.id.clone())
        .collect();
    let chart = compare::kpi_chart(&ds, Metric::Budget, &ids);
    let headings: Vec<&str> = chart
        .groups
        .iter()
        .filter_map(|g| g.heading.as_deref())
        .collect();
    // $ million, $ billion, € billion, £ million and "not reported": never one scale.
    assert!(headings.len() >= 4, "{headings:?}");
    assert!(headings.contains(&"In € billion"), "{headings:?}");
    assert_eq!(headings.last(), Some(&"Not reported"));
    assert!(
        chart.takeaway.contains("not converted"),
        "{}",
        chart.takeaway
    );
    golden(
        "bars-mixed-units-720.svg",
        &bar_chart(&chart.groups, 720).to_svg(),
    );
}

#[test]
fn dataset_text_is_escaped_in_svg() {
    let hostile = "<script>alert(1)</script> & Co \"quoted\"";
    let groups = vec![BarGroup {
        heading: None,
        bars: vec![Bar {
            label: hostile.into(),
            value: Some(1.0),
            value_label: "1 <b>".into(),
        }],
    }];
    for width in [360, 720] {
        let svg = framed(bar_chart(&groups, width), hostile, hostile, hostile).to_svg();
        assert!(!svg.contains("<script"), "{svg}");
        assert!(!svg.contains("<b>"), "{svg}");
        assert!(
            svg.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co"),
            "{svg}"
        );
    }
}

#[test]
fn the_same_state_draws_the_same_bytes() {
    let a = trl::matrix(CELLS, (4, 7), 500).to_svg();
    let b = trl::matrix(CELLS, (4, 7), 500).to_svg();
    assert_eq!(a, b);
    // and no inline style anywhere: the strict CSP has no 'unsafe-inline' for styles.
    assert!(!a.contains("style="));
}
