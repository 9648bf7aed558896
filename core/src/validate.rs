//! Reading and checking a dataset file. The app, the tests and `check-data` all call
//! [`load_dataset`], so a data editor sees the same messages the browser shows.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::model::{Agency, Citation, Dataset, Unit, SCHEMA_VERSION};

/// One problem in a dataset file, located by a path such as `institutes[3].established`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {message}")]
pub struct DataError {
    pub path: String,
    pub message: String,
}

impl DataError {
    fn new(path: impl Into<String>, message: impl Into<String>) -> Self {
        DataError {
            path: path.into(),
            message: message.into(),
        }
    }
}

/// The path used for problems with the document as a whole.
pub const ROOT_PATH: &str = "(top level)";

/// Parses and validates a dataset. On failure returns every problem found: a file that
/// is not valid JSON or does not match the types stops at the first problem (the rest
/// of the file cannot be read reliably); content problems are all reported.
pub fn load_dataset(text: &str) -> Result<Dataset, Vec<DataError>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = serde_path_to_error::deserialize::<_, Dataset>(&mut de)
        .map_err(|e| describe(&path_text(e.path()), e.inner()))
        .and_then(|ds| de.end().map(|()| ds).map_err(|e| describe(ROOT_PATH, &e)));
    let dataset = match parsed {
        Ok(ds) => ds,
        // A file written for another schema version fails on types first; say what
        // really is wrong.
        Err(err) => return Err(vec![schema_version_mismatch(text).unwrap_or(err)]),
    };
    let errors = validate(&dataset);
    if errors.is_empty() {
        Ok(dataset)
    } else {
        Err(errors)
    }
}

fn schema_version_mismatch(text: &str) -> Option<DataError> {
    #[derive(Deserialize)]
    struct Header {
        schema_version: serde_json::Value,
    }
    let header: Header = serde_json::from_str(text).ok()?;
    if header.schema_version.as_u64() == Some(u64::from(SCHEMA_VERSION)) {
        return None;
    }
    Some(wrong_schema_version(header.schema_version))
}

fn wrong_schema_version(found: impl std::fmt::Display) -> DataError {
    DataError::new(
        "schema_version",
        format!("this app reads schema version {SCHEMA_VERSION}, found {found}"),
    )
}

fn describe(path: &str, inner: &serde_json::Error) -> DataError {
    let mut message = inner.to_string();
    // serde_json appends " at line L column C"; say it in words of our own.
    if let Some(cut) = message.rfind(" at line ") {
        message.truncate(cut);
    }
    if inner.is_syntax() || inner.is_eof() {
        message = format!("not valid JSON: {message}");
    }
    if inner.line() > 0 {
        message = format!(
            "{message} (line {}, column {})",
            inner.line(),
            inner.column()
        );
    }
    DataError::new(path, message)
}

/// `institutes[3].established`; keys that are not plain words are quoted
/// (`sources[0][""]`), and the document itself is [`ROOT_PATH`].
fn path_text(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut out = String::new();
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => out.push_str(&format!("[{index}]")),
            Segment::Map { key } | Segment::Enum { variant: key }
                if !key.is_empty()
                    && key
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') =>
            {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Segment::Map { key } | Segment::Enum { variant: key } => {
                out.push_str(&format!("[{}]", serde_json::Value::from(key.as_str())));
            }
            Segment::Unknown => out.push_str("[?]"),
        }
    }
    if out.is_empty() {
        ROOT_PATH.to_string()
    } else {
        out
    }
}

/// Checks what types cannot: versions, unique ids, references, ranges and the counts
/// the sources cross-check.
pub fn validate(ds: &Dataset) -> Vec<DataError> {
    let mut v = Checker::default();
    if ds.schema_version != SCHEMA_VERSION {
        v.errors.push(wrong_schema_version(ds.schema_version));
    }
    v.non_empty("dataset_version", &ds.dataset_version);

    let mut source_ids = HashSet::new();
    for (i, s) in ds.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        v.id(&format!("{at}.id"), &s.id, &mut source_ids);
        v.non_empty(&format!("{at}.short_title"), &s.short_title);
        v.non_empty(&format!("{at}.title"), &s.title);
        v.non_empty(&format!("{at}.publisher"), &s.publisher);
        if let Some(url) = &s.url {
            if !(url.starts_with("https://") || url.starts_with("http://")) {
                v.push(
                    format!("{at}.url"),
                    format!("expected an http(s) address, found {url:?}"),
                );
            }
        }
    }

    let mut figure_ids = HashSet::new();
    for (i, f) in ds.headline_figures.iter().enumerate() {
        let at = format!("headline_figures[{i}]");
        v.id(&format!("{at}.id"), &f.id, &mut figure_ids);
        v.non_empty(&format!("{at}.label"), &f.label);
        v.non_empty(&format!("{at}.period"), &f.period);
        v.amount(&format!("{at}.value"), f.value, f.unit);
        v.citations(&at, &f.sources, &source_ids);
        for (j, part) in f.breakdown.iter().enumerate() {
            v.non_empty(&format!("{at}.breakdown[{j}].label"), &part.label);
            v.amount(&format!("{at}.breakdown[{j}].value"), part.value, f.unit);
        }
        if !f.breakdown.is_empty() {
            let sum: f64 = f.breakdown.iter().map(|p| p.value).sum();
            if (sum - f.value).abs() > 1e-9 {
                v.push(
                    format!("{at}.breakdown"),
                    format!(
                        "parts add up to {}, but value is {}",
                        plain(sum),
                        plain(f.value)
                    ),
                );
            }
        }
    }

    let mut institute_ids = HashSet::new();
    for (i, inst) in ds.institutes.iter().enumerate() {
        let at = format!("institutes[{i}]");
        v.id(&format!("{at}.id"), &inst.id, &mut institute_ids);
        v.non_empty(&format!("{at}.acronym"), &inst.acronym);
        v.non_empty(&format!("{at}.name"), &inst.name);
        v.non_empty(&format!("{at}.focus"), &inst.focus);
        v.non_empty(&format!("{at}.sponsoring_office"), &inst.sponsoring_office);
        if inst.headquarters.is_empty() {
            v.push(format!("{at}.headquarters"), "expected at least one place");
        }
        for (j, place) in inst.headquarters.iter().enumerate() {
            v.non_empty(&format!("{at}.headquarters[{j}].city"), &place.city);
            let state = &place.state;
            if !(state.len() == 2 && state.bytes().all(|b| b.is_ascii_uppercase())) {
                v.push(
                    format!("{at}.headquarters[{j}].state"),
                    format!("expected a two-letter state code, found {state:?}"),
                );
            }
        }
        v.citations(&at, &inst.sources, &source_ids);
    }

    cross_check_institute_counts(ds, &mut v);
    v.errors
}

/// `established_institutes` must equal the number of institute records, and
/// `institutes_by_sponsor` must match them sponsor by sponsor.
fn cross_check_institute_counts(ds: &Dataset, v: &mut Checker) {
    let records = ds.institutes.len() as f64;
    let mut per_sponsor: HashMap<&str, f64> = HashMap::new();
    for inst in &ds.institutes {
        *per_sponsor.entry(inst.sponsor.code()).or_default() += 1.0;
    }
    for (i, f) in ds.headline_figures.iter().enumerate() {
        let at = format!("headline_figures[{i}]");
        match f.id.as_str() {
            "established_institutes" if f.value != records => v.push(
                format!("{at}.value"),
                format!(
                    "says {} institutes, but the file lists {}",
                    plain(f.value),
                    plain(records)
                ),
            ),
            "institutes_by_sponsor" => {
                for (j, part) in f.breakdown.iter().enumerate() {
                    if Agency::ALL.iter().all(|a| a.code() != part.label) {
                        v.push(
                            format!("{at}.breakdown[{j}].label"),
                            format!(
                                "expected a sponsor (DoD, DOE or DOC), found {:?}",
                                part.label
                            ),
                        );
                        continue;
                    }
                    let listed = per_sponsor.get(part.label.as_str()).copied().unwrap_or(0.0);
                    if part.value != listed {
                        v.push(
                            format!("{at}.breakdown[{j}].value"),
                            format!(
                                "says {} {} institutes, but the file lists {}",
                                plain(part.value),
                                part.label,
                                plain(listed)
                            ),
                        );
                    }
                }
            }
            _ => {}
        }
    }
}

/// A number as written in a message: no trailing `.0`.
fn plain(x: f64) -> String {
    format!("{x}")
}

#[derive(Default)]
struct Checker {
    errors: Vec<DataError>,
}

impl Checker {
    fn push(&mut self, path: impl Into<String>, message: impl Into<String>) {
        self.errors.push(DataError::new(path, message));
    }

    fn non_empty(&mut self, path: &str, text: &str) {
        if text.trim().is_empty() {
            self.push(path, "must not be empty");
        }
    }

    /// Ids are lower-case words joined by hyphens, unique within their list.
    fn id<'a>(&mut self, path: &str, id: &'a str, seen: &mut HashSet<&'a str>) {
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !well_formed {
            self.push(
                path,
                format!("expected lower-case letters, digits, '-' or '_', found {id:?}"),
            );
        } else if !seen.insert(id) {
            self.push(path, format!("duplicate id {id:?}"));
        }
    }

    fn amount(&mut self, path: &str, value: f64, unit: Unit) {
        if !value.is_finite() {
            self.push(path, format!("expected a finite number, found {value}"));
        } else if value < 0.0 && unit != Unit::PercentChange {
            self.push(
                path,
                format!("expected a number of 0 or more, found {value}"),
            );
        } else if unit == Unit::Percent && value > 100.0 {
            self.push(
                path,
                format!("a percentage cannot exceed 100, found {value}"),
            );
        }
    }

    fn citations(&mut self, at: &str, cites: &[Citation], sources: &HashSet<&str>) {
        if cites.is_empty() {
            self.push(
                format!("{at}.sources"),
                "every figure needs at least one source",
            );
        }
        for (k, c) in cites.iter().enumerate() {
            if !sources.contains(c.source.as_str()) {
                self.push(
                    format!("{at}.sources[{k}].source"),
                    format!("unknown source id {:?}", c.source),
                );
            }
        }
    }
}
