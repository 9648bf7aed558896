//! [`read_dataset`] a few sections at a time, for a caller that does other work between
//! the steps: the browser reads each group of sections in a task of its own
//! (src/components/dataset.rs), so that no single task reads the whole file.
//!
//! The result is the same as reading the whole text at once. When anything in the file
//! does not read, [`ReadInSteps::finish`] reads the whole text again with
//! [`read_dataset`], so a problem is reported exactly as it is everywhere else.

use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;

use crate::data::model::{
    Benchmarking, CommerceRole, CountReading, Dataset, Event, Figure, Imcp, Institute, Network,
    PartialDate, PartnerAgency, PriorityTopics, Readiness, Source, Story, StrategicPlan,
    VersionChanges,
};
use crate::data::validate::{read_dataset, DataError};

/// The file's top level: the small fields read, each large section kept as its text.
/// The same fields as [`Dataset`], with the same rules (no unknown or repeated field).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Sections<'a> {
    #[serde(rename = "$schema", default)]
    schema: Option<String>,
    schema_version: u32,
    dataset_version: String,
    sources_checked: PartialDate,
    released: PartialDate,
    #[serde(borrow)]
    changes: &'a RawValue,
    coverage: String,
    #[serde(borrow)]
    sources: &'a RawValue,
    #[serde(borrow)]
    headline_figures: &'a RawValue,
    #[serde(borrow)]
    institutes: &'a RawValue,
    #[serde(borrow)]
    priority_topics: &'a RawValue,
    #[serde(borrow)]
    plan: &'a RawValue,
    #[serde(borrow)]
    stories: &'a RawValue,
    #[serde(borrow)]
    readiness: &'a RawValue,
    #[serde(borrow)]
    benchmarking: &'a RawValue,
    #[serde(borrow)]
    agencies: &'a RawValue,
    #[serde(borrow)]
    imcp: &'a RawValue,
    #[serde(borrow)]
    commerce_role: &'a RawValue,
    #[serde(borrow)]
    network: &'a RawValue,
    #[serde(borrow)]
    network_counts: &'a RawValue,
    #[serde(borrow)]
    program_events: &'a RawValue,
}

/// The large sections, as they are read.
#[derive(Default)]
struct Read {
    changes: Option<Vec<VersionChanges>>,
    sources: Option<Vec<Source>>,
    headline_figures: Option<Vec<Figure>>,
    institutes: Option<Vec<Institute>>,
    priority_topics: Option<PriorityTopics>,
    plan: Option<StrategicPlan>,
    stories: Option<Vec<Story>>,
    readiness: Option<Readiness>,
    benchmarking: Option<Benchmarking>,
    agencies: Option<Vec<PartnerAgency>>,
    imcp: Option<Imcp>,
    commerce_role: Option<CommerceRole>,
    network: Option<Network>,
    network_counts: Option<Vec<CountReading>>,
    program_events: Option<Vec<Event>>,
}

/// How many steps [`ReadInSteps::step`] takes after the top level: groups of sections
/// of roughly equal size (the institutes alone are about a fifth of the file).
const STEPS: usize = 5;

/// A dataset being read in steps: [`ReadInSteps::new`] reads the top level, each
/// [`ReadInSteps::step`] one group of sections, [`ReadInSteps::finish`] the rest.
pub struct ReadInSteps<'a> {
    text: &'a str,
    /// `None` once anything failed to read: `finish` then reads the whole text.
    sections: Option<Sections<'a>>,
    read: Read,
    done: usize,
}

/// Reads `raw` into `slot`; false if it does not read.
/// Reads the section `key`'s text `raw` into `slot`; false if it does not read, or if a
/// list stands where the section holds a record (serde would read it; the schema does
/// not: [`crate::data::shape`]).
fn read_into<'a, T: Deserialize<'a>>(slot: &mut Option<T>, raw: &'a RawValue, key: &str) -> bool {
    // The section is read into its types from the text, as everywhere else (reading it
    // from a `Value` would compile every record's reader a second time).
    *slot = serde_json::from_str::<Value>(raw.get())
        .ok()
        .filter(|v| crate::data::shape::lists_for_objects_below(v, key).is_empty())
        .and_then(|_| serde_json::from_str(raw.get()).ok());
    slot.is_some()
}

impl<'a> ReadInSteps<'a> {
    /// Reads the top level of `text`: the whole text is scanned once, as JSON, and the
    /// small fields are read.
    pub fn new(text: &'a str) -> Self {
        // A list of the top level's values would read as the record too.
        let is_object = text.trim_start().starts_with('{');
        ReadInSteps {
            text,
            sections: serde_json::from_str(text).ok().filter(|_| is_object),
            read: Read::default(),
            done: 0,
        }
    }

    /// Reads the next group of sections. Returns whether there is more to read; after
    /// `false`, [`ReadInSteps::finish`] has nothing left but putting the dataset together.
    pub fn step(&mut self) -> bool {
        let Some(s) = &self.sections else {
            return false;
        };
        let r = &mut self.read;
        let read = match self.done {
            0 => {
                read_into(&mut r.changes, s.changes, "changes")
                    && read_into(&mut r.sources, s.sources, "sources")
                    && read_into(
                        &mut r.headline_figures,
                        s.headline_figures,
                        "headline_figures",
                    )
            }
            1 => read_into(&mut r.institutes, s.institutes, "institutes"),
            2 => {
                read_into(&mut r.priority_topics, s.priority_topics, "priority_topics")
                    && read_into(&mut r.plan, s.plan, "plan")
                    && read_into(&mut r.stories, s.stories, "stories")
            }
            3 => {
                read_into(&mut r.readiness, s.readiness, "readiness")
                    && read_into(&mut r.benchmarking, s.benchmarking, "benchmarking")
                    && read_into(&mut r.agencies, s.agencies, "agencies")
            }
            4 => {
                read_into(&mut r.imcp, s.imcp, "imcp")
                    && read_into(&mut r.commerce_role, s.commerce_role, "commerce_role")
                    && read_into(&mut r.network, s.network, "network")
                    && read_into(&mut r.network_counts, s.network_counts, "network_counts")
                    && read_into(&mut r.program_events, s.program_events, "program_events")
            }
            _ => return false,
        };
        self.done += 1;
        if !read {
            self.sections = None;
        }
        self.sections.is_some() && self.done < STEPS
    }

    /// The dataset, after reading whatever steps were not taken. If anything did not
    /// read, the problem, found by reading the whole text with [`read_dataset`].
    pub fn finish(mut self) -> Result<Dataset, Vec<DataError>> {
        while self.step() {}
        let whole = || read_dataset(self.text);
        let Some(s) = self.sections else {
            return whole();
        };
        let r = self.read;
        let (
            Some(changes),
            Some(sources),
            Some(headline_figures),
            Some(institutes),
            Some(priority_topics),
            Some(plan),
            Some(stories),
            Some(readiness),
            Some(benchmarking),
            Some(agencies),
            Some(imcp),
            Some(commerce_role),
            Some(network),
            Some(network_counts),
            Some(program_events),
        ) = (
            r.changes,
            r.sources,
            r.headline_figures,
            r.institutes,
            r.priority_topics,
            r.plan,
            r.stories,
            r.readiness,
            r.benchmarking,
            r.agencies,
            r.imcp,
            r.commerce_role,
            r.network,
            r.network_counts,
            r.program_events,
        )
        else {
            return whole();
        };
        Ok(Dataset {
            schema: s.schema,
            schema_version: s.schema_version,
            dataset_version: s.dataset_version,
            sources_checked: s.sources_checked,
            released: s.released,
            changes,
            coverage: s.coverage,
            sources,
            headline_figures,
            institutes,
            priority_topics,
            plan,
            stories,
            readiness,
            benchmarking,
            agencies,
            imcp,
            commerce_role,
            network,
            network_counts,
            program_events,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::model::{DATASET_IN_REPO, SCHEMA_VERSION};

    fn shipped() -> String {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../");
        std::fs::read_to_string(format!("{path}{DATASET_IN_REPO}")).expect("the shipped dataset")
    }

    #[test]
    fn steps_read_the_shipped_file_as_reading_it_at_once_does() {
        let text = shipped();
        let mut steps = ReadInSteps::new(&text);
        let mut taken = 0;
        while steps.step() {
            taken += 1;
        }
        // The last step reports that nothing is left.
        assert_eq!(taken + 1, STEPS);
        assert_eq!(steps.finish(), read_dataset(&text));
        assert!(read_dataset(&text).is_ok());
    }

    #[test]
    fn finish_reads_the_steps_not_taken() {
        let text = shipped();
        assert_eq!(ReadInSteps::new(&text).finish(), read_dataset(&text));
    }

    #[test]
    fn a_problem_is_reported_as_reading_at_once_reports_it() {
        let text = shipped();
        let mut half = text.len() / 2;
        while !text.is_char_boundary(half) {
            half -= 1;
        }
        let cases = [
            // In a section read in a later step.
            text.replacen("\"network\": {", "\"network\": {\"unexpected\": 1, ", 1),
            // In the top level.
            text.replacen("{", "{\"unexpected\": 1, ", 1),
            text.replacen("\"coverage\":", "\"coverage\": 1, \"was\":", 1),
            // Not JSON at all, and JSON cut short.
            text.replacen("\"institutes\": [", "\"institutes\": [,", 1),
            text[..half].to_string(),
            // A schema version that is not a number.
            text.replacen(
                &format!("\"schema_version\": {SCHEMA_VERSION}"),
                "\"schema_version\": \"next\"",
                1,
            ),
        ];
        // A record written as the list of its values (in the order of its fields: what
        // serde alone would read), in the top level and in a section.
        let mut as_list: serde_json::Value = serde_json::from_str(&text).unwrap();
        let first = &as_list["changes"][0];
        as_list["changes"][0] = serde_json::json!([
            first["version"].clone(),
            first["released"].clone(),
            first["changes"].clone()
        ]);
        let cases: Vec<String> = cases.into_iter().chain([as_list.to_string()]).collect();
        for case in &cases {
            assert_ne!(case, &text, "each case changes the file");
            let at_once = read_dataset(case);
            assert!(at_once.is_err(), "the case must be a bad file");
            let mut steps = ReadInSteps::new(case);
            while steps.step() {}
            assert_eq!(steps.finish(), at_once);
        }
    }
}
