//! Filters, sort and search of /institutes and /communities, and their query strings.

use explorer_core::communities::{
    community_counts, filter_communities, parse_communities, CommunityFilter,
};
use explorer_core::data::model::{Agency, Dataset, InstituteStatus};
use explorer_core::institutes::{
    filter_institutes, founded_per_year, parse_institutes, per_state, InstituteFilter, SortKey,
};
use explorer_core::load_dataset;
use explorer_core::url_state::{pairs, Tab};

fn ds() -> Dataset {
    load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap()
}

fn ids(list: &[&explorer_core::data::model::Institute]) -> Vec<String> {
    list.iter().map(|i| i.id.clone()).collect()
}

#[test]
fn default_lists_everything_sorted_by_acronym() {
    let ds = ds();
    let all = filter_institutes(&ds, &InstituteFilter::default());
    assert_eq!(all.len(), ds.institutes.len());
    let acronyms: Vec<String> = all.iter().map(|i| i.acronym.to_lowercase()).collect();
    let mut sorted = acronyms.clone();
    sorted.sort();
    assert_eq!(acronyms, sorted);
}

#[test]
fn filters_combine() {
    let ds = ds();
    let f = InstituteFilter {
        sponsors: vec![Agency::Doe],
        state: Some("NY".into()),
        ..Default::default()
    };
    assert_eq!(ids(&filter_institutes(&ds, &f)), ["rapid", "remade"]);
    let f = InstituteFilter {
        from: Some(2016),
        to: Some(2017),
        sort: SortKey::Year,
        ..Default::default()
    };
    assert_eq!(
        ids(&filter_institutes(&ds, &f)),
        ["affoa", "armi", "cesmii", "arm", "niimbl", "rapid", "remade"]
    );
    let f = InstituteFilter {
        statuses: vec![InstituteStatus::Established],
        ..Default::default()
    };
    assert_eq!(filter_institutes(&ds, &f).len(), 17);
    // Statuses are computed when the sources were last checked: SMART USA's award is
    // under a termination notice, the AI institute is still a competition.
    let with = |statuses: Vec<InstituteStatus>| {
        ids(&filter_institutes(
            &ds,
            &InstituteFilter {
                statuses,
                ..Default::default()
            },
        ))
    };
    assert_eq!(
        with(vec![InstituteStatus::AwardTerminated]),
        ["chips-digital-twin"]
    );
    assert_eq!(with(vec![InstituteStatus::Announced]), ["ai-resilient-mfg"]);
    assert_eq!(
        with(vec![
            InstituteStatus::Planned,
            InstituteStatus::AwardTerminated
        ])
        .len(),
        2
    );
}

#[test]
fn the_status_filter_lives_in_the_address_and_old_links_still_read() {
    let (f, notes) = parse_institutes(&pairs("status=terminated,announced"));
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(
        f.statuses,
        [InstituteStatus::AwardTerminated, InstituteStatus::Announced]
    );
    assert_eq!(f.to_query(), "status=terminated,announced");
    assert_eq!(
        f.describe().as_deref(),
        Some("status award terminated or announced")
    );
    // The address before statuses existed.
    let (old, notes) = parse_institutes(&pairs("established=1"));
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(old.statuses, [InstituteStatus::Established]);
    let (_, notes) = parse_institutes(&pairs("status=closed"));
    assert_eq!(
        notes.as_slice(),
        ["Ignored the status \"closed\" in the address: expected established, announced, planned or terminated."]
    );
}

#[test]
fn search_covers_acronym_name_focus_and_other_names() {
    let ds = ds();
    let q = |s: &str| {
        ids(&filter_institutes(
            &ds,
            &InstituteFilter {
                q: s.into(),
                ..Default::default()
            },
        ))
    };
    assert_eq!(q("lift"), ["lift"]);
    assert_eq!(q("DMDII"), ["mxd"]); // a former name
    assert_eq!(q("COMPOSITES"), ["iacmi"]); // the focus, any case
    assert_eq!(q("  biopharmaceutical  manufacturing "), ["niimbl"]); // every word must match
    assert!(q("no such thing").is_empty());
}

#[test]
fn sorting_by_year_and_state_puts_unknowns_last() {
    let ds = ds();
    let by_year = filter_institutes(
        &ds,
        &InstituteFilter {
            sort: SortKey::Year,
            ..Default::default()
        },
    );
    assert_eq!(by_year[0].id, "america-makes");
    assert!(by_year.last().unwrap().established.is_none());
    let by_state = filter_institutes(
        &ds,
        &InstituteFilter {
            sort: SortKey::State,
            ..Default::default()
        },
    );
    assert_eq!(by_state[0].headquarters[0].state, "AZ");
    assert!(by_state.last().unwrap().headquarters.is_empty());
}

#[test]
fn a_search_keeps_the_order_of_the_whole_list() {
    // The index sorts once per dataset; a filtered list must come out in the same
    // order as the full list, for every sort key and with the fields filtered too.
    let ds = ds();
    for sort in SortKey::ALL {
        let all = ids(&filter_institutes(
            &ds,
            &InstituteFilter {
                sort,
                ..Default::default()
            },
        ));
        assert_eq!(all.len(), ds.institutes.len());
        for (q, established_only) in [("manufacturing", false), ("e", true), ("institute", true)] {
            let f = InstituteFilter {
                sort,
                q: q.into(),
                statuses: if established_only {
                    vec![InstituteStatus::Established]
                } else {
                    Vec::new()
                },
                ..Default::default()
            };
            let found = ids(&filter_institutes(&ds, &f));
            assert!(!found.is_empty(), "{q:?} finds nothing");
            let expected: Vec<String> = all
                .iter()
                .filter(|id| found.contains(id))
                .cloned()
                .collect();
            assert_eq!(found, expected, "{sort:?} {q:?}");
        }
    }
}

#[test]
fn institute_query_round_trips_and_notes_bad_input() {
    let f = InstituteFilter {
        q: "smart & co/é".into(),
        sponsors: vec![Agency::Dod, Agency::Doc],
        state: Some("CA".into()),
        from: Some(2014),
        to: Some(2017),
        statuses: vec![
            InstituteStatus::Established,
            InstituteStatus::AwardTerminated,
        ],
        sort: SortKey::State,
        years_tab: Tab::Table,
        map_tab: Tab::Chart,
        funding_tab: Tab::Table,
        funding_sort: explorer_core::institutes::funding::FundingSort::Announced,
    };
    let (back, notes) = parse_institutes(&pairs(&f.to_query()));
    assert_eq!(back, f);
    assert!(notes.is_empty(), "{notes:?}");
    assert_eq!(InstituteFilter::default().to_query(), "");
    let (g, notes) = parse_institutes(&pairs(
        "sponsor=nasa,doe&from=2019&to=2015&sort=size&state=Ohio&zzz=1&fsort=biggest&funding=pie",
    ));
    assert_eq!(
        g.funding_sort,
        explorer_core::institutes::funding::FundingSort::Federal
    );
    assert_eq!(g.sponsors, vec![Agency::Doe]);
    assert_eq!((g.from, g.to), (Some(2015), Some(2019)));
    assert_eq!(g.sort, SortKey::Name);
    assert_eq!(g.state, None);
    assert_eq!(notes.len(), 7, "{notes:#?}");
}

#[test]
fn counts_for_the_charts() {
    let ds = ds();
    let all: Vec<_> = explorer_core::history::established_institutes(&ds).collect();
    let (years, sponsors, cells) = founded_per_year(&all);
    assert_eq!((years[0], *years.last().unwrap()), (2012, 2023));
    assert_eq!(sponsors, vec![Agency::Dod, Agency::Doe, Agency::Doc]);
    assert_eq!(cells.iter().map(|c| c.2).sum::<u32>(), 17);
    let states = per_state(&all);
    assert_eq!(states[0].0, "NY");
    assert_eq!(states[0].1, vec!["AIM Photonics", "RAPID", "REMADE"]);
}

#[test]
fn communities_filter_and_count() {
    let ds = ds();
    let f = CommunityFilter {
        round: Some(2),
        ..Default::default()
    };
    assert_eq!(filter_communities(&ds, &f).len(), 12);
    let f = CommunityFilter {
        state: Some("WA".into()),
        ..Default::default()
    };
    let wa: Vec<&str> = filter_communities(&ds, &f)
        .iter()
        .map(|c| c.id.as_str())
        .collect();
    assert_eq!(wa, ["puget-sound", "pacific-northwest"]); // a two-state region counts in both
    let f = CommunityFilter {
        q: "university".into(),
        ..Default::default()
    };
    assert!(filter_communities(&ds, &f).iter().all(|c| c
        .lead
        .to_lowercase()
        .contains("university")
        || c.name.to_lowercase().contains("university")));
    let all = filter_communities(&ds, &CommunityFilter::default());
    let by_year = community_counts(&all, true);
    assert_eq!(
        by_year,
        vec![("2014".to_string(), 12), ("2015".to_string(), 12)]
    );
    let (back, notes) = parse_communities(&pairs("q=lake&state=ny&round=1&by=year&tab=table"));
    assert!(notes.is_empty());
    let (again, _) = parse_communities(&pairs(&back.to_query()));
    assert_eq!(again, back);
    let (_, notes) = parse_communities(&pairs("round=x&by=county"));
    assert_eq!(notes.len(), 2);
}

/// A hundred times the institutes: one filter pass stays far below a frame. (Not a
/// timing assertion: the scale benchmark measures it in a browser; this only proves
/// the filter is a single pass whose result grows with the input.)
#[test]
fn filtering_a_hundred_times_the_data_keeps_every_match() {
    let mut big = ds();
    let base = big.institutes.clone();
    for k in 0..99 {
        for i in &base {
            let mut c = i.clone();
            c.id = format!("{}-{k}", i.id);
            big.institutes.push(c);
        }
    }
    let f = InstituteFilter {
        sponsors: vec![Agency::Doe],
        q: "process".into(),
        ..Default::default()
    };
    let small = filter_institutes(&ds(), &f).len();
    assert!(small > 0);
    assert_eq!(filter_institutes(&big, &f).len(), small * 100);
}

#[test]
fn a_filter_says_what_it_narrows_to_and_nothing_when_it_narrows_nothing() {
    let (all, _) = parse_institutes(&pairs("sort=year&years=table"));
    assert_eq!(all.describe(), None, "sort and tabs do not filter");
    let (f, _) = parse_institutes(&pairs(
        "q=%20bio%20&sponsor=doe,dod&state=oh&from=2015&to=2020",
    ));
    assert_eq!(
        f.describe().as_deref(),
        Some("search “bio”; sponsor DOE or DoD; headquarters in OH; established 2015–2020")
    );
    let (from, _) = parse_institutes(&pairs("from=2017&established=1"));
    assert_eq!(
        from.describe().as_deref(),
        Some("established 2017 or later; status established")
    );

    let (c, _) = parse_communities(&pairs("by=year&tab=table"));
    assert_eq!(c.describe(), None);
    let (c, _) = parse_communities(&pairs("state=ga&round=2"));
    assert_eq!(c.describe().as_deref(), Some("state GA; round 2"));
}
