//! Tidy tests: the shape of the code, checked on every `cargo test` (see the code map
//! in `core/src/lib.rs`).
//!
//! 1. The core's import rule. A module is the first path segment under `core/src` (a
//!    file `x.rs` or a folder `x/`); an import is any `crate::x` path outside unit tests
//!    and comments. No two modules import each other, even through others; every module
//!    has a layer in `layers.txt` and names only modules of its own layer or lower ones;
//!    the subjects (layer 3) name no other subject.
//! 2. Pages are wiring (`src/pages`): no file over 400 lines; no snake_case function
//!    that returns data rather than a view (DOM helpers named in [`DOM_HELPERS`] aside);
//!    no `ChartSpec` or `Table` built there; no chart primitive, takeaway helper or table
//!    builder named there; no page importing another page.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The core's layers (`layers.txt` beside this file), lowest first: each layer's modules,
/// and whether they are subjects, which may not import one another. Types and logic two
/// subjects need live in a lower layer (an institute's status is in `data::status`, used
/// by institutes, agencies and the timeline).
fn layers() -> Vec<(Vec<String>, bool)> {
    parse_layers(include_str!("layers.txt"))
}

/// Lines `number module module …`, lowest first, a `*` after the number for subjects;
/// `#` starts a comment.
fn parse_layers(text: &str) -> Vec<(Vec<String>, bool)> {
    text.lines()
        .map(|l| l.split('#').next().unwrap_or_default())
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let level = words.next()?;
            Some((words.map(str::to_string).collect(), level.ends_with('*')))
        })
        .collect()
}

/// Page functions with snake_case names that may return something other than a view:
/// element ids and focus helpers.
const DOM_HELPERS: &[&str] = &["result_id", "focus_result", "section_id"];

/// The longest a page file may be.
const PAGE_LINES: usize = 400;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Each module of `core/src` with the text of its files (`lib.rs` and `bin/` left out).
fn core_modules(src: &Path) -> BTreeMap<String, Vec<(String, String)>> {
    let mut mods = BTreeMap::new();
    let mut files = Vec::new();
    rust_files(src, &mut files);
    for f in files {
        let rel = f
            .strip_prefix(src)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let first = rel.split('/').next().unwrap().trim_end_matches(".rs");
        if rel == "lib.rs" || first == "bin" {
            continue;
        }
        let text = std::fs::read_to_string(&f).unwrap();
        mods.entry(first.to_string())
            .or_insert_with(Vec::new)
            .push((rel, text));
    }
    mods
}

/// The `crate::x` names on a line of code.
fn crate_paths(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = line;
    while let Some(k) = rest.find("crate::") {
        let before_ok = k == 0 || {
            let b = rest.as_bytes()[k - 1];
            !(b.is_ascii_alphanumeric() || b == b'_')
        };
        let after = &rest[k + "crate::".len()..];
        let end = after
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        if before_ok && end > 0 {
            out.push(&after[..end]);
        }
        rest = &after[end..];
    }
    out
}

/// Module → the modules it imports, each with the first place it does.
type Edges = BTreeMap<String, BTreeMap<String, String>>;

fn imports(mods: &BTreeMap<String, Vec<(String, String)>>) -> Edges {
    let mut edges: Edges = BTreeMap::new();
    for (m, files) in mods {
        let from = edges.entry(m.clone()).or_default();
        for (rel, text) in files {
            for (n, line) in text.lines().enumerate() {
                let code = line.trim_start();
                if code.starts_with("#[cfg(test)]") {
                    break; // unit tests below may reach anywhere
                }
                if code.starts_with("//") {
                    continue;
                }
                for to in crate_paths(line) {
                    if to != m && mods.contains_key(to) {
                        from.entry(to.to_string())
                            .or_insert_with(|| format!("{rel}:{}", n + 1));
                    }
                }
            }
        }
    }
    edges
}

/// Every problem with the import rule: cycles, unplaced modules, imports upwards and
/// between subjects.
fn layer_problems(edges: &Edges, layers: &[(Vec<String>, bool)]) -> Vec<String> {
    let mut problems = Vec::new();
    // A cycle: a module that reaches itself.
    for start in edges.keys() {
        let mut seen = vec![start.as_str()];
        let mut stack: Vec<&str> = edges[start].keys().map(String::as_str).collect();
        while let Some(m) = stack.pop() {
            if m == start {
                problems.push(format!("CYCLE through {start}"));
                break;
            }
            if !seen.contains(&m) {
                seen.push(m);
                if let Some(next) = edges.get(m) {
                    stack.extend(next.keys().map(String::as_str));
                }
            }
        }
    }
    let layer_of = |m: &str| {
        layers
            .iter()
            .enumerate()
            .find(|(_, (names, _))| names.iter().any(|n| n == m))
            .map(|(k, (_, subjects))| (k, *subjects))
    };
    for (from, tos) in edges {
        let Some((a, subject)) = layer_of(from) else {
            problems.push(format!("UNPLACED: {from} has no layer"));
            continue;
        };
        for (to, at) in tos {
            let Some((b, _)) = layer_of(to) else { continue };
            if b > a {
                problems.push(format!(
                    "UPWARD: {from} (layer {a}) imports {to} (layer {b}) at {at}"
                ));
            } else if b == a && subject {
                problems.push(format!(
                    "SIDEWAYS: subject {from} imports subject {to} at {at}"
                ));
            }
        }
    }
    problems
}

#[test]
fn core_modules_import_only_their_own_layer_or_lower_ones() {
    let mods = core_modules(&root().join("core/src"));
    assert!(mods.len() > 15, "read {} modules", mods.len());
    let edges = imports(&mods);
    let layers = layers();
    assert_eq!(layers.len(), 5, "{layers:?}");
    let problems = layer_problems(&edges, &layers);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_layer_check_finds_cycles_upward_and_sideways_imports() {
    let text = |s: &str| vec![("x.rs".to_string(), s.to_string())];
    let mut mods = BTreeMap::new();
    mods.insert("data".to_string(), text("use crate::format::amount;"));
    mods.insert(
        "format".to_string(),
        text("use crate::data::model::Dataset;"),
    );
    mods.insert(
        "network".to_string(),
        text("// crate::trl in a comment\nfn f() { crate::trl::stats(); }\n#[cfg(test)]\nuse crate::search;"),
    );
    mods.insert(
        "trl".to_string(),
        text("use crate::data::model::Readiness;"),
    );
    mods.insert("search".to_string(), text("use crate::network::spec;"));
    mods.insert("mystery".to_string(), text(""));
    let edges = imports(&mods);
    assert_eq!(
        edges["network"].keys().collect::<Vec<_>>(),
        ["trl"],
        "comments and unit tests are not imports"
    );
    let layers =
        parse_layers("# lowest first\n0 data\n1 format\n3* network trl # subjects\n4 search\n");
    assert_eq!(
        layers[2],
        (vec!["network".to_string(), "trl".to_string()], true)
    );
    let problems = layer_problems(&edges, &layers);
    let has = |p: &str| problems.iter().any(|x| x.starts_with(p));
    assert!(has("CYCLE through data"), "{problems:?}");
    assert!(
        has("UPWARD: data (layer 0) imports format (layer 1)"),
        "{problems:?}"
    );
    assert!(
        has("SIDEWAYS: subject network imports subject trl at x.rs:2"),
        "{problems:?}"
    );
    assert!(has("UNPLACED: mystery"), "{problems:?}");
    assert!(
        !has("UPWARD: search"),
        "a higher layer may import a lower one"
    );
}

/// Every finding of the pages rule in one page file.
fn page_problems(rel: &str, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let lines = text.lines().count();
    if lines > PAGE_LINES {
        out.push(format!("SIZE  {rel}: {lines} lines (> {PAGE_LINES})"));
    }
    const PRIMITIVES: [&str; 5] = ["bars", "grid", "pairs", "line", "matrix"];
    for (n, line) in text.lines().enumerate() {
        let at = format!("{rel}:{}", n + 1);
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        // A snake_case function that returns something other than a view.
        let signature = code
            .strip_prefix("pub(crate) ")
            .or_else(|| code.strip_prefix("pub(super) "))
            .or_else(|| code.strip_prefix("pub "))
            .unwrap_or(code);
        if let Some(name) = signature.strip_prefix("fn ") {
            let name: String = name
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            let snake = name.chars().next().is_some_and(|c| c.is_ascii_lowercase());
            if snake
                && !line.contains("impl IntoView")
                && !line.contains("AnyView")
                && !DOM_HELPERS.contains(&name.as_str())
            {
                out.push(format!("LOGIC {at}: fn {name} returns data"));
            }
        }
        for built in ["ChartSpec {", "Table {"] {
            if line.contains(built) && !line.contains("->") {
                out.push(format!("BUILD {at}: {built} built in a page"));
            }
        }
        for p in PRIMITIVES {
            if line.contains(&format!("explorer_core::chart::{p}")) {
                out.push(format!("CORE  {at}: names the chart primitive chart::{p}"));
            }
        }
        if line.contains("explorer_core::takeaway") {
            out.push(format!("CORE  {at}: names the takeaway helpers"));
        }
        // The table type is fine; its builders (subject tables, cells) are core's.
        if let Some(k) = line.find("explorer_core::table::") {
            let rest = &line[k + "explorer_core::table::".len()..];
            if !rest.starts_with("Table") {
                out.push(format!("CORE  {at}: names a table builder"));
            }
        }
        let sibling = code.strip_prefix("use super::").is_some_and(|rest| {
            let first: String = rest
                .chars()
                .take_while(|c| c.is_ascii_lowercase() || *c == '_')
                .collect();
            !first.is_empty() && rest[first.len()..].starts_with("::")
        });
        if line.contains("crate::pages::") || sibling {
            out.push(format!("PAGE  {at}: imports another page"));
        }
    }
    out
}

#[test]
fn pages_are_wiring() {
    let pages = root().join("src/pages");
    let mut files = Vec::new();
    rust_files(&pages, &mut files);
    assert!(files.len() > 10, "read {} page files", files.len());
    let mut problems = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        problems.extend(page_problems(&rel, &std::fs::read_to_string(&f).unwrap()));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_pages_check_finds_logic_builds_primitives_and_page_imports() {
    let page = "use explorer_core::chart::bars::bar_chart;\n\
                use explorer_core::takeaway;\n\
                use explorer_core::table::{value_cell, Table};\n\
                use crate::pages::goals::FigureItem;\n\
                use super::goals::source_line;\n\
                use super::Said;\n\
                fn counted(n: usize) -> String {\n\
                fn section_id(a: &A) -> String {\n\
                fn ladder(ds: Arc<Dataset>) -> impl IntoView {\n\
                pub fn spec() -> ChartSpec {\n\
                    ChartSpec {\n\
                // fn commented_out() -> u8\n";
    let found = page_problems("p.rs", page);
    let kinds: Vec<&str> = found.iter().map(|p| &p[..5]).collect();
    assert_eq!(
        kinds,
        ["CORE ", "CORE ", "CORE ", "PAGE ", "PAGE ", "LOGIC", "LOGIC", "BUILD"],
        "{found:#?}"
    );
    assert!(found[5].contains("fn counted"));
    assert!(found[6].contains("fn spec"));
    let long = "view! {}\n".repeat(PAGE_LINES + 1);
    assert_eq!(page_problems("long.rs", &long).len(), 1);
    assert!(page_problems("ok.rs", &"x\n".repeat(PAGE_LINES)).is_empty());
}
