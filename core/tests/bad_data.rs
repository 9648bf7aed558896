//! Each kind of bad dataset gives a message with the exact path of the problem.

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
    assert_eq!(ds.institutes.len(), 17);
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
    v["schema_version"] = json!(2);
    v["institutes"][0]["status"] = json!("established");
    let e = only_error(&v);
    assert_eq!(e.path, "schema_version");
    assert_eq!(e.message, "this app reads schema version 1, found 2");
}

#[test]
fn counts_are_cross_checked() {
    let mut v = shipped();
    v["institutes"].as_array_mut().unwrap().pop(); // EPIXC, a DOE institute
    let errs = errors_of(&v);
    let paths: Vec<&str> = errs.iter().map(|e| e.path.as_str()).collect();
    assert!(paths.contains(&"headline_figures[0].value"), "{errs:#?}");
    assert!(
        paths.contains(&"headline_figures[1].breakdown[1].value"),
        "{errs:#?}"
    );
    assert!(errs
        .iter()
        .any(|e| e.message == "says 7 DOE institutes, but the file lists 6"));
}

#[test]
fn breakdown_must_add_up() {
    let mut v = shipped();
    v["headline_figures"][2]["breakdown"][0]["value"] = json!(4);
    let e = only_error(&v);
    assert_eq!(e.path, "headline_figures[2].breakdown");
    assert_eq!(e.message, "parts add up to 10, but value is 9");
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
    v["institutes"][9]["id"] = json!("mxd");
    v["headline_figures"][3]["label"] = json!("  ");
    let errs = errors_of(&v);
    assert_eq!(errs.len(), 3, "{errs:#?}");
}
