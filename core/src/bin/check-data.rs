//! `cargo check-data [FILE…]`: checks dataset files against the JSON Schema and then
//! the way the app does, and prints every problem with its path.
//! Exit status 0 = valid, 1 = problems, 2 = unreadable.
//!
//! `cargo check-data --write-schema` regenerates the committed JSON Schema from the
//! Rust types.
//!
//! `cargo check-data --inventory FILE` prints every record of the dataset, with the text
//! a page shows it by, and those held but not shown (single records, and whole kinds of
//! record), as JSON (for the browser test that checks every record is on some page).

use std::process::ExitCode;

use explorer_core::{data::schema, load_dataset, DataError};

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.iter().any(|a| a == "-h" || a == "--help") {
        println!(
            "usage: check-data [FILE…]   check files (default: {})\n       check-data --write-schema   regenerate {}",
            explorer_core::DATASET_IN_REPO,
            schema::SCHEMA_IN_REPO
        );
        return ExitCode::SUCCESS;
    }
    if files.iter().any(|a| a == "--write-schema") {
        return match std::fs::write(schema::SCHEMA_IN_REPO, schema::text()) {
            Ok(()) => {
                println!("wrote {}", schema::SCHEMA_IN_REPO);
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}: cannot write: {e}", schema::SCHEMA_IN_REPO);
                ExitCode::from(2)
            }
        };
    }
    if let Some(k) = files.iter().position(|a| a == "--inventory") {
        let file = files
            .get(k + 1)
            .cloned()
            .unwrap_or_else(|| explorer_core::DATASET_IN_REPO.to_string());
        return inventory(&file);
    }
    if files.is_empty() {
        files.push(explorer_core::DATASET_IN_REPO.to_string());
    }
    let schema = schema::generate();
    let mut status = ExitCode::SUCCESS;
    for file in &files {
        let text = match std::fs::read_to_string(file) {
            Ok(t) => t,
            Err(e) => {
                eprintln!("{file}: cannot read: {e}");
                status = ExitCode::from(2);
                continue;
            }
        };
        match check(&schema, &text) {
            Ok(summary) => println!("{file}: ok ({summary})"),
            Err(problems) => {
                for p in &problems {
                    eprintln!("{file}: {p}");
                }
                eprintln!("{file}: {} problem(s)", problems.len());
                if status == ExitCode::SUCCESS {
                    status = ExitCode::FAILURE;
                }
            }
        }
    }
    status
}

/// Schema first (it lists every structural problem at once), then the app's own
/// loading and content checks.
fn check(schema: &serde_json::Value, text: &str) -> Result<String, Vec<DataError>> {
    if let Ok(value) = serde_json::from_str::<serde_json::Value>(text) {
        let problems = schema::check(schema, &value).map_err(|e| {
            vec![DataError {
                path: "(schema)".into(),
                message: e,
            }]
        })?;
        if !problems.is_empty() {
            return Err(problems);
        }
    }
    let ds = load_dataset(text)?;
    Ok(format!(
        "schema {}, version {} released {}, sources checked {}: {} sources, {} headline figures, {} institute records, {} events, {} stories, {} agencies, {} communities, {} benchmarking programs",
        ds.schema_version,
        ds.dataset_version,
        ds.released,
        ds.sources_checked,
        ds.sources.len(),
        ds.headline_figures.len(),
        ds.institutes.len(),
        ds.institutes.iter().map(|i| i.events.len()).sum::<usize>() + ds.program_events.len(),
        ds.stories.len(),
        ds.agencies.len(),
        ds.imcp.communities.len(),
        ds.benchmarking.programs.len()
    ))
}

fn inventory(file: &str) -> ExitCode {
    let ds = match std::fs::read_to_string(file)
        .map_err(|e| e.to_string())
        .and_then(|t| {
            load_dataset(&t).map_err(|e| format!("{} problem(s), run check-data", e.len()))
        }) {
        Ok(ds) => ds,
        Err(e) => {
            eprintln!("{file}: {e}");
            return ExitCode::from(2);
        }
    };
    use explorer_core::inventory::{records, HELD_NOT_SHOWN, HELD_NOT_SHOWN_KINDS};
    let records: Vec<serde_json::Value> = records(&ds)
        .into_iter()
        .map(|r| serde_json::json!({ "kind": r.kind, "id": r.id, "text": r.text }))
        .collect();
    let held: Vec<serde_json::Value> = HELD_NOT_SHOWN
        .iter()
        .map(|(kind, id, why)| serde_json::json!({ "kind": kind, "id": id, "why": why }))
        .collect();
    let held_kinds: Vec<serde_json::Value> = HELD_NOT_SHOWN_KINDS
        .iter()
        .map(|(kind, why)| serde_json::json!({ "kind": kind, "why": why }))
        .collect();
    println!(
        "{}",
        serde_json::json!({
            "records": records,
            "held_not_shown": held,
            "held_not_shown_kinds": held_kinds
        })
    );
    ExitCode::SUCCESS
}
