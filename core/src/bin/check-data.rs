//! `cargo check-data [FILE…]`: checks dataset files against the JSON Schema and then
//! the way the app does, and prints every problem with its path.
//! Exit status 0 = valid, 1 = problems, 2 = unreadable.
//!
//! `cargo check-data --write-schema` regenerates the committed JSON Schema from the
//! Rust types.

use std::process::ExitCode;

use explorer_core::{load_dataset, schema, DataError};

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
        "schema {}, version {}, data as of {}: {} sources, {} headline figures, {} institutes, {} stories, {} agencies, {} communities, {} benchmarking programs",
        ds.schema_version,
        ds.dataset_version,
        ds.data_as_of,
        ds.sources.len(),
        ds.headline_figures.len(),
        ds.institutes.len(),
        ds.stories.len(),
        ds.agencies.len(),
        ds.imcp.communities.len(),
        ds.benchmarking.programs.len()
    ))
}
