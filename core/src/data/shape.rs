//! Where a dataset file holds an object (a record with named fields), so that a list
//! there is refused. serde reads a record from a JSON list of its field values in order
//! as readily as from an object; the JSON Schema does not, and the app must not render
//! a file the schema rejects (`"plan": [ … ]`). The paths are generated from the schema
//! (`schema::object_paths`); a host test keeps the two the same.

use serde_json::Value;

/// A list standing where the file holds a record: its path as the app writes it
/// (`benchmarking.study`, `institutes[3].record`; empty for the document itself), and
/// how many values the list holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListForObject {
    pub path: String,
    pub values: usize,
}

/// Every path at which the file holds an object, `[]` standing for any index, sorted.
/// The empty path is the document itself.
pub const OBJECT_PATHS: &[&str] = &[
    "",
    "agencies[]",
    "agencies[].figures[]",
    "agencies[].figures[].breakdown[]",
    "agencies[].figures[].other_readings[]",
    "agencies[].figures[].other_readings[].sources[]",
    "agencies[].figures[].sources[]",
    "agencies[].sources[]",
    "benchmarking",
    "benchmarking.countries[]",
    "benchmarking.programs[]",
    "benchmarking.programs[].other_figures[]",
    "benchmarking.programs[].other_figures[].breakdown[]",
    "benchmarking.programs[].other_figures[].other_readings[]",
    "benchmarking.programs[].other_figures[].other_readings[].sources[]",
    "benchmarking.programs[].other_figures[].sources[]",
    "benchmarking.programs[].plan_figures[]",
    "benchmarking.programs[].plan_figures[].breakdown[]",
    "benchmarking.programs[].plan_figures[].other_readings[]",
    "benchmarking.programs[].plan_figures[].other_readings[].sources[]",
    "benchmarking.programs[].plan_figures[].sources[]",
    "benchmarking.programs[].sources[]",
    "benchmarking.study",
    "benchmarking.study.sources[]",
    "changes[]",
    "commerce_role",
    "commerce_role.sources[]",
    "headline_figures[]",
    "headline_figures[].breakdown[]",
    "headline_figures[].other_readings[]",
    "headline_figures[].other_readings[].sources[]",
    "headline_figures[].sources[]",
    "imcp",
    "imcp.benefits",
    "imcp.benefits.sources[]",
    "imcp.communities[]",
    "imcp.communities[].sources[]",
    "imcp.figures[]",
    "imcp.figures[].breakdown[]",
    "imcp.figures[].other_readings[]",
    "imcp.figures[].other_readings[].sources[]",
    "imcp.figures[].sources[]",
    "imcp.participating_agencies[]",
    "imcp.participating_agencies[].sources[]",
    "imcp.purpose",
    "imcp.purpose.sources[]",
    "imcp.strategy_areas[]",
    "imcp.strategy_areas_sources[]",
    "institutes[]",
    "institutes[].events[]",
    "institutes[].events[].figures[]",
    "institutes[].events[].figures[].other_readings[]",
    "institutes[].events[].figures[].other_readings[].sources[]",
    "institutes[].events[].sources[]",
    "institutes[].figures[]",
    "institutes[].figures[].breakdown[]",
    "institutes[].figures[].other_readings[]",
    "institutes[].figures[].other_readings[].sources[]",
    "institutes[].figures[].sources[]",
    "institutes[].headquarters[]",
    "institutes[].record",
    "institutes[].record.announced",
    "institutes[].record.announced.other_readings[]",
    "institutes[].record.announced.other_readings[].sources[]",
    "institutes[].record.announced.sources[]",
    "institutes[].record.federal_at_award",
    "institutes[].record.federal_at_award.breakdown[]",
    "institutes[].record.federal_at_award.other_readings[]",
    "institutes[].record.federal_at_award.other_readings[].sources[]",
    "institutes[].record.federal_at_award.sources[]",
    "institutes[].record.members[]",
    "institutes[].record.members[].breakdown[]",
    "institutes[].record.members[].other_readings[]",
    "institutes[].record.members[].other_readings[].sources[]",
    "institutes[].record.members[].sources[]",
    "institutes[].record.nonfederal_at_award",
    "institutes[].record.nonfederal_at_award.breakdown[]",
    "institutes[].record.nonfederal_at_award.other_readings[]",
    "institutes[].record.nonfederal_at_award.other_readings[].sources[]",
    "institutes[].record.nonfederal_at_award.sources[]",
    "institutes[].record.operator",
    "institutes[].record.operator.sources[]",
    "institutes[].record.renewals[]",
    "institutes[].record.renewals[].breakdown[]",
    "institutes[].record.renewals[].other_readings[]",
    "institutes[].record.renewals[].other_readings[].sources[]",
    "institutes[].record.renewals[].sources[]",
    "institutes[].record.website",
    "institutes[].record.website.sources[]",
    "institutes[].sources[]",
    "institutes[].topics[]",
    "network",
    "network.metrics[]",
    "network.metrics[].breaks[]",
    "network.metrics[].points[]",
    "network.metrics[].points[].other_readings[]",
    "network.metrics[].points[].other_readings[].sources[]",
    "network.metrics[].points[].sources[]",
    "network_counts[]",
    "network_counts[].sources[]",
    "plan",
    "plan.coordination[]",
    "plan.coordination[].sources[]",
    "plan.goals[]",
    "plan.goals[].context",
    "plan.goals[].context.sources[]",
    "plan.goals[].expected_outcome",
    "plan.goals[].expected_outcome.sources[]",
    "plan.goals[].objectives[]",
    "plan.goals[].objectives[].sources[]",
    "plan.goals[].sources[]",
    "plan.implementation[]",
    "plan.implementation[].sources[]",
    "plan.mission",
    "plan.mission.sources[]",
    "plan.structure",
    "plan.structure.sources[]",
    "plan.vision",
    "plan.vision.sources[]",
    "priority_topics",
    "priority_topics.sources[]",
    "priority_topics.topics[]",
    "program_events[]",
    "program_events[].figures[]",
    "program_events[].figures[].other_readings[]",
    "program_events[].figures[].other_readings[].sources[]",
    "program_events[].sources[]",
    "readiness",
    "readiness.about",
    "readiness.about.sources[]",
    "readiness.bands[]",
    "readiness.bands[].mrl",
    "readiness.bands[].sources[]",
    "readiness.bands[].trl",
    "readiness.findings[]",
    "readiness.findings[].sources[]",
    "readiness.mrl_levels[]",
    "readiness.mrl_levels[].gloss",
    "readiness.mrl_levels[].gloss.sources[]",
    "readiness.mrl_sources[]",
    "readiness.progression",
    "readiness.progression.data",
    "readiness.progression.data.cells[]",
    "readiness.progression.data.projects[]",
    "readiness.progression.sources[]",
    "readiness.trl_levels[]",
    "readiness.trl_levels[].gloss",
    "readiness.trl_levels[].gloss.sources[]",
    "readiness.trl_sources[]",
    "sources[]",
    "sources[].original",
    "stories[]",
    "stories[].figures[]",
    "stories[].figures[].breakdown[]",
    "stories[].figures[].other_readings[]",
    "stories[].figures[].other_readings[].sources[]",
    "stories[].figures[].sources[]",
    "stories[].objectives[]",
    "stories[].sources[]",
];

/// Every place in `file` where a list stands where the dataset holds an object.
pub fn lists_for_objects(file: &Value) -> Vec<ListForObject> {
    lists_for_objects_below(file, "")
}

/// The same for `section`, the value of the top-level field `key` ("" for the file).
pub fn lists_for_objects_below(section: &Value, key: &str) -> Vec<ListForObject> {
    let mut found = Vec::new();
    walk(
        section,
        &mut key.to_string(),
        &mut key.to_string(),
        &mut found,
    );
    found
}

fn walk(v: &Value, shape: &mut String, path: &mut String, found: &mut Vec<ListForObject>) {
    match v {
        Value::Array(items) => {
            if OBJECT_PATHS.binary_search(&shape.as_str()).is_ok() {
                found.push(ListForObject {
                    path: path.clone(),
                    values: items.len(),
                });
                return;
            }
            let (s, p) = (shape.len(), path.len());
            shape.push_str("[]");
            for (i, item) in items.iter().enumerate() {
                path.truncate(p);
                path.push_str(&format!("[{i}]"));
                walk(item, shape, path, found);
            }
            shape.truncate(s);
            path.truncate(p);
        }
        Value::Object(map) => {
            let (s, p) = (shape.len(), path.len());
            for (key, child) in map {
                for text in [&mut *shape, &mut *path] {
                    if !text.is_empty() {
                        text.push('.');
                    }
                    text.push_str(key);
                }
                walk(child, shape, path, found);
                shape.truncate(s);
                path.truncate(p);
            }
        }
        _ => {}
    }
}
