//! The JSON Schema of the dataset file, generated from the Rust types so the two
//! cannot drift apart, and validation of a file against it. Host-only (`tools`
//! feature): `check-data` and the tests use it; the browser build does not.

use serde_json::Value;

use crate::model::Dataset;
use crate::validate::{DataError, ROOT_PATH};

/// Where the committed schema lives, and where the app serves it from.
pub const SCHEMA_IN_REPO: &str = "public/data/manufacturing-usa.schema.json";

/// The schema, generated from [`Dataset`].
pub fn generate() -> Value {
    let mut schema = schemars::schema_for!(Dataset).to_value();
    if let Some(root) = schema.as_object_mut() {
        root.insert("title".into(), "Manufacturing USA Explorer dataset".into());
        root.insert(
            "description".into(),
            format!(
                "Structure of {} (schema_version {}). Generated from the Rust types; \
                 regenerate with `cargo check-data --write-schema`.",
                crate::DATASET_IN_REPO,
                crate::SCHEMA_VERSION
            )
            .into(),
        );
    }
    schema
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
