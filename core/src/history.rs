//! Institutes' histories and the network's size at a date. Below both the institutes
//! pages and the timeline: neither subject imports the other, both read this.
//!
//! A status is never written in the file: it is computed here from an institute's
//! founding month and its dated events, as of a date (normally the date the sources
//! were last checked), and comes with the sentence that says how it is known.

use crate::data::model::{
    Citation, CountReading, CountScope, Dataset, Event, EventKind, Institute, InstituteStatus,
    PartialDate, SourceKind,
};
pub use crate::data::status::{
    established_institutes, events_by, institutes_with, on_or_before, records_count,
    rests_on_copies, sort_key, status,
};

/// The status with how it is known, as of `as_of`: the event that decides it, its date
/// and its sources.
#[derive(Debug, Clone, PartialEq)]
pub struct StatusSentence {
    pub status: InstituteStatus,
    pub text: String,
    /// The sources of the deciding event (or of the record).
    pub sources: Vec<Citation>,
}

pub fn status_sentence(ds: &Dataset, inst: &Institute, as_of: PartialDate) -> StatusSentence {
    let status = status(inst, as_of);
    let events = events_by(inst, as_of);
    let last = |kinds: &[EventKind]| events.iter().rev().find(|e| kinds.contains(&e.kind));
    let told = |e: &Event| {
        let mut text = format!(
            "{}, {} ({}).",
            on_date(e.date),
            lower_first(e.summary.trim_end_matches('.')),
            ds.cite_text(&e.sources)
        );
        if let Some(note) = &e.note {
            text.push(' ');
            text.push_str(note);
        }
        text
    };
    let (text, sources) = match status {
        InstituteStatus::AwardTerminated => match last(&[EventKind::TerminationNotice]) {
            Some(e) => (told(e), e.sources.clone()),
            None => (String::new(), Vec::new()),
        },
        InstituteStatus::Established => match (inst.established, last(&[EventKind::Award])) {
            (Some(m), _) => (
                format!(
                    "Established {} ({}).",
                    m.long(),
                    ds.cite_text(&inst.sources)
                ),
                inst.sources.clone(),
            ),
            (None, Some(e)) => (told(e), e.sources.clone()),
            (None, None) => match last(&[EventKind::Established]) {
                Some(e) => (told(e), e.sources.clone()),
                None => (String::new(), Vec::new()),
            },
        },
        InstituteStatus::Announced | InstituteStatus::Planned => {
            let deciding = last(&[
                EventKind::NoticeOfIntent,
                EventKind::FundingOpportunity,
                EventKind::Finalists,
                EventKind::Selected,
            ])
            .or_else(|| {
                events
                    .iter()
                    .rev()
                    .find(|e| e.kind != EventKind::NoAwardAnnouncedAsOf)
            });
            let mut text = deciding.map(|e| told(e)).unwrap_or_default();
            let mut sources = deciding.map(|e| e.sources.clone()).unwrap_or_default();
            if let Some(absent) = last(&[EventKind::NoAwardAnnouncedAsOf]) {
                if !text.is_empty() {
                    text.push(' ');
                }
                text.push_str(&format!(
                    "No award announced in the sources read, as of {}.",
                    absent.date.long()
                ));
                sources.extend(absent.sources.iter().cloned());
            }
            (text, sources)
        }
    };
    StatusSentence {
        status,
        text,
        sources,
    }
}

/// "On 10 December 2025", "In January 2025", "In 2023".
pub fn on_date(date: PartialDate) -> String {
    match date.day {
        Some(_) => format!("On {}", date.long()),
        None => format!("In {}", date.long()),
    }
}

/// One reading of the network's size: a count, its date and its sources.
#[derive(Debug, Clone, PartialEq)]
pub struct CountClause {
    pub text: String,
    /// The date the count is true at, as written in `data-as-of`.
    pub as_of: String,
    pub sources: Vec<Citation>,
}

/// The network today in a few dated clauses, each with its sources: the plan's count,
/// the latest count the program's own pages state and what it added, a reading that
/// disagrees, and what happened since. Computed from the records and the stated counts,
/// never written by hand.
pub fn network_today(ds: &Dataset) -> Vec<CountClause> {
    let mut out = Vec::new();
    let plan_date = ds.source("plan2024").and_then(|s| s.published);
    if let Some(date) = plan_date {
        let n = records_count(ds, date);
        out.push(CountClause {
            text: format!(
                "{} in the 2024 Strategic Plan ({})",
                crate::takeaway::plural(n, "institute", "institutes"),
                date.long()
            ),
            as_of: date.to_string(),
            sources: vec![Citation {
                source: "plan2024".into(),
                pages: Some("p.16–17".into()),
            }],
        });
    }
    // The latest dated count the program's own pages give.
    let program = ds
        .network_counts
        .iter()
        .filter(|c| c.scope == CountScope::Network && c.date.is_some())
        .filter(|c| {
            c.sources.iter().all(|s| {
                ds.source(&s.source)
                    .is_some_and(|s| s.kind == SourceKind::Primary)
            })
        })
        // A count that disagrees with the records at its date is a reading, not the
        // network's size: it is listed with its note elsewhere.
        .filter(|c| {
            c.date
                .is_some_and(|d| c.value as usize == records_count(ds, d))
        })
        .max_by_key(|c| c.date.map(sort_key));
    if let (Some(c), Some(date)) = (program, program.and_then(|c| c.date)) {
        let joined: Vec<&str> = ds
            .institutes
            .iter()
            .filter(|i| {
                plan_date.is_some_and(|p| {
                    !matches!(
                        status(i, p),
                        InstituteStatus::Established | InstituteStatus::AwardTerminated
                    )
                }) && matches!(
                    status(i, date),
                    InstituteStatus::Established | InstituteStatus::AwardTerminated
                )
            })
            .map(|i| i.acronym.as_str())
            .collect();
        let with = if joined.is_empty() {
            String::new()
        } else {
            format!(", with {}", crate::takeaway::and_list(&joined))
        };
        out.push(CountClause {
            text: format!(
                "{} by the program's own pages in {}{with}",
                c.value,
                date.long()
            ),
            as_of: date.to_string(),
            sources: c.sources.clone(),
        });
    }
    // What happened to the network's members after that count: terminations.
    for inst in &ds.institutes {
        if let Some(e) = inst
            .events
            .iter()
            .find(|e| e.kind == EventKind::TerminationNotice)
        {
            let mut text = format!(
                "{}, {} ({})",
                on_date(e.date),
                lower_first(e.summary.trim_end_matches('.')),
                ds.cite_text(&e.sources)
            );
            if let Some(note) = &e.note {
                text.push_str("; ");
                text.push_str(&lower_first(note.trim_end_matches('.')));
            }
            out.push(CountClause {
                text,
                as_of: e.date.to_string(),
                sources: e.sources.clone(),
            });
        }
    }
    out
}

fn lower_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        // Keep names ("Commerce", "SRC") as written: only a lower-case second letter
        // marks an ordinary sentence start.
        Some(c) if chars.clone().next().is_some_and(char::is_lowercase) && !is_name(s) => {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_string(),
    }
}

fn is_name(s: &str) -> bool {
    let first = s.split_whitespace().next().unwrap_or("");
    [
        "Commerce",
        "NIST",
        "DOE",
        "DoD",
        "GAO",
        "Congress",
        "The Department",
    ]
    .iter()
    .any(|n| first.starts_with(n) || s.starts_with(n))
}

/// The stated counts that disagree with the records or count something else, with why.
pub fn other_count_readings(ds: &Dataset) -> Vec<&CountReading> {
    ds.network_counts
        .iter()
        .filter(|c| c.note.is_some())
        .collect()
}

/// The events after `since`, newest first: the "Since the plan" list.
pub fn since(ds: &Dataset, since: PartialDate) -> Vec<(Option<&Institute>, &Event)> {
    let mut out: Vec<(Option<&Institute>, &Event)> = ds
        .institutes
        .iter()
        .flat_map(|i| i.events.iter().map(move |e| (Some(i), e)))
        .chain(ds.program_events.iter().map(|e| (None, e)))
        .filter(|(_, e)| !on_or_before(e.date, since))
        .collect();
    // Newest first; a date known only to its year or month goes after the days of its
    // span, as in the oldest-first order (it may be any of them).
    out.sort_by_key(|(_, e)| {
        let d = e.date;
        (
            std::cmp::Reverse((d.year, d.month.unwrap_or(0), d.day.unwrap_or(0))),
            e.kind,
        )
    });
    out
}

/// One line of a timeline: an event of the file, or one read from an institute's record
/// at award (its announcement, its month of establishment, a renewal), so that both are
/// in one list.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineItem {
    /// The anchor on the page (`event-chips-twin-award`), stable across versions.
    pub anchor: String,
    pub date: PartialDate,
    pub kind: EventKind,
    /// The kind in words, or what an "other" event is.
    pub kind_label: String,
    pub summary: String,
    /// "federal award: $285 million", each with its unit and qualifier.
    pub figures: Vec<String>,
    pub sources: Vec<Citation>,
    pub quote: Option<String>,
    /// Notes, and why the item is uncertain ("Uncertain: …").
    pub notes: Vec<String>,
    /// The institute, for a program-wide timeline (`None` for a program event).
    pub institute: Option<String>,
    /// Read from the record at award rather than from `events`.
    pub from_record: bool,
}

fn figure_text(
    label: &str,
    value: crate::data::model::Amount,
    unit: crate::data::model::Unit,
    q: crate::data::model::Qualifier,
) -> String {
    match value.number() {
        Some(x) => format!("{label}: {}", crate::format::amount(x, unit, q)),
        None => format!("{label}: not reported"),
    }
}

impl TimelineItem {
    pub fn from_event(e: &Event, institute: Option<&str>) -> Self {
        let mut notes: Vec<String> = e.note.iter().cloned().collect();
        if let Some(u) = &e.uncertain {
            notes.push(format!("Uncertain: {u}"));
        }
        TimelineItem {
            anchor: format!("event-{}", e.id),
            date: e.date,
            kind: e.kind,
            kind_label: e
                .description
                .clone()
                .unwrap_or_else(|| e.kind.label().to_string()),
            summary: e.summary.clone(),
            figures: e
                .figures
                .iter()
                .map(|f| {
                    let mut t = figure_text(&f.label, f.value, f.unit, f.qualifier);
                    for r in &f.other_readings {
                        t.push_str(&format!(
                            " (other reading: {}, {})",
                            crate::format::amount(r.value, f.unit, r.qualifier),
                            r.text
                        ));
                    }
                    t
                })
                .collect(),
            sources: e.sources.clone(),
            quote: e.quote.clone(),
            notes,
            institute: institute.map(str::to_string),
            from_record: false,
        }
    }
}

/// An institute's whole history, oldest first: its events and what its record at award
/// dates (the announcement with the funding at award, the month of establishment the
/// plan gives, renewals). A record item that an event of the same kind and date already
/// tells is left out, so nothing is listed twice.
pub fn institute_timeline(inst: &Institute) -> Vec<TimelineItem> {
    let mut out: Vec<TimelineItem> = inst
        .events
        .iter()
        .map(|e| TimelineItem::from_event(e, Some(&inst.id)))
        .collect();
    let record_item = |anchor: &str, date, kind, summary: String| TimelineItem {
        anchor: format!("event-{}-{anchor}", inst.id),
        date,
        kind,
        kind_label: kind.label().to_string(),
        summary,
        figures: Vec::new(),
        sources: Vec::new(),
        quote: None,
        notes: Vec::new(),
        institute: Some(inst.id.clone()),
        from_record: true,
    };
    let record = inst.record.as_ref();
    let announced = record.and_then(|r| r.announced.as_ref());
    if let (Some(r), Some(a)) = (record, announced) {
        if !inst.events.iter().any(|e| e.kind == EventKind::Award) {
            let mut item = record_item(
                "award",
                a.date,
                EventKind::Award,
                "The award or the selection was announced.".to_string(),
            );
            for (label, amount) in [
                ("federal funding at award", &r.federal_at_award),
                ("non-federal cost share at award", &r.nonfederal_at_award),
            ] {
                item.figures.push(figure_text(
                    label,
                    amount.value,
                    amount.unit,
                    amount.qualifier,
                ));
            }
            let mut sources = a.sources.clone();
            for c in r
                .federal_at_award
                .sources
                .iter()
                .chain(&r.nonfederal_at_award.sources)
            {
                if !sources.iter().any(|k| k.source == c.source) {
                    sources.push(c.clone());
                }
            }
            item.sources = sources;
            item.quote = Some(a.quote.clone());
            item.notes.extend(a.note.iter().cloned());
            if let Some(u) = &a.uncertain {
                item.notes.push(format!("Uncertain: {u}"));
            }
            out.push(item);
        }
    }
    if let Some(m) = inst.established {
        let date = PartialDate {
            year: m.year,
            month: Some(m.month),
            day: None,
        };
        let mut item = record_item(
            "established",
            date,
            EventKind::Established,
            "The month the 2024 Strategic Plan gives as the institute's establishment.".to_string(),
        );
        item.sources = inst.sources.clone();
        if let Some(a) = announced {
            // More than two months between the announcement and the plan's month.
            let months = |d: PartialDate| i32::from(d.year) * 12 + i32::from(d.month.unwrap_or(1));
            if months(date) - months(a.date) > 2 {
                item.notes.push(format!(
                    "The award was announced in {}; the sources read do not say why the plan's month of establishment is later.",
                    a.date.long()
                ));
            }
        }
        out.push(item);
    }
    for (k, r) in record
        .map(|r| &r.renewals[..])
        .unwrap_or_default()
        .iter()
        .enumerate()
    {
        let Some(date) = r.date else { continue };
        // Told by an event of the same day: its quote and sources join that event.
        if let Some(item) = out
            .iter_mut()
            .find(|i| !i.from_record && i.kind == EventKind::Renewal && i.date == date)
        {
            if let Some(q) = &r.quote {
                item.notes.push(format!("Also read in: “{q}”"));
            }
            for c in &r.sources {
                if !item.sources.iter().any(|k| k.source == c.source) {
                    item.sources.push(c.clone());
                }
            }
            continue;
        }
        let mut item = record_item(
            &format!("renewal-{k}"),
            date,
            EventKind::Renewal,
            "Later federal funding.".to_string(),
        );
        item.figures.push(figure_text(
            r.label.as_deref().unwrap_or("federal funding"),
            r.value,
            r.unit,
            r.qualifier,
        ));
        item.sources = r.sources.clone();
        item.quote = r.quote.clone();
        item.notes.extend(r.note.iter().cloned());
        out.push(item);
    }
    out.sort_by_key(|i| (sort_key(i.date), i.kind));
    out
}

/// Later federal funding of an institute, as its events and record tell it: renewals
/// and ceiling changes, oldest first.
pub fn later_funding(inst: &Institute) -> Vec<TimelineItem> {
    institute_timeline(inst)
        .into_iter()
        .filter(|i| matches!(i.kind, EventKind::Renewal | EventKind::CeilingChange))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> PartialDate {
        PartialDate::parse(s).expect("a date")
    }

    #[test]
    fn a_date_known_to_the_month_is_on_or_before_any_day_of_it() {
        assert!(on_or_before(d("2025-01"), d("2025-01-01")));
        assert!(on_or_before(d("2025-01-10"), d("2025-01-10")));
        assert!(!on_or_before(d("2025-01-11"), d("2025-01-10")));
        assert!(!on_or_before(d("2025-02"), d("2025-01-31")));
        assert!(on_or_before(d("2024"), d("2025")));
        assert!(!on_or_before(d("2026"), d("2025-12-31")));
    }

    #[test]
    fn a_month_only_date_sorts_after_the_days_of_its_month() {
        let mut dates = vec![d("2016-12"), d("2016-12-16"), d("2016-12-09"), d("2017")];
        dates.sort_by_key(|x| sort_key(*x));
        assert_eq!(
            dates,
            vec![d("2016-12-09"), d("2016-12-16"), d("2016-12"), d("2017")]
        );
    }
}
