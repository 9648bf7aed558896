//! The shipped dataset says what the fact base (facts.md) says. Each row of the table
//! below was copied from facts.md by hand, section by section; a change to the data
//! that breaks one of them has to be a deliberate correction.

use explorer_core::data::model::{
    Agency, Amount, Dataset, InstituteStatus, LinkBasis, Metric, ProgressionData, Qualifier, Unit,
};
use explorer_core::{load_dataset, table};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn dataset() -> Dataset {
    load_dataset(SHIPPED).unwrap_or_else(|e| panic!("the shipped dataset is invalid: {e:#?}"))
}

fn headline(ds: &Dataset, id: &str) -> (f64, Unit, Qualifier) {
    let f = ds
        .figure(id)
        .unwrap_or_else(|| panic!("no headline figure {id:?}"));
    let value = f.number().unwrap_or_else(|| panic!("{id} is not reported"));
    (value, f.unit, f.qualifier)
}

/// facts.md §2: (figure id, value, unit, qualifier).
const HEADLINE: &[(&str, f64, Unit, Qualifier)] = &[
    (
        "established_institutes",
        17.0,
        Unit::Count,
        Qualifier::Exact,
    ),
    (
        "federal_partner_agencies",
        9.0,
        Unit::Count,
        Qualifier::Exact,
    ),
    ("members", 2500.0, Unit::Count, Qualifier::Plus),
    ("manufacturer_share", 63.0, Unit::Percent, Qualifier::Exact),
    ("projects", 670.0, Unit::Count, Qualifier::Plus),
    (
        "base_federal_funding",
        109.0,
        Unit::UsdMillion,
        Qualifier::Exact,
    ),
    ("funds_attracted", 307.0, Unit::UsdMillion, Qualifier::Exact),
    ("investment_match", 2.8, Unit::RatioToOne, Qualifier::Exact),
    (
        "statutory_minimum_match",
        1.0,
        Unit::RatioToOne,
        Qualifier::Exact,
    ),
    ("people_trained", 106_000.0, Unit::Count, Qualifier::Exact),
    (
        "people_trained_change",
        25.0,
        Unit::PercentChange,
        Qualifier::Exact,
    ),
    (
        "gao_federal_funding_2021",
        1.7,
        Unit::UsdBillion,
        Qualifier::Exact,
    ),
    ("institutes_2021", 16.0, Unit::Count, Qualifier::Exact),
    ("institutes_2019", 14.0, Unit::Count, Qualifier::Exact),
];

#[test]
fn headline_figures_match_the_fact_base() {
    let ds = dataset();
    for (id, value, unit, qualifier) in HEADLINE {
        assert_eq!(headline(&ds, id), (*value, *unit, *qualifier), "{id}");
    }
    // FY2022 projects: 670+ shown (p.30), 700+ kept with its page (p.19).
    let projects = ds.figure("projects").unwrap();
    assert!(projects
        .other_readings
        .iter()
        .any(|r| r.value == 700.0 && r.sources.iter().any(|c| c.pages.as_deref() == Some("p.19"))));
    assert!(projects.shown_because.is_some());
    // Institutes per sponsor: DoD 9, DOE 7, DOC 1.
    let by_sponsor = ds.figure("institutes_by_sponsor").unwrap();
    let parts: Vec<(&str, f64)> = by_sponsor
        .breakdown
        .iter()
        .map(|p| (p.label.as_str(), p.value))
        .collect();
    assert_eq!(parts, vec![("DoD", 9.0), ("DOE", 7.0), ("DOC", 1.0)]);
}

/// facts.md §3.1: (id, sponsor, state of the first HQ, established YYYY-MM).
const INSTITUTES: &[(&str, Agency, &str, &str)] = &[
    ("america-makes", Agency::Dod, "OH", "2012-08"),
    ("mxd", Agency::Dod, "IL", "2014-02"),
    ("lift", Agency::Dod, "MI", "2014-02"),
    ("poweramerica", Agency::Doe, "NC", "2015-01"),
    ("iacmi", Agency::Doe, "TN", "2015-06"),
    ("aim-photonics", Agency::Dod, "NY", "2015-07"),
    ("nextflex", Agency::Dod, "CA", "2015-08"),
    ("affoa", Agency::Dod, "MA", "2016-04"),
    ("cesmii", Agency::Doe, "CA", "2016-12"),
    ("armi", Agency::Dod, "NH", "2016-12"),
    ("arm", Agency::Dod, "PA", "2017-01"),
    ("niimbl", Agency::Doc, "DE", "2017-03"),
    ("rapid", Agency::Doe, "NY", "2017-03"),
    ("remade", Agency::Doe, "NY", "2017-05"),
    ("cymanii", Agency::Doe, "TX", "2020-09"),
    ("biomade", Agency::Dod, "MN", "2020-10"),
    ("epixc", Agency::Doe, "AZ", "2023-05"),
];

/// An institute's status when the plan was published (August 2024), computed from its
/// events as the app computes it: the plan's facts are facts at that date.
fn at_plan(i: &explorer_core::data::model::Institute) -> InstituteStatus {
    let plan = explorer_core::data::model::PartialDate::parse("2024-08").expect("a date");
    explorer_core::history::status(i, plan)
}

#[test]
fn every_institute_has_its_sponsor_state_and_date() {
    let ds = dataset();
    let established: Vec<&str> = explorer_core::history::established_institutes(&ds)
        .map(|i| i.id.as_str())
        .collect();
    assert_eq!(established.len(), INSTITUTES.len());
    for (id, sponsor, state, date) in INSTITUTES {
        let i = ds
            .institute(id)
            .unwrap_or_else(|| panic!("no institute {id}"));
        assert_eq!(at_plan(i), InstituteStatus::Established, "{id}");
        assert_eq!(i.sponsor, *sponsor, "{id}");
        assert_eq!(i.headquarters[0].state, *state, "{id}");
        assert_eq!(
            i.established.map(|d| d.to_string()).as_deref(),
            Some(*date),
            "{id}"
        );
    }
    // AIM Photonics has two HQ cities, Rochester and Albany.
    let aim = ds.institute("aim-photonics").unwrap();
    let cities: Vec<&str> = aim.headquarters.iter().map(|p| p.city.as_str()).collect();
    assert_eq!(cities, vec!["Rochester", "Albany"]);
    // The announced ones are there, and were not counted as established in the plan.
    for id in ["chips-digital-twin", "ai-resilient-mfg"] {
        let i = ds
            .institute(id)
            .unwrap_or_else(|| panic!("no institute {id}"));
        assert_eq!(at_plan(i), InstituteStatus::Announced, "{id}");
        assert_eq!(i.established, None, "{id}");
    }
}

/// facts.md §3.3, rechecked against the plan's text (p.1, p.3, p.16–17, p.33–34): the
/// Department of Commerce's future institutes, each counted once across the announced and
/// planned lists.
#[test]
fn future_doc_institutes_are_counted_once() {
    let ds = dataset();
    let doc = |status: InstituteStatus| -> Vec<&str> {
        ds.institutes
            .iter()
            .filter(|i| i.sponsor == Agency::Doc && at_plan(i) == status)
            .map(|i| i.id.as_str())
            .collect()
    };
    // "Two new institutes planned in the next year" (p.16–17): both named (p.1, p.3, p.34).
    assert_eq!(
        doc(InstituteStatus::Announced),
        vec!["chips-digital-twin", "ai-resilient-mfg"]
    );
    // The FY2023 competition (p.33–34) is read as the AI institute's, not a third one.
    assert_eq!(
        doc(InstituteStatus::Planned),
        vec!["chips-semiconductor-institutes"]
    );
    assert!(ds.institute("doc-open-topic-institute").is_none());
    // "Up to three" semiconductor institutes in all (p.34), the digital-twin one among them.
    let semi = ds.institute("chips-semiconductor-institutes").unwrap();
    let up_to = &semi.figures[0];
    assert_eq!(
        (up_to.number(), up_to.unit, up_to.qualifier),
        (Some(3.0), Unit::Count, Qualifier::UpTo)
    );
    assert!(up_to.label.contains("digital-twin institute included"));
    // Only DOC has institutes announced or planned.
    assert!(ds
        .institutes
        .iter()
        .all(|i| at_plan(i) == InstituteStatus::Established || i.sponsor == Agency::Doc));
}

/// Page references and paraphrases corrected against the Korean seed of the plan.
#[test]
fn rechecked_pages_and_paraphrases() {
    let ds = dataset();
    let agency_figure_pages = |agency: &str, id: &str| -> Option<String> {
        ds.agencies
            .iter()
            .find(|a| a.id == agency)?
            .figures
            .iter()
            .find(|f| f.id == id)?
            .sources
            .first()?
            .pages
            .clone()
    };
    // "As of the end of FY2022 DOE had established 6 institutes" is on p.38, not p.37.
    assert_eq!(
        agency_figure_pages("doe", "doe_institutes_fy2022").as_deref(),
        Some("p.38")
    );
    // Implementation themes: network expansion p.33–34, technology transition p.35.
    let pages: Vec<Option<&str>> = ds
        .plan
        .implementation
        .iter()
        .map(|s| s.sources[0].pages.as_deref())
        .collect();
    assert_eq!(
        pages,
        vec![
            Some("p.32"),
            Some("p.32–33"),
            Some("p.33"),
            Some("p.33"),
            Some("p.33–34"),
            Some("p.35")
        ]
    );
    // p.8: the objectives under each goal were refined and Goal 4 itself was updated.
    let structure = &ds.plan.structure.text;
    assert!(
        structure.contains("Goal 4 itself was updated"),
        "{structure}"
    );
    assert!(!structure.contains("objectives under Goal 4 were updated"));
    // p.15: the translation's 동호회 is not "unions"; the reading is kept and marked uncertain.
    let outcome = &ds.goal("3").unwrap().expected_outcome.text;
    assert!(
        !outcome.contains("unions") && outcome.contains("uncertain"),
        "{outcome}"
    );
    // The EDA overview page does not say which agency leads IMCP.
    let commerce = &ds.imcp.participating_agencies[0];
    assert_eq!(commerce.name, "Department of Commerce");
    assert!(!commerce.note.as_deref().unwrap_or("").starts_with("Lead"));
}

#[test]
fn plan_has_four_goals_and_thirteen_objectives() {
    let ds = dataset();
    let per_goal: Vec<usize> = ds.plan.goals.iter().map(|g| g.objectives.len()).collect();
    assert_eq!(per_goal, vec![4, 3, 3, 3]);
    assert!(ds
        .plan
        .vision
        .text
        .starts_with("U.S. global leadership in advanced manufacturing"));
    assert!(
        ds.plan
            .mission
            .text
            .starts_with("connect people, ideas, and technology")
            || ds
                .plan
                .mission
                .text
                .starts_with("Connect people, ideas, and technology")
    );
    assert_eq!(ds.priority_topics.topics.len(), 18);
    // Stories under objective 1.1 in the plan are stated links; the others editorial.
    let stated: Vec<&str> = ds
        .stories
        .iter()
        .filter(|s| s.objectives.iter().any(|o| o.basis == LinkBasis::Stated))
        .map(|s| s.institute.as_str())
        .collect();
    assert_eq!(stated, vec!["iacmi", "niimbl"]);
    assert_eq!(ds.stories.len(), 10);
}

#[test]
fn readiness_levels_bands_and_the_unplaced_gao_counts() {
    let ds = dataset();
    let r = &ds.readiness;
    assert_eq!(r.trl_levels.len(), 9);
    assert_eq!(r.mrl_levels.len(), 10);
    assert_eq!(
        r.trl_levels[3].definition,
        "Component and/or breadboard validation in laboratory environment"
    );
    let band = |id: &str| r.bands.iter().find(|b| b.id == id).unwrap();
    let v = band("valley-of-death");
    assert_eq!((v.trl.from, v.trl.to, v.mrl.from, v.mrl.to), (4, 7, 4, 7));
    let s = band("scale-up");
    assert_eq!((s.trl.from, s.trl.to, s.mrl.from, s.mrl.to), (7, 9, 7, 10));
    match &r.progression.data {
        ProgressionData::NotReported {
            published_values, ..
        } => {
            assert_eq!(published_values.len(), 29);
            assert_eq!(published_values.iter().sum::<u32>(), 703);
            assert_eq!(published_values.iter().max(), Some(&248));
        }
        other => panic!("the GAO cells are not in the sources; found {other:?}"),
    }
}

#[test]
fn benchmarking_countries_and_fraunhofer() {
    let ds = dataset();
    let b = &ds.benchmarking;
    let mut reviewed: Vec<&str> = b
        .countries
        .iter()
        .filter(|c| c.reviewed)
        .map(|c| c.name.as_str())
        .collect();
    reviewed.sort_unstable();
    assert_eq!(
        reviewed,
        vec![
            "Australia",
            "Belgium",
            "Brazil",
            "Canada",
            "China",
            "France",
            "Germany",
            "Japan",
            "Singapore",
            "South Korea",
            "Taiwan",
            "United Kingdom"
        ]
    );
    let fraunhofer = b
        .programs
        .iter()
        .find(|p| p.country == "de")
        .expect("Fraunhofer");
    let plan = |m: Metric| {
        fraunhofer
            .plan_figures
            .iter()
            .find(|f| f.metric == Some(m))
            .map(|f| (f.value, f.unit))
    };
    assert_eq!(
        plan(Metric::Patents),
        Some((Amount::Reported(7620.0), Unit::Count))
    );
    assert_eq!(
        plan(Metric::LicenceRevenue),
        Some((Amount::Reported(114.0), Unit::EurMillion))
    );
    assert_eq!(
        plan(Metric::Budget),
        Some((Amount::Reported(3.0), Unit::EurBillion))
    );
    assert_eq!(
        plan(Metric::PeopleTrained),
        Some((Amount::NotReported, Unit::Count))
    );
    // The 2021 annual figures come from Fraunhofer itself, kept apart from the plan's.
    assert!(fraunhofer
        .other_figures
        .iter()
        .any(|f| f.number() == Some(2.9)
            && f.unit == Unit::EurBillion
            && f.sources.iter().all(|c| c.source == "fhg-2021")));
    // Made in China 2025: $300 billion, 2016–2020.
    assert!(b.programs.iter().any(|p| p.country == "cn"
        && p.plan_figures
            .iter()
            .any(|f| f.number() == Some(300.0) && f.unit == Unit::UsdBillion)));
}

#[test]
fn agencies_and_imcp_counts() {
    let ds = dataset();
    assert_eq!(ds.agencies.len(), 9);
    let sponsors: Vec<&str> = ds
        .agencies
        .iter()
        .filter(|a| a.role == explorer_core::data::model::AgencyRole::Sponsor)
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(sponsors.len(), 3);
    for id in ["doc", "dod", "doe"] {
        assert!(sponsors.contains(&id), "{id}");
    }
    let imcp = &ds.imcp;
    assert_eq!(imcp.communities.len(), 24);
    assert_eq!(imcp.communities.iter().filter(|c| c.round == 1).count(), 12);
    assert_eq!(imcp.communities.iter().filter(|c| c.round == 2).count(), 12);
    assert_eq!(imcp.strategy_areas.len(), 6);
    assert_eq!(imcp.participating_agencies.len(), 8);
    let first = &imcp.communities[0];
    assert_eq!(
        (first.name.as_str(), first.states[0].as_str()),
        ("Southwest Alabama", "AL")
    );
    assert_eq!(first.designated.to_string(), "2014-05-28");
}

#[test]
fn every_csv_parses_back_to_the_same_rows() {
    let ds = dataset();
    let all = explorer_core::downloads::all(&ds);
    let files: Vec<&str> = all.iter().map(|t| t.file).collect();
    assert_eq!(files, explorer_core::downloads::TABLE_FILES.to_vec());
    for table in all {
        assert!(!table.rows.is_empty(), "{} has no rows", table.file);
        let text = table.to_csv().expect("CSV");
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let header: Vec<String> = reader
            .headers()
            .expect("header")
            .iter()
            .map(String::from)
            .collect();
        assert_eq!(header, table.header, "{}", table.file);
        let rows: Vec<Vec<String>> = reader
            .records()
            .map(|r| r.expect("record").iter().map(String::from).collect())
            .collect();
        assert_eq!(rows.len(), table.rows.len(), "{}", table.file);
        for (row, original) in rows.iter().zip(&table.rows) {
            assert_eq!(row.len(), table.header.len(), "{}", table.file);
            for (cell, want) in row.iter().zip(original) {
                assert!(
                    same_cell(cell, want),
                    "{}: wrote {cell:?} for {want:?}",
                    table.file
                );
            }
        }
    }
}

/// A cell reads back as it was, or, when it starts like a spreadsheet formula
/// (`+25%`), with the single quote that keeps a spreadsheet from evaluating it.
fn same_cell(written: &str, original: &str) -> bool {
    written == original
        || (original.starts_with(['=', '+', '-', '@', '\t', '\r'])
            && written.strip_prefix('\'') == Some(original))
}

#[test]
fn csv_keeps_hostile_text_intact() {
    let mut ds = dataset();
    ds.institutes[0].name = "Comma, \"quote\"\nnewline <script>&".into();
    let table = table::institutes(&ds);
    let text = table.to_csv().unwrap();
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let first = reader.records().next().unwrap().unwrap();
    assert_eq!(&first[2], "Comma, \"quote\"\nnewline <script>&");
}

#[test]
fn the_audit_lists_disagreements_uncertainty_and_gaps() {
    use explorer_core::audit;
    let ds = dataset();
    let a = audit::audit(&ds);
    let projects = a
        .disagreements
        .iter()
        .find(|d| d.shown == "670+")
        .expect("the 670+ vs 700+ disagreement");
    assert!(projects.others.iter().any(|o| o.starts_with("700+")));
    assert!(a
        .uncertain
        .iter()
        .any(|c| c.label.contains("SMART USA") && c.reason.contains("URL")));
    assert!(a
        .not_reported
        .iter()
        .any(|c| c.section == "TRL progression"));
    let objectives = a
        .translated
        .iter()
        .find(|t| t.section == "Objectives")
        .unwrap();
    assert_eq!((objectives.translated, objectives.total), (13, 13));
    assert_eq!(objectives.items.len(), 13);
    // Every listed source is cited somewhere, and every citation names a listed source.
    for s in &ds.sources {
        assert!(
            audit::times_cited(&ds, &s.id) > 0,
            "{} is never cited",
            s.id
        );
    }
    let total: usize = ds
        .sources
        .iter()
        .map(|s| audit::times_cited(&ds, &s.id))
        .sum();
    assert_eq!(total, audit::all_citations(&ds).len());
}
