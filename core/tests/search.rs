//! Search across the site (/search and the header box): what matches, in which order,
//! what is marked, and where each result leads.

use explorer_core::data::model::Dataset;
use explorer_core::load_dataset;
use explorer_core::search::{group, marks, normalize, query_words, Hit, Kind, SearchIndex};

fn ds() -> Dataset {
    load_dataset(include_str!("../../public/data/manufacturing-usa.json")).unwrap()
}

fn index() -> SearchIndex {
    SearchIndex::new(&ds())
}

/// The marked parts of a hit's title and subtitle, as text.
fn marked(h: &Hit) -> Vec<String> {
    h.title_marks
        .iter()
        .map(|&(a, b)| h.title[a..b].to_string())
        .chain(
            h.subtitle_marks
                .iter()
                .map(|&(a, b)| h.subtitle[a..b].to_string()),
        )
        .collect()
}

/// The words of a hit's title, subtitle and the rest of its record, normalised: what
/// the test can check a match against without knowing the index.
fn record_text(ds: &Dataset, h: &Hit) -> String {
    let mut t = format!("{} {}", h.title, h.subtitle);
    let id = h.path.rsplit('/').next().unwrap_or_default();
    match h.kind {
        Kind::Institute => {
            let i = ds.institute(id).unwrap();
            t.push_str(&format!(
                " {} {} {} {} {}",
                i.focus,
                i.other_names.join(" "),
                i.sponsor.code(),
                i.sponsoring_office,
                i.id
            ));
            for p in &i.headquarters {
                t.push_str(&format!(" {}", p.city));
            }
        }
        Kind::Objective => {
            let oid = h.title.split([' ', ':']).nth(1).unwrap();
            let (_, o) = ds.objective(oid).unwrap();
            t.push_str(&format!(" {} {} {}", o.approach, o.action, o.id));
        }
        Kind::Story => {
            let s = ds.stories.iter().find(|s| s.title == h.title).unwrap();
            t.push_str(&format!(" {}", s.summary));
        }
        Kind::Agency => {
            let a = ds
                .agencies
                .iter()
                .find(|a| h.title.starts_with(&a.name))
                .unwrap();
            t.push_str(&format!(" {} {}", a.summary, a.id));
        }
        Kind::Program => {
            let p = ds
                .benchmarking
                .programs
                .iter()
                .find(|p| p.name == h.title)
                .unwrap();
            t.push_str(&format!(" {}", p.summary));
        }
        Kind::Event => {
            // "/institutes/arm#event-arm-continuation-2024" or "/timeline#event-…".
            let (page, anchor) = h.path.split_once("#event-").unwrap();
            let inst = page
                .strip_prefix("/institutes/")
                .and_then(|i| ds.institute(i));
            let e = inst
                .map_or(&ds.program_events[..], |i| &i.events[..])
                .iter()
                .find(|e| e.id == anchor)
                .unwrap();
            t.push_str(&format!(
                " {} {} {}",
                e.kind.label(),
                e.quote.as_deref().unwrap_or(""),
                e.figures
                    .iter()
                    .map(|f| f.label.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            ));
            if let Some(i) = inst {
                t.push_str(&format!(
                    " {} {} {}",
                    i.acronym,
                    i.name,
                    i.other_names.join(" ")
                ));
            }
        }
        _ => {}
    }
    normalize(&t)
}

fn has_word_starting(text: &str, w: &str) -> bool {
    text.split(' ').any(|t| t.starts_with(w))
}

#[test]
fn an_acronym_ranks_its_institute_first_and_never_matches_inside_a_word() {
    let ds = ds();
    let idx = SearchIndex::new(&ds);
    let hits = idx.search("ARM", 50);
    assert_eq!(hits[0].title, "ARM Institute");
    assert_eq!(hits[0].kind, Kind::Institute);
    assert_eq!(hits[0].path, "/institutes/arm");
    // "Biopharmaceutical" (NIIMBL) and "harm"/"farm" hold the letters but not a word
    // that starts with them; AFFOA has no word starting with "arm" at all.
    for h in &hits {
        assert!(
            has_word_starting(&record_text(&ds, h), "arm"),
            "{:?} {} does not hold a word starting with \"arm\"",
            h.kind,
            h.title
        );
        assert_ne!(h.title, "NIIMBL");
        assert_ne!(h.title, "AFFOA");
    }
    // ARMI (a longer word) comes after the exact acronym.
    let armi = hits.iter().position(|h| h.path == "/institutes/armi");
    assert!(armi.is_some_and(|k| k > 0), "{armi:?}");
}

#[test]
fn an_exact_acronym_comes_first_in_any_case() {
    let idx = index();
    for q in ["NIIMBL", "niimbl", "  Niimbl  "] {
        let hits = idx.search(q, 10);
        assert_eq!(hits[0].title, "NIIMBL", "{q}");
        assert_eq!(hits[0].path, "/institutes/niimbl");
        assert_eq!(marked(&hits[0])[0], "NIIMBL");
    }
    // An exact full name too, and an exact agency acronym.
    let hits = idx.search("Lightweight Innovations for Tomorrow", 5);
    assert_eq!(hits[0].path, "/institutes/lift");
    let hits = idx.search("dod", 5);
    assert_eq!(hits[0].kind, Kind::Agency);
    assert_eq!(hits[0].path, "/agencies#agency-dod");
    // Another name in the sources finds the institute by that name.
    assert!(idx
        .search("DMDII", 5)
        .iter()
        .any(|h| h.path == "/institutes/mxd"));
}

#[test]
fn every_word_must_match() {
    let ds = ds();
    let idx = SearchIndex::new(&ds);
    let one = idx.search("manufacturing", 10_000);
    let two = idx.search("manufacturing robotics", 10_000);
    assert!(!two.is_empty());
    assert!(two.len() < one.len(), "{} vs {}", two.len(), one.len());
    for h in &two {
        let text = record_text(&ds, h);
        assert!(has_word_starting(&text, "manufacturing"), "{}", h.title);
        assert!(has_word_starting(&text, "robotics"), "{}", h.title);
    }
    assert!(two.iter().any(|h| h.path == "/institutes/arm"));
    // Word order does not matter; a word that matches nothing empties the results.
    let swapped = idx.search("robotics manufacturing", 10_000);
    assert_eq!(two, swapped);
    assert!(idx.search("manufacturing zzyzx", 10).is_empty());
}

#[test]
fn prefixes_match_the_start_of_words() {
    let idx = index();
    let hits = idx.search("biopharm", 10);
    assert!(hits.iter().any(|h| h.path == "/institutes/niimbl"));
    assert!(hits.iter().flat_map(marked).any(|m| m == "Biopharm"));
}

#[test]
fn case_and_accents_are_ignored() {
    // The shipped dataset has no accented letters, so one name is given some.
    let mut ds = ds();
    let i = ds
        .institutes
        .iter_mut()
        .find(|i| i.id == "cymanii")
        .unwrap();
    i.name = "Institut de Sécurité Numérique pour la Fabrication".into();
    let idx = SearchIndex::new(&ds);
    for q in [
        "securite",
        "SÉCURITÉ",
        "Securite numerique",
        "se\u{301}curite\u{301}",
    ] {
        let hits = idx.search(q, 5);
        assert_eq!(hits.len(), 1, "{q}: {hits:?}");
        assert_eq!(hits[0].path, "/institutes/cymanii", "{q}");
    }
    let hits = idx.search("secur num", 5);
    assert_eq!(marked(&hits[0]), ["Sécur", "Num"]);
    // The accented query also finds the plain text.
    assert!(idx
        .search("Ñational Ínstitute", 50)
        .iter()
        .any(|h| h.path == "/institutes/niimbl"));
}

#[test]
fn marks_land_on_character_boundaries_and_cover_the_matched_words() {
    let ds = ds();
    let idx = SearchIndex::new(&ds);
    for q in [
        "manufacturing",
        "a",
        "fy",
        "digital twin",
        "america makes",
        "us",
        "report",
    ] {
        let words = query_words(q);
        for h in idx.search(q, 10_000) {
            for (text, ranges) in [(&h.title, &h.title_marks), (&h.subtitle, &h.subtitle_marks)] {
                let mut last = 0;
                for &(a, b) in ranges.iter() {
                    assert!(a < b && a >= last, "{q}: {ranges:?} in {text:?}");
                    assert!(text.is_char_boundary(a) && text.is_char_boundary(b));
                    let m = normalize(&text[a..b]);
                    assert!(
                        words.iter().any(|w| m.starts_with(w.as_str())),
                        "{q}: marked {m:?} in {text:?}"
                    );
                    last = b;
                }
                // Every word of the text that a query word starts is marked.
                let marked_words = ranges.len();
                let expected = normalize(text)
                    .split(' ')
                    .filter(|t| !t.is_empty() && words.iter().any(|w| t.starts_with(w.as_str())))
                    .count();
                assert_eq!(marked_words, expected, "{q}: {text:?} {ranges:?}");
            }
        }
    }
    // With multi-byte letters and a letter that folds to two.
    let w = query_words("stras öl");
    let text = "Die Straße — Öl, “quoted” straßen";
    let m = marks(text, &w);
    let parts: Vec<&str> = m.iter().map(|&(a, b)| &text[a..b]).collect();
    assert_eq!(parts, ["Straß", "Öl", "straß"]);
    // Half of a letter that folds to two letters marks the whole letter.
    let m = marks("Straße", &query_words("stras"));
    assert_eq!(m, [(0, 6)]);
}

#[test]
fn an_empty_or_blank_query_finds_nothing() {
    let idx = index();
    for q in ["", "   ", "\t\n", "?!", "— …", "&&&"] {
        assert!(idx.search(q, 10).is_empty(), "{q:?}");
        assert!(idx.search_grouped(q, 10).is_empty(), "{q:?}");
        assert_eq!(idx.search_counted(q, 10).1, 0);
    }
}

#[test]
fn a_query_without_results_returns_none() {
    let idx = index();
    assert!(idx.search("xylophonic", 10).is_empty());
    assert!(idx.search("institute xylophonic", 10).is_empty());
    assert!(idx.search_grouped("qqqq", 10).is_empty());
}

#[test]
fn network_series_link_to_the_network_page() {
    let ds = ds();
    let idx = SearchIndex::new(&ds);
    assert!(!ds.network.metrics.is_empty());
    for m in &ds.network.metrics {
        let hits = idx.search(&m.label, 100);
        let h = hits
            .iter()
            .find(|h| h.kind == Kind::Series && h.title == m.label)
            .unwrap_or_else(|| panic!("{} not found", m.label));
        assert_eq!(h.path, format!("/network?metric={}", m.id));
        assert!(h.subtitle.starts_with("The network by fiscal year"));
        assert!(!h.sources.is_empty());
    }
    let hits = idx.search("member organisations", 10);
    let series = hits.iter().find(|h| h.kind == Kind::Series).unwrap();
    assert_eq!(series.path, "/network?metric=members");
}

#[test]
fn every_kind_is_found_and_leads_to_its_page() {
    let ds = ds();
    let idx = SearchIndex::new(&ds);
    let first = |q: &str, kind: Kind| {
        idx.search(q, 1000)
            .into_iter()
            .find(|h| h.kind == kind)
            .unwrap_or_else(|| panic!("{q}: no {kind:?}"))
    };
    let goal = &ds.plan.goals[0];
    assert_eq!(
        first(&goal.title, Kind::Goal).path,
        format!("/goals/{}", goal.id)
    );
    let obj = &goal.objectives[0];
    assert_eq!(
        first(&obj.title, Kind::Objective).path,
        format!("/goals/{}#objective-{}", goal.id, obj.id.replace('.', "-"))
    );
    let story = &ds.stories[0];
    assert_eq!(
        first(&story.title, Kind::Story).path,
        format!("/institutes/{}", story.institute)
    );
    let c = &ds.imcp.communities[0];
    let hit = first(&c.name, Kind::Community);
    assert!(hit.path.starts_with("/communities?q="), "{}", hit.path);
    assert_eq!(
        first("Fraunhofer", Kind::Program).path,
        "/benchmarking?programs=fraunhofer"
    );
    assert_eq!(first("Germany", Kind::Country).title, "Germany");
    assert_eq!(first("Belgium", Kind::Country).path, "/benchmarking#study");
    let s = &ds.sources[0];
    let hit = first(&s.short_title, Kind::Source);
    assert_eq!(hit.path, format!("/data#source-{}", s.id));
    assert_eq!(hit.sources, std::slice::from_ref(&s.id));
    // Sources by their publisher too.
    assert!(idx
        .search("Government Accountability Office", 100)
        .iter()
        .any(|h| h.kind == Kind::Source));
    let f = &ds.headline_figures[0];
    assert_eq!(first(&f.label, Kind::Figure).path, "/");
    // Every hit names its sources, except countries, which have none.
    for h in idx.search("a", 100_000) {
        assert_eq!(
            h.sources.is_empty(),
            h.kind == Kind::Country,
            "{:?} {}",
            h.kind,
            h.title
        );
        for id in &h.sources {
            assert!(ds.source(id).is_some(), "{id}");
        }
    }
}

#[test]
fn order_is_by_rank_then_kind_then_title_and_stable() {
    let idx = index();
    for q in ["manufacturing", "a", "institute", "fy"] {
        let hits = idx.search(q, 10_000);
        assert_eq!(hits, idx.search(q, 10_000), "{q}: not deterministic");
        // The first `limit` are a prefix of the whole list.
        assert_eq!(idx.search(q, 7), hits[..7.min(hits.len())].to_vec());
        let (_, total) = idx.search_counted(q, 3);
        assert_eq!(total, hits.len());
    }
    // Among equally ranked results (the word only in text the title and subtitle do
    // not show), kinds come in their order.
    let shows =
        |h: &Hit, q: &str| has_word_starting(&normalize(&format!("{} {}", h.title, h.subtitle)), q);
    let hits = idx.search("manufacturing", 10_000);
    let kinds: Vec<Kind> = hits
        .iter()
        .filter(|h| !shows(h, "manufacturing"))
        .map(|h| h.kind)
        .collect();
    assert!(kinds.len() > 3);
    let mut sorted = kinds.clone();
    sorted.sort();
    assert_eq!(kinds, sorted);
    // Titles that start with the query come before results that show it nowhere
    // (sources, references rather than subjects, come after the rest).
    for q in ["advanced", "manufacturing", "institutes", "digital"] {
        let hits = idx.search(q, 10_000);
        let last_prefix = hits
            .iter()
            .rposition(|h| h.kind != Kind::Source && normalize(&h.title).starts_with(q));
        let first_hidden = hits
            .iter()
            .position(|h| h.kind != Kind::Source && !shows(h, q));
        if let (Some(a), Some(b)) = (last_prefix, first_hidden) {
            assert!(a < b, "{q}: {a} {b}");
        }
    }
    // An institute's name ranks like its title: the exact words of a name come before
    // the same words elsewhere.
    let hits = idx.search("additive manufacturing", 10);
    assert_eq!(hits[0].path, "/institutes/america-makes", "{hits:?}");
}

#[test]
fn groups_follow_the_best_result_and_count_every_match() {
    let idx = index();
    let groups = idx.search_grouped("manufacturing", 3);
    let all = idx.search("manufacturing", 10_000);
    assert_eq!(groups.iter().map(|g| g.total).sum::<usize>(), all.len());
    // Each kind once; kinds in the order of their first result in the ranked list.
    let mut order: Vec<Kind> = Vec::new();
    for h in &all {
        if !order.contains(&h.kind) {
            order.push(h.kind);
        }
    }
    assert_eq!(groups.iter().map(|g| g.kind).collect::<Vec<_>>(), order);
    for g in &groups {
        assert!(g.hits.len() <= 3 && !g.hits.is_empty());
        assert!(g.hits.iter().all(|h| h.kind == g.kind));
        let ranked: Vec<&Hit> = all.iter().filter(|h| h.kind == g.kind).take(3).collect();
        assert_eq!(g.hits.iter().collect::<Vec<_>>(), ranked);
    }
    // Grouping a list of hits keeps their order inside each group.
    let top = idx.search("manufacturing", 8);
    let grouped = group(top.clone());
    assert_eq!(grouped.iter().map(|g| g.total).sum::<usize>(), 8);
    let flat: Vec<Hit> = grouped.into_iter().flat_map(|g| g.hits).collect();
    for kind in Kind::ALL {
        let a: Vec<&Hit> = top.iter().filter(|h| h.kind == kind).collect();
        let b: Vec<&Hit> = flat.iter().filter(|h| h.kind == kind).collect();
        assert_eq!(a, b);
    }
}

#[test]
fn every_kind_has_its_labels() {
    for k in Kind::ALL {
        assert!(!k.label().is_empty() && !k.plural().is_empty() && !k.key().is_empty());
    }
    let keys: Vec<&str> = Kind::ALL.iter().map(|k| k.key()).collect();
    let mut distinct = keys.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), keys.len());
}

#[test]
fn a_word_found_only_elsewhere_is_shown_in_an_excerpt() {
    let ds = ds();
    let idx = SearchIndex::new(&ds);
    // A story found by a word of its summary shows that part of the summary.
    let story = ds
        .stories
        .iter()
        .find(|s| s.summary.contains("turbine"))
        .expect("a story about turbines");
    let hits = idx.search("turbine", 100);
    let h = hits.iter().find(|h| h.title == story.title).unwrap();
    if normalize(&h.title).contains("turbine") {
        assert!(h.excerpt.is_empty());
    }
    let hits = idx.search("cost", 100);
    for h in &hits {
        let shown = normalize(&format!("{} {}", h.title, h.subtitle));
        if has_word_starting(&shown, "cost") {
            assert!(h.excerpt.is_empty(), "{}: {}", h.title, h.excerpt);
        } else {
            assert!(!h.excerpt.is_empty(), "{} has no excerpt", h.title);
            assert!(!h.excerpt_marks.is_empty());
            for &(a, b) in &h.excerpt_marks {
                assert!(
                    normalize(&h.excerpt[a..b]).starts_with("cost"),
                    "{}",
                    h.excerpt
                );
            }
            assert!(h.excerpt.chars().count() <= 182, "{}", h.excerpt);
        }
    }
    assert!(hits.iter().any(|h| !h.excerpt.is_empty()));
}

#[test]
fn an_objective_is_not_found_by_the_title_of_its_goal() {
    let ds = ds();
    let idx = SearchIndex::new(&ds);
    let goal = &ds.plan.goals[1];
    // A word of the goal's title that none of its objectives uses.
    let word = normalize(&goal.title)
        .split(' ')
        .filter(|w| w.len() > 4)
        .find(|w| {
            goal.objectives.iter().all(|o| {
                !normalize(&format!("{} {} {} {}", o.title, o.approach, o.action, o.id))
                    .split(' ')
                    .any(|t| t.starts_with(w))
            })
        })
        .map(str::to_string)
        .expect("a word only the goal's title has");
    let hits = idx.search(&word, 1000);
    assert!(hits.iter().any(|h| h.kind == Kind::Goal), "{word}");
    for o in &goal.objectives {
        assert!(
            !hits
                .iter()
                .any(|h| h.kind == Kind::Objective && h.title.contains(&o.title)),
            "{word} finds objective {}",
            o.id
        );
    }
}

/// Sources are references: a word that starts a source's title does not put it before
/// the institute the word is about.
#[test]
fn an_institute_comes_before_the_sources_that_mention_it() {
    let ds = explorer_core::load_dataset(include_str!("../../public/data/manufacturing-usa.json"))
        .unwrap();
    let index = explorer_core::search::SearchIndex::new(&ds);
    let hits = index.search("robot", 50);
    let first_source = hits
        .iter()
        .position(|h| h.kind == explorer_core::search::Kind::Source)
        .expect("a source mentions robots");
    let arm = hits
        .iter()
        .position(|h| {
            h.kind == explorer_core::search::Kind::Institute && h.title == "ARM Institute"
        })
        .expect("the ARM Institute is found");
    assert!(arm < first_source, "{hits:#?}");
}

/// A city's name finds the institutes there before the sources that carry it in their
/// titles: "Rochester" lists AIM Photonics and REMADE (both in Rochester, NY) first, and
/// the institutes' group comes before the sources' group.
#[test]
fn a_place_finds_its_institutes_before_sources_named_after_it() {
    let ix = index();
    let hits = ix.search("Rochester", 20);
    let first_source = hits
        .iter()
        .position(|h| h.kind == Kind::Source)
        .expect("sources name Rochester");
    for acronym in ["AIM Photonics", "REMADE"] {
        let at = hits
            .iter()
            .position(|h| h.kind == Kind::Institute && h.title == acronym)
            .unwrap_or_else(|| panic!("{acronym} not found"));
        assert!(
            at < first_source,
            "{acronym} at {at}, a source at {first_source}"
        );
    }
    let groups = ix.search_grouped("Rochester", 3);
    assert_eq!(groups.first().map(|g| g.kind), Some(Kind::Institute));
    // A source whose whole name is typed still comes first.
    let exact = ix.search("2024 Strategic Plan", 1);
    assert_eq!(exact.first().map(|h| h.kind), Some(Kind::Source));
}
