//! /timeline's state: the filter in the address, what it keeps, the per-year grid,
//! the takeaway that names every tied year, and the table of the same events.

use explorer_core::data::model::{Agency, Dataset, EventKind, PartialDate};
use explorer_core::history::TimelineItem;
use explorer_core::load_dataset;
use explorer_core::timeline::{self, Lane, TimelineFilter};
use explorer_core::url_state::{pairs, Tab};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn ds() -> Dataset {
    load_dataset(SHIPPED).expect("the shipped dataset is valid")
}

#[test]
fn the_filter_round_trips_and_notes_bad_input() {
    let ds = ds();
    let f = TimelineFilter {
        institute: Some("chips-digital-twin".into()),
        sponsors: vec![Agency::Doc, Agency::Dod],
        kinds: vec![EventKind::Award, EventKind::TerminationNotice],
        tab: Tab::Table,
    };
    let q = f.to_query();
    assert_eq!(
        q,
        "institute=chips-digital-twin&sponsor=doc,dod&kind=award,termination_notice&tab=table"
    );
    let (back, notes) = timeline::parse(&pairs(&q), &ds);
    assert_eq!(back, f);
    assert!(notes.is_empty(), "{notes:?}");
    let (_, notes) = timeline::parse(&pairs("institute=nope&kind=merger&sponsor=nasa&x=1"), &ds);
    assert_eq!(
        notes,
        [
            "Ignored institute=\"nope\" in the address: no institute has that id.",
            "Ignored the kind \"merger\" in the address: expected one of the kinds listed in the filter.",
            "Ignored the sponsor \"nasa\" in the address: expected dod, doe or doc.",
            "Ignored the unknown parameter \"x\" in the address.",
        ]
    );
    assert_eq!(TimelineFilter::default().to_query(), "");
    assert_eq!(
        f.describe(&ds).as_deref(),
        Some("institute SMART USA; sponsor DOC or DoD; kind award or termination notice")
    );
}

#[test]
fn every_event_from_the_first_institute_to_the_latest() {
    let ds = ds();
    let all = timeline::filtered(&ds, &TimelineFilter::default());
    // From America Makes' announcement (August 2012) to SMART USA's termination notice.
    let first = &all.first().unwrap().1;
    assert_eq!(first.date.year, 2012);
    assert_eq!(first.institute.as_deref(), Some("america-makes"));
    // The absence checked at the date the sources were checked is the very last item.
    let last = &all.last().unwrap().1;
    assert_eq!(last.kind, EventKind::NoAwardAnnouncedAsOf);
    // Every event of the file is there once, with the record's items beside them.
    let from_file =
        ds.institutes.iter().map(|i| i.events.len()).sum::<usize>() + ds.program_events.len();
    assert_eq!(
        all.iter().filter(|(_, i)| !i.from_record).count(),
        from_file
    );
    let anchors: std::collections::HashSet<&str> =
        all.iter().map(|(_, i)| i.anchor.as_str()).collect();
    assert_eq!(anchors.len(), all.len(), "anchors are unique");
    // In date order, a month-only date after the days of its month.
    let keys: Vec<_> = all
        .iter()
        .map(|(_, i)| explorer_core::history::sort_key(i.date))
        .collect();
    assert!(keys.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn filters_keep_what_they_say() {
    let ds = ds();
    let smart = timeline::filtered(
        &ds,
        &TimelineFilter {
            institute: Some("chips-digital-twin".into()),
            ..Default::default()
        },
    );
    assert!(smart
        .iter()
        .all(|(_, i)| i.institute.as_deref() == Some("chips-digital-twin")));
    assert!(smart
        .iter()
        .any(|(_, i)| i.kind == EventKind::TerminationNotice));
    // A program event with a sponsor counts for that sponsor; one without for none.
    let dod = timeline::filtered(
        &ds,
        &TimelineFilter {
            sponsors: vec![Agency::Dod],
            ..Default::default()
        },
    );
    assert!(dod
        .iter()
        .any(|(lane, i)| *lane == Lane::Program && i.anchor == "event-dod-portfolio-2023"));
    assert!(!dod.iter().any(|(_, i)| i.anchor == "event-gao-25-107369"));
    let reviews = timeline::filtered(
        &ds,
        &TimelineFilter {
            kinds: vec![EventKind::Review, EventKind::Legislation],
            ..Default::default()
        },
    );
    assert_eq!(reviews.len(), 4);
}

fn item(year: u16, anchor: &str) -> (Lane, TimelineItem) {
    (
        Lane::Program,
        TimelineItem {
            anchor: anchor.into(),
            date: PartialDate {
                year,
                month: None,
                day: None,
            },
            kind: EventKind::Other,
            kind_label: "Other".into(),
            summary: String::new(),
            figures: vec![],
            sources: vec![],
            quote: None,
            notes: vec![],
            institute: None,
            from_record: false,
        },
    )
}

#[test]
fn the_takeaway_names_every_tied_year() {
    let items = vec![
        item(2015, "a"),
        item(2015, "b"),
        item(2017, "c"),
        item(2017, "d"),
        item(2016, "e"),
    ];
    assert_eq!(
        timeline::takeaway(&items),
        "5 dated events, from 2015 to 2017. The most in one year: 2015 and 2017 (2 each)."
    );
    assert_eq!(
        timeline::takeaway(&[item(2020, "x")]),
        "1 dated event, from 2020 to 2020. The most in one year: 2020 (1)."
    );
    assert_eq!(timeline::takeaway(&[]), "No event matches the filter.");
    // The shipped list holds the AI institute's "no award as of" check: said, not counted.
    let ds = ds();
    let all = timeline::filtered(&ds, &TimelineFilter::default());
    let t = timeline::takeaway(&all);
    assert!(
        t.starts_with(&format!(
            "{} dated events, from 2012 to 2025.",
            all.len() - 1
        )),
        "{t}"
    );
    assert!(
        t.ends_with(
            "The list also holds 1 check that found no award, which the chart does not count."
        ),
        "{t}"
    );
    // The years between with no event are columns with no cell, never a zero.
    let (years, _, cells) = timeline::per_year(&items);
    assert_eq!(years, [2015, 2016, 2017]);
    assert_eq!(cells, [(0, 0, 2), (0, 1, 1), (0, 2, 2)]);
}

#[test]
fn the_table_holds_the_same_events_with_their_sources() {
    let ds = ds();
    let all = timeline::filtered(&ds, &TimelineFilter::default());
    let t = timeline::table(&ds, &all);
    assert_eq!(t.rows.len(), all.len());
    let termination = t
        .rows
        .iter()
        .find(|r| r[3] == "Termination notice")
        .expect("the termination notice");
    assert_eq!(termination[0], "2025-12-10");
    assert_eq!(termination[1], "SMART USA");
    assert_eq!(termination[2], "DOC");
    assert!(termination[7].contains("IEEE Spectrum, read in a copy"));
    let per_year = timeline::per_year_table(&all);
    let total: u32 = per_year
        .rows
        .iter()
        .map(|r| r[2].parse::<u32>().unwrap())
        .sum();
    // The chart counts every event but an absence checked at a date, which is listed.
    let absences = all
        .iter()
        .filter(|(_, i)| i.kind == EventKind::NoAwardAnnouncedAsOf)
        .count();
    assert_eq!((total as usize, absences), (all.len() - 1, 1));
}
