//! The reader and the JSON Schema agree on structure, in both directions, over a corpus
//! of mutated files made from the shipped dataset: a list given for every record, a
//! wrong type, a null, a missing field and an extra field at the first place of each
//! kind, and dates, ranges and integer bounds. On each structural case the app's reader
//! (`read_dataset`) and a standard validator (the `jsonschema` crate here; Ajv in strict
//! mode in `tests/schema-agreement.mjs`, which reads the corpus this test writes) give
//! the same verdict. Content cases are valid under the schema, and the checker rejects
//! each with the message given.

use std::collections::{BTreeMap, BTreeSet};

use explorer_core::data::schema;
use explorer_core::data::validate::{check_dataset, read_dataset};
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");
const COMMITTED: &str = include_str!("../../public/data/manufacturing-usa.schema.json");

/// Where the corpus is written for the Ajv run: `target/schema-corpus.json`.
const CORPUS_OUT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../target/schema-corpus.json");

/// The file as written, objects keeping their keys in the file's order (the order of
/// the record's fields, which is the order serde reads a list of values in).
enum Ordered {
    Object(Vec<(String, Ordered)>),
    List(Vec<Ordered>),
    Leaf(Value),
}

impl<'de> serde::Deserialize<'de> for Ordered {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Ordered;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("JSON")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Ordered, A::Error> {
                let mut out = Vec::new();
                while let Some((k, v)) = a.next_entry::<String, Ordered>()? {
                    out.push((k, v));
                }
                Ok(Ordered::Object(out))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut a: A,
            ) -> Result<Ordered, A::Error> {
                let mut out = Vec::new();
                while let Some(v) = a.next_element::<Ordered>()? {
                    out.push(v);
                }
                Ok(Ordered::List(out))
            }
            fn visit_bool<E>(self, b: bool) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(Value::Bool(b)))
            }
            fn visit_u64<E>(self, n: u64) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(json!(n)))
            }
            fn visit_i64<E>(self, n: i64) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(json!(n)))
            }
            fn visit_f64<E>(self, n: f64) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(json!(n)))
            }
            fn visit_str<E>(self, s: &str) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(json!(s)))
            }
            fn visit_unit<E>(self) -> Result<Ordered, E> {
                Ok(Ordered::Leaf(Value::Null))
            }
        }
        d.deserialize_any(V)
    }
}

impl Ordered {
    fn to_value(&self) -> Value {
        match self {
            Ordered::Object(fields) => Value::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.to_value()))
                    .collect(),
            ),
            Ordered::List(items) => Value::Array(items.iter().map(Ordered::to_value).collect()),
            Ordered::Leaf(v) => v.clone(),
        }
    }

    /// The shape paths (`institutes[].events[]`) at and below this node.
    fn shapes(&self, shape: &str, out: &mut BTreeSet<String>) {
        out.insert(shape.to_string());
        match self {
            Ordered::Object(fields) => {
                for (k, v) in fields {
                    v.shapes(&join(shape, k), out);
                }
            }
            Ordered::List(items) => {
                for v in items {
                    v.shapes(&format!("{shape}[]"), out);
                }
            }
            Ordered::Leaf(_) => {}
        }
    }

    /// The same file with each list cut to its first item and the items that hold a
    /// shape the kept ones do not: every kind of place stays, and the file is small
    /// enough to check a thousand times.
    fn trimmed(&self, shape: &str) -> Ordered {
        match self {
            Ordered::Object(fields) => Ordered::Object(
                fields
                    .iter()
                    .map(|(k, v)| (k.clone(), v.trimmed(&join(shape, k))))
                    .collect(),
            ),
            Ordered::List(items) => {
                let mut seen = BTreeSet::new();
                let mut kept = Vec::new();
                for item in items {
                    let mut mine = BTreeSet::new();
                    item.shapes(&format!("{shape}[]"), &mut mine);
                    if kept.is_empty() || !mine.is_subset(&seen) {
                        seen.extend(mine);
                        kept.push(item.trimmed(&format!("{shape}[]")));
                    }
                }
                Ordered::List(kept)
            }
            Ordered::Leaf(v) => Ordered::Leaf(v.clone()),
        }
    }

    /// The node at a path of keys.
    fn at(&self, keys: &[&str]) -> Option<&Ordered> {
        match (keys.split_first(), self) {
            (None, _) => Some(self),
            (Some((k, more)), Ordered::Object(fields)) => {
                fields.iter().find(|(f, _)| f == k)?.1.at(more)
            }
            _ => None,
        }
    }

    /// An object's values in the order of its fields: the list serde alone would read.
    fn values_in_order(&self) -> Value {
        match self {
            Ordered::Object(fields) => {
                Value::Array(fields.iter().map(|(_, v)| v.to_value()).collect())
            }
            _ => self.to_value(),
        }
    }
}

fn join(shape: &str, key: &str) -> String {
    if shape.is_empty() {
        key.to_string()
    } else {
        format!("{shape}.{key}")
    }
}

/// One mutation of the shipped file: at `pointer`, `Some(value)` replaces (or adds) and
/// `None` removes.
struct Case {
    name: String,
    pointer: String,
    value: Option<Value>,
    /// For a content case: a part of the checker's message.
    content: Option<&'static str>,
}

fn apply(base: &Value, case: &Case) -> Value {
    let mut v = base.clone();
    let (parent, key) = case
        .pointer
        .rsplit_once('/')
        .expect("a pointer below the root");
    let target = v.pointer_mut(parent).expect("parent exists");
    match (target, &case.value) {
        (Value::Object(map), Some(new)) => {
            map.insert(key.replace("~1", "/").replace("~0", "~"), new.clone());
        }
        (Value::Object(map), None) => {
            map.remove(key);
        }
        (Value::Array(items), Some(new)) => {
            let i: usize = key.parse().expect("index");
            items[i] = new.clone();
        }
        (Value::Array(items), None) => {
            let i: usize = key.parse().expect("index");
            items.remove(i);
        }
        _ => panic!("{} does not lead into a container", case.pointer),
    }
    v
}

/// The first place of each shape path (`institutes[].events[]`): its pointer and node.
fn first_places<'a>(
    v: &'a Ordered,
    shape: &str,
    pointer: &str,
    out: &mut BTreeMap<String, (String, &'a Ordered)>,
) {
    out.entry(shape.to_string())
        .or_insert_with(|| (pointer.to_string(), v));
    match v {
        Ordered::Object(fields) => {
            for (k, child) in fields {
                first_places(child, &join(shape, k), &format!("{pointer}/{k}"), out);
            }
        }
        Ordered::List(items) => {
            for (i, child) in items.iter().enumerate() {
                first_places(child, &format!("{shape}[]"), &format!("{pointer}/{i}"), out);
            }
        }
        Ordered::Leaf(_) => {}
    }
}

fn structural_cases(file: &Ordered) -> Vec<Case> {
    let mut places = BTreeMap::new();
    first_places(file, "", "", &mut places);
    let mut cases = Vec::new();
    let mut add = |name: String, pointer: &str, value: Option<Value>| {
        cases.push(Case {
            name,
            pointer: pointer.to_string(),
            value,
            content: None,
        })
    };
    for (shape, (pointer, at)) in &places {
        if pointer.is_empty() {
            continue;
        }
        match at {
            Ordered::Object(fields) => {
                add(
                    format!("{shape} as a list of its values"),
                    pointer,
                    Some(at.values_in_order()),
                );
                add(
                    format!("{shape} with an extra field"),
                    &format!("{pointer}/zz_extra"),
                    Some(json!(1)),
                );
                for (k, _) in fields {
                    add(
                        format!("{shape} without {k}"),
                        &format!("{pointer}/{k}"),
                        None,
                    );
                }
            }
            Ordered::List(_) => add(format!("{shape} as an object"), pointer, Some(json!({}))),
            Ordered::Leaf(Value::String(_)) => {
                add(format!("{shape} as a number"), pointer, Some(json!(12345)));
                add(format!("{shape} as null"), pointer, Some(Value::Null));
            }
            Ordered::Leaf(Value::Number(_)) => {
                add(format!("{shape} as text"), pointer, Some(json!("12345")));
                add(format!("{shape} as null"), pointer, Some(Value::Null));
            }
            Ordered::Leaf(Value::Bool(_)) => {
                add(format!("{shape} as text"), pointer, Some(json!("yes")))
            }
            Ordered::Leaf(_) => {}
        }
    }
    // Dates, ranges and integer bounds.
    let date = |name: &str, value: &str| Case {
        name: format!("sources_checked {name}"),
        pointer: "/sources_checked".into(),
        value: Some(json!(value)),
        content: None,
    };
    cases.push(date("in 1899", "1899-01-01"));
    cases.push(date("in 2101", "2101"));
    cases.push(date("on 31 February", "2026-02-31"));
    cases.push(date("on 29 February 2023", "2023-02-29"));
    cases.push(date("on 29 February 1900", "1900-02-29"));
    cases.push(date("in month 13", "2026-13"));
    cases.push(date("with a short year", "26-12-07"));
    let bound = |name: &str, pointer: &str, value: Value| Case {
        name: name.into(),
        pointer: pointer.into(),
        value: Some(value),
        content: None,
    };
    let reviewed = "/benchmarking/countries_reviewed";
    cases.push(bound(
        "countries_reviewed beyond u32",
        reviewed,
        json!(5_000_000_000u64),
    ));
    cases.push(bound("countries_reviewed negative", reviewed, json!(-1)));
    cases.push(bound("countries_reviewed a fraction", reviewed, json!(1.5)));
    cases.push(bound(
        "schema_version beyond u8",
        "/schema_version",
        json!(261),
    ));
    cases
}

fn content_cases(base: &Value) -> Vec<Case> {
    let event = base
        .pointer("/program_events/0")
        .expect("a program event")
        .clone();
    let mut unknown_institute = event.clone();
    unknown_institute["institutes"] = json!(["no-such-institute"]);
    let mut future = event;
    future["date"] = json!("2099-01-01");
    vec![
        Case {
            name: "countries_reviewed the largest u32".into(),
            pointer: "/benchmarking/countries_reviewed".into(),
            value: Some(json!(u32::MAX)),
            content: Some("countries_reviewed"),
        },
        Case {
            name: "an event naming an unknown institute".into(),
            pointer: "/program_events/0".into(),
            value: Some(unknown_institute),
            content: Some("no-such-institute"),
        },
        Case {
            name: "an event after the sources were checked".into(),
            pointer: "/program_events/0".into(),
            value: Some(future),
            content: Some("2099"),
        },
        Case {
            name: "sources checked after the release".into(),
            pointer: "/sources_checked".into(),
            value: Some(json!("2100-01-01")),
            content: Some("released"),
        },
        Case {
            name: "a citation of an unknown source".into(),
            pointer: "/institutes/0/sources/0/source".into(),
            value: Some(json!("no-such-source")),
            content: Some("no-such-source"),
        },
    ]
}

#[test]
fn the_reader_and_the_schema_agree_on_every_structural_case() {
    let full: Value = serde_json::from_str(SHIPPED).unwrap();
    let ordered: Ordered = serde_json::from_str(SHIPPED).unwrap();
    let small = ordered.trimmed("");
    let schema_doc: Value = serde_json::from_str(COMMITTED).unwrap();
    let validator = jsonschema::validator_for(&schema_doc).expect("the schema compiles");
    let structural = structural_cases(&small);
    let content = content_cases(&full);
    let small = small.to_value();
    assert!(
        validator.is_valid(&small),
        "the trimmed file is valid under the schema"
    );
    assert!(
        read_dataset(&small.to_string()).is_ok(),
        "the reader reads the trimmed file"
    );
    assert!(structural.len() >= 300, "{} cases", structural.len());

    let mut disagreements = Vec::new();
    let mut corpus = Vec::new();
    // (reader accepts, schema accepts) for each structural case, on every core.
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunk = structural.len().div_ceil(threads);
    let verdicts: Vec<(bool, bool)> = std::thread::scope(|scope| {
        let workers: Vec<_> = structural
            .chunks(chunk)
            .map(|cases| {
                let (small, validator) = (&small, &validator);
                scope.spawn(move || {
                    cases
                        .iter()
                        .map(|case| {
                            let file = apply(small, case);
                            (
                                read_dataset(&file.to_string()).is_ok(),
                                validator.is_valid(&file),
                            )
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|w| w.join().expect("a worker"))
            .collect()
    });
    for (k, case) in structural.iter().chain(&content).enumerate() {
        let (read, by_schema) = match verdicts.get(k) {
            Some(&(read, by_schema)) => (read.then_some(()).ok_or(()), by_schema),
            None => {
                let file = apply(&full, case);
                (
                    read_dataset(&file.to_string()).map(|_| ()).map_err(|_| ()),
                    validator.is_valid(&file),
                )
            }
        };
        match case.content {
            None => {
                if read.is_ok() != by_schema {
                    disagreements.push(format!(
                        "{}: reader {}, schema {}",
                        case.name,
                        if read.is_ok() { "accepts" } else { "rejects" },
                        if by_schema { "accepts" } else { "rejects" }
                    ));
                }
            }
            Some(expected) => {
                assert!(
                    by_schema,
                    "{}: a content case must be schema-valid",
                    case.name
                );
                let file = apply(&full, case).to_string();
                let read = read_dataset(&file)
                    .unwrap_or_else(|e| panic!("{}: reader rejects: {e:?}", case.name));
                let problems = check_dataset(read)
                    .err()
                    .unwrap_or_else(|| panic!("{}: the checker accepts it", case.name));
                assert!(
                    problems.iter().any(|p| p.to_string().contains(expected)),
                    "{}: no message names {expected:?}: {problems:#?}",
                    case.name
                );
            }
        }
        corpus.push(json!({
            "name": case.name,
            "base": if case.content.is_some() { "full" } else { "trimmed" },
            "pointer": case.pointer,
            "value": case.value,
            "remove": case.value.is_none(),
            "valid": case.content.is_some() || by_schema,
        }));
    }
    assert!(disagreements.is_empty(), "{disagreements:#?}");
    // Both verdicts occur: the corpus tells files apart.
    let valid = corpus.iter().filter(|c| c["valid"] == true).count();
    assert!(
        valid > 20 && valid + 200 < corpus.len(),
        "{valid} of {} valid",
        corpus.len()
    );
    let out = json!({ "trimmed": small, "cases": corpus });
    if let Some(dir) = std::path::Path::new(CORPUS_OUT).parent() {
        std::fs::create_dir_all(dir).expect("the corpus's folder");
    }
    std::fs::write(CORPUS_OUT, out.to_string()).expect("write the corpus");
}

/// The messages for a date of the right form that is not one say what is wrong.
#[test]
fn dates_that_are_not_dates_say_why() {
    let base: Value = serde_json::from_str(SHIPPED).unwrap();
    for (value, expected) in [
        (
            "1899-05",
            "the year 1899 is outside the years a record can refer to (1900–2100)",
        ),
        (
            "2026-02-31",
            "2026-02-31 is not a day of the calendar: February 2026 has 28 days",
        ),
        (
            "2026-13",
            "expected YYYY, YYYY-MM or YYYY-MM-DD, found \"2026-13\"",
        ),
    ] {
        let mut v = base.clone();
        v["sources_checked"] = json!(value);
        let err = read_dataset(&v.to_string()).expect_err(value);
        assert!(err[0].message.contains(expected), "{value}: {err:?}");
        assert_eq!(err[0].path, "sources_checked");
    }
    // The study's values in the order of its fields: what serde alone would read.
    let ordered: Ordered = serde_json::from_str(SHIPPED).unwrap();
    let study = ordered.at(&["benchmarking", "study"]).expect("the study");
    let mut v = base;
    v["benchmarking"]["study"] = study.values_in_order();
    let err = read_dataset(&v.to_string()).expect_err("a list for the study");
    assert_eq!(err[0].path, "benchmarking.study");
    assert!(
        err[0]
            .message
            .contains("expected an object with named fields"),
        "{err:?}"
    );
    let _ = schema::SCHEMA_IN_REPO;
}
