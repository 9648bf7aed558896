//! View state ↔ query string: parse and serialise round-trip, defaults stay out of the
//! URL, and anything unknown is ignored with a note.

use explorer_core::benchmarking::{parse_bench, BenchState};
use explorer_core::data::model::Metric;
use explorer_core::trl::{parse_trl, TrlState, TrlView};
use explorer_core::url_state::{pairs, Tab};

const KNOWN: [&str; 3] = ["manufacturing-usa", "fraunhofer", "china-mics"];

#[test]
fn trl_state_round_trips() {
    for state in [
        TrlState::default(),
        TrlState {
            tab: Tab::Table,
            view: TrlView::Matrix,
            example: false,
        },
        TrlState {
            tab: Tab::Chart,
            view: TrlView::Flow,
            example: true,
        },
        TrlState {
            tab: Tab::Table,
            view: TrlView::Flow,
            example: false,
        },
    ] {
        let q = state.to_query();
        let (back, notes) = parse_trl(&pairs(&q));
        assert_eq!(back, state, "{q}");
        assert!(notes.is_empty(), "{notes:?}");
    }
    assert_eq!(TrlState::default().to_query(), "");
}

#[test]
fn bench_state_round_trips() {
    let states = [
        BenchState::default(),
        BenchState {
            tab: Tab::Table,
            kpi: Metric::Budget,
            programs: Some(vec!["fraunhofer".into()]),
        },
        BenchState {
            tab: Tab::Chart,
            kpi: Metric::PeopleTrained,
            programs: Some(vec![]),
        },
        BenchState {
            tab: Tab::Chart,
            kpi: Metric::Patents,
            programs: Some(vec!["china-mics".into(), "manufacturing-usa".into()]),
        },
    ];
    for state in states {
        let q = state.to_query(&KNOWN);
        let (back, notes) = parse_bench(&pairs(&q), &KNOWN);
        assert_eq!(back.tab, state.tab, "{q}");
        assert_eq!(back.kpi, state.kpi, "{q}");
        assert_eq!(back.program_ids(&KNOWN), state.program_ids(&KNOWN), "{q}");
        assert!(notes.is_empty(), "{notes:?}");
    }
    // Selecting every program is the default and stays out of the URL.
    let all = BenchState {
        programs: Some(KNOWN.iter().map(|s| s.to_string()).collect()),
        ..BenchState::default()
    };
    assert_eq!(all.to_query(&KNOWN), "");
}

#[test]
fn unknown_and_malformed_parameters_are_noted_not_fatal() {
    let (state, notes) = parse_bench(
        &pairs("?kpi=bogus&programs=fraunhofer,nope,fraunhofer&tab=sideways&x=1&embed=1"),
        &KNOWN,
    );
    assert_eq!(state.kpi, Metric::Centres);
    assert_eq!(state.tab, Tab::Chart);
    assert_eq!(state.programs, Some(vec!["fraunhofer".to_string()]));
    assert_eq!(notes.len(), 4, "{notes:#?}");
    let (trl, notes) = parse_trl(&pairs("view=pie&%zz=1&tab=table&example=yes"));
    assert_eq!(
        trl,
        TrlState {
            tab: Tab::Table,
            view: TrlView::Matrix,
            example: false,
        }
    );
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert!(notes[2].contains("example=\"yes\""), "{notes:#?}");
}

#[test]
fn query_strings_are_percent_decoded() {
    assert_eq!(
        pairs("a=x%20y&b=1+2&c&d=%E2%82%AC&e=%zz"),
        vec![
            ("a".into(), "x y".into()),
            ("b".into(), "1 2".into()),
            ("c".into(), String::new()),
            ("d".into(), "€".into()),
            ("e".into(), "%zz".into()),
        ]
    );
}
