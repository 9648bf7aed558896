//! Reading and checking a dataset file. The app, the tests and `check-data` all call
//! [`load_dataset`], so a data editor sees the same messages the browser shows.

use std::collections::{HashMap, HashSet};

use serde::Deserialize;

use crate::data::json_path::{offset_of, path_at, path_text, ErrorKind};

use crate::data::model::{
    Agency, AgencyRole, Benchmarking, Citation, CountScope, Dataset, Event, EventKind, Figure,
    Imcp, InstituteRecord, LevelDefinition, LevelRange, Metric, Network, PartialDate,
    ProgressionData, Readiness, Reading, SourceKind, SourcedAmount, Statement, StrategicPlan, Unit,
    YearMonth, SCHEMA_VERSION, YEARS,
};

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
    let dataset = read_dataset(text)?;
    check_dataset(dataset)
}

/// The first half of [`load_dataset`]: the text read into the record types, or the one
/// problem that stopped the reading. The browser runs the two halves as separate tasks.
pub fn read_dataset(text: &str) -> Result<Dataset, Vec<DataError>> {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = Dataset::deserialize(&mut de)
        .map_err(|e| describe(&path_of(text, &e), &e))
        .and_then(|ds| de.end().map(|()| ds).map_err(|e| describe(ROOT_PATH, &e)))
        .and_then(|ds| {
            // serde also reads a record from a list of its values; the schema does not.
            let file: serde_json::Value =
                serde_json::from_str(text).map_err(|e| describe(ROOT_PATH, &e))?;
            match crate::data::shape::lists_for_objects(&file)
                .into_iter()
                .next()
            {
                Some(list) => Err(DataError::new(
                    if list.path.is_empty() {
                        ROOT_PATH.to_string()
                    } else {
                        list.path
                    },
                    format!(
                        "expected an object with named fields, found a list of {} values",
                        list.values
                    ),
                )),
                None => Ok(ds),
            }
        });
    // A file written for another schema version fails on types first; say what really
    // is wrong.
    parsed.map_err(|err| vec![schema_version_mismatch(text).unwrap_or(err)])
}

/// The second half of [`load_dataset`]: the dataset if every check passes, else every
/// problem found.
pub fn check_dataset(dataset: Dataset) -> Result<Dataset, Vec<DataError>> {
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

/// The field a serde message starting with `prefix` names: "missing field `name`".
fn field_named(message: &str, prefix: &str) -> Option<String> {
    message
        .strip_prefix(prefix)
        .and_then(|rest| rest.split('`').next())
        .map(str::to_string)
}

/// Where `err` happened in `text`, as `institutes[3].established`; keys that are not
/// plain words are quoted (`sources[0][""]`), and the document itself is [`ROOT_PATH`].
fn path_of(text: &str, err: &serde_json::Error) -> String {
    let mut offset = offset_of(text, err.line(), err.column());
    // Syntax errors point one byte past the byte they are about.
    if err.is_syntax() {
        offset = offset.saturating_sub(1);
    }
    let message = err.to_string();
    // Where serde_json stopped between items rather than inside a value.
    const BETWEEN: [&str; 6] = [
        "while parsing a list",
        "while parsing an object",
        "expected `,` or `]`",
        "expected `,` or `}`",
        "expected `:`",
        "trailing comma",
    ];
    let kind = if (err.is_syntax() || err.is_eof()) && BETWEEN.iter().any(|b| message.contains(b)) {
        ErrorKind::Between
    } else if err.is_eof() {
        ErrorKind::Eof
    } else if err.is_syntax() {
        ErrorKind::Syntax
    } else if let Some(field) = field_named(&message, "missing field `") {
        ErrorKind::MissingField(field)
    } else if let Some(field) = field_named(&message, "duplicate field `") {
        ErrorKind::DuplicateField(field)
    } else {
        ErrorKind::Data
    };
    let out = path_text(&path_at(text, offset, kind));
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
    v.non_empty("coverage", &ds.coverage);

    let mut source_ids = HashSet::new();
    for (i, s) in ds.sources.iter().enumerate() {
        let at = format!("sources[{i}]");
        v.id(&format!("{at}.id"), &s.id, &mut source_ids);
        v.non_empty(&format!("{at}.short_title"), &s.short_title);
        v.non_empty(&format!("{at}.title"), &s.title);
        v.non_empty(&format!("{at}.publisher"), &s.publisher);
        if let Some(url) = &s.url {
            v.url(&format!("{at}.url"), url);
        }
        for (j, url) in s.other_urls.iter().enumerate() {
            v.url(&format!("{at}.other_urls[{j}]"), url);
        }
        if let Some(date) = s.published {
            v.not_after(&format!("{at}.published"), date, ds.sources_checked);
        }
        match (&s.kind, &s.original) {
            (SourceKind::Copy, None) => v.push(
                format!("{at}.original"),
                "a copy must name the original outlet (original.outlet), and its title and date where the copy gives them",
            ),
            (SourceKind::Copy, Some(o)) => {
                v.non_empty(&format!("{at}.original.outlet"), &o.outlet);
                if let Some(url) = &o.url {
                    v.url(&format!("{at}.original.url"), url);
                }
                if let Some(date) = o.date {
                    v.not_after(&format!("{at}.original.date"), date, ds.sources_checked);
                }
            }
            (_, Some(_)) => v.push(
                format!("{at}.original"),
                format!(
                    "only a copy names an original; this source's kind is {:?}",
                    s.kind.label()
                ),
            ),
            (_, None) => {}
        }
    }
    check_versions(ds, &mut v);

    v.source_ids = source_ids;

    let mut figure_ids = HashSet::new();
    for (i, f) in ds.headline_figures.iter().enumerate() {
        v.figure(&format!("headline_figures[{i}]"), f, &mut figure_ids);
    }

    let mut topic_ids = HashSet::new();
    let topics = &ds.priority_topics;
    v.non_empty("priority_topics.origin", &topics.origin);
    v.citations("priority_topics", &topics.sources);
    for (i, t) in topics.topics.iter().enumerate() {
        let at = format!("priority_topics.topics[{i}]");
        v.id(&format!("{at}.id"), &t.id, &mut topic_ids);
        v.non_empty(&format!("{at}.name"), &t.name);
    }

    let established_from = YearMonth {
        year: 2012,
        month: 1,
    };
    let mut institute_ids = HashSet::new();
    for inst in &ds.institutes {
        institute_ids.insert(inst.id.clone());
    }
    let mut seen_institutes = HashSet::new();
    let mut event_ids = HashSet::new();
    for (i, inst) in ds.institutes.iter().enumerate() {
        let at = format!("institutes[{i}]");
        v.id(&format!("{at}.id"), &inst.id, &mut seen_institutes);
        v.non_empty(&format!("{at}.acronym"), &inst.acronym);
        v.non_empty(&format!("{at}.name"), &inst.name);
        v.non_empty(&format!("{at}.focus"), &inst.focus);
        v.non_empty(&format!("{at}.sponsoring_office"), &inst.sponsoring_office);
        if let Some(date) = inst.established {
            if date < established_from {
                v.push(
                    format!("{at}.established"),
                    format!("expected 2012-01 or later (the first institute), found {date}"),
                );
            }
            let as_of = ds.sources_checked;
            if (date.year, date.month) > (as_of.year, as_of.month.unwrap_or(12)) {
                v.push(
                    format!("{at}.established"),
                    format!(
                        "{date} is after the date the sources were last checked (sources_checked: {as_of})"
                    ),
                );
            }
        }
        let awarded = inst
            .events
            .iter()
            .any(|e| matches!(e.kind, EventKind::Award | EventKind::Established));
        if inst.record.is_some() && inst.established.is_none() && !awarded {
            v.push(
                format!("{at}.established"),
                "an established institute needs its month of establishment (YYYY-MM) or an award event: it has a record at award",
            );
        }
        let established = inst.established.is_some() || awarded;
        if established && inst.headquarters.is_empty() {
            v.push(format!("{at}.headquarters"), "expected at least one place");
        }
        for (j, place) in inst.headquarters.iter().enumerate() {
            v.non_empty(&format!("{at}.headquarters[{j}].city"), &place.city);
            v.state(&format!("{at}.headquarters[{j}].state"), &place.state);
        }
        let mut linked = HashSet::new();
        for (j, link) in inst.topics.iter().enumerate() {
            let path = format!("{at}.topics[{j}].topic");
            v.reference(&path, &link.topic, &topic_ids, "priority topic");
            if !linked.insert(link.topic.as_str()) {
                v.push(path, format!("topic {:?} is listed twice", link.topic));
            }
        }
        let mut ids = HashSet::new();
        for (j, f) in inst.figures.iter().enumerate() {
            v.figure(&format!("{at}.figures[{j}]"), f, &mut ids);
        }
        v.citations(&at, &inst.sources);
        if let Some(record) = &inst.record {
            check_record(&format!("{at}.record"), record, ds.sources_checked, &mut v);
        }
        for (j, e) in inst.events.iter().enumerate() {
            let path = format!("{at}.events[{j}]");
            v.event(&path, e, ds.sources_checked, &mut event_ids);
            if !e.institutes.is_empty() || e.sponsor.is_some() {
                v.push(
                    path,
                    "an institute's own event names no other institutes or sponsor; put a program event in program_events",
                );
            }
        }
    }
    for (i, e) in ds.program_events.iter().enumerate() {
        let at = format!("program_events[{i}]");
        v.event(&at, e, ds.sources_checked, &mut event_ids);
        for (j, id) in e.institutes.iter().enumerate() {
            v.reference(
                &format!("{at}.institutes[{j}]"),
                id,
                &institute_ids,
                "institute",
            );
        }
    }
    let mut count_ids = HashSet::new();
    for (i, c) in ds.network_counts.iter().enumerate() {
        let at = format!("network_counts[{i}]");
        v.id(&format!("{at}.id"), &c.id, &mut count_ids);
        v.citations(&at, &c.sources);
        v.non_empty(&format!("{at}.quote"), &c.quote);
        if let Some(note) = &c.note {
            v.non_empty(&format!("{at}.note"), note);
        }
        let Some(date) = c.date else { continue };
        v.not_after(&format!("{at}.date"), date, ds.sources_checked);
        let records = crate::data::status::records_count(ds, date);
        if c.scope == CountScope::Network && c.value as usize != records && c.note.is_none() {
            v.push(
                format!("{at}.note"),
                format!(
                    "the source counts {} institutes on {date} but this dataset's records count {records}: say why in a note",
                    c.value
                ),
            );
        }
        if c.scope == CountScope::Reviewed && c.note.is_none() {
            v.push(
                format!("{at}.note"),
                "a count of the institutes a review covered must say that it is not a count of the network",
            );
        }
    }

    let objective_ids = check_plan(&ds.plan, &mut v);

    let mut story_ids = HashSet::new();
    for (i, story) in ds.stories.iter().enumerate() {
        let at = format!("stories[{i}]");
        v.id(&format!("{at}.id"), &story.id, &mut story_ids);
        v.reference(
            &format!("{at}.institute"),
            &story.institute,
            &institute_ids,
            "institute",
        );
        v.non_empty(&format!("{at}.title"), &story.title);
        v.non_empty(&format!("{at}.summary"), &story.summary);
        for (j, partner) in story.partners.iter().enumerate() {
            v.non_empty(&format!("{at}.partners[{j}]"), partner);
        }
        let mut ids = HashSet::new();
        for (j, f) in story.figures.iter().enumerate() {
            v.figure(&format!("{at}.figures[{j}]"), f, &mut ids);
        }
        for (j, link) in story.objectives.iter().enumerate() {
            v.reference(
                &format!("{at}.objectives[{j}].objective"),
                &link.objective,
                &objective_ids,
                "objective",
            );
        }
        v.citations(&at, &story.sources);
    }

    check_readiness(&ds.readiness, &institute_ids, &mut v);
    check_benchmarking(&ds.benchmarking, &mut v);
    check_agencies(ds, &mut v);
    check_imcp(&ds.imcp, ds.sources_checked, &mut v);

    let role = &ds.commerce_role;
    v.list("commerce_role.points", &role.points);
    v.list("commerce_role.innovation_cycle", &role.innovation_cycle);
    v.citations("commerce_role", &role.sources);

    check_network(&ds.network, ds.sources_checked, &mut v);
    for (i, f) in ds.headline_figures.iter().enumerate() {
        let Some(id) = &f.series else { continue };
        let path = format!("headline_figures[{i}].series");
        match ds.network.metric(id) {
            None => v.push(path, format!("unknown network metric id {id:?}")),
            Some(m) if m.unit != f.unit => v.push(
                path,
                format!(
                    "the series {id:?} is in {:?} but the figure in {:?}",
                    m.unit, f.unit
                ),
            ),
            Some(_) => {}
        }
    }

    cross_check_counts(ds, &mut v);
    v.errors
}

/// `changes` starts with this version, released on `released`, and versions are
/// unique and newest first.
fn check_versions(ds: &Dataset, v: &mut Checker) {
    if !crate::data::status::on_or_before(ds.sources_checked, ds.released) {
        v.push(
            "sources_checked",
            format!(
                "the sources cannot be checked ({}) after the version is released ({})",
                ds.sources_checked, ds.released
            ),
        );
    }
    match ds.changes.first() {
        None => v.push("changes", "expected at least this version's entry"),
        Some(first) => {
            if first.version != ds.dataset_version {
                v.push(
                    "changes[0].version",
                    format!(
                        "the newest entry must be this version {:?}, found {:?}",
                        ds.dataset_version, first.version
                    ),
                );
            }
            if first.released != ds.released {
                v.push(
                    "changes[0].released",
                    format!(
                        "expected this version's release date {}, found {}",
                        ds.released, first.released
                    ),
                );
            }
        }
    }
    let mut seen = HashSet::new();
    for (i, c) in ds.changes.iter().enumerate() {
        let at = format!("changes[{i}]");
        v.non_empty(&format!("{at}.version"), &c.version);
        if !seen.insert(c.version.as_str()) {
            v.push(
                format!("{at}.version"),
                format!("version {:?} is listed twice", c.version),
            );
        }
        v.list(&format!("{at}.changes"), &c.changes);
        if let Some(newer) = i.checked_sub(1).and_then(|j| ds.changes.get(j)) {
            if !crate::data::status::on_or_before(c.released, newer.released) {
                v.push(
                    format!("{at}.released"),
                    "versions go newest first".to_string(),
                );
            }
        }
    }
}

/// The first fiscal year a network figure can refer to: the first institute was
/// established in August 2012 (FY2012).
pub const FIRST_FISCAL_YEAR: u16 = 2012;

/// Yearly network series: known sources, quotes, fiscal years in range and once per
/// series, breaks between years of the series, values in range.
fn check_network(network: &Network, as_of: PartialDate, v: &mut Checker) {
    let mut metric_ids = HashSet::new();
    for (i, m) in network.metrics.iter().enumerate() {
        let at = format!("network.metrics[{i}]");
        v.id(&format!("{at}.id"), &m.id, &mut metric_ids);
        v.non_empty(&format!("{at}.label"), &m.label);
        if let Some(note) = &m.note {
            v.non_empty(&format!("{at}.note"), note);
        }
        if m.points.is_empty() {
            v.push(format!("{at}.points"), "expected at least one point");
        }
        let mut years = HashSet::new();
        let mut latest = 0;
        for (j, p) in m.points.iter().enumerate() {
            let pat = format!("{at}.points[{j}]");
            let fy = p.fiscal_year;
            if !(FIRST_FISCAL_YEAR..=as_of.year).contains(&fy) {
                v.push(
                    format!("{pat}.fiscal_year"),
                    format!(
                        "expected a fiscal year from {FIRST_FISCAL_YEAR} to {} (sources_checked), found {fy}",
                        as_of.year
                    ),
                );
            } else if !years.insert(fy) {
                v.push(
                    format!("{pat}.fiscal_year"),
                    format!("FY{fy} is listed twice in this series"),
                );
            } else if fy < latest {
                v.push(
                    format!("{pat}.fiscal_year"),
                    format!("points go in fiscal-year order: FY{fy} comes after FY{latest}"),
                );
            }
            latest = latest.max(fy);
            if let Some(x) = p.value.number() {
                v.amount(&format!("{pat}.value"), x, m.unit);
            }
            if let Some(period) = &p.period {
                v.non_empty(&format!("{pat}.period"), period);
            }
            v.citations(&pat, &p.sources);
            v.non_empty(&format!("{pat}.quote"), &p.quote);
            v.readings(
                &pat,
                "a point",
                &p.other_readings,
                p.shown_because.as_deref(),
                m.unit,
            );
            if let Some(note) = &p.note {
                v.non_empty(&format!("{pat}.note"), note);
            }
            if let Some(why) = &p.uncertain {
                v.non_empty(&format!("{pat}.uncertain"), why);
            }
        }
        for (j, b) in m.breaks.iter().enumerate() {
            let bat = format!("{at}.breaks[{j}]");
            v.non_empty(&format!("{bat}.note"), &b.note);
            let (before, after) = (b.last_before, b.first_after);
            if before >= after {
                v.push(
                    format!("{bat}.first_after"),
                    format!(
                        "a break lies between an earlier and a later year: found {before}, {after}"
                    ),
                );
            }
            for (field, fy) in [("last_before", before), ("first_after", after)] {
                if !years.contains(&fy) {
                    v.push(
                        format!("{bat}.{field}"),
                        format!("FY{fy} is not a year of this series"),
                    );
                }
            }
        }
    }
}

/// An institute at award and since: sources and quotes present, an `https://` website,
/// dates valid and not after `as_of`, money in US$ million and not negative, member
/// counts dated and in date order.
fn check_record(at: &str, r: &InstituteRecord, as_of: PartialDate, v: &mut Checker) {
    for (field, text) in [("website", &r.website), ("operator", &r.operator)] {
        let Some(t) = text else { continue };
        let path = format!("{at}.{field}");
        v.non_empty(&format!("{path}.text"), &t.text);
        v.citations(&path, &t.sources);
        v.non_empty(&format!("{path}.quote"), &t.quote);
        if let Some(note) = &t.note {
            v.non_empty(&format!("{path}.note"), note);
        }
    }
    if let Some(site) = &r.website {
        v.website(&format!("{at}.website.text"), &site.text);
    }
    if let Some(a) = &r.announced {
        let path = format!("{at}.announced");
        v.not_after(&format!("{path}.date"), a.date, as_of);
        v.citations(&path, &a.sources);
        v.non_empty(&format!("{path}.quote"), &a.quote);
        for (j, o) in a.other_readings.iter().enumerate() {
            let rp = format!("{path}.other_readings[{j}]");
            v.not_after(&format!("{rp}.date"), o.date, as_of);
            v.citations(&rp, &o.sources);
            v.non_empty(&format!("{rp}.quote"), &o.quote);
        }
        v.shown_because(
            &path,
            a.shown_because.as_deref(),
            !a.other_readings.is_empty(),
            "a date with other readings must say why it is the one shown",
        );
        if let Some(why) = &a.uncertain {
            v.non_empty(&format!("{path}.uncertain"), why);
        }
    }
    let money = [
        ("federal_at_award", &r.federal_at_award),
        ("nonfederal_at_award", &r.nonfederal_at_award),
    ];
    for (field, amount) in money {
        v.sourced_amount(
            &format!("{at}.{field}"),
            amount,
            as_of,
            Some(Unit::UsdMillion),
        );
    }
    for (j, amount) in r.renewals.iter().enumerate() {
        let path = format!("{at}.renewals[{j}]");
        v.sourced_amount(&path, amount, as_of, Some(Unit::UsdMillion));
        if amount.date.is_none() {
            v.push(format!("{path}.date"), "a renewal needs its date");
        }
    }
    let mut previous: Option<PartialDate> = None;
    for (j, amount) in r.members.iter().enumerate() {
        let path = format!("{at}.members[{j}]");
        v.sourced_amount(&path, amount, as_of, Some(Unit::Count));
        if let Some(date) = amount.date {
            let key = |d: PartialDate| (d.year, d.month.unwrap_or(0), d.day.unwrap_or(0));
            if previous.is_some_and(|p| key(p) > key(date)) {
                v.push(
                    format!("{path}.date"),
                    "member counts go oldest first; undated counts go last",
                );
            }
            previous = Some(date);
        } else {
            previous = Some(PartialDate {
                year: u16::MAX,
                month: None,
                day: None,
            });
        }
    }
}

/// Vision, mission, goals and objectives; returns the objective ids.
fn check_plan(plan: &StrategicPlan, v: &mut Checker) -> HashSet<String> {
    v.statement("plan.vision", &plan.vision);
    v.statement("plan.mission", &plan.mission);
    v.statement("plan.structure", &plan.structure);
    for (i, st) in plan.coordination.iter().enumerate() {
        v.statement(&format!("plan.coordination[{i}]"), st);
    }
    for (i, st) in plan.implementation.iter().enumerate() {
        v.statement(&format!("plan.implementation[{i}]"), st);
    }
    if plan.goals.is_empty() {
        v.push("plan.goals", "expected at least one goal");
    }
    let mut objective_ids = HashSet::new();
    for (i, goal) in plan.goals.iter().enumerate() {
        let at = format!("plan.goals[{i}]");
        let number = i + 1;
        if goal.id != number.to_string() {
            v.push(
                format!("{at}.id"),
                format!(
                    "goals are numbered in order: expected \"{number}\", found {:?}",
                    goal.id
                ),
            );
        }
        v.non_empty(&format!("{at}.title"), &goal.title);
        v.non_empty(&format!("{at}.title_note"), &goal.title_note);
        v.statement(&format!("{at}.expected_outcome"), &goal.expected_outcome);
        if let Some(context) = &goal.context {
            v.statement(&format!("{at}.context"), context);
        }
        v.citations(&at, &goal.sources);
        if goal.objectives.is_empty() {
            v.push(
                format!("{at}.objectives"),
                "expected at least one objective",
            );
        }
        for (j, obj) in goal.objectives.iter().enumerate() {
            let path = format!("{at}.objectives[{j}]");
            let expected = format!("{}.{}", goal.id, j + 1);
            if obj.id != expected {
                v.push(
                    format!("{path}.id"),
                    format!("objectives are numbered goal.objective in order: expected {expected:?}, found {:?}", obj.id),
                );
            }
            objective_ids.insert(obj.id.clone());
            v.non_empty(&format!("{path}.title"), &obj.title);
            v.non_empty(&format!("{path}.approach"), &obj.approach);
            v.non_empty(&format!("{path}.action"), &obj.action);
            v.citations(&path, &obj.sources);
        }
    }
    objective_ids
}

fn check_readiness(r: &Readiness, institute_ids: &HashSet<String>, v: &mut Checker) {
    v.levels("readiness.trl_levels", &r.trl_levels, TRL_MAX);
    v.citations_at("readiness.trl_sources", &r.trl_sources);
    v.levels("readiness.mrl_levels", &r.mrl_levels, MRL_MAX);
    v.citations_at("readiness.mrl_sources", &r.mrl_sources);
    v.statement("readiness.about", &r.about);
    let mut band_ids = HashSet::new();
    for (i, band) in r.bands.iter().enumerate() {
        let at = format!("readiness.bands[{i}]");
        v.id(&format!("{at}.id"), &band.id, &mut band_ids);
        v.non_empty(&format!("{at}.label"), &band.label);
        v.non_empty(&format!("{at}.description"), &band.description);
        v.level_range(&format!("{at}.trl"), band.trl, TRL_MAX, "TRL");
        v.level_range(&format!("{at}.mrl"), band.mrl, MRL_MAX, "MRL");
        v.citations(&at, &band.sources);
    }
    for (i, st) in r.findings.iter().enumerate() {
        v.statement(&format!("readiness.findings[{i}]"), st);
    }
    let p = &r.progression;
    v.non_empty("readiness.progression.title", &p.title);
    v.non_empty("readiness.progression.scope", &p.scope);
    v.citations("readiness.progression", &p.sources);
    let at = "readiness.progression.data";
    match &p.data {
        ProgressionData::NotReported { reason, .. } => {
            v.non_empty(&format!("{at}.reason"), reason);
        }
        ProgressionData::Matrix { cells } => {
            let mut seen = HashSet::new();
            for (i, c) in cells.iter().enumerate() {
                let path = format!("{at}.cells[{i}]");
                v.trl(&format!("{path}.start"), c.start);
                v.trl(&format!("{path}.end"), c.end);
                if !seen.insert((c.start, c.end)) {
                    v.push(
                        path,
                        format!("the cell TRL {} → {} is listed twice", c.start, c.end),
                    );
                }
            }
        }
        ProgressionData::Projects { projects } => {
            let mut ids = HashSet::new();
            for (i, project) in projects.iter().enumerate() {
                let path = format!("{at}.projects[{i}]");
                v.id(&format!("{path}.id"), &project.id, &mut ids);
                v.trl(&format!("{path}.start"), project.start);
                v.trl(&format!("{path}.end"), project.end);
                if let Some(inst) = &project.institute {
                    v.reference(
                        &format!("{path}.institute"),
                        inst,
                        institute_ids,
                        "institute",
                    );
                }
            }
        }
    }
}

fn check_benchmarking(b: &Benchmarking, v: &mut Checker) {
    v.statement("benchmarking.study", &b.study);
    let mut country_ids = HashSet::new();
    for (i, c) in b.countries.iter().enumerate() {
        let at = format!("benchmarking.countries[{i}]");
        let well_formed = c.id.len() == 2 && c.id.bytes().all(|x| x.is_ascii_lowercase());
        if well_formed {
            v.id(&format!("{at}.id"), &c.id, &mut country_ids);
        } else {
            v.push(
                format!("{at}.id"),
                format!(
                    "expected a lower-case ISO 3166 two-letter code, found {:?}",
                    c.id
                ),
            );
        }
        v.non_empty(&format!("{at}.name"), &c.name);
    }
    let reviewed = b.countries.iter().filter(|c| c.reviewed).count();
    if reviewed as u32 != b.countries_reviewed {
        v.push(
            "benchmarking.countries",
            format!(
                "countries_reviewed says {}, but {} countries are marked reviewed",
                b.countries_reviewed, reviewed
            ),
        );
    }
    let mut program_ids = HashSet::new();
    for (i, p) in b.programs.iter().enumerate() {
        let at = format!("benchmarking.programs[{i}]");
        v.id(&format!("{at}.id"), &p.id, &mut program_ids);
        v.non_empty(&format!("{at}.name"), &p.name);
        v.non_empty(&format!("{at}.founded"), &p.founded);
        v.non_empty(&format!("{at}.summary"), &p.summary);
        v.reference(
            &format!("{at}.country"),
            &p.country,
            &country_ids,
            "country",
        );
        let mut ids = HashSet::new();
        for (j, f) in p.plan_figures.iter().enumerate() {
            v.figure(&format!("{at}.plan_figures[{j}]"), f, &mut ids);
        }
        for (j, f) in p.other_figures.iter().enumerate() {
            v.figure(&format!("{at}.other_figures[{j}]"), f, &mut ids);
        }
        for metric in Metric::STUDY_KPIS {
            let n = p
                .plan_figures
                .iter()
                .filter(|f| f.metric == Some(metric))
                .count();
            if n != 1 {
                v.push(
                    format!("{at}.plan_figures"),
                    format!(
                        "every study KPI appears once, \"not_reported\" when the plan gives none: {} appears {n} times",
                        metric.key()
                    ),
                );
            }
        }
        v.citations(&at, &p.sources);
    }
}

/// The partner agencies; every sponsor named by an institute must be one of them.
fn check_agencies(ds: &Dataset, v: &mut Checker) {
    let mut ids = HashSet::new();
    for (i, a) in ds.agencies.iter().enumerate() {
        let at = format!("agencies[{i}]");
        v.id(&format!("{at}.id"), &a.id, &mut ids);
        v.non_empty(&format!("{at}.acronym"), &a.acronym);
        v.non_empty(&format!("{at}.name"), &a.name);
        v.non_empty(&format!("{at}.summary"), &a.summary);
        let mut figure_ids = HashSet::new();
        for (j, f) in a.figures.iter().enumerate() {
            v.figure(&format!("{at}.figures[{j}]"), f, &mut figure_ids);
        }
        v.citations(&at, &a.sources);
    }
    for (i, inst) in ds.institutes.iter().enumerate() {
        let sponsor = inst.sponsor;
        let listed = ds
            .agencies
            .iter()
            .any(|a| a.id == sponsor.id() && a.role == AgencyRole::Sponsor);
        if !listed {
            v.push(
                format!("institutes[{i}].sponsor"),
                format!(
                    "{} is not in agencies as a sponsor (id {:?}, role \"sponsor\")",
                    sponsor.code(),
                    sponsor.id()
                ),
            );
        }
    }
}

fn check_imcp(imcp: &Imcp, as_of: PartialDate, v: &mut Checker) {
    v.non_empty("imcp.name", &imcp.name);
    v.statement("imcp.purpose", &imcp.purpose);
    v.list("imcp.aims", &imcp.aims);
    v.statement("imcp.benefits", &imcp.benefits);
    let mut area_ids = HashSet::new();
    for (i, a) in imcp.strategy_areas.iter().enumerate() {
        let at = format!("imcp.strategy_areas[{i}]");
        v.id(&format!("{at}.id"), &a.id, &mut area_ids);
        v.non_empty(&format!("{at}.name"), &a.name);
    }
    v.citations_at("imcp.strategy_areas_sources", &imcp.strategy_areas_sources);
    let mut figure_ids = HashSet::new();
    for (i, f) in imcp.figures.iter().enumerate() {
        v.figure(&format!("imcp.figures[{i}]"), f, &mut figure_ids);
    }
    let mut ids = HashSet::new();
    for (i, c) in imcp.communities.iter().enumerate() {
        let at = format!("imcp.communities[{i}]");
        v.id(&format!("{at}.id"), &c.id, &mut ids);
        v.non_empty(&format!("{at}.name"), &c.name);
        v.non_empty(&format!("{at}.lead"), &c.lead);
        if c.states.is_empty() {
            v.push(format!("{at}.states"), "expected at least one state");
        }
        for (j, s) in c.states.iter().enumerate() {
            v.state(&format!("{at}.states[{j}]"), s);
        }
        if c.round == 0 {
            v.push(format!("{at}.round"), "rounds are numbered from 1");
        }
        if c.designated.year < 2013 {
            v.push(
                format!("{at}.designated"),
                format!("IMCP began in 2013; found {}", c.designated),
            );
        }
        v.not_after(&format!("{at}.designated"), c.designated, as_of);
        if let Some(u) = &c.uncertain {
            v.non_empty(&format!("{at}.uncertain"), u);
        }
        v.citations(&at, &c.sources);
    }
    for (i, a) in imcp.participating_agencies.iter().enumerate() {
        let at = format!("imcp.participating_agencies[{i}]");
        v.non_empty(&format!("{at}.name"), &a.name);
        v.citations(&at, &a.sources);
    }
    v.non_empty(
        "imcp.participating_agencies_note",
        &imcp.participating_agencies_note,
    );
}

/// Counts that the sources state and the records can be counted for: institutes in
/// total and per sponsor, partner agencies, IMCP designations per round.
/// The plan's counts against the records at the plan's date (the 2024 Strategic Plan's
/// publication), so that institutes established later do not break them.
fn cross_check_counts(ds: &Dataset, v: &mut Checker) {
    let plan_date = ds
        .source("plan2024")
        .and_then(|s| s.published)
        .unwrap_or(ds.sources_checked);
    let at_plan: Vec<&crate::data::model::Institute> = ds
        .institutes
        .iter()
        .filter(|i| {
            crate::data::status::status(i, plan_date)
                == crate::data::model::InstituteStatus::Established
        })
        .collect();
    let established = at_plan.len() as f64;
    let mut per_sponsor: HashMap<&str, f64> = HashMap::new();
    for inst in at_plan {
        *per_sponsor.entry(inst.sponsor.code()).or_default() += 1.0;
    }
    let sponsors = ds
        .agencies
        .iter()
        .filter(|a| a.role == AgencyRole::Sponsor)
        .count() as f64;
    let participants = ds.agencies.len() as f64 - sponsors;
    for (i, f) in ds.headline_figures.iter().enumerate() {
        let at = format!("headline_figures[{i}]");
        match f.id.as_str() {
            "established_institutes" => v.count(
                &format!("{at}.value"),
                f.number(),
                established,
                "established institutes",
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
                    v.count(
                        &format!("{at}.breakdown[{j}].value"),
                        Some(part.value),
                        listed,
                        &format!("established {} institutes", part.label),
                    );
                }
            }
            "federal_partner_agencies" => {
                v.count(
                    &format!("{at}.value"),
                    f.number(),
                    ds.agencies.len() as f64,
                    "agencies",
                );
                for (j, part) in f.breakdown.iter().enumerate() {
                    let listed = match part.label.as_str() {
                        "Sponsors" => sponsors,
                        "Participants" => participants,
                        other => {
                            v.push(
                                format!("{at}.breakdown[{j}].label"),
                                format!(
                                    "expected \"Sponsors\" or \"Participants\", found {other:?}"
                                ),
                            );
                            continue;
                        }
                    };
                    v.count(
                        &format!("{at}.breakdown[{j}].value"),
                        Some(part.value),
                        listed,
                        &format!("agencies with role {}", part.label.to_lowercase()),
                    );
                }
            }
            _ => {}
        }
    }
    let communities = &ds.imcp.communities;
    for (i, f) in ds.imcp.figures.iter().enumerate() {
        let at = format!("imcp.figures[{i}].value");
        let round = |r: u8| communities.iter().filter(|c| c.round == r).count() as f64;
        match f.id.as_str() {
            "designations" => v.count(&at, f.number(), communities.len() as f64, "communities"),
            "round_1_communities" => v.count(&at, f.number(), round(1), "round-1 communities"),
            "round_2_communities" => v.count(&at, f.number(), round(2), "round-2 communities"),
            _ => {}
        }
    }
}

const TRL_MAX: u8 = 9;
const MRL_MAX: u8 = 10;

/// U.S. states, the District of Columbia and the territories (USPS codes).
const STATES: [&str; 56] = [
    "AK", "AL", "AR", "AS", "AZ", "CA", "CO", "CT", "DC", "DE", "FL", "GA", "GU", "HI", "IA", "ID",
    "IL", "IN", "KS", "KY", "LA", "MA", "MD", "ME", "MI", "MN", "MO", "MP", "MS", "MT", "NC", "ND",
    "NE", "NH", "NJ", "NM", "NV", "NY", "OH", "OK", "OR", "PA", "PR", "RI", "SC", "SD", "TN", "TX",
    "UT", "VA", "VI", "VT", "WA", "WI", "WV", "WY",
];

/// A number as written in a message: no trailing `.0`.
fn plain(x: f64) -> String {
    format!("{x}")
}

#[derive(Default)]
struct Checker {
    errors: Vec<DataError>,
    /// Ids of `sources`, for resolving citations.
    source_ids: HashSet<String>,
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

    fn list(&mut self, path: &str, items: &[String]) {
        if items.is_empty() {
            self.push(path, "expected at least one entry");
        }
        for (i, item) in items.iter().enumerate() {
            self.non_empty(&format!("{path}[{i}]"), item);
        }
    }

    /// Ids are lower-case words joined by hyphens, unique within their list.
    fn id(&mut self, path: &str, id: &str, seen: &mut HashSet<String>) {
        let well_formed = !id.is_empty()
            && id
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if !well_formed {
            self.push(
                path,
                format!("expected lower-case letters, digits, '-' or '_', found {id:?}"),
            );
        } else if !seen.insert(id.to_string()) {
            self.push(path, format!("duplicate id {id:?}"));
        }
    }

    fn reference(&mut self, path: &str, id: &str, known: &HashSet<String>, what: &str) {
        if !known.contains(id) {
            self.push(path, format!("unknown {what} id {id:?}"));
        }
    }

    fn url(&mut self, path: &str, url: &str) {
        if !(url.starts_with("https://") || url.starts_with("http://")) {
            self.push(path, format!("expected an http(s) address, found {url:?}"));
        }
    }

    fn state(&mut self, path: &str, code: &str) {
        if !STATES.contains(&code) {
            self.push(
                path,
                format!("expected a two-letter U.S. state code such as \"OH\", found {code:?}"),
            );
        }
    }

    fn not_after(&mut self, path: &str, date: PartialDate, as_of: PartialDate) {
        let key = |d: PartialDate| (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1));
        if key(date) > key(as_of) {
            self.push(
                path,
                format!("{date} is after the date the sources were last checked (sources_checked: {as_of})"),
            );
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
        } else if unit == Unit::Year && (value.fract() != 0.0 || !YEARS.contains(&(value as u16))) {
            self.push(
                path,
                format!(
                    "expected a calendar year from {} to {}, found {value}",
                    YEARS.start(),
                    YEARS.end()
                ),
            );
        }
    }

    fn figure(&mut self, at: &str, f: &Figure, ids: &mut HashSet<String>) {
        self.id(&format!("{at}.id"), &f.id, ids);
        self.non_empty(&format!("{at}.label"), &f.label);
        self.non_empty(&format!("{at}.period"), &f.period);
        if let Some(x) = f.number() {
            self.amount(&format!("{at}.value"), x, f.unit);
        }
        if let Some(max) = f.value_max {
            self.amount(&format!("{at}.value_max"), max, f.unit);
            match f.number() {
                Some(x) if max <= x => self.push(
                    format!("{at}.value_max"),
                    format!(
                        "a range ends above its start: value is {}, value_max {}",
                        plain(x),
                        plain(max)
                    ),
                ),
                None => self.push(
                    format!("{at}.value_max"),
                    "a value that is not reported has no range",
                ),
                _ => {}
            }
        }
        self.citations(at, &f.sources);
        for (j, part) in f.breakdown.iter().enumerate() {
            self.non_empty(&format!("{at}.breakdown[{j}].label"), &part.label);
            self.amount(&format!("{at}.breakdown[{j}].value"), part.value, f.unit);
        }
        if !f.breakdown.is_empty() {
            let sum: f64 = f.breakdown.iter().map(|p| p.value).sum();
            match f.number() {
                Some(value) if (sum - value).abs() <= 1e-9 => {}
                Some(value) => self.push(
                    format!("{at}.breakdown"),
                    format!(
                        "parts add up to {}, but value is {}",
                        plain(sum),
                        plain(value)
                    ),
                ),
                None => self.push(
                    format!("{at}.breakdown"),
                    "a value that is not reported has no parts",
                ),
            }
        }
        self.readings(
            at,
            "a figure",
            &f.other_readings,
            f.shown_because.as_deref(),
            f.unit,
        );
        if let Some(why) = &f.uncertain {
            self.non_empty(&format!("{at}.uncertain"), why);
        }
    }

    /// Other readings of a value (a figure's or a network point's, named by `what`) and
    /// why the value shown was chosen over them.
    fn readings(
        &mut self,
        at: &str,
        what: &str,
        readings: &[Reading],
        shown_because: Option<&str>,
        unit: Unit,
    ) {
        for (j, r) in readings.iter().enumerate() {
            let path = format!("{at}.other_readings[{j}]");
            self.amount(&format!("{path}.value"), r.value, unit);
            self.non_empty(&format!("{path}.text"), &r.text);
            self.citations(&path, &r.sources);
            if let Some(q) = &r.quote {
                self.non_empty(&format!("{path}.quote"), q);
            }
        }
        self.shown_because(
            at,
            shown_because,
            !readings.is_empty(),
            &format!("{what} with other readings must say why its value is the one shown"),
        );
    }

    /// `shown_because` at `at`: required (with `missing` as the message) when there are
    /// other readings, never empty when given.
    fn shown_because(&mut self, at: &str, why: Option<&str>, has_others: bool, missing: &str) {
        match (why, has_others) {
            (None, true) => self.push(format!("{at}.shown_because"), missing),
            (Some(why), _) => self.non_empty(&format!("{at}.shown_because"), why),
            (None, false) => {}
        }
    }

    /// A website: an `https://` address with a host and nothing that would make it a
    /// script or a different scheme.
    fn website(&mut self, path: &str, url: &str) {
        let host = url
            .strip_prefix("https://")
            .map(|rest| rest.split(['/', '?', '#']).next().unwrap_or(""));
        let ok = host.is_some_and(|h| {
            h.contains('.')
                && h.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        }) && !url.chars().any(char::is_whitespace);
        if !ok {
            self.push(
                path,
                format!("expected an https:// address such as \"https://www.example.org/\", found {url:?}"),
            );
        }
    }

    /// An amount with its date, sources and quote: a reported value needs both; money
    /// and counts are never negative; `unit`, when given, is the one the field takes.
    fn sourced_amount(
        &mut self,
        at: &str,
        a: &SourcedAmount,
        as_of: PartialDate,
        unit: Option<Unit>,
    ) {
        if let Some(u) = unit {
            if a.unit != u {
                self.push(
                    format!("{at}.unit"),
                    format!("expected {:?} here, found {:?}", u, a.unit),
                );
            }
        }
        if let Some(x) = a.number() {
            self.amount(&format!("{at}.value"), x, a.unit);
            if a.sources.is_empty() {
                self.push(format!("{at}.sources"), "a reported value needs its source");
            }
        }
        if let Some(date) = a.date {
            self.not_after(&format!("{at}.date"), date, as_of);
        }
        if let Some(label) = &a.label {
            self.non_empty(&format!("{at}.label"), label);
        }
        for (j, part) in a.breakdown.iter().enumerate() {
            self.non_empty(&format!("{at}.breakdown[{j}].label"), &part.label);
            self.amount(&format!("{at}.breakdown[{j}].value"), part.value, a.unit);
        }
        if !a.sources.is_empty() {
            self.citations_at(&format!("{at}.sources"), &a.sources);
        }
        match (&a.quote, a.sources.is_empty()) {
            (Some(q), _) => self.non_empty(&format!("{at}.quote"), q),
            (None, false) => self.push(
                format!("{at}.quote"),
                "a value read in a source needs the sentence it was read in",
            ),
            (None, true) => {}
        }
        if a.number().is_none() && a.sources.is_empty() && a.note.is_none() {
            self.push(
                format!("{at}.note"),
                "a value no source gives needs a note saying what was looked for",
            );
        }
        self.readings(
            at,
            "a value",
            &a.other_readings,
            a.shown_because.as_deref(),
            a.unit,
        );
        for (field, text) in [("note", &a.note), ("uncertain", &a.uncertain)] {
            if let Some(t) = text {
                self.non_empty(&format!("{at}.{field}"), t);
            }
        }
    }

    fn statement(&mut self, at: &str, st: &Statement) {
        self.non_empty(&format!("{at}.text"), &st.text);
        self.citations(at, &st.sources);
    }

    /// Level definitions 1..=max, each once and in order.
    fn levels(&mut self, at: &str, levels: &[LevelDefinition], max: u8) {
        if levels.len() != usize::from(max) {
            self.push(
                at,
                format!("expected levels 1 to {max}, found {} entries", levels.len()),
            );
        }
        for (i, l) in levels.iter().enumerate() {
            let expected = i + 1;
            if usize::from(l.level) != expected {
                self.push(
                    format!("{at}[{i}].level"),
                    format!(
                        "levels go 1 to {max} in order: expected {expected}, found {}",
                        l.level
                    ),
                );
            }
            self.non_empty(&format!("{at}[{i}].definition"), &l.definition);
            if let Some(gloss) = &l.gloss {
                self.statement(&format!("{at}[{i}].gloss"), gloss);
            }
        }
    }

    fn level_range(&mut self, at: &str, range: LevelRange, max: u8, scale: &str) {
        for (field, level) in [("from", range.from), ("to", range.to)] {
            if !(1..=max).contains(&level) {
                self.push(
                    format!("{at}.{field}"),
                    format!("{scale} runs from 1 to {max}, found {level}"),
                );
            }
        }
        if range.from > range.to {
            self.push(
                at,
                format!("a band runs upwards: from {} to {}", range.from, range.to),
            );
        }
    }

    fn trl(&mut self, path: &str, level: u8) {
        if !(1..=TRL_MAX).contains(&level) {
            self.push(path, format!("TRL runs from 1 to {TRL_MAX}, found {level}"));
        }
    }

    /// `found` (what the figure says) must equal `listed` (what the records count).
    fn count(&mut self, path: &str, found: Option<f64>, listed: f64, what: &str) {
        match found {
            Some(x) if x == listed => {}
            Some(x) => self.push(
                path,
                format!(
                    "says {}, but the file lists {} {what}",
                    plain(x),
                    plain(listed)
                ),
            ),
            None => self.push(
                path,
                format!(
                    "is not reported, but the file lists {} {what}",
                    plain(listed)
                ),
            ),
        }
    }

    /// `at.sources`: at least one citation, each naming a known source.
    /// A dated event: a unique id, a date not after the check, its sources and quote,
    /// a description for `other`, and figures with labels and valid amounts.
    fn event(&mut self, at: &str, e: &Event, as_of: PartialDate, ids: &mut HashSet<String>) {
        self.id(&format!("{at}.id"), &e.id, ids);
        self.not_after(&format!("{at}.date"), e.date, as_of);
        self.non_empty(&format!("{at}.summary"), &e.summary);
        self.citations(at, &e.sources);
        match (&e.quote, e.kind) {
            (None, EventKind::NoAwardAnnouncedAsOf) => {}
            (None, _) => self.push(
                format!("{at}.quote"),
                "an event needs the sentence it was read in, verbatim",
            ),
            (Some(q), _) => self.non_empty(&format!("{at}.quote"), q),
        }
        match (&e.description, e.kind) {
            (None, EventKind::Other) => self.push(
                format!("{at}.description"),
                "an event of kind \"other\" needs a description of what it is",
            ),
            (Some(d), _) => self.non_empty(&format!("{at}.description"), d),
            _ => {}
        }
        for (k, f) in e.figures.iter().enumerate() {
            let path = format!("{at}.figures[{k}]");
            self.non_empty(&format!("{path}.label"), &f.label);
            if let Some(x) = f.value.number() {
                self.amount(&format!("{path}.value"), x, f.unit);
            }
            for (r, reading) in f.other_readings.iter().enumerate() {
                let rp = format!("{path}.other_readings[{r}]");
                self.amount(&format!("{rp}.value"), reading.value, f.unit);
                self.citations(&rp, &reading.sources);
                self.non_empty(&format!("{rp}.text"), &reading.text);
            }
        }
        for (field, text) in [("note", &e.note), ("uncertain", &e.uncertain)] {
            if let Some(t) = text {
                self.non_empty(&format!("{at}.{field}"), t);
            }
        }
    }

    fn citations(&mut self, at: &str, cites: &[Citation]) {
        self.citations_at(&format!("{at}.sources"), cites);
    }

    fn citations_at(&mut self, path: &str, cites: &[Citation]) {
        if cites.is_empty() {
            self.push(path, "needs at least one source");
        }
        for (k, c) in cites.iter().enumerate() {
            if !self.source_ids.contains(&c.source) {
                self.push(
                    format!("{path}[{k}].source"),
                    format!("unknown source id {:?}", c.source),
                );
            }
        }
    }
}
