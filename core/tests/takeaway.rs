//! The "most" and "largest" sentences name every tied item, and say something sensible
//! for one item and for none.

use explorer_core::communities::community_counts;
use explorer_core::data::model::Institute;
use explorer_core::institutes::per_state;
use explorer_core::load_dataset;
use explorer_core::takeaway::{
    all_largest, and_list, founding_years, most_communities, most_headquarters,
};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn states(list: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    list.iter()
        .map(|(s, v)| (s.to_string(), v.iter().map(|a| a.to_string()).collect()))
        .collect()
}

fn counts(list: &[(&str, u32)]) -> Vec<(String, u32)> {
    list.iter().map(|(s, n)| (s.to_string(), *n)).collect()
}

#[test]
fn lists_read_as_english() {
    assert_eq!(and_list::<&str>(&[]), "");
    assert_eq!(and_list(&["2015"]), "2015");
    assert_eq!(and_list(&["2015", "2021"]), "2015 and 2021");
    assert_eq!(and_list(&["CA", "IL", "TN"]), "CA, IL and TN");
}

#[test]
fn all_largest_keeps_every_tie_in_order_and_skips_nan() {
    let items = [
        ("a", 3.0),
        ("b", 5.0),
        ("c", f64::NAN),
        ("d", 5.0),
        ("e", 1.0),
    ];
    let top: Vec<&str> = all_largest(&items, |x| x.1).iter().map(|x| x.0).collect();
    assert_eq!(top, ["b", "d"]);
    let none: [(&str, f64); 0] = [];
    assert!(all_largest(&none, |x| x.1).is_empty());
    let only_nan = [("x", f64::NAN)];
    assert!(all_largest(&only_nan, |x| x.1).is_empty());
}

#[test]
fn founding_years_name_every_year_tied_for_the_most() {
    // Pairs per sponsor and year, as the chart's cells give them: 2015 has 1 + 3 = 4.
    let tied = [
        (2012, 1),
        (2015, 1),
        (2015, 3),
        (2016, 2),
        (2021, 4),
        (2023, 0),
    ];
    assert_eq!(
        founding_years(tied),
        "11 institutes were established between 2012 and 2021; the most in one year was 4, in 2015 and 2021."
    );
    // The order of the pairs does not matter, nor do empty years at either end.
    let shuffled = [
        (2021, 4),
        (2023, 0),
        (2016, 2),
        (2015, 3),
        (2012, 1),
        (2015, 1),
    ];
    assert_eq!(founding_years(shuffled), founding_years(tied));
    assert_eq!(
        founding_years([(2014, 2), (2016, 5), (2017, 1)]),
        "8 institutes were established between 2014 and 2017; the most in one year was 5, in 2016."
    );
    // Every year tied: no "most" to speak of.
    assert_eq!(
        founding_years([(2012, 1), (2014, 1), (2015, 1)]),
        "3 institutes were established between 2012 and 2015, 1 in each of 2012, 2014 and 2015."
    );
}

#[test]
fn founding_years_with_one_institute_one_year_or_none() {
    assert_eq!(
        founding_years([(2015, 1)]),
        "1 institute was established, in 2015."
    );
    assert_eq!(
        founding_years([(2015, 1), (2015, 2)]),
        "3 institutes were established, all in 2015."
    );
    let none: [(u16, u32); 0] = [];
    assert_eq!(
        founding_years(none),
        "No established institute matches the filters."
    );
    assert_eq!(
        founding_years([(2015, 0)]),
        "No established institute matches the filters."
    );
}

#[test]
fn headquarters_name_every_state_tied_for_the_most() {
    let tied = states(&[("CA", &["A", "B"]), ("NY", &["C", "D"]), ("OH", &["E"])]);
    assert_eq!(
        most_headquarters(&tied),
        "Headquarters are in 3 states; CA and NY have the most, with 2 each (CA: A, B; NY: C, D)."
    );
    let one_top = states(&[("OH", &["E"]), ("NY", &["A", "B", "C"]), ("CA", &["D"])]);
    assert_eq!(
        most_headquarters(&one_top),
        "Headquarters are in 3 states; NY has the most, with 3 (A, B, C)."
    );
    let all_tied = states(&[("CA", &["A"]), ("NY", &["B"])]);
    assert_eq!(
        most_headquarters(&all_tied),
        "Headquarters are in 2 states, 1 institute in each."
    );
}

#[test]
fn headquarters_in_one_state_or_none() {
    assert_eq!(
        most_headquarters(&states(&[("NY", &["AIM Photonics"])])),
        "Headquarters are in one state, NY: AIM Photonics."
    );
    assert_eq!(
        most_headquarters(&[]),
        "No institute with a known headquarters matches the filters."
    );
    // A state with no institute listed is no headquarters.
    assert_eq!(
        most_headquarters(&states(&[("NY", &["A", "B"]), ("CA", &[])])),
        "Headquarters are in one state, NY: A, B."
    );
}

#[test]
fn communities_name_every_state_tied_for_the_most() {
    let tied = counts(&[("CA", 2), ("IL", 2), ("OH", 1), ("TN", 2)]);
    assert_eq!(
        most_communities(6, &tied),
        "6 communities in 4 states; CA, IL and TN have the most, with 2 each. A region spanning two states counts in both."
    );
    // 7 counted in states for 7 communities: nothing spans two states, so no note.
    let single = counts(&[("CA", 3), ("IL", 2), ("OH", 2)]);
    assert_eq!(
        most_communities(7, &single),
        "7 communities in 3 states; CA has the most, with 3."
    );
    assert_eq!(
        most_communities(2, &counts(&[("CA", 1), ("OH", 1)])),
        "2 communities in 2 states, 1 in each."
    );
}

#[test]
fn communities_in_one_state_or_none() {
    assert_eq!(
        most_communities(1, &counts(&[("OH", 1)])),
        "1 community, in OH."
    );
    assert_eq!(
        most_communities(3, &counts(&[("OH", 3)])),
        "3 communities, all in OH."
    );
    assert_eq!(
        most_communities(1, &counts(&[("OR", 1), ("WA", 1)])),
        "1 community in 2 states, 1 in each. A region spanning two states counts in both."
    );
    assert_eq!(
        most_communities(0, &[]),
        "No community matches the filters."
    );
}

/// The shipped data has ties in both: the sentences must name every tied item, counted
/// here independently of the takeaway code.
#[test]
fn the_shipped_data_names_its_ties() {
    let ds = load_dataset(SHIPPED).expect("valid");
    let communities: Vec<_> = ds.imcp.communities.iter().collect();
    let by_state = community_counts(&communities, false);
    let most = by_state.iter().map(|(_, n)| *n).max().expect("some");
    let tied: Vec<&str> = by_state
        .iter()
        .filter(|(_, n)| *n == most)
        .map(|(s, _)| s.as_str())
        .collect();
    let sentence = most_communities(communities.len(), &by_state);
    assert!(tied.len() > 1, "the data has a tie: {tied:?}");
    assert!(
        sentence.contains(&format!(
            "{} have the most, with {most} each",
            and_list(&tied)
        )),
        "{sentence}"
    );

    let established: Vec<&Institute> =
        explorer_core::history::established_institutes(&ds).collect();
    let hq = per_state(&established);
    let sentence = most_headquarters(&hq);
    let most = hq.iter().map(|(_, v)| v.len()).max().expect("some");
    for (s, v) in hq.iter().filter(|(_, v)| v.len() == most) {
        assert!(sentence.contains(s.as_str()), "{s} missing: {sentence}");
        for a in v {
            assert!(sentence.contains(a.as_str()), "{a} missing: {sentence}");
        }
    }
}

/// A series built from JSON as the dataset writes it: (fiscal year, value or null).
fn series(
    points: &[(u16, Option<f64>)],
    breaks: &[(u16, u16)],
) -> explorer_core::data::model::NetworkMetric {
    let pts: Vec<serde_json::Value> = points
        .iter()
        .map(|(y, v)| {
            serde_json::json!({
                "fiscal_year": y,
                "value": v.map_or(serde_json::json!("not_reported"), |x| serde_json::json!(x)),
                "sources": [{"source": "s"}],
                "quote": "q"
            })
        })
        .collect();
    let brk: Vec<serde_json::Value> = breaks
        .iter()
        .map(|(a, b)| serde_json::json!({"last_before": a, "first_after": b, "note": "n"}))
        .collect();
    serde_json::from_value(serde_json::json!({
        "id": "m", "label": "M", "unit": "count", "breaks": brk, "points": pts
    }))
    .expect("a series")
}

#[test]
fn the_series_takeaway_names_every_year_tied_for_the_highest_figure() {
    use explorer_core::network::takeaway;
    let m = series(
        &[
            (2017, Some(14.0)),
            (2018, Some(14.0)),
            (2019, Some(14.0)),
            (2021, Some(16.0)),
            (2022, Some(16.0)),
        ],
        &[],
    );
    let t = takeaway(&m, 2016, 2022);
    assert!(t.starts_with("14 in FY2017, 16 in FY2022."), "{t}");
    assert!(
        t.contains("The highest figure, 16, is in FY2021 and FY2022."),
        "{t}"
    );
    assert!(
        t.contains(
            "Reported for 5 of the 7 fiscal years FY2016–FY2022; FY2016 and FY2020 not reported."
        ),
        "{t}"
    );
    assert!(!t.contains("break"), "{t}");
    // One year at the top: named alone.
    let m = series(&[(2016, Some(9.0)), (2017, Some(14.0))], &[]);
    assert!(takeaway(&m, 2016, 2017).contains("The highest figure, 14, is in FY2017."));
}

#[test]
fn the_series_takeaway_says_when_a_break_lies_between_the_years_it_compares() {
    use explorer_core::network::takeaway;
    let m = series(
        &[
            (2016, Some(28_000.0)),
            (2018, Some(205_254.0)),
            (2019, Some(39_876.0)),
            (2022, Some(106_000.0)),
        ],
        &[(2018, 2019)],
    );
    let t = takeaway(&m, 2016, 2022);
    assert!(
        t.contains("A break in the series lies between FY2018 and FY2019"),
        "{t}"
    );
    // The highest figure is not looked for across the break (205,254 in FY2018 is not
    // comparable with what comes after it).
    assert!(
        t.contains("The highest figure since the break, 106,000, is in FY2022."),
        "{t}"
    );
    assert!(!t.contains("205,254 is"), "{t}");
    assert!(
        t.contains("Since the break: 39,876 in FY2019, 106,000 in FY2022."),
        "{t}"
    );
    // A comparison that does not cross the break says nothing of it.
    let m = series(
        &[(2019, Some(39_876.0)), (2022, Some(106_000.0))],
        &[(2016, 2017)],
    );
    let t = takeaway(&m, 2016, 2022);
    assert!(!t.contains("break"), "{t}");
    // Only one value, and none.
    let m = series(&[(2022, Some(2.8))], &[]);
    assert!(takeaway(&m, 2016, 2022).starts_with("Only FY2022 is reported: 2.8."));
    let m = series(&[(2020, None)], &[]);
    assert!(takeaway(&m, 2016, 2022).starts_with("No source read gives this figure"));
}

#[test]
fn the_shipped_workforce_series_takeaway_crosses_its_break() {
    let ds = load_dataset(SHIPPED).expect("valid");
    let (first, last) = explorer_core::network::year_span(&ds).expect("a span");
    let m = ds.network.metric("workforce").expect("workforce series");
    let t = explorer_core::network::takeaway(m, first, last);
    assert!(
        t.contains("A break in the series lies between FY2018 and FY2019"),
        "{t}"
    );
}

#[test]
fn the_funding_takeaway_names_every_institute_tied_for_the_largest_award() {
    use explorer_core::data::model::Amount;
    use explorer_core::institutes::funding::{funding_order, funding_takeaway, FundingSort};
    let ds = load_dataset(SHIPPED).expect("valid");
    let mut list: Vec<Institute> = ds
        .institutes
        .iter()
        .filter(|i| i.record.is_some())
        .cloned()
        .collect();
    assert!(list.len() >= 3);
    // Two institutes given the same, largest federal award; one with none reported.
    for (k, v) in [
        (0, Amount::Reported(5000.0)),
        (1, Amount::Reported(5000.0)),
        (2, Amount::NotReported),
    ] {
        if let Some(r) = list[k].record.as_mut() {
            r.federal_at_award.value = v;
            r.federal_at_award.qualifier = Default::default();
        }
    }
    let refs: Vec<&Institute> = list.iter().collect();
    let t = funding_takeaway(&refs);
    let (a, b) = (&list[0].acronym, &list[1].acronym);
    assert!(
        t.contains(&format!(
            "The largest federal funding at award: {a} ($5 billion) and {b} ($5 billion)"
        )) || t.contains(&format!(
            "The largest federal funding at award: {b} ($5 billion) and {a} ($5 billion)"
        )),
        "{t}"
    );
    assert!(t.contains("not reported"), "{t}");
    // Sorted by federal funding, the tied pair comes first and the one not reported last.
    let order = funding_order(&refs, FundingSort::Federal);
    assert!([a, b].contains(&&order[0].acronym) && [a, b].contains(&&order[1].acronym));
    assert_eq!(order.last().map(|i| &i.acronym), Some(&list[2].acronym));
}
