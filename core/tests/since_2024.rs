//! The shipped dataset holds what happened after the 2024 Strategic Plan, as the third
//! fact base (facts-since-2024.md, §1–§3) gives it, each row re-found at its address.
//! The rows below were copied by hand, with the corrections found when re-reading the
//! pages (a quote found on another page of the same publisher, a day found in the
//! copy's date); a change to the data that breaks one has to be a deliberate correction.

use explorer_core::data::model::{
    Agency, CountScope, Dataset, Event, EventKind, InstituteStatus, PartialDate, Qualifier,
    SourceKind, Unit,
};
use explorer_core::history::{self, network_today, status, status_sentence};
use explorer_core::load_dataset;

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn dataset() -> Dataset {
    load_dataset(SHIPPED).unwrap_or_else(|e| panic!("the shipped dataset is invalid: {e:#?}"))
}

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).unwrap_or_else(|| panic!("bad date {s}"))
}

/// §1: (date or "" when the page shows none, count, scope, a source id, words of the quote).
const COUNTS: &[(&str, u32, CountScope, &str, &str)] = &[
    (
        "2024-03-22",
        17,
        CountScope::Network,
        "ansi-ai-noi-2024",
        "national network of 17 linked manufacturing institutes",
    ),
    (
        "",
        17,
        CountScope::Network,
        "nist-chips-src-award",
        "will join an existing network of seventeen Institutes",
    ),
    (
        "2025",
        18,
        CountScope::Network,
        "musa-network-meeting-2025",
        "the program’s 18 manufacturing innovation institutes",
    ),
    (
        "",
        18,
        CountScope::Network,
        "musa-10-years",
        "has grown to 18 innovation institutes",
    ),
    (
        "",
        18,
        CountScope::Network,
        "smartusa-about",
        "established as the 18th institute",
    ),
    (
        "2025-08-07",
        18,
        CountScope::Network,
        "cmu-mfi-2025-08",
        "one of the 18 Manufacturing USA Institutes",
    ),
    (
        "2025-07",
        17,
        CountScope::Network,
        "bluntrochester-s2318",
        "updating the 17 Manufacturing USA Institutes",
    ),
    (
        "2025",
        17,
        CountScope::Reviewed,
        "gao-25-107369",
        "the agencies and 17 institutes",
    ),
];

#[test]
fn every_stated_count_is_kept_with_its_date_and_source() {
    let ds = dataset();
    for (when, value, scope, source, words) in COUNTS {
        let c = ds
            .network_counts
            .iter()
            .find(|c| c.sources.iter().any(|s| s.source == *source))
            .unwrap_or_else(|| panic!("no count from {source}"));
        assert_eq!(
            c.date.map(|d| d.to_string()).unwrap_or_default(),
            *when,
            "{source}"
        );
        assert_eq!((c.value, c.scope), (*value, *scope), "{source}");
        assert!(c.quote.contains(words), "{source}: {}", c.quote);
    }
    // The ones that disagree with the records at their date keep both readings, with why.
    let senate = ds
        .network_counts
        .iter()
        .find(|c| c.id == "count-2025-07-senate")
        .unwrap();
    assert!(senate.note.as_deref().unwrap().contains("Disagrees"));
    let gao = ds
        .network_counts
        .iter()
        .find(|c| c.scope == CountScope::Reviewed)
        .unwrap();
    assert!(gao
        .note
        .as_deref()
        .unwrap()
        .contains("not a count of the network"));
}

fn event<'a>(ds: &'a Dataset, institute: &str, id: &str) -> &'a Event {
    ds.institute(institute)
        .unwrap_or_else(|| panic!("no institute {institute}"))
        .events
        .iter()
        .find(|e| e.id == id)
        .unwrap_or_else(|| panic!("no event {id} of {institute}"))
}

/// §2: (institute, event id, kind, date, source ids, words of the quote, figures as
/// (value, unit, qualifier)).
type EventRow = (
    &'static str,
    &'static str,
    EventKind,
    &'static str,
    &'static [&'static str],
    &'static str,
    &'static [(f64, Unit, Qualifier)],
);
const EVENTS: &[EventRow] = &[
    ("chips-digital-twin", "chips-twin-funding-opportunity", EventKind::FundingOpportunity, "2024-05",
     &["commerce-chips-nofo-2024"], "anticipates up to approximately $285 million", &[(285.0, Unit::UsdMillion, Qualifier::About)]),
    ("chips-digital-twin", "chips-twin-full-applications", EventKind::Finalists, "2024-07-19",
     &["nist-chips-musa-institute"], "three teams have been invited to submit full applications", &[(3.0, Unit::Count, Qualifier::Exact)]),
    ("chips-digital-twin", "chips-twin-negotiation", EventKind::Selected, "2024-11-19",
     &["commerce-smartusa-negotiation-2024", "foushee-smartusa-2024", "abc11-smartusa-2024"],
     "entering negotiations for the Department to provide SRC $285 million to establish and operate a Manufacturing USA institute headquartered in Durham, North Carolina",
     &[(285.0, Unit::UsdMillion, Qualifier::Exact), (1.0, Unit::UsdBillion, Qualifier::Exact)]),
    ("chips-digital-twin", "chips-twin-doe-labs", EventKind::Other, "2024-12-17",
     &["doe-labs-smartusa-2024"], "ten of its National Laboratories are expected to participate", &[(10.0, Unit::Count, Qualifier::Exact)]),
    ("chips-digital-twin", "chips-twin-award", EventKind::Award, "2025-01-03",
     &["commerce-smartusa-award-2025", "dcd-smartusa-2025"], "CHIPS for America awarded the Semiconductor Research Corporation Manufacturing Consortium Corporation (SRC) $285 million",
     &[(285.0, Unit::UsdMillion, Qualifier::Exact), (100000.0, Unit::Count, Qualifier::MoreThan)]),
    ("chips-digital-twin", "chips-twin-termination-notice", EventKind::TerminationNotice, "2025-12-10",
     &["ieee-smartusa-termination", "wral-smartusa-termination"], "Commerce notified the organization of the termination on 10 December",
     &[(285.0, Unit::UsdMillion, Qualifier::Exact), (121.0, Unit::Count, Qualifier::Exact)]),
    ("ai-resilient-mfg", "ai-institute-notice-of-intent", EventKind::NoticeOfIntent, "2024-03-12",
     &["controlglobal-ai-noi-2024"], "NIST expects $70 million in federal funds will be invested in this institute over five years", &[(70.0, Unit::UsdMillion, Qualifier::Exact)]),
    ("ai-resilient-mfg", "ai-institute-funding-opportunity", EventKind::FundingOpportunity, "2024-07",
     &["govmarketnews-ai-nofo-2024", "nist-ai-institute-faq"], "The deadline for initial concept papers is Sept. 30", &[]),
    ("ai-resilient-mfg", "ai-institute-no-award", EventKind::NoAwardAnnouncedAsOf, "2026-12-07",
     &["nist-ai-institute-faq"], "", &[]),
    ("iacmi", "iacmi-renewal-2023", EventKind::Renewal, "2023-04-11",
     &["utk-iacmi-renewal-2023", "doe-iacmi-renewal-2023"], "as part of a proposed $30 million over 5 years",
     &[(6.0, Unit::UsdMillion, Qualifier::Exact), (30.0, Unit::UsdMillion, Qualifier::Exact)]),
    ("poweramerica", "poweramerica-renewal", EventKind::Renewal, "2023",
     &["doe-poweramerica-renewal"], "PowerAmerica will receive an initial $8 million, with potential funding across four more fiscal years", &[(8.0, Unit::UsdMillion, Qualifier::Exact)]),
    ("poweramerica", "poweramerica-rfp-2", EventKind::ProjectRound, "2025-11",
     &["musa-poweramerica-rfp-20"], "roughly $26 million (inclusive of cost-match)", &[(26.0, Unit::UsdMillion, Qualifier::About)]),
    ("arm", "arm-continuation-2024", EventKind::Renewal, "2024-01-24",
     &["dodmantech-arm-continuation-2024"], "an additional $35.4 million funded through 2028", &[(35.4, Unit::UsdMillion, Qualifier::Exact)]),
    ("biomade", "biomade-ceiling-2023", EventKind::CeilingChange, "2023-03",
     &["musa-biomade-ceiling"], "from an initial $87.5 million to over $500 million",
     &[(87.5, Unit::UsdMillion, Qualifier::Exact), (500.0, Unit::UsdMillion, Qualifier::MoreThan)]),
    ("biomade", "biomade-maple-grove-2025", EventKind::Facility, "2025-04-29",
     &["startribune-biomade-2025"], "The state of Minnesota is kicking in $50 million", &[(50.0, Unit::UsdMillion, Qualifier::Exact), (132.0, Unit::UsdMillion, Qualifier::Exact)]),
    ("epixc", "epixc-first-projects-2024", EventKind::ProjectRound, "2024-10-08",
     &["asu-epixc-projects-2024"], "part of a $43 million investment from the U.S. Department of Energy", &[(5.0, Unit::Count, Qualifier::Exact), (43.0, Unit::UsdMillion, Qualifier::Exact)]),
];

#[test]
fn every_institute_event_has_its_date_source_quote_and_figures() {
    let ds = dataset();
    for (inst, id, kind, when, sources, words, figures) in EVENTS {
        let e = event(&ds, inst, id);
        assert_eq!(e.kind, *kind, "{id}");
        assert_eq!(e.date, date(when), "{id}");
        for s in *sources {
            assert!(e.sources.iter().any(|c| c.source == *s), "{id} cites {s}");
        }
        assert!(e.quote.as_deref().unwrap_or("").contains(words), "{id}");
        let got: Vec<(f64, Unit, Qualifier)> = e
            .figures
            .iter()
            .map(|f| (f.value.number().unwrap_or(f64::NAN), f.unit, f.qualifier))
            .collect();
        assert_eq!(got, figures.to_vec(), "{id}");
    }
    // The workforce target disagrees between sources: both readings are kept.
    let award = event(&ds, "chips-digital-twin", "chips-twin-award");
    assert_eq!(award.figures[1].other_readings[0].value, 110_000.0);
    // EPIXC's $43M is DOE's package, not EPIXC's own funding: the label says so.
    let epixc = event(&ds, "epixc", "epixc-first-projects-2024");
    assert!(epixc.figures[1].label.contains("not EPIXC's alone"));
}

/// §3: (event id, kind, date, source id, words of the quote, sponsor).
type ProgramRow = (
    &'static str,
    EventKind,
    &'static str,
    &'static str,
    &'static str,
    Option<Agency>,
);
const PROGRAM: &[ProgramRow] = &[
    ("gao-25-107369", EventKind::Review, "2025", "gao-25-107369", "better align Manufacturing USA’s strategic planning timeframes", None),
    ("s2318-introduced", EventKind::Legislation, "2025-07", "bluntrochester-s2318", "3-year planning cycle", None),
    ("srpt-119-91", EventKind::Legislation, "2025-10-29", "srpt-119-91", "Ordered to be printed", None),
    ("hr5157-introduced", EventKind::Legislation, "2025-09-04", "rivas-hr5157-2025", "to every four years", None),
    ("ostp-rfi-2025", EventKind::RequestForInformation, "2025-06-20", "fr-ostp-rfi-2025", "requests input from all interested parties on the development of a National Strategic Plan for Advanced Manufacturing", None),
    ("nasem-vision-study", EventKind::Study, "2025", "nasem-musa-2030", "sponsored by the U.S. Departments of Commerce, War, and Energy", None),
    ("nist-musa-budget-line", EventKind::Budget, "2025", "teknovation-budget-2025", "down from an estimated $76 million in FY2025 to $37 million", Some(Agency::Doc)),
    ("dod-portfolio-2023", EventKind::Other, "2023-06-30", "dodmantech-portfolio-2023", "over $1.6 billion in federal Investment", Some(Agency::Dod)),
];

#[test]
fn the_programs_own_changes_are_events_with_their_sources() {
    let ds = dataset();
    for (id, kind, when, source, words, sponsor) in PROGRAM {
        let e = ds
            .program_events
            .iter()
            .find(|e| e.id == *id)
            .unwrap_or_else(|| panic!("no program event {id}"));
        assert_eq!(
            (e.kind, e.date, e.sponsor),
            (*kind, date(when), *sponsor),
            "{id}"
        );
        assert!(e.sources.iter().any(|c| c.source == *source), "{id}");
        assert!(e.quote.as_deref().unwrap_or("").contains(words), "{id}");
    }
    // NIST's budget line is not the network's funding, and says so.
    let budget = ds
        .program_events
        .iter()
        .find(|e| e.kind == EventKind::Budget)
        .unwrap();
    assert!(budget.summary.contains("not the network's funding"));
}

#[test]
fn statuses_are_computed_from_the_events_at_a_date() {
    let ds = dataset();
    let checked = ds.sources_checked;
    let smart = ds.institute("chips-digital-twin").unwrap();
    assert_eq!(smart.acronym, "SMART USA");
    assert_eq!(status(smart, date("2024-08")), InstituteStatus::Announced);
    assert_eq!(
        status(smart, date("2025-01-03")),
        InstituteStatus::Established
    );
    assert_eq!(
        status(smart, date("2025-12-09")),
        InstituteStatus::Established
    );
    assert_eq!(status(smart, checked), InstituteStatus::AwardTerminated);
    let s = status_sentence(&ds, smart, checked);
    assert_eq!(
        s.text,
        "On 10 December 2025, Commerce notified SRC that it will terminate the federal award, a $285 million five-year contract (IEEE Spectrum, read in a copy; WRAL, read in a copy). No source read says whether SMART USA remains in the network."
    );
    let ai = ds.institute("ai-resilient-mfg").unwrap();
    assert_eq!(status(ai, checked), InstituteStatus::Announced);
    assert!(status_sentence(&ds, ai, checked)
        .text
        .ends_with("No award announced in the sources read, as of 7 December 2026."));
    let planned = ds.institute("chips-semiconductor-institutes").unwrap();
    assert_eq!(status(planned, checked), InstituteStatus::Planned);
    // Every institute the plan counted is still established: no event changed that.
    assert_eq!(
        explorer_core::history::established_institutes(&ds).count(),
        17
    );
}

#[test]
fn the_network_today_is_counted_at_dates_by_sources() {
    let ds = dataset();
    assert_eq!(history::records_count(&ds, date("2024-08")), 17);
    assert_eq!(history::records_count(&ds, date("2025")), 18);
    let today = network_today(&ds);
    let texts: Vec<&str> = today.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(
        texts,
        [
            "17 institutes in the 2024 Strategic Plan (August 2024)",
            "18 by the program's own pages in 2025, with SMART USA",
            "On 10 December 2025, Commerce notified SRC that it will terminate the federal award, a $285 million five-year contract (IEEE Spectrum, read in a copy; WRAL, read in a copy); no source read says whether SMART USA remains in the network",
        ]
    );
    assert_eq!(
        today.iter().map(|c| c.as_of.as_str()).collect::<Vec<_>>(),
        ["2024-08", "2025", "2025-12-10"]
    );
    assert!(today.iter().all(|c| !c.sources.is_empty()));
}

#[test]
fn every_copy_names_its_original_outlet() {
    let ds = dataset();
    let copies: Vec<_> = ds
        .sources
        .iter()
        .filter(|s| s.kind == SourceKind::Copy)
        .collect();
    assert!(copies.len() >= 30, "{}", copies.len());
    for s in copies {
        let original = s
            .original
            .as_ref()
            .unwrap_or_else(|| panic!("{} is a copy with no original", s.id));
        assert!(!original.outlet.trim().is_empty(), "{}", s.id);
    }
    // A figure resting only on copies says so in its source line.
    let e = event(&ds, "chips-digital-twin", "chips-twin-termination-notice");
    assert!(history::rests_on_copies(&ds, &e.sources));
    assert!(ds.cite_text(&e.sources).contains("read in a copy"));
}

#[test]
fn each_series_says_its_latest_published_year_and_when_that_was_checked() {
    let ds = dataset();
    for m in &ds.network.metrics {
        let last = m
            .points
            .iter()
            .filter(|p| p.value.number().is_some())
            .map(|p| p.fiscal_year)
            .max()
            .unwrap();
        assert_eq!(
            explorer_core::network::latest_published(m, ds.sources_checked),
            format!("FY{last} is the latest published figure of this series; no later figure was found in the sources read, as of 7 December 2026.")
        );
    }
}

/// What a reader sees never points at a document of ours they cannot see: the data
/// file and every page's source.
#[test]
fn no_reader_visible_text_names_our_own_notes() {
    assert!(
        !SHIPPED.contains("fact base"),
        "the dataset names the fact base"
    );
    assert!(!SHIPPED.contains("facts.md"), "the dataset names facts.md");
    let src = concat!(env!("CARGO_MANIFEST_DIR"), "/../src");
    let mut stack = vec![std::path::PathBuf::from(src)];
    let mut read = 0;
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("src is readable") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).expect("a source file");
                assert!(
                    !text.contains("fact base"),
                    "{} names the fact base",
                    path.display()
                );
                read += 1;
            }
        }
    }
    assert!(read > 20, "{read} files read");
}
