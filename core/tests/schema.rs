//! The committed JSON Schema is the one generated from the Rust types, and the schema
//! and the types accept and reject the same documents.

use explorer_core::data::schema::{self, SCHEMA_IN_REPO};
use explorer_core::load_dataset;
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");
const COMMITTED: &str = include_str!("../../public/data/manufacturing-usa.schema.json");

fn shipped() -> Value {
    serde_json::from_str(SHIPPED).expect("JSON")
}

#[test]
fn committed_schema_matches_the_types() {
    assert!(
        COMMITTED == schema::text(),
        "{SCHEMA_IN_REPO} is out of date with the Rust types: run `cargo check-data --write-schema` and commit it"
    );
}

#[test]
fn shipped_dataset_passes_the_schema() {
    let committed: Value = serde_json::from_str(COMMITTED).expect("schema is JSON");
    let problems = schema::check(&committed, &shipped()).expect("valid schema");
    assert!(problems.is_empty(), "{problems:#?}");
}

/// Each breakage is rejected by both, at the same path.
#[test]
fn schema_and_types_reject_the_same_breakage() {
    let committed: Value = serde_json::from_str(COMMITTED).unwrap();
    // (path as the app writes it, JSON pointer, replacement)
    let cases = [
        (
            "institutes[3].established",
            "/institutes/3/established",
            json!("2015"),
        ),
        (
            "institutes[17].events[0].kind",
            "/institutes/17/events/0/kind",
            json!("open"),
        ),
        (
            "headline_figures[2].value",
            "/headline_figures/2/value",
            json!("unknown"),
        ),
        (
            "headline_figures[2].unit",
            "/headline_figures/2/unit",
            json!("dollars"),
        ),
        (
            "readiness.trl_levels[0].level",
            "/readiness/trl_levels/0/level",
            json!(-1),
        ),
        (
            "imcp.communities[0].designated",
            "/imcp/communities/0/designated",
            json!("May 2014"),
        ),
        (
            "benchmarking.programs[0].in_plan",
            "/benchmarking/programs/0/in_plan",
            json!("yes"),
        ),
        (
            "readiness.progression.data.kind",
            "/readiness/progression/data/kind",
            json!("guess"),
        ),
    ];
    for (path, pointer, replacement) in cases {
        let mut v = shipped();
        *v.pointer_mut(pointer)
            .expect("pointer into the shipped file") = replacement;
        let from_schema = schema::check(&committed, &v).unwrap();
        assert!(
            !from_schema.is_empty(),
            "schema accepted the breakage at {path}"
        );
        assert!(
            from_schema
                .iter()
                .any(|e| e.path == path || path.starts_with(&e.path)),
            "schema: {path} not named in {from_schema:#?}"
        );
        let from_types = load_dataset(&v.to_string()).expect_err("types accepted the breakage");
        assert!(
            from_types
                .iter()
                .any(|e| e.path == path || path.starts_with(&e.path)),
            "types: {path} not named in {from_types:#?}"
        );
    }
    // An extra field is refused by both.
    let mut v = shipped();
    v["agencies"][0]["budget"] = json!(1);
    assert!(!schema::check(&committed, &v).unwrap().is_empty());
    assert!(load_dataset(&v.to_string()).is_err());
}

#[test]
fn pointers_become_app_paths() {
    let v = shipped();
    assert_eq!(
        schema::pointer_to_path(&v, "/institutes/3/established"),
        "institutes[3].established"
    );
    assert_eq!(schema::pointer_to_path(&v, ""), "(top level)");
    assert_eq!(schema::pointer_to_path(&v, "/a b"), r#"["a b"]"#);
}

/// `check-data` lists every schema problem with its path and exits 1; a valid file
/// exits 0 and an unreadable one 2.
#[test]
fn check_data_reports_schema_problems_by_path() {
    let dir = std::env::temp_dir().join(format!("check-data-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut v = shipped();
    v["institutes"][3]["established"] = json!("2015");
    v["imcp"]["communities"][2]["round"] = json!("two");
    let broken = dir.join("broken.json");
    std::fs::write(&broken, v.to_string()).unwrap();
    let good = dir.join("good.json");
    std::fs::write(&good, SHIPPED).unwrap();
    let run = |file: &std::path::Path| {
        std::process::Command::new(env!("CARGO_BIN_EXE_check-data"))
            .arg(file)
            .output()
            .expect("check-data runs")
    };
    let out = run(&broken);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("broken.json: institutes[3].established: "),
        "{stderr}"
    );
    assert!(
        stderr.contains("broken.json: imcp.communities[2].round: "),
        "{stderr}"
    );
    assert!(stderr.contains("2 problem(s)"), "{stderr}");
    assert_eq!(run(&good).status.code(), Some(0));
    assert_eq!(run(&dir.join("missing.json")).status.code(), Some(2));
    std::fs::remove_dir_all(&dir).ok();
}

/// The reader's list of the places that hold an object is the schema's: a list given
/// for a record (`"plan": [ … ]`) is refused by both.
#[test]
fn object_paths_are_the_schemas() {
    let from_schema = schema::object_paths(&schema::generate());
    let held: Vec<String> = explorer_core::data::shape::OBJECT_PATHS
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert!(
        held == from_schema,
        "core/src/data/shape.rs OBJECT_PATHS should read:\n{}",
        from_schema
            .iter()
            .map(|p| format!("    {p:?},"))
            .collect::<Vec<_>>()
            .join("\n")
    );
}
