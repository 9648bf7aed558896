//! What a careful reader found on the pages, each now checked: a qualified amount is
//! not tied with an exact one, an amount printed in parts is not "not reported", a
//! month-only date sorts after the days of its month.

use explorer_core::data::model::{Dataset, Institute};
use explorer_core::institutes::funding::{funding_order, funding_takeaway, FundingSort};
use explorer_core::load_dataset;

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn ds() -> Dataset {
    load_dataset(SHIPPED).expect("valid")
}

#[test]
fn the_funding_takeaway_does_not_tie_nearly_with_exact_and_names_amounts_in_parts() {
    let ds = ds();
    let list: Vec<&Institute> = ds.institutes.iter().collect();
    let t = funding_takeaway(&list);
    // "nearly $250 million" (AFFOA) is less than "$250 million" (MxD).
    let nonfederal = t
        .split(". ")
        .find(|s| s.starts_with("The largest non-federal"))
        .unwrap();
    assert!(nonfederal.contains("MxD ($250 million)"), "{t}");
    assert!(!nonfederal.contains("AFFOA"), "{t}");
    // AIM Photonics' amount is printed in parts, not missing.
    assert!(t.contains("printed only in parts for AIM Photonics"), "{t}");
    assert!(!t.contains("not reported for AIM Photonics"), "{t}");
}

#[test]
fn a_month_only_announcement_sorts_after_the_days_of_its_month() {
    let ds = ds();
    let list: Vec<&Institute> = ds.institutes.iter().collect();
    let order: Vec<&str> = funding_order(&list, FundingSort::Announced)
        .iter()
        .map(|i| i.id.as_str())
        .collect();
    let at = |id: &str| order.iter().position(|x| *x == id).unwrap();
    let december_2016: Vec<(&str, String)> = ds
        .institutes
        .iter()
        .filter_map(|i| {
            let d = i.record.as_ref()?.announced.as_ref()?.date;
            (d.year == 2016 && d.month == Some(12)).then(|| (i.id.as_str(), d.to_string()))
        })
        .collect();
    let month_only: Vec<&str> = december_2016
        .iter()
        .filter(|(_, d)| d.len() == 7)
        .map(|(id, _)| *id)
        .collect();
    let with_day: Vec<&str> = december_2016
        .iter()
        .filter(|(_, d)| d.len() == 10)
        .map(|(id, _)| *id)
        .collect();
    assert!(
        !month_only.is_empty() && !with_day.is_empty(),
        "{december_2016:?}"
    );
    for m in &month_only {
        for d in &with_day {
            assert!(at(m) > at(d), "{m} before {d}: {order:?}");
        }
    }
}
