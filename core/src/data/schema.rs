//! The JSON Schema of the dataset file, generated from the Rust types so the two
//! cannot drift apart, and validation of a file against it. Host-only (`tools`
//! feature): `check-data` and the tests use it; the browser build does not.

use serde_json::Value;

use crate::data::model::Dataset;
use crate::data::validate::{DataError, ROOT_PATH};

/// Where the committed schema lives, and where the app serves it from.
pub const SCHEMA_IN_REPO: &str = "public/data/manufacturing-usa.schema.json";

/// What the app's checker (and `cargo check-data`) rejects in a file this schema
/// accepts: the checks JSON Schema cannot express.
pub const CONTENT_CHECKS: &str = "A file valid under this schema may still be refused by \
    the app's checker, which also requires: ids unique within their list; every reference \
    (a cited source, an event's institutes, a goal, objective, topic, agency or state) \
    naming one that exists; no date later than sources_checked, and sources_checked not \
    later than released; changes[0] giving this dataset_version and its release date; \
    every stated count of institutes agreeing with the records at its date or carrying a \
    note, and a review's scope carrying one; countries_reviewed equal to the \
    countries marked reviewed; objectives numbered goal.objective in order; an event of \
    kind other with a description, and a quote for every event but an absence; a copy \
    naming its original outlet; percentages at most 100; levels within their scale; and \
    texts that are not empty.";

/// The schema, generated from [`Dataset`].
pub fn generate() -> Value {
    let mut schema = schemars::schema_for!(Dataset).to_value();
    bounds_for_formats(&mut schema);
    if let Some(root) = schema.as_object_mut() {
        root.insert("title".into(), "Manufacturing USA Explorer dataset".into());
        root.insert(
            "description".into(),
            format!(
                "Structure of {} (schema_version {}). Generated from the Rust types; \
                 regenerate with `cargo check-data --write-schema`. {CONTENT_CHECKS}",
                crate::DATASET_IN_REPO,
                crate::SCHEMA_VERSION
            )
            .into(),
        );
    }
    schema
}

/// schemars marks integers with formats of its own (`uint8`, `uint32`, `double`) that
/// JSON Schema does not define: Ajv's default strict mode refuses to compile them, and
/// validators that ignore them accept 5,000,000,000 where the reader expects a u32.
/// Each becomes the bounds it stands for (`uint32` → 0 to 4,294,967,295); `double` says
/// nothing a validator can check and goes.
fn bounds_for_formats(v: &mut Value) {
    match v {
        Value::Object(map) => {
            let format = map.get("format").and_then(Value::as_str).map(str::to_owned);
            let max = match format.as_deref() {
                Some("uint8") => Some(u64::from(u8::MAX)),
                Some("uint16") => Some(u64::from(u16::MAX)),
                Some("uint32") => Some(u64::from(u32::MAX)),
                Some("uint64") => Some(u64::MAX),
                _ => None,
            };
            if matches!(
                format.as_deref(),
                Some("uint8" | "uint16" | "uint32" | "uint64" | "double" | "float")
            ) {
                map.remove("format");
            }
            if let Some(max) = max {
                map.insert("maximum".into(), max.into());
                map.entry("minimum").or_insert(0.into());
            }
            for child in map.values_mut() {
                bounds_for_formats(child);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(bounds_for_formats),
        _ => {}
    }
}

/// The schema as the committed file holds it: pretty-printed, ending in a newline.
pub fn text() -> String {
    let mut out = serde_json::to_string_pretty(&generate()).unwrap_or_default();
    out.push('\n');
    out
}

/// Every place where `instance` breaks `schema`, with paths written as the app writes
/// them (`institutes[3].established`).
pub fn check(schema: &Value, instance: &Value) -> Result<Vec<DataError>, String> {
    let validator =
        jsonschema::validator_for(schema).map_err(|e| format!("the schema is invalid: {e}"))?;
    Ok(validator
        .iter_errors(instance)
        .map(|e| DataError {
            path: pointer_to_path(instance, e.instance_path().as_str()),
            message: e.to_string(),
        })
        .collect())
}

/// `/institutes/3/established` → `institutes[3].established`: a segment is an index
/// when it steps into an array of `instance`, a key otherwise.
pub fn pointer_to_path(instance: &Value, pointer: &str) -> String {
    let mut out = String::new();
    let mut at = Some(instance);
    for raw in pointer.split('/').skip(1) {
        let segment = raw.replace("~1", "/").replace("~0", "~");
        match at {
            Some(Value::Array(items)) => {
                out.push_str(&format!("[{segment}]"));
                at = segment.parse::<usize>().ok().and_then(|i| items.get(i));
            }
            _ => {
                let plain = !segment.is_empty()
                    && segment
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-');
                if plain {
                    if !out.is_empty() {
                        out.push('.');
                    }
                    out.push_str(&segment);
                } else {
                    out.push_str(&format!("[{}]", Value::from(segment.as_str())));
                }
                at = at.and_then(|v| v.get(&segment));
            }
        }
    }
    if out.is_empty() {
        ROOT_PATH.to_string()
    } else {
        out
    }
}

/// Every path at which a file valid under `schema` holds an object, with `[]` for any
/// index, sorted: what [`crate::data::shape::OBJECT_PATHS`] must hold.
pub fn object_paths(schema: &Value) -> Vec<String> {
    let mut out = std::collections::BTreeSet::new();
    walk_objects(schema, schema, String::new(), &mut out, 0);
    out.into_iter().collect()
}

fn walk_objects(
    root: &Value,
    node: &Value,
    path: String,
    out: &mut std::collections::BTreeSet<String>,
    depth: usize,
) {
    if depth > 64 {
        return;
    }
    let node = match node.get("$ref").and_then(Value::as_str) {
        Some(r) => match r
            .strip_prefix("#/$defs/")
            .and_then(|n| root.get("$defs")?.get(n))
        {
            Some(def) => def,
            None => return,
        },
        None => node,
    };
    let is_object = |t: &Value| {
        t == "object"
            || t.as_array()
                .is_some_and(|a| a.iter().any(|x| x == "object"))
    };
    if node.get("properties").is_some() || node.get("type").is_some_and(is_object) {
        out.insert(path.clone());
    }
    if let Some(props) = node.get("properties").and_then(Value::as_object) {
        for (key, sub) in props {
            let child = if path.is_empty() {
                key.clone()
            } else {
                format!("{path}.{key}")
            };
            walk_objects(root, sub, child, out, depth + 1);
        }
    }
    if let Some(items) = node.get("items") {
        walk_objects(root, items, format!("{path}[]"), out, depth + 1);
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        for alt in node
            .get(key)
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            walk_objects(root, alt, path.clone(), out, depth + 1);
        }
    }
}
