//! The yearly network figures against the fact base they were copied from
//! (`facts-network.md`, Part A; row numbers such as A28 in the comments) and, for FY2022,
//! the 2024 Strategic Plan figures of `facts.md` §2.

use explorer_core::data::model::{Amount, Dataset, NetworkPoint, Qualifier};
use explorer_core::load_dataset;

use Qualifier::{About, Exact, MoreThan, Nearly, Plus};

fn ds() -> Dataset {
    load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap()
}

fn point<'a>(ds: &'a Dataset, metric: &str, fy: u16) -> Option<&'a NetworkPoint> {
    ds.network
        .metric(metric)
        .unwrap_or_else(|| panic!("no metric {metric}"))
        .points
        .iter()
        .find(|p| p.fiscal_year == fy)
}

/// (metric, fiscal year, value as printed, qualifier as printed)
const EXPECTED: &[(&str, u16, f64, Qualifier)] = &[
    ("institutes", 2016, 9.0, Exact),                  // A5
    ("institutes", 2017, 14.0, Exact),                 // A16
    ("institutes", 2018, 14.0, Exact),                 // A27
    ("institutes", 2019, 14.0, Exact),                 // A37
    ("institutes", 2021, 16.0, Exact),                 // A46
    ("institutes", 2022, 16.0, Exact),                 // A57 (A60 agrees)
    ("members", 2016, 1000.0, Nearly),                 // A9
    ("members", 2017, 1291.0, Exact),                  // A19
    ("members", 2018, 1937.0, Exact),                  // A28
    ("members", 2019, 1920.0, Exact),                  // A37
    ("members", 2020, 2000.0, MoreThan),               // A44
    ("members", 2021, 2300.0, Exact),                  // A52
    ("members", 2022, 2500.0, Plus),                   // A59, facts.md §2
    ("manufacturer_share", 2017, 65.0, Exact),         // A20
    ("manufacturer_share", 2018, 63.0, Exact),         // A28
    ("manufacturer_share", 2020, 62.0, Exact),         // A44
    ("manufacturer_share", 2021, 63.0, Exact),         // A52
    ("manufacturer_share", 2022, 63.0, Exact),         // A59, facts.md §2
    ("sme_share", 2017, 65.0, Exact),                  // A20
    ("sme_share", 2018, 70.0, Exact),                  // A29
    ("sme_share", 2020, 72.0, Exact),                  // A44
    ("sme_share", 2021, 72.0, Exact),                  // A52
    ("sme_share", 2022, 73.0, Exact),                  // A59, facts.md §2 (p.19)
    ("projects", 2017, 270.0, Nearly),                 // A21
    ("projects", 2018, 476.0, Exact),                  // A30
    ("projects", 2019, 561.0, Exact),                  // A38
    ("projects", 2020, 500.0, MoreThan),               // A43
    ("projects", 2021, 708.0, Exact),                  // A53
    ("projects", 2022, 670.0, Plus),                   // A59, facts.md §2 (p.30)
    ("workforce", 2016, 28000.0, About),               // A8
    ("workforce", 2017, 191000.0, MoreThan),           // A23
    ("workforce", 2018, 205254.0, Exact),              // A31
    ("workforce", 2019, 39876.0, Exact),               // A39
    ("workforce", 2021, 90000.0, MoreThan),            // A54
    ("workforce", 2022, 106000.0, Exact),              // A59, facts.md §2 (p.30)
    ("base_federal_funds", 2018, 183.0, Exact),        // A33
    ("base_federal_funds", 2021, 127.0, Exact),        // A55
    ("base_federal_funds", 2022, 109.0, Exact),        // A59, facts.md §2
    ("funds_attracted", 2018, 304.0, MoreThan),        // A33
    ("funds_attracted", 2021, 354.0, Exact),           // A55
    ("funds_attracted", 2022, 307.0, Exact),           // A59, facts.md §2
    ("total_funds", 2019, 488.0, Exact),               // A40
    ("total_funds", 2021, 480.0, Exact),               // A56
    ("match_ratio", 2016, 2.0, Exact),                 // A7
    ("match_ratio", 2017, 2.0, Exact),                 // A25
    ("match_ratio", 2021, 2.7, Exact),                 // A50
    ("match_ratio", 2022, 2.8, Exact),                 // A59, facts.md §2 (p.30)
    ("cumulative_federal", 2016, 600.0, MoreThan),     // A10
    ("cumulative_federal", 2017, 1000.0, Exact),       // A18
    ("cumulative_federal", 2019, 1000.0, Exact),       // A34
    ("cumulative_federal", 2022, 1700.0, Exact),       // A57
    ("cumulative_nonfederal", 2016, 1200.0, MoreThan), // A10
    ("cumulative_nonfederal", 2017, 2000.0, MoreThan), // A18
];

#[test]
fn figures_match_the_fact_base() {
    let ds = ds();
    for &(metric, fy, value, qualifier) in EXPECTED {
        let p = point(&ds, metric, fy).unwrap_or_else(|| panic!("{metric} FY{fy} is missing"));
        assert_eq!(p.value, Amount::Reported(value), "{metric} FY{fy}");
        assert_eq!(p.qualifier, qualifier, "{metric} FY{fy}");
        assert!(!p.quote.trim().is_empty(), "{metric} FY{fy} has no quote");
    }
    assert!(EXPECTED.len() >= 40);
    for fy in 2016..=2022 {
        assert!(
            EXPECTED.iter().any(|e| e.1 == fy),
            "the table checks nothing for FY{fy}"
        );
    }
    // The table covers every point the dataset holds.
    let held: usize = ds.network.metrics.iter().map(|m| m.points.len()).sum();
    assert_eq!(held, EXPECTED.len());
}

#[test]
fn years_without_a_figure_are_not_filled_in() {
    let ds = ds();
    for (metric, fy) in [
        ("workforce", 2020),          // A45
        ("base_federal_funds", 2019), // C1: no split of the $488M
        ("base_federal_funds", 2020), // A45
        ("funds_attracted", 2020),    // A45
        ("match_ratio", 2018),        // C1: 304 / 183 is not printed
        ("match_ratio", 2019),        // C1
        ("match_ratio", 2020),        // A45
        ("projects", 2016),           // C1
        ("sme_share", 2016),          // A6 gives a count, not a share
        ("sme_share", 2019),          // C1
        ("manufacturer_share", 2019), // C1
        ("institutes", 2020),         // A42 gives no total
        ("members", 2023),            // A63
    ] {
        assert!(
            point(&ds, metric, fy).is_none(),
            "{metric} FY{fy} has no figure in the sources read"
        );
    }
}

#[test]
fn the_workforce_series_breaks_after_fy2018() {
    let ds = ds();
    let m = ds.network.metric("workforce").unwrap();
    assert!(m
        .breaks
        .iter()
        .any(|b| (b.last_before, b.first_after) == (2018, 2019) && b.note.contains("205,254")));
}

#[test]
fn disagreeing_sources_are_kept_with_the_reason() {
    let ds = ds();
    for (metric, fy, other) in [
        ("workforce", 2017, 14000.0),        // A24 against A22/A23
        ("workforce", 2021, 85000.0),        // A49 against A54
        ("members", 2021, 2000.0),           // A47 against A52
        ("projects", 2021, 700.0),           // A48 against A53
        ("institutes", 2017, 9.0),           // A17 against A16
        ("projects", 2022, 700.0),           // facts.md §2: 670+ (p.30) against 700+ (p.19)
        ("cumulative_federal", 2016, 500.0), // A11 against A10
    ] {
        let p = point(&ds, metric, fy).unwrap();
        assert!(
            p.other_readings.iter().any(|r| r.value == other),
            "{metric} FY{fy} keeps {other}"
        );
        assert!(p.shown_because.is_some(), "{metric} FY{fy} says why");
    }
}
