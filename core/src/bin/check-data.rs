//! `cargo check-data [FILE…]`: validates dataset files the way the app does and prints
//! every problem with its path. Exit status 0 = valid, 1 = problems, 2 = unreadable.

use std::process::ExitCode;

use explorer_core::load_dataset;

fn main() -> ExitCode {
    let mut files: Vec<String> = std::env::args().skip(1).collect();
    if files.iter().any(|a| a == "-h" || a == "--help") {
        println!("usage: check-data [FILE…]  (default: public/data/manufacturing-usa.json)");
        return ExitCode::SUCCESS;
    }
    if files.is_empty() {
        files.push(explorer_core::DATASET_IN_REPO.to_string());
    }
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
        match load_dataset(&text) {
            Ok(ds) => println!(
                "{file}: ok (schema {}, version {}, data as of {}: {} sources, {} headline figures, {} institutes)",
                ds.schema_version,
                ds.dataset_version,
                ds.data_as_of,
                ds.sources.len(),
                ds.headline_figures.len(),
                ds.institutes.len()
            ),
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
