//! Thousands of mutated datasets: the validator never panics and always says where.

use explorer_core::data::json_path::{path_text, PathSegment};
use explorer_core::data::model::Dataset;
use explorer_core::data::read_steps::ReadInSteps;
use explorer_core::data::validate::{read_dataset, ROOT_PATH};
use explorer_core::load_dataset;
use proptest::prelude::*;
use serde_json::{json, Value};

const SHIPPED: &str = include_str!("../../public/data/manufacturing-usa.json");

/// Every location in the document, as a list of object keys / array indices.
fn locations(v: &Value, here: &mut Vec<Step>, out: &mut Vec<Vec<Step>>) {
    out.push(here.clone());
    match v {
        Value::Object(map) => {
            for (k, child) in map {
                here.push(Step::Key(k.clone()));
                locations(child, here, out);
                here.pop();
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                here.push(Step::Index(i));
                locations(child, here, out);
                here.pop();
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Step {
    Key(String),
    Index(usize),
}

fn at<'a>(v: &'a mut Value, path: &[Step]) -> &'a mut Value {
    path.iter().fold(v, |v, step| match step {
        Step::Key(k) => &mut v[k.as_str()],
        Step::Index(i) => &mut v[*i],
    })
}

#[derive(Clone, Debug)]
enum Mutation {
    Replace(Value),
    Remove,
    AddField,
    DuplicateInParent,
}

fn replacement() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        (-1e12f64..1e12).prop_map(|n| json!(n)),
        "[a-z0-9 -]{0,12}".prop_map(Value::String),
        Just(json!("2015")),
        Just(json!("2015-13")),
        Just(json!("lift")),
        Just(json!("plan2024")),
        Just(json!([])),
        Just(json!({})),
        Just(json!(["<script>&"])),
    ]
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => replacement().prop_map(Mutation::Replace),
        2 => Just(Mutation::Remove),
        1 => Just(Mutation::AddField),
        1 => Just(Mutation::DuplicateInParent),
    ]
}

fn apply(doc: &mut Value, path: &[Step], m: &Mutation) {
    match m {
        Mutation::Replace(new) => *at(doc, path) = new.clone(),
        Mutation::AddField => {
            if let Value::Object(map) = at(doc, path) {
                map.insert("unexpected".into(), json!(1));
            }
        }
        Mutation::Remove | Mutation::DuplicateInParent => {
            let Some((last, parent)) = path.split_last() else {
                return;
            };
            match (at(doc, parent), last, m) {
                (Value::Object(map), Step::Key(k), Mutation::Remove) => {
                    map.remove(k);
                }
                (Value::Array(items), Step::Index(i), Mutation::Remove) => {
                    items.remove(*i);
                }
                (Value::Array(items), Step::Index(i), _) => {
                    let copy = items[*i].clone();
                    items.push(copy);
                }
                _ => {}
            }
        }
    }
}

fn document_and_locations() -> (Value, Vec<Vec<Step>>) {
    let doc: Value = serde_json::from_str(SHIPPED).expect("shipped dataset is JSON");
    let mut out = Vec::new();
    locations(&doc, &mut Vec::new(), &mut out);
    (doc, out)
}

/// The shipped file cut after `cut` characters, with `insert` written at the cut.
fn damaged(cut: usize, insert: &str) -> String {
    let mut text: String = SHIPPED.chars().take(cut).collect();
    text.push_str(insert);
    text
}

/// The shipped document with each mutation applied at its picked location.
fn mutated(picks: &[(prop::sample::Index, Mutation)]) -> Value {
    let (mut doc, locs) = document_and_locations();
    for (index, m) in picks {
        let path = &locs[index.index(locs.len())];
        // Earlier mutations may have removed this location: skip rather than invent.
        if path
            .iter()
            .try_fold(&doc, |v, s| match s {
                Step::Key(k) => v.get(k.as_str()),
                Step::Index(i) => v.get(*i),
            })
            .is_some()
        {
            apply(&mut doc, path, m);
        }
    }
    doc
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 1000, ..ProptestConfig::default() })]

    #[test]
    fn structural_mutations_never_panic_and_always_name_a_path(
        picks in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4)
    ) {
        let doc = mutated(&picks);
        if let Err(errors) = load_dataset(&doc.to_string()) {
            prop_assert!(!errors.is_empty());
            for e in &errors {
                prop_assert!(!e.path.is_empty(), "no path: {e:?}");
                prop_assert!(!e.message.is_empty(), "no message: {e:?}");
            }
        }
    }

    /// The app finds the path of a reading error by scanning the text afterwards; here a
    /// reader that tracks the path while it reads must agree with it, on compact and on
    /// pretty-printed files.
    #[test]
    fn error_paths_agree_with_a_path_tracking_reader(
        picks in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..3),
        pretty in any::<bool>(),
    ) {
        let doc = mutated(&picks);
        let text = if pretty { serde_json::to_string_pretty(&doc).unwrap() } else { doc.to_string() };
        let mut de = serde_json::Deserializer::from_str(&text);
        if let Err(e) = serde_path_to_error::deserialize::<_, Dataset>(&mut de) {
            let expected = tracked_path(e.path());
            let errors = load_dataset(&text).unwrap_err();
            // A changed schema version is reported as such instead.
            if errors[0].path != "schema_version" {
                prop_assert_eq!(&errors[0].path, &expected, "{}", e);
            }
        }
    }

    /// The same for files cut short or damaged at any byte.
    #[test]
    fn error_paths_of_damaged_files_agree_with_a_path_tracking_reader(
        cut in 0usize..SHIPPED.trim_end().chars().count(),
        insert in prop::sample::select(vec!["", "\"", "{", "]", ",", "null", "1", ":"]),
    ) {
        let text = damaged(cut, insert);
        let mut de = serde_json::Deserializer::from_str(&text);
        if let Err(e) = serde_path_to_error::deserialize::<_, Dataset>(&mut de) {
            let expected = tracked_path(e.path());
            let errors = load_dataset(&text).unwrap_err();
            // Cut inside a key, the tracking reader knows the object but not the key
            // ("[?]"); the app names the key as far as it was written.
            match expected.split_once("[?]") {
                Some((known, _)) => prop_assert!(errors[0].path.starts_with(known), "{} vs {}", errors[0].path, expected),
                None => prop_assert_eq!(&errors[0].path, &expected, "{}", e),
            }
        }
    }

    #[test]
    fn byte_level_damage_never_panics_and_always_names_a_path(
        // Cutting anywhere before the closing brace always leaves a damaged file.
        cut in 0usize..SHIPPED.trim_end().chars().count(),
        insert in prop::sample::select(vec!["", "\"", "{", "]", ",", "\u{0}", "é", "null"]),
    ) {
        let text = damaged(cut, insert);
        match load_dataset(&text) {
            Ok(_) => prop_assert!(false, "damaged file accepted"),
            Err(errors) => {
                for e in &errors {
                    prop_assert!(!e.path.is_empty(), "no path: {e:?}");
                }
            }
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// The browser reads the file a few sections at a time (read_steps): it gives what
    /// reading the whole text at once gives, the same dataset or the same problem.
    #[test]
    fn reading_in_steps_agrees_with_reading_at_once(
        picks in prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..3),
        pretty in any::<bool>(),
    ) {
        let doc = mutated(&picks);
        let text = if pretty { serde_json::to_string_pretty(&doc).unwrap() } else { doc.to_string() };
        prop_assert_eq!(ReadInSteps::new(&text).finish(), read_dataset(&text));
    }

    #[test]
    fn reading_damaged_files_in_steps_agrees_with_reading_at_once(
        cut in 0usize..SHIPPED.trim_end().chars().count(),
        insert in prop::sample::select(vec!["", "\"", "{", "]", ",", "null", "1", ":"]),
    ) {
        let text = damaged(cut, insert);
        prop_assert_eq!(ReadInSteps::new(&text).finish(), read_dataset(&text));
    }
}

/// A path from serde_path_to_error, written the way the app writes paths; a step the
/// reader does not know is `[?]`.
fn tracked_path(path: &serde_path_to_error::Path) -> String {
    use serde_path_to_error::Segment;
    let mut known = Vec::new();
    let mut unknown = false;
    for segment in path.iter() {
        match segment {
            Segment::Seq { index } => known.push(PathSegment::Index(*index)),
            Segment::Map { key } | Segment::Enum { variant: key } => {
                known.push(PathSegment::Key(key.clone()));
            }
            Segment::Unknown => {
                unknown = true;
                break;
            }
        }
    }
    let text = path_text(&known) + if unknown { "[?]" } else { "" };
    if text.is_empty() {
        ROOT_PATH.to_string()
    } else {
        text
    }
}
