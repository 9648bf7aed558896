//! Citations of one figure, against hand-written expected strings. The dataset is the
//! shipped one with its version, release date and sources fixed here, so a new data
//! release does not change what these tests expect; the access date is passed in.

use explorer_core::cite::{bibtex, csl_json, permalink, plain, CitedFigure, Style};
use explorer_core::data::model::{Citation, Dataset, Original, PartialDate, Source, SourceKind};
use explorer_core::load_dataset;

const SITE: &str = "https://example.gov/explorer/";

fn date(s: &str) -> PartialDate {
    PartialDate::parse(s).expect("a date")
}

fn ds() -> Dataset {
    let mut ds = load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap();
    ds.dataset_version = "2026.12.2".into();
    ds.released = date("2026-12-07");
    ds.sources = vec![
        Source {
            id: "plan2024".into(),
            short_title: "2024 Strategic Plan".into(),
            title: "Strategic Plan for the Manufacturing USA Program (NIST AMS 600-15)".into(),
            publisher: "Advanced Manufacturing National Program Office (AMNPO), NIST".into(),
            published: Some(date("2024-08")),
            url: Some("https://doi.org/10.6028/NIST.AMS.600-15".into()),
            other_urls: vec![],
            note: None,
            kind: SourceKind::Primary,
            original: None,
        },
        Source {
            id: "tribune-copy".into(),
            short_title: "Grainger media mention".into(),
            title: "Media mention: Chicago Tribune on the Chicago institute".into(),
            publisher: "Grainger College of Engineering, University of Illinois".into(),
            published: None,
            url: Some("https://grainger.illinois.edu/news/media-mentions/24517".into()),
            other_urls: vec![],
            note: None,
            kind: SourceKind::Copy,
            original: Some(Original {
                outlet: "Chicago Tribune".into(),
                title: Some("Obama formally announces Chicago as site for digital manufacturing lab".into()),
                date: Some(date("2014-02-25")),
                url: None,
            }),
        },
        Source {
            id: "gao_25".into(),
            short_title: "GAO-25-107369".into(),
            title: "Advanced Manufacturing: Innovation Institutes Have Achieved Some Results & Face Sustainability Challenges".into(),
            publisher: "U.S. Government Accountability Office".into(),
            published: None,
            url: None,
            other_urls: vec![],
            note: None,
            kind: SourceKind::Primary,
            original: None,
        },
    ];
    ds
}

fn members() -> CitedFigure {
    CitedFigure {
        text: "Members of the institutes: 2,300+".into(),
        cites: vec![Citation {
            source: "plan2024".into(),
            pages: Some("p.19".into()),
        }],
        path: "/".into(),
        anchor: "figure-members".into(),
        own_reading: None,
    }
}

fn award() -> CitedFigure {
    CitedFigure {
        text: "DMDII, announced 25 February 2014".into(),
        cites: vec![Citation {
            source: "tribune-copy".into(),
            pages: None,
        }],
        path: "/institutes/mxd".into(),
        anchor: "event-award".into(),
        own_reading: None,
    }
}

fn counted() -> CitedFigure {
    CitedFigure {
        text: "Institutes established by 7 December 2026: 17".into(),
        cites: vec![
            Citation {
                source: "plan2024".into(),
                pages: Some("Table 1 p.5–6".into()),
            },
            Citation {
                source: "gao_25".into(),
                pages: None,
            },
        ],
        path: "/timeline?sponsor=doe".into(),
        anchor: "count".into(),
        own_reading: Some("counted from the institutes' dated events".into()),
    }
}

#[test]
fn the_permanent_link_pins_the_version_and_keeps_the_view() {
    assert_eq!(
        permalink(SITE, &members(), "2026.12.2"),
        "https://example.gov/explorer/?v=2026.12.2#figure-members"
    );
    assert_eq!(
        permalink("https://example.gov/explorer", &counted(), "2026.12.2"),
        "https://example.gov/explorer/timeline?sponsor=doe&v=2026.12.2#count"
    );
}

#[test]
fn apa_names_the_source_with_its_page_and_the_explorer_with_the_access_date() {
    assert_eq!(
        plain(&ds(), &members(), SITE, date("2026-12-08"), Style::Apa),
        "Members of the institutes: 2,300+.\n\
         Source: Advanced Manufacturing National Program Office (AMNPO), NIST. (2024, August). \
         Strategic Plan for the Manufacturing USA Program (NIST AMS 600-15), p.19. \
         https://doi.org/10.6028/NIST.AMS.600-15\n\
         Cited from: Manufacturing USA Explorer. (2026). Manufacturing USA Explorer dataset \
         (Version 2026.12.2) [Data set]. Retrieved December 8, 2026, from \
         https://example.gov/explorer/?v=2026.12.2#figure-members"
    );
}

#[test]
fn chicago_author_date() {
    assert_eq!(
        plain(&ds(), &members(), SITE, date("2026-12-08"), Style::Chicago),
        "Members of the institutes: 2,300+.\n\
         Source: Advanced Manufacturing National Program Office (AMNPO), NIST. 2024. \
         “Strategic Plan for the Manufacturing USA Program (NIST AMS 600-15).” August 2024. \
         p.19. https://doi.org/10.6028/NIST.AMS.600-15.\n\
         Cited from: Manufacturing USA Explorer. 2026. “Manufacturing USA Explorer Dataset.” \
         Version 2026.12.2, released December 7, 2026. Accessed December 8, 2026. \
         https://example.gov/explorer/?v=2026.12.2#figure-members."
    );
}

#[test]
fn a_copy_is_cited_as_its_original_and_says_where_it_was_read() {
    let text = plain(&ds(), &award(), SITE, date("2026-12-08"), Style::Apa);
    assert_eq!(
        text.lines().nth(1).unwrap(),
        "Source: Chicago Tribune. (2014, February 25). Obama formally announces Chicago as site \
         for digital manufacturing lab. Read in a copy: Grainger College of Engineering, \
         University of Illinois, https://grainger.illinois.edu/news/media-mentions/24517"
    );
    let text = plain(&ds(), &award(), SITE, date("2026-12-08"), Style::Chicago);
    assert_eq!(
        text.lines().nth(1).unwrap(),
        "Source: Chicago Tribune. 2014. “Obama formally announces Chicago as site for digital \
         manufacturing lab.” February 25, 2014. Read in a copy: Grainger College of \
         Engineering, University of Illinois, https://grainger.illinois.edu/news/media-mentions/24517"
    );
}

#[test]
fn the_datasets_own_reading_says_so_and_undated_sources_say_nd() {
    let text = plain(&ds(), &counted(), SITE, date("2027-01-05"), Style::Apa);
    assert_eq!(
        text,
        "Institutes established by 7 December 2026: 17.\n\
         Sources: Advanced Manufacturing National Program Office (AMNPO), NIST. (2024, August). \
         Strategic Plan for the Manufacturing USA Program (NIST AMS 600-15), Table 1 p.5–6. \
         https://doi.org/10.6028/NIST.AMS.600-15; U.S. Government Accountability Office. (n.d.). \
         Advanced Manufacturing: Innovation Institutes Have Achieved Some Results & Face \
         Sustainability Challenges.\n\
         This figure is the explorer dataset's own reading, not a number the sources print: \
         counted from the institutes' dated events.\n\
         Cited from: Manufacturing USA Explorer. (2026). Manufacturing USA Explorer dataset \
         (Version 2026.12.2) [Data set]. Retrieved January 5, 2027, from \
         https://example.gov/explorer/timeline?sponsor=doe&v=2026.12.2#count"
    );
}

#[test]
fn bibtex_escapes_latex_and_gives_each_source_an_entry() {
    assert_eq!(
        bibtex(&ds(), &counted(), SITE, date("2026-12-08")),
        "@misc{mue-2026-12-2-count,\n  \
         author = {{Manufacturing USA Explorer}},\n  \
         title = {{Institutes established by 7 December 2026: 17}},\n  \
         year = {2026},\n  \
         version = {2026.12.2},\n  \
         url = {https://example.gov/explorer/timeline?sponsor=doe&v=2026.12.2#count},\n  \
         urldate = {2026-12-08},\n  \
         note = {Dataset version 2026.12.2, released 2026-12-07. The explorer dataset's own \
         reading, not a number the sources print: counted from the institutes' dated events. \
         Sources: plan2024, gao-25}\n\
         }\n\
         \n\
         @misc{plan2024,\n  \
         author = {{Advanced Manufacturing National Program Office (AMNPO), NIST}},\n  \
         title = {{Strategic Plan for the Manufacturing USA Program (NIST AMS 600-15)}},\n  \
         year = {2024},\n  \
         date = {2024-08},\n  \
         url = {https://doi.org/10.6028/NIST.AMS.600-15},\n  \
         note = {Table 1 p.5–6}\n\
         }\n\
         \n\
         @misc{gao-25,\n  \
         author = {{U.S. Government Accountability Office}},\n  \
         title = {{Advanced Manufacturing: Innovation Institutes Have Achieved Some Results \\& \
         Face Sustainability Challenges}}\n\
         }\n"
    );
}

#[test]
fn csl_json_is_an_array_of_items_with_date_parts() {
    let text = csl_json(&ds(), &award(), SITE, date("2026-12-08"));
    let items: serde_json::Value = serde_json::from_str(&text).expect("valid JSON");
    assert_eq!(
        items,
        serde_json::json!([
            {
                "id": "mue-2026-12-2-event-award",
                "type": "dataset",
                "title": "DMDII, announced 25 February 2014",
                "author": [{ "literal": "Manufacturing USA Explorer" }],
                "container-title": "Manufacturing USA Explorer dataset",
                "version": "2026.12.2",
                "issued": { "date-parts": [[2026, 12, 7]] },
                "accessed": { "date-parts": [[2026, 12, 8]] },
                "URL": "https://example.gov/explorer/institutes/mxd?v=2026.12.2#event-award",
                "note": "Dataset version 2026.12.2"
            },
            {
                "id": "tribune-copy",
                "type": "article-newspaper",
                "title": "Obama formally announces Chicago as site for digital manufacturing lab",
                "author": [{ "literal": "Chicago Tribune" }],
                "issued": { "date-parts": [[2014, 2, 25]] },
                "note": "Read in a copy: Grainger College of Engineering, University of Illinois, https://grainger.illinois.edu/news/media-mentions/24517"
            }
        ])
    );
}
