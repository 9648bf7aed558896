//! `cargo run -p explorer-core --bin scale-data -- N OUT.json`: the shipped dataset made
//! N times larger for benchmarks: every institute (with its record at award and since),
//! story, benchmarking program, IMCP community and yearly network series is repeated N
//! times with unique ids and consistent references, and the counts the validator
//! cross-checks are updated, so the result is a valid dataset. The first copy keeps the
//! original ids, so headline figures still link to their series.

use std::process::ExitCode;

use explorer_core::data::model::{Amount, Dataset};
use explorer_core::{load_dataset, DATASET_IN_REPO};

fn scale(ds: &Dataset, n: usize) -> Dataset {
    let mut out = ds.clone();
    out.dataset_version = format!("{}-x{n}", ds.dataset_version);
    let copy_id = |id: &str, k: usize| {
        if k == 0 {
            id.to_string()
        } else {
            format!("{id}-x{k}")
        }
    };
    out.institutes = (0..n)
        .flat_map(|k| {
            ds.institutes.iter().map(move |i| {
                let mut c = i.clone();
                c.id = copy_id(&i.id, k);
                if k > 0 {
                    c.acronym = format!("{} {k}", i.acronym);
                }
                c
            })
        })
        .collect();
    out.stories = (0..n)
        .flat_map(|k| {
            ds.stories.iter().map(move |s| {
                let mut c = s.clone();
                c.id = copy_id(&s.id, k);
                c.institute = copy_id(&s.institute, k);
                c
            })
        })
        .collect();
    out.benchmarking.programs = (0..n)
        .flat_map(|k| {
            ds.benchmarking.programs.iter().map(move |p| {
                let mut c = p.clone();
                c.id = copy_id(&p.id, k);
                if k > 0 {
                    c.name = format!("{} {k}", p.name);
                }
                c
            })
        })
        .collect();
    out.network.metrics = (0..n)
        .flat_map(|k| {
            ds.network.metrics.iter().map(move |m| {
                let mut c = m.clone();
                c.id = copy_id(&m.id, k);
                if k > 0 {
                    c.label = format!("{} {k}", m.label);
                }
                c
            })
        })
        .collect();
    out.imcp.communities = (0..n)
        .flat_map(|k| {
            ds.imcp.communities.iter().map(move |c| {
                let mut x = c.clone();
                x.id = copy_id(&c.id, k);
                x
            })
        })
        .collect();
    let times = n as f64;
    for f in &mut out.headline_figures {
        match f.id.as_str() {
            "established_institutes" | "institutes_by_sponsor" => {
                if let Amount::Reported(v) = f.value {
                    f.value = Amount::Reported(v * times);
                }
                for p in &mut f.breakdown {
                    p.value *= times;
                }
            }
            _ => {}
        }
    }
    for f in &mut out.imcp.figures {
        if matches!(
            f.id.as_str(),
            "designations" | "round_1_communities" | "round_2_communities"
        ) {
            if let Amount::Reported(v) = f.value {
                f.value = Amount::Reported(v * times);
            }
        }
    }
    out
}

/// Institutes that carry their record at award and since.
fn records(ds: &Dataset) -> usize {
    ds.institutes.iter().filter(|i| i.record.is_some()).count()
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(n), Some(out)) = (
        args.first().and_then(|a| a.parse::<usize>().ok()),
        args.get(1),
    ) else {
        eprintln!("usage: scale-data N OUT.json   (N ≥ 1)");
        return ExitCode::from(2);
    };
    let text = match std::fs::read_to_string(DATASET_IN_REPO) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{DATASET_IN_REPO}: {e}");
            return ExitCode::from(2);
        }
    };
    let ds = match load_dataset(&text) {
        Ok(ds) => ds,
        Err(errs) => {
            eprintln!("{DATASET_IN_REPO} is invalid: {errs:?}");
            return ExitCode::FAILURE;
        }
    };
    let big = scale(&ds, n.max(1));
    let json = match serde_json::to_string(&big) {
        Ok(j) => j,
        Err(e) => {
            eprintln!("cannot write JSON: {e}");
            return ExitCode::FAILURE;
        }
    };
    // The result must itself be a valid dataset (which also resolves every headline
    // figure's series), and every institute's record must have come through.
    match load_dataset(&json) {
        Err(errs) => {
            eprintln!(
                "the scaled dataset is invalid: {:?}",
                &errs[..errs.len().min(5)]
            );
            return ExitCode::FAILURE;
        }
        Ok(read) => {
            let expected = records(&ds) * n.max(1);
            if records(&read) != expected {
                eprintln!(
                    "the scaled dataset has {} institute records, expected {expected}",
                    records(&read)
                );
                return ExitCode::FAILURE;
            }
            let unlinked: Vec<&str> = read
                .headline_figures
                .iter()
                .filter_map(|f| f.series.as_deref())
                .filter(|id| read.network.metric(id).is_none())
                .collect();
            if !unlinked.is_empty() {
                eprintln!("headline series not found after scaling: {unlinked:?}");
                return ExitCode::FAILURE;
            }
        }
    }
    if let Err(e) = std::fs::write(out, json) {
        eprintln!("{out}: {e}");
        return ExitCode::from(2);
    }
    println!(
        "{out}: {} institutes ({} with records), {} stories, {} programs, {} communities, \
         {} network series",
        big.institutes.len(),
        records(&big),
        big.stories.len(),
        big.benchmarking.programs.len(),
        big.imcp.communities.len(),
        big.network.metrics.len()
    );
    ExitCode::SUCCESS
}
