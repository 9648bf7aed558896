//! Golden SVGs: each chart type, drawn from fixed inputs, must match the checked-in file
//! byte for byte. They change only on purpose: run with `UPDATE_GOLDEN=1` and review the
//! diff. The browser test compares its downloaded SVG with `benchmarking-default.svg`,
//! which proves host and browser draw the same bytes.

use explorer_core::benchmarking;
use explorer_core::benchmarking::spec::bench_spec;
use explorer_core::chart::bars::{bar_chart, Bar, BarGroup};
use explorer_core::chart::grid::{count_grid, tile_map};
use explorer_core::chart::line::{line_chart, LineChart, YearPoint};
use explorer_core::chart::metrics::{text_width_in, Font, FONT_FAMILY};
use explorer_core::chart::pairs::{paired_bars, PairRow};
use explorer_core::chart::{framed, matrix, Anchor, Item, Scene};
use explorer_core::communities;
use explorer_core::data::model::{Dataset, Institute, Metric};
use explorer_core::institutes::charts::{founded, DirectoryChart};
use explorer_core::institutes::founded_per_year;
use explorer_core::network;
use explorer_core::sources::source_line;
use explorer_core::timeline::{self, TimelineFilter};
use explorer_core::trl::{table_rows, valley_band, Progression};
use explorer_core::url_state::Tab;
use explorer_core::{load_dataset, takeaway};

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
            &matrix::matrix(CELLS, (4, 7), width).to_svg(),
        );
        golden(
            &format!("trl-flow-{width}.svg"),
            &matrix::flow(CELLS, (4, 7), width).to_svg(),
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
    let chart = benchmarking::kpi_chart(&ds, Metric::Centres, &ids);
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

fn all_ids(ds: &Dataset) -> Vec<String> {
    ds.benchmarking
        .programs
        .iter()
        .map(|p| p.id.clone())
        .collect()
}

fn bar_count(scene: &Scene) -> usize {
    scene
        .items
        .iter()
        .filter(|i| matches!(i, Item::Rect { .. }))
        .count()
}

/// Budgets in $ million, $ billion, € billion and £ million, one program each: no two
/// share a unit, so no bar is drawn, each value is written out with its unit, and the
/// takeaway compares nothing.
#[test]
fn values_alone_in_their_unit_are_written_out_not_drawn() {
    let ds = load_dataset(SHIPPED).expect("valid");
    let chart = benchmarking::kpi_chart(&ds, Metric::Budget, &all_ids(&ds));
    let headings: Vec<&str> = chart
        .groups
        .iter()
        .filter_map(|g| g.heading.as_deref())
        .collect();
    assert!(headings.len() >= 4, "{headings:?}");
    assert!(
        headings.contains(
            &"In € billion — no other selected program reports this measure in this unit"
        ),
        "{headings:?}"
    );
    assert_eq!(headings.last(), Some(&"Not reported"));
    for width in [320, 360, 720, 960] {
        let scene = bar_chart(&chart.groups, width);
        assert_eq!(bar_count(&scene), 0, "no bar at {width} px");
        let t = scene.texts();
        for value in ["$109 million", "$300 billion", "€3 billion", "£61 million"] {
            assert!(t.contains(&value), "{value} missing at {width} px: {t:?}");
        }
    }
    assert!(
        chart.takeaway.contains("not converted"),
        "{}",
        chart.takeaway
    );
    assert!(!chart.takeaway.contains("largest"), "{}", chart.takeaway);
    // Base federal funds and a business volume are different measures: the takeaway
    // names what each figure is, and says they are not one comparison.
    for measure in [
        "Manufacturing USA: base federal funding, FY2022",
        "Fraunhofer-Gesellschaft: total business volume, 2021",
        "not one comparison",
    ] {
        assert!(
            chart.takeaway.contains(measure),
            "{measure}: {}",
            chart.takeaway
        );
    }
    assert!(
        chart
            .summary
            .contains("Fraunhofer-Gesellschaft — total business volume, 2021: €3 billion."),
        "{}",
        chart.summary
    );
    golden(
        "bars-mixed-units-720.svg",
        &bar_chart(&chart.groups, 720).to_svg(),
    );
}

/// Two programs in € billion and one in £ million: the two euro values are bars on a
/// scale of their own, the pound value is text, and the takeaway compares only the
/// euro values.
#[test]
fn only_values_in_the_same_unit_are_drawn_and_compared() {
    use explorer_core::data::model::{Amount, Unit};
    let mut ds = load_dataset(SHIPPED).expect("valid");
    let budget = |p: &mut explorer_core::data::model::Program| {
        p.plan_figures
            .iter_mut()
            .find(|f| f.metric == Some(Metric::Budget))
            .expect("every program has a budget figure")
            .clone()
    };
    let programs = &mut ds.benchmarking.programs;
    let mut euro = budget(&mut programs[3]);
    assert_eq!(euro.unit, Unit::EurBillion);
    euro.value = Amount::Reported(1.5);
    // MICs: no budget in the plan; give it one in euros for this test.
    let mics = programs
        .iter_mut()
        .find(|p| p.id == "china-mics")
        .expect("MICs");
    mics.plan_figures
        .retain(|f| f.metric != Some(Metric::Budget));
    mics.plan_figures.push(euro);
    let ids = vec![
        "china-mics".to_string(),
        "fraunhofer".to_string(),
        "uk-hvm-catapult".to_string(),
    ];
    let chart = benchmarking::kpi_chart(&ds, Metric::Budget, &ids);
    let scene = bar_chart(&chart.groups, 720);
    assert_eq!(
        bar_count(&scene),
        2,
        "two euro bars, none for the pound value"
    );
    assert_eq!(
        chart.takeaway,
        "3 of the 3 selected programs have a figure for budget or funding, but they measure \
         different things, so they are not one comparison: China Manufacturing Innovation \
         Centers (MICs): total business volume, 2021; Fraunhofer-Gesellschaft: total business \
         volume, 2021; High Value Manufacturing Catapult: additional government investment \
         (Autumn Statement), December 2014. They are not converted, and only figures of the \
         same measure in the same unit are compared. Among the figures of total business \
         volume in € billion, the largest is Fraunhofer-Gesellschaft with €3 billion."
    );
}

/// Ties for the largest value name every tied program.
#[test]
fn the_benchmarking_takeaway_names_every_program_tied_for_the_largest() {
    use explorer_core::data::model::Amount;
    let mut ds = load_dataset(SHIPPED).expect("valid");
    for p in &mut ds.benchmarking.programs {
        for f in p.plan_figures.iter_mut().chain(p.other_figures.iter_mut()) {
            if f.metric == Some(Metric::Centres) && (p.id == "fraunhofer" || p.id == "china-mics") {
                f.value = Amount::Reported(76.0);
            }
        }
    }
    let ids = all_ids(&ds);
    let chart = benchmarking::kpi_chart(&ds, Metric::Centres, &ids);
    assert!(
        chart.takeaway.ends_with(
            "the largest is China Manufacturing Innovation Centers (MICs) and Fraunhofer-Gesellschaft, with 76 each."
        ),
        "{}",
        chart.takeaway
    );
    // the shipped data: one largest
    let shipped = load_dataset(SHIPPED).expect("valid");
    let chart = benchmarking::kpi_chart(&shipped, Metric::Centres, &ids);
    assert!(
        chart
            .takeaway
            .ends_with("the largest is Fraunhofer-Gesellschaft with 76."),
        "{}",
        chart.takeaway
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
    let a = matrix::matrix(CELLS, (4, 7), 500).to_svg();
    let b = matrix::matrix(CELLS, (4, 7), 500).to_svg();
    assert_eq!(a, b);
    // and no inline style anywhere: the strict CSP has no 'unsafe-inline' for styles.
    assert!(!a.contains("style="));
}

// ---- Layout: every text inside the image, no two texts on top of each other ----

/// Where a text item's ink can be in `font`: the width from that font's metrics table,
/// placed by the anchor, and a line of the text's size around its centre line.
#[derive(Debug)]
struct TextBox {
    text: String,
    x0: f64,
    x1: f64,
    y0: f64,
    y1: f64,
}

fn text_boxes(scene: &Scene, font: Font) -> Vec<TextBox> {
    scene
        .items
        .iter()
        .filter_map(|item| match item {
            Item::Text {
                x,
                y,
                text,
                size,
                anchor,
                bold,
                ..
            } => {
                let w = text_width_in(font, text, *size, *bold);
                let x = f64::from(*x);
                let x0 = match anchor {
                    Anchor::Start => x,
                    Anchor::Middle => x - w / 2.0,
                    Anchor::End => x - w,
                };
                let half = f64::from(*size) / 2.0;
                Some(TextBox {
                    text: text.clone(),
                    x0,
                    x1: x0 + w,
                    y0: f64::from(*y) - half,
                    y1: f64::from(*y) + half,
                })
            }
            _ => None,
        })
        .collect()
}

/// What is wrong with `scene`'s text when drawn in each of the fonts the layout makes
/// room for: text sticking out of the image, and pairs of texts that overlap.
fn text_problems(scene: &Scene) -> Vec<String> {
    let mut problems = Vec::new();
    let (w, h) = (f64::from(scene.width), f64::from(scene.height));
    for font in Font::ALL {
        let boxes = text_boxes(scene, font);
        for b in &boxes {
            if b.x0 < 0.0 || b.x1 > w || b.y0 < 0.0 || b.y1 > h {
                problems.push(format!("{font:?}: {b:?} is outside {w}×{h}"));
            }
        }
        for (i, a) in boxes.iter().enumerate() {
            for b in &boxes[i + 1..] {
                if a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1 {
                    problems.push(format!("{font:?}: {:?} overlaps {:?}", a.text, b.text));
                }
            }
        }
    }
    problems
}

/// A chart by name, drawn at the width given.
type Chart<'a> = (String, Box<dyn Fn(u32) -> Scene + 'a>);

/// The widths the tests lay every chart out at: a small phone to a wide desktop.
fn widths() -> impl Iterator<Item = u32> {
    (320..=1280).step_by(10)
}

/// Every chart kind the app draws, from the shipped data and from awkward inputs, by
/// name, as a function of the width.
fn every_chart(ds: &Dataset) -> Vec<Chart<'_>> {
    let mut charts: Vec<Chart<'_>> = Vec::new();
    let ids = all_ids(ds);
    // Benchmarking: every indicator, for all programs and for each program alone.
    for kpi in benchmarking::KPIS {
        let mut selections = vec![ids.clone()];
        selections.extend(ids.iter().map(|id| vec![id.clone()]));
        for sel in selections {
            let spec = bench_spec(ds, kpi, &sel, Tab::Chart);
            let name = format!("benchmarking {} {sel:?}", kpi.key());
            charts.push((name, Box::new(move |w| (spec.draw)(w))));
        }
    }
    // Communities by state and by year, from the spec the page shows.
    let communities: Vec<_> = ds.imcp.communities.iter().collect();
    for by_year in [false, true] {
        let spec = communities::chart_spec(&communities, by_year, communities::PAGE.into());
        charts.push((
            format!("communities by_year={by_year}"),
            Box::new(move |w| (spec.draw)(w)),
        ));
    }
    // Awkward bars: long names, one unbreakable word, a zero, a value with no bar.
    let awkward = vec![
        BarGroup {
            heading: Some("In € million — bars to scale within this group only".into()),
            bars: vec![
                Bar {
                    label: "China Manufacturing Innovation Centers (MICs) (other source)".into(),
                    value: Some(1_234_567.0),
                    value_label: "more than €1,234,567 million".into(),
                },
                Bar {
                    label: "Supercalifragilisticexpialidocious-Forschungsgesellschaft".into(),
                    value: Some(0.0),
                    value_label: "€0 million".into(),
                },
            ],
        },
        BarGroup {
            heading: Some("In £ million — no other selected program reports in this unit".into()),
            bars: vec![Bar {
                label: "High Value Manufacturing Catapult".into(),
                value: Some(61.0),
                value_label: "£61 million".into(),
            }],
        },
    ];
    charts.push((
        "awkward bars".into(),
        Box::new(move |w| bar_chart(&awkward, w)),
    ));

    // Institutes founded per year, from the data and from awkward spans of years.
    let established: Vec<&Institute> = explorer_core::history::established_institutes(ds).collect();
    let founded = founded(&established, &Default::default());
    charts.push((
        "founded per year".into(),
        Box::new(move |w| (founded.draw)(w)),
    ));
    // The timeline: events per year and lane, all of them and each sponsor's alone.
    let mut filters = vec![TimelineFilter::default()];
    for a in explorer_core::data::model::Agency::ALL {
        filters.push(TimelineFilter {
            sponsors: vec![a],
            ..Default::default()
        });
    }
    for f in filters {
        let (spec, _, _) = timeline::spec(ds, &f);
        charts.push((
            format!("timeline {:?}", f.sponsors),
            Box::new(move |w| (spec.draw)(w)),
        ));
    }
    let sponsors3: Vec<String> = ["DoD", "DOE", "DOC"].map(String::from).to_vec();
    for (first, last) in [(2015, 2015), (2015, 2016), (2012, 2026), (1990, 2030)] {
        let cols: Vec<String> = (first..=last).map(|y: u16| y.to_string()).collect();
        // One cell per year, one of them with a two-digit count.
        let cells: Vec<(usize, usize, u32)> = (0..cols.len())
            .map(|c| (c % 3, c, if c == 0 { 12 } else { (c % 5) as u32 + 1 }))
            .collect();
        let rows = sponsors3.clone();
        charts.push((
            format!("founded {first}–{last}"),
            Box::new(move |w| count_grid(&rows, &cols, &cells, w)),
        ));
    }

    // The headquarters map, from the data and with every state marked.
    let map = DirectoryChart::Map.spec(&established, &Default::default());
    charts.push(("headquarters map".into(), Box::new(move |w| (map.draw)(w))));
    let every_state: Vec<(String, u32)> = ["WA", "MA", "MN", "NY", "MI", "WI", "AK", "DC", "ME"]
        .iter()
        .map(|s| (s.to_string(), 88))
        .collect();
    charts.push((
        "map, many marked".into(),
        Box::new(move |w| tile_map(&every_state, w)),
    ));

    // Every yearly series of the network, as /network draws it, and the hand-made one.
    if let Some((first, last)) = network::year_span(ds) {
        for m in &ds.network.metrics {
            charts.push((
                format!("network {}", m.id),
                Box::new(move |w| network::series_chart(m, (first, last), w)),
            ));
        }
    }
    charts.push(("hand-made series".into(), Box::new(hand_made_series)));

    // Funding at award, from the data in every order, and the hand-made rows.
    let all: Vec<&Institute> = ds.institutes.iter().collect();
    for by in explorer_core::institutes::funding::FundingSort::ALL {
        let rows = explorer_core::institutes::funding::funding_rows(
            &explorer_core::institutes::funding::funding_order(&all, by),
        );
        charts.push((
            format!("funding {}", by.key()),
            Box::new(move |w| paired_bars(&rows, ("Federal", "Non-federal"), w)),
        ));
    }
    charts.push(("hand-made funding".into(), Box::new(hand_made_funding)));

    charts
}

/// A series with a gap (FY2020), a break (FY2018 | FY2019), another reading (FY2017)
/// and a qualifier: not data.
fn hand_made_series(width: u32) -> Scene {
    let pt = |year: u16, value: Option<f64>, label: &str, others: Vec<f64>| YearPoint {
        year,
        value,
        label: label.into(),
        others,
    };
    let points = vec![
        pt(2016, Some(28_000.0), "about 28,000", vec![]),
        pt(2017, Some(191_000.0), "more than 191,000", vec![14_000.0]),
        pt(2018, Some(205_254.0), "205,254", vec![]),
        pt(2019, Some(39_876.0), "39,876", vec![]),
        pt(2021, Some(90_000.0), "more than 90,000", vec![85_000.0]),
        pt(2022, Some(106_000.0), "106,000", vec![]),
    ];
    let tick = |v: f64| explorer_core::format::number(v);
    line_chart(
        &LineChart {
            first: 2016,
            last: 2022,
            points: &points,
            breaks: &[(2018, 2019)],
            tick: &tick,
        },
        width,
    )
}

/// Funding rows with a qualifier, a value not reported and a long name: not data.
fn hand_made_funding(width: u32) -> Scene {
    let rows = vec![
        PairRow {
            label: "America Makes".into(),
            first: (Some(30.0), "$30 million".into()),
            second: (Some(40.0), "$40 million".into()),
        },
        PairRow {
            label: "AIM Photonics".into(),
            first: (Some(110.0), "$110 million".into()),
            second: (Some(250.0), "more than $250 million".into()),
        },
        PairRow {
            label: "Rapid Advancement in Process Intensification Deployment".into(),
            first: (Some(70.0), "up to $70 million".into()),
            second: (None, String::new()),
        },
    ];
    paired_bars(&rows, ("Federal", "Non-federal"), width)
}

#[test]
fn line_and_funding_goldens() {
    // The timeline of every event in the shipped data: it changes when an event is added.
    let ds = load_dataset(SHIPPED).expect("valid");
    let (rows, cols, cells) =
        timeline::grid_labels(&timeline::filtered(&ds, &TimelineFilter::default()));
    golden(
        "timeline-360.svg",
        &count_grid(&rows, &cols, &cells, 360).to_svg(),
    );
    golden(
        "timeline-720.svg",
        &count_grid(&rows, &cols, &cells, 720).to_svg(),
    );
    golden("line-360.svg", &hand_made_series(360).to_svg());
    golden("line-720.svg", &hand_made_series(720).to_svg());
    golden("funding-360.svg", &hand_made_funding(360).to_svg());
    golden("funding-720.svg", &hand_made_funding(720).to_svg());
}

/// The line never joins across the gap or the break, a hollow point stands for each
/// other reading, and the break is labelled.
#[test]
fn the_line_chart_shows_gaps_breaks_and_other_readings() {
    let s = hand_made_series(720);
    let lines: Vec<&Vec<(i32, i32)>> = s
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Line {
                points,
                width: 2,
                color,
                ..
            } if *color == explorer_core::chart::MARK => Some(points),
            _ => None,
        })
        .collect();
    // FY2016–FY2018 joined (3 points), FY2019 alone (no line), FY2021–FY2022 joined.
    let lens: Vec<usize> = lines.iter().map(|l| l.len()).collect();
    assert_eq!(lens, [3, 2], "{lens:?}");
    let hollow = s
        .items
        .iter()
        .filter(|i| matches!(i, Item::Circle { fill, .. } if *fill == explorer_core::chart::PAPER))
        .count();
    // Two other readings, and one hollow point in the key.
    assert_eq!(hollow, 3);
    let texts = s.texts();
    assert!(texts.contains(&"Break"), "{texts:?}");
    assert!(texts.contains(&"A gap: not reported"), "{texts:?}");
}

/// The TRL charts (core/src/chart/matrix.rs), from the shipped progression and the
/// hand-made cells.
fn trl_charts(ds: &Dataset) -> Vec<Chart<'_>> {
    let mut charts: Vec<Chart<'_>> = Vec::new();
    let valley = valley_band(&ds.readiness).unwrap_or((4, 7));
    let mut trl_inputs = vec![("hand-made", CELLS.to_vec())];
    if let Some(progression) = Progression::from_data(&ds.readiness.progression.data) {
        trl_inputs.push(("shipped", table_rows(&progression)));
    }
    for (name, cells) in trl_inputs {
        let c = cells.clone();
        charts.push((
            format!("trl matrix {name}"),
            Box::new(move |w| matrix::matrix(&c, valley, w)),
        ));
        charts.push((
            format!("trl flow {name}"),
            Box::new(move |w| matrix::flow(&cells, valley, w)),
        ));
    }
    charts
}

fn text_problems_at_every_width(charts: &[Chart<'_>]) -> Vec<String> {
    let mut failures = Vec::new();
    for (name, draw) in charts {
        for width in widths() {
            let scene = draw(width);
            for p in text_problems(&scene) {
                failures.push(format!("{name} at {width} px: {p}"));
            }
            let download = framed(
                scene,
                "Budget or funding by program, as the sources give it",
                "4 of the 5 selected programs have a figure for budget or funding, each in a unit no other selected program uses.",
                "Source: 2024 Strategic Plan, p.26–27; Fraunhofer-Gesellschaft Annual Report 2023. Manufacturing USA Explorer.",
            );
            for p in text_problems(&download) {
                failures.push(format!("{name} download at {width} px: {p}"));
            }
        }
    }
    failures
}

fn assert_no_problems(failures: &[String]) {
    assert!(
        failures.is_empty(),
        "{} problems, first ones:\n{}",
        failures.len(),
        failures[..failures.len().min(40)].join("\n")
    );
}

/// No text runs into another (tick labels, bar labels, values, headings, legends) and
/// none sticks out of the image, at any width from a small phone up, whether the
/// reader's browser draws it in the named font (Liberation Sans / Arial metrics) or in
/// the wider DejaVu Sans; the downloads (title, takeaway, source line) too.
#[test]
fn no_text_overlaps_or_leaves_the_image_at_any_width() {
    let ds = load_dataset(SHIPPED).expect("valid");
    assert_no_problems(&text_problems_at_every_width(&every_chart(&ds)));
}

/// The same for the TRL charts: the flow's legend wraps on a phone, and the matrix's
/// "Started ↓" stays clear of the column label "1" in the wider font.
#[test]
fn trl_text_does_not_overlap_or_leave_the_image_at_any_width() {
    let ds = load_dataset(SHIPPED).expect("valid");
    assert_no_problems(&text_problems_at_every_width(&trl_charts(&ds)));
}

/// The check above can fail: two labels on top of each other and one outside are found.
#[test]
fn the_text_check_finds_overlaps_and_overflow() {
    let mut scene = Scene::new(320);
    scene.height = 40;
    scene.text(100, 20, "2022", 12, Anchor::Middle);
    scene.text(118, 20, "2023", 12, Anchor::Middle);
    let problems = text_problems(&scene);
    assert!(
        problems.iter().any(|p| p.contains("overlaps")),
        "{problems:?}"
    );
    let mut wide = Scene::new(320);
    wide.height = 40;
    // Fits in Liberation Sans, not in the wider DejaVu Sans.
    let label = "China Manufacturing Innovation Centers";
    let liberation = text_width_in(Font::LiberationSans, label, 14, false);
    let dejavu = text_width_in(Font::DejaVuSans, label, 14, false);
    assert!(dejavu > liberation + 10.0, "{liberation} {dejavu}");
    wide.text((liberation.ceil() as i32) + 1, 20, label, 14, Anchor::End);
    let problems = text_problems(&wide);
    assert!(
        problems
            .iter()
            .any(|p| p.starts_with("DejaVuSans") && p.contains("outside")),
        "{problems:?}"
    );
    assert!(
        !problems.iter().any(|p| p.starts_with("LiberationSans")),
        "{problems:?}"
    );
}

/// Tick labels of the founding chart are thinned, never crowded: at phone widths the
/// years 2022 and 2023 are not both written next to each other, and the first year is.
#[test]
fn year_ticks_are_thinned_where_they_would_collide() {
    let cols: Vec<String> = (2012..=2023).map(|y: u16| y.to_string()).collect();
    let rows = vec!["DoD".to_string()];
    let narrow = count_grid(&rows, &cols, &[(0, 0, 1)], 320);
    let years: Vec<&str> = narrow
        .texts()
        .into_iter()
        .filter(|t| t.starts_with("20"))
        .collect();
    assert!(years.contains(&"2012"), "{years:?}");
    assert!(years.len() < cols.len(), "{years:?}");
    let wide = count_grid(&rows, &cols, &[(0, 0, 1)], 960);
    let all: Vec<&str> = wide
        .texts()
        .into_iter()
        .filter(|t| t.starts_with("20"))
        .collect();
    assert_eq!(
        all.len(),
        cols.len(),
        "room for every year at 960 px: {all:?}"
    );
}

/// The SVG names the font its metrics were made for, then metric-compatible fallbacks.
#[test]
fn the_svg_names_the_font_the_layout_measured() {
    assert_eq!(FONT_FAMILY, "Liberation Sans, Arial, Helvetica, sans-serif");
    let svg = matrix::matrix(CELLS, (4, 7), 500).to_svg();
    assert!(
        svg.contains(&format!("font-family=\"{FONT_FAMILY}\"")),
        "{svg}"
    );
    assert!(!svg.contains("font-family=\"sans-serif\""));
}

/// Founding years with a tie, from the data's own shape (years and cells).
#[test]
fn the_founding_takeaway_from_founded_per_year_names_tied_years() {
    let ds = load_dataset(SHIPPED).expect("valid");
    let established: Vec<&Institute> =
        explorer_core::history::established_institutes(&ds).collect();
    let (years, _, cells) = founded_per_year(&established);
    let sentence = takeaway::founding_years(cells.iter().map(|&(_, c, n)| (years[c], n)));
    // Count independently of the takeaway code, from the institutes themselves.
    let mut per_year: Vec<(u16, u32)> = Vec::new();
    for i in &established {
        let y = i.established.expect("established").year;
        match per_year.iter_mut().find(|(k, _)| *k == y) {
            Some((_, n)) => *n += 1,
            None => per_year.push((y, 1)),
        }
    }
    let most = per_year.iter().map(|(_, n)| *n).max().expect("some");
    let tied: Vec<String> = per_year
        .iter()
        .filter(|(_, n)| *n == most)
        .map(|(y, _)| y.to_string())
        .collect();
    for y in &tied {
        assert!(sentence.contains(y.as_str()), "{y} missing from {sentence}");
    }
    assert!(
        sentence.contains(&format!("the most in one year was {most}, in ")),
        "{sentence}"
    );
}

/// Every series of /network, laid out from 320 to 1280 px: every fiscal year of the span
/// is written under the axis, and every point, filled or hollow, lies inside the plot
/// (not cut by the image's right edge). The FY2022 label was once dropped and the
/// hollow point beside FY2022 clipped at 1280 px.
#[test]
fn every_series_labels_every_year_and_keeps_its_points_inside() {
    let ds = load_dataset(SHIPPED).unwrap();
    let (first, last) = network::year_span(&ds).unwrap();
    let mut failures = Vec::new();
    for m in &ds.network.metrics {
        for w in widths() {
            let s = network::series_chart(m, (first, last), w);
            let texts = s.texts();
            for y in first..=last {
                let label = format!("FY{y}");
                let short = format!("FY{:02}", y % 100);
                if !texts.contains(&label.as_str()) && !texts.contains(&short.as_str()) {
                    failures.push(format!("{} at {w} px: {label} not written", m.id));
                }
            }
            for item in &s.items {
                if let Item::Circle { cx, r, .. } = item {
                    let r = *r as i32 + 1; // the outline
                    if cx - r < 0 || cx + r > s.width as i32 - 8 {
                        failures.push(format!(
                            "{} at {w} px: a point at x={cx} leaves the plot (0..{})",
                            m.id,
                            s.width as i32 - 8
                        ));
                    }
                }
            }
        }
    }
    // One line per kind of failure, with the first width it happens at.
    let mut first_seen = std::collections::BTreeMap::new();
    for f in &failures {
        let kind = f.split(" px").nth(1).unwrap_or_default().to_string();
        let metric = f.split(" at ").next().unwrap_or_default().to_string();
        first_seen.entry((metric, kind)).or_insert(f.clone());
    }
    assert!(
        failures.is_empty(),
        "{:#?}",
        first_seen.values().collect::<Vec<_>>()
    );
}
