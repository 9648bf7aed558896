//! The chart specs and sentences each subject builds for its page, on the shipped data:
//! ids and file names, takeaways, summaries, table headers and rows, notes, and the page
//! and embed addresses. The pages only lay these out, so what a chart says is tested here.

use explorer_core::agencies;
use explorer_core::benchmarking::spec::{bench_spec, selection_note};
use explorer_core::benchmarking::{KPIS, TABLE_HEADER};
use explorer_core::chart::spec::{download_table, embed_height, filter_sentence, host_script};
use explorer_core::communities::{self, chart_spec, CommunityFilter};
use explorer_core::data::model::{
    Agency, AgencyRole, Dataset, EventKind, Institute, InstituteStatus,
};
use explorer_core::institutes::charts::{
    described, embed_path, founded, parse_embed, DirectoryChart,
};
use explorer_core::institutes::InstituteFilter;
use explorer_core::network::spec::series_spec;
use explorer_core::network::year_span;
use explorer_core::timeline::{self, TimelineFilter};
use explorer_core::trl::spec::{
    dataset_spec, file_source, file_spec, not_placed_why, printed_heading, rows_read, valley,
    DEFAULT_VALLEY,
};
use explorer_core::trl::{parse_projects_csv, Origin, Progression, TrlView, EXAMPLE_CSV};
use explorer_core::url_state::{pairs, Tab};
use explorer_core::{inventory, links, load_dataset, plan, sources, takeaway};

fn ds() -> Dataset {
    load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap()
}

fn established(ds: &Dataset) -> Vec<&Institute> {
    explorer_core::history::established_institutes(ds).collect()
}

fn column(rows: &[Vec<String>], k: usize) -> u32 {
    rows.iter().map(|r| r[k].parse::<u32>().unwrap()).sum()
}

#[test]
fn founded_chart_counts_every_institute_with_a_founding_year() {
    let ds = ds();
    let list = established(&ds);
    let spec = founded(&list, &InstituteFilter::default());
    assert_eq!(spec.id, "founded-per-year");
    assert_eq!(spec.table.file, "institutes-per-year.csv");
    assert_eq!(spec.table.header, ["year", "sponsor", "institutes"]);
    let with_year = list.iter().filter(|i| i.established.is_some()).count();
    assert!(with_year > 10, "{with_year}");
    assert_eq!(column(&spec.table.rows, 2) as usize, with_year);
    // Rows in year order, and the summary reads each row.
    let years: Vec<&str> = spec.table.rows.iter().map(|r| r[0].as_str()).collect();
    let mut sorted = years.clone();
    sorted.sort_unstable();
    assert_eq!(years, sorted);
    for r in &spec.table.rows {
        assert!(spec
            .summary
            .contains(&format!("{}: {} {}.", r[0], r[2], r[1])));
    }
    assert!(spec.takeaway.contains(years[years.len() - 1]) || spec.takeaway.contains("most"));
    assert_eq!(spec.page_path, "/institutes");
    assert_eq!(
        spec.embed_path.as_deref(),
        Some("/embed/institutes?chart=founded")
    );
    assert!(spec.notes[0].contains("no founding date"));
    assert!(!spec.sources.is_empty());
}

#[test]
fn map_and_funding_charts_follow_the_filter_in_their_addresses() {
    let ds = ds();
    let f = InstituteFilter {
        sponsors: vec![Agency::Doe],
        ..Default::default()
    };
    let list: Vec<&Institute> = ds
        .institutes
        .iter()
        .filter(|i| i.sponsor == Agency::Doe)
        .collect();
    let map = DirectoryChart::Map.spec(&list, &f);
    assert_eq!(map.id, "headquarters-map");
    assert_eq!(map.table.header, ["state", "institutes", "acronyms"]);
    let hq: usize = list
        .iter()
        .map(|i| {
            let mut s: Vec<&str> = i.headquarters.iter().map(|h| h.state.as_str()).collect();
            s.dedup();
            s.len()
        })
        .sum();
    assert_eq!(column(&map.table.rows, 1) as usize, hq);
    let q = f.to_query();
    assert!(!q.is_empty());
    assert_eq!(map.page_path, format!("/institutes?{q}"));
    assert_eq!(
        map.embed_path.as_deref(),
        Some(format!("/embed/institutes?chart=map&{q}").as_str())
    );

    let funding = DirectoryChart::Funding.spec(&list, &f);
    assert_eq!(funding.table.file, "funding-at-award.csv");
    assert_eq!(funding.table.header.len(), 6);
    assert_eq!(funding.numeric, [false, false, true, false, true, false]);
    let with_record = list.iter().filter(|i| i.record.is_some()).count();
    assert_eq!(funding.table.rows.len(), with_record);
    assert!(funding.notes[0].starts_with("Every bar is in US$ million"));
    for r in &funding.table.rows {
        assert!(funding
            .summary
            .contains(&format!("{}: federal {}", r[0], r[1])));
    }
    assert_eq!(
        embed_path(DirectoryChart::Funding, &f),
        funding.embed_path.unwrap()
    );

    let shown = described(&f, list.len(), ds.institutes.len()).unwrap();
    assert!(
        shown.ends_with(&format!(
            "({} of {} institutes)",
            list.len(),
            ds.institutes.len()
        )),
        "{shown}"
    );
    assert_eq!(described(&InstituteFilter::default(), 3, 19), None);
}

#[test]
fn an_embed_address_names_its_chart_and_keeps_the_rest_for_the_filter() {
    let ((chart, f), notes) = parse_embed(&pairs("chart=map&sponsor=doe&map=table"));
    assert_eq!(chart, DirectoryChart::Map);
    assert_eq!(f.sponsors, [Agency::Doe]);
    assert_eq!(chart.tab(&f), Tab::Table);
    assert!(notes.is_empty(), "{notes:?}");

    let ((chart, _), notes) = parse_embed(&pairs("chart=pie&colour=red"));
    assert_eq!(chart, DirectoryChart::Founded);
    assert_eq!(
        notes,
        [
            "Ignored chart=\"pie\" in the address: expected founded, map or funding.",
            "Ignored the unknown parameter \"colour\" in the address.",
        ]
    );

    let mut f = InstituteFilter::default();
    for chart in [
        DirectoryChart::Founded,
        DirectoryChart::Map,
        DirectoryChart::Funding,
    ] {
        chart.set_tab(&mut f, Tab::Table);
        assert_eq!(chart.tab(&f), Tab::Table);
        let ((back, again), _) =
            parse_embed(&pairs(embed_path(chart, &f).split_once('?').unwrap().1));
        assert_eq!((back, again), (chart, f.clone()));
    }
}

#[test]
fn communities_chart_by_state_and_by_year() {
    let ds = ds();
    let list: Vec<_> = ds.imcp.communities.iter().collect();
    let by_state = chart_spec(&list, false, communities::PAGE.into());
    assert_eq!(by_state.id, "communities-chart");
    assert_eq!(by_state.table.header, ["state", "communities"]);
    assert_eq!(
        by_state.takeaway,
        takeaway::most_communities(list.len(), &communities::community_counts(&list, false))
    );
    let by_year = chart_spec(&list, true, communities::PAGE.into());
    assert_eq!(by_year.table.header, ["year", "communities"]);
    assert_eq!(column(&by_year.table.rows, 1) as usize, list.len());
    assert!(by_year
        .takeaway
        .starts_with(&format!("{} communities: ", list.len())));
    let uncertain = list.iter().filter(|c| c.uncertain.is_some()).count();
    assert_eq!(by_state.notes.len(), uncertain);
    assert_eq!(
        chart_spec(&[], false, String::new()).takeaway,
        "No community matches the filters."
    );

    let f = CommunityFilter {
        round: Some(1),
        ..Default::default()
    };
    let shown = communities::filter_communities(&ds, &f).len();
    assert_eq!(
        communities::described(&f, shown, list.len()).unwrap(),
        format!("round 1 ({shown} of {} communities)", list.len())
    );
    assert_eq!(
        communities::described(&CommunityFilter::default(), 1, 2),
        None
    );
}

#[test]
fn every_network_series_reads_every_year_and_says_its_breaks() {
    let ds = ds();
    let (first, last) = year_span(&ds).unwrap();
    for m in &ds.network.metrics {
        let spec = series_spec(&ds, m, Tab::Chart);
        assert_eq!(spec.id, format!("network-{}", m.id));
        assert_eq!(spec.title, format!("{}, by fiscal year", m.label));
        for y in first..=last {
            assert!(spec.summary.contains(&format!("FY{y}: ")), "{}", m.id);
        }
        let breaks = spec
            .notes
            .iter()
            .filter(|n| n.starts_with("Break between"))
            .count();
        assert_eq!(breaks, m.breaks.len());
        assert_eq!(spec.page_path, format!("/network?metric={}", m.id));
        assert_eq!(
            spec.embed_path.as_deref(),
            Some(format!("/embed/network?metric={}", m.id).as_str())
        );
        let table = series_spec(&ds, m, Tab::Table);
        assert!(
            table.page_path.ends_with("&tab=table"),
            "{}",
            table.page_path
        );
    }
}

#[test]
fn benchmarking_spec_and_the_selection_sentence() {
    let ds = ds();
    let ids: Vec<String> = ds
        .benchmarking
        .programs
        .iter()
        .map(|p| p.id.clone())
        .collect();
    for kpi in KPIS {
        let spec = bench_spec(&ds, kpi, &ids, Tab::Chart);
        assert_eq!(spec.id, "benchmarking-kpi");
        assert_eq!(spec.table.header, TABLE_HEADER);
        assert_eq!(spec.numeric.len(), TABLE_HEADER.len());
        let value = TABLE_HEADER.iter().position(|h| *h == "value").unwrap();
        let numeric: Vec<usize> = (0..spec.numeric.len())
            .filter(|&k| spec.numeric[k])
            .collect();
        assert_eq!(numeric, [value], "only the value column holds numbers");
        assert!(!spec.takeaway.is_empty());
        assert!(spec.embed_path.unwrap().starts_with("/embed/benchmarking"));
    }
    assert_eq!(selection_note(&ds, &ids), None);
    let one = &ds.benchmarking.programs[0];
    assert_eq!(
        selection_note(&ds, std::slice::from_ref(&one.id)).unwrap(),
        format!("1 of {} programs: {}", ids.len(), one.name)
    );
}

#[test]
fn agencies_in_order_with_their_sponsored_institutes() {
    let ds = ds();
    let order = agencies::in_order(&ds);
    assert_eq!(order.len(), ds.agencies.len());
    let first_participant = order
        .iter()
        .position(|a| a.role == AgencyRole::Participant)
        .unwrap_or(order.len());
    assert!(order[first_participant..]
        .iter()
        .all(|a| a.role == AgencyRole::Participant));
    let sponsors = first_participant;
    let intro = agencies::intro(&ds);
    assert!(intro.starts_with(&format!(
        "Manufacturing USA has {} federal partner agencies: {} sponsors and {} participants.",
        order.len(),
        sponsors,
        order.len() - sponsors
    )));
    assert_eq!(agencies::role_label(AgencyRole::Sponsor), "Sponsor");
    for a in &order {
        let (done, pending) = agencies::sponsored(&ds, &a.id);
        let all = ds
            .institutes
            .iter()
            .filter(|i| i.sponsor.id() == a.id)
            .count();
        assert_eq!(done.len() + pending.len(), all);
        assert!(done
            .iter()
            .all(|i| explorer_core::history::status(i, ds.sources_checked)
                == InstituteStatus::Established));
    }
}

#[test]
fn timeline_spec_counts_the_events_it_keeps() {
    let ds = ds();
    let items = timeline::all_items(&ds);
    let all = items.len();
    let (spec, shown, n) = timeline::spec(&ds, &TimelineFilter::default());
    assert_eq!(n, all);
    assert_eq!(shown, None);
    assert_eq!(spec.id, "timeline");
    // An absence checked at a date ("no award announced as of") is listed, not counted.
    let counted = items
        .iter()
        .filter(|(_, i)| i.kind != EventKind::NoAwardAnnouncedAsOf)
        .count();
    assert!(counted < all);
    assert_eq!(column(&spec.table.rows, 2) as usize, counted);
    assert_eq!(spec.embed_path.as_deref(), Some("/embed/timeline"));
    let doe = TimelineFilter {
        sponsors: vec![Agency::Doe],
        ..Default::default()
    };
    let (spec, shown, n) = timeline::spec(&ds, &doe);
    assert!(n < all && n > 0);
    assert!(shown.unwrap().ends_with(&format!("({n} of {all} events)")));
    assert_eq!(spec.page_path, format!("/timeline?{}", doe.to_query()));
}

#[test]
fn trl_specs_say_where_their_numbers_come_from() {
    let ds = ds();
    let v = valley(&ds.readiness);
    assert!(v.0 < v.1);
    assert_eq!(DEFAULT_VALLEY, (4, 7));
    let rows = parse_projects_csv(EXAMPLE_CSV).unwrap().rows;
    let p = Progression::from_rows(&rows);
    let whole = file_spec(Origin::Example, &p, v, TrlView::Flow, Tab::Chart, true);
    assert_eq!(whole.id, "trl-example-flow");
    assert_eq!(whole.notes, [file_source(Origin::Example)]);
    assert!(whole.sources.is_empty());
    assert_eq!(
        whole.embed_path.as_deref(),
        Some("/embed/trl?view=flow&example=1")
    );
    assert_eq!(whole.page_path, "/trl?view=flow&example=1");
    let part = file_spec(Origin::Example, &p, v, TrlView::Matrix, Tab::Chart, false);
    assert_eq!(part.embed_path, None);
    let yours = file_spec(Origin::Yours, &p, v, TrlView::Matrix, Tab::Table, true);
    assert_eq!(yours.embed_path, None, "a reader's file is not on the site");
    assert!(yours.notes[0].contains("nothing was uploaded"));
    assert!(yours.notes.iter().any(|n| n.starts_with("In the matrix")));
    assert_eq!(column(&whole.table.rows, 2), p.total());

    if let Some(d) = Progression::from_data(&ds.readiness.progression.data) {
        let spec = dataset_spec(&ds, &d, v, TrlView::Matrix, Tab::Chart);
        assert_eq!(spec.sources, ds.readiness.progression.sources);
        assert_eq!(spec.embed_path.as_deref(), Some("/embed/trl"));
    }
    assert_eq!(rows_read(1, 2), "1 row used, 2 rows with problems.");
    assert!(not_placed_why(1).contains("kept its 1 count but"));
    assert_eq!(
        printed_heading(12),
        "The 12 numbers printed in the figure, positions unknown"
    );
}

#[test]
fn plan_story_sentences_and_paths() {
    let ds = ds();
    assert_eq!(
        plan::stories_count_text(0),
        "No success story in the dataset illustrates this goal yet."
    );
    assert_eq!(
        plan::stories_count_text(1),
        "Illustrated by 1 success story."
    );
    assert_eq!(
        plan::stories_count_text(3),
        "Illustrated by 3 success stories."
    );
    for g in &ds.plan.goals {
        let of_goal = plan::stories_of_goal(&ds, g);
        for o in &g.objectives {
            for (s, _) in plan::stories_for(&ds, &o.id) {
                assert!(of_goal.iter().any(|x| x.id == s.id));
            }
        }
    }
    assert_eq!(links::goal("2"), "/goals/2");
    assert_eq!(links::institute("biomade"), "/institutes/biomade");
    assert_eq!(links::objective("1", "1.2"), "/goals/1#objective-1-2");
    assert_eq!(links::objective_anchor("3.10"), "objective-3-10");
}

#[test]
fn holdings_count_the_records_of_the_shipped_file() {
    let ds = ds();
    let h = inventory::holdings(&ds);
    assert_eq!(h[0], format!("{} sources", ds.sources.len()));
    assert!(h[2].starts_with(&format!("{} institute records (", ds.institutes.len())));
    assert!(h[2].contains(&ds.sources_checked.long()));
    assert!(h
        .iter()
        .any(|l| *l == format!("{} federal partner agencies", ds.agencies.len())));
}

#[test]
fn source_helpers_and_the_frame_pieces() {
    let ds = ds();
    let list = established(&ds);
    let spec = founded(&list, &InstituteFilter::default());
    let ids = sources::source_ids(&spec.sources);
    let mut sorted: Vec<&str> = ids.split(' ').collect();
    let n = sorted.len();
    sorted.dedup();
    assert_eq!(sorted.len(), n, "no repeated id");
    assert!(sources::source_line(&ds, &spec.sources).starts_with("Source"));
    assert_eq!(
        filter_sentence("sponsor DOE"),
        "Filtered view: sponsor DOE."
    );
    let table = download_table(&spec, &ds, Some("sponsor DOE"), "https://example.org/x");
    assert_eq!(table.header.len(), spec.table.header.len() + 4);
    assert!(table
        .rows
        .iter()
        .all(|r| r[r.len() - 2] == "https://example.org/x" && r[r.len() - 3] == "sponsor DOE"));
    let h = embed_height(&spec, &ds, None);
    assert_eq!(h % 20, 0);
    assert!(h > (spec.draw)(330).height);
    assert!(embed_height(&spec, &ds, Some("sponsor DOE")) >= h);
    assert!(host_script("https://example.org").contains("event.origin !== 'https://example.org'"));
}
