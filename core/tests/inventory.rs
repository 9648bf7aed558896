//! The inventory of records that the browser test checks against every page.

use explorer_core::inventory::{records, HELD_NOT_SHOWN, HELD_NOT_SHOWN_KINDS};
use explorer_core::load_dataset;

#[test]
fn every_record_is_listed_once_with_text_to_find() {
    let ds = load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap();
    let all = records(&ds);
    // A sample of each kind is there.
    for kind in [
        "source",
        "figure",
        "institute",
        "topic",
        "goal",
        "objective",
        "story",
        "TRL",
        "program",
        "agency",
        "community",
        "commerce role",
        "statement",
        "network point",
        "institute record",
    ] {
        assert!(
            all.iter().any(|r| r.kind == kind),
            "no {kind} in the inventory"
        );
    }
    assert_eq!(
        all.iter().filter(|r| r.kind == "institute").count(),
        ds.institutes.len()
    );
    assert_eq!(
        all.iter().filter(|r| r.kind == "community").count(),
        ds.imcp.communities.len()
    );
    let figures = ds.headline_figures.len()
        + ds.institutes.iter().map(|i| i.figures.len()).sum::<usize>()
        + ds.benchmarking
            .programs
            .iter()
            .map(|p| p.plan_figures.len() + p.other_figures.len())
            .sum::<usize>()
        + ds.agencies.iter().map(|a| a.figures.len()).sum::<usize>()
        + ds.imcp.figures.len();
    assert_eq!(all.iter().filter(|r| r.kind == "figure").count(), figures);
    let mut keys: Vec<(&str, &str)> = all.iter().map(|r| (r.kind, r.id.as_str())).collect();
    let n = keys.len();
    keys.sort();
    keys.dedup();
    assert_eq!(keys.len(), n, "a record is listed twice");
    assert!(
        all.iter().all(|r| !r.text.trim().is_empty()),
        "a record without text"
    );
}

#[test]
fn what_is_held_but_not_shown_names_real_records_and_says_why() {
    let ds = load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap();
    let all = records(&ds);
    for (kind, id, why) in HELD_NOT_SHOWN {
        assert!(
            all.iter().any(|r| r.kind == *kind && r.id == *id),
            "{kind} {id} is not in the dataset"
        );
        assert!(why.len() > 20, "{kind} {id}: say why it is not shown");
    }
    for (kind, why) in HELD_NOT_SHOWN_KINDS {
        assert!(
            all.iter().any(|r| r.kind == *kind),
            "no record of kind {kind} in the dataset"
        );
        assert!(why.len() > 20, "{kind}: say why it is not shown");
    }
    let points: usize = ds.network.metrics.iter().map(|m| m.points.len()).sum();
    assert_eq!(
        all.iter().filter(|r| r.kind == "network point").count(),
        points
    );
}
