//! Each kind of bad dataset gives a message with the exact path of the problem.

use explorer_core::data::validate::{check_dataset, read_dataset};
use explorer_core::{load_dataset, DataError, SCHEMA_VERSION};
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

fn shipped() -> Value {
    serde_json::from_str(SHIPPED).expect("the shipped dataset is JSON")
}

fn errors_of(v: &Value) -> Vec<DataError> {
    load_dataset(&v.to_string()).expect_err("dataset should be rejected")
}

fn only_error(v: &Value) -> DataError {
    let errs = errors_of(v);
    assert_eq!(errs.len(), 1, "expected one problem, got {errs:#?}");
    errs.into_iter().next().unwrap()
}

#[test]
fn shipped_dataset_is_valid() {
    let ds = load_dataset(SHIPPED).unwrap_or_else(|e| panic!("{e:#?}"));
    assert_eq!(ds.schema_version, SCHEMA_VERSION);
    assert_eq!(
        explorer_core::history::established_institutes(&ds).count(),
        17
    );
    assert_eq!(ds.institutes.len(), 20);
    assert!(ds.headline_figures.iter().any(|f| f.id == "members"));
}

#[test]
fn date_not_yyyy_mm() {
    let mut v = shipped();
    v["institutes"][3]["established"] = json!("2015");
    let e = only_error(&v);
    assert_eq!(e.path, "institutes[3].established");
    assert!(
        e.to_string()
            .starts_with(r#"institutes[3].established: expected YYYY-MM, found "2015""#),
        "{e}"
    );
}

#[test]
fn wrong_type() {
    let mut v = shipped();
    v["headline_figures"][4]["value"] = json!("sixty-three");
    let e = only_error(&v);
    assert_eq!(e.path, "headline_figures[4].value");
    assert!(
        e.message
            .starts_with(r#"expected a number or "not_reported", found "sixty-three""#),
        "{e}"
    );
    let mut v = shipped();
    v["institutes"][0]["headquarters"] = json!("Youngstown, Ohio");
    let e = only_error(&v);
    assert_eq!(e.path, "institutes[0].headquarters");
    assert!(e.message.contains("invalid type: string"), "{e}");
}

#[test]
fn missing_field() {
    let mut v = shipped();
    v["institutes"][0].as_object_mut().unwrap().remove("name");
    let e = only_error(&v);
    assert_eq!(e.path, "institutes[0]");
    assert!(e.message.contains("missing field `name`"), "{e}");
}

#[test]
fn field_given_twice() {
    // A JSON object that names a key twice cannot be built as a Value: edit the text.
    let first = SHIPPED
        .find("\"sponsor\": \"DoD\",")
        .expect("a sponsor in the shipped file");
    let mut text = SHIPPED.to_string();
    text.insert_str(first, "\"sponsor\": \"DoD\", ");
    let errs = load_dataset(&text).expect_err("dataset should be rejected");
    assert_eq!(errs.len(), 1, "{errs:#?}");
    // The same path as a reader that tracks the path while it reads.
    let mut de = serde_json::Deserializer::from_str(&text);
    let tracked =
        serde_path_to_error::deserialize::<_, explorer_core::data::model::Dataset>(&mut de)
            .expect_err("the tracking reader rejects it too");
    assert_eq!(tracked.path().to_string(), errs[0].path);
    assert!(errs[0].path.starts_with("institutes["), "{}", errs[0]);
    assert!(!errs[0].path.ends_with(".sponsor"), "{}", errs[0]);
    assert!(
        errs[0].message.contains("duplicate field `sponsor`"),
        "{}",
        errs[0]
    );
}

#[test]
fn misspelt_field() {
    let mut v = shipped();
    let inst = v["institutes"][2].as_object_mut().unwrap();
    let acronym = inst.remove("acronym").unwrap();
    inst.insert("acronymn".into(), acronym);
    let e = only_error(&v);
    assert_eq!(e.path, "institutes[2].acronymn");
    assert!(e.message.contains("unknown field `acronymn`"), "{e}");
}

#[test]
fn odd_keys_are_quoted_in_paths() {
    let mut v = shipped();
    v.as_object_mut().unwrap().insert(String::new(), json!(1));
    assert_eq!(only_error(&v).path, r#"[""]"#);
    let mut v = shipped();
    v["sources"][1]
        .as_object_mut()
        .unwrap()
        .insert("a b".into(), json!(1));
    assert_eq!(only_error(&v).path, r#"sources[1]["a b"]"#);
}

#[test]
fn unknown_source_id() {
    let mut v = shipped();
    v["institutes"][5]["sources"][0]["source"] = json!("plan2042");
    let e = only_error(&v);
    assert_eq!(e.path, "institutes[5].sources[0].source");
    assert_eq!(e.message, r#"unknown source id "plan2042""#);
}

/// The browser reads the file and checks it in two tasks (src/components/dataset.rs):
/// a problem of form stops the reading, a problem of content passes the reading and is
/// found by the checks, with the same message `load_dataset` gives.
#[test]
fn reading_and_checking_find_their_own_problems() {
    let mut v = shipped();
    v["institutes"][5]["sources"][0]["source"] = json!("plan2042");
    let text = v.to_string();
    let read = read_dataset(&text).expect("a content problem does not stop the reading");
    let found = check_dataset(read).expect_err("the checks find it");
    assert_eq!(found, load_dataset(&text).unwrap_err());
    assert_eq!(found[0].path, "institutes[5].sources[0].source");

    let mut v = shipped();
    v["institutes"][3]["established"] = json!("2015");
    let text = v.to_string();
    let stopped = read_dataset(&text).expect_err("a problem of form stops the reading");
    assert_eq!(stopped, load_dataset(&text).unwrap_err());
    assert_eq!(stopped[0].path, "institutes[3].established");
}

#[test]
fn duplicate_id() {
    let mut v = shipped();
    v["institutes"][7]["id"] = json!("lift");
    let e = only_error(&v);
    assert_eq!(e.path, "institutes[7].id");
    assert_eq!(e.message, r#"duplicate id "lift""#);
}

#[test]
fn unknown_sponsor() {
    let mut v = shipped();
    v["institutes"][1]["sponsor"] = json!("NASA");
    let e = only_error(&v);
    assert_eq!(e.path, "institutes[1].sponsor");
    assert!(e.message.contains("unknown variant `NASA`"), "{e}");
}

#[test]
fn malformed_json_names_line_and_column() {
    let text = SHIPPED.replacen("\"institutes\": [", "\"institutes\": [,", 1);
    let errs = load_dataset(&text).unwrap_err();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].path, "institutes[0]");
    assert!(errs[0].message.starts_with("not valid JSON"), "{}", errs[0]);
    assert!(errs[0].message.contains("(line "), "{}", errs[0]);
}

#[test]
fn empty_and_truncated_files() {
    let e = &load_dataset("").unwrap_err()[0];
    assert_eq!(e.path, "(top level)");
    assert!(e.message.contains("not valid JSON"), "{e}");
    let e = &load_dataset(&SHIPPED[..SHIPPED.len() / 2]).unwrap_err()[0];
    assert!(e.message.contains("EOF"), "{e}");
    assert_ne!(e.path, "");
    let e = &load_dataset("[]").unwrap_err()[0];
    assert_eq!(e.path, "(top level)");
}

#[test]
fn newer_schema_version_is_named() {
    let mut v = shipped();
    v["schema_version"] = json!(SCHEMA_VERSION + 1);
    v["institutes"][0]["new_field_of_a_later_version"] = json!(true);
    let e = only_error(&v);
    assert_eq!(e.path, "schema_version");
    assert_eq!(
        e.message,
        format!(
            "this app reads schema version {SCHEMA_VERSION}, found {}",
            SCHEMA_VERSION + 1
        )
    );
}

#[test]
fn counts_are_cross_checked() {
    let mut v = shipped();
    let institutes = v["institutes"].as_array_mut().unwrap();
    let epixc = institutes.iter().position(|i| i["id"] == "epixc").unwrap();
    institutes.remove(epixc); // a DOE institute
    let errs = errors_of(&v);
    let paths: Vec<&str> = errs.iter().map(|e| e.path.as_str()).collect();
    assert!(paths.contains(&"headline_figures[0].value"), "{errs:#?}");
    assert!(
        paths.contains(&"headline_figures[1].breakdown[1].value"),
        "{errs:#?}"
    );
    assert!(
        errs.iter()
            .any(|e| e.message == "says 7, but the file lists 6 established DOE institutes"),
        "{errs:#?}"
    );
}

#[test]
fn breakdown_must_add_up() {
    let mut v = shipped();
    v["headline_figures"][2]["breakdown"][0]["value"] = json!(4);
    let errs = errors_of(&v);
    assert!(
        errs.iter()
            .any(|e| e.path == "headline_figures[2].breakdown"
                && e.message == "parts add up to 10, but value is 9"),
        "{errs:#?}"
    );
    // The part is also checked against the agency records.
    assert!(
        errs.iter()
            .any(|e| e.path == "headline_figures[2].breakdown[0].value"),
        "{errs:#?}"
    );
}

#[test]
fn ranges_and_codes_are_checked() {
    let mut v = shipped();
    v["headline_figures"][4]["value"] = json!(163);
    v["institutes"][0]["headquarters"][0]["state"] = json!("Ohio");
    v["institutes"][1]["established"] = json!("1850-01");
    v["institutes"][1]["established"] = json!("2014-02");
    v["sources"][0]["url"] = json!("javascript:alert(1)");
    let errs = errors_of(&v);
    let paths: Vec<&str> = errs.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "sources[0].url",
            "headline_figures[4].value",
            "institutes[0].headquarters[0].state"
        ]
    );
}

#[test]
fn every_content_problem_is_reported_not_just_the_first() {
    let mut v = shipped();
    v["institutes"][3]["sources"][0]["source"] = json!("nope");
    v["institutes"][7]["id"] = json!("mxd"); // AFFOA, which no story names
    v["headline_figures"][3]["label"] = json!("  ");
    let errs = errors_of(&v);
    let paths: Vec<&str> = errs.iter().map(|e| e.path.as_str()).collect();
    assert_eq!(
        paths,
        [
            "headline_figures[3].label",
            "institutes[3].sources[0].source",
            "institutes[7].id"
        ],
        "{errs:#?}"
    );
}

/// The first error at `path`, failing with the full list when there is none.
fn error_at(v: &Value, path: &str) -> DataError {
    let errs = errors_of(v);
    errs.iter()
        .find(|e| e.path == path)
        .cloned()
        .unwrap_or_else(|| panic!("no error at {path}: {errs:#?}"))
}

fn index_of(list: &Value, id: &str) -> usize {
    list.as_array()
        .unwrap()
        .iter()
        .position(|x| x["id"] == id)
        .unwrap_or_else(|| panic!("no {id}"))
}

#[test]
fn references_between_records_must_resolve() {
    let mut v = shipped();
    v["stories"][0]["institute"] = json!("atlantis");
    v["stories"][1]["objectives"][0]["objective"] = json!("9.9");
    v["institutes"][0]["topics"][0]["topic"] = json!("time-travel");
    v["benchmarking"]["programs"][0]["country"] = json!("zz");
    let errs = errors_of(&v);
    let found: Vec<(&str, &str)> = errs
        .iter()
        .map(|e| (e.path.as_str(), e.message.as_str()))
        .collect();
    for expected in [
        ("stories[0].institute", r#"unknown institute id "atlantis""#),
        (
            "stories[1].objectives[0].objective",
            r#"unknown objective id "9.9""#,
        ),
        (
            "institutes[0].topics[0].topic",
            r#"unknown priority topic id "time-travel""#,
        ),
        (
            "benchmarking.programs[0].country",
            r#"unknown country id "zz""#,
        ),
    ] {
        assert!(found.contains(&expected), "{expected:?} not in {errs:#?}");
    }
}

#[test]
fn readiness_levels_stay_on_their_scales() {
    let mut v = shipped();
    v["readiness"]["bands"][0]["trl"]["to"] = json!(10);
    v["readiness"]["bands"][1]["mrl"]["to"] = json!(11);
    v["readiness"]["trl_levels"][2]["level"] = json!(4);
    let e = error_at(&v, "readiness.bands[0].trl.to");
    assert_eq!(e.message, "TRL runs from 1 to 9, found 10");
    let e = error_at(&v, "readiness.bands[1].mrl.to");
    assert_eq!(e.message, "MRL runs from 1 to 10, found 11");
    let e = error_at(&v, "readiness.trl_levels[2].level");
    assert_eq!(e.message, "levels go 1 to 9 in order: expected 3, found 4");
}

#[test]
fn progression_data_is_checked_in_every_form() {
    let mut v = shipped();
    v["readiness"]["progression"]["data"] = json!({
        "kind": "matrix",
        "cells": [
            { "start": 4, "end": 6, "count": 10 },
            { "start": 4, "end": 6, "count": 3 },
            { "start": 0, "end": 12, "count": 1 }
        ]
    });
    let e = error_at(&v, "readiness.progression.data.cells[1]");
    assert_eq!(e.message, "the cell TRL 4 → 6 is listed twice");
    error_at(&v, "readiness.progression.data.cells[2].start");
    let e = error_at(&v, "readiness.progression.data.cells[2].end");
    assert_eq!(e.message, "TRL runs from 1 to 9, found 12");

    let mut v = shipped();
    v["readiness"]["progression"]["data"] = json!({
        "kind": "projects",
        "projects": [
            { "id": "p1", "start": 4, "end": 6, "institute": "lift" },
            { "id": "p1", "start": 3, "end": 5 },
            { "id": "p3", "start": 2, "end": 5, "institute": "nowhere" }
        ]
    });
    let e = error_at(&v, "readiness.progression.data.projects[1].id");
    assert_eq!(e.message, r#"duplicate id "p1""#);
    error_at(&v, "readiness.progression.data.projects[2].institute");
    // Both forms load when they are right.
    v["readiness"]["progression"]["data"]["projects"][1]["id"] = json!("p2");
    v["readiness"]["progression"]["data"]["projects"][2]["institute"] = json!("arm");
    load_dataset(&v.to_string()).unwrap_or_else(|e| panic!("{e:#?}"));
}

#[test]
fn every_study_kpi_is_present_even_when_not_reported() {
    let mut v = shipped();
    let uk = index_of(&v["benchmarking"]["programs"], "uk-hvm-catapult");
    let figures = v["benchmarking"]["programs"][uk]["plan_figures"]
        .as_array_mut()
        .unwrap();
    let patents = figures
        .iter()
        .position(|f| f["metric"] == "patents")
        .unwrap();
    figures.remove(patents);
    let e = error_at(&v, &format!("benchmarking.programs[{uk}].plan_figures"));
    assert!(e.message.contains("patents appears 0 times"), "{e}");
}

#[test]
fn disagreements_must_say_which_value_is_shown() {
    let mut v = shipped();
    let i = index_of(&v["headline_figures"], "projects");
    v["headline_figures"][i]
        .as_object_mut()
        .unwrap()
        .remove("shown_because");
    let e = error_at(&v, &format!("headline_figures[{i}].shown_because"));
    assert!(
        e.message
            .starts_with("a figure with other readings must say why"),
        "{e}"
    );
}

#[test]
fn institute_status_and_dates_agree() {
    let mut v = shipped();
    v["institutes"][0]
        .as_object_mut()
        .unwrap()
        .remove("established");
    v["institutes"][1]["established"] = json!("2030-01");
    v["institutes"][2]["established"] = json!("2011-12");
    let e = error_at(&v, "institutes[0].established");
    assert!(
        e.message.starts_with("an established institute needs"),
        "{e}"
    );
    let e = error_at(&v, "institutes[1].established");
    assert!(
        e.message
            .contains("after the date the sources were last checked (sources_checked: 2026-12-07)"),
        "{e}"
    );
    let e = error_at(&v, "institutes[2].established");
    assert!(e.message.starts_with("expected 2012-01 or later"), "{e}");
}

/// An institute's event by id, with its path.
fn event_of<'a>(v: &'a mut Value, institute: &str, event: &str) -> (&'a mut Value, String) {
    let i = index_of(&v["institutes"], institute);
    let j = index_of(&v["institutes"][i]["events"], event);
    (
        &mut v["institutes"][i]["events"][j],
        format!("institutes[{i}].events[{j}]"),
    )
}

#[test]
fn a_bad_event_gets_a_message_with_its_path() {
    // A kind outside the closed list stops the reading, at the kind.
    let mut v = shipped();
    let (e, at) = event_of(&mut v, "chips-digital-twin", "chips-twin-award");
    e["kind"] = json!("merger");
    let err = only_error(&v);
    assert_eq!(err.path, format!("{at}.kind"));
    assert!(err.message.starts_with("unknown variant `merger`"), "{err}");

    // A figure without a unit.
    let mut v = shipped();
    let (e, at) = event_of(&mut v, "chips-digital-twin", "chips-twin-award");
    e["figures"][0].as_object_mut().unwrap().remove("unit");
    let err = only_error(&v);
    assert_eq!(err.path, format!("{at}.figures[0]"));
    assert!(err.message.contains("missing field `unit`"), "{err}");

    // A date after the date the sources were last checked.
    let mut v = shipped();
    let (e, at) = event_of(&mut v, "biomade", "biomade-maple-grove-2025");
    e["date"] = json!("2026-12-08");
    let err = only_error(&v);
    assert_eq!(err.path, format!("{at}.date"));
    assert_eq!(
        err.message,
        "2026-12-08 is after the date the sources were last checked (sources_checked: 2026-12-07)"
    );

    // "other" without a description, and an event without its quote.
    let mut v = shipped();
    let (e, at) = event_of(&mut v, "chips-digital-twin", "chips-twin-doe-labs");
    e.as_object_mut().unwrap().remove("description");
    e.as_object_mut().unwrap().remove("quote");
    let errs = errors_of(&v);
    assert_eq!(errs.len(), 2, "{errs:#?}");
    assert_eq!(errs[0].path, format!("{at}.quote"));
    assert_eq!(errs[1].path, format!("{at}.description"));

    // A program event about an institute the file does not hold.
    let mut v = shipped();
    let k = index_of(&v["program_events"], "dod-portfolio-2023");
    v["program_events"][k]["institutes"] = json!(["arm", "no-such-institute"]);
    let err = only_error(&v);
    assert_eq!(err.path, format!("program_events[{k}].institutes[1]"));
    assert_eq!(err.message, "unknown institute id \"no-such-institute\"");

    // The same id twice.
    let mut v = shipped();
    let (e, _) = event_of(&mut v, "biomade", "biomade-maple-grove-2025");
    e["id"] = json!("biomade-ceiling-2023");
    let err = only_error(&v);
    assert_eq!(err.message, "duplicate id \"biomade-ceiling-2023\"");
}

#[test]
fn a_stated_count_that_disagrees_with_the_records_says_why() {
    let mut v = shipped();
    let k = index_of(&v["network_counts"], "count-2025-07-senate");
    v["network_counts"][k]
        .as_object_mut()
        .unwrap()
        .remove("note");
    let err = only_error(&v);
    assert_eq!(err.path, format!("network_counts[{k}].note"));
    assert_eq!(
        err.message,
        "the source counts 17 institutes on 2025-07 but this dataset's records count 18: say why in a note"
    );
    // A review's scope is not the network's size, and must say so.
    let mut v = shipped();
    let k = index_of(&v["network_counts"], "count-gao-25-107369");
    v["network_counts"][k]
        .as_object_mut()
        .unwrap()
        .remove("note");
    let err = only_error(&v);
    assert!(err.message.contains("not a count of the network"), "{err}");
}

#[test]
fn a_copy_names_its_original_and_versions_are_listed() {
    let mut v = shipped();
    let k = index_of(&v["sources"], "ieee-smartusa-termination");
    v["sources"][k].as_object_mut().unwrap().remove("original");
    let err = only_error(&v);
    assert_eq!(err.path, format!("sources[{k}].original"));
    assert!(
        err.message
            .starts_with("a copy must name the original outlet"),
        "{err}"
    );

    let mut v = shipped();
    v["dataset_version"] = json!("2026.12.9");
    let err = only_error(&v);
    assert_eq!(err.path, "changes[0].version");

    let mut v = shipped();
    v["sources_checked"] = json!("2026-12-08");
    let err = only_error(&v);
    assert_eq!(err.path, "sources_checked");
}

#[test]
fn plan_numbering_and_imcp_counts() {
    let mut v = shipped();
    v["plan"]["goals"][1]["objectives"][0]["id"] = json!("2.7");
    let e = error_at(&v, "plan.goals[1].objectives[0].id");
    assert!(e.message.contains(r#"expected "2.1", found "2.7""#), "{e}");

    let mut v = shipped();
    v["imcp"]["communities"].as_array_mut().unwrap().pop();
    v["imcp"]["communities"][0]["states"][0] = json!("XX");
    let errs = errors_of(&v);
    let designations = index_of(&v["imcp"]["figures"], "designations");
    assert!(
        errs.iter()
            .any(|e| e.path == format!("imcp.figures[{designations}].value")
                && e.message == "says 24, but the file lists 23 communities"),
        "{errs:#?}"
    );
    error_at(&v, "imcp.communities[0].states[0]");
}

#[test]
fn agencies_are_counted_and_sponsors_listed() {
    let mut v = shipped();
    let dod = index_of(&v["agencies"], "dod");
    v["agencies"][dod]["role"] = json!("participant");
    let errs = errors_of(&v);
    // Every DoD institute now names a sponsor that is not listed as one.
    let unlisted = errs
        .iter()
        .filter(|e| e.path.ends_with(".sponsor") && e.message.starts_with("DoD is not in agencies"))
        .count();
    assert_eq!(unlisted, 9, "{errs:#?}");
    assert!(
        errs.iter()
            .any(|e| e.path.starts_with("headline_figures[2].breakdown")),
        "{errs:#?}"
    );
}

#[test]
fn progression_data_holds_only_the_fields_of_its_form() {
    let data = |d: Value| {
        let mut v = shipped();
        v["readiness"]["progression"]["data"] = d;
        only_error(&v)
    };
    // A field of another form.
    let e = data(json!({ "kind": "matrix", "cells": [], "reason": "unknown" }));
    assert_eq!(e.path, "readiness.progression.data");
    assert!(
        e.message
            .starts_with("unknown field `reason`, expected `cells`"),
        "{e:#?}"
    );
    // A field the form needs.
    let e = data(json!({ "kind": "not_reported", "reason": "unknown" }));
    assert_eq!(e.path, "readiness.progression.data");
    assert!(
        e.message.starts_with("missing field `published_values`"),
        "{e:#?}"
    );
    // A field that is there but null.
    let e = data(json!({ "kind": "projects", "projects": null }));
    assert!(
        e.message
            .starts_with("invalid type: null, expected a sequence"),
        "{e:#?}"
    );
    // No kind, or one that does not exist.
    let e = data(json!({ "cells": [] }));
    assert!(e.message.starts_with("missing field `kind`"), "{e:#?}");
    let e = data(json!({ "kind": "grid", "cells": [] }));
    assert_eq!(e.path, "readiness.progression.data.kind");
    assert!(e.message.starts_with("unknown variant `grid`"), "{e:#?}");
    // A misspelt field, and a bad value inside a cell, which is named exactly.
    let e = data(json!({ "kind": "matrix", "cels": [] }));
    assert!(e.message.starts_with("unknown field `cels`"), "{e:#?}");
    let e = data(json!({ "kind": "matrix", "cells": [{ "start": 4, "end": "six", "count": 1 }] }));
    assert_eq!(e.path, "readiness.progression.data.cells[0].end");
}

// The yearly network series (`network.metrics[i].points[j]`). Metrics in the shipped
// file: 0 institutes, 1 members, 2 manufacturer_share, 5 workforce, 6 base_federal_funds.

fn network_point(v: &mut Value, metric: usize, point: usize) -> &mut Value {
    &mut v["network"]["metrics"][metric]["points"][point]
}

#[test]
fn network_citation_of_an_unknown_source() {
    let mut v = shipped();
    network_point(&mut v, 2, 3)["sources"][0]["source"] = json!("nowhere");
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[2].points[3].sources[0].source");
    assert_eq!(e.message, r#"unknown source id "nowhere""#);
}

#[test]
fn network_point_without_a_quote() {
    let mut v = shipped();
    network_point(&mut v, 1, 1)["quote"] = json!("  ");
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[1].points[1].quote");
    assert_eq!(e.message, "must not be empty");
    let mut v = shipped();
    network_point(&mut v, 1, 1)
        .as_object_mut()
        .unwrap()
        .remove("quote");
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[1].points[1]");
    assert!(e.message.contains("missing field `quote`"), "{e}");
}

#[test]
fn network_fiscal_year_out_of_range() {
    let mut v = shipped();
    network_point(&mut v, 0, 0)["fiscal_year"] = json!(2011);
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[0].points[0].fiscal_year");
    assert_eq!(
        e.message,
        "expected a fiscal year from 2012 to 2026 (sources_checked), found 2011"
    );
    let mut v = shipped();
    network_point(&mut v, 0, 5)["fiscal_year"] = json!(2027);
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[0].points[5].fiscal_year");
    assert!(e.message.ends_with("found 2027"), "{e}");
}

#[test]
fn network_fiscal_year_repeated_or_out_of_order() {
    let mut v = shipped();
    network_point(&mut v, 2, 3)["fiscal_year"] = json!(2020);
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[2].points[3].fiscal_year");
    assert_eq!(e.message, "FY2020 is listed twice in this series");
    let mut v = shipped();
    network_point(&mut v, 1, 1)["fiscal_year"] = json!(2015);
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[1].points[1].fiscal_year");
    assert_eq!(
        e.message,
        "points go in fiscal-year order: FY2015 comes after FY2016"
    );
}

#[test]
fn network_break_without_a_note_or_outside_the_series() {
    let mut v = shipped();
    v["network"]["metrics"][5]["breaks"][0]["note"] = json!("");
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[5].breaks[0].note");
    assert_eq!(e.message, "must not be empty");
    let mut v = shipped();
    v["network"]["metrics"][5]["breaks"][0]["last_before"] = json!(2019);
    v["network"]["metrics"][5]["breaks"][0]["first_after"] = json!(2020);
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[5].breaks[0].first_after");
    assert_eq!(e.message, "FY2020 is not a year of this series");
    let mut v = shipped();
    v["network"]["metrics"][5]["breaks"][0]["last_before"] = json!(2019);
    v["network"]["metrics"][5]["breaks"][0]["first_after"] = json!(2018);
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[5].breaks[0].first_after");
    assert!(e.message.starts_with("a break lies between"), "{e}");
}

#[test]
fn network_source_address_not_http() {
    let mut v = shipped();
    let k = v["sources"]
        .as_array()
        .unwrap()
        .iter()
        .position(|s| s["id"] == "ssti-2019-09")
        .expect("the SSTI source of the FY2018 figures");
    v["sources"][k]["url"] = json!("ssti.org/blog/manufacturing-institutes");
    let e = only_error(&v);
    assert_eq!(e.path, format!("sources[{k}].url"));
    assert_eq!(
        e.message,
        r#"expected an http(s) address, found "ssti.org/blog/manufacturing-institutes""#
    );
}

#[test]
fn network_funding_not_negative() {
    let mut v = shipped();
    network_point(&mut v, 6, 0)["value"] = json!(-183);
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[6].points[0].value");
    assert_eq!(e.message, "expected a number of 0 or more, found -183");
    let mut v = shipped();
    network_point(&mut v, 6, 1)["other_readings"][0]["value"] = json!(-127);
    let e = only_error(&v);
    assert_eq!(
        e.path,
        "network.metrics[6].points[1].other_readings[0].value"
    );
}

#[test]
fn network_other_readings_need_the_reason_shown() {
    let mut v = shipped();
    network_point(&mut v, 5, 1)
        .as_object_mut()
        .unwrap()
        .remove("shown_because");
    let e = only_error(&v);
    assert_eq!(e.path, "network.metrics[5].points[1].shown_because");
}

/// An established institute's record, by institute id, and the path of that record.
fn record_of<'a>(v: &'a mut Value, id: &str) -> (&'a mut Value, String) {
    let i = index_of(&v["institutes"], id);
    (
        &mut v["institutes"][i]["record"],
        format!("institutes[{i}].record"),
    )
}

#[test]
fn record_reported_amount_without_a_quote() {
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "mxd");
    r["federal_at_award"]
        .as_object_mut()
        .unwrap()
        .remove("quote");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.federal_at_award.quote"));
    assert_eq!(
        e.message,
        "a value read in a source needs the sentence it was read in"
    );
}

#[test]
fn record_money_not_negative() {
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "lift");
    r["nonfederal_at_award"]["value"] = json!(-78);
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.nonfederal_at_award.value"));
    assert_eq!(e.message, "expected a number of 0 or more, found -78");
}

#[test]
fn record_website_must_be_an_https_address_with_a_host() {
    for bad in [
        "javascript:alert(1)",
        "http://x",
        "https://x",
        "https://exa mple.org/",
    ] {
        let mut v = shipped();
        let (r, at) = record_of(&mut v, "iacmi");
        r["website"]["text"] = json!(bad);
        let e = only_error(&v);
        assert_eq!(e.path, format!("{at}.website.text"), "{bad}");
        assert_eq!(
            e.message,
            format!(
                "expected an https:// address such as \"https://www.example.org/\", found {bad:?}"
            )
        );
    }
}

#[test]
fn record_member_count_is_a_count() {
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "iacmi");
    r["members"][0]["unit"] = json!("usd_million");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.members[0].unit"));
    assert_eq!(e.message, "expected Count here, found UsdMillion");
    // And money is in US$ million.
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "iacmi");
    r["federal_at_award"]["unit"] = json!("usd_billion");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.federal_at_award.unit"));
    assert_eq!(e.message, "expected UsdMillion here, found UsdBillion");
}

#[test]
fn record_renewal_needs_its_date() {
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "iacmi");
    r["renewals"][0].as_object_mut().unwrap().remove("date");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.renewals[0].date"));
    assert_eq!(e.message, "a renewal needs its date");
}

#[test]
fn record_announcement_not_after_data_as_of() {
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "epixc");
    r["announced"]["date"] = json!("2027-01-05");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.announced.date"));
    assert_eq!(
        e.message,
        "2027-01-05 is after the date the sources were last checked (sources_checked: 2026-12-07)"
    );
    // An other reading of the date too.
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "america-makes");
    r["announced"]["other_readings"][0]["date"] = json!("2027-01");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.announced.other_readings[0].date"));
}

#[test]
fn record_citation_of_an_unknown_source() {
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "arm");
    r["federal_at_award"]["sources"][0]["source"] = json!("nowhere");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.federal_at_award.sources[0].source"));
    assert_eq!(e.message, r#"unknown source id "nowhere""#);
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "arm");
    r["operator"]["sources"][0]["source"] = json!("nowhere");
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.operator.sources[0].source"));
}

#[test]
fn record_member_counts_go_oldest_first() {
    // IACMI: 122 (2015-01), 170+ (2018-07-23), 150+ (2019-07-22), 170-plus (2025-02-12).
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "iacmi");
    r["members"].as_array_mut().unwrap().swap(1, 2);
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.members[2].date"));
    assert_eq!(
        e.message,
        "member counts go oldest first; undated counts go last"
    );
    // NIIMBL's undated count is last; moved first, the dated one after it is out of order.
    let mut v = shipped();
    let (r, at) = record_of(&mut v, "niimbl");
    let members = r["members"].as_array_mut().unwrap();
    let undated = members.pop().unwrap();
    assert!(
        undated.get("date").is_none(),
        "the last NIIMBL count is undated"
    );
    members.insert(0, undated);
    let e = only_error(&v);
    assert_eq!(e.path, format!("{at}.members[1].date"));
}

#[test]
fn headline_series_must_name_a_network_metric() {
    let mut v = shipped();
    let i = index_of(&v["headline_figures"], "members");
    assert_eq!(v["headline_figures"][i]["series"], "members");
    v["headline_figures"][i]["series"] = json!("memberz");
    let e = only_error(&v);
    assert_eq!(e.path, format!("headline_figures[{i}].series"));
    assert_eq!(e.message, r#"unknown network metric id "memberz""#);
}
